"""Backup file names, where backups go, and listing them (see :mod:`desktop.db.backup`)."""

from __future__ import annotations

import datetime as dt
import functools
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.db.check import verify
from desktop.db.sqlite import connect_sqlite
from desktop.paths import DATABASE_SUFFIX, user_data_dir

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
#: The reason of an automatic backup (the only kind rotation deletes); it is not written in the name.
AUTO = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_UPGRADE = "before-upgrade"
#: Left-over temporary files (a backup interrupted by a power cut) older than this are removed.
_TEMP_MAX_AGE = dt.timedelta(hours=6)
TEMP_SUFFIX = ".duban-tmp"
REASON_PATTERN = r"[a-z]+(?:-[a-z]+)*"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<date>\d{8})-(?P<time>\d{6})(?:-(?P<reason>" + REASON_PATTERN + r"))?(?:-(?P<n>\d+))?"
    + re.escape(DATABASE_SUFFIX) + r"$"
)


# -- where backups go -------------------------------------------------------------------------


def absolute(path: Path | str) -> Path:
    """SQLite's ``file:`` URIs need absolute paths."""
    return Path(path).expanduser().absolute()


def default_backup_folder() -> Path:
    """``backups`` in the user's data folder: on the PC itself, off the network share."""
    return user_data_dir() / "backups"


def backup_dir_for(database: Path, folder: Path | None = None, *, database_id: str | None = None) -> Path:
    """The subfolder of *folder* holding the backups of *database*: ``<stem>-<id[:8]>``.

    The id is read from the file (``duban_meta.database_id``) unless given. A file whose
    id cannot be read (a damaged one) uses the one existing ``<stem>-*`` subfolder, or
    ``<stem>`` alone.
    """
    folder = absolute(folder) if folder is not None else default_backup_folder()
    database = absolute(database)
    if database_id is None:
        database_id = read_database_id(database)
    if database_id:
        return folder / f"{database.stem}-{database_id[:8]}"
    candidates = _candidate_dirs(database, folder)
    return candidates[0] if len(candidates) == 1 else folder / database.stem


def _candidate_dirs(database: Path, folder: Path) -> list[Path]:
    pattern = re.compile(re.escape(database.stem) + r"-[0-9a-fA-F-]{8}$")
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir() and pattern.match(p.name))
    except OSError:
        return []


def read_database_id(database: Path) -> str | None:
    """``duban_meta.database_id`` of the file, or None when it cannot be read."""
    try:
        connection = connect_sqlite(absolute(database), "ro")
    except sqlite3.Error:
        return None
    try:
        return stored_database_id(connection)
    finally:
        connection.close()


def stored_database_id(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT value FROM duban_meta WHERE key = 'database_id'").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row and row[0] else None


# -- what a backup is -------------------------------------------------------------------------


@dataclass
class BackupInfo:
    """One backup file. ``verified`` runs the checks the first time it is asked."""

    path: Path
    taken_at: dt.datetime
    size: int
    reason: str = AUTO

    @functools.cached_property
    def problems(self) -> list[str]:
        return verify(self.path)

    @property
    def verified(self) -> bool:
        return not self.problems

    @property
    def is_automatic(self) -> bool:
        return self.reason == AUTO


def parse_backup_name(name: str) -> tuple[dt.datetime, str] | None:
    """When a backup named *name* was taken and why, or None when *name* is not a backup's."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        taken = dt.datetime.strptime(match["date"] + match["time"], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return taken, match["reason"] or AUTO


def backup_name(stem: str, taken_at: dt.datetime, reason: str = AUTO, number: int = 1) -> str:
    parts = [stem, taken_at.strftime("%Y%m%d-%H%M%S")]
    if reason != AUTO:
        parts.append(reason)
    if number > 1:
        parts.append(str(number))
    return "-".join(parts) + DATABASE_SUFFIX


def list_backups(path_or_folder: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups, newest first: of a database file (in its subfolder of *folder*), or in a folder.

    Given a directory, lists the backups directly in it (a subfolder as
    :func:`backup_dir_for` returns). Only files named as backups are listed.
    """
    path_or_folder = absolute(path_or_folder)
    if path_or_folder.is_dir():
        return backups_in(path_or_folder)
    base = absolute(folder) if folder is not None else default_backup_folder()
    database_id = read_database_id(path_or_folder)
    if database_id:
        return backups_in(backup_dir_for(path_or_folder, base, database_id=database_id))
    found = [b for d in _candidate_dirs(path_or_folder, base) for b in backups_in(d)]
    found += backups_in(base / path_or_folder.stem)
    return sorted(found, key=_newest_first)


def _newest_first(backup: BackupInfo):
    return (-backup.taken_at.timestamp(), backup.path.name)


def backups_in(directory: Path) -> list[BackupInfo]:
    found = []
    try:
        entries = list(directory.iterdir())
    except OSError:
        return []
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is None:
            continue
        try:
            if not entry.is_file():
                continue
            size = entry.stat().st_size
        except OSError:
            continue
        if size == 0:
            continue  # a name reserved by a backup that was interrupted
        found.append(BackupInfo(entry, parsed[0], size, parsed[1]))
    # Same second: the higher number was made later.
    found.sort(key=lambda b: (b.taken_at, _number(b.path.name)), reverse=True)
    return found


def _number(name: str) -> int:
    match = _NAME.match(name)
    return int(match["n"]) if match and match["n"] else 1


def newest_good_backup(database_path: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup of the database that passes the checks, or None."""
    for backup in list_backups(database_path, folder):
        if backup.verified:
            return backup
    return None


