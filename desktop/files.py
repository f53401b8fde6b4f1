"""Writing a file the person asked for (an Excel export, a form, a PDF, a calendar) whole or not at all.

Every export goes through :func:`whole_file` (or :func:`write_whole` for bytes already
made): the data is written to a temporary file beside the target (``.duban-….part``),
flushed to the disk, and only then renamed over the target. When anything fails — a
full disk, a vanished network drive, a folder that may not be written, a name too long —
the temporary file is removed, an existing file of that name is left exactly as it was,
and the error becomes one :class:`~desktop.errors.UserError` saying in plain words what
happened and what to do (never an ``OSError`` with its traceback).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.errors import UserError
from desktop.i18n import tr

#: The temporary file's name: hidden on Linux, never mistaken for a form (``.xlsx``) when a folder is read back.
TEMPORARY_PREFIX = ".duban-"
TEMPORARY_SUFFIX = ".part"

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_GONE = {errno.ENOENT, errno.ENOTDIR}
_REFUSED = {errno.EACCES, errno.EPERM, errno.EROFS}
#: Windows: the network path or name is no longer available.
_GONE_WINERRORS = {53, 59, 64, 67}


def write_error(path: str | Path, exc: OSError, *, kept: bool = False) -> UserError:
    """*exc*, met writing *path*, as one message saying what happened and what to do.

    *kept*: a file of that name existed and is left unchanged (the message says so).
    """
    path = Path(path)
    code = exc.errno
    if code in _FULL:
        message = tr("Files", "磁盘已满，无法写入 {0}。请在该磁盘上腾出空间（删除不需要的文件），或换一个位置后再试。").format(path)
    elif code in _GONE or getattr(exc, "winerror", None) in _GONE_WINERRORS:
        message = tr(
            "Files", "文件夹 {0} 不存在或已无法访问（网络驱动器可能已断开），无法写入 {1}。请检查该文件夹和网络连接，或换一个位置后再试。"
        ).format(path.parent, path.name)
    elif code == errno.ENAMETOOLONG:
        message = tr("Files", "文件名或文件夹路径太长，无法写入 {0}。请换一个短一些的文件名或文件夹后再试。").format(path)
    elif code in _REFUSED or isinstance(exc, PermissionError):
        message = tr(
            "Files", "无法写入 {0}：该位置不允许写入，或同名文件正被其他程序（例如 Excel、WPS 或 PDF 阅读器）打开。请关闭该文件，或换一个文件夹后再试。"
        ).format(path)
    elif code == errno.EIO:
        message = tr("Files", "写入 {0} 时出错（网络驱动器可能已断开，或磁盘有故障）。请检查网络连接后再试，或换一个位置。").format(path)
    else:
        message = tr("Files", "无法写入 {0}（{1}）。请检查文件夹、磁盘空间和网络连接后再试，或换一个位置。").format(
            path, exc.strerror or exc
        )
    if kept:
        message += tr("Files", "原有的同名文件没有改动。")
    return UserError(message, detail=f"{type(exc).__name__}: {exc}")


def exists(path: str | Path) -> bool:
    """Whether *path* exists; a path that cannot even be looked up (a name too long, a share gone) is a UserError."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        raise write_error(path, exc) from exc
    return True


def is_folder(path: str | Path) -> bool:
    """Whether *path* is a folder; like :func:`exists`, a path that cannot be looked up is a UserError."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        raise write_error(path, exc) from exc


@contextlib.contextmanager
def whole_file(path: str | Path, *, make_folder: bool = False) -> Iterator[BinaryIO]:
    """A binary stream whose bytes become *path* when the block ends without an error, or nothing at all.

    *make_folder* creates the missing folders above *path* first (and removes the ones it
    made again when the file could not be written).
    """
    path = Path(path)
    kept = exists(path)
    made = _make_folders(path) if make_folder else []
    try:
        handle, temporary = _create_temporary(path, kept)
    except BaseException:
        _remove_folders(made)
        raise
    stream = os.fdopen(handle, "wb")
    try:
        yield stream
        stream.flush()
        os.fsync(stream.fileno())
        stream.close()
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError, ValueError):
            stream.close()  # flushing what is left may fail again: the file is thrown away anyway
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        _remove_folders(made)
        if isinstance(exc, OSError):
            raise write_error(path, exc, kept=kept) from exc
        raise


def write_whole(path: str | Path, data: bytes, *, make_folder: bool = False) -> Path:
    """Write *data* to *path* whole or not at all (see :func:`whole_file`); returns the path."""
    with whole_file(path, make_folder=make_folder) as stream:
        stream.write(data)
    return Path(path)


def _create_temporary(path: Path, kept: bool) -> tuple[int, Path]:
    """A new, empty temporary file beside *path*, with the permissions a new file gets (or the replaced file's)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temporary = path.with_name(f"{TEMPORARY_PREFIX}{secrets.token_hex(6)}{TEMPORARY_SUFFIX}")
        try:
            handle = os.open(temporary, flags, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise write_error(path, exc, kept=kept) from exc
        if kept:
            with contextlib.suppress(OSError):
                os.chmod(temporary, os.stat(path).st_mode & 0o7777)
        return handle, temporary
    raise write_error(path, FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST)), kept=kept)


def _make_folders(path: Path) -> list[Path]:
    """Create the missing folders above *path*; returns those made, deepest first."""
    missing = []
    folder = path.parent
    while not is_folder(folder) and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _remove_folders(missing)
        raise write_error(path, exc) from exc
    return missing


def _remove_folders(folders: list[Path]) -> None:
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when still empty


__all__ = ["TEMPORARY_PREFIX", "TEMPORARY_SUFFIX", "exists", "is_folder", "whole_file", "write_error", "write_whole"]
