"""The one engine factory: every connection setting Duban uses is decided here.

A Duban database is usually one SQLite file on an office network drive that several
PCs have open at once. SQLite's guidance for that case decides the settings:

* ``journal_mode=DELETE``, never WAL: WAL needs shared memory that a network
  filesystem cannot provide. A file found in WAL mode is converted back, or refused
  when that is not possible.
* ``synchronous=FULL`` so a commit is on the disk before it is reported done.
* ``foreign_keys=ON`` and a busy timeout of about ten seconds.
* Writes run in short ``BEGIN IMMEDIATE`` transactions. A deferred transaction that
  later upgrades to a write lock gets "database is locked" at once, whatever the
  busy timeout, so Duban takes the write lock at the start. Reads use a plain BEGIN.
  This is SQLAlchemy's documented pysqlite recipe: turn off the driver's own
  transaction handling and emit BEGIN from the ``begin`` event.
* ``NullPool``: a connection is opened for each unit of work and closed after it, so
  no stale handle outlives a network hiccup and no transaction stays open while a
  person edits.

Any other database URL (PostgreSQL, for an office that outgrows a file) goes through
the same factory with its driver's own transaction handling.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.pool import NullPool

from desktop.errors import DatabaseUnavailableError
from desktop.i18n import tr

BUSY_TIMEOUT_SECONDS = 10.0
#: ``PRAGMA application_id`` of a Duban file: the bytes "DBAN".
SQLITE_APPLICATION_ID = 0x4442414E
#: The execution option that makes a connection begin with ``BEGIN IMMEDIATE``.
WRITE_OPTION = "duban_write"


@dataclass(frozen=True)
class Target:
    """Where a database lives: a file path, or a database URL for a server."""

    path: Path | None = None
    url: str | None = None

    @classmethod
    def parse(cls, target: str | Path) -> Target:
        text = str(target)
        if "://" in text and not Path(text).exists():
            url = make_url(text)
            if url.get_backend_name() == "sqlite":
                if not url.database or url.database == ":memory:":
                    raise ValueError("an in-memory SQLite database cannot be shared")
                return cls(path=Path(url.database).expanduser().absolute())
            return cls(url=text)
        return cls(path=Path(text).expanduser().absolute())

    @property
    def is_file(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


def sqlite_uri(path: Path, mode: str) -> str:
    """A ``file:`` URI for *path* that SQLite opens with *mode* (ro, rw or rwc).

    ``mode=rw`` makes opening a file that has vanished fail instead of silently
    creating a new empty database in its place. Works for drive-letter and UNC paths.
    """
    text = str(path).replace("\\", "/")
    if not text.startswith("/"):
        text = "/" + text  # C:/x -> /C:/x, which SQLite reads as a drive path
    return "file://" + quote(text, safe="/:") + f"?mode={mode}"


def connect_sqlite(path: Path, mode: str = "rw") -> sqlite3.Connection:
    """Open a raw sqlite3 connection with Duban's settings; the driver does no transaction handling."""
    connection = sqlite3.connect(
        sqlite_uri(path, mode),
        uri=True,
        timeout=BUSY_TIMEOUT_SECONDS,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        _configure_sqlite(connection, read_only=(mode == "ro"))
    except BaseException:
        connection.close()
        raise
    return connection


def _configure_sqlite(connection: sqlite3.Connection, read_only: bool) -> None:
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    connection.execute("PRAGMA foreign_keys = ON")
    if read_only:
        return
    mode = connection.execute("PRAGMA journal_mode").fetchone()[0].lower()
    if mode != "delete":
        result = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0].lower()
        if result != "delete":
            raise sqlite3.OperationalError(f"cannot leave journal mode {mode}")
    connection.execute("PRAGMA synchronous = FULL")


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
