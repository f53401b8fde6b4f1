"""What every fault worker process shares: its JSON reports, errors as data, the plan's first task,
and SQLite's locks switched off like on a broken share."""

from __future__ import annotations

import json
import sys


def emit(**data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def error_of(exc: BaseException) -> dict:
    return {
        "type": type(exc).__name__,
        "module": type(exc).__module__,
        "message": str(exc),
        "cause": repr(exc.__cause__) if exc.__cause__ is not None else None,
    }


def first_task_id(database) -> int:
    from sqlalchemy import select

    from desktop.models import Task

    with database.read() as session:
        return session.scalars(select(Task.id).order_by(Task.id)).first()


def ignore_sqlite_locks() -> None:
    """Test-only: this process opens the file with SQLite's locking switched off (``nolock=1``),
    like a PC whose share does not honour byte-range locks."""
    import desktop.db.sqlite

    original = desktop.db.sqlite.sqlite_uri
    desktop.db.sqlite.sqlite_uri = lambda path, mode: original(path, mode) + "&nolock=1"
