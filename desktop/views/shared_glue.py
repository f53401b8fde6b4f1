"""The main window's side of sharing the file with other PCs.

:class:`SharedFileGlue` starts and stops the :class:`~desktop.views.shared_file.SharedFileWatcher`
of the open database (polling, heartbeats, recovery, backups, all off the GUI thread) and shows
what it reports: the banner (read-only, or the file cannot be reached), who else has the file
open, the edits waiting in the recovery file, the replayed edits and their conflicts, a damaged
file. The strings keep the main window's translation context.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.errors import UserError
from desktop.i18n import tr


class SharedFileGlue(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.main = window
        #: The watcher of the open database, if any.
        self.watcher = None
        #: Why the file is read-only ("" when it is not).
        self.read_only_reason = ""
        #: Why the file cannot be reached ("" when it can).
        self.unreachable_message = ""

    def watch(self, database) -> None:
        """Start polling, heartbeats, recovery and backups for *database*; show its read-only state."""
        from desktop.views.restore_dialog import configured_backup_folder
        from desktop.views.shared_file import SharedFileWatcher

        if self.watcher is not None and self.watcher.database is database:
            return
        self.stop_watching()
        database.identity()  # read while the file is reachable; the recovery file is keyed by it
        window = self.main
        watcher = SharedFileWatcher(database, backup_folder=configured_backup_folder(window.settings), parent=window)
        self.watcher = watcher
        watcher.changed_elsewhere.connect(window.refresh_from_elsewhere)
        watcher.presence_changed.connect(self._show_presence)
        watcher.connection_lost.connect(self._connection_lost)
        watcher.connection_back.connect(self._connection_back)
        watcher.replayed.connect(self._replayed)
        watcher.pending_changed.connect(self._show_pending)
        watcher.damaged.connect(self._damaged)
        watcher.backed_up.connect(
            # The file's name only: a full path pushed the status bar's other fields aside (the folder is
            # under 文件 → 备份文件夹).
            lambda path: window.statusBar().showMessage(
                tr("MainWindow", "已自动备份：{0}").format(os.path.basename(str(path))), 8000)
        )
        watcher.backup_failed.connect(
            lambda message: window.statusBar().showMessage(tr("MainWindow", "自动备份没有成功：{0}").format(message), 15000)
        )
        window.tasks_tab.editor.kept_for_later.connect(watcher.replay_pending)
        self.unreachable_message = ""
        window.presence_label.setText("")
        window.set_read_only(database.read_only, database.read_only_reason)
        watcher.start()

    def stop_watching(self) -> None:
        if self.watcher is not None:
            try:
                self.main.tasks_tab.editor.kept_for_later.disconnect(self.watcher.replay_pending)
            except (RuntimeError, TypeError):
                pass
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None

    def replay_pending(self) -> None:
        """An edit was kept in the local recovery file: count it, and save it as soon as the file is back."""
        if self.watcher is not None:
            self.watcher.replay_pending()

    # -- the banner ----------------------------------------------------------------------

    def show_read_only(self, reason: str) -> None:
        """The file is read-only because of *reason* ("": it is not)."""
        self.read_only_reason = reason
        self._update_banner()

    def _update_banner(self) -> None:
        banner = self.main.banner
        if self.unreachable_message:
            banner.setStyleSheet("background: #fdecea; color: #8a1c1c;")
            banner.setText(
                tr("MainWindow", "无法访问数据库：{0} 您的修改会先暂存在本机，连接恢复后自动保存。").format(
                    self.unreachable_message
                )
            )
            banner.show()
        elif self.read_only_reason:
            banner.setStyleSheet("background: #fff4d6; color: #5c4400;")
            banner.setText(tr("MainWindow", "只读：{0}").format(self.read_only_reason))
            banner.show()
        else:
            banner.hide()

    def _connection_lost(self, message: str) -> None:
        self.unreachable_message = message
        self._update_banner()

    def _connection_back(self) -> None:
        self.unreachable_message = ""
        self._update_banner()
        self.main.statusBar().showMessage(tr("MainWindow", "已重新连接到数据库"), 5000)

    # -- the status bar ------------------------------------------------------------------

    def _show_presence(self, others) -> None:
        label = self.main.presence_label
        if not others:
            label.setText(tr("MainWindow", "只有您打开着此文件"))
            label.setToolTip("")
        else:
            label.setText(tr("MainWindow", "另有 {0} 人打开：{1}").format(
                len(others), "、".join(o.os_user for o in others)))
            label.setToolTip("\n".join(o.describe() for o in others))
        # Its room asked for outright: a status bar laid out while a passing message showed left it a few pixels.
        label.setMinimumWidth(label.sizeHint().width())

    def _show_pending(self, count: int) -> None:
        label = self.main.pending_label
        label.setVisible(count > 0)
        label.setText(tr("MainWindow", "{0} 项修改暂存在本机，待保存").format(count))

    # -- edits saved late, a damaged file --------------------------------------------------

    def _replayed(self, result) -> None:
        """Edits from the recovery file reached the database; conflicts go to the person."""
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(1000, self, lambda: self._replayed(result))
            return
        editor = self.main.tasks_tab.editor
        for entry in result.saved:
            if entry.kind == "task_fields":
                editor.forget_drafts(entry.payload["task_id"], list(entry.payload["changes"]))
        for entry, conflict in result.conflicts:
            self._resolve_replayed_conflict(entry, conflict)
        lines = []
        if result.saved:
            lines.append(tr("MainWindow", "已保存暂存在本机的 {0} 项修改：").format(len(result.saved)))
            lines += [f"  · {entry.label}" for entry in result.saved]
        for entry, error in result.refused:
            lines.append(
                tr("MainWindow", "“{0}”无法保存：{1}（文字已另存在本机的恢复文件夹中）").format(entry.label, error.message)
            )
        if lines:
            self.main.statusBar().showMessage(lines[0], 10000)
            if result.refused:
                QMessageBox.warning(self.main, tr("MainWindow", "暂存的修改"), "\n".join(lines))

    def _resolve_replayed_conflict(self, entry, conflict) -> None:
        from desktop.services import tasks
        from desktop.views.conflict_dialog import ConflictDialog

        window = self.main
        dialog = ConflictDialog(conflict, window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            try:
                tasks.save_task(
                    window.database, entry.payload["task_id"], conflict.current_version, conflict.current,
                    dialog.chosen(), confirm_over_limit=True,
                )
            except UserError as error:
                QMessageBox.warning(window, tr("MainWindow", "没有保存"), error.message)
                return
        self.watcher.recovery.remove({entry.save_id})
        if entry.kind == "task_fields":
            window.tasks_tab.editor.forget_drafts(entry.payload["task_id"], list(entry.payload["changes"]))

    def _damaged(self, problems) -> None:
        """quick_check failed: stop writing, say so, offer the newest good backup."""
        from desktop.views.backup_actions import restore_from_backup

        database = self.main.database
        if database is None:
            return
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(1000, self, lambda: self._damaged(problems))
            return
        detail = "；".join(str(p) for p in problems[:3])
        database.read_only = True
        database.read_only_reason = tr("MainWindow", "数据库文件检查未通过（{0}），为免损坏扩大，已改为只读。").format(detail)
        self.main.set_read_only(True, database.read_only_reason)
        if database.target.is_file:
            restore_from_backup(self.main, problem=database.read_only_reason)
