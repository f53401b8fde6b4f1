"""The editor of one task: its 附件 2 fields, measures, milestones, indicators, reports and history.

Edits are saved as they are made: a line when it loses focus or Enter is pressed, a
choice when it is picked, a long text a moment after typing stops. When another PC
changed the same fields meanwhile, the person chooses field by field.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.models.enums import Status, TaskLevel
from desktop.views.task_extensions_pane import TaskExtensionsPage
from desktop.views.task_field_saving import TaskFieldSaving
from desktop.views.task_parts_pane import TaskPartsPages
from desktop.views.task_reports_pane import TaskReportsPage
from desktop.views.task_sections_dialog import SectionsDialog
from desktop.views.task_source_page import TaskSourcePage
from desktop.views.widgets import fit_columns, label_of, make_table
from desktop.views.table_model import Column
from desktop.views.task_list_model import light_icon
from desktop.views.word_counter import WordCounter
from desktop.views.wrapping_edit import WrappingLabel, WrappingLineEdit
from desktop.views.text_dialog import ask_text

#: How long typing may pause before a long text is saved.
SAVE_DELAY_MS = 1200


class TaskEditor(TaskFieldSaving, TaskPartsPages, TaskReportsPage, TaskSourcePage, TaskExtensionsPage, QWidget):
    #: A task's row must be refreshed in the list (its id).
    task_changed = Signal(int)
    #: A task was removed (its id), e.g. by undoing its creation.
    task_removed = Signal(int)
    #: Shown after the detail of a task is on screen (its id; for tests and benchmarks).
    task_shown = Signal(int)
    #: An edit was kept in the local recovery file because the database could not be reached.
    kept_for_later = Signal()
    #: 督办单…: issue a notice on the task shown (the window opens the register's issuing dialog).
    notice_requested = Signal(int)

    def __init__(self, undo_stack, parent=None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.database = None
        self.plan_id = None
        self.people = []
        self.departments = []
        self.today = dt.date.today
        self.yellow_days = 3
        self.snapshot = None
        self._pending: dict[str, str] = {}
        #: Task id → field → text that could not be saved (refused, declined, conflict cancelled):
        #: shown again when the task is, so nothing typed is lost.
        self._drafts: dict[int, dict[str, str]] = {}
        #: A line being typed when another PC's change was loaded: the version and values the
        #: typing started from, so its save still merges against what the person saw.
        self._line_base: dict[str, tuple[int, dict]] = {}
        self.read_only = False
        self._loading = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.light_label = QLabel()
        self.close_button = QPushButton(self.tr("办结"))
        self.close_button.clicked.connect(self.close_task)
        self.reopen_button = QPushButton(self.tr("重新打开"))
        self.reopen_button.clicked.connect(self.reopen_task)
        top = QHBoxLayout()
        top.addWidget(self.light_label)
        top.addWidget(self.header, 1)
        top.addWidget(self.close_button)
        top.addWidget(self.reopen_button)
        self.notice_button = QPushButton(self.tr("督办单…"))
        self.notice_button.setToolTip(self.tr("为这项任务（及其措施、时间节点）签发提示单或督办单"))
        self.notice_button.clicked.connect(
            lambda: self.snapshot is not None and self.notice_requested.emit(self.snapshot.id))
        top.addWidget(self.notice_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_fields(), self.tr("基本信息"))
        self.tabs.addTab(self._build_measures(), self.tr("措施"))
        self.tabs.addTab(self._with_extensions(self._build_milestones()), self.tr("时间节点"))
        self.tabs.addTab(self._build_indicators(), self.tr("指标"))
        self.tabs.addTab(self._build_reports(), self.tr("进展台帐"))
        self.tabs.addTab(self._build_history(), self.tr("历史"))
        self.tabs.currentChanged.connect(lambda _index: self._fill_history())

        self.empty_label = QLabel(self.tr("请在左侧选择一项任务，或点击“新建任务”。"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty_label, 1)
        self._set_enabled(False)

    # -- building ------------------------------------------------------------------------

    def _build_fields(self) -> QWidget:
        self.code_edit = QLineEdit()
        self.title_edit = WrappingLineEdit()
        self.level_combo = QComboBox()
        for level in TaskLevel:
            self.level_combo.addItem(label_of(level), level.value)
        self.status_combo = QComboBox()
        for status in Status:
            self.status_combo.addItem(label_of(status), status.value)
        self.leader_combo = QComboBox()
        self.head_combo = QComboBox()
        self.person_combo = QComboBox()
        self.sections_label = WrappingLabel()
        self.sections_button = QPushButton(self.tr("选择科室…"))
        self.sections_button.clicked.connect(self.choose_sections)
        sections = QHBoxLayout()
        sections.addWidget(self.sections_label, 1)
        sections.addWidget(self.sections_button, 0, Qt.AlignmentFlag.AlignTop)
        self.difficulties_edit = QPlainTextEdit()
        self.expected_edit = QPlainTextEdit()
        for edit in (self.difficulties_edit, self.expected_edit):
            edit.setMinimumHeight(70)
        self.limit_counter = WordCounter(self.tr("难点堵点及预期成果"), 200, [self.difficulties_edit, self.expected_edit])
        self.unit_edit = QLineEdit()
        self.special_edit = QLineEdit()
        self.requirement_edit = WrappingLineEdit()

        form = QFormLayout()
        form.addRow(self.tr("编号"), self.code_edit)
        form.addRow(self.tr("改革攻坚落实事项"), self.title_edit)
        form.addRow(self.tr("级别"), self.level_combo)
        form.addRow(self.tr("状态"), self.status_combo)
        form.addRow(self.tr("分管领导"), self.leader_combo)
        form.addRow(self.tr("科室"), sections)
        form.addRow(self.tr("科室负责人"), self.head_combo)
        #: Who acts for a 分管领导, 科室负责人 or 责任人 who is away (顺位代替); hidden when all serve.
        self.acting_label = QLabel()
        self.acting_label.setWordWrap(True)
        self.acting_label.setStyleSheet("color: #b26a00;")
        form.addRow(self.tr("顺位代替"), self.acting_label)
        form.setRowVisible(self.acting_label, False)
        self.fields_form = form
        form.addRow(self.tr("难点堵点"), self.difficulties_edit)
        form.addRow(self.tr("预期成果"), self.expected_edit)
        form.addRow("", self.limit_counter)
        form.addRow(self.tr("责任部门"), self.unit_edit)
        form.addRow(self.tr("责任人"), self._person_row())
        form.addRow(self.tr("专项小组"), self.special_edit)
        form.addRow(self.tr("要求"), self.requirement_edit)
        form.addRow(self._build_source())

        self._connect_fields()

        holder = QWidget()
        holder.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        return scroll

    def _person_row(self) -> QWidget:
        """责任人: the person picked, with the notice's own wording under it when it says more."""
        #: The notice's 责任人 as printed (``responsible_person_text``): kept in the data, shown, not edited here.
        self.person_note = QLabel()
        self.person_note.setWordWrap(True)
        self.person_note.setStyleSheet("color: #777;")
        self.person_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.person_note.setVisible(False)
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.person_combo)
        column.addWidget(self.person_note)
        self.person_combo.currentIndexChanged.connect(lambda _index: self._show_person_note())
        return row

    def _show_person_note(self) -> None:
        """“通知原文：…” under 责任人, unless the notice names just the person picked (or no one)."""
        text = (self.snapshot.fields.get("responsible_person_text") or "").strip() if self.snapshot else ""
        shown = bool(text) and text != (self.person_combo.currentText() if self.person_combo.currentData() else "")
        self.person_note.setText(self.tr("通知原文：{0}").format(text) if shown else "")
        self.person_note.setToolTip(self.tr("通知原文中的责任人") if shown else "")
        self.person_note.setVisible(shown)

    def _connect_fields(self) -> None:
        """Name the field widgets by their task field and save each as it is edited."""
        self.line_fields = {
            "code": self.code_edit,
            "title": self.title_edit,
            "responsible_unit": self.unit_edit,
            "special_group": self.special_edit,
            "requirement": self.requirement_edit,
        }
        self.text_fields = {"difficulties": self.difficulties_edit, "expected_results": self.expected_edit}
        self.combo_fields = {
            "level": self.level_combo,
            "status": self.status_combo,
            "supervising_leader_id": self.leader_combo,
            "section_head_id": self.head_combo,
            "responsible_person_id": self.person_combo,
        }
        for name, edit in self.line_fields.items():
            edit.editingFinished.connect(lambda n=name: self._line_finished(n))
        for name, edit in self.text_fields.items():
            edit.textChanged.connect(lambda n=name: self._text_changed(n))
        for name, combo in self.combo_fields.items():
            combo.activated.connect(lambda _i, n=name: self._combo_picked(n))

    def _buttons(self, *specs) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in specs:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_history(self) -> QWidget:
        self.history_view, self.history_model = make_table(
            [
                Column(self.tr("时间"), lambda h: h.at, display=lambda h: h.at.strftime("%Y-%m-%d %H:%M")),
                Column(self.tr("人员"), lambda h: h.who),
                Column(self.tr("计算机"), lambda h: h.machine),
                Column(self.tr("内容"), lambda h: h.what),
                Column(self.tr("字段"), lambda h: h.field),
                Column(self.tr("原值"), lambda h: h.old),
                Column(self.tr("新值"), lambda h: h.new),
            ]
        )
        return self.history_view

    # -- showing -------------------------------------------------------------------------

    def set_context(self, database, plan_id, people, departments) -> None:
        self.flush()
        self.database, self.plan_id = database, plan_id
        self.people, self.departments = people, departments
        for combo in (self.leader_combo, self.head_combo, self.person_combo):
            combo.clear()
            combo.addItem(self.tr("（无）"), None)
            for person in people:
                combo.addItem(person.name, person.id)
        self.show_task(None)

    def _set_enabled(self, enabled: bool) -> None:
        self.tabs.setVisible(enabled)
        self.close_button.setVisible(enabled)
        self.reopen_button.setVisible(enabled)
        self.notice_button.setVisible(enabled)
        self.empty_label.setVisible(not enabled)

    def show_task(self, task_id: int | None) -> None:
        self.flush()
        if task_id is None or self.database is None:
            self.snapshot = None
            self.header.setText("")
            self.light_label.clear()
            self._set_enabled(False)
            return
        from desktop.services import tasks

        snapshot = tasks.load_task(self.database, task_id, today=self.today(), yellow_days=self.yellow_days)
        if snapshot is None:
            self.task_removed.emit(task_id)
            self.show_task(None)
            return
        self.snapshot = snapshot
        self._fill()
        self._set_enabled(True)
        self.task_shown.emit(task_id)

    def reload(self) -> None:
        if self.snapshot is not None:
            self.show_task(self.snapshot.id)

    def refresh_from_elsewhere(self) -> None:
        """Another PC saved something: show it, keeping whatever is being typed here.

        Text typed in a paragraph field is saved first (against the version it was typed
        over, so overlapping edits meet the conflict dialog); a line still being typed keeps
        its text and the version it started from until it is finished.
        """
        if self.snapshot is None:
            return
        for name, edit in self.line_fields.items():
            if edit.hasFocus() and edit.isModified() and name not in self._line_base:
                self._line_base[name] = (self.snapshot.version, dict(self.snapshot.fields))
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        """A file that cannot be written: everything shows, nothing can be changed."""
        self.read_only = read_only
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        from PySide6.QtWidgets import QAbstractButton

        for edit in list(self.line_fields.values()) + list(self.text_fields.values()):
            edit.setReadOnly(self.read_only)
        for combo in self.combo_fields.values():
            combo.setEnabled(not self.read_only)
        for button in self.findChildren(QAbstractButton):
            if self.read_only:
                button.setEnabled(False)
        if not self.read_only and self.snapshot is not None:
            for button in self.findChildren(QAbstractButton):
                button.setEnabled(True)
            closed = self.snapshot.closed_on is not None
            self.close_button.setEnabled(not closed)
            self.reopen_button.setEnabled(closed)

    def _fill(self) -> None:
        s = self.snapshot
        self._loading = True
        try:
            for name, edit in self.line_fields.items():
                if not (edit.hasFocus() and edit.isModified()):
                    edit.setText(s.fields[name] or "")
                    edit.setModified(False)
            for name, edit in self.text_fields.items():
                if name not in self._pending and edit.toPlainText() != (s.fields[name] or ""):
                    edit.setPlainText(s.fields[name] or "")
            for name, combo in self.combo_fields.items():
                value = s.fields[name]
                value = value.value if hasattr(value, "value") else value
                combo.setCurrentIndex(max(combo.findData(value), 0))
            for name, text in self._drafts.get(s.id, {}).items():
                if name in self.line_fields:
                    self.line_fields[name].setText(text)
                    self.line_fields[name].setModified(True)
                else:
                    self.text_fields[name].setPlainText(text)
        finally:
            self._loading = False
        self._show_person_note()
        labels = {"supervising_leader_id": self.tr("分管领导"), "section_head_id": self.tr("科室负责人"),
                  "responsible_person_id": self.tr("责任人")}
        self.acting_label.setText("；".join(f"{labels[name]} {text}" for name, text in s.acting.items()))
        self.fields_form.setRowVisible(self.acting_label, bool(s.acting))
        names = {d.id: d.name for d in self.departments}
        lead = "、".join(names.get(i, "?") for i in s.lead_ids) or self.tr("（未指定）")
        co = "、".join(names.get(i, "?") for i in s.co_ids)
        self.sections_label.setText(self.tr("牵头：{0}").format(lead) + (self.tr("；合办：{0}").format(co) if co else ""))
        closed = s.closed_on is not None
        state = self.tr("（{0}办结）").format(s.closed_on.isoformat()) if closed else ""
        self.header.setText(
            f"<b>{html.escape(s.fields['code'])}</b>　{html.escape(s.fields['title'])} {html.escape(state)}"
        )
        self.light_label.setPixmap(light_icon(int(s.light.light)).pixmap(16, 16))
        self.light_label.setToolTip(s.light.tooltip(self.yellow_days))
        self.header.setToolTip(s.light.tooltip(self.yellow_days))
        self.close_button.setEnabled(not closed)
        self.reopen_button.setEnabled(closed)
        self._fill_extensions()
        self.measures_model.set_rows(s.measures)
        self.milestones_model.set_rows(s.milestones)
        self.indicators_model.set_rows(s.indicators)
        self._show_indicator()
        self.reports_model.set_rows(s.reports)
        for view in (self.measures_view, self.milestones_view, self.indicators_view, self.reports_view):
            fit_columns(view)
        if s.reports:
            self.reports_view.selectRow(0)
        self._show_report()
        self._fill_source()
        self._fill_history()
        if self.read_only:
            self._apply_read_only()

    def _fill_history(self) -> None:
        if self.snapshot is None or self.tabs.currentIndex() != self.tabs.count() - 1:
            return
        from desktop.services import history

        self.history_model.set_rows(history.task_history(self.database, self.snapshot.id))
        fit_columns(self.history_view)

    # -- running service actions -------------------------------------------------------

    def _run(self, action, *, changed: bool = True):
        """Run a service action; a :class:`UserError` becomes a message and nothing else happens."""
        try:
            result = action()
        except UserError as error:
            QMessageBox.warning(self, self.tr("没有保存"), error.message)
            return None
        if changed and self.snapshot is not None:
            self.reload()
            self.task_changed.emit(self.snapshot.id)
        return result if result is not None else True

    def _push(self, result):
        """Push the undo part of a service result (an Undo, or a tuple ending in one)."""
        if isinstance(result, tuple):
            self.undo_stack.push(result[-1])
        elif result is not None and result is not True:
            self.undo_stack.push(result)

    # -- sections, closing ------------------------------------------------------------------

    def choose_sections(self) -> None:
        from desktop.services import tasks

        dialog = SectionsDialog(self.departments, self.snapshot.lead_ids, self.snapshot.co_ids, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        lead, co = dialog.result_ids()
        self._push(self._run(lambda: tasks.set_task_sections(self.database, self.snapshot.id, lead, co)))

    def close_task(self) -> None:
        from desktop.services import tasks

        task_id = self.snapshot.id
        self._ask_and_save(
            self.tr("办结"),
            self.tr("办结说明（可不填）："),
            lambda note: tasks.close_task(self.database, task_id, note, today=self.today()),
        )

    def reopen_task(self) -> None:
        from desktop.services import tasks

        task_id = self.snapshot.id
        self._ask_and_save(
            self.tr("重新打开"),
            self.tr("重新打开的原因："),
            lambda reason: tasks.reopen_task(self.database, task_id, reason),
        )

    def _ask_and_save(self, title: str, label: str, save, *, required: bool = False) -> None:
        """Ask for a note in a wide box that keeps the text when the save is refused, then save."""
        undo = ask_text(self, title, label, save, multiline=True, required=required)
        if undo is None:
            return
        self._push(undo)
        if self.snapshot is not None:
            self.reload()
            self.task_changed.emit(self.snapshot.id)


__all__ = ["SAVE_DELAY_MS", "TaskEditor"]
