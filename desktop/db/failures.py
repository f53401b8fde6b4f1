"""What a failed write really was, for the message: SQLite's "readonly" is not always a permission.

Kept apart from :mod:`desktop.db.database` (which maps every other database error in
``user_error_for``) so that module stays small; it imports only the standard library.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.errors import DatabaseUnavailableError
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
