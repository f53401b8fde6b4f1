"""Which schema revision a database has, and bringing it to the one this program knows.

Duban reads the revision without Alembic (a plain query on ``alembic_version``) so
that opening an up-to-date file does not pay for importing Alembic; Alembic is
imported only to create or upgrade a schema.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from desktop.db.engine import SQLITE_APPLICATION_ID, Target, connect_sqlite
from desktop.errors import DatabaseFileError, SchemaTooNewError
from desktop.i18n import tr

#: Every revision this program's migrations know, oldest first. A test checks it
#: against Alembic's script directory, so it cannot drift.
KNOWN_REVISIONS: tuple[str, ...] = ("0001",)
HEAD_REVISION = KNOWN_REVISIONS[-1]
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class SchemaState:
    """What a database says about itself before Duban touches it."""

    revision: str | None
    is_duban: bool
    tables: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.tables

    @property
    def is_current(self) -> bool:
        return self.revision == HEAD_REVISION

    @property
    def is_newer(self) -> bool:
        return self.revision is not None and self.revision not in KNOWN_REVISIONS


def check_file(path: Path) -> SchemaState:
    """Inspect a SQLite file read-only and raise a :class:`UserError` when it is not a usable Duban file."""
    if not path.exists():
        raise DatabaseFileError(tr("Database", "找不到文件：{0}。请检查路径是否正确，或网络驱动器是否已连接。").format(path))
    if path.is_dir():
        raise DatabaseFileError(tr("Database", "{0} 是一个文件夹，不是 Duban 数据库文件。").format(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseFileError(
            tr("Database", "无法读取文件 {0}：{1}。请检查文件权限或网络连接。").format(path, exc.strerror or exc)
        ) from exc
    if header != SQLITE_HEADER:
        raise DatabaseFileError(
            tr("Database", "{0} 不是 Duban 数据库文件（不是 SQLite 数据库）。请选择扩展名为 .duban 的文件。").format(path)
        )
    try:
        connection = connect_sqlite(path, "ro")
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(
            tr("Database", "{0} 已损坏或不是 Duban 数据库文件（{1}）。请从备份恢复。").format(path, exc)
        ) from exc
    state = SchemaState(
        revision=revision,
        is_duban=app_id == SQLITE_APPLICATION_ID or "duban_meta" in tables,
        tables=tables,
    )
    _refuse_foreign(state, str(path))
    return state


def check_connection(connection: Connection, where: str) -> SchemaState:
    """The same checks for a database reached by URL (e.g. PostgreSQL)."""
    tables = inspect(connection).get_table_names()
    revision = None
    if "alembic_version" in tables:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    state = SchemaState(revision=revision, is_duban="duban_meta" in tables, tables=tables)
    _refuse_foreign(state, where)
    return state


def _refuse_foreign(state: SchemaState, where: str) -> None:
    if state.is_empty:
        return
    if not state.is_duban:
        raise DatabaseFileError(
            tr("Database", "{0} 是其他程序的数据库，不是 Duban 数据库。Duban 不会修改它。").format(where)
        )
    if state.revision is None:
        raise DatabaseFileError(tr("Database", "{0} 的架构版本缺失，文件可能已损坏。请从备份恢复。").format(where))


def refuse_newer(state: SchemaState, where: str) -> None:
    if state.is_newer:
        raise SchemaTooNewError(
            tr(
                "Database",
                "{0} 由更新版本的 Duban 创建（架构版本 {1}），此版本不能写入。请先升级 Duban 再打开它。",
            ).format(where, state.revision)
        )


def _alembic_config(connection: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "desktop:migrations")
    config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection) -> None:
    """Bring the schema on *connection* to :data:`HEAD_REVISION` (creating it on an empty database)."""
    from alembic import command

    command.upgrade(_alembic_config(connection), "head")


def script_revisions() -> list[str]:
    """The revisions in the migrations folder, oldest first (for the drift test)."""
    from alembic.script import ScriptDirectory

    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "desktop:migrations")
    return [script.revision for script in reversed(list(ScriptDirectory.from_config(config).walk_revisions()))]


__all__ = [
    "HEAD_REVISION",
    "KNOWN_REVISIONS",
    "SchemaState",
    "Target",
    "check_connection",
    "check_file",
    "refuse_newer",
    "script_revisions",
    "upgrade",
]
