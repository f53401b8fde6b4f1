"""Publicity items from Excel, and the matrix to Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.views.quotas.dialogs import ItemImportDialog
from desktop.views.quotas.edits import may_keep


def import_items(parent: QWidget, scope, edits) -> int:
    """Choose a sheet, read and check it, preview it, import what is ready; returns how many."""
    from desktop.services import quota_import, recovery

    if scope.read_only or scope.data is None:
        return 0
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("QuotasTab", "导入宣传条目"), "", tr("QuotasTab", "Excel 表格 (*.xlsx);;所有文件 (*)")
    )
    if not path:
        return 0
    database, plan_id = scope.database, scope.plan_id
    try:
        preview = quota_import.preview_items(database, plan_id, path)
    except UserError as error:
        QMessageBox.warning(parent, tr("QuotasTab", "无法导入"), error.message)
        return 0
    if not ItemImportDialog(preview, parent).exec():
        return 0
    save_id = recovery.new_save_id()
    try:
        count = quota_import.apply_import(database, plan_id, preview, save_id=save_id)
    except UserError as error:
        if may_keep(database, error):
            drafts = [row.draft for row in preview.ready]
            label = tr("QuotasTab", "从 {0} 导入的 {1} 条宣传条目").format(preview.path.name, len(drafts))
            kept = tr("QuotasTab", "这 {0} 条宣传条目已暂存在本机的恢复文件中，数据库可以访问后会自动导入，只导入一次。").format(
                len(drafts)
            )
            edits.keep_for_later(database, plan_id, "quota_import", save_id, drafts, label, error, kept, preview.path.name)
            return 0
        QMessageBox.warning(parent, tr("QuotasTab", "无法导入"), error.message)
        return 0
    edits.items_changed.emit()
    QMessageBox.information(parent, tr("QuotasTab", "导入完成"), tr("QuotasTab", "已导入 {0} 条宣传条目。").format(count))
    return count


def export_matrix(parent: QWidget, scope) -> Path | None:
    """Choose a file and write the matrix shown (the 事项 chosen, counted to the day) to it."""
    from desktop.excel.quota_matrix import export_matrix as write

    if scope.matrix is None or scope.data is None:
        return None
    path, _ = QFileDialog.getSaveFileName(
        parent, tr("QuotasTab", "导出完成情况"), tr("QuotasTab", "宣传推广完成情况.xlsx"), tr("QuotasTab", "Excel 表格 (*.xlsx)")
    )
    if not path:
        return None
    try:
        return write(
            scope.matrix, path, title=tr("QuotasTab", "{0}年宣传推广完成情况").format(scope.data.year),
            kind_label=scope.kind() or tr("QuotasTab", "全部事项"), today=scope.day(),
        )
    except UserError as error:
        QMessageBox.warning(parent, tr("QuotasTab", "无法导出"), error.message)
        return None
