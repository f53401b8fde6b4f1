"""When to run SQLite's ``quick_check``: at the first open of a day, and after any I/O error.

Which files were checked on which day is kept on this PC (``health.json`` in the user's
data folder), keyed by the file's identity, so each PC checks each file once a day.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path

from desktop.paths import user_data_dir


def _state_file() -> Path:
    return user_data_dir() / "health.json"


def _load() -> dict[str, str]:
    try:
        data = json.loads(_state_file().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def check_due(key: str, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    return _load().get(key) != today.isoformat()


def record_check(key: str, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    data = _load()
    data[key] = today.isoformat()
    path = _state_file()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)


def quick_check_if_due(database, *, force: bool = False, today: dt.date | None = None) -> list[str] | None:
    """Run ``quick_check`` when it is due (or *force*): its complaints, or None when not run."""
    key = database.identity()
    if not force and not check_due(key, today):
        return None
    problems = database.quick_check()
    if not problems:
        record_check(key, today)
    return problems
