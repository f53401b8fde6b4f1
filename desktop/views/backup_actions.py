"""File menu: back the open file up now, restore it from a backup, choose the backup folder.

Functions of the main window (*window*); only for database files (a server is backed up with
its own tools). The backup and the restore run as operations
(:class:`~desktop.views.operations.Operation`, off the GUI thread behind a progress dialog);
after a restore the file is opened again, as when a file is opened, so every tab hears
:attr:`~desktop.changes.Change.DATABASE` and shows the restored content. The strings keep
the main window's translation context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.i18n import tr
from desktop.views.operations import Operation


def backup_now(window) -> None:
    """文件 → 立即备份: a checked copy of the open file in the backup folder."""
    from desktop.db import backup
    from desktop.views.restore_dialog import configured_backup_folder

    if window.database is None or not window.database.target.is_file:
        QMessageBox.information(
            window, tr("MainWindow", "备份"), tr("MainWindow", "只能备份数据库文件。服务器上的数据库请用服务器自己的备份工具（如 pg_dump）。")
        )
        return
    path, folder = window.database.target.path, configured_backup_folder(window.settings)
    Operation(
        window, None, lambda _progress: backup.make_backup(path, folder, reason=backup.MANUAL), title=tr("MainWindow", "备份")
    ).with_progress(tr("MainWindow", "正在备份…")).success(
        lambda info: QMessageBox.information(
            window, tr("MainWindow", "已备份"), tr("MainWindow", "已备份并校验：{0}").format(info.path)
        )
    ).failure(
        lambda error: QMessageBox.warning(window, tr("MainWindow", "备份没有成功"), error.message)
    ).run_in_background()


def restore_from_backup(window, problem: str | None = None) -> None:
    """文件 → 从备份恢复, or offered after a failed check (*problem*); the restored file is opened again."""
    from desktop.views.restore_dialog import configured_backup_folder, offer_restore

    if window.database is None or not window.database.target.is_file:
        QMessageBox.information(
            window, tr("MainWindow", "从备份恢复"), tr("MainWindow", "请先打开一个数据库文件。服务器上的数据库请用服务器自己的工具恢复。")
        )
        return
    window.tasks_tab.editor.flush()
    path = window.database.target.path
    session_id = window.watcher.session_id if window.watcher is not None else None
    if not offer_restore(window, path, configured_backup_folder(window.settings), problem=problem, session_id=session_id):
        return
    # The backup may be of an older schema, and a damaged file was switched to read-only:
    # the file is opened anew (upgraded if need be), and every tab loads it.
    window.open_with(lambda workspace: workspace.open_database(path), None)


def choose_backup_folder(window) -> None:
    from desktop.settings import BACKUP_FOLDER
    from desktop.views.restore_dialog import configured_backup_folder

    folder = QFileDialog.getExistingDirectory(
        window, tr("MainWindow", "选择备份文件夹（建议选本机磁盘，而不是网络驱动器）"), str(configured_backup_folder(window.settings))
    )
    if folder:
        window.settings.set(BACKUP_FOLDER, folder)
        if window.watcher is not None:
            window.watcher.backup_folder = Path(folder)

