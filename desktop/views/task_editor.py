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
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models.enums import ReportState, Status, TaskLevel
from desktop.views.conflict_dialog import ConflictDialog
from desktop.views.task_dialogs import (
    IndicatorDialog,
    MeasureDialog,
    MilestoneDialog,
    ReportDialog,
    ValueDialog,
    choice_combo,
)
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel, format_value
from desktop.views.task_list_model import light_icon
from desktop.views.word_counter import WordCounter

#: How long typing may pause before a long text is saved.
SAVE_DELAY_MS = 1200


def make_table(columns, parent=None) -> tuple[QTableView, RowTableModel]:
    model = RowTableModel(columns, parent)
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, model


def fit_columns(view: QTableView, cap: int = 240) -> None:
    """Columns as wide as their contents, none wider than *cap*; the last one takes the rest."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column), cap))


def selected_row(view: QTableView):
    index = view.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


def label_of(value) -> str:
    return tr("Labels", value.label) if hasattr(value, "label") else str(value)


class SectionsDialog(QDialog):
    """Pick the 牵头科室 and 合办科室 of a task from the plan's departments."""

    def __init__(self, departments, lead_ids, co_ids, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("牵头科室与合办科室"))
        self.lead = self._list(departments, lead_ids)
        self.co = self._list(departments, co_ids)
        row = QHBoxLayout()
        for title, widget in ((self.tr("牵头科室"), self.lead), (self.tr("合办科室"), self.co)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            row.addLayout(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    @staticmethod
    def _list(departments, checked) -> QListWidget:
        widget = QListWidget()
        for department in departments:
            item = QListWidgetItem(department.name)
            item.setData(Qt.ItemDataRole.UserRole, department.id)
            item.setCheckState(Qt.CheckState.Checked if department.id in checked else Qt.CheckState.Unchecked)
            widget.addItem(item)
        return widget

    @staticmethod
    def checked(widget: QListWidget) -> list[int]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def result_ids(self) -> tuple[list[int], list[int]]:
        return self.checked(self.lead), self.checked(self.co)


class TaskEditor(QWidget):
    #: A task's row must be refreshed in the list (its id).
    task_changed = Signal(int)
    #: A task was removed (its id), e.g. by undoing its creation.
    task_removed = Signal(int)
    #: Shown after the detail of a task is on screen (its id; for tests and benchmarks).
    task_shown = Signal(int)

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

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_fields(), self.tr("基本信息"))
        self.tabs.addTab(self._build_measures(), self.tr("措施"))
        self.tabs.addTab(self._build_milestones(), self.tr("时间节点"))
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
        self.title_edit = QLineEdit()
        self.level_combo = QComboBox()
        for level in TaskLevel:
            self.level_combo.addItem(label_of(level), level.value)
        self.status_combo = QComboBox()
        for status in Status:
            self.status_combo.addItem(label_of(status), status.value)
        self.leader_combo = QComboBox()
        self.head_combo = QComboBox()
        self.person_combo = QComboBox()
        self.sections_label = QLabel()
        self.sections_label.setWordWrap(True)
        self.sections_button = QPushButton(self.tr("选择科室…"))
        self.sections_button.clicked.connect(self.choose_sections)
        sections = QHBoxLayout()
        sections.addWidget(self.sections_label, 1)
        sections.addWidget(self.sections_button)
        self.difficulties_edit = QPlainTextEdit()
        self.expected_edit = QPlainTextEdit()
        for edit in (self.difficulties_edit, self.expected_edit):
            edit.setMinimumHeight(70)
        self.limit_counter = WordCounter(self.tr("难点堵点及预期成果"), 200, [self.difficulties_edit, self.expected_edit])
        self.unit_edit = QLineEdit()
        self.person_text_edit = QLineEdit()
        self.special_edit = QLineEdit()
        self.requirement_edit = QLineEdit()

        form = QFormLayout()
        form.addRow(self.tr("编号"), self.code_edit)
        form.addRow(self.tr("改革攻坚落实事项"), self.title_edit)
        form.addRow(self.tr("级别"), self.level_combo)
        form.addRow(self.tr("状态"), self.status_combo)
        form.addRow(self.tr("分管领导"), self.leader_combo)
        form.addRow(self.tr("科室"), sections)
        form.addRow(self.tr("科室负责人"), self.head_combo)
        form.addRow(self.tr("难点堵点"), self.difficulties_edit)
        form.addRow(self.tr("预期成果"), self.expected_edit)
        form.addRow("", self.limit_counter)
        form.addRow(self.tr("责任部门"), self.unit_edit)
        form.addRow(self.tr("责任人"), self.person_text_edit)
        form.addRow(self.tr("责任人（人员）"), self.person_combo)
        form.addRow(self.tr("专项小组"), self.special_edit)
        form.addRow(self.tr("要求"), self.requirement_edit)

        self.line_fields = {
            "code": self.code_edit,
            "title": self.title_edit,
            "responsible_unit": self.unit_edit,
            "responsible_person_text": self.person_text_edit,
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

        holder = QWidget()
        holder.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        return scroll

    def _buttons(self, *specs) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in specs:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_measures(self) -> QWidget:
        self.measures_view, self.measures_model = make_table(
            [
                Column(self.tr("序号"), lambda m: m.number),
                Column(self.tr("灯"), lambda m: int(m.light.light), display=lambda m: m.light.light.label,
                       tooltip=lambda m: m.light.tooltip(self.yellow_days)),
                Column(self.tr("措施"), lambda m: m.title),
                Column(self.tr("负责"), lambda m: m.owner),
                Column(self.tr("期限"), lambda m: m.due_date),
                Column(self.tr("状态"), lambda m: label_of(m.status)),
                Column(self.tr("内容"), lambda m: m.description),
            ]
        )
        self.measures_view.doubleClicked.connect(lambda _i: self.edit_measure())
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addLayout(
            self._buttons(
                (self.tr("添加措施"), self.add_measure),
                (self.tr("编辑"), self.edit_measure),
                (self.tr("上移"), lambda: self.move_measure(-1)),
                (self.tr("下移"), lambda: self.move_measure(1)),
                (self.tr("删除"), self.delete_measure),
            )
        )
        layout.addWidget(self.measures_view)
        return widget

    def _build_milestones(self) -> QWidget:
        self.milestones_view, self.milestones_model = make_table(
            [
                Column(self.tr("节点"), lambda m: m.title),
                Column(self.tr("原文期限"), lambda m: m.due_text),
                Column(self.tr("期限"), lambda m: m.due_date),
                Column(self.tr("完成日期"), lambda m: m.done_on),
            ]
        )
        self.milestones_view.doubleClicked.connect(lambda _i: self.edit_milestone())
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addLayout(
            self._buttons(
                (self.tr("添加节点"), self.add_milestone),
                (self.tr("编辑"), self.edit_milestone),
                (self.tr("删除"), self.delete_milestone),
            )
        )
        layout.addWidget(self.milestones_view)
        return widget

    def _build_indicators(self) -> QWidget:
        self.indicators_view, self.indicators_model = make_table(
            [
                Column(self.tr("指标"), lambda i: i.name),
                Column(self.tr("目标"), lambda i: i.target, align_right=True),
                Column(self.tr("单位"), lambda i: i.unit),
                Column(self.tr("最新实际值"), lambda i: i.latest.value if i.latest else None, align_right=True),
                Column(self.tr("截至"), lambda i: i.latest.as_of if i.latest else None),
                Column(self.tr("完成目标"), lambda i: i.progress,
                       display=lambda i: f"{i.progress:.0%}" if i.progress is not None else ""),
            ]
        )
        self.indicators_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_indicator())
        self.values_view, self.values_model = make_table(
            [
                Column(self.tr("日期"), lambda v: v.as_of),
                Column(self.tr("实际值"), lambda v: v.value, align_right=True),
                Column(self.tr("来源"), lambda v: v.source),
            ]
        )
        self.indicator_progress = QProgressBar()
        self.indicator_progress.setRange(0, 100)
        self.indicator_progress.setFormat(self.tr("完成目标 %p%"))
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addLayout(
            self._buttons(
                (self.tr("添加指标"), self.add_indicator),
                (self.tr("编辑"), self.edit_indicator),
                (self.tr("记录实际值"), self.add_value),
                (self.tr("删除"), self.delete_indicator),
            )
        )
        layout.addWidget(self.indicators_view, 2)
        layout.addWidget(self.indicator_progress)
        layout.addWidget(self.values_view, 1)
        return widget

    def _build_reports(self) -> QWidget:
        self.reports_view, self.reports_model = make_table(
            [
                Column(self.tr("期次"), lambda r: r.period),
                Column(self.tr("报送日期"), lambda r: r.reported_on),
                Column(self.tr("报送人"), lambda r: r.author),
                Column(self.tr("来源"), lambda r: label_of(r.source)),
                Column(self.tr("状态"), lambda r: label_of(r.state),
                       display=lambda r: label_of(r.state) + (self.tr("（已更正）") if r.superseded else "")),
                Column(self.tr("字数"), lambda r: len("".join(r.text.split())),
                       display=lambda r: str(len("".join(r.text.split()))) + (self.tr(" 超字数") if r.over_limit else "")),
                Column(self.tr("进展情况"), lambda r: r.text.replace("\n", " ")),
            ]
        )
        self.reports_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_report())
        self.report_text = QTextBrowser()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.reports_view)
        split.addWidget(self.report_text)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addLayout(
            self._buttons(
                (self.tr("报送进展"), self.add_report),
                (self.tr("更正"), self.correct_report),
                (self.tr("退回"), self.return_report),
                (self.tr("审核通过"), self.accept_report),
            )
        )
        layout.addWidget(split)
        return widget

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
        finally:
            self._loading = False
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
        self._fill_history()

    def _fill_history(self) -> None:
        if self.snapshot is None or self.tabs.currentIndex() != self.tabs.count() - 1:
            return
        from desktop.services import tasks

        self.history_model.set_rows(tasks.task_history(self.database, self.snapshot.id))
        fit_columns(self.history_view)

    def _show_indicator(self) -> None:
        indicator = selected_row(self.indicators_view)
        self.values_model.set_rows(indicator.values if indicator else [])
        progress = indicator.progress if indicator else None
        self.indicator_progress.setVisible(progress is not None)
        if progress is not None:
            self.indicator_progress.setValue(max(0, min(100, round(progress * 100))))

    def _show_report(self) -> None:
        report = selected_row(self.reports_view)
        if report is None:
            self.report_text.setHtml("")
            return
        parts = [f"<p><b>{html.escape(report.period)}</b>　{html.escape(report.author)}　{format_value(report.reported_on)}"]
        if report.over_limit:
            parts.append(f" <span style='color:#d32f2f'>{html.escape(self.tr('超过 300 字'))}</span>")
        parts.append("</p>")
        parts.append("<p>" + html.escape(report.text).replace("\n", "<br>") + "</p>")
        if report.state is ReportState.RETURNED:
            parts.append(f"<p style='color:#d32f2f'>{html.escape(self.tr('退回原因：'))}{html.escape(report.review_note)}</p>")
        elif report.review_note:
            parts.append(f"<p>{html.escape(self.tr('审核意见：'))}{html.escape(report.review_note)}</p>")
        self.report_text.setHtml("".join(parts))

    # -- saving the fields ---------------------------------------------------------------

    def _line_finished(self, name: str) -> None:
        if self._loading or self.snapshot is None:
            return
        edit = self.line_fields[name]
        if edit.text() != (self.snapshot.fields[name] or ""):
            self.save({name: edit.text()})
        edit.setModified(False)

    def _text_changed(self, name: str) -> None:
        if self._loading or self.snapshot is None:
            return
        self._pending[name] = self.text_fields[name].toPlainText()
        self._save_timer.start()

    def _combo_picked(self, name: str) -> None:
        if self._loading or self.snapshot is None:
            return
        value = self.combo_fields[name].currentData()
        current = self.snapshot.fields[name]
        if (current.value if hasattr(current, "value") else current) != value:
            self.save({name: value})

    def flush(self) -> None:
        """Save typed text that is still waiting for its pause."""
        self._save_timer.stop()
        if not self._pending or self.snapshot is None:
            self._pending.clear()
            return
        changes = {n: v for n, v in self._pending.items() if v != (self.snapshot.fields[n] or "")}
        self._pending.clear()
        if changes:
            self.save(changes)

    def save(self, changes: dict, *, confirm_over_limit: bool = False) -> bool:
        """Save *changes* of the task's fields; handles limits, conflicts and bad input."""
        from desktop.services import tasks
        from desktop.services.editing import EditConflict

        snapshot = self.snapshot
        base_version, original = snapshot.version, snapshot.fields
        while True:
            try:
                result, undo = tasks.save_task(
                    self.database, snapshot.id, base_version, original, changes, confirm_over_limit=confirm_over_limit
                )
            except tasks.OverLimit as over:
                answer = QMessageBox.question(
                    self, self.tr("超过字数"), over.message,
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return False
                confirm_over_limit = True
                continue
            except EditConflict as conflict:
                dialog = ConflictDialog(conflict, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    self.reload()
                    return False
                base_version, original, changes = conflict.current_version, conflict.current, dialog.chosen()
                if not changes:
                    self.reload()
                    self.task_changed.emit(snapshot.id)
                    return True
                continue
            except UserError as error:
                QMessageBox.warning(self, self.tr("没有保存"), error.message)
                return False
            break
        self.undo_stack.push(undo)
        for notice in result.notices:
            QMessageBox.information(self, self.tr("已保存"), notice)
        self.reload()
        self.task_changed.emit(snapshot.id)
        return True

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

        note, ok = QInputDialog.getText(self, self.tr("办结"), self.tr("办结说明（可不填）："))
        if ok:
            self._push(self._run(lambda: tasks.close_task(self.database, self.snapshot.id, note, today=self.today())))

    def reopen_task(self) -> None:
        from desktop.services import tasks

        reason, ok = QInputDialog.getText(self, self.tr("重新打开"), self.tr("重新打开的原因："))
        if ok:
            self._push(self._run(lambda: tasks.reopen_task(self.database, self.snapshot.id, reason)))

    # -- measures ----------------------------------------------------------------------------

    def add_measure(self) -> None:
        from desktop.services import task_parts

        dialog = MeasureDialog(self.people, self.departments, self.snapshot.plan_year, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            fields = dialog.fields()
            self._push(self._run(lambda: task_parts.add_measure(self.database, self.snapshot.id, fields)))

    def edit_measure(self) -> None:
        from desktop.services import task_parts

        measure = selected_row(self.measures_view)
        if measure is None:
            return
        dialog = MeasureDialog(self.people, self.departments, self.snapshot.plan_year, measure, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fields = dialog.fields()
        original = {name: getattr(measure, name) for name in fields}
        changes = {name: value for name, value in fields.items() if value != original[name]}
        if changes:
            self._push(self._run(lambda: task_parts.save_measure(self.database, measure.id, measure.version, original, changes)))

    def move_measure(self, offset: int) -> None:
        from desktop.services import task_parts

        measure = selected_row(self.measures_view)
        if measure is None:
            return
        self._push(self._run(lambda: task_parts.move_measure(self.database, measure.id, offset)))
        row = next((i for i, m in enumerate(self.measures_model.rows()) if m.id == measure.id), -1)
        if row >= 0:
            self.measures_view.selectRow(row)

    def delete_measure(self) -> None:
        from desktop.services import task_parts

        measure = selected_row(self.measures_view)
        if measure is None:
            return
        answer = QMessageBox.question(self, self.tr("删除措施"), self.tr("删除措施“{0}”吗？可以用“撤销”恢复。").format(measure.title))
        if answer == QMessageBox.StandardButton.Yes:
            self._push(self._run(lambda: task_parts.delete_measure(self.database, measure.id)))

    # -- milestones ------------------------------------------------------------------------

    def add_milestone(self) -> None:
        from desktop.services import task_parts

        dialog = MilestoneDialog(self.snapshot.plan_year, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            fields = dialog.fields()
            self._push(self._run(lambda: task_parts.add_milestone(self.database, self.snapshot.id, fields)))

    def edit_milestone(self) -> None:
        from desktop.services import task_parts

        milestone = selected_row(self.milestones_view)
        if milestone is None:
            return
        dialog = MilestoneDialog(self.snapshot.plan_year, milestone, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fields = dialog.fields()
        original = {name: getattr(milestone, name) for name in fields}
        changes = {name: value for name, value in fields.items() if value != original[name]}
        if changes:
            self._push(
                self._run(lambda: task_parts.save_milestone(self.database, milestone.id, milestone.version, original, changes))
            )

    def delete_milestone(self) -> None:
        from desktop.services import task_parts

        milestone = selected_row(self.milestones_view)
        if milestone is not None:
            self._push(self._run(lambda: task_parts.delete_milestone(self.database, milestone.id)))

    # -- indicators ------------------------------------------------------------------------

    def add_indicator(self) -> None:
        from desktop.services import task_parts

        dialog = IndicatorDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            fields = dialog.fields()
            self._push(self._run(lambda: task_parts.add_indicator(self.database, self.snapshot.id, fields)))

    def edit_indicator(self) -> None:
        from desktop.services import task_parts

        indicator = selected_row(self.indicators_view)
        if indicator is None:
            return
        dialog = IndicatorDialog(indicator, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fields = dialog.fields()
        original = {name: getattr(indicator, name) for name in fields}
        changes = {name: value for name, value in fields.items() if value != original[name]}
        if changes:
            self._push(
                self._run(lambda: task_parts.save_indicator(self.database, indicator.id, indicator.version, original, changes))
            )

    def add_value(self) -> None:
        from desktop.services import task_parts

        indicator = selected_row(self.indicators_view)
        if indicator is None:
            QMessageBox.information(self, self.tr("记录实际值"), self.tr("请先选择一个指标。"))
            return
        dialog = ValueDialog(indicator, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            f = dialog.fields()
            self._push(
                self._run(lambda: task_parts.add_indicator_value(self.database, indicator.id, f["as_of"], f["value"], f["source"]))
            )
            row = next((i for i, x in enumerate(self.indicators_model.rows()) if x.id == indicator.id), -1)
            if row >= 0:
                self.indicators_view.selectRow(row)

    def delete_indicator(self) -> None:
        from desktop.services import task_parts

        indicator = selected_row(self.indicators_view)
        if indicator is not None:
            self._push(self._run(lambda: task_parts.delete_indicator(self.database, indicator.id)))

    # -- reports ---------------------------------------------------------------------------

    def _report_dialog(self, dialog: ReportDialog, save) -> None:
        """Show *dialog* until its report is saved or the person cancels; nothing typed is lost.

        *save(fields, confirm_over_limit)* stores the report; past 300 字 the person is
        asked first, and saying no goes back to the dialog with the text still in it.
        """
        from desktop.services.tasks import OverLimit

        while dialog.exec() == QDialog.DialogCode.Accepted:
            fields = dialog.fields()
            try:
                try:
                    save(fields, False)
                except OverLimit as over:
                    answer = QMessageBox.question(
                        self, self.tr("超过字数"), over.message,
                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
                    )
                    if answer != QMessageBox.StandardButton.Yes:
                        continue
                    save(fields, True)
            except UserError as error:
                QMessageBox.warning(self, self.tr("没有保存"), error.message)
                continue
            self.reload()
            self.task_changed.emit(self.snapshot.id)
            return

    def add_report(self) -> None:
        from desktop.models.audit import current_actor
        from desktop.services import reports

        today = self.today()
        task_id = self.snapshot.id
        dialog = ReportDialog(tr("Reports", "{0}年{1}月").format(today.year, today.month), current_actor()[0], parent=self)
        self._report_dialog(
            dialog,
            lambda f, confirm: reports.add_report(
                self.database, task_id, f["period"], f["text"], author=f["author"], reported_on=today,
                confirm_over_limit=confirm,
            ),
        )

    def correct_report(self) -> None:
        from desktop.models.audit import current_actor
        from desktop.services import reports

        report = selected_row(self.reports_view)
        if report is None:
            return
        dialog = ReportDialog(report.period, current_actor()[0], report.text, correcting=True, parent=self)
        self._report_dialog(
            dialog,
            lambda f, confirm: reports.correct_report(
                self.database, report.id, f["text"], author=f["author"], confirm_over_limit=confirm
            ),
        )

    def return_report(self) -> None:
        from desktop.services import reports

        report = selected_row(self.reports_view)
        if report is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("退回"), self.tr("退回原因（报送科室会看到）："))
        if ok:
            self._push(self._run(lambda: reports.return_report(self.database, report.id, reason)))

    def accept_report(self) -> None:
        from desktop.services import reports

        report = selected_row(self.reports_view)
        if report is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("审核通过"), self.tr("审核意见（可不填）："))
        if ok:
            self._push(self._run(lambda: reports.accept_report(self.database, report.id, note)))




__all__ = ["SAVE_DELAY_MS", "TaskEditor"]
