"""Schema revisions through SQLAlchemy and Alembic: checking a server database, upgrading.

Duban reads a file's revision without Alembic (:func:`desktop.db.sqlite.check_file`),
so opening an up-to-date file does not pay for importing Alembic; Alembic is
imported only to create or upgrade a schema.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Connection, inspect, text

from desktop.db.revisions import HEAD_REVISION, KNOWN_REVISIONS
from desktop.db.sqlite import SchemaState, check_file, newer_reason, refuse_foreign, refuse_newer


def check_connection(connection: Connection, where: str) -> SchemaState:
    """The checks of :func:`check_file` for a database reached by URL (e.g. PostgreSQL)."""
    tables = inspect(connection).get_table_names()
    revision = None
    if "alembic_version" in tables:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    min_writer = None
    if "duban_meta" in tables:
        min_writer = connection.execute(text("SELECT value FROM duban_meta WHERE key = 'min_writer_version'")).scalar()
    state = SchemaState(revision=revision, is_duban="duban_meta" in tables, tables=tables, min_writer_version=min_writer)
    refuse_foreign(state, where)
    return state


def _alembic_config(connection: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "desktop:migrations")
    config.attributes["connection"] = connection
    return config


@contextlib.contextmanager
def migration_transaction(connection: Connection) -> Iterator[None]:
    """One transaction for a whole migration, with SQLite's foreign keys off while it runs.

    SQLite alters a table by creating a new one, copying the rows and dropping the old
    one; with foreign keys on, that DROP would cascade and delete every measure of every
    task. The pragma only takes effect outside a transaction, so it is set on the raw
    connection before BEGIN; before COMMIT, ``foreign_key_check`` must find nothing, or
    the whole migration is rolled back.
    """
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
    try:
        with connection.begin():
            yield
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"a migration left broken foreign keys: {broken[:5]}")
    finally:
        if sqlite:
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")


def upgrade(connection: Connection) -> None:
    """Bring the schema on *connection* to :data:`HEAD_REVISION` (creating it on an empty database)."""
    from alembic import command

    command.upgrade(_alembic_config(connection), "head")


def downgrade(connection: Connection, revision: str) -> None:
    """Take the schema back to *revision* (tests of upgrades; never done to a user's file)."""
    from alembic import command

    command.downgrade(_alembic_config(connection), revision)


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
    "check_connection",
    "check_file",
    "downgrade",
    "migration_transaction",
    "newer_reason",
    "refuse_newer",
    "script_revisions",
    "upgrade",
]
