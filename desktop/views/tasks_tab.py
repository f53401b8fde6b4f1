"""The 任务 tab: the supervision loop (督办) — the task list with lights and filters, the reminder round, and the editor.

The main window hands over the open database and plan through :meth:`load`. The
services are imported when a database is loaded, not with this module, so the window
can be shown before SQLAlchemy is loaded (see :mod:`desktop.services.startup`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Change
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.lights import DEFAULT_YELLOW_DAYS, Light, rule_text
from desktop.models.enums import Status, TaskSource
from desktop.people.names import DepartmentMatcher
from desktop.services.editing import UndoStack
from desktop.settings import TASKS_HEADER_COLUMNS, TASKS_HEADER_STATE, Settings
from desktop.views.list_view import ColumnLayout
from desktop.views.operations import Refresher
from desktop.views.task_editor import TaskEditor
from desktop.views.task_list_model import TaskColumn, TaskFilter, TaskListModel, deadline_text, deadline_tooltip
from desktop.views.text_dialog import TextDialog
from desktop.views.widgets import fit_to_contents

#: What the list, the editor and the reminder bar show.
SHOWN = (
    Change.TASKS | Change.MEASURES | Change.REPORTS | Change.PEOPLE | Change.DEPARTMENTS | Change.WORKDAYS
    | Change.PLAN | Change.SETTINGS
)
#: What an edit made in this tab changes; it re-reads its row itself (refresh_task).
OWN_SAVES = Change.TASKS | Change.MEASURES | Change.REPORTS


class ReminderPanel(QFrame):
    """催办: overdue, due soon and not yet reported, by section; copied as text for a message."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.toggle = QPushButton(self.tr("详情"))
        self.toggle.setCheckable(True)
        self.copy_button = QPushButton(self.tr("复制提醒文字"))
        self.copy_button.clicked.connect(self.copy)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setVisible(False)
        self.text.setMaximumHeight(220)
        self.toggle.toggled.connect(self.text.setVisible)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.toggle)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(row)
        layout.addWidget(self.text)
        self.reminders = None

    def show_reminders(self, reminders) -> None:
        self.reminders = reminders
        if reminders is None:
            self.setVisible(False)
            return
        self.setVisible(True)
        self.summary.setText(self.tr("提醒：{0}").format(reminders.summary()))
        colour = "#fdecea" if reminders.overdue else ("#fff8e1" if not reminders.is_empty else "#e8f5e9")
        self.setStyleSheet(f"ReminderPanel {{ background: {colour}; }}")
        self.text.setPlainText(reminders.as_text())

    def copy(self) -> None:
        if self.reminders is not None:
            QGuiApplication.clipboard().setText(self.reminders.as_text())


class TasksTab(QWidget):
    """The 任务 tab; *settings* keeps the list's columns as the person arranges them (Settings() if None)."""

    #: The list was (re)loaded or filtered: shown rows, total rows.
    list_changed = Signal(int, int)

    def __init__(self, parent=None, settings: Settings | None = None):
        super().__init__(parent)
        self.database = None
        self.plan_id = None
        self.today = dt.date.today
        self.yellow_days = DEFAULT_YELLOW_DAYS
        #: The reminders' window (desktop.lights.settings), set by the window.
        self.reminder_working_days = 7
        self.undo_stack = UndoStack()
        #: The plan's departments by all their names, for the filter box.
        self.matcher = DepartmentMatcher([])

        self.reminder_panel = ReminderPanel()
        self.reminder_panel.setVisible(False)

        filters = self._build_filters()
        self._build_list(settings or Settings())

        self.read_only = False
        #: Keeps the list, the editor and the reminders current with every change to the plan.
        self.refresher = Refresher(self, SHOWN, self._show_changes)
        #: This tab showed its own last save already (the row and the reminders were re-read).
        self._shown_own_save = False
        self.editor = TaskEditor(self.undo_stack)
        self.editor.task_changed.connect(self.refresh_task)
        self.editor.task_removed.connect(self._task_removed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder_panel)
        layout.addWidget(self.splitter, 1)
        self._selected_id = None

    # -- building --------------------------------------------------------------------------

    def _build_filters(self) -> QVBoxLayout:
        """新建任务, the filter box, the choices and the count above the list."""
        self.new_button = QPushButton(self.tr("新建任务"))
        self.new_button.clicked.connect(self.new_task)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("筛选：文字或拼音首字母，如 jbz"))
        self.filter_edit.setClearButtonEnabled(True)
        self.section_combo = QComboBox()
        self.leader_combo = QComboBox()
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("全部状态"), "")
        self.status_combo.addItem(self.tr("未办结"), "open")
        for status in Status:
            self.status_combo.addItem(tr("Labels", status.label), status.value)
        self.source_combo = QComboBox()
        self.source_combo.addItem(self.tr("全部来源"), "")
        self.source_combo.addItem(self.tr("计划外"), "outside")
        self.source_combo.setToolTip(self.tr("任务来源：年度方案，或计划外的领导批示、会议纪要、上级交办"))
        for source in TaskSource:
            self.source_combo.addItem(tr("Labels", source.label), source.value)
        self.due_combo = QComboBox()
        self.due_combo.addItem(self.tr("全部期限"), "")
        self.due_combo.addItem(self.tr("已逾期"), "overdue")
        self.due_combo.addItem(self.tr("N 天内到期"), "soon")
        self.due_days = QSpinBox()
        self.due_days.setRange(1, 365)
        self.due_days.setValue(7)
        self.due_days.setSuffix(self.tr(" 天"))
        self.count_label = QLabel()
        self.filter_edit.textChanged.connect(self.apply_filter)
        for combo in (self.section_combo, self.leader_combo, self.status_combo, self.source_combo, self.due_combo):
            fit_to_contents(combo)  # "全部分管领导", "All sections" unclipped
            combo.currentIndexChanged.connect(self.apply_filter)
        self.due_days.valueChanged.connect(self.apply_filter)

        # Two rows, so that at 1366 wide the filter box keeps room for its hint beside the drop-downs.
        first = QHBoxLayout()
        first.addWidget(self.new_button)
        first.addWidget(self.filter_edit, 1)
        first.addWidget(self.source_combo)  # here: the row below is full at 1280 wide
        first.addWidget(self.count_label)
        second = QHBoxLayout()
        for widget in (self.section_combo, self.leader_combo, self.status_combo, self.due_combo, self.due_days):
            second.addWidget(widget)
        second.addStretch(1)
        filters = QVBoxLayout()
        filters.addLayout(first)
        filters.addLayout(second)
        return filters

    def _build_list(self, settings: Settings) -> None:
        """The task list: its model and its table."""
        self.model = TaskListModel(
            [
                TaskColumn(self.tr("编号"), lambda r: r.code, key="code"),
                TaskColumn(self.tr("改革攻坚落实事项"), lambda r: r.title, key="title"),
                TaskColumn(self.tr("级别"), lambda r: r.level, key="level"),
                TaskColumn(self.tr("牵头科室"), lambda r: r.lead_section, key="lead"),
                TaskColumn(self.tr("分管领导"), lambda r: r.supervising_leader, key="leader"),
                TaskColumn(self.tr("责任人"), lambda r: r.responsible, key="responsible"),
                TaskColumn(self.tr("下一截止"), lambda r: r.next_deadline, key="deadline",
                           display=deadline_text, tooltip=deadline_tooltip),
                TaskColumn(self.tr("灯"), lambda r: r.light, light=True, key="light"),
                TaskColumn(self.tr("状态"), lambda r: r.status, key="status"),
                TaskColumn(self.tr("最新进展"), lambda r: r.latest_report, key="latest"),
                TaskColumn(self.tr("来源"), lambda r: r.source, key="source"),
            ],
            light_tooltip=lambda row: f"{Light(row.light).label}：{row.light_reason}\n\n{rule_text(self.yellow_days)}",
            parent=self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setResizeContentsPrecision(200)
        # The title takes what the short columns leave; what does not fit is hidden, until the
        # person arranges the columns (kept for the next start).
        self.columns = ColumnLayout(
            self.view, self.model.column_keys(), stretch="title",
            priority=("code", "light", "status", "deadline", "lead", "latest", "leader", "responsible", "level", "source"),
            squeezable=("lead", "latest", "leader", "responsible", "level", "source"),
            settings=settings, state_key=TASKS_HEADER_STATE, columns_key=TASKS_HEADER_COLUMNS,
        )
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._restore_selection)
        # A row's right-click menu: a 督办单 on the task shown (the editor's 督办单… button does the same).
        self.notice_action = QAction(self.tr("签发督办单…"), self.view)
        self.notice_action.triggered.connect(lambda _checked=False: self.editor.notice_button.click())
        self.view.addAction(self.notice_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # -- loading ---------------------------------------------------------------------------

    def show_rows(self, rows) -> None:
        """Task rows read before the database was fully open (start-up)."""
        self.model.set_rows(rows)
        self._fill_filter_choices(rows)
        self.columns.refit()
        self._update_count()
        if self.model.rowCount():
            self.view.selectRow(0)

    def attach(self, database, plan_id: int | None) -> None:
        """Show *plan_id* of *database* from now on, and keep it current (loaded now if shown)."""
        self.refresher.attach(database, plan_id)

    def _show_changes(self, note) -> None:
        if Change.DATABASE in note.what:
            self.load(self.refresher.database, self.refresher.plan_id)
        elif self._shown_own_save and not note.elsewhere and not note.what & ~OWN_SAVES:
            pass  # the edit made here, already shown by refresh_task
        else:
            self.reload_list(elsewhere=True)
        self._shown_own_save = False

    def load(self, database, plan_id: int | None) -> None:
        from desktop.services import reports
        from desktop.services.departments import department_names
        from desktop.services.rows import task_rows
        from desktop.services.tasks import task_options

        self.editor.flush()
        self.database, self.plan_id = database, plan_id
        self.undo_stack.clear()
        self.editor.today = self.today
        self.editor.yellow_days = self.yellow_days
        people, departments = task_options(database, plan_id) if plan_id else ([], [])
        self.matcher = DepartmentMatcher(department_names(database, plan_id) if plan_id else [])
        self.editor.set_context(database, plan_id, people, departments)
        rows = task_rows(database, plan_id, today=self.today(), yellow_days=self.yellow_days) if plan_id else []
        self._selected_id = None
        self.model.set_search_keys({})
        self.model.set_rows(rows)
        self._fill_filter_choices(rows)
        self.columns.refit()
        if self.filter_edit.text().strip():
            self.apply_filter()
        self._update_count()
        self.new_button.setEnabled(plan_id is not None and not self.read_only)
        if plan_id is not None:
            self.reminder_panel.show_reminders(
                reports.reminders(
                    database, plan_id, today=self.today(), working_days=self.reminder_working_days,
                    yellow_days=self.yellow_days,
                )
            )
        else:
            self.reminder_panel.show_reminders(None)
        if self.model.rowCount():
            self.view.selectRow(0)

    def detach(self) -> None:
        """Let go of the open database (another is being opened): save typing, forget its undo steps."""
        self.editor.flush()
        self.editor.show_task(None)
        self.undo_stack.clear()
        self.database = None
        self.editor.database = None
        self._selected_id = None
        self.model.set_rows([])
        self.reminder_panel.show_reminders(None)

    def _fill_filter_choices(self, rows) -> None:
        def refill(combo: QComboBox, everything: str, values) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

        refill(self.section_combo, self.tr("全部科室"), sorted({s for r in rows for s in r.sections}))
        refill(self.leader_combo, self.tr("全部分管领导"), sorted({r.supervising_leader for r in rows if r.supervising_leader}))

    def refresh_task(self, task_id: int) -> None:
        """Re-read one task's row after it was edited, and the reminders."""
        from desktop.services import reports
        from desktop.services.rows import search_keys, task_rows

        if self.database is None:
            return
        rows = task_rows(self.database, self.plan_id, today=self.today(), yellow_days=self.yellow_days, task_id=task_id)
        if self.model.has_search_keys():
            self.model.update_search_key(task_id, search_keys(self.database, self.plan_id, task_id).get(task_id))
        if rows:
            self.model.replace_row(rows[0])
            self.columns.refit()  # a longer 下一截止（延期 1 次） is not cut off
        else:
            self.model.remove_row(task_id)
        self._update_count()
        self.reminder_panel.show_reminders(
            reports.reminders(
                self.database, self.plan_id, today=self.today(), working_days=self.reminder_working_days,
                yellow_days=self.yellow_days,
            )
        )
        self._shown_own_save = True

    def _task_removed(self, task_id: int) -> None:
        self.model.remove_row(task_id)
        self._update_count()

    # -- filtering and selection -------------------------------------------------------------

    def current_filter(self) -> TaskFilter:
        text = self.filter_edit.text()
        return TaskFilter(
            text=text,
            named_sections=frozenset(d.display_name for d in self.matcher.matching(text)),
            section=self.section_combo.currentData() or "",
            leader=self.leader_combo.currentData() or "",
            status=self.status_combo.currentData() or "",
            source=self.source_combo.currentData() or "",
            due=self.due_combo.currentData() or "",
            due_days=self.due_days.value(),
            today=self.today(),
        )

    def apply_filter(self, *_args) -> None:
        task_filter = self.current_filter()
        if task_filter.text.strip() and not self.model.has_search_keys() and self.database is not None:
            from desktop.services.rows import search_keys

            self.model.set_search_keys(search_keys(self.database, self.plan_id))
        self.model.set_filter(task_filter)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(self.tr("{0} / {1} 项").format(shown, total))
        self.list_changed.emit(shown, total)

    def _current_changed(self, current, _previous) -> None:
        row = self.model.row(current.row()) if current.isValid() else None
        task_id = row.id if row is not None else None
        if task_id == self._selected_id:
            return
        self._selected_id = task_id
        if self.database is not None:
            self.editor.show_task(task_id)

    def _restore_selection(self) -> None:
        if self._selected_id is None:
            return
        row = self.model.row_of(self._selected_id)
        if row >= 0:
            self.view.selectionModel().blockSignals(True)
            self.view.selectRow(row)
            self.view.selectionModel().blockSignals(False)

    def clear_filters(self) -> None:
        """Show every task again (text, section, leader, status, source and due filters back to 全部)."""
        self.filter_edit.clear()
        for combo in (self.section_combo, self.leader_combo, self.status_combo, self.source_combo, self.due_combo):
            combo.setCurrentIndex(0)
        self.apply_filter()

    def select_task(self, task_id: int) -> None:
        row = self.model.row_of(task_id)
        if row >= 0:
            self.view.selectRow(row)

    # -- actions ---------------------------------------------------------------------------

    def new_task(self) -> None:
        from desktop.services import tasks

        dialog = TextDialog(
            self.tr("新建任务"),
            self.tr("改革攻坚落实事项："),
            lambda title: tasks.create_task(self.database, self.plan_id, title, code_edit.text()),
            parent=self,
        )
        code_edit = QLineEdit()
        code_edit.setPlaceholderText(self.tr("不填则按本计划的编号续编"))
        dialog.form.addRow(self.tr("编号（可不填）："), code_edit)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        task_id, undo = dialog.result_value
        self.undo_stack.push(undo)
        self.refresh_task(task_id)
        self._fill_filter_choices(self.model.all_rows())
        if self.model.row_of(task_id) < 0:
            # hidden by the current filter: clear it so the new task is seen
            self.filter_edit.clear()
            for combo in (self.status_combo, self.source_combo, self.due_combo):
                combo.setCurrentIndex(0)
        self.select_task(task_id)

    def undo(self) -> None:
        """Ctrl+Z: take back this session's last edit, if nobody changed it since."""
        self.editor.flush()
        if self.database is None or not self.undo_stack.can_undo():
            return
        try:
            self.undo_stack.undo(self.database)
        except UserError as error:
            QMessageBox.warning(self, self.tr("无法撤销"), error.message)
        self.reload_list()
        self._shown_own_save = True

    def reload_list(self, *, elsewhere: bool = False) -> None:
        """Re-read every row, keeping the selection, the filter and the scroll position.

        *elsewhere*: the change came from another PC, so what is being typed in the
        editor is kept (see :meth:`TaskEditor.refresh_from_elsewhere`).
        """
        from desktop.services import reports
        from desktop.services.departments import department_names
        from desktop.services.rows import task_rows

        if self.database is None:
            return
        scroll = self.view.verticalScrollBar().value()
        rows = task_rows(self.database, self.plan_id, today=self.today(), yellow_days=self.yellow_days)
        if self.plan_id is not None:  # a department renamed meanwhile is found by its new names
            self.matcher = DepartmentMatcher(department_names(self.database, self.plan_id))
        self.model.set_search_keys({})
        self.model.set_rows(rows)
        self.apply_filter()
        self.columns.refit()
        self._update_count()
        self.view.verticalScrollBar().setValue(scroll)
        if self._selected_id is not None and self.model.row_of(self._selected_id) < 0:
            self._selected_id = None
            self.editor.show_task(None)
        elif elsewhere:
            self.editor.refresh_from_elsewhere()
        else:
            self.editor.reload()
        if self.plan_id is not None:
            self.reminder_panel.show_reminders(
                reports.reminders(
                    self.database, self.plan_id, today=self.today(), working_days=self.reminder_working_days,
                    yellow_days=self.yellow_days,
                )
            )

    def set_read_only(self, read_only: bool) -> None:
        """A file that cannot be written: browsing works, every way of changing it is off."""
        self.read_only = read_only
        self.new_button.setEnabled(not read_only and self.plan_id is not None)
        self.editor.set_read_only(read_only)
