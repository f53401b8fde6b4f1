"""File menu: hand out the ledger forms, export the whole plan to Excel, export the calendar (.ics).

Functions of the main window (*window*). The file dialogs run here; the export itself runs as an
:class:`~desktop.views.operations.Operation` (off the GUI thread, behind a progress dialog): a
:class:`~desktop.errors.UserError` becomes one message titled 没有导出, success says what was
written. The strings keep the main window's translation context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.i18n import tr
from desktop.views.operations import Operation


def _export(window, title: str, work, done) -> None:
    """Run *work()* in the background behind 正在导出… (*title*); *done* gets what it returns."""
    Operation(window, window.database, lambda _progress: work(), title=title).with_progress(
        tr("MainWindow", "正在导出…")
    ).success(done).failure(
        lambda error: QMessageBox.warning(window, tr("MainWindow", "没有导出"), error.message)
    ).run_in_background()


def export_section_forms(window) -> None:
    """交办: one workbook per lead section, in a folder the person picks."""
    if not window.require_plan():
        return
    folder = QFileDialog.getExistingDirectory(window, tr("MainWindow", "选择保存台帐表的文件夹"), window.dialog_folder())
    if not folder:
        return
    from desktop.services.forms_export import default_deadline, default_period, export_section_forms, unassigned_tasks

    database, plan_id, period, deadline = window.database, window.plan.id, default_period(), default_deadline()

    def work():
        # As on the command line: no section would receive the tasks no section leads, so they get no form.
        skipped = unassigned_tasks(database, plan_id)
        return export_section_forms(database, plan_id, folder, period, deadline, unassigned_form=False), skipped

    def done(result) -> None:
        paths, skipped = result
        text = tr("MainWindow", "已在 {0} 生成 {1} 个台帐表：\n{2}").format(folder, len(paths), "\n".join(p.name for p in paths))
        if skipped:
            text += "\n\n" + tr("MainWindow", "跳过 {0} 项未指定牵头科室的任务（没有科室会收到它们的台帐）：{1}").format(
                len(skipped), "、".join(f"{code} {name}".strip() for code, name in skipped)
            )
        QMessageBox.information(window, tr("MainWindow", "已导出台帐表"), text)

    _export(window, tr("MainWindow", "导出台帐表"), work, done)


def export_task_form(window) -> None:
    """交办: the form of the task selected in the 任务 tab."""
    if not window.require_plan():
        return
    snapshot = window.tasks_tab.editor.snapshot
    if snapshot is None:
        QMessageBox.information(window, tr("MainWindow", "导出台帐表"), tr("MainWindow", "请先在任务页选择一项任务。"))
        return
    folder = QFileDialog.getExistingDirectory(window, tr("MainWindow", "选择保存台帐表的文件夹"), window.dialog_folder())
    if not folder:
        return
    from desktop.services.forms_export import default_deadline, default_period, export_task_form

    database, task_id, period, deadline = window.database, snapshot.id, default_period(), default_deadline()
    _export(
        window,
        tr("MainWindow", "导出台帐表"),
        lambda: export_task_form(database, task_id, folder, period, deadline),
        lambda path: QMessageBox.information(
            window, tr("MainWindow", "已导出台帐表"), tr("MainWindow", "已生成 {0}").format(path)
        ),
    )


def export_ledger(window) -> None:
    """The whole plan as one workbook (tasks, measures, reports, inspections, quotas, people)."""
    if not window.require_plan():
        return
    path, _ = QFileDialog.getSaveFileName(
        window, tr("MainWindow", "导出整个计划"), window.dialog_folder(), tr("MainWindow", "Excel 表格 (*.xlsx)")
    )
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    from desktop.services.plan_export import export_ledger

    database, plan_id = window.database, window.plan.id
    _export(
        window,
        tr("MainWindow", "导出整个计划"),
        # the save dialog has already asked before replacing a file
        lambda: export_ledger(database, plan_id, path, overwrite=True),
        lambda written: QMessageBox.information(
            window, tr("MainWindow", "已导出"), tr("MainWindow", "已导出到 {0}").format(written)
        ),
    )


def export_calendar(window) -> None:
    """File → 导出日历: an .ics file for Outlook or the Windows Calendar app."""
    from desktop.calendar.ics import export_ics

    if not window.require_plan():
        return
    start = str(Path(window.dialog_folder() or ".") / tr("MainWindow", "督办日历.ics"))
    path, _ = QFileDialog.getSaveFileName(window, tr("MainWindow", "导出日历"), start, tr("MainWindow", "iCalendar 日历 (*.ics)"))
    if not path:
        return
    if not path.lower().endswith(".ics"):
        path += ".ics"
    database, plan_id = window.database, window.plan.id
    _export(
        window,
        tr("MainWindow", "导出日历"),
        lambda: export_ics(database, plan_id, path, overwrite=True),
        lambda written: window.statusBar().showMessage(tr("MainWindow", "已导出日历：{0}").format(written), 10000),
    )

