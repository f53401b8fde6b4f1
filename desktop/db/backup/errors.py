"""What can go wrong with a backup or a restore, in words a person can act on."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from desktop.errors import DatabaseFileError, UserError
from desktop.i18n import tr

class BackupError(UserError):
    """A backup or restore could not be made; the message says why and what to do."""


class BackupVerificationError(BackupError):
    """A copy failed ``integrity_check``/``foreign_key_check`` or is not a Duban file."""


class BackupFolderError(BackupError):
    """The backup folder cannot be written: missing permission, full disk, not a folder."""


class RestoreRefusedError(BackupError):
    """A restore that would hurt someone: others have the file open, or the backup is another database's."""



def busy_error(path: Path) -> DatabaseFileError:
    return DatabaseFileError(tr("Backup", "{0} 正被其他电脑长时间占用，无法读取。请稍后再备份。").format(path))


def source_error(path: Path, exc: sqlite3.Error) -> UserError:
    text = str(exc).lower()
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
        return DatabaseFileError(
            tr(
                "Backup",
                "{0} 旁边有一次未完成的保存留下的日志文件（-journal），需要先由 SQLite 回滚才能读取。请不要删除这个日志文件；"
                "在没有其他电脑保存时用督办台打开数据库一次，然后再备份。",
            ).format(path)
        )
    if "locked" in text or "busy" in text:
        return busy_error(path)
    if "malformed" in text or "not a database" in text:
        return DatabaseFileError(tr("Backup", "{0} 已损坏，无法备份。请从更早的备份恢复。").format(path))
    return DatabaseFileError(
        tr("Backup", "无法读取 {0}（{1}）。网络驱动器可能已断开，请检查网络连接后再试。").format(path, exc)
    )


def folder_error(directory: Path, exc: BaseException) -> BackupFolderError:
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code == errno.ENOSPC or "full" in text:
        message = tr(
            "Backup",
            "备份文件夹 {0} 所在的磁盘已满，备份没有保存。请清理磁盘空间，或在设置中换一个备份文件夹。数据库本身没有改动。",
        )
    elif isinstance(exc, (FileExistsError, NotADirectoryError)):
        message = tr("Backup", "{0} 不是文件夹，无法在其中保存备份。请换一个备份文件夹。")
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text or "read-only" in text \
            or "unable to open" in text:
        message = tr(
            "Backup",
            "没有写入备份文件夹 {0} 的权限，备份没有保存。请检查文件夹权限，或在设置中换一个备份文件夹。数据库本身没有改动。",
        )
    else:
        message = tr("Backup", "无法在备份文件夹 {0} 中保存备份（{1}）。请检查这个文件夹，或换一个备份文件夹。")
    error = BackupFolderError(message.format(directory, exc))
    error.__cause__ = exc
    return error




def target_error(target: Path, exc: sqlite3.Error) -> UserError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        message = tr("Backup", "{0} 正被其他电脑占用，没有恢复，数据没有改动。请稍后再试。")
    elif "full" in text:
        message = tr("Backup", "{0} 所在的磁盘已满，没有恢复，数据没有改动。请清理磁盘空间后再试。")
    elif "readonly" in text or "read-only" in text:
        message = tr("Backup", "{0} 是只读的，不能恢复。请检查文件属性或网络共享的写入权限。")
    elif "not a database" in text or "malformed" in text:
        message = tr("Backup", "{0} 已损坏到无法写入，请恢复到一个新的文件名。")
    else:
        message = tr("Backup", "无法写入 {0}（{1}）。网络驱动器可能已断开，请检查网络连接后再试。")
    error = BackupError(message.format(target, exc))
    error.__cause__ = exc
    return error

