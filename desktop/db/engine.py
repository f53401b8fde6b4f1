"""The one engine factory: every SQLAlchemy connection Duban uses is made here.

For a SQLite file, connections come from :func:`desktop.db.sqlite.connect_sqlite`
with the shared-file settings, and:

* Writes run in short ``BEGIN IMMEDIATE`` transactions. A deferred transaction that
  later upgrades to a write lock gets "database is locked" at once, whatever the
  busy timeout, so Duban takes the write lock at the start. Reads use a plain BEGIN.
  This is SQLAlchemy's documented pysqlite recipe: the driver's own transaction
  handling is off and BEGIN is emitted from the ``begin`` event.
* ``NullPool``: a connection is opened for each unit of work and closed after it, so
  no stale handle outlives a network hiccup and no transaction stays open while a
  person edits.

Any other database URL (PostgreSQL, for an office that outgrows a file) goes through
the same factory with its driver's own transaction handling.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.pool import NullPool

from desktop.db.sqlite import connect_sqlite
from desktop.db.target import Target
from desktop.errors import DatabaseUnavailableError
from desktop.i18n import tr

#: The execution option that makes a connection begin with ``BEGIN IMMEDIATE``.
WRITE_OPTION = "duban_write"


def create_engine_for(target: Target, *, create: bool = False, read_only: bool = False) -> Engine:
    """The engine for *target* with all of Duban's connection settings.

    ``create`` lets SQLite create a missing file (``duban init``); otherwise a missing
    file is an error. ``read_only`` opens a SQLite file so that nothing can be written.
    """
    if target.path is not None:
        mode = "ro" if read_only else ("rwc" if create else "rw")
        path = target.path
        engine = create_engine(
            "sqlite://",
            creator=lambda: connect_sqlite(path, mode),
            poolclass=NullPool,
        )

        @event.listens_for(engine, "begin")
        def _begin(conn) -> None:
            if conn.get_execution_options().get(WRITE_OPTION):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.exec_driver_sql("BEGIN")

        return engine

    try:
        engine = create_engine(target.url, poolclass=NullPool, pool_pre_ping=False)
    except (ImportError, NoSuchModuleError, ArgumentError) as exc:
        raise DatabaseUnavailableError(
            tr("Database", "无法使用数据库地址 {0}：不支持的数据库类型或缺少驱动程序（{1}）。").format(
                target.display(), exc
            )
        ) from exc
    if read_only and engine.dialect.name == "postgresql":
        engine = engine.execution_options(postgresql_readonly=True)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock when they begin."""
    return engine.execution_options(**{WRITE_OPTION: True})
