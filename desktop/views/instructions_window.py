"""批示件登记簿: the tasks from outside the plan (领导批示, 会议纪要, 上级交办), filtered by source and by
instructing leader; a double-click opens the task in the 任务 tab.

One window beside the main one (督办 → 批示件登记簿). It keeps itself current with a
:class:`~desktop.views.operations.Refresher`: a report accepted, a measure done or a task
registered shows at once. 新建批示件任务… registers one (also from 督办 → 新建批示件任务…).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.changes import Change
from desktop.i18n import tr
from desktop.views.instruction_dialog import OUTSIDE, ask_instruction
from desktop.views.operations import Refresher
from desktop.views.register_window import PlanRegister, RegisterWindow, show_register
from desktop.views.table_model import Column
from desktop.views.task_list_model import light_icon
from desktop.views.widgets import fit_columns, fit_to_contents, label_of, make_table, selected_row

#: What the register shows: the tasks, their parts and reports, the people named as leaders.
SHOWN = Change.TASKS | Change.MEASURES | Change.REPORTS | Change.PEOPLE | Change.DEPARTMENTS | Change.PLAN | Change.SETTINGS


def _day(day) -> str:
    return day.isoformat() if day else ""


class InstructionRegister(PlanRegister, QWidget):
    """The register's filters, table and buttons."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.source_filter = QComboBox()
        self.source_filter.addItem(self.tr("全部来源"), None)
        for source in OUTSIDE:
            self.source_filter.addItem(label_of(source), source.value)
        self.leader_filter = QComboBox()
        self.leader_filter.addItem(self.tr("全部批示领导"), None)
        for combo in (self.source_filter, self.leader_filter):
            fit_to_contents(combo)
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.view, self.model = make_table([
            Column(self.tr("编号"), lambda r: r.code),
            Column(self.tr("来源"), lambda r: r.source_label),
            Column(self.tr("来文文号"), lambda r: r.number),
            Column(self.tr("来文日期"), lambda r: r.date, display=lambda r: _day(r.date)),
            Column(self.tr("批示领导"), lambda r: r.leader),
            Column(self.tr("批示原文"), lambda r: r.short_text),
            Column(self.tr("任务"), lambda r: r.title),
            Column(self.tr("牵头科室"), lambda r: r.section),
            Column(self.tr("办结时限"), lambda r: r.deadline, display=lambda r: _day(r.deadline)),
            Column(self.tr("灯"), lambda r: int(r.light), display=lambda r: r.light.label, icon=lambda r: light_icon(int(r.light))),
            Column(self.tr("最新办理情况"), lambda r: r.report_day, display=lambda r: _report(r)),
        ], self)
        self.view.doubleClicked.connect(lambda _index: self.open_task())
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("新建批示件任务…"))
        self.new_button.clicked.connect(lambda: new_instruction(self.window_, self))
        self.open_button = QPushButton(self.tr("在任务页中打开"))
        self.open_button.clicked.connect(self.open_task)
        self.print_button = QPushButton(self.tr("打印批示件办理情况…"))
        self.print_button.clicked.connect(self.print_list)
        filters = QHBoxLayout()
        for widget in (self.source_filter, self.leader_filter, self.count_label):
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.refresher = Refresher(self, SHOWN, lambda _note: self.load())

    def load(self) -> None:
        from desktop.services.instructions import read_instructions

        if self.database is None or self.plan_id is None:
            self.model.set_rows([])
            return
        tab = self.window_.tasks_tab
        every = read_instructions(self.database, self.plan_id, today=tab.today(), yellow_days=tab.yellow_days)
        self._fill_leaders(sorted({r.leader for r in every if r.leader}))
        source, leader = self.source_filter.currentData(), self.leader_filter.currentData()
        rows = [r for r in every if (source is None or r.source.value == source) and (leader is None or r.leader == leader)]
        self.model.set_rows(rows)
        fit_columns(self.view)
        self.count_label.setText(self.tr("共 {0} 件").format(len(rows)))
        self.new_button.setEnabled(not getattr(self.database, "read_only", False))

    def _fill_leaders(self, leaders: list[str]) -> None:
        known = [self.leader_filter.itemData(i) for i in range(1, self.leader_filter.count())]
        if known == leaders:
            return
        chosen = self.leader_filter.currentData()
        self.leader_filter.blockSignals(True)
        while self.leader_filter.count() > 1:
            self.leader_filter.removeItem(1)
        for leader in leaders:
            self.leader_filter.addItem(leader, leader)
        self.leader_filter.setCurrentIndex(max(0, self.leader_filter.findData(chosen)) if chosen else 0)
        self.leader_filter.blockSignals(False)

    def open_task(self) -> None:
        """Show the selected task in the 任务 tab of the main window, brought to the front."""
        row = selected_row(self.view)
        if row is None:
            QMessageBox.information(self, self.tr("批示件登记簿"), self.tr("请先选中一件批示件。"))
            return
        self.window_.open_task(row.task_id)
        self.window_.raise_()
        self.window_.activateWindow()

    def print_list(self) -> None:
        """The print dialog, with 批示件办理情况 chosen."""
        dialog = self.window_.open_print_dialog("preview")
        if dialog is not None:
            dialog.report_combo.setCurrentIndex(max(dialog.report_combo.findData("instructions"), 0))


def _report(row) -> str:
    if row.report_day is None:
        return tr("InstructionRegister", "（尚无审核通过的进展）")
    return f"{row.report_day.isoformat()} {' '.join(row.report_text.split())}"


class InstructionsWindow(RegisterWindow):
    """批示件登记簿, a window of its own beside the main one (one of it)."""

    first_height = 520

    def title(self) -> str:
        return self.tr("批示件登记簿")

    def make_register(self, window) -> InstructionRegister:
        return InstructionRegister(window, self)


def show_instructions(window) -> InstructionsWindow | None:
    """督办 → 批示件登记簿: the register, opened once and brought to the front after."""
    return show_register(window, InstructionsWindow)


def new_instruction(window, parent=None) -> int | None:
    """督办 → 新建批示件任务…: registered, then shown in the 任务 tab; the new task's id (None if cancelled)."""
    from desktop.services.instructions import create_instruction_task
    from desktop.services.tasks import task_options

    if not window.require_plan():
        return None
    database, plan = window.database, window.plan
    people, departments = task_options(database, plan.id)
    result = ask_instruction(parent or window, database, people, departments, plan.year,
                             lambda new: create_instruction_task(database, plan.id, new))
    if result is None:
        return None
    task_id, undo = result
    window.tasks_tab.undo_stack.push(undo)
    window.open_task(task_id)
    window.statusBar().showMessage(tr("InstructionRegister", "已登记批示件任务"), 6000)
    return task_id


__all__ = ["InstructionRegister", "InstructionsWindow", "new_instruction", "show_instructions"]
