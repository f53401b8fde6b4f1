"""An open Duban database: its engine, its sessions, and the errors it turns into messages."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

import desktop
from desktop.changes import Change, change_for_tables
from desktop.db import schema
from desktop.db.engine import create_engine_for, engines_for, write_engine
from desktop.db.failures import is_io_error, user_error_for
from desktop.db.lockfile import WriteLock, probe_writable
from desktop.db.revisions import HEAD_REVISION, MIN_WRITER_VERSION
from desktop.db.saving import save_transaction
from desktop.db.server_errors import driver_errors, server_error_for
from desktop.db.sqlite import check_path, is_folder, locks_broken, note_locks_broken
from desktop.db.target import Target
from desktop.db.written import TABLES_KEY, watch_tables
from desktop.errors import DatabaseFileError, DatabaseUnavailableError, SchemaTooNewError, UserError
from desktop.i18n import tr
from desktop.memory import collector_paused
from desktop.models import AppliedSave, Meta, Revision
from desktop.models.search import fill_missing_search_keys

log = logging.getLogger(__name__)


class ConflictError(UserError):
    """A save was made from data another PC changed in the meantime."""


class UpgradeBlockedError(UserError):
    """The file needs a schema upgrade, but other PCs have it open."""


class Database:
    """One open database. Sessions are short: one per user action.

    Use :meth:`read` for looking and :meth:`write` for changing; a write session takes
    the write lock when it begins and commits when the ``with`` block ends.
    """

    def __init__(
        self,
        target: Target,
        engine: Engine,
        *,
        read_only: bool = False,
        read_only_reason: str = "",
        writer: Engine | None = None,
    ):
        self.target = target
        #: Reads; for a SQLite file, read-only connections (see :func:`desktop.db.engine.engines_for`).
        self.engine = engine
        self.read_only = read_only
        #: Why the database was opened read-only, in words for the person ("" when writable).
        self.read_only_reason = read_only_reason
        #: Set when an operation failed with an I/O error; the window runs a quick_check then.
        self.io_error_seen = False
        #: The revision counter as this process's last save left it: a poll that finds
        #: exactly this value has nothing new from other PCs.
        self.last_written_revision: int | None = None
        #: How many revision-bumping saves this process committed (to tell its own from others').
        self.writes_committed = 0
        self.last_save_id: str | None = None
        #: The backup taken before an upgrade at open, if one was.
        self.upgrade_backup: Path | None = None
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False, autoflush=False)
        self._writer = writer if writer is not None else engine
        self._write_engine = write_engine(self._writer)
        #: Called with what each committed save changed (on the thread that saved).
        self.change_listeners: list[Callable[[Change], None]] = []

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        target: str | Path | Target,
        *,
        upgrade: bool = True,
        allow_read_only: bool = True,
        backup_folder: Path | None = None,
    ) -> Database:
        """Open an existing Duban database, upgrading an older schema.

        A file this Duban may not write (a newer Duban's schema, a read-only file or
        folder) opens read-only with :attr:`read_only_reason` saying why, or is refused
        when *allow_read_only* is false. An older schema is upgraded only when no other
        session has the file open, after a verified backup (into *backup_folder*, by
        default the local backup folder), in one transaction.

        Raises :class:`UserError` for a missing file, a file that is not a Duban
        database, or an upgrade that must wait for others to close the file.
        """
        target = target if isinstance(target, Target) else Target.parse(target)
        where = target.display()
        if target.is_file:
            state = schema.check_file(target.path)
            if state.is_empty:
                raise DatabaseFileError(
                    tr("Database", "{0} 是一个空的 SQLite 文件，不是 Duban 数据库。请用“文件 → 新建”创建数据库。").format(where)
                )
            reason = schema.newer_reason(state)
            if reason and not allow_read_only:
                raise SchemaTooNewError(where + "：" + reason)
            if not reason:
                unwritable = probe_writable(target.path)
                if unwritable:
                    reason = tr("Database", "{0}，只能查看，不能保存。如需修改，请让管理员开放写入权限。").format(unwritable)
            if reason:
                if not allow_read_only:
                    raise DatabaseUnavailableError(where + "：" + reason)
                return cls(target, create_engine_for(target, read_only=True), read_only=True, read_only_reason=reason)
        engine, writer = engines_for(target)
        try:
            if not target.is_file:
                with translated_errors(where), engine.connect() as connection:
                    state = schema.check_connection(connection, where)
                if state.is_empty:
                    raise DatabaseFileError(tr("Database", "{0} 中没有 Duban 数据。请先用 duban init 创建。").format(where))
                reason = schema.newer_reason(state)
                if reason:
                    if not allow_read_only:
                        raise SchemaTooNewError(where + "：" + reason)
                    engine.dispose()
                    return cls(target, create_engine_for(target, read_only=True), read_only=True, read_only_reason=reason)
            if target.is_file:
                # One read-write connection now: it converts a file left in WAL mode back (see
                # desktop.db.sqlite) before anything is read, and stays pooled for the first save.
                # It is set up under the lock file; when that cannot be made now (a full disk),
                # the file still opens to be read and the first save says why it cannot be saved.
                try:
                    with translated_errors(where), writer.connect():
                        pass
                except DatabaseUnavailableError as error:
                    if not getattr(error, "lock_file", False):
                        raise
                    log.warning("no connection for saves to %s at opening: %s", where, error.message)
            database = cls(target, engine, writer=writer)
            if state.needs_upgrade and upgrade:
                database._upgrade_existing(state, backup_folder)
            return database
        except BaseException:
            engine.dispose()
            writer.dispose()
            raise

    @classmethod
    def open_read_only(cls, target: str | Path | Target) -> Database:
        """Open for looking only (``duban info``): nothing is written, not even an upgrade."""
        target = target if isinstance(target, Target) else Target.parse(target)
        if target.is_file:
            # A journal left by an interrupted save is not rolled back: that would write.
            schema.check_file(target.path, recover=False)
        return cls(target, create_engine_for(target, read_only=True), read_only=True)

    @classmethod
    def create(cls, target: str | Path | Target) -> Database:
        """Create a new, empty Duban database at *target*; refuses to touch an existing one."""
        target = target if isinstance(target, Target) else Target.parse(target)
        where = target.display()
        if target.is_file:
            if check_path(target.path, must_exist=False) is not None:
                raise DatabaseFileError(tr("Database", "文件 {0} 已存在。Duban 不会覆盖已有文件，请换一个文件名。").format(where))
            if not is_folder(target.path.parent):
                raise DatabaseFileError(tr("Database", "文件夹 {0} 不存在。请先创建它或换一个位置。").format(target.path.parent))
        engine, writer = engines_for(target, create=True)
        try:
            if not target.is_file:
                with translated_errors(where), engine.connect() as connection:
                    state = schema.check_connection(connection, where)
                if not state.is_empty:
                    raise DatabaseFileError(tr("Database", "{0} 中已经有数据，Duban 不会覆盖它。").format(where))
            database = cls(target, engine, writer=writer)
            database._upgrade(created=True)
            return database
        except BaseException:
            engine.dispose()
            writer.dispose()
            if target.is_file:
                with contextlib.suppress(OSError):
                    target.path.unlink()
            raise

    def _upgrade_existing(self, state: schema.SchemaState, backup_folder: Path | None) -> None:
        """Upgrade an older schema: refused while others have the file open; backed up first."""
        if "duban_session" in state.tables:
            from desktop.db import presence

            others = presence.active(self)
            if others:
                raise UpgradeBlockedError(
                    tr(
                        "Database",
                        "{0} 需要升级到新的数据格式，但 {1} 正打开着它。请等他们关闭 Duban 后再打开；升级时其他人不能使用这个文件。",
                    ).format(self.target.display(), "、".join(s.describe() for s in others))
                )
        if self.target.is_file:
            from desktop.db import backup

            self.upgrade_backup = backup.make_backup(self.target.path, backup_folder, reason="before-upgrade").path
            log.info("backed up %s to %s before upgrading", self.target.path, self.upgrade_backup)
        self._upgrade()

    def _upgrade(self, created: bool = False) -> None:
        """Run the migrations in one transaction, holding the lock file all along."""
        with self._lock(keep_fresh=True):
            self._migrate(created)

    def _migrate(self, created: bool) -> None:
        now = dt.datetime.now().isoformat(timespec="seconds")
        with translated_errors(self.target.display()), self._write_engine.connect() as connection:
            with schema.migration_transaction(connection):
                schema.upgrade(connection)
                session = Session(bind=connection)
                fill_missing_search_keys(session)
                if created:
                    session.add_all(
                        [
                            Meta(key="application", value=desktop.APP_NAME),
                            Meta(key="database_id", value=str(uuid.uuid4())),
                            Meta(key="created_at", value=now),
                            Meta(key="created_by_version", value=desktop.__version__),
                        ]
                    )
                session.merge(Meta(key="schema_written_by_version", value=desktop.__version__))
                session.merge(Meta(key="min_writer_version", value=MIN_WRITER_VERSION[HEAD_REVISION]))
                session.flush()
                session.close()

    # -- sessions ------------------------------------------------------------------------

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed.

        Closing (not rolling back) ends the transaction without expiring what was read,
        so objects keep the version they were read at for a later save to check.
        """
        with self._reading():
            session = self._read_sessions()
            try:
                yield session
            finally:
                session.close()

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """Errors of a read, in words; a read torn by a save on a share without working locks is not damage.

        On a share whose byte-range locks do not work, a read can meet pages a writer on
        another PC is writing at that moment and fail as "malformed". Such a read is told
        from real damage by checking the file under the lock file: when it is sound, the
        read fails with a :class:`DatabaseUnavailableError` to try again, not a damaged file,
        and from then on this process reads that file under the lock file (:meth:`_read_lock`).
        """
        try:
            with self._translated(), self._read_lock():
                yield
        except DatabaseFileError as error:
            if not self._torn_read(error):
                raise
            raise DatabaseUnavailableError(
                tr("Database", "读取 {0} 时另一台电脑正在保存，这次没有读完。请稍后再试（数据没有受损）。").format(
                    self.target.display()
                )
            ) from error

    def _torn_read(self, error: DatabaseFileError) -> bool:
        """Whether a read that found the file "malformed" met a save in progress and the file is sound."""
        if not self.target.is_file or not is_io_error(error.__cause__) or "malformed" not in str(error.__cause__):
            return False
        try:
            sound = self.quick_check() == []
        except UserError:
            return False
        if sound:
            self.io_error_seen = False  # nothing for the window to check again
            note_locks_broken(self.target.path)
        return sound

    def _read_lock(self):
        """Where the share's byte-range locks were seen not to work, reads hold the lock file too.

        On a healthy share SQLite's shared lock keeps a writer from changing pages under a
        reader, and reads take no lock file (they cost the office nothing). Once this
        process has seen that the locks do not work (:func:`desktop.db.sqlite.locks_broken`),
        each read holds the lock file, as writes do, so that it sees no half-written page.
        """
        if self.target.is_file and locks_broken(self.target.path):
            return self._consistent()
        return contextlib.nullcontext()

    @contextlib.contextmanager
    def write(self, note: str = "", *, save_id: str | None = None, bump: bool = True) -> Iterator[Session]:
        """A short write transaction, committed when the block ends.

        The lock file is taken first (:mod:`desktop.db.lockfile`), then SQLite's write
        lock (``BEGIN IMMEDIATE``); both are held only while the block runs.
        *note* is recorded in the audit log beside every change made in it.
        Every save carries a unique id, recorded in the same transaction; a caller that
        may retry passes its own *save_id*: a save whose id is already recorded raises
        :class:`~desktop.db.saving.AlreadyApplied` before the block runs, so a save retried after an
        uncertain commit (or replayed from the recovery file) is applied once.
        *bump* increments the revision counter that other PCs poll; bookkeeping such as
        heartbeats passes False and records no save.
        """
        if self.read_only:
            raise DatabaseUnavailableError(
                self.read_only_reason or tr("Database", "数据库以只读方式打开，不能保存修改。")
            )
        retry = save_id is not None
        if bump and save_id is None:
            save_id = str(uuid.uuid4())  # new: it cannot have landed before
        tables: set[str] = set()
        with self._translated(), self._write_engine.connect() as connection:
            # The connection is checked out (and on first use opened and set up) before the
            # locks are taken, so they are held for the change alone.
            watch_tables(connection, tables)
            session = Session(bind=connection, expire_on_commit=False)
            session.info["audit_note"] = note
            session.info[TABLES_KEY] = tables
            # The cycle collector waits while the locks are held: a full collection takes tens of
            # milliseconds, and every PC waiting for the lock would wait that long too.
            with self._lock(), collector_paused():
                yield from save_transaction(self, session, connection, note, save_id, bump, retry)
        self._announce(change_for_tables(tables))

    def _announce(self, what: Change) -> None:
        """Tell the listeners what a committed save changed (nothing for bookkeeping alone)."""
        if what:
            for listener in list(self.change_listeners):
                listener(what)

    def _lock(self, *, keep_fresh: bool = False):
        """The lock file of a SQLite file; a server does its own locking."""
        if self.target.is_file:
            return WriteLock(self.target.path, keep_fresh=keep_fresh)
        return contextlib.nullcontext()

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            with translated_errors(self.target.display(), self.target.path):
                yield
        except DatabaseUnavailableError as error:
            if is_io_error(error.__cause__) or getattr(error, "io_failure", False):
                self._io_error()
            raise
        except DatabaseFileError:
            self._io_error()
            raise

    def _io_error(self) -> None:
        """After an I/O error: no pooled connection is used again, and the file gets checked."""
        self.io_error_seen = True
        self._dispose()

    def _dispose(self) -> None:
        self.engine.dispose()
        if self._writer is not self.engine:
            self._writer.dispose()

    # -- what other PCs did --------------------------------------------------------------

    def revision(self) -> int:
        """The revision counter: it changes whenever anyone saves anything. One small read."""
        with self._reading(), self.engine.connect() as connection:
            try:
                return connection.execute(select(Revision.counter).where(Revision.id == 1)).scalar() or 0
            except (OperationalError, ProgrammingError) as exc:
                text = str(exc.orig).lower()
                if "no such table" in text or "does not exist" in text:
                    return 0  # an older database opened read-only
                raise

    def save_applied(self, save_id: str) -> bool:
        with self.read() as session:
            return session.get(AppliedSave, save_id) is not None

    def quick_check(self) -> list[str]:
        """SQLite's ``quick_check``: an empty list when the file is sound, else its complaints.

        Run under the lock file where it can be taken, so that on a share whose byte-range
        locks do not work a save in progress is not mistaken for damage.
        """
        if not self.target.is_file:
            return []
        try:
            with self._consistent(), self._translated(), self.engine.connect() as connection:
                rows = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check").fetchall()]
        except DatabaseFileError as damaged:  # so damaged that the check itself cannot run
            return [damaged.message]
        return [] if rows == ["ok"] else rows

    @contextlib.contextmanager
    def _consistent(self) -> Iterator[None]:
        """Hold the lock file while reading the whole file; without it where it cannot be taken (read-only)."""
        try:
            lock = WriteLock(self.target.path, keep_fresh=True)
            lock.acquire()
        except DatabaseUnavailableError:
            lock = None  # a read-only folder, or held past the wait: read as any reader does
        try:
            yield
        finally:
            if lock is not None:
                lock.release()

    # -- facts ---------------------------------------------------------------------------

    def identity(self) -> str:
        """The file's ``database_id`` (stable when the file is moved or renamed); read once."""
        if getattr(self, "_identity", None) is None:
            self._identity = self.meta().get("database_id") or self.target.display()
        return self._identity

    def meta(self) -> dict[str, str]:
        with self.read() as session:
            return {row.key: row.value for row in session.scalars(select(Meta))}

    def schema_revision(self) -> str | None:
        """The schema revision recorded in the database (Alembic's ``version_num``)."""
        with self.read() as session:
            return session.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def display_name(self) -> str:
        return self.target.display()

    def close(self) -> None:
        self._dispose()


@contextlib.contextmanager
def translated_errors(where: str, path: Path | None = None) -> Iterator[None]:
    """Turn what the environment causes (locks, vanished drives, full disks) into messages."""
    try:
        yield
    except StaleDataError as exc:
        raise ConflictError(
            tr("Database", "这条记录刚被另一台电脑上的同事修改过，您的保存没有生效。请刷新后重新修改。")
        ) from exc
    except (OperationalError, DBAPIError, *driver_errors()) as exc:
        # A server's errors mostly arrive translated by the engine's handle_error event; not those
        # of a driver cursor (desktop.db.driver) or of a rollback on a dropped connection.
        error = (server_error_for(exc, where) if path is None else None) or user_error_for(exc, where, path)
        if error is None:
            raise
        raise error from exc
