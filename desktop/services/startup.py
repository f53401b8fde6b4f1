"""The first screen, read before SQLAlchemy is loaded.

Importing SQLAlchemy and mapping the models costs several times what starting Qt
does. So that a double-click shows the window with the task list at once, start-up
reads the task rows of a SQLite file straight through :mod:`desktop.db.sqlite`
(read-only, the same connection settings) while the full database layer loads;
the window then opens the file properly and replaces the rows. Only a file at the
schema revision this program knows is read this way; anything else waits for the
full open, which explains what is wrong.

:func:`preview_task_rows` and :func:`desktop.services.rows.task_rows` share one reader,
:func:`desktop.services.task_list.read_task_rows`; a test compares the two anyway.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.db.revisions import HEAD_REVISION
from desktop.db.sqlite import SQLITE_APPLICATION_ID, connect_sqlite
from desktop.services.row_types import TaskRow
from desktop.services.task_list import read_task_rows


@dataclass(frozen=True)
class Preview:
    path: Path
    doc_number: str
    title: str
    tasks: list[TaskRow]


_PLAN = "SELECT id, doc_number, title FROM plan ORDER BY year DESC, id DESC LIMIT 1"


#: Rows read for the first screen; the rest follow once the window is shown.
FIRST_SCREEN_ROWS = 60


def preview_task_rows(path: Path, today: dt.date | None = None, limit: int | None = FIRST_SCREEN_ROWS) -> Preview | None:
    """The first task rows of the newest plan in the file at *path*, or None when it cannot be read quickly."""
    try:
        if not path.is_file():
            return None
        connection = connect_sqlite(path, "ro")
    except (OSError, sqlite3.Error):
        return None
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != SQLITE_APPLICATION_ID:
            return None
        if connection.execute("SELECT version_num FROM alembic_version").fetchone() != (HEAD_REVISION,):
            return None
        plan = connection.execute(_PLAN).fetchone()
        if plan is None:
            return Preview(path, "", "", [])
        rows = read_task_rows(lambda sql, params: connection.execute(sql, params).fetchall(), plan[0], today, limit=limit)
        return Preview(path, plan[1], plan[2], rows)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()
