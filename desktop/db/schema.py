"""Schema revisions through SQLAlchemy and Alembic: checking a server database, upgrading.

Duban reads a file's revision without Alembic (:func:`desktop.db.sqlite.check_file`),
so opening an up-to-date file does not pay for importing Alembic; Alembic is
imported only to create or upgrade a schema.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

from desktop.db.revisions import HEAD_REVISION, KNOWN_REVISIONS
from desktop.db.sqlite import SchemaState, check_file, refuse_foreign, refuse_newer


def check_connection(connection: Connection, where: str) -> SchemaState:
    """The checks of :func:`check_file` for a database reached by URL (e.g. PostgreSQL)."""
    tables = inspect(connection).get_table_names()
    revision = None
    if "alembic_version" in tables:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    state = SchemaState(revision=revision, is_duban="duban_meta" in tables, tables=tables)
    refuse_foreign(state, where)
    return state


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
    "check_connection",
    "check_file",
    "refuse_newer",
    "script_revisions",
    "upgrade",
]
