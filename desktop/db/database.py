"""An open Duban database: its engine, its sessions, and the errors it turns into messages."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

import desktop
from desktop.db import schema
from desktop.db.engine import create_engine_for, write_engine
from desktop.db.target import Target
from desktop.errors import DatabaseFileError, DatabaseUnavailableError, UserError
from desktop.i18n import tr
from desktop.models import Meta
from desktop.models.search import fill_missing_search_keys

log = logging.getLogger(__name__)


class ConflictError(UserError):
    """A save was made from data another PC changed in the meantime."""


class Database:
    """One open database. Sessions are short: one per user action.

    Use :meth:`read` for looking and :meth:`write` for changing; a write session takes
    the write lock when it begins and commits when the ``with`` block ends.
    """

    def __init__(self, target: Target, engine: Engine, *, read_only: bool = False):
        self.target = target
        self.engine = engine
        self.read_only = read_only
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False, autoflush=False)
        self._write_sessions = sessionmaker(bind=write_engine(engine), expire_on_commit=False)

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, target: str | Path | Target, *, upgrade: bool = True) -> Database:
        """Open an existing Duban database, upgrading an older schema.

        Raises :class:`UserError` for a missing file, a file that is not a Duban
        database, or one written by a newer Duban.
        """
        target = target if isinstance(target, Target) else Target.parse(target)
        where = target.display()
        if target.is_file:
            state = schema.check_file(target.path)
            if state.is_empty:
                raise DatabaseFileError(
                    tr("Database", "{0} 是一个空的 SQLite 文件，不是 Duban 数据库。请用“文件 → 新建”创建数据库。").format(where)
                )
        engine = create_engine_for(target)
        try:
            if not target.is_file:
                with _translated_errors(where), engine.connect() as connection:
                    state = schema.check_connection(connection, where)
                if state.is_empty:
                    raise DatabaseFileError(tr("Database", "{0} 中没有 Duban 数据。请先用 duban init 创建。").format(where))
            schema.refuse_newer(state, where)
            database = cls(target, engine)
            if not state.is_current and upgrade:
                database._upgrade()
            return database
        except BaseException:
            engine.dispose()
            raise

    @classmethod
    def open_read_only(cls, target: str | Path | Target) -> Database:
        """Open for looking only (``duban info``): nothing is written, not even an upgrade."""
        target = target if isinstance(target, Target) else Target.parse(target)
        if target.is_file:
            schema.check_file(target.path)
        return cls(target, create_engine_for(target, read_only=True), read_only=True)

    @classmethod
    def create(cls, target: str | Path | Target) -> Database:
        """Create a new, empty Duban database at *target*; refuses to touch an existing one."""
        target = target if isinstance(target, Target) else Target.parse(target)
        where = target.display()
        if target.is_file:
            if target.path.exists():
                raise DatabaseFileError(tr("Database", "文件 {0} 已存在。Duban 不会覆盖已有文件，请换一个文件名。").format(where))
            if not target.path.parent.is_dir():
                raise DatabaseFileError(tr("Database", "文件夹 {0} 不存在。请先创建它或换一个位置。").format(target.path.parent))
        engine = create_engine_for(target, create=True)
        try:
            if not target.is_file:
                with _translated_errors(where), engine.connect() as connection:
                    state = schema.check_connection(connection, where)
                if not state.is_empty:
                    raise DatabaseFileError(tr("Database", "{0} 中已经有数据，Duban 不会覆盖它。").format(where))
            database = cls(target, engine)
            database._upgrade(created=True)
            return database
        except BaseException:
            engine.dispose()
            if target.is_file:
                with contextlib.suppress(OSError):
                    target.path.unlink()
            raise

    def _upgrade(self, created: bool = False) -> None:
        now = dt.datetime.now().isoformat(timespec="seconds")
        with _translated_errors(self.target.display()), self.engine.connect() as connection:
            connection = connection.execution_options(duban_write=True)
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
                session.flush()
                session.close()

    # -- sessions ------------------------------------------------------------------------

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed.

        Closing (not rolling back) ends the transaction without expiring what was read,
        so objects keep the version they were read at for a later save to check.
        """
        with _translated_errors(self.target.display()):
            session = self._read_sessions()
            try:
                yield session
            finally:
                session.close()

    @contextlib.contextmanager
    def write(self, note: str = "") -> Iterator[Session]:
        """A short write transaction (``BEGIN IMMEDIATE``), committed when the block ends.

        *note* is recorded in the audit log beside every change made in it.
        """
        if self.read_only:
            raise DatabaseUnavailableError(tr("Database", "数据库以只读方式打开，不能保存修改。"))
        with _translated_errors(self.target.display()):
            session = self._write_sessions()
            session.info["audit_note"] = note
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    # -- facts ---------------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        with self.read() as session:
            return {row.key: row.value for row in session.scalars(select(Meta))}

    def display_name(self) -> str:
        return self.target.display()

    def close(self) -> None:
        self.engine.dispose()


@contextlib.contextmanager
def _translated_errors(where: str) -> Iterator[None]:
    """Turn what the environment causes (locks, vanished drives, full disks) into messages."""
    try:
        yield
    except StaleDataError as exc:
        raise ConflictError(
            tr("Database", "这条记录刚被另一台电脑上的同事修改过，您的保存没有生效。请刷新后重新修改。")
        ) from exc
    except (OperationalError, DBAPIError, sqlite3.DatabaseError) as exc:
        error = user_error_for(exc, where)
        if error is None:
            raise
        raise error from exc


def user_error_for(exc: BaseException, where: str) -> UserError | None:
    """The message for a database error the person can act on, or None for a bug."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return DatabaseUnavailableError(
            tr("Database", "数据库 {0} 正被另一台电脑占用（正在保存）。请稍等几秒后再试，您的修改没有丢失。").format(where)
        )
    if "full" in text:
        return DatabaseUnavailableError(
            tr("Database", "磁盘已满，无法保存到 {0}。请清理磁盘空间后再试，您的修改没有保存。").format(where)
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseUnavailableError(
            tr("Database", "{0} 是只读的，不能保存。请检查文件属性或网络共享的写入权限。").format(where)
        )
    if "unable to open" in text or "disk i/o" in text or "no such file" in text:
        return DatabaseUnavailableError(
            tr("Database", "无法访问 {0}。网络驱动器可能已断开，请检查网络连接后再试。").format(where)
        )
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return DatabaseFileError(tr("Database", "{0} 已损坏或不是 Duban 数据库文件。请从备份恢复。").format(where))
    if "could not connect" in text or "connection refused" in text or "server closed" in text:
        return DatabaseUnavailableError(
            tr("Database", "无法连接数据库服务器 {0}。请检查网络或联系管理员。").format(where)
        )
    return None
