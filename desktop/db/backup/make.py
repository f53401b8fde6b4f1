"""Making a backup: a consistent copy through SQLite's backup API, verified, then named."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from pathlib import Path

from desktop.db.backup.errors import BackupVerificationError, busy_error, folder_error, source_error
from desktop.db.backup.names import (
    AUTO,
    REASON_PATTERN,
    TEMP_SUFFIX,
    BackupInfo,
    absolute,
    backup_dir_for,
    backup_name,
    stored_database_id,
)
from desktop.db.check import verify
from desktop.db.lockfile import WriteLock
from desktop.db.sqlite import check_file, connect_sqlite
from desktop.errors import DatabaseFileError, DatabaseUnavailableError
from desktop.i18n import tr

log = logging.getLogger(__name__)

#: Room left free on the backup disk besides the copy itself.
_SPARE_BYTES = 1024 * 1024

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
    path = absolute(path)
    now = now or dt.datetime.now()
    if not re.fullmatch(REASON_PATTERN, reason):
        raise ValueError(f"bad backup reason {reason!r}")
    source = _open_source(path)
    try:
        directory = backup_dir_for(path, folder, database_id=stored_database_id(source) or None)
        _make_folder(directory)
        _check_free_space(directory, source)
        temporary = _temporary_file(directory, path.stem)
        try:
            with _copy_lock(path, held=lock_held):
                copy_into(source, temporary, path)
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
            raise source_error(path, error.__cause__) from error.__cause__
        raise
    try:
        connection = connect_sqlite(path, "ro")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.Error as exc:
        raise source_error(path, exc) from exc


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
                raise busy_error(path) from error  # held by someone else all the while
            log.info("backing up %s without the lock file, which cannot be created: %s", path, error.__cause__)
            lock = None
    try:
        yield
    finally:
        if lock is not None:
            lock.release()




def _make_folder(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise folder_error(directory, exc) from exc
    if not directory.is_dir():
        raise folder_error(directory, NotADirectoryError(errno.ENOTDIR, "not a directory"))


def _check_free_space(directory: Path, source: sqlite3.Connection) -> None:
    page_count = source.execute("PRAGMA page_count").fetchone()[0]
    page_size = source.execute("PRAGMA page_size").fetchone()[0]
    try:
        free = shutil.disk_usage(directory).free
    except OSError:
        return
    if free < page_count * page_size + _SPARE_BYTES:
        raise folder_error(directory, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))


def _temporary_file(directory: Path, stem: str) -> Path:
    try:
        handle, name = tempfile.mkstemp(prefix=f".{stem}-", suffix=TEMP_SUFFIX, dir=directory)
    except OSError as exc:
        raise folder_error(directory, exc) from exc
    os.close(handle)
    return Path(name)


def open_destination(path: Path) -> sqlite3.Connection:
    """A connection to the (empty) temporary file the copy is written into."""
    return connect_sqlite(path, "rw")


def copy_into(source: sqlite3.Connection, temporary: Path, database: Path) -> None:
    try:
        destination = open_destination(temporary)
    except sqlite3.Error as exc:
        raise folder_error(temporary.parent, exc) from exc
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
            raise source_error(database, exc) from exc
        raise folder_error(temporary.parent, exc) from exc
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
        raise folder_error(directory, exc) from exc


def _remove_temporary(temporary: Path) -> None:
    for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


