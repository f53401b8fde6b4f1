"""What ``duban check`` reports about a Duban file, and :func:`verify` for a backup: standard library only.

Integrity, foreign keys, Duban's ``application_id``, schema revision, journal mode, open
sessions, the lock file and a ``-journal`` file. Nothing here imports SQLAlchemy, so the
command line stays cheap.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop.db import presence
from desktop.db.lockfile import STALE_SECONDS, LockInfo, lock_path, read_lock
from desktop.db.presence import SessionInfo
from desktop.db.revisions import HEAD_REVISION, KNOWN_REVISIONS
from desktop.db.sqlite import SQLITE_APPLICATION_ID, check_file, check_path, connect_sqlite
from desktop.errors import DatabaseFileError
from desktop.i18n import tr


def _absolute(path: Path | str) -> Path:
    """SQLite's ``file:`` URIs need absolute paths."""
    return Path(path).expanduser().absolute()


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
    sessions: list[SessionInfo] | None = None
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
            rows = presence.read_sessions(connection)
        except sqlite3.Error:
            rows = []
        if rows is not None:
            report.sessions = presence.live(rows, now)
            report.stale_sessions = len(rows) - len(report.sessions)
    finally:
        connection.close()
    return report
