"""新建批示件任务 and 修改来源: a task from outside the plan (领导批示, 会议纪要, 上级交办), its
document's number and date, the instructing leader and the original text.

One dialog for both: registering asks also for the task's title, lead section and 办结时限;
editing (the task editor's 来源 page) only for the source. The save runs through the operation
helper; a refusal is said inside the dialog, which stays open with what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop.models.enums import TaskSource
from desktop.views.operations import Operation
from desktop.views.task_dialogs import OptionalDate, choice_combo
from desktop.views.widgets import error_label, fit_placeholder, label_of
from desktop.views.wrapping_edit import WrappingLineEdit

#: The sources a task from outside the plan may have, in the order offered.
OUTSIDE = (TaskSource.INSTRUCTION, TaskSource.MEETING, TaskSource.ASSIGNED)


class InstructionDialog(QDialog):
    """The source fields (and, when registering, the task's title, section and deadline).

    *fields* are a task's snapshot fields when editing; None when registering a new one.
    """

    def __init__(self, people, departments, plan_year: int, fields: dict | None = None, parent=None):
        super().__init__(parent)
        self.creating = fields is None
        fields = fields or {}
        self.setWindowTitle(self.tr("新建批示件任务") if self.creating else self.tr("修改任务来源"))
        self.setMinimumWidth(560)
        self.result_value: Any = None
        self.source_combo = QComboBox()
        for source in OUTSIDE:
            self.source_combo.addItem(label_of(source), source.value)
        current = fields.get("source")
        if current is not None and current is not TaskSource.PLAN:
            self.source_combo.setCurrentIndex(max(self.source_combo.findData(current.value), 0))
        self.number_edit = QLineEdit(fields.get("source_number") or "")
        fit_placeholder(self.number_edit, self.tr("如 柳科批〔2022〕3号"))
        self.date_edit = OptionalDate(self.tr("有日期"), fields.get("source_date"), dt.date.today())
        self.leader_combo = choice_combo(people, fields.get("source_leader_id"), self.tr("（局外领导，见下行）"))
        self.leader_text = QLineEdit(fields.get("source_leader_text") or "")
        fit_placeholder(self.leader_text, self.tr("局外领导的姓名职务，如 市政府分管副市长"))
        self.text_edit = QPlainTextEdit(fields.get("source_text") or "")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.leader_combo.currentIndexChanged.connect(lambda _i: self._leader_chosen())

        self.form = QFormLayout()
        self.form.addRow(self.tr("任务来源"), self.source_combo)
        self.form.addRow(self.tr("来文文号"), self.number_edit)
        self.form.addRow(self.tr("来文日期"), self.date_edit)
        self.form.addRow(self.tr("批示领导"), self.leader_combo)
        self.form.addRow(self.tr("局外领导"), self.leader_text)
        self.form.addRow(self.tr("批示原文"), self.text_edit)
        if self.creating:
            self.title_edit = WrappingLineEdit()
            self.section_combo = choice_combo(departments, None, self.tr("（暂不指定）"))
            self.deadline = OptionalDate(self.tr("有时限"), None, dt.date(plan_year, 12, 31))
            self.form.addRow(self.tr("任务名称"), self.title_edit)
            self.form.addRow(self.tr("牵头科室"), self.section_combo)
            self.form.addRow(self.tr("办结时限"), self.deadline)
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._leader_chosen()
        self._save: tuple[Any, Callable[[Any], Any]] | None = None

    def _leader_chosen(self) -> None:
        self.leader_text.setEnabled(self.leader_combo.currentData() is None)

    def source(self) -> TaskSource:
        return TaskSource(self.source_combo.currentData())

    def source_fields(self) -> dict:
        """The source as the task stores it (the leader either picked from the plan or written)."""
        leader_id = self.leader_combo.currentData()
        return {
            "source": self.source(),
            "source_number": self.number_edit.text(),
            "source_date": self.date_edit.value(),
            "source_leader_id": leader_id,
            "source_leader_text": "" if leader_id is not None else self.leader_text.text(),
            "source_text": self.text_edit.toPlainText(),
        }

    def new_instruction(self):
        """What 新建批示件任务 registers (:class:`desktop.services.instructions.NewInstruction`)."""
        from desktop.services.instructions import NewInstruction

        f = self.source_fields()
        return NewInstruction(
            f["source"], self.title_edit.text(), f["source_number"], f["source_date"], f["source_leader_id"],
            f["source_leader_text"], f["source_text"], self.section_combo.currentData(), self.deadline.value(),
        )

    def values(self):
        """What the dialog saves: a NewInstruction when registering, the source fields when editing."""
        return self.new_instruction() if self.creating else self.source_fields()

    def save_with(self, database, work: Callable[[Any], Any]) -> None:
        """On 确定, run ``work(values)`` on *database* in the background; close when it succeeds."""
        self._save = (database, work)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.buttons.setEnabled(True)

    def accept(self) -> None:
        if self._save is None:
            super().accept()
            return
        database, work = self._save
        values = self.values()  # read here, on the GUI thread
        self.buttons.setEnabled(False)
        self.error_label.hide()
        Operation(self, database, lambda _p: work(values), title=self.tr("没有保存")).success(self._saved).failure(
            lambda error: self.show_error(error.message)).run_in_background()

    def _saved(self, result) -> None:
        self.result_value = result
        self.buttons.setEnabled(True)
        super().accept()


def ask_instruction(parent, database, people, departments, plan_year: int, work, fields: dict | None = None):
    """Show the dialog; on 确定 run ``work(values)`` (see :meth:`InstructionDialog.values`); its result
    once saved, None when cancelled."""
    dialog = InstructionDialog(people, departments, plan_year, fields, parent)
    dialog.save_with(database, work)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_value


__all__ = ["InstructionDialog", "OUTSIDE", "ask_instruction"]
