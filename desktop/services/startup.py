"""The first screen, read before SQLAlchemy is loaded.

Importing SQLAlchemy and mapping the models costs several times what starting Qt
does. So that a double-click shows the window with the task list at once, start-up
reads the task rows of a SQLite file straight through :mod:`desktop.db.sqlite`
(read-only, the same connection settings) while the full database layer loads;
the window then opens the file properly and replaces the rows. Only a file at the
schema revision this program knows is read this way; anything else waits for the
full open, which explains what is wrong.

:func:`preview_task_rows` must give the same rows as
:func:`desktop.services.rows.task_rows`; a test compares the two.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.db.revisions import HEAD_REVISION
from desktop.db.sqlite import SQLITE_APPLICATION_ID, connect_sqlite
from desktop.i18n import tr
from desktop.models.enums import Status, TaskLevel, TaskUnitRole
from desktop.services.row_types import TaskRow


@dataclass(frozen=True)
class Preview:
    path: Path
    doc_number: str
    title: str
    tasks: list[TaskRow]


_PLAN = "SELECT id, doc_number, title FROM plan ORDER BY year DESC, id DESC LIMIT 1"
_TASKS = """
SELECT t.id, t.code, t.title, t.level, t.status, t.responsible_person_text,
       leader.name, responsible.name,
       (SELECT count(*) FROM measure m WHERE m.task_id = t.id),
       (SELECT max(r.reported_on) FROM progress_report r WHERE r.task_id = t.id),
       (SELECT min(d) FROM (
            SELECT due_date AS d FROM milestone WHERE task_id = t.id AND done_on IS NULL
            UNION ALL SELECT due_date FROM measure WHERE task_id = t.id))
FROM task t
LEFT JOIN person leader ON leader.id = t.supervising_leader_id
LEFT JOIN person responsible ON responsible.id = t.responsible_person_id
WHERE t.plan_id = ?
ORDER BY t.position, t.id
"""
_LEADS = """
SELECT u.task_id, coalesce(nullif(d.short_name, ''), d.name)
FROM task_unit u JOIN department d ON d.id = u.department_id JOIN task t ON t.id = u.task_id
WHERE t.plan_id = ? AND u.role = ?
ORDER BY u.task_id, u.position, u.id
"""


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def preview_task_rows(path: Path) -> Preview | None:
    """The task rows of the newest plan in the file at *path*, or None when it cannot be read quickly."""
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
        plan_id = plan[0]
        leads: dict[int, list[str]] = {}
        for task_id, name in connection.execute(_LEADS, (plan_id, TaskUnitRole.LEAD.value)):
            leads.setdefault(task_id, []).append(name)
        rows = [
            TaskRow(
                id=task_id,
                code=code,
                title=title,
                level=tr("Labels", TaskLevel(level).label),
                lead_section="、".join(leads.get(task_id, [])),
                supervising_leader=leader or "",
                responsible=responsible or responsible_text,
                next_deadline=_date(next_due),
                status=tr("Labels", Status(status).label),
                latest_report=_date(latest),
                measure_count=measures,
            )
            for (
                task_id, code, title, level, status, responsible_text,
                leader, responsible, measures, latest, next_due,
            ) in connection.execute(_TASKS, (plan_id,))
        ]
        return Preview(path, plan[1], plan[2], rows)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()
