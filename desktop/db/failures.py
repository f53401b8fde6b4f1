"""What a failed read or write of a database file was, in words the person can act on.

:func:`user_error_for` maps SQLite's errors (locked, full, read-only, gone, damaged) to
messages; SQLite's "readonly" is not always a permission (:func:`read_only_error`). A
server's errors are :mod:`desktop.db.server_errors`'. Imports only the standard library.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from desktop.errors import DatabaseFileError, DatabaseUnavailableError, UserError
from desktop.i18n import tr


def read_only_error(exc: BaseException, where: str, path: Path | None) -> DatabaseUnavailableError:
    """SQLite's "readonly", told apart: a file that truly is read-only, or a share that failed.

    When opening the file for writing fails with an I/O error, SQLite's unix VFS quietly
    opens it read-only instead and the next write fails with SQLITE_READONLY; a file that
    is writable (or cannot even be looked at) means the share failed, not a permission.
    """
    name = getattr(exc, "sqlite_errorname", "")
    if name == "SQLITE_READONLY_DBMOVED":
        error = DatabaseUnavailableError(
            tr(
                "Database",
                "{0} 在打开之后被移动、改名或替换了（也可能是网络驱动器重新连接过），这次没有保存。请关闭后重新打开这个文件再试。",
            ).format(where)
        )
    elif name == "SQLITE_READONLY_DIRECTORY":
        return DatabaseUnavailableError(
            tr("Database", "{0} 所在的文件夹不允许写入，不能保存。请检查网络共享的写入权限。").format(where)
        )
    elif path is not None and not _truly_read_only(path):
        error = DatabaseUnavailableError(
            tr(
                "Database",
                "无法写入 {0}：读写网络驱动器时出错（I/O 错误），这次没有保存。网络驱动器可能已断开，请检查网络连接后再试。",
            ).format(where)
        )
    else:
        return DatabaseUnavailableError(
            tr("Database", "{0} 是只读的，不能保存。请检查文件属性或网络共享的写入权限。").format(where)
        )
    error.io_failure = True  # the pooled connections are dropped and the file checked
    return error


def _truly_read_only(path: Path) -> bool:
    """Whether the file itself lacks write permission; False when it cannot be looked at (an I/O error)."""
    try:
        os.stat(path)
    except OSError:
        return False
    return not os.access(path, os.W_OK)


def is_io_error(exc: BaseException | None) -> bool:
    """Whether *exc* (or the driver error it wraps) says the file could not be read or written."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "disk i/o" in text or "unable to open" in text or "malformed" in text or isinstance(exc, OSError)


def _disk_nearly_full(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def user_error_for(exc: BaseException, where: str, path: Path | None = None) -> UserError | None:
    """The message for a database error the person can act on, or None for a bug."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk i/o" in text and _disk_nearly_full(path):
        text = "database or disk is full"
    if "cannot leave journal mode" in text:
        return DatabaseUnavailableError(
            tr(
                "Database",
                "{0} 正被另一个程序以 WAL 方式打开，这种方式在网络驱动器上不安全，督办台不能同时使用它。"
                "请关闭那个程序（例如数据库查看工具）后再打开。",
            ).format(where)
        )
    if "locked" in text or "busy" in text:
        return DatabaseUnavailableError(
            tr("Database", "数据库 {0} 正被另一台电脑占用（正在保存）。请稍等几秒后再试。").format(where)
        )
    if "full" in text:
        return DatabaseUnavailableError(
            tr("Database", "磁盘已满，无法保存到 {0}。请清理磁盘空间后再试。").format(where)
        )
    if "readonly" in text or "read-only" in text:
        return read_only_error(getattr(exc, "orig", exc), where, path)
    if "unable to open" in text or "disk i/o" in text or "no such file" in text:
        return DatabaseUnavailableError(
            tr("Database", "无法访问 {0}。网络驱动器可能已断开，请检查网络连接后再试。").format(where)
        )
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return DatabaseFileError(tr("Database", "{0} 已损坏或不是 Duban 数据库文件。请从备份恢复。").format(where))
    if "could not connect" in text or "connection refused" in text or "server closed" in text:
        return DatabaseUnavailableError(
            tr("Database", "无法连接数据库服务器 {0}。请检查网络或联系管理员。").format(where)
        )
    return None
