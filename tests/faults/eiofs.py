"""A passthrough FUSE filesystem whose every operation can be made to fail with EIO: a vanishing share.

    python tests/faults/eiofs.py BACKING MOUNTPOINT SWITCH

mirrors the folder BACKING at MOUNTPOINT (fusepy over libfuse 2, in the foreground, in its
own process). SWITCH is a file *outside* the mount that the test writes:

* missing: everything passes through, as on a healthy share;
* ``all``: every operation on the mount fails with EIO, as when the network drive vanishes
  (opening, creating the lock file, reading, even ``stat``);
* ``db-write``: writing, syncing or truncating any file but the lock file fails with EIO:
  the lock is taken and SQLite begins its transaction, then the commit's writes fail half-way;
* ``open-rw``: opening any file but the lock file for writing fails with EIO, opening it for
  reading works: SQLite's unix VFS then quietly opens the database read-only, and the next
  write fails with SQLITE_READONLY although the file may be written;
* ``full``: the disk is full: writing or growing any file fails with ENOSPC (creating an
  empty file, reading, renaming and removing still work, as on a real full disk).

The switch is read on every operation, so flipping it takes effect at once. SQLite's byte-range
locks are kept by the kernel (the filesystem implements no ``lock``), which is what several
processes on one machine need. Stop it with ``fusermount -u MOUNTPOINT``.
"""

from __future__ import annotations

import errno
import os
import sys

from fuse import FUSE, FuseOSError, Operations

#: What "db-write" makes fail: putting bytes on the disk.
_WRITING = {"write", "fsync", "truncate"}
#: What "full" makes fail: anything that needs more room.
_GROWING = {"write", "truncate", "fallocate"}


class EioPassthrough(Operations):
    def __init__(self, root: str, switch: str):
        self.root = os.path.realpath(root)
        self.switch = switch

    def _mode(self) -> str | None:
        try:
            with open(self.switch, encoding="utf-8") as handle:
                return handle.read().strip() or "all"
        except FileNotFoundError:
            return None

    def __call__(self, op, path, *args):
        mode = self._mode()
        if mode is not None and op not in ("init", "destroy"):
            if mode == "all" or (mode == "db-write" and op in _WRITING and not path.endswith(".lock")):
                raise FuseOSError(errno.EIO)
            if mode == "open-rw" and op == "open" and args[0] & (os.O_WRONLY | os.O_RDWR) and not path.endswith(".lock"):
                raise FuseOSError(errno.EIO)
            if mode == "full" and op in _GROWING:
                raise FuseOSError(errno.ENOSPC)
        return super().__call__(op, self.root + path, *args)

    # -- what a passthrough needs ------------------------------------------------------------

    def access(self, path, mode):
        if not os.access(path, mode):
            raise FuseOSError(errno.EACCES)
        return 0

    def chmod(self, path, mode):
        return os.chmod(path, mode)

    def chown(self, path, uid, gid):
        return os.chown(path, uid, gid)

    def create(self, path, mode, fi=None):
        return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)

    def flush(self, path, fh):
        return 0

    def fsync(self, path, datasync, fh):
        if datasync != 0:
            return os.fdatasync(fh)
        return os.fsync(fh)

    def getattr(self, path, fh=None):
        try:
            st = os.fstat(fh) if fh is not None else os.lstat(path)
        except OSError as exc:
            raise FuseOSError(exc.errno) from exc
        return {
            key: getattr(st, key)
            for key in ("st_atime", "st_ctime", "st_gid", "st_mode", "st_mtime", "st_nlink", "st_size", "st_uid", "st_ino")
        }

    def link(self, target, source):
        # fusepy: `target` is the new name (already under the root), `source` the existing one.
        return os.link(self.root + source, target)

    def mkdir(self, path, mode):
        return os.mkdir(path, mode)

    def open(self, path, flags):
        return os.open(path, flags)

    def read(self, path, size, offset, fh):
        return os.pread(fh, size, offset)

    def readdir(self, path, fh):
        return [".", ".."] + os.listdir(path)

    def release(self, path, fh):
        return os.close(fh)

    def rename(self, old, new):
        return os.rename(old, self.root + new)

    def rmdir(self, path):
        return os.rmdir(path)

    def statfs(self, path):
        stv = os.statvfs(path)
        return {
            key: getattr(stv, key)
            for key in ("f_bavail", "f_bfree", "f_blocks", "f_bsize", "f_favail", "f_ffree", "f_files", "f_flag",
                        "f_frsize", "f_namemax")
        }

    def truncate(self, path, length, fh=None):
        if fh is not None:
            return os.ftruncate(fh, length)
        with open(path, "r+b") as handle:
            handle.truncate(length)
        return 0

    def unlink(self, path):
        return os.unlink(path)

    def utimens(self, path, times=None):
        return os.utime(path, times)

    def write(self, path, data, offset, fh):
        return os.pwrite(fh, data, offset)


def main() -> None:
    backing, mountpoint, switch = sys.argv[1:4]
    FUSE(EioPassthrough(backing, switch), mountpoint, foreground=True, nothreads=False)


if __name__ == "__main__":
    main()
