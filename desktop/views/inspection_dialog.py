"""An inspection of the supervision checklist, opened from the calendar: its text, its windows, its preparation.

Moving a window (督查时间) shows at once where the preparation (备检) moves, since the
calendar back-schedules it from the window; ticking 已备检 turns its lights green.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.views.widgets import date_edit


class _WindowRow(QWidget):
    """Start and end of one window; an open-ended window (3月起) has no end."""

    def __init__(self, window, year: int, on_change, parent=None):
        super().__init__(parent)
        self.window = window
        self.start_edit = self._date_edit(window.start, year)
        self.end_edit = self._date_edit(window.end or window.start, year)
        self.open_ended = QCheckBox(self.tr("至年底"))
        self.open_ended.setChecked(window.end is None)
        self.end_edit.setEnabled(window.end is not None)
        self.open_ended.toggled.connect(lambda on: self.end_edit.setEnabled(not on))
        for signal in (self.start_edit.dateChanged, self.end_edit.dateChanged, self.open_ended.toggled):
            signal.connect(lambda *_: on_change())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start_edit)
        layout.addWidget(QLabel("～"))
        layout.addWidget(self.end_edit)
        layout.addWidget(self.open_ended)
        if window.text:
            layout.addWidget(QLabel(self.tr("（原文：{0}）").format(window.text)))
        layout.addStretch(1)

    @staticmethod
    def _date_edit(day, year: int) -> QDateEdit:
        edit = date_edit(day)
        edit.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        return edit

    def value(self):
        start = self.start_edit.date().toPython()
        return start, None if self.open_ended.isChecked() else self.end_edit.date().toPython()


class InspectionDialog(QDialog):
    def __init__(self, database, inspection_id: int, parent=None):
        from desktop.services.inspections import inspection_detail

        super().__init__(parent)
        self.database = database
        self.saved = False
        self.detail = inspection_detail(database, inspection_id)
        detail = self.detail
        self.setWindowTitle(self.tr("督查：{0}").format(detail.item))
        self.resize(640, 480)
        form = QFormLayout()

        def text(value: str) -> QLabel:
            label = QLabel(value or self.tr("（未填写）"))
            label.setWordWrap(True)
            return label

        form.addRow(self.tr("督查事项："), text(detail.item))
        form.addRow(self.tr("督查内容："), text(detail.content))
        form.addRow(self.tr("督查主体："), text(detail.inspector))
        form.addRow(self.tr("督查对象："), text(detail.inspected))
        form.addRow(self.tr("时间（原文）："), text(detail.time_text))
        form.addRow(self.tr("工作计划："), text(detail.plan_text))
        form.addRow(self.tr("牵头科室："), text("、".join(detail.lead)))
        form.addRow(self.tr("协同科室："), text("、".join(detail.co)))
        self.rows: list[_WindowRow] = []
        for window in detail.windows:
            row = _WindowRow(window, detail.year, self._update_preparation)
            self.rows.append(row)
            form.addRow(self.tr("督查时间："), row)
        self.preparation_label = QLabel()
        self.preparation_label.setWordWrap(True)
        form.addRow(self.tr("备检："), self.preparation_label)
        self.prepared_box = QCheckBox(self.tr("已备检（准备工作已完成）"))
        self.prepared_box.setChecked(detail.prepared)
        form.addRow("", self.prepared_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        if database.read_only:
            note = QLabel(self.tr("数据库为只读，只能查看。"))
            layout.addWidget(note)
            for widget in (*self.rows, self.prepared_box, self.save_button):
                widget.setEnabled(False)
        layout.addWidget(buttons)
        self._update_preparation()

    def _update_preparation(self) -> None:
        detail = self.detail
        windows = [row.value() for row in self.rows]
        found = detail.preparation(windows)
        written = detail.preparation_text or (self.tr("实时备检") if detail.continuous else "")
        if found:
            spans = "；".join(f"{start.isoformat()} ～ {end.isoformat()}" for start, end in found)
            self.preparation_label.setText(self.tr("{0}（{1}）").format(spans, written) if written else spans)
        else:
            self.preparation_label.setText(written or self.tr("（无）"))

    def save(self) -> None:
        from desktop.services.inspections import save_inspection

        windows = {row.window.id: row.value() for row in self.rows}
        try:
            save_inspection(self.database, self.detail, windows, self.prepared_box.isChecked())
        except UserError as error:
            QMessageBox.warning(self, self.tr("没有保存"), error.message)
            return
        self.saved = True
        self.accept()
