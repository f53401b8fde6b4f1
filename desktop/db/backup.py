"""Backups of a Duban file, restoring one, and checking a file: standard library only.

A backup is made with SQLite's online backup API (:meth:`sqlite3.Connection.backup`),
never by copying the file: the API reads the database in one step under a shared lock,
so the copy is one consistent snapshot even while other PCs save, and it never locks
or copies the database file (or its ``-journal``) behind SQLite's back. Each copy is
written to a temporary file in the backup folder, verified (``integrity_check``,
``foreign_key_check``, Duban's ``application_id``), converted to ``journal_mode=DELETE``
and only then renamed to its name, so a failed or interrupted backup leaves nothing that
looks like a backup.

Layout: the backup folder (by default ``backups`` in the user's data folder, on the PC
itself, so a second copy lives off the network share) holds one subfolder per database,
named from the file's stem and the first 8 characters of its ``database_id``
(``督办台-3f2a9c1d``), so two databases with the same file name do not mix. A backup is
named ``<stem>-YYYYMMDD-HHMMSS[-reason][-N].duban`` (local time): an automatic backup has
no reason in its name; others say why they were made (``manual``, ``before-restore``,
``before-upgrade``).

Rotation (:func:`rotate`) thins out automatic backups only: it keeps the newest of each of
the last 7 days that have backups, of the last 4 ISO weeks and of the last 12 months, and
always the newest one. A backup made on purpose (``duban backup``, before a restore or an
upgrade) is kept until someone deletes it.

Restoring (:func:`restore_backup`) takes Duban's lock file, saves the current content as
a ``before-restore`` backup (so a restore can be undone), then writes the backup *into*
the database through the backup API, as one write transaction of SQLite's, and gives the
lock back only once the result is verified. A backup is read holding the lock file too.

:func:`check_database` reports what ``duban check`` prints: integrity, foreign keys,
schema revision, journal mode, open sessions, the lock file and a ``-journal`` file.
Nothing here imports SQLAlchemy, so the command line and start-up stay cheap.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import logging
import os
import re
import shutil
import socket
import sqlite3
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.db.lockfile import STALE_SECONDS, LockInfo, WriteLock, lock_path, read_lock
from desktop.db.revisions import HEAD_REVISION, KNOWN_REVISIONS
from desktop.db.sqlite import (
    SQLITE_APPLICATION_ID,
    check_file,
    check_path,
    connect_sqlite,
    is_folder,
    newer_reason,
    read_state,
)
from desktop.errors import DatabaseFileError, DatabaseUnavailableError, UserError
from desktop.i18n import tr
from desktop.paths import DATABASE_SUFFIX, user_data_dir

log = logging.getLogger(__name__)

#: A session whose heartbeat is at most this old has the file open (the same as
#: ``desktop.models.coordination.SESSION_EXPIRY``, which needs SQLAlchemy; a test checks they agree).
SESSION_LIVE = dt.timedelta(minutes=2)
#: Automatic backups kept by :func:`rotate`: the newest of each of this many days, ISO weeks, months.
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
_TEMP_SUFFIX = ".duban-tmp"
_REASON = r"[a-z]+(?:-[a-z]+)*"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<date>\d{8})-(?P<time>\d{6})(?:-(?P<reason>" + _REASON + r"))?(?:-(?P<n>\d+))?"
    + re.escape(DATABASE_SUFFIX) + r"$"
)
#: Room left free on the backup disk besides the copy itself.
_SPARE_BYTES = 1024 * 1024


class BackupError(UserError):
    """A backup or restore could not be made; the message says why and what to do."""


class BackupVerificationError(BackupError):
    """A copy failed ``integrity_check``/``foreign_key_check`` or is not a Duban file."""


class BackupFolderError(BackupError):
    """The backup folder cannot be written: missing permission, full disk, not a folder."""


class RestoreRefusedError(BackupError):
    """A restore that would hurt someone: others have the file open, or the backup is another database's."""


# -- where backups go -------------------------------------------------------------------------


def _absolute(path: Path | str) -> Path:
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
    folder = _absolute(folder) if folder is not None else default_backup_folder()
    database = _absolute(database)
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
        connection = connect_sqlite(_absolute(database), "ro")
    except sqlite3.Error:
        return None
    try:
        return _database_id(connection)
    finally:
        connection.close()


def _database_id(connection: sqlite3.Connection) -> str | None:
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
    path_or_folder = _absolute(path_or_folder)
    if path_or_folder.is_dir():
        return _backups_in(path_or_folder)
    base = _absolute(folder) if folder is not None else default_backup_folder()
    database_id = read_database_id(path_or_folder)
    if database_id:
        return _backups_in(backup_dir_for(path_or_folder, base, database_id=database_id))
    found = [b for d in _candidate_dirs(path_or_folder, base) for b in _backups_in(d)]
    found += _backups_in(base / path_or_folder.stem)
    return sorted(found, key=_newest_first)


def _newest_first(backup: BackupInfo):
    return (-backup.taken_at.timestamp(), backup.path.name)


def _backups_in(directory: Path) -> list[BackupInfo]:
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


# -- checking a file ----------------------------------------------------------------------------


def verify(path: Path) -> list[str]:
    """What is wrong with the Duban file at *path* (a backup): empty when it is sound.

    Runs the full ``integrity_check``, ``foreign_key_check`` and checks the
    ``application_id``; reads only.
    """
    try:
        connection = connect_sqlite(_absolute(path), "ro")
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return _problems(connection)
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        connection.close()


def _problems(connection: sqlite3.Connection) -> list[str]:
    problems = [p for p in _integrity(connection) if p != "ok"]
    broken = _foreign_key_problems(connection)
    if broken:
        problems.append(tr("Backup", "{0} 处外键引用的记录不存在").format(len(broken)))
    if connection.execute("PRAGMA application_id").fetchone()[0] != SQLITE_APPLICATION_ID:
        problems.append(tr("Backup", "不是督办台的数据库文件"))
    return problems


def _integrity(connection: sqlite3.Connection) -> list[str]:
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def _foreign_key_problems(connection: sqlite3.Connection) -> list[tuple]:
    try:
        return [tuple(row) for row in connection.execute("PRAGMA foreign_key_check")]
    except sqlite3.DatabaseError as exc:
        return [(str(exc),)]


# -- making a backup ---------------------------------------------------------------------------


def make_backup(
    path: Path,
    folder: Path | None = None,
    *,
    now: dt.datetime | None = None,
    reason: str = AUTO,
    require_sound: bool = True,
    lock_held: bool = False,
) -> BackupInfo:
    """Back up the database at *path* into its subfolder of *folder*; the new backup, verified.

    The copy is read holding Duban's lock file (see :func:`_copy_lock`), so it is one
    consistent snapshot even on a share whose byte-range locks do not work; a caller that
    already holds the lock (a restore) says so with *lock_held*.
    Raises :class:`BackupVerificationError` when the copy fails the checks (the copy is
    deleted; the database itself is probably damaged), :class:`BackupFolderError` when the
    folder cannot take it, and another :class:`UserError` when the database cannot be
    read. With ``require_sound=False`` a copy that fails the checks is kept all the same
    (the content of a damaged file about to be replaced is worth keeping).
    """
    path = _absolute(path)
    now = now or dt.datetime.now()
    if not re.fullmatch(_REASON, reason):
        raise ValueError(f"bad backup reason {reason!r}")
    source = _open_source(path)
    try:
        directory = backup_dir_for(path, folder, database_id=_database_id(source) or None)
        _make_folder(directory)
        _check_free_space(directory, source)
        temporary = _temporary_file(directory, path.stem)
        try:
            with _copy_lock(path, held=lock_held):
                _copy(source, temporary, path)
        except BaseException:
            _remove_temporary(temporary)
            raise
    finally:
        source.close()
    problems = verify(temporary)
    if problems and require_sound:
        _remove_temporary(temporary)
        raise BackupVerificationError(
            tr(
                "Backup",
                "{0} 的备份没有通过检查（{1}），已删除这份备份。数据库本身可能已损坏：请用 duban check 检查它，或从更早的备份恢复。",
            ).format(path, "；".join(problems[:3]))
        )
    final = _move_into_place(temporary, directory, path.stem, now, reason)
    info = BackupInfo(final, now.replace(microsecond=0), final.stat().st_size, reason)
    info.problems = problems  # already checked; do not read the copy again
    log.info("backed up %s to %s (%s)%s", path, final, reason, " with problems: %s" % problems if problems else "")
    return info


def _open_source(path: Path) -> sqlite3.Connection:
    try:
        # Missing, not SQLite, another program's: one clear message. A backup only reads: a hot
        # journal is left for SQLite to roll back when Duban opens the file.
        check_file(path, recover=False)
    except DatabaseFileError as error:
        if isinstance(error.__cause__, sqlite3.Error):
            raise _source_error(path, error.__cause__) from error.__cause__
        raise
    try:
        connection = connect_sqlite(path, "ro")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.Error as exc:
        raise _source_error(path, exc) from exc


@contextlib.contextmanager
def _copy_lock(path: Path, *, held: bool):
    """Duban's lock file while the copy is read: no Duban saves meanwhile, whatever the share's locks do.

    Nothing to take when the caller holds it already (*held*). Where the lock file cannot
    be created at all (a read-only folder: a person who may only look may still back up)
    the copy is read without it, under SQLite's shared lock alone, as before there was one.
    """
    lock = None
    if not held:
        lock = WriteLock(path, keep_fresh=True)
        try:
            lock.acquire()
        except DatabaseUnavailableError as error:
            if not isinstance(error.__cause__, OSError):
                raise _busy_error(path) from error  # held by someone else all the while
            log.info("backing up %s without the lock file, which cannot be created: %s", path, error.__cause__)
            lock = None
    try:
        yield
    finally:
        if lock is not None:
            lock.release()


def _busy_error(path: Path) -> DatabaseFileError:
    return DatabaseFileError(tr("Backup", "{0} 正被其他电脑长时间占用，无法读取。请稍后再备份。").format(path))


def _source_error(path: Path, exc: sqlite3.Error) -> UserError:
    text = str(exc).lower()
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
        return DatabaseFileError(
            tr(
                "Backup",
                "{0} 旁边有一次未完成的保存留下的日志文件（-journal），需要先由 SQLite 回滚才能读取。请不要删除这个日志文件；"
                "在没有其他电脑保存时用督办台打开数据库一次，然后再备份。",
            ).format(path)
        )
    if "locked" in text or "busy" in text:
        return _busy_error(path)
    if "malformed" in text or "not a database" in text:
        return DatabaseFileError(tr("Backup", "{0} 已损坏，无法备份。请从更早的备份恢复。").format(path))
    return DatabaseFileError(
        tr("Backup", "无法读取 {0}（{1}）。网络驱动器可能已断开，请检查网络连接后再试。").format(path, exc)
    )


def _folder_error(directory: Path, exc: BaseException) -> BackupFolderError:
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code == errno.ENOSPC or "full" in text:
        message = tr(
            "Backup",
            "备份文件夹 {0} 所在的磁盘已满，备份没有保存。请清理磁盘空间，或在设置中换一个备份文件夹。数据库本身没有改动。",
        )
    elif isinstance(exc, (FileExistsError, NotADirectoryError)):
        message = tr("Backup", "{0} 不是文件夹，无法在其中保存备份。请换一个备份文件夹。")
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text or "read-only" in text \
            or "unable to open" in text:
        message = tr(
            "Backup",
            "没有写入备份文件夹 {0} 的权限，备份没有保存。请检查文件夹权限，或在设置中换一个备份文件夹。数据库本身没有改动。",
        )
    else:
        message = tr("Backup", "无法在备份文件夹 {0} 中保存备份（{1}）。请检查这个文件夹，或换一个备份文件夹。")
    error = BackupFolderError(message.format(directory, exc))
    error.__cause__ = exc
    return error


def _make_folder(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _folder_error(directory, exc) from exc
    if not directory.is_dir():
        raise _folder_error(directory, NotADirectoryError(errno.ENOTDIR, "not a directory"))


def _check_free_space(directory: Path, source: sqlite3.Connection) -> None:
    page_count = source.execute("PRAGMA page_count").fetchone()[0]
    page_size = source.execute("PRAGMA page_size").fetchone()[0]
    try:
        free = shutil.disk_usage(directory).free
    except OSError:
        return
    if free < page_count * page_size + _SPARE_BYTES:
        raise _folder_error(directory, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))


def _temporary_file(directory: Path, stem: str) -> Path:
    try:
        handle, name = tempfile.mkstemp(prefix=f".{stem}-", suffix=_TEMP_SUFFIX, dir=directory)
    except OSError as exc:
        raise _folder_error(directory, exc) from exc
    os.close(handle)
    return Path(name)


def _open_destination(path: Path) -> sqlite3.Connection:
    """A connection to the (empty) temporary file the copy is written into."""
    return connect_sqlite(path, "rw")


def _copy(source: sqlite3.Connection, temporary: Path, database: Path) -> None:
    try:
        destination = _open_destination(temporary)
    except sqlite3.Error as exc:
        raise _folder_error(temporary.parent, exc) from exc
    try:
        # pages=-1: everything in one step, under one read lock: one consistent snapshot.
        source.backup(destination, pages=-1)
        mode = destination.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise sqlite3.OperationalError(f"cannot leave journal mode {mode}")
    except sqlite3.Error as exc:
        text = str(exc).lower()
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK" or any(
            word in text for word in ("locked", "busy", "malformed", "not a database")
        ):
            raise _source_error(database, exc) from exc
        raise _folder_error(temporary.parent, exc) from exc
    finally:
        destination.close()


def _move_into_place(temporary: Path, directory: Path, stem: str, now: dt.datetime, reason: str) -> Path:
    """Rename the verified copy to the first free name; the name is reserved first, so none is overwritten."""
    try:
        for number in range(1, 1000):
            final = directory / backup_name(stem, now, reason, number)
            try:
                with open(final, "xb"):
                    pass
            except FileExistsError:
                continue
            try:
                os.replace(temporary, final)
            except BaseException:
                with contextlib.suppress(OSError):
                    final.unlink()
                raise
            return final
        raise OSError(errno.EEXIST, "too many backups in the same second", str(directory))
    except OSError as exc:
        _remove_temporary(temporary)
        raise _folder_error(directory, exc) from exc


def _remove_temporary(temporary: Path) -> None:
    for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


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
    path = _absolute(path)
    now = now or dt.datetime.now()
    today = now.date()
    directory = backup_dir_for(path, folder)
    if any(b.taken_at.date() == today for b in _backups_in(directory)):
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
            and (entry.name.endswith(_TEMP_SUFFIX) or entry.name.endswith(_TEMP_SUFFIX + "-journal"))
        ]
    removed = []
    limit = time.time() - _TEMP_MAX_AGE.total_seconds()
    for entry in candidates:
        with contextlib.suppress(OSError):
            if entry.stat().st_mtime < limit:
                entry.unlink()
                removed.append(entry)
    return removed


# -- who has the file open ----------------------------------------------------------------------


@dataclass(frozen=True)
class SessionRow:
    """A row of ``duban_session``: a Duban that has the file open."""

    os_user: str
    machine: str
    pid: int
    started_at: dt.datetime | None
    heartbeat_at: dt.datetime | None
    app_version: str = ""
    read_only: bool = False
    id: str = ""

    @property
    def is_this_process(self) -> bool:
        return self.pid == os.getpid() and self.machine.lower() == socket.gethostname().lower()

    def describe(self) -> str:
        started = self.started_at.strftime("%Y-%m-%d %H:%M") if self.started_at else "?"
        beat = self.heartbeat_at.strftime("%H:%M:%S") if self.heartbeat_at else "?"
        return tr("Backup", "{0}（计算机 {1}，进程 {2}，{3} 打开，最近心跳 {4}）").format(
            self.os_user or "?", self.machine or "?", self.pid, started, beat
        )


def _parse_time(value) -> dt.datetime | None:
    """A stored time as a naive local datetime (SQLAlchemy stores ``YYYY-MM-DD HH:MM:SS.ffffff``)."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return dt.datetime.fromtimestamp(value)
    try:
        parsed = dt.datetime.fromisoformat(str(value).strip())
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed


def _sessions(connection: sqlite3.Connection) -> list[SessionRow] | None:
    """Every row of ``duban_session``, or None when the file has no such table (an older file)."""
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'duban_session'"
    ).fetchone()
    if not has_table:
        return None
    columns = {row[1] for row in connection.execute("PRAGMA table_info(duban_session)")}
    wanted = ["id", "os_user", "machine", "pid", "started_at", "heartbeat_at", "app_version", "read_only"]
    select = ", ".join(c if c in columns else "NULL" for c in wanted)
    rows = []
    for row in connection.execute(f"SELECT {select} FROM duban_session"):
        values = dict(zip(wanted, row))
        rows.append(
            SessionRow(
                os_user=str(values["os_user"] or ""),
                machine=str(values["machine"] or ""),
                pid=int(values["pid"] or 0),
                started_at=_parse_time(values["started_at"]),
                heartbeat_at=_parse_time(values["heartbeat_at"]),
                app_version=str(values["app_version"] or ""),
                read_only=bool(values["read_only"]),
                id=str(values["id"] or ""),
            )
        )
    return rows


def _live(rows: Iterable[SessionRow], now: dt.datetime) -> list[SessionRow]:
    return sorted(
        (r for r in rows if r.heartbeat_at is not None and now - SESSION_LIVE <= r.heartbeat_at),
        key=lambda r: r.started_at or dt.datetime.min,
    )


def live_sessions(path: Path, now: dt.datetime | None = None) -> list[SessionRow]:
    """The sessions of the file whose heartbeat is recent; empty for an older file or one that does not open."""
    now = now or dt.datetime.now()
    try:
        connection = connect_sqlite(_absolute(path), "ro")
    except sqlite3.Error:
        return []
    try:
        return _live(_sessions(connection) or [], now)
    except sqlite3.Error:
        return []
    finally:
        connection.close()


# -- restoring -----------------------------------------------------------------------------------


@dataclass
class RestoreResult:
    target: Path
    backup: Path
    #: The backup of what the target held before, so the restore can be undone (None for a new file).
    before_restore: BackupInfo | None


def restore_backup(
    backup: Path,
    target: Path,
    *,
    force: bool = False,
    folder: Path | None = None,
    exclude_session: str | None = None,
    now: dt.datetime | None = None,
) -> RestoreResult:
    """Replace the content of *target* with *backup*, through the backup API, holding the lock file.

    The backup is verified first. Refused (:class:`RestoreRefusedError`) while another
    Duban has the target open (a session heartbeat in the last 2 minutes; this process's
    own session and *exclude_session* do not count) or when the backup is of another
    database, unless *force*. The target may not exist yet (restoring to a new file).
    The file is never copied or replaced: SQLite writes the backup's pages into it in one
    transaction, so other PCs see either the old or the restored content.

    The lock file is taken first and held (kept fresh) until the restored file is
    verified; under it, what the target holds is saved as a ``before-restore`` backup in
    *folder*, then the backup is written in. Every Duban save takes the same lock, window
    or command line, so a save confirmed before the restore is in the before-restore
    backup, one confirmed after it is in the restored file, and one tried meanwhile waits
    (and gives up after its wait, having saved nothing, with its own message).
    """
    backup = _absolute(backup)
    target = _absolute(target)
    now = now or dt.datetime.now()
    _check_backup(backup)
    exists = check_path(target, must_exist=False) is not None  # never opens a pipe or a device
    if exists:
        _check_target(backup, target, force=force, exclude_session=exclude_session, now=now)
    else:
        if not is_folder(target.parent):
            raise DatabaseFileError(tr("Backup", "文件夹 {0} 不存在。请先创建它或换一个位置。").format(target.parent))
    before = None
    with WriteLock(target, keep_fresh=True):
        if exists and target.stat().st_size > 0:
            before = _before_restore_backup(target, folder, now, force=force)
        _write_into(backup, target, create=not exists)
        problems = verify(target)
    if problems:
        raise BackupVerificationError(
            tr("Backup", "恢复后的 {0} 没有通过检查（{1}）。恢复前的数据保存在 {2}。").format(
                target, "；".join(problems[:3]), before.path if before else "—"
            )
        )
    log.info("restored %s from %s (before: %s)", target, backup, before.path if before else None)
    return RestoreResult(target, backup, before)


def _check_backup(backup: Path) -> None:
    state = check_file(backup)  # missing, not SQLite, another program's: one clear message
    if state.is_empty:
        raise BackupVerificationError(tr("Backup", "{0} 是空的，不是督办台的备份。").format(backup))
    problems = verify(backup)
    if problems:
        raise BackupVerificationError(
            tr("Backup", "备份 {0} 没有通过检查（{1}），不能用它恢复。请选择另一份备份。").format(
                backup, "；".join(problems[:3])
            )
        )
    if state.revision in KNOWN_REVISIONS and not state.writable_by_this_version:
        raise BackupVerificationError(
            tr("Backup", "备份 {0} 不能由这个版本的督办台恢复：{1}").format(backup, newer_reason(state))
        )
    if state.revision not in KNOWN_REVISIONS:
        raise BackupVerificationError(
            tr("Backup", "备份 {0} 由更新版本的督办台创建（架构版本 {1}）。请先升级督办台再恢复它。").format(
                backup, state.revision
            )
        )


def _check_target(backup: Path, target: Path, *, force: bool, exclude_session: str | None, now: dt.datetime) -> None:
    if target.is_dir():
        raise DatabaseFileError(tr("Backup", "{0} 是一个文件夹，不能恢复到这里。").format(target))
    try:
        with target.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DatabaseFileError(
            tr("Backup", "无法读取 {0}：{1}。请检查文件权限或网络连接。").format(target, exc.strerror or exc)
        ) from exc
    if header and header != b"SQLite format 3\x00":
        raise DatabaseFileError(
            tr("Backup", "{0} 不是 SQLite 数据库，督办台不会覆盖它。请恢复到一个新的文件名。").format(target)
        )
    try:
        connection = connect_sqlite(target, "ro")
    except sqlite3.Error:
        return  # damaged beyond opening: exactly what a restore is for
    try:
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.Error:
            return
        if tables and app_id != SQLITE_APPLICATION_ID and "duban_meta" not in tables:
            raise DatabaseFileError(
                tr("Backup", "{0} 是其他程序的数据库，督办台不会覆盖它。请恢复到一个新的文件名。").format(target)
            )
        _refuse_newer_target(connection, target)
        if force:
            return
        try:
            rows = _sessions(connection)
        except sqlite3.Error:
            rows = None
        others = [
            r for r in _live(rows or [], now) if not r.is_this_process and (exclude_session is None or r.id != exclude_session)
        ]
        if others:
            raise RestoreRefusedError(
                tr(
                    "Backup",
                    "{0} 正被其他电脑打开：{1}。恢复会替换他们正在使用的数据，请等他们关闭督办台后再恢复"
                    "（确实需要时，可在命令行加 --force）。",
                ).format(target, "；".join(r.describe() for r in others))
            )
        target_id = _database_id(connection)
    finally:
        connection.close()
    backup_id = read_database_id(backup)
    if target_id and backup_id and target_id != backup_id:
        raise RestoreRefusedError(
            tr(
                "Backup",
                "备份 {0} 是另一个数据库的备份，不是 {1} 的。请选择这个数据库自己的备份"
                "（确实要用它替换时，可在命令行加 --force）。",
            ).format(backup, target)
        )


def _refuse_newer_target(connection: sqlite3.Connection, target: Path) -> None:
    """A file that asks for a newer Duban is not written by this one, not even by a restore (nor with --force)."""
    try:
        reason = newer_reason(read_state(connection))
    except sqlite3.Error:
        return  # damaged beyond reading: exactly what a restore is for
    if reason:
        raise RestoreRefusedError(
            tr("Backup", "{0}：{1} 没有恢复，文件没有改动；请用更新版本的督办台恢复它。").format(target, reason)
        )


def _before_restore_backup(target: Path, folder: Path | None, now: dt.datetime, *, force: bool) -> BackupInfo | None:
    """Save what *target* holds before it is replaced (kept even when it fails the checks).

    When it cannot be read at all the restore is refused, unless *force* (then None).
    A backup folder that cannot take it always refuses: there would be no undo.
    """
    try:
        return make_backup(target, folder, now=now, reason=BEFORE_RESTORE, require_sound=False, lock_held=True)
    except BackupFolderError:
        raise
    except UserError as error:
        if not force:
            raise RestoreRefusedError(
                tr(
                    "Backup",
                    "无法先把 {0} 的当前数据另存为备份（{1}），所以没有恢复。确实要恢复且不保留当前数据时，可在命令行加 --force。",
                ).format(target, error.message)
            ) from error
        log.warning("no before-restore backup of %s: %s", target, error)
        return None


def _write_into(backup: Path, target: Path, *, create: bool) -> None:
    try:
        source = connect_sqlite(backup, "ro")
    except sqlite3.Error as exc:
        raise _source_error(backup, exc) from exc
    try:
        try:
            destination = connect_sqlite(target, "rwc" if create else "rw")
        except sqlite3.Error as exc:
            raise _target_error(target, exc) from exc
        try:
            before = _revision_counter(destination)
            source.backup(destination, pages=-1)
            destination.execute("PRAGMA journal_mode = DELETE")
            _carry_revision_forward(destination, before)
        except sqlite3.Error as exc:
            raise _target_error(target, exc) from exc
        finally:
            destination.close()
    finally:
        source.close()


def _revision_counter(connection: sqlite3.Connection) -> int | None:
    """The revision counter other PCs poll (``duban_revision``), or None where the file has none yet."""
    try:
        row = connection.execute("SELECT counter FROM duban_revision WHERE id = 1").fetchone()
    except sqlite3.DatabaseError:  # a new or damaged file, or one from before the counter
        return None
    return row[0] if row else None


def _carry_revision_forward(connection: sqlite3.Connection, before: int | None) -> None:
    """Set the restored file's revision counter past the one it replaced.

    Open windows notice another PC's saves by the counter going up; a restored file carries
    the backup's older counter, which would go back and be missed. Past the old one, every
    open window sees the restore as a change and reloads.
    """
    restored = _revision_counter(connection)
    if before is None or restored is None:
        return
    with connection:
        connection.execute(
            "UPDATE duban_revision SET counter = ?, changed_at = ? WHERE id = 1",
            # As SQLAlchemy writes a DateTime to SQLite (desktop.db.rows.stored); this module runs without SQLAlchemy.
            (max(before, restored) + 1, dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")),
        )


def _target_error(target: Path, exc: sqlite3.Error) -> UserError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        message = tr("Backup", "{0} 正被其他电脑占用，没有恢复，数据没有改动。请稍后再试。")
    elif "full" in text:
        message = tr("Backup", "{0} 所在的磁盘已满，没有恢复，数据没有改动。请清理磁盘空间后再试。")
    elif "readonly" in text or "read-only" in text:
        message = tr("Backup", "{0} 是只读的，不能恢复。请检查文件属性或网络共享的写入权限。")
    elif "not a database" in text or "malformed" in text:
        message = tr("Backup", "{0} 已损坏到无法写入，请恢复到一个新的文件名。")
    else:
        message = tr("Backup", "无法写入 {0}（{1}）。网络驱动器可能已断开，请检查网络连接后再试。")
    error = BackupError(message.format(target, exc))
    error.__cause__ = exc
    return error


# -- duban check ---------------------------------------------------------------------------------


@dataclass
class LockState:
    """The lock file beside the database, as ``duban check`` reports it."""

    path: Path
    info: LockInfo | None
    stale: bool = False

    @property
    def held(self) -> bool:
        return self.info is not None


@dataclass
class CheckReport:
    path: Path
    size: int = 0
    #: Why the file could not be read at all ("" when it could).
    open_error: str = ""
    #: A ``-journal`` left by an interrupted save that SQLite must roll back first.
    hot_journal: bool = False
    integrity: list[str] = field(default_factory=list)
    foreign_key_problems: list[tuple] = field(default_factory=list)
    application_id_ok: bool = False
    revision: str | None = None
    head_revision: str = HEAD_REVISION
    journal_mode: str = ""
    #: None when the file has no ``duban_session`` table (written by an older Duban).
    sessions: list[SessionRow] | None = None
    stale_sessions: int = 0
    lock: LockState | None = None
    journal_path: Path | None = None
    journal_size: int | None = None

    @property
    def integrity_ok(self) -> bool:
        return not self.open_error and self.integrity == ["ok"]

    @property
    def foreign_keys_ok(self) -> bool:
        return not self.open_error and not self.foreign_key_problems

    @property
    def ok(self) -> bool:
        return self.integrity_ok and self.foreign_keys_ok and self.application_id_ok

    @property
    def wal_mode(self) -> bool:
        """The file is in WAL mode: unsafe on a network drive; Duban's next writable open converts it."""
        return self.journal_mode == "wal"

    @property
    def revision_known(self) -> bool:
        return self.revision in KNOWN_REVISIONS

    @property
    def journal_exists(self) -> bool:
        return self.journal_size is not None


def check_database(path: Path, now: dt.datetime | None = None) -> CheckReport:
    """Everything ``duban check`` reports about the file at *path*, read-only.

    Opens the file read-only, so a ``-journal`` is never rolled back or deleted here; the
    lock file is only read. Raises :class:`UserError` for a missing file, a file that is
    not SQLite, or another program's database.
    """
    path = _absolute(path)
    now = now or dt.datetime.now()
    check_path(path)  # a name too long, a pipe, a folder: one message, and a pipe is never opened
    report = CheckReport(path=path)
    journal = path.with_name(path.name + "-journal")
    report.journal_path = journal
    with contextlib.suppress(OSError):
        report.journal_size = journal.stat().st_size
    try:
        info = read_lock(path)
    except OSError:  # the lock file's name is too long to exist, or the share fails: no lock to show
        info = None
    report.lock = LockState(lock_path(path), info, stale=bool(info and info.is_stale(STALE_SECONDS)))
    with contextlib.suppress(OSError):
        report.size = path.stat().st_size
    try:
        state = check_file(path, recover=False)  # a hot journal is reported, never rolled back here
    except DatabaseFileError as error:
        cause = error.__cause__
        if not isinstance(cause, sqlite3.DatabaseError):
            raise
        report.open_error = str(cause)
        report.hot_journal = getattr(cause, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"
        return report
    report.revision = state.revision
    try:
        connection = connect_sqlite(path, "ro")
    except sqlite3.Error as exc:
        report.open_error = str(exc)
        return report
    try:
        report.integrity = _integrity(connection)
        report.foreign_key_problems = _foreign_key_problems(connection)
        with contextlib.suppress(sqlite3.Error):
            report.application_id_ok = connection.execute("PRAGMA application_id").fetchone()[0] == SQLITE_APPLICATION_ID
        with contextlib.suppress(sqlite3.Error):
            report.journal_mode = str(connection.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        try:
            rows = _sessions(connection)
        except sqlite3.Error:
            rows = []
        if rows is not None:
            report.sessions = _live(rows, now)
            report.stale_sessions = len(rows) - len(report.sessions)
    finally:
        connection.close()
    return report
