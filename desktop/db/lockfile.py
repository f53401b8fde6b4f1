"""The second lock: a file beside the database, held while a write transaction runs.

SQLite's own locks are byte-range locks on the database file. On a network share
whose locking is broken (old SMB servers, some NAS boxes, oplocks gone wrong) two
PCs can both believe they hold the write lock, and the file is corrupted. Duban
therefore takes a second lock before every write transaction: a file
``<database>.lock`` created with an exclusive create (``O_CREAT | O_EXCL``, which
SMB and NFS servers do atomically), holding who took it. It is held only while the
transaction runs (milliseconds); while it is held, its holder renews the file's
modification time every :data:`HEARTBEAT_SECONDS` (one thread per process). A lock is
stale, and is broken, when:

* this process left it (its own host and process, a token it no longer holds: a release
  that failed on a vanishing share) or a dead process of this PC did: at once;
* a waiter has watched it for :data:`STALE_SECONDS` without its holder renewing it;
* by the share's own clock (the modification time of the waiter's own wait file just
  after touching it) it was last renewed more than :data:`OLD_SECONDS` ago. A time in the
  future is never trusted: such a lock is judged by watching it.

Every filesystem error on the way (a share that answers EIO) becomes Duban's
:class:`DatabaseUnavailableError`, never a raw ``OSError``.

Standard library only. Nothing here ever locks, copies or moves the database file
or its ``-journal``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import random
import threading
import time
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop.db.this_pc import HOST, USER, pid_alive
from desktop.errors import DatabaseUnavailableError
from desktop.i18n import tr

log = logging.getLogger(__name__)

#: How often a holder renews its lock file's modification time.
HEARTBEAT_SECONDS = 1.0
#: A lock a waiter has watched this long without a renewal was left by a crashed PC.
STALE_SECONDS = 6.0
#: A lock last renewed this long ago by the share's clock is stale at once (well beyond
#: the clock differences between the office's PCs, which set the times they write).
OLD_SECONDS = 60.0
#: How long to wait for another PC's lock before giving up (SQLite's busy timeout too).
WAIT_SECONDS = 10.0
#: A lock file still empty after this long was left by a process that died creating it.
_EMPTY_STALE_SECONDS = 2.0
#: A writer that has waited this long announces itself (the wait file); newcomers then let it go first.
_URGENT_SECONDS = 0.05
#: A wait file not refreshed for this long belongs to a writer that gave up or died.
_WAIT_STALE_SECONDS = 2.0


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def wait_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock.wait")


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says about its holder."""

    host: str
    user: str
    pid: int
    taken_at: dt.datetime | None
    token: str
    age_seconds: float
    #: The file's modification time and size: a holder's heartbeat changes them.
    renewed: tuple[int, int] = (0, 0)

    def holder(self) -> str:
        return f"{self.user}@{self.host}" if self.user else self.host or tr("Database", "另一台电脑")

    @property
    def is_mine(self) -> bool:
        return self.host == HOST and self.pid == os.getpid()

    @property
    def left_here(self) -> bool:
        """Left by this process (a release that failed) or by a dead process of this PC: stale at once."""
        if self.host != HOST or not self.pid:
            return False
        if self.pid == os.getpid():
            return not _holding(self.token)
        return not pid_alive(self.pid)

    def is_stale(self, stale_after: float = STALE_SECONDS) -> bool:
        """Stale by what can be judged from one look (``duban check``); a waiter also watches it (:class:`WriteLock`)."""
        if self.left_here:
            return True
        if self.taken_at is None and self.age_seconds > _EMPTY_STALE_SECONDS:
            # Created but never written: its holder died in between (writing takes microseconds).
            return True
        return self.age_seconds > stale_after


def read_lock(database: Path) -> LockInfo | None:
    """The lock file's content, or None when nobody holds the lock."""
    return _read(lock_path(database), database)


def _read(path: Path, database: Path, now: float | None = None) -> LockInfo | None:
    """What the lock file at *path* says; its age by *now* (a time of the share's clock) or this PC's."""
    try:
        stat = os.stat(path)
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _unusable(database, exc) from exc
    age = max(0.0, (time.time() if now is None else now) - stat.st_mtime)
    try:
        data = json.loads(raw.decode("utf-8"))
        taken = dt.datetime.fromisoformat(data.get("time", ""))
    except (ValueError, UnicodeDecodeError, TypeError, AttributeError):
        # Empty or half-written: its holder died between creating and writing it,
        # or is writing it right now. Its age is the file's own.
        return LockInfo(host="", user="", pid=0, taken_at=None, token="", age_seconds=age,
                        renewed=(stat.st_mtime_ns, stat.st_size))
    return LockInfo(
        host=str(data.get("host", "")),
        user=str(data.get("user", "")),
        pid=int(data.get("pid", 0) or 0),
        taken_at=taken,
        token=str(data.get("token", "")),
        age_seconds=age,
        renewed=(stat.st_mtime_ns, stat.st_size),
    )


# -- the locks this process holds, and their heartbeat ------------------------------------------

_HELD_GUARD = threading.Lock()
#: Lock file path -> the WriteLock of this process holding it.
_HELD: dict[str, WriteLock] = {}
_HEARTBEAT: threading.Thread | None = None


def _holding(token: str) -> bool:
    with _HELD_GUARD:
        return any(lock.token == token for lock in _HELD.values())


def _held_by_this_thread(path: Path) -> WriteLock | None:
    with _HELD_GUARD:
        lock = _HELD.get(str(path))
        return lock if lock is not None and lock.owner == threading.get_ident() else None


def _register(lock: WriteLock) -> None:
    global _HEARTBEAT
    with _HELD_GUARD:
        _HELD[str(lock.path)] = lock
        if _HEARTBEAT is None or not _HEARTBEAT.is_alive():
            _HEARTBEAT = threading.Thread(target=_renew_held_locks, name="duban-lock-heartbeat", daemon=True)
            _HEARTBEAT.start()


def _unregister(lock: WriteLock) -> None:
    with _HELD_GUARD:
        if _HELD.get(str(lock.path)) is lock:
            del _HELD[str(lock.path)]


def _renew_held_locks() -> None:
    """Renew the modification time of every lock file this process holds, every HEARTBEAT_SECONDS."""
    while True:
        time.sleep(HEARTBEAT_SECONDS)
        with _HELD_GUARD:
            paths = list(_HELD)
        for path in paths:
            with contextlib.suppress(OSError):
                os.utime(path)


class WriteLock:
    """``with WriteLock(path):`` holds the lock file of the database at *path*.

    Raises :class:`DatabaseUnavailableError` when another PC holds it for longer than
    *wait* seconds, or when the folder cannot be written (a read-only share) or answers
    with an error. A thread that already holds the lock may take it again (nested: the
    inner one gives nothing back). *keep_fresh* is kept for callers; every holder's lock
    is renewed by the heartbeat.
    """

    def __init__(self, database: Path, *, wait: float = WAIT_SECONDS, stale_after: float = STALE_SECONDS,
                 keep_fresh: bool = False):
        self.database = database
        self.path = lock_path(database)
        self.wait = wait
        self.stale_after = stale_after
        self.token = ""
        self.owner = 0
        self._payload = b""
        self._nested = False
        self._announced = False
        #: The lock being waited for, as first seen unchanged: (its token and renewal, since when).
        self._watched: tuple[tuple, float] | None = None

    def __enter__(self) -> WriteLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    # -- taking and giving back ------------------------------------------------------------

    def acquire(self) -> None:
        """Take the lock, waiting up to :attr:`wait` seconds.

        Waiting is made fair: whoever has waited longer than a moment leaves a wait file
        beside the lock, and writers that arrive meanwhile hold back until it has had its
        turn, so no PC starves while others keep saving.
        """
        if _held_by_this_thread(self.path) is not None:
            self._nested = True
            return
        started = time.monotonic()
        deadline = started + self.wait
        delay = 0.001
        next_look = started + 0.1
        next_refresh = 0.0
        try:
            while True:
                if not self._announced and time.monotonic() - started >= _URGENT_SECONDS:
                    self._announced = self._announce()
                if self._announced and time.monotonic() >= next_refresh:
                    next_refresh = time.monotonic() + 0.5  # well inside _WAIT_STALE_SECONDS
                    with contextlib.suppress(OSError):
                        os.utime(self.wait_path)
                if (self._announced or not self._someone_waiting()) and self._try_create():
                    return
                now = time.monotonic()
                if now < next_look and now < deadline:
                    # Most polls are one attempt to create the file; who holds it (and whether
                    # that is stale) is read a few times a second.
                    time.sleep(0.0003 if self._announced else delay * (0.5 + random.random()))
                    delay = min(delay * 1.5, 0.005)
                    continue
                next_look = now + 0.1
                holder = _read(self.path, self.database, self._share_now())
                if holder is not None and self._stale(holder):
                    self._break(holder)
                    continue
                if time.monotonic() >= deadline:
                    raise _lock_error(
                        tr("Database", "数据库正被 {0} 保存占用，等了 {1} 秒仍未结束。请稍后再试。").format(
                            holder.holder() if holder is not None else tr("Database", "另一台电脑"), round(self.wait)
                        )
                    )
                if self._announced:
                    time.sleep(0.0003)  # next in line: take the lock the moment it is free
                else:
                    time.sleep(delay * (0.5 + random.random()))
                    delay = min(delay * 1.5, 0.005)
        finally:
            if self._announced:
                self._announced = False
                with contextlib.suppress(OSError):
                    os.unlink(self.wait_path)

    def _stale(self, holder: LockInfo) -> bool:
        """Whether the lock another holder left is stale: left here, too old by the share's clock, or not renewed."""
        if holder.left_here or (holder.taken_at is None and (holder.token, holder.renewed) in _ORPHANS):
            return True
        if self._share_now() is not None:
            limit = _EMPTY_STALE_SECONDS if holder.taken_at is None else OLD_SECONDS
            if holder.age_seconds > limit:
                return True
        seen = (holder.token, holder.renewed)
        now = time.monotonic()
        if self._watched is None or self._watched[0] != seen:
            self._watched = (seen, now)  # renewed (or a new holder) since the last look
            return False
        unchanged = now - self._watched[1]
        return unchanged > (_EMPTY_STALE_SECONDS if holder.taken_at is None else self.stale_after)

    def _share_now(self) -> float | None:
        """The share's clock: the time of our own wait file just touched; None when we have none."""
        if not self._announced:
            return None
        try:
            os.utime(self.wait_path)
            return os.stat(self.wait_path).st_mtime
        except OSError:
            return None

    @property
    def wait_path(self) -> Path:
        return wait_path(self.database)

    def _someone_waiting(self) -> bool:
        """Whether a writer that has waited longer announced itself (a fresh wait file)."""
        try:
            age = time.time() - os.stat(self.wait_path).st_mtime
        except OSError:
            return False
        return age < _WAIT_STALE_SECONDS

    def _announce(self) -> bool:
        """Leave the wait file; False when another long waiter has one (it goes first)."""
        try:
            fd = os.open(self.wait_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            if self._someone_waiting():
                return False
            with contextlib.suppress(OSError):
                os.unlink(self.wait_path)  # left by a writer that gave up or died
            return False
        except OSError:
            return False
        with contextlib.suppress(OSError):
            os.close(fd)
        return True

    def _try_create(self) -> bool:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            return False
        except OSError as exc:
            raise _unusable(self.database, exc) from exc
        token = uuid.uuid4().hex
        payload = json.dumps(
            {
                "host": HOST,
                "user": USER,
                "pid": os.getpid(),
                "time": dt.datetime.now().isoformat(timespec="milliseconds"),
                "token": token,
                "program": "Duban",
            },
            ensure_ascii=False,
        ).encode("utf-8")
        try:
            try:
                os.write(fd, payload)
            finally:
                os.close(fd)
        except OSError as exc:
            self._abandon()
            raise _unusable(self.database, exc) from exc
        self.token = token
        self.owner = threading.get_ident()
        self._payload = payload
        _register(self)
        return True

    def _abandon(self) -> None:
        """A lock file created but not written: removed, or remembered as ours so that it is broken at once."""
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        except OSError:
            with contextlib.suppress(OSError):
                stat = os.stat(self.path)
                _ORPHANS.add(("", (stat.st_mtime_ns, stat.st_size)))

    def _break(self, stale: LockInfo) -> None:
        """Remove a stale lock, taking care not to remove a fresh one that replaced it.

        The stale file is renamed to a name of our own first; if what we renamed turns out
        not to be the stale lock we judged (another PC broke it and took a new one in the
        meantime), it is put back with a hard link, which fails rather than overwrite.
        """
        aside = self.path.with_name(f"{self.path.name}.stale-{uuid.uuid4().hex[:12]}")
        try:
            os.rename(self.path, aside)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise _unusable(self.database, exc) from exc
        self._watched = None
        moved = _read(aside, self.database)
        if moved is not None and moved.token != stale.token:
            with contextlib.suppress(OSError):
                os.link(aside, self.path)
        with contextlib.suppress(OSError):
            os.unlink(aside)

    def release(self) -> None:
        """Give the lock back. Never raises: the transaction it guarded is over, whatever the share says now.

        A lock file that cannot be removed (the share is failing) is left behind; this
        process breaks it at once the next time, other PCs when its heartbeat has stopped.
        """
        if self._nested:
            self._nested = False
            return
        if not self.token:
            return
        _unregister(self)
        self.token = ""
        # Still the lock this writer took (not one another PC took after judging ours stale)?
        # Compared by its content, which holds our token: a file id can be reused at once.
        try:
            with open(self.path, "rb") as handle:
                mine = handle.read() == self._payload
            if mine:
                os.unlink(self.path)
        except FileNotFoundError:
            return
        except OSError as exc:
            log.warning("could not give back the lock file %s: %s", self.path, exc)


#: Lock files this process created but could not write or remove (the share failed): (token, renewal).
_ORPHANS: set[tuple[str, tuple[int, int]]] = set()


def probe_writable(database: Path) -> str | None:
    """Why the database cannot be written here (a read-only file or folder), or None.

    Takes and gives back the lock file, which is what every save does first; checks
    the file's own permission too, which the lock cannot tell.
    """
    if not os.access(database, os.W_OK):
        return tr("Database", "文件本身是只读的")
    try:
        with WriteLock(database, wait=2.0):
            pass
    except DatabaseUnavailableError as error:
        if isinstance(error.__cause__, OSError) and _is_read_only_error(error.__cause__):
            return tr("Database", "所在文件夹不允许写入")
        # Held by someone for two seconds: that is a busy file, not a read-only one.
    return None


def _is_read_only_error(exc: OSError) -> bool:
    return exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)


def _lock_error(message: str) -> DatabaseUnavailableError:
    """A :class:`DatabaseUnavailableError` marked ``lock_file``: the lock file could not be taken
    (another PC held it too long, or it cannot be made here), not an error of the database itself."""
    error = DatabaseUnavailableError(message)
    error.lock_file = True
    return error


def _unusable(database: Path, exc: OSError) -> DatabaseUnavailableError:
    if _is_read_only_error(exc):
        message = tr("Database", "无法在 {0} 所在的文件夹中写入，数据库只能查看、不能保存。请检查网络共享的写入权限。")
    elif exc.errno == errno.ENOSPC:
        message = tr("Database", "磁盘已满，无法保存到 {0}。请清理磁盘空间后再试。")
    else:
        message = tr("Database", "无法访问 {0}。网络驱动器可能已断开，请检查网络连接后再试。")
    error = _lock_error(message.format(database))
    error.__cause__ = exc
    return error
