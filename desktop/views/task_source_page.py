"""The task editor's 来源 group (on its 基本信息 page): where the task comes from — the plan (年度方案), or a 领导批示, 会议纪要
or 上级交办 with its number, date, instructing leader and original text.

Shown read-only; a task from outside the plan changes its source through 修改来源… (the dialog
of :mod:`desktop.views.instruction_dialog`), a plan task's source is only shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout

from desktop.models.enums import TaskSource
from desktop.views.widgets import label_of


class TaskSourcePage:
    """Mixed into :class:`~desktop.views.task_editor.TaskEditor`."""

    def _build_source(self) -> QGroupBox:
        self.source_labels = {name: QLabel() for name in ("source", "source_number", "source_date", "leader", "source_text")}
        for label in self.source_labels.values():
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_note = QLabel(self.tr("这项任务来自年度方案（本计划的附件），没有批示件信息。"))
        self.source_note.setWordWrap(True)
        self.source_note.setStyleSheet("color: #777;")
        self.source_button = QPushButton(self.tr("修改来源…"))
        self.source_button.clicked.connect(self.edit_source)
        form = QFormLayout()
        form.addRow(self.tr("任务来源"), self.source_labels["source"])
        form.addRow(self.tr("来文文号"), self.source_labels["source_number"])
        form.addRow(self.tr("来文日期"), self.source_labels["source_date"])
        form.addRow(self.tr("批示领导"), self.source_labels["leader"])
        form.addRow(self.tr("批示原文"), self.source_labels["source_text"])
        self.source_form = form
        group = QGroupBox(self.tr("来源"))
        layout = QVBoxLayout(group)
        layout.addLayout(form)
        layout.addWidget(self.source_note)
        layout.addWidget(self.source_button, 0, Qt.AlignmentFlag.AlignLeft)
        return group

    def _fill_source(self) -> None:
        fields = self.snapshot.fields
        source = fields.get("source") or TaskSource.PLAN
        outside = source is not TaskSource.PLAN
        names = {p.id: p.name for p in self.people}
        leader = names.get(fields.get("source_leader_id")) or fields.get("source_leader_text") or ""
        day = fields.get("source_date")
        texts = {
            "source": label_of(source),
            "source_number": fields.get("source_number") or "",
            "source_date": day.isoformat() if day else "",
            "leader": leader,
            "source_text": fields.get("source_text") or "",
        }
        for name, label in self.source_labels.items():
            label.setText(texts[name])
            if name != "source":
                self.source_form.setRowVisible(label, outside)
        self.source_note.setVisible(not outside)
        self.source_button.setVisible(outside)

    def edit_source(self) -> None:
        """修改来源…: the source fields in the dialog; saved as the task's other fields are, with undo."""
        from desktop.services import tasks
        from desktop.views.instruction_dialog import ask_instruction

        snapshot = self.snapshot
        if snapshot is None or self.database is None:
            return
        database, task_id, version, original = self.database, snapshot.id, snapshot.version, dict(snapshot.fields)

        def save(fields: dict):
            changes = {name: value for name, value in fields.items() if value != (original.get(name) or _EMPTY.get(name))}
            return tasks.save_task(database, task_id, version, original, changes) if changes else None

        result = ask_instruction(self, database, self.people, self.departments, snapshot.plan_year, save, original)
        if result is None:
            return
        self._push(result[1])
        self.reload()
        self.task_changed.emit(task_id)


#: What an empty stored field compares with (a text field stored empty is "" in the dialog, not None).
_EMPTY = {"source_number": "", "source_leader_text": "", "source_text": ""}
