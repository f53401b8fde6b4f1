"""The one engine factory: every SQLAlchemy connection Duban uses is made here.

For a SQLite file, connections come from :func:`desktop.db.sqlite.connect_sqlite`
with the shared-file settings, and:

* Writes run in short ``BEGIN IMMEDIATE`` transactions. A deferred transaction that
  later upgrades to a write lock gets "database is locked" at once, whatever the
  busy timeout, so Duban takes the write lock at the start. Reads use a plain BEGIN.
  This is SQLAlchemy's documented pysqlite recipe: the driver's own transaction
  handling is off and BEGIN is emitted from the ``begin`` event.
* A small pool of connections, so a save does not pay for opening the file, setting it
  up and reading its schema again (on a network share each is a round trip). No
  transaction stays open between units of work. A pooled connection is handed out only
  while the file at the path is still the one it opened (a renamed, replaced or vanished
  file gets a fresh connection, which fails for a vanished one), connections are
  renewed every minute, and :class:`~desktop.db.database.Database` drops them all after
  any I/O error, so no stale handle outlives a network hiccup.

Any other database URL (PostgreSQL, for an office that outgrows a file) goes through
the same factory with its driver's own transaction handling. A PostgreSQL URL is served
by psycopg 3 (``postgresql://`` is read as ``postgresql+psycopg://``), with a connect
timeout and a lock timeout, and the server's errors a person can act on (server down,
wrong login, unknown database, a dropped connection) become messages
(:func:`desktop.db.server_errors.server_error_for`, by error class and SQLSTATE); a
connection the server dropped is thrown away, never reused.
"""

from __future__ import annotations

import os

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError, NoSuchModuleError
from sqlalchemy.pool import NullPool, QueuePool

from desktop.db.lockfile import WriteLock
from desktop.db.server_errors import connection_lost, server_error_for
from desktop.db.sqlite import begin_read, connect_sqlite
from desktop.db.target import Target
from desktop.errors import DatabaseUnavailableError, UserError
from desktop.i18n import tr

#: The execution option that makes a connection begin with ``BEGIN IMMEDIATE``.
WRITE_OPTION = "duban_write"
#: Pooled SQLite connections are closed and reopened after this long.
POOL_RECYCLE_SECONDS = 60


def file_identity(path) -> tuple | None:
    """What tells the file at *path* from another one put in its place; None when it is not there."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    # st_ino is the NTFS file index on Windows; 0 where a share does not report one.
    return (stat.st_dev, stat.st_ino) if stat.st_ino else ("present",)


#: A server that does not answer is given up on after this long (PostgreSQL).
CONNECT_TIMEOUT_SECONDS = 10
#: How long a save waits for a row another PC is saving (PostgreSQL), like SQLite's busy timeout.
LOCK_TIMEOUT_SECONDS = 10.0


def _connector(path, mode: str):
    """How the pool opens a connection to the file at *path*.

    Setting up a connection that may write reads the file (``PRAGMA journal_mode``, see
    :func:`desktop.db.sqlite.connect_sqlite`), and the first read of such a connection rolls
    back a journal that looks hot. On a share whose byte-range locks do not work, a live
    writer's journal looks hot, so that setup happens under the lock file, where no Duban
    save is under way. A read-only connection can never roll back (:func:`begin_read`).
    """
    if mode == "ro":
        return lambda: connect_sqlite(path, mode)

    def connect():
        with WriteLock(path):
            return connect_sqlite(path, mode)

    return connect


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
            creator=_connector(path, mode),
            poolclass=QueuePool,
            pool_size=2,
            max_overflow=8,
            pool_recycle=POOL_RECYCLE_SECONDS,
        )

        @event.listens_for(engine, "connect")
        def _remember_file(dbapi_connection, record) -> None:
            record.info["file"] = file_identity(path)

        @event.listens_for(engine, "checkout")
        def _same_file(dbapi_connection, record, proxy) -> None:
            if record.info.get("file") != file_identity(path) or record.info.get("file") is None:
                raise DisconnectionError("the database file was moved, replaced or is out of reach")

        @event.listens_for(engine, "begin")
        def _begin(conn) -> None:
            if conn.get_execution_options().get(WRITE_OPTION):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            elif read_only:
                # The read side of the protocol: never roll back a live writer's journal.
                begin_read(conn.connection.driver_connection, path)
            else:
                conn.exec_driver_sql("BEGIN")

        return engine

    try:
        url = make_url(target.url)
        connect_args = {}
        if url.get_backend_name() == "postgresql":
            if url.drivername == "postgresql":
                # A plain postgresql:// means psycopg 3 (a dependency), not SQLAlchemy's default psycopg2.
                url = url.set(drivername="postgresql+psycopg")
            if "connect_timeout" not in url.query:
                connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
            if "options" not in url.query:
                # Like SQLite's busy timeout: a row another PC is saving is waited for, not forever.
                connect_args["options"] = f"-c lock_timeout={int(LOCK_TIMEOUT_SECONDS * 1000)}"
        engine = create_engine(url, poolclass=NullPool, pool_pre_ping=False, connect_args=connect_args)
    except (ImportError, NoSuchModuleError, ArgumentError) as exc:
        raise DatabaseUnavailableError(
            tr("Database", "无法使用数据库地址 {0}：不支持的数据库类型或缺少驱动程序（{1}）。").format(
                target.display(), exc
            )
        ) from exc
    if engine.dialect.name == "postgresql":
        where = target.display()

        @event.listens_for(engine, "handle_error")
        def _server_error(context) -> UserError | None:
            if connection_lost(context.original_exception):
                # Thrown away, not reused or rolled back on (also when the driver still thinks it is open).
                context.is_disconnect = True
            return server_error_for(context.original_exception, where)

        if read_only:
            engine = engine.execution_options(postgresql_readonly=True)
    return engine


def engines_for(target: Target, *, create: bool = False) -> tuple[Engine, Engine]:
    """The engines of a database Duban may write: (for reading, for writing).

    For a SQLite file they are two: reads go through read-only connections, which can
    never roll back a journal (see :func:`desktop.db.sqlite.begin_read`), and writes
    through read-write ones, used only under the lock file. A server has one engine.
    """
    if target.path is None:
        engine = create_engine_for(target, create=create)
        return engine, engine
    writer = create_engine_for(target, create=create)
    return create_engine_for(target, read_only=True), writer


def write_engine(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock when they begin."""
    return engine.execution_options(**{WRITE_OPTION: True})
