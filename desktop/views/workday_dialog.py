"""Edit → 工作日调整: the office's own corrections to China's working-day calendar.

The State Council publishes next year's holidays each November; until the library Duban
uses knows them, the office enters the year's rest days and make-up working days (调休)
here. Every deadline on the calendar follows them at once.

The second page says where a deadline that falls on a rest day goes — to the last working
day before (the office's practice) or the first one after — for the plan's one-off
deadlines and for each counting duty's dates (:mod:`desktop.calendar.shift_rules`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.views.widgets import fit_placeholder


class WorkdayDialog(QDialog):
    def __init__(self, database, parent=None, plan_id: int | None = None):
        super().__init__(parent)
        self.database = database
        self.plan_id = plan_id
        self.changed = False
        self.setWindowTitle(self.tr("工作日调整"))
        self.resize(640, 460)
        intro = QLabel(
            self.tr(
                "法定节假日和调休按国务院公布的安排自动计算。尚未收录的年份（每年 11 月公布下一年安排），"
                "或需要更正的日子，在这里补充：某天休息，或某个周末上班。"
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("安排"), self.tr("说明")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("休息"), False)
        self.kind_combo.addItem(self.tr("上班（调休）"), True)
        self.note_edit = QLineEdit()
        fit_placeholder(self.note_edit, self.tr("如：春节、国庆调休"))
        self.add_button = QPushButton(self.tr("添加或更正"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("删除所选"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for widget in (self.day_edit, self.kind_combo, self.note_edit, self.add_button, self.remove_button):
            row.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        days_page = QWidget()
        days_layout = QVBoxLayout(days_page)
        days_layout.addWidget(intro)
        days_layout.addWidget(self.table, 1)
        days_layout.addLayout(row)
        self.pages = QTabWidget()
        self.pages.addTab(days_page, self.tr("节假日与调休"))
        self.shift_page = RestDayRulesPage(database, plan_id, self) if plan_id is not None else None
        if self.shift_page is not None:
            self.shift_page.changed.connect(self._shift_changed)
            self.pages.addTab(self.shift_page, self.tr("期限遇休息日"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        if database.read_only:
            for widget in (self.add_button, self.remove_button):
                widget.setEnabled(False)
        self.reload()

    def _shift_changed(self) -> None:
        self.changed = True

    def reload(self) -> None:
        from desktop.workdays import list_overrides

        try:
            overrides = list_overrides(self.database)
        except UserError as error:
            QMessageBox.warning(self, self.tr("无法读取"), error.message)
            overrides = []
        self.overrides = overrides
        self.table.setRowCount(len(overrides))
        for index, override in enumerate(overrides):
            label = self.tr("上班（调休）") if override.is_workday else self.tr("休息")
            for column, text in enumerate((override.day.isoformat(), label, override.note)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        from desktop.workdays import set_override

        day = self.day_edit.date().toPython()
        try:
            set_override(self.database, day, bool(self.kind_combo.currentData()), self.note_edit.text().strip())
        except UserError as error:
            QMessageBox.warning(self, self.tr("没有保存"), error.message)
            return
        self.changed = True
        self.note_edit.clear()
        self.reload()

    def remove_selected(self) -> None:
        from desktop.workdays import remove_override

        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        days: list[dt.date] = [self.overrides[row].day for row in rows]
        try:
            for day in days:
                remove_override(self.database, day)
        except UserError as error:
            QMessageBox.warning(self, self.tr("没有保存"), error.message)
        self.changed = self.changed or bool(days)
        self.reload()


class RestDayRulesPage(QWidget):
    """Where a deadline on a rest day goes: the plan's one-off deadlines, and each counting duty."""

    changed = Signal()

    def __init__(self, database, plan_id: int, parent=None):
        super().__init__(parent)
        self.database = database
        self.plan_id = plan_id
        self.rules = None
        intro = QLabel(
            self.tr(
                "期限恰逢周末或法定节假日时，按下面的规则移到之前最后一个工作日（默认），或顺延到之后第一个工作日。"
                "修改后日历、提醒和导出的日历文件立即按新规则计算。"
            )
        )
        intro.setWordWrap(True)
        self.deadline_combo = self._shift_combo()
        self.deadline_combo.activated.connect(self._deadline_chosen)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(QLabel(self.tr("任务、措施、时间节点的期限：")))
        deadline_row.addWidget(self.deadline_combo, 1)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("事项"), self.tr("责任"), self.tr("要求"), self.tr("遇休息日")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(deadline_row)
        layout.addWidget(QLabel(self.tr("宣传推广指标的报送和归集日期：")))
        layout.addWidget(self.table, 1)
        self.reload()

    def _shift_combo(self) -> QComboBox:
        from desktop.models.enums import RestDayShift

        combo = QComboBox()
        # Qt keeps a str enum as a plain str: the codes go in, RestDayShift comes out.
        combo.addItem(self.tr("提前到之前最后一个工作日"), RestDayShift.BEFORE.value)
        combo.addItem(self.tr("顺延到之后第一个工作日"), RestDayShift.AFTER.value)
        combo.setEnabled(not self.database.read_only)
        return combo

    def reload(self) -> None:
        from desktop.calendar.shift_rules import rest_day_rules

        try:
            self.rules = rest_day_rules(self.database, self.plan_id)
        except (UserError, LookupError) as error:
            QMessageBox.warning(self, self.tr("无法读取"), getattr(error, "message", self.tr("找不到这个计划。")))
            return
        self.deadline_combo.setCurrentIndex(self.deadline_combo.findData(self.rules.deadlines.value))
        self.table.setRowCount(len(self.rules.requirements))
        self.combos: list[QComboBox] = []
        for index, rule in enumerate(self.rules.requirements):
            for column, text in enumerate((rule.kind, rule.owner, rule.text)):
                self.table.setItem(index, column, QTableWidgetItem(text))
            combo = self._shift_combo()
            combo.setCurrentIndex(combo.findData(rule.shift.value))
            combo.activated.connect(lambda _i, row=index: self._requirement_chosen(row))
            self.table.setCellWidget(index, 3, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()

    def _save(self, action) -> None:
        try:
            action()
        except UserError as error:
            QMessageBox.warning(self, self.tr("没有保存"), error.message)
        else:
            self.changed.emit()
        self.reload()

    def _deadline_chosen(self, _index: int) -> None:
        from desktop.calendar.shift_rules import set_deadline_shift
        from desktop.models.enums import RestDayShift

        shift = RestDayShift(self.deadline_combo.currentData())
        if self.rules is None or shift == self.rules.deadlines:
            return
        self._save(lambda: set_deadline_shift(self.database, self.plan_id, shift, self.rules.plan_version))

    def _requirement_chosen(self, row: int) -> None:
        from desktop.calendar.shift_rules import set_requirement_shift
        from desktop.models.enums import RestDayShift

        rule = self.rules.requirements[row]
        shift = RestDayShift(self.combos[row].currentData())
        if shift == rule.shift:
            return
        self._save(lambda: set_requirement_shift(self.database, rule.requirement_id, shift, rule.version))
