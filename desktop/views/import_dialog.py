"""Importing returned forms from the window: choose files, preview each, apply all, some or none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr

_ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class ImportPreviewDialog(QDialog):
    """One branch per file, one checkable line per task; old text beside new for the selected line.

    Lines ready to import start checked; those that need a confirmation or are in
    conflict start unchecked, and the person ticks them after reading both texts.
    """

    def __init__(self, previews, parent=None):
        from desktop.services import forms_import as fi

        super().__init__(parent)
        self.previews = previews
        self.setWindowTitle(self.tr("导入返回的台帐：预览"))
        self.resize(1000, 640)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("文件 / 任务"), self.tr("状态"), self.tr("说明")])
        self.tree.setColumnWidth(0, 360)
        self.tree.setColumnWidth(1, 90)
        self._items: list[tuple[QTreeWidgetItem, object, object]] = []
        for preview in previews:
            top = QTreeWidgetItem([preview.path.name, fi.status_label(preview.status), preview.error])
            top.setToolTip(0, str(preview.path))
            top.setToolTip(2, preview.error)
            self.tree.addTopLevelItem(top)
            for row in preview.rows:
                label = f"{row.code}　{row.title}"
                item = QTreeWidgetItem([label, fi.status_label(row.status), "；".join(row.messages)])
                item.setToolTip(2, "\n".join(row.messages))
                item.setData(0, _ROW_ROLE, (preview, row))
                if row.importable:
                    checked = row.status == fi.READY
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                top.addChild(item)
                self._items.append((item, preview, row))
            top.setExpanded(True)
        self.tree.currentItemChanged.connect(self._show_texts)
        self.old_text = QPlainTextEdit()
        self.old_text.setReadOnly(True)
        self.new_text = QPlainTextEdit()
        self.new_text.setReadOnly(True)
        texts = QWidget()
        columns = QHBoxLayout(texts)
        for title, edit in ((self.tr("现有进展"), self.old_text), (self.tr("表格中的进展"), self.new_text)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(edit)
            columns.addLayout(column)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(texts)
        self.summary = QLabel(self._summary())
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("导入所选"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("全部不导入"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def _summary(self) -> str:
        files = len(self.previews)
        rows = sum(1 for _item, _p, row in self._items if row.importable)
        return self.tr("{0} 个文件，{1} 项进展可导入。勾选要导入的项；需确认和冲突的项请先对照新旧文字。").format(files, rows)

    def _show_texts(self, current, _previous) -> None:
        data = current.data(0, _ROW_ROLE) if current is not None else None
        if data is None:
            self.old_text.clear()
            self.new_text.clear()
            return
        _preview, row = data
        self.old_text.setPlainText(row.old_text)
        self.new_text.setPlainText(row.new_text)

    def items(self):
        return list(self._items)

    def chosen(self, preview, row) -> bool:
        for item, p, r in self._items:
            if p is preview and r is row:
                return bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable) and item.checkState(0) == Qt.CheckState.Checked
        return False


def import_files(window, paths: list[Path]) -> None:
    """Read *paths* off the GUI thread (progress, 取消), preview them, apply what the person chose.

    Both the reading and the saving run as operations (:mod:`desktop.views.operations`);
    the saves announce themselves, so every tab showing tasks or reports follows.
    """
    from PySide6.QtWidgets import QMessageBox

    from desktop.services import forms_import as fi
    from desktop.views.operations import Operation

    title = tr("Import", "导入返回的台帐")
    database, plan = window.database, window.plan
    if database is None or plan is None:
        QMessageBox.information(window, title, tr("Import", "请先打开一个含计划的数据库。"))
        return
    files = fi.collect_files(paths)
    if not files:
        QMessageBox.information(window, title, tr("Import", "所选位置没有 Excel 表格。"))
        return

    def read(progress):
        def report(number, total, path):
            progress.report(number - 1, total, tr("Import", "正在读取 {0}（{1}/{2}）").format(path.name, number, total))

        return fi.preview_files(database, plan.id, files, progress=report, cancelled=progress.cancelled)

    def apply(previews, chosen):
        Operation(window, database, lambda _progress: fi.apply(database, previews, chosen=chosen), title=title).success(
            imported
        ).with_progress(tr("Import", "正在导入…")).run_in_background()

    def imported(results):
        count = sum(r.imported for r in results)
        QMessageBox.information(
            window, title, tr("Import", "已导入 {0} 项进展，均为“待审核”，请在任务页审核。").format(count)
        )

    def previewed(previews):
        dialog = ImportPreviewDialog(previews, window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = {(id(p), id(r)) for _item, p, r in dialog.items() if dialog.chosen(p, r)}
            apply(previews, lambda preview, row: (id(preview), id(row)) in chosen)

    Operation(window, database, read, title=title).success(previewed).with_progress(
        tr("Import", "正在读取返回的台帐…"), cancellable=True
    ).run_in_background()
