"""Publicity items from Excel, and the matrix to Excel, off the GUI thread.

Both run as operations (:class:`~desktop.views.operations.Operation`): a progress dialog, a
:class:`~desktop.errors.UserError` shown as one message. The import reads and checks the
sheet, shows the preview, and saves the rows the person confirmed in one save; that save
announces itself, so the 指标 tab (and every other tab showing quotas) refreshes itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.i18n import tr
from desktop.views.background import Task
from desktop.views.operations import Operation
from desktop.views.quotas.dialogs import ItemImportDialog
from desktop.views.quotas.edits import may_keep


def import_items(parent: QWidget, scope, edits) -> Task | None:
    """Choose a sheet, read and check it in the background, preview it, import what is ready."""
    from desktop.services import quota_import

    if scope.read_only or scope.data is None:
        return None
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("QuotasTab", "导入宣传条目"), "", tr("QuotasTab", "Excel 表格 (*.xlsx);;所有文件 (*)")
    )
    if not path:
        return None
    database, plan_id = scope.database, scope.plan_id

    def previewed(preview) -> None:
        if ItemImportDialog(preview, parent).exec():
            _apply(parent, database, plan_id, preview, edits)

    return (
        Operation(parent, database, lambda _progress: quota_import.preview_items(database, plan_id, path),
                  title=tr("QuotasTab", "导入宣传条目"))
        .failure(lambda error: QMessageBox.warning(parent, tr("QuotasTab", "无法导入"), error.message))
        .success(previewed)
        .with_progress(tr("QuotasTab", "正在读取 {0}…").format(Path(path).name), cancellable=True)
        .run_in_background()
    )


def _apply(parent: QWidget, database, plan_id: int, preview, edits) -> Task:
    """Save the ready rows of *preview* in one save; kept on this PC when the file is out of reach."""
    from desktop.services import quota_import, recovery

    save_id = recovery.new_save_id()

    def imported(count: int) -> None:
        QMessageBox.information(
            parent, tr("QuotasTab", "导入完成"), tr("QuotasTab", "已导入 {0} 条宣传条目。").format(count)
        )

    def failed(error) -> None:
        if not may_keep(database, error):
            QMessageBox.warning(parent, tr("QuotasTab", "无法导入"), error.message)
            return
        drafts = [row.draft for row in preview.ready]
        label = tr("QuotasTab", "从 {0} 导入的 {1} 条宣传条目").format(preview.path.name, len(drafts))
        kept = tr("QuotasTab", "这 {0} 条宣传条目已暂存在本机的恢复文件中，数据库可以访问后会自动导入，只导入一次。").format(
            len(drafts)
        )
        edits.keep_for_later(database, plan_id, "quota_import", save_id, drafts, label, error, kept, preview.path.name)

    def work(_progress) -> int:
        return quota_import.apply_import(database, plan_id, preview, save_id=save_id)

    return (
        Operation(parent, database, work, title=tr("QuotasTab", "导入宣传条目"))
        .success(imported)
        .failure(failed)
        .with_progress(tr("QuotasTab", "正在导入宣传条目…"))
        .run_in_background()
    )


def export_matrix(parent: QWidget, scope) -> Task | None:
    """Choose a file and write the matrix shown (the 事项 chosen, counted to the day) to it in the background."""
    from desktop.excel.quota_matrix import export_matrix as write

    if scope.matrix is None or scope.data is None:
        return None
    path, _ = QFileDialog.getSaveFileName(
        parent, tr("QuotasTab", "导出完成情况"), tr("QuotasTab", "宣传推广完成情况.xlsx"), tr("QuotasTab", "Excel 表格 (*.xlsx)")
    )
    if not path:
        return None
    matrix, day = scope.matrix, scope.day()
    title = tr("QuotasTab", "{0}年宣传推广完成情况").format(scope.data.year)
    kind_label = scope.kind() or tr("QuotasTab", "全部事项")
    return (
        Operation(parent, None, lambda _progress: write(matrix, path, title=title, kind_label=kind_label, today=day),
                  title=tr("QuotasTab", "导出完成情况"))
        .failure(lambda error: QMessageBox.warning(parent, tr("QuotasTab", "无法导出"), error.message))
        .with_progress(tr("QuotasTab", "正在导出完成情况…"))
        .run_in_background()
    )
