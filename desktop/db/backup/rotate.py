"""When to back up automatically, and which automatic backups to keep."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
from collections.abc import Iterable
from pathlib import Path

from desktop.db.backup.make import make_backup
from desktop.db.backup.names import (
    AUTO,
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    TEMP_SUFFIX,
    BackupInfo,
    absolute,
    backup_dir_for,
    backups_in,
    parse_backup_name,
)

log = logging.getLogger(__name__)

#: Left-over temporary files (a backup interrupted by a power cut) older than this are removed.
_TEMP_MAX_AGE = dt.timedelta(hours=6)

# -- when and how many --------------------------------------------------------------------------


def backup_if_due(
    path: Path, folder: Path | None = None, now: dt.datetime | None = None, *, at_open: bool = True
) -> BackupInfo | None:
    """The automatic backup: at most one a day per database, then rotation.

    Backs up when no backup of the database was taken today (local date; a backup of any
    kind counts, one dated in the future does not), then thins out the automatic ones.
    Returns the new backup, or None when none was due. *at_open* says whether this runs
    when the file is opened or from the daily timer (for the log). Raises like
    :func:`make_backup`; a caller at open should show the message without stopping.
    """
    path = absolute(path)
    now = now or dt.datetime.now()
    today = now.date()
    directory = backup_dir_for(path, folder)
    if any(b.taken_at.date() == today for b in backups_in(directory)):
        return None
    log.info("automatic backup of %s (%s)", path, "at open" if at_open else "daily")
    info = make_backup(path, folder, now=now, reason=AUTO)
    rotate(info.path.parent, now)
    return info


def choose_kept(
    backups: Iterable[tuple[str, dt.datetime]],
    now: dt.datetime,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[str]:
    """The names to keep among automatic backups ``(name, taken_at)``.

    The newest backup of each of the last *daily* days that have backups, of each of the
    last *weekly* ISO weeks that have backups, and of each of the last *monthly* months
    that have backups; and always the newest one. A backup dated after *now* (a clock
    that was wrong) is kept and does not count.
    """
    items = sorted(backups, key=lambda item: (item[1], item[0]), reverse=True)
    kept = {name for name, taken in items if taken > now}
    past = [(name, taken) for name, taken in items if taken <= now]
    if past:
        kept.add(past[0][0])
    periods = (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    )
    for count, period_of in periods:
        seen = set()
        for name, taken in past:  # newest first: the first of each period is its newest
            period = period_of(taken)
            if period in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(period)
            kept.add(name)
    return kept


def rotate(
    folder: Path,
    now: dt.datetime | None = None,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> list[Path]:
    """Delete the automatic backups in *folder* (one database's) that :func:`choose_kept` does not keep.

    Touches only files named as automatic backups, and what interrupted backups left
    (temporary files, empty reserved names) once it is a few hours old; returns what was
    deleted.
    """
    folder = Path(folder)
    now = now or dt.datetime.now()
    named = _all_named(folder)
    automatic = [b for b in named if b.reason == AUTO and b.size > 0]
    kept = choose_kept([(b.path.name, b.taken_at) for b in automatic], now, daily, weekly, monthly)
    deleted = []
    for backup in automatic:
        if backup.path.name in kept:
            continue
        try:
            backup.path.unlink()
        except OSError as exc:
            log.warning("could not delete old backup %s: %s", backup.path, exc)
            continue
        deleted.append(backup.path)
    deleted += _remove_leftovers(folder, [b.path for b in named if b.size == 0])
    return deleted


def _all_named(folder: Path) -> list[BackupInfo]:
    """Every file named as a backup, empty ones too (names reserved by an interrupted backup)."""
    found = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            parsed = parse_backup_name(entry.name)
            if parsed is None:
                continue
            with contextlib.suppress(OSError):
                if entry.is_file():
                    found.append(BackupInfo(entry, parsed[0], entry.stat().st_size, parsed[1]))
    return found


def _remove_leftovers(folder: Path, empty_backups: list[Path]) -> list[Path]:
    """Temporary files and empty reserved names of interrupted backups, once a few hours old."""
    candidates = list(empty_backups)
    with contextlib.suppress(OSError):
        candidates += [
            entry
            for entry in folder.iterdir()
            if entry.name.startswith(".")
            and (entry.name.endswith(TEMP_SUFFIX) or entry.name.endswith(TEMP_SUFFIX + "-journal"))
        ]
    removed = []
    limit = time.time() - _TEMP_MAX_AGE.total_seconds()
    for entry in candidates:
        with contextlib.suppress(OSError):
            if entry.stat().st_mtime < limit:
                entry.unlink()
                removed.append(entry)
    return removed


