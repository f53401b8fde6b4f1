"""File → Restore from backup: the backups of the open database, newest first, and the restore.

The window calls :func:`offer_restore` (the menu action, or after a failed check with
*problem* saying what failed, which preselects the newest backup that passes the checks).
It returns True when the database was restored, so the window reopens it. The restore runs
as an :class:`~desktop.views.operations.Operation`, off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db.backup import (
    AUTO,
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    MANUAL,
    BackupInfo,
    RestoreResult,
    backup_dir_for,
    default_backup_folder,
    list_backups,
    restore_backup,
)
from desktop.errors import UserError
from desktop.settings import BACKUP_FOLDER, Settings
from desktop.views.operations import Operation

#: The backup shown in a row (``Qt.UserRole`` of its first cell).
BACKUP_ROLE = Qt.ItemDataRole.UserRole


def configured_backup_folder(settings: Settings) -> Path:
    """The backup folder the settings name, or the default (``backups`` in the user's data folder)."""
    text = settings.get(BACKUP_FOLDER).strip()
    return Path(text).expanduser() if text else default_backup_folder()


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class RestoreDialog(QDialog):
    """The backups of one database (time, size, kind), newest first, and a 恢复 button."""

    def __init__(
        self,
        database_path: Path,
        folder: Path,
        parent: QWidget | None = None,
        *,
        problem: str | None = None,
        session_id: str | None = None,
    ):
        super().__init__(parent)
        self.database_path = Path(database_path)
        self.folder = Path(folder)
        self.session_id = session_id
        #: Set once a restore succeeded.
        self.result_of_restore: RestoreResult | None = None
        #: The restore running now, if any (the dialog stays open until it is over).
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("从备份恢复"))
        self.setMinimumWidth(640)

        self.backups = list_backups(self.database_path, self.folder)
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = []
        if problem:
            lines.append(problem)
        lines.append(self.tr("数据库：{0}").format(self.database_path))
        lines.append(self.tr("备份文件夹：{0}").format(backup_dir_for(self.database_path, self.folder)))
        if not self.backups:
            lines.append(self.tr("还没有这个数据库的备份。督办台在每天第一次打开数据库时自动备份。"))
        intro.setText("\n".join(lines))

        self.table = QTableWidget(len(self.backups), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("大小"), self.tr("类型"), self.tr("文件")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, backup in enumerate(self.backups):
            cells = [
                backup.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                size_text(backup.size),
                self.reason_label(backup.reason),
                backup.path.name,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            self.table.item(row, 0).setData(BACKUP_ROLE, backup)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.restore_button = QPushButton(self.tr("恢复"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

        if self.backups:
            self.select(self._first_choice(prefer_good=problem is not None))
        self._update_buttons()

    def reason_label(self, reason: str) -> str:
        labels = {
            AUTO: self.tr("自动"),
            MANUAL: self.tr("手动"),
            BEFORE_RESTORE: self.tr("恢复前"),
            BEFORE_UPGRADE: self.tr("升级前"),
        }
        return labels.get(reason, reason)

    def _first_choice(self, *, prefer_good: bool) -> int:
        if prefer_good:
            for row, backup in enumerate(self.backups):
                if backup.verified:
                    return row
        return 0

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(BACKUP_ROLE)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("从备份恢复"),
            self.tr("恢复会用备份替换当前数据，当前数据会先另存一份备份。")
            + "\n\n"
            + self.tr("备份时间：{0}").format(backup.taken_at.strftime("%Y-%m-%d %H:%M:%S")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("恢复"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("取消"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        target, folder, session_id = self.database_path, self.folder, self.session_id

        def restored(result: RestoreResult) -> None:
            self.operation = None
            self.result_of_restore = result
            message = self.tr("已用 {0} 的备份恢复 {1}。").format(
                backup.taken_at.strftime("%Y-%m-%d %H:%M:%S"), self.database_path
            )
            if result.before_restore is not None:
                message += "\n" + self.tr("恢复前的数据已另存为备份：{0}").format(result.before_restore.path)
            QMessageBox.information(self, self.tr("已恢复"), message)
            self.accept()

        def refused(error: UserError) -> None:
            self.operation = None
            self._update_buttons()
            QMessageBox.warning(self, self.tr("没有恢复"), error.message)

        self.restore_button.setEnabled(False)
        self.operation = Operation(
            self,
            None,
            lambda _progress: restore_backup(backup.path, target, folder=folder, exclude_session=session_id),
            title=self.tr("从备份恢复"),
        ).with_progress(self.tr("正在恢复…")).success(restored).failure(refused)
        self.operation.run_in_background()

    def reject(self) -> None:
        if self.operation is None:  # not while the file is being replaced
            super().reject()


def offer_restore(
    parent: QWidget | None,
    database_path: Path,
    folder: Path,
    *,
    problem: str | None = None,
    session_id: str | None = None,
) -> bool:
    """Show the backups of *database_path* and restore the one chosen; True when a restore happened.

    *problem* (e.g. "数据库检查未通过：…") is shown at the top and preselects the newest
    backup that passes the checks. *session_id* is this window's own session, which does
    not count as another PC having the file open.
    """
    dialog = RestoreDialog(database_path, folder, parent, problem=problem, session_id=session_id)
    dialog.exec()
    restored = dialog.result_of_restore is not None
    dialog.deleteLater()
    return restored
