"""Edit → 工作日调整: the office's own corrections to China's working-day calendar.

The State Council publishes next year's holidays each November; until the library Duban
uses knows them, the office enters the year's rest days and make-up working days (调休)
here. Every deadline on the calendar follows them at once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
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
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.errors import UserError


class WorkdayDialog(QDialog):
    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.changed = False
        self.setWindowTitle(self.tr("工作日调整"))
        self.resize(560, 420)
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
        self.note_edit.setPlaceholderText(self.tr("如：春节、国庆调休"))
        self.add_button = QPushButton(self.tr("添加或更正"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("删除所选"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for widget in (self.day_edit, self.kind_combo, self.note_edit, self.add_button):
            row.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        if database.read_only:
            for widget in (self.add_button, self.remove_button):
                widget.setEnabled(False)
        self.reload()

    def reload(self) -> None:
        from desktop.calendar.workdays import list_overrides

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
        from desktop.calendar.workdays import set_override

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
        from desktop.calendar.workdays import remove_override

        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        days: list[dt.date] = [self.overrides[row].day for row in rows]
        try:
            for day in days:
                remove_override(self.database, day)
        except UserError as error:
            QMessageBox.warning(self, self.tr("没有保存"), error.message)
        self.changed = self.changed or bool(days)
        self.reload()
