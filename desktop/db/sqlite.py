"""The SQLite file itself, through the standard library only (no SQLAlchemy).

Everything that decides how a Duban file is opened lives here: the ``file:`` URI that
refuses to create a vanished file, the connection settings for a shared network
file, and the read-only inspection of a file before Duban touches it. The
SQLAlchemy engine (:mod:`desktop.db.engine`) opens its connections through
:func:`connect_sqlite`; start-up reads the first screen through it too, before
SQLAlchemy is imported (see :mod:`desktop.services.startup`).

The settings follow SQLite's guidance for a file that several PCs open over a
network share:

* ``journal_mode=DELETE``, never WAL: WAL needs shared memory that a network
  filesystem cannot provide. A file found in WAL mode is converted back, or refused
  when that is not possible.
* ``synchronous=FULL`` so a commit is on the disk before it is reported done.
* ``foreign_keys=ON`` and a busy timeout of about ten seconds.
* The driver's own transaction handling is off (``isolation_level=None``); Duban
  emits BEGIN itself (see :mod:`desktop.db.engine`).
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from urllib.parse import quote

import desktop
from desktop.db.revisions import HEAD_REVISION, KNOWN_REVISIONS, MIN_WRITER_VERSION, version_tuple
from desktop.errors import DatabaseFileError, DatabaseUnavailableError, SchemaTooNewError
from desktop.i18n import tr
from desktop.paths import DATABASE_SUFFIX

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 10.0
#: ``PRAGMA application_id`` of a Duban file: the bytes "DBAN".
SQLITE_APPLICATION_ID = 0x4442414E
SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_uri(path: PurePath | str, mode: str) -> str:
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
        _configure(connection, read_only=(mode == "ro"))
    except BaseException:
        connection.close()
        raise
    return connection


def _configure(connection: sqlite3.Connection, read_only: bool) -> None:
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    connection.execute("PRAGMA foreign_keys = ON")
    if read_only:
        return
    mode = connection.execute("PRAGMA journal_mode").fetchone()[0].lower()
    if mode != "delete":
        try:
            result = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0].lower()
        except sqlite3.OperationalError as exc:
            # Another program has the file open in WAL mode right now.
            raise sqlite3.OperationalError(f"cannot leave journal mode {mode}: {exc}") from exc
        if result != "delete":
            raise sqlite3.OperationalError(f"cannot leave journal mode {mode}")
    connection.execute("PRAGMA synchronous = FULL")


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


#: SQLite's extended result code for "a read-only connection found a hot journal it may not roll back".
SQLITE_READONLY_ROLLBACK = 776
#: How long a reader waits for a live writer's journal to go before it gives up.
READ_WAIT_SECONDS = 2 * BUSY_TIMEOUT_SECONDS


def is_hot_journal_refusal(exc: BaseException) -> bool:
    """Whether *exc* is a read-only connection's refusal to roll back a journal (SQLITE_READONLY_ROLLBACK)."""
    return getattr(exc, "sqlite_errorcode", None) == SQLITE_READONLY_ROLLBACK


#: Files on which this process has seen that the share's byte-range locks do not work.
_LOCKS_BROKEN: set[str] = set()


def locks_broken(path: Path) -> bool:
    """Whether this process has seen that SQLite's locks do not work on the share of *path*."""
    return str(path) in _LOCKS_BROKEN


def note_locks_broken(path: Path) -> None:
    """From now on this process reads *path* under the lock file too (see :class:`desktop.db.database.Database`)."""
    if str(path) not in _LOCKS_BROKEN:
        _LOCKS_BROKEN.add(str(path))
        log.warning("byte-range locks do not work on the share of %s: reads take the lock file from now on", path)


def begin_read(connection: sqlite3.Connection, path: Path) -> None:
    """Begin a read transaction on a read-only *connection* to *path*, never rolling back a live writer's journal.

    The read side of the shared-file protocol. Reads go through connections opened
    read-only (``mode=ro``), which SQLite never lets roll back a journal. Where a share's
    byte-range locks do not work, a reader cannot see that a writer holds the file, so a
    live writer's ``-journal`` looks hot to it; a read-write reader would roll it back in
    the middle of the writer's transaction and corrupt the file. A read-only one stops
    with SQLITE_READONLY_ROLLBACK instead, and then:

    * while the lock file names a live writer, the reader waits for it and tries again.
      That writer holds SQLite's reserved lock, which the reader should have seen: the
      share's locks are broken, and this process reads the file under the lock file from
      now on (:func:`note_locks_broken`);
    * when nobody holds the lock file (or its holder is stale by the writers' rules), the
      journal is truly hot: it is rolled back by a read-write connection under the lock
      file (:func:`roll_back_hot_journal`), as a writer would, and the read begins.

    The read transaction is left open on *connection* (the caller ends it).
    """
    from desktop.db.lockfile import read_lock

    deadline = time.monotonic() + READ_WAIT_SECONDS
    pause = 0.001
    while True:
        connection.execute("BEGIN")
        try:
            # The first read of a transaction takes SQLite's shared lock, which is where a journal is judged.
            connection.execute("PRAGMA schema_version").fetchone()
            return
        except sqlite3.OperationalError as exc:
            connection.execute("ROLLBACK")
            if not is_hot_journal_refusal(exc) or time.monotonic() > deadline:
                raise
        holder = read_lock(path)
        if holder is not None and not holder.is_stale():
            note_locks_broken(path)
            time.sleep(pause)  # a writer is saving right now: its journal goes when it commits
            pause = min(pause * 2, 0.02)
            continue
        roll_back_hot_journal(path)


def roll_back_hot_journal(path: Path) -> None:
    """Let SQLite roll back the journal an interrupted save left, under the lock file; Duban never deletes it itself."""
    from desktop.db.lockfile import WriteLock

    try:
        with WriteLock(path):
            connection = connect_sqlite(path, "rw")
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                connection.close()
    except sqlite3.OperationalError as exc:
        raise DatabaseFileError(
            tr(
                "Database",
                "{0} 上次保存时被中断，留下了未完成的日志文件（{1}）。需要在有写入权限的电脑上用督办台打开一次，"
                "由 SQLite 自动恢复；请不要删除这个日志文件。",
            ).format(path, journal_path(path).name)
        ) from exc


def check_path(path: Path, *, must_exist: bool = True) -> os.stat_result | None:
    """Look at *path* with ``stat`` alone, never opening it: one clear message for what cannot be a database.

    Refuses (with a :class:`UserError`) a name too long for the filesystem (the file's own,
    or its ``-journal`` beside it), a folder, a pipe, device or socket (opening a pipe would
    wait forever), and a path that cannot be looked at (no permission, a symbolic link loop,
    an I/O error on the share). Returns the file's ``stat``, or None when nothing is there
    and *must_exist* is false.
    """
    try:
        found = os.stat(path)
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not must_exist:
            found = None
        else:
            raise path_error(path, exc) from exc
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise DatabaseFileError(tr("Database", "{0} 是一个文件夹，不是 Duban 数据库文件。").format(path))
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise DatabaseFileError(
            tr(
                "Database",
                "{0} 不是普通文件（是管道、设备或套接字），不是 Duban 数据库文件，督办台不会打开它。请选择扩展名为 .duban 的数据库文件。",
            ).format(path)
        )
    try:
        os.stat(journal_path(path))
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise path_error(path, exc) from exc
    return found


def is_folder(path: Path) -> bool:
    """Whether *path* is a folder; False, not an ``OSError``, when it cannot be looked at (a name too long)."""
    try:
        return path.is_dir()
    except OSError:
        return False


def path_error(path: Path, exc: OSError) -> DatabaseFileError | DatabaseUnavailableError:
    """The message for an ``OSError`` met while looking at the database's path."""
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return DatabaseFileError(tr("Database", "找不到文件：{0}。请检查路径是否正确，或网络驱动器是否已连接。").format(path))
    if exc.errno == errno.ENAMETOOLONG:
        return DatabaseFileError(
            tr(
                "Database",
                "文件名太长，无法使用：{0}。每一级文件夹名和文件名最多 255 字节（一个汉字占 3 字节），"
                "督办台还要在旁边建立名字更长一些的日志文件。请把文件改个短一些的名字，或放到名字短一些的文件夹里。",
            ).format(path)
        )
    if exc.errno == errno.ELOOP:
        return DatabaseFileError(
            tr("Database", "{0} 是循环的符号链接（快捷方式指向了自己），无法打开。请检查它指向哪里。").format(path)
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return DatabaseUnavailableError(
            tr("Database", "没有权限访问 {0}。请检查文件和所在文件夹的权限，或请管理员开放访问。").format(path)
        )
    return DatabaseUnavailableError(
        tr("Database", "无法访问 {0}（{1}）。网络驱动器可能已断开，请检查网络连接后再试。").format(path, exc.strerror or exc)
    )


def interrupted_save_message(path: Path) -> str:
    """What to say about a file whose last save was interrupted and that was opened read-only."""
    return tr(
        "Database",
        "{0} 上次保存时被中断（旁边留有日志文件 {1}），要先恢复才能读取；这个命令只读，没有恢复它，文件没有改动。"
        "用督办台打开这个文件（或运行一个写入的命令）时，SQLite 会自动恢复到那次保存之前。请不要删除这个日志文件。",
    ).format(path, journal_path(path).name)


@dataclass
class SchemaState:
    """What a database says about itself before Duban touches it."""

    revision: str | None
    is_duban: bool
    tables: list[str] = field(default_factory=list)
    #: The oldest Duban version allowed to write the file, as the file says.
    min_writer_version: str | None = None

    @property
    def is_empty(self) -> bool:
        return not self.tables

    @property
    def is_current(self) -> bool:
        return self.revision == HEAD_REVISION

    @property
    def is_newer(self) -> bool:
        return self.revision is not None and self.revision not in KNOWN_REVISIONS

    @property
    def needs_upgrade(self) -> bool:
        return self.revision in KNOWN_REVISIONS and not self.is_current

    @property
    def required_version(self) -> str:
        """The oldest Duban version that may write the file."""
        if self.min_writer_version:
            return self.min_writer_version
        return MIN_WRITER_VERSION.get(self.revision or "", "")

    @property
    def writable_by_this_version(self) -> bool:
        """Whether this Duban may write the file.

        A ``min_writer_version`` the file states is obeyed whatever the revision: a newer
        Duban may raise it on a revision this one knows. A file that states none may be
        written when this Duban knows its revision.
        """
        required = self.required_version
        if required and version_tuple(desktop.__version__) < version_tuple(required):
            return False
        return not self.is_newer or bool(required)


def check_file(path: Path, *, recover: bool = True) -> SchemaState:
    """Inspect a SQLite file read-only and raise a :class:`UserError` when it is not a usable Duban file.

    The path is looked at before anything opens it (:func:`check_path`). A journal left by
    an interrupted save is rolled back first (by SQLite, under the lock file), unless
    *recover* is false (``duban check`` and ``duban info`` only report it).
    """
    check_path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise path_error(path, exc) from exc
    if header != SQLITE_HEADER:
        if path.suffix.lower() == DATABASE_SUFFIX:  # the right name: telling to pick a .duban file would not help
            raise DatabaseFileError(
                tr(
                    "Database",
                    "{0} 不是督办台数据库文件（可能已损坏，或是别的文件改了扩展名）。请选择正确的数据库文件，或从备份恢复。",
                ).format(path)
            )
        raise DatabaseFileError(
            tr("Database", "{0} 不是 Duban 数据库文件（不是 SQLite 数据库）。请选择扩展名为 .duban 的文件。").format(path)
        )
    try:
        connection = _open_for_reading(path, recover)
        try:
            state = read_state(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(
            tr("Database", "{0} 已损坏或不是 Duban 数据库文件（{1}）。请从备份恢复。").format(path, exc)
        ) from exc
    refuse_foreign(state, str(path))
    return state


def _open_for_reading(path: Path, recover: bool, attempts: int = 5) -> sqlite3.Connection:
    """A read-only connection that has read the schema; a hot journal is rolled back first when *recover*."""
    connection = connect_sqlite(path, "ro")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError as exc:
        connection.close()
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK" and not recover:
            raise DatabaseFileError(interrupted_save_message(path)) from exc
        if not recover or "readonly" not in str(exc).lower():
            raise
        if not journal_path(path).exists():
            if attempts <= 1:
                raise
            # The journal that looked hot is gone: on a share whose locks do not work, it was a
            # live writer's, and that save has finished meanwhile. Read again.
            time.sleep(0.05)
            return _open_for_reading(path, recover, attempts - 1)
    except BaseException:
        connection.close()
        raise
    # A save was interrupted (a crash, a dropped network) and left a hot journal: SQLite
    # rolls it back on the first read of a writable connection. A read-only connection
    # cannot, so let a normal one do it, under Duban's lock file too.
    roll_back_hot_journal(path)
    return connect_sqlite(path, "ro")


def read_state(connection: sqlite3.Connection) -> SchemaState:
    """What an open SQLite file says about itself: revision, tables, ``min_writer_version``."""
    app_id = connection.execute("PRAGMA application_id").fetchone()[0]
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    revision = None
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    min_writer = None
    if "duban_meta" in tables:
        row = connection.execute("SELECT value FROM duban_meta WHERE key = 'min_writer_version'").fetchone()
        min_writer = row[0] if row else None
    return SchemaState(
        revision=revision,
        is_duban=app_id == SQLITE_APPLICATION_ID or "duban_meta" in tables,
        tables=tables,
        min_writer_version=min_writer,
    )


def refuse_foreign(state: SchemaState, where: str) -> None:
    if state.is_empty:
        return
    if not state.is_duban:
        raise DatabaseFileError(
            tr("Database", "{0} 是其他程序的数据库，不是 Duban 数据库。Duban 不会修改它。").format(where)
        )
    if state.revision is None:
        raise DatabaseFileError(tr("Database", "{0} 的架构版本缺失，文件可能已损坏。请从备份恢复。").format(where))


def newer_reason(state: SchemaState) -> str:
    """Why this Duban may only look at a file a newer Duban wrote, or "" when it may write it."""
    if state.writable_by_this_version:
        return ""
    required = state.required_version
    if required and not state.is_newer:
        return tr(
            "Database",
            "这个文件标明需要 Duban {0} 或更新版本才能修改（由更新版本的 Duban 写入）；当前版本 {1} 只能查看。请升级 Duban。",
        ).format(required, desktop.__version__)
    if required:
        return tr(
            "Database",
            "这个文件由更新版本的 Duban 升级过（架构版本 {0}），需要 Duban {1} 或更新版本才能修改；当前版本 {2} 只能查看。请升级 Duban。",
        ).format(state.revision, required, desktop.__version__)
    return tr(
        "Database",
        "这个文件由更新版本的 Duban 创建（架构版本 {0}），当前版本 {1} 只能查看。请升级 Duban。",
    ).format(state.revision, desktop.__version__)


def refuse_newer(state: SchemaState, where: str) -> None:
    """For callers that must write (``duban forms import``): a newer file is refused."""
    if not state.writable_by_this_version:
        raise SchemaTooNewError(where + "：" + newer_reason(state))
