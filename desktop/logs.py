"""Duban's log: a rotating file in the user's data folder, configured once at start-up.

``logs/duban.log`` (1 MB, five older files kept): the version and platform at each start,
what was opened, the files handed over by a second start, and every unexpected error with
its traceback (see :mod:`desktop.crash`). Support staff ask for this file.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
from pathlib import Path

import desktop
from desktop.paths import log_file_path

MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"
_handler: logging.Handler | None = None


def configure(path: Path | None = None) -> Path | None:
    """Send Duban's log records to the rotating file (once per process); the file's path, or None if it cannot be written."""
    global _handler
    path = path or log_file_path()
    if _handler is not None:
        return Path(_handler.baseFilename)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None  # a read-only profile must not stop the window from opening
    handler.setFormatter(logging.Formatter(_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    _handler = handler
    logging.getLogger("desktop").info(
        "Duban %s starting (Python %s, %s%s)", desktop.__version__, platform.python_version(), platform.platform(),
        ", frozen" if getattr(sys, "frozen", False) else "",
    )
    return path


def current_log_file() -> Path:
    """The file the log goes to (configured or not: where it would go)."""
    return Path(_handler.baseFilename) if _handler is not None else log_file_path()


def flush() -> None:
    """Write out what the log file's handler still holds (before the file is read or copied)."""
    if _handler is not None:
        _handler.flush()


def close() -> None:
    """Stop writing the log file; a later :func:`configure` starts it again (perhaps elsewhere)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
