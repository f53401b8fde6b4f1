"""文件 → 导入新通知的附件表格…: a preview of what each row of the .xlsx becomes, then the import.

Like the ledger forms' import, nothing is written until the preview was seen: a table lists
each row (附件, sheet, number, title) with what importing does (新增, or 跳过 and why);
导入 adds the 新增 rows to the plan shown, in one audited save run as an Operation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.views.operations import Operation


def choose_and_preview(window) -> None:
    """Ask for the file, read its preview in the background, show it."""
    if not window.require_plan():
        return
    if window.plan.read_only:
        QMessageBox.information(window, tr("MainWindow", "督办台"), window.plan.read_only_reason)
        return
    path, _filter = QFileDialog.getOpenFileName(
        window, tr("NoticeImportDialog", "选择通知的附件表格"), window.dialog_folder(),
        tr("NoticeImportDialog", "Excel 工作簿 (*.xlsx)"),
    )
    if not path:
        return
    from desktop.services.notice_import import preview_notice

    database, plan_id = window.database, window.plan.id

    def show(preview) -> None:
        window.notice_import_dialog = NoticeImportDialog(window, preview)
        window.notice_import_dialog.open()

    Operation(window, database, lambda _p: preview_notice(database, plan_id, Path(path)),
              title=tr("NoticeImportDialog", "无法读取通知的附件表格")).success(show).run_in_background()


class NoticeImportDialog(QDialog):
    def __init__(self, window, preview):
        super().__init__(window)
        from desktop.services.notice_import import ADD

        self.main = window
        self.preview = preview
        #: What was imported (a NoticePreview), once it is.
        self.imported = None
        self.setWindowTitle(self.tr("导入新通知的附件表格"))
        adding = sum(1 for item in preview.items if item.action == ADD)
        summary = QLabel(self.tr("{0}：导入到 {1}：新增 {2} 行，跳过 {3} 行。").format(
            Path(preview.path).name, window.plan.doc_number, adding, len(preview.items) - adding))
        summary.setWordWrap(True)
        self.table = QTableWidget(len(preview.items), 6)
        self.table.setObjectName("noticePreview")
        self.table.setHorizontalHeaderLabels(
            [self.tr("附件"), self.tr("工作表"), self.tr("编号"), self.tr("事项"), self.tr("处理"), self.tr("说明")]
        )
        for row, item in enumerate(preview.items):
            action = self.tr("新增") if item.action == ADD else self.tr("跳过")
            for column, text in enumerate((item.attachment, item.sheet, item.number, item.title, action, item.note)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导入"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(adding > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 480)

    def run_import(self) -> None:
        from desktop.services.notice_import import import_notice

        database, plan_id, path = self.main.database, self.main.plan.id, Path(self.preview.path)
        self.buttons.setEnabled(False)
        Operation(self, database, lambda _p: import_notice(database, plan_id, path),
                  title=self.tr("没有导入")).success(self._done).failure(self._refused).with_progress(
            self.tr("正在导入…")).run_in_background()

    def _refused(self, error: UserError) -> None:
        self.buttons.setEnabled(True)
        QMessageBox.warning(self, self.tr("没有导入"), error.message)

    def _done(self, imported) -> None:
        from desktop.services.notice_import import ADD

        self.imported = imported
        self.accept()
        added = sum(1 for item in imported.items if item.action == ADD)
        self.main.statusBar().showMessage(self.tr("已从通知的附件表格导入 {0} 行").format(added), 8000)
