"""The dialogs of 延期申请: asking for a later deadline, and a leader's decision on it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from desktop.views.widgets import FormDialog, date_edit, from_qdate, to_qdate


class ExtensionRequestDialog(FormDialog):
    """申请延期: which measure or milestone, the new date, why, and who asks (section and person).

    *items* are (kind, id, label, current deadline) of the task itself and its measures and milestones.
    """

    def __init__(self, items, departments, today: dt.date, parent=None):
        super().__init__(self.tr("申请延期"), parent)
        self.setMinimumWidth(560)
        self.items = list(items)
        self.item_combo = QComboBox()
        for _kind, _item_id, label, _due in self.items:
            self.item_combo.addItem(label)
        self.current_label = QLabel()
        self.new_date = date_edit(today)
        self.new_text = QLineEdit()
        self.new_text.setPlaceholderText(self.tr("可不填，如“7 月底前出台”"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setMaximumHeight(90)
        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("（未注明）"), None)
        for department in departments:
            self.department_combo.addItem(department.name, department.id)
        self.person_edit = QLineEdit()
        self.requested_on = date_edit(today)
        self.form.addRow(self.tr("延期事项"), self.item_combo)
        self.form.addRow(self.tr("现在的期限"), self.current_label)
        self.form.addRow(self.tr("申请延至"), self.new_date)
        self.form.addRow(self.tr("延至（原文写法）"), self.new_text)
        self.form.addRow(self.tr("延期理由"), self.reason_edit)
        self.form.addRow(self.tr("申请科室"), self.department_combo)
        self.form.addRow(self.tr("申请人"), self.person_edit)
        self.form.addRow(self.tr("申请日期"), self.requested_on)
        self.item_combo.currentIndexChanged.connect(lambda _i: self._show_current())
        # The first item with a deadline: an extension moves a date that exists.
        dated = next((i for i, item in enumerate(self.items) if item[3] is not None), 0)
        self.item_combo.setCurrentIndex(dated)
        self._show_current()

    def choose_item(self, kind: str, item_id: int) -> None:
        for index, (item_kind, found_id, _label, _due) in enumerate(self.items):
            if (item_kind, found_id) == (kind, item_id):
                self.item_combo.setCurrentIndex(index)

    def _show_current(self) -> None:
        index = self.item_combo.currentIndex()
        due = self.items[index][3] if 0 <= index < len(self.items) else None
        self.current_label.setText(due.isoformat() if due else self.tr("（未定期限）"))
        if due is not None and from_qdate(self.new_date.date()) <= due:
            self.new_date.setDate(to_qdate(due + dt.timedelta(days=15)))

    def fields(self) -> dict:
        index = self.item_combo.currentIndex()
        kind, item_id = self.items[index][:2] if 0 <= index < len(self.items) else (None, None)
        return {
            "measure_id": item_id if kind == "measure" else None,
            "milestone_id": item_id if kind == "milestone" else None,
            "task_id": item_id if kind == "task" else None,
            "new_date": from_qdate(self.new_date.date()),
            "new_text": self.new_text.text(),
            "reason": self.reason_edit.toPlainText(),
            "department_id": self.department_combo.currentData(),
            "requested_by": self.person_edit.text(),
            "requested_on": from_qdate(self.requested_on.date()),
        }


class ExtensionDecisionDialog(FormDialog):
    """批准 or 不予批准: the leader of the group who decided, the day, and the remark."""

    def __init__(self, title: str, summary: str, leaders, today: dt.date, parent=None):
        super().__init__(title, parent)
        self.setMinimumWidth(520)
        summary_label = QLabel(summary)
        summary_label.setWordWrap(True)
        self.leader_combo = QComboBox()
        self.leader_combo.addItem(self.tr("（请选择）"), None)
        for leader in leaders:
            self.leader_combo.addItem(self.tr("{0}（{1}）").format(leader.name, leader.role), leader.person_id)
        self.decided_on = date_edit(today)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(80)
        self.form.addRow(self.tr("申请"), summary_label)
        self.form.addRow(self.tr("审批领导"), self.leader_combo)
        self.form.addRow(self.tr("审批日期"), self.decided_on)
        self.form.addRow(self.tr("审批意见"), self.note_edit)

    def fields(self) -> dict:
        return {
            "leader_id": self.leader_combo.currentData(),
            "decided_on": from_qdate(self.decided_on.date()),
            "note": self.note_edit.toPlainText(),
        }


__all__ = ["ExtensionDecisionDialog", "ExtensionRequestDialog"]
