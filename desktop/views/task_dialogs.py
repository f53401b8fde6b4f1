"""Small dialogs of the 任务 tab: a measure, a milestone, an indicator and its value, a report."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.i18n import tr
from desktop.models.enums import Status
from desktop.views.widgets import FormDialog, from_qdate, to_qdate
from desktop.views.word_counter import WordCounter


class OptionalDate(QWidget):
    """A date that may be left out: a check box beside a date editor."""

    def __init__(self, label: str, day: dt.date | None, default: dt.date, parent=None):
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(to_qdate(day or default))
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))


def correction_hint() -> str:
    """What editing a deadline directly means (the history records it as a correction)."""
    return tr("TaskDialogs", "直接修改期限用于更正计划，历史中记为“期限更正（非延期）”。"
              "推迟期限请在“时间节点”页“申请延期…”，经领导小组成员批准后生效。")


def choice_combo(choices, selected: int | None, empty_label: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(empty_label, None)
    for choice in choices:
        combo.addItem(choice.name, choice.id)
    index = combo.findData(selected) if selected is not None else 0
    combo.setCurrentIndex(max(index, 0))
    return combo


def status_combo(selected: Status) -> QComboBox:
    combo = QComboBox()
    for status in Status:
        combo.addItem(tr("Labels", status.label), status.value)
    combo.setCurrentIndex(combo.findData(selected.value))
    return combo


class MeasureDialog(FormDialog):
    def __init__(self, people, departments, plan_year: int, measure=None, parent=None):
        super().__init__(self.tr("措施") if measure else self.tr("新增措施"), parent)
        self.title_edit = QLineEdit(measure.title if measure else "")
        self.description_edit = QPlainTextEdit(measure.description if measure else "")
        self.description_edit.setMaximumHeight(90)
        self.owner_person = choice_combo(people, measure.owner_person_id if measure else None, self.tr("（无）"))
        self.owner_department = choice_combo(
            departments, measure.owner_department_id if measure else None, self.tr("（同任务牵头科室）")
        )
        self.due = OptionalDate(self.tr("有期限"), measure.due_date if measure else None, dt.date(plan_year, 12, 31))
        self.due.setToolTip(correction_hint())
        self.status = status_combo(measure.status if measure else Status.NOT_STARTED)
        self.form.addRow(self.tr("措施"), self.title_edit)
        self.form.addRow(self.tr("内容"), self.description_edit)
        self.form.addRow(self.tr("负责人"), self.owner_person)
        self.form.addRow(self.tr("负责科室"), self.owner_department)
        self.form.addRow(self.tr("期限"), self.due)
        self.form.addRow(self.tr("状态"), self.status)

    def fields(self) -> dict:
        return {
            "title": self.title_edit.text(),
            "description": self.description_edit.toPlainText(),
            "owner_person_id": self.owner_person.currentData(),
            "owner_department_id": self.owner_department.currentData(),
            "due_date": self.due.value(),
            "status": Status(self.status.currentData()),
        }


class MilestoneDialog(FormDialog):
    def __init__(self, plan_year: int, milestone=None, parent=None):
        super().__init__(self.tr("时间节点"), parent)
        self.title_edit = QLineEdit(milestone.title if milestone else "")
        self.due_text = QLineEdit(milestone.due_text if milestone else "")
        self.due_text.setPlaceholderText(self.tr("原文写法，如“6 月前出台”"))
        self.due = OptionalDate(self.tr("有期限"), milestone.due_date if milestone else None, dt.date(plan_year, 12, 31))
        self.due.setToolTip(correction_hint())
        self.done_edit = OptionalDate(self.tr("已完成"), milestone.done_on if milestone else None, dt.date.today())
        self.form.addRow(self.tr("节点"), self.title_edit)
        self.form.addRow(self.tr("原文期限"), self.due_text)
        self.form.addRow(self.tr("期限"), self.due)
        self.form.addRow(self.tr("完成日期"), self.done_edit)

    def fields(self) -> dict:
        return {
            "title": self.title_edit.text(),
            "due_text": self.due_text.text(),
            "due_date": self.due.value(),
            "done_on": self.done_edit.value(),
        }


class IndicatorDialog(FormDialog):
    def __init__(self, indicator=None, parent=None):
        super().__init__(self.tr("指标"), parent)
        self.name_edit = QLineEdit(indicator.name if indicator else "")
        self.has_target = QCheckBox(self.tr("有目标值"))
        self.target = QDoubleSpinBox()
        self.target.setRange(-1e12, 1e12)
        self.target.setDecimals(2)
        self.target.setValue(indicator.target if indicator and indicator.target is not None else 0)
        self.has_target.setChecked(bool(indicator is None or indicator.target is not None))
        self.has_target.toggled.connect(self.target.setEnabled)
        self.unit = QLineEdit(indicator.unit if indicator else "")
        row = QHBoxLayout()
        row.addWidget(self.has_target)
        row.addWidget(self.target, 1)
        self.form.addRow(self.tr("指标"), self.name_edit)
        self.form.addRow(self.tr("目标值"), row)
        self.form.addRow(self.tr("单位"), self.unit)

    def fields(self) -> dict:
        return {
            "name": self.name_edit.text(),
            "target": self.target.value() if self.has_target.isChecked() else None,
            "unit": self.unit.text(),
            "is_target": self.has_target.isChecked(),
        }


class ValueDialog(FormDialog):
    def __init__(self, indicator, parent=None):
        super().__init__(self.tr("记录实际值：{0}").format(indicator.name), parent)
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setDate(QDate.currentDate())
        self.value = QDoubleSpinBox()
        self.value.setRange(-1e12, 1e12)
        self.value.setDecimals(2)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("如：统计局季度数据"))
        self.form.addRow(self.tr("日期"), self.as_of)
        self.form.addRow(self.tr("实际值（{0}）").format(indicator.unit) if indicator.unit else self.tr("实际值"), self.value)
        self.form.addRow(self.tr("来源"), self.source)

    def fields(self) -> dict:
        return {"as_of": from_qdate(self.as_of.date()), "value": self.value.value(), "source": self.source.text()}


class ReportDialog(FormDialog):
    """A progress report for a period, with the live 300-字 counter."""

    def __init__(self, period: str, author: str, text: str = "", *, correcting: bool = False, parent=None):
        super().__init__(self.tr("更正进展情况") if correcting else self.tr("报送进展情况"), parent)
        self.period = QLineEdit(period)
        self.period.setEnabled(not correcting)
        self.author = QLineEdit(author)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setMinimumHeight(180)
        self.counter = WordCounter(self.tr("进展情况（主要措施及成效）"), 300, [self.text_edit])
        self.form.addRow(self.tr("报送期次"), self.period)
        self.form.addRow(self.tr("报送人"), self.author)
        self.form.addRow(self.tr("进展情况"), self.text_edit)
        self.form.addRow("", self.counter)
        if correcting:
            self.form.addRow("", QLabel(self.tr("更正会另存为新版本，原来的进展保留在历史中。")))

    def fields(self) -> dict:
        return {"period": self.period.text(), "author": self.author.text(), "text": self.text_edit.toPlainText()}
