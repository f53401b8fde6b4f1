"""The main window: four tabs over one open database, the reminders dock and the status bar.

The window alone holds the open :class:`~desktop.db.database.Database` and hands it
to the tabs; the tabs never talk to each other. :mod:`desktop.services.workspace`
is imported when a database is opened, after the window is on screen.

The menus are built in :mod:`desktop.views.window_menus`; what their entries do lives in
:mod:`~desktop.views.file_actions`, :mod:`~desktop.views.export_actions` and
:mod:`~desktop.views.backup_actions`; sharing the file with other PCs in
:mod:`~desktop.views.shared_glue`.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Change
from desktop.errors import UserError
from desktop.paths import DATABASE_SUFFIX
from desktop.lights.settings import read_light_settings
from desktop.settings import (
    MAIN_WINDOW_GEOMETRY,
    MAIN_WINDOW_STATE,
    TASKS_SPLITTER_STATE,
    Settings,
)
from desktop.views import collector, file_actions, window_menus
from desktop.views.lazy_tab import LazyTab
from desktop.views.operations import changes_of
from desktop.views.plan_switcher import PlanSwitcher, plan_read_only_reason
from desktop.views.reminders import CalendarReminderPanel, TrayNotifier
from desktop.views.shared_glue import SharedFileGlue
from desktop.views.tasks_tab import TasksTab


def _calendar_tab():
    from desktop.views.calendar_tab import CalendarTab

    return CalendarTab()


def _people_tab():
    from desktop.views.people_tab import PeopleTab

    return PeopleTab()


def _overview_tab():
    from desktop.views.overview_tab import OverviewTab

    return OverviewTab()


def _quotas_tab():
    from desktop.views.quotas_tab import QuotasTab

    return QuotasTab()


class MainWindow(QMainWindow):
    #: Emitted after a database was opened and every tab loaded its rows.
    database_loaded = Signal()

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        collector.install()  # no widget is ever destroyed by a collection on another thread
        self.settings = settings
        self.database = None
        self.plan = None
        self.setWindowTitle(self.tr("督办台"))

        self.tabs = QTabWidget()
        self.tasks_tab = TasksTab()
        lights = read_light_settings(settings)
        self.tasks_tab.yellow_days = lights.yellow_days
        self.tasks_tab.reminder_working_days = lights.reminder_working_days
        # 日历, 人员 and 指标 are imported and built when first shown or loaded (see LazyTab).
        self.calendar_tab = LazyTab(_calendar_tab, self._connect_calendar_tab)
        self.calendar_tab.yellow_days = lights.yellow_days
        self.people_tab = LazyTab(_people_tab, self._connect_people_tab)
        self.people_tab.yellow_days = self.tasks_tab.yellow_days
        self.quotas_tab = LazyTab(_quotas_tab, self._connect_quotas_tab)
        self.tabs.addTab(self.tasks_tab, self.tr("任务"))
        self.tabs.addTab(self.calendar_tab, self.tr("日历"))
        self.tabs.addTab(self.people_tab, self.tr("人员"))
        self.tabs.addTab(self.quotas_tab, self.tr("指标"))
        # 总览: the leader's page, with the 通报's counts of the day.
        self.overview_tab = LazyTab(_overview_tab, self._connect_overview_tab)
        self.overview_tab.yellow_days = lights.yellow_days
        self.tabs.addTab(self.overview_tab, self.tr("总览"))
        #: Which of the file's plans is shown (one a year); the previous years' are read-only.
        self.plan_switcher = PlanSwitcher(self)
        self.tabs.setCornerWidget(self.plan_switcher, Qt.Corner.TopRightCorner)
        self.plan_switcher.hide()
        #: The file's own read-only state (and why), apart from the plan's.
        self._file_read_only = (False, "")
        #: Says why the file is read-only, or that it cannot be reached; hidden otherwise.
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(8, 6, 8, 6)
        self.banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)
        #: Polling, heartbeats, the banner and the status bar's sharing labels.
        self.shared = SharedFileGlue(self)
        self.tasks_tab.editor.notice_requested.connect(lambda task_id: window_menus.issue_notices(self, task_id))
        self._build_reminders()
        self._build_status_bar()
        window_menus.build_menus(self)
        self._restore_geometry()
        self._show_nothing_open()

    def _build_reminders(self) -> None:
        """Reminders (issue 7): a dock beside the tabs, and the system tray."""
        lights = read_light_settings(self.settings)
        self.reminder_panel = CalendarReminderPanel(working_days=lights.reminder_working_days)
        self.reminder_panel.yellow_days = lights.yellow_days
        self.reminder_panel.open_task.connect(self.open_task)
        self.reminder_panel.open_entry.connect(self.open_calendar_entry)
        self.reminder_panel.notice_requested.connect(lambda uid: window_menus.issue_notices(self, uids={uid}))
        self.reminder_dock = QDockWidget(self.tr("提醒"), self)
        self.reminder_dock.setObjectName("reminderDock")  # saveState/restoreState need a name
        self.reminder_dock.setWidget(self.reminder_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.reminder_dock)
        self.tray = TrayNotifier(self.windowIcon(), self)
        self.tray.clicked.connect(self.show_reminders)
        self._reminded_on = None
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setInterval(60 * 60 * 1000)  # hourly; notifies once the date has changed
        self.reminder_timer.timeout.connect(self.check_reminders)
        self.reminder_timer.start()

    def _build_status_bar(self) -> None:
        self.file_label = QLabel()
        self.plan_label = QLabel()
        #: Who else has the file open.
        self.presence_label = QLabel()
        #: Edits waiting in the local recovery file.
        self.pending_label = QLabel()
        self.pending_label.setStyleSheet("color: #b26a00;")
        self.pending_label.hide()
        self.statusBar().addWidget(self.plan_label, 1)
        self.statusBar().addPermanentWidget(self.pending_label)
        self.statusBar().addPermanentWidget(self.presence_label)
        self.statusBar().addPermanentWidget(self.file_label)

    # -- what the menus ask of the tabs ---------------------------------------------------

    def new_task(self) -> None:
        """编辑 → 新建任务 (Ctrl+T): in the 任务 tab."""
        if not self.require_plan():
            return
        if self.plan.read_only:
            QMessageBox.information(self, self.tr("督办台"), plan_read_only_reason(self.plan))
            return
        self.tabs.setCurrentWidget(self.tasks_tab)
        self.tasks_tab.new_task()

    def focus_filter(self) -> None:
        """Ctrl+F: the 任务 tab's filter box, its text selected to type over."""
        self.tabs.setCurrentWidget(self.tasks_tab)
        self.tasks_tab.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.tasks_tab.filter_edit.selectAll()

    def refresh(self) -> None:
        """F5: read everything shown again from the database."""
        if self.database is None:
            return
        bus = changes_of(self.database)
        bus.publish(Change.DATA)
        bus.flush()
        self.statusBar().showMessage(self.tr("已刷新"), 3000)

    def bring_forward(self, path: str) -> None:
        """Another start of Duban handed over *path* ("" for none): show this window, open the file."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        if not path:
            return
        current = self.database.display_name() if self.database is not None else ""
        if current and _same_location(current, path):
            return
        if current:
            answer = QMessageBox.question(
                self,
                self.tr("打开另一个数据库"),
                self.tr("督办台已打开 {0}。\n要改为打开 {1} 吗？").format(current, path),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.open_path(path)

    # -- opening -------------------------------------------------------------------------

    def choose_and_open(self) -> None:
        """文件 → 打开 (also when the file of the last session cannot be opened at start-up)."""
        file_actions.choose_and_open(self)

    def require_plan(self) -> bool:
        """Whether a database with a plan is open; if not, says so."""
        if self.database is None or self.plan is None:
            QMessageBox.information(self, self.tr("督办台"), self.tr("请先打开一个含计划的数据库。"))
            return False
        return True

    def open_task(self, task_id: int) -> None:
        """Show a task in the 任务 tab (from a calendar entry): its filters are cleared if they hide it."""
        self.tabs.setCurrentWidget(self.tasks_tab)
        if self.tasks_tab.model.row_of(task_id) < 0:
            self.tasks_tab.clear_filters()
        self.tasks_tab.select_task(task_id)

    def _connect_calendar_tab(self, tab) -> None:
        tab.open_task.connect(self.open_task)
        tab.item_activated.connect(self.open_calendar_entry)

    def _connect_people_tab(self, tab) -> None:
        tab.open_task.connect(self.open_task)

    def _connect_overview_tab(self, tab) -> None:
        tab.today = lambda: self.tasks_tab.today()
        tab.open_task.connect(self.open_task)
        tab.show_part.connect(self._show_part)
        tab.open_inspection.connect(self._open_inspection)

    def _show_part(self, part: str) -> None:
        """A part of the 总览 clicked: its tab, or the 督办单 register."""
        if part == "notices":
            window_menus.notices_register(self)
        elif part in ("quotas", "targets"):
            self.tabs.setCurrentWidget(self.quotas_tab)
            if part == "targets":
                self.quotas_tab.pages.setCurrentWidget(self.quotas_tab.targets_page)
        else:
            self.tabs.setCurrentWidget(self.tasks_tab)

    def _open_inspection(self, inspection_id: int) -> None:
        from desktop.views.inspection_dialog import InspectionDialog

        try:
            dialog = InspectionDialog(self.database, inspection_id, self)
        except UserError as error:
            QMessageBox.warning(self, self.tr("督办台"), error.message)
            return
        dialog.exec()

    def _connect_quotas_tab(self, tab) -> None:
        tab.kept_for_later.connect(self.shared.replay_pending)

    def open_calendar_entry(self, item) -> None:
        """A calendar entry double-clicked: its task is opened by ``open_task``; an inspection
        (or its preparation) opens in its own dialog, a quota duty on the 指标 tab."""
        if item is None or self.database is None or item.task_id is not None:
            return
        if item.source == "inspection" and item.source_id is not None:
            from desktop.views.inspection_dialog import InspectionDialog

            try:
                dialog = InspectionDialog(self.database, item.source_id, self)
            except UserError as error:
                QMessageBox.warning(self, self.tr("督办台"), error.message)
                return
            dialog.exec()
        elif item.source == "quota_rule" and item.source_id is not None:
            self.tabs.setCurrentWidget(self.quotas_tab)
            section = item.sections[0] if item.sections else ""
            self.quotas_tab.show_duty(item.source_id, section, item.end)

    def open_print_dialog(self, default: str = "print"):
        """File → 打印… / 打印预览… / 导出 PDF…: one dialog, with the chosen way out as its default button."""
        if not self.require_plan():
            return None
        from desktop.views.print_dialog import open_print_dialog

        return open_print_dialog(self, default)

    def import_paths(self, paths: list[Path]) -> None:
        from desktop.views.import_dialog import import_files

        import_files(self, paths)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        if len(paths) == 1 and paths[0].suffix.lower() == DATABASE_SUFFIX:
            self.open_path(str(paths[0]))
        else:
            self.import_paths(paths)

    def open_path(self, path: str) -> bool:
        return self.open_with(lambda workspace: workspace.open_database(path), path)

    def open_default(self) -> bool:
        return self.open_with(lambda workspace: workspace.open_default(), None)

    def show_preview(self, preview) -> None:
        """The task list read at start-up, shown while the database layer loads."""
        self.tasks_tab.show_rows(preview.tasks)
        self.file_label.setText(self.tr("文件：{0}").format(preview.path))
        self.plan_label.setText(self.tr("正在打开…"))

    def open_with(self, opener, path: str | None) -> bool:
        """Open the database *opener(workspace)* gives and show it; a failure is one message."""
        from desktop.services import workspace

        try:
            database = opener(workspace)
        except UserError as error:
            QMessageBox.warning(self, self.tr("无法打开数据库"), error.message)
            if path and not os.path.exists(path):  # False, not an OSError, for a name too long
                self.settings.forget_file(path)
            return False
        self.set_database(database)
        return True

    def set_database(self, database) -> None:
        """Show *database* (the previous one is closed): the current tab now, the others when first shown."""
        from desktop.services import workspace

        previous = self.database
        try:
            plan = workspace.current_plan(database)
            self.tasks_tab.detach()
            self.database, self.plan = database, plan
            changes_of(database).plan_id = plan.id if plan else None
            for tab in self.every_tab():
                tab.attach(database, plan.id if plan else None)
        except UserError as error:
            database.close()
            self.database = previous
            QMessageBox.warning(self, self.tr("无法读取数据库"), error.message)
            return
        if previous is not None and previous is not database:
            self.shared.stop_watching()
            previous.close()
        self.shared.watch(database)
        self.plan_switcher.attach(database, plan.id if plan else None)
        location = database.display_name()
        if database.target.is_file:
            self.settings.remember_file(location)
        self.file_label.setText(self.tr("文件：{0}").format(location))
        if plan is None:
            self.plan_label.setText(self.tr("此数据库还没有计划"))
            self.setWindowTitle(self.tr("督办台 — {0}").format(Path(location).name))
        else:
            # The number only: the title is long, and the status bar keeps room for who has the file open.
            self.plan_label.setText(self.tr("计划：{0}").format(plan.doc_number))
            self.plan_label.setToolTip(plan.title)
            self.plan_switcher.show_state()
        self.check_reminders(force=True)
        self.database_loaded.emit()

    def check_reminders(self, force: bool = False) -> None:
        """On opening a database and once a day while open: reload the reminders, notify the tray."""
        import datetime as dt

        if self.database is None or self.plan is None:
            self.reminder_panel.forget()
            return
        today = dt.date.today()
        if not force and self._reminded_on == today:
            return
        self._reminded_on = today
        message = self.reminder_panel.check(self.database, self.plan.id, today)
        if message is not None:
            self.tray.notify(*message)

    def show_reminders(self) -> None:
        """The tray message or icon was clicked: bring the window and the reminders up."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.reminder_dock.show()
        self.reminder_dock.raise_()

    # -- sharing the file with other PCs -----------------------------------------------------

    @property
    def watcher(self):
        """The :class:`~desktop.views.shared_file.SharedFileWatcher` of the open database, if any."""
        return self.shared.watcher

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        """The file may not be written (or may again); the banner says *reason*."""
        self._file_read_only = (read_only, reason if read_only else "")
        self.apply_read_only()

    def apply_read_only(self) -> None:
        """Let nothing be edited when the file or the plan shown (a previous year's) is read-only."""
        file_read_only, reason = self._file_read_only
        plan_reason = plan_read_only_reason(self.plan)
        read_only = file_read_only or bool(plan_reason)
        reason = reason or plan_reason
        self.tasks_tab.set_read_only(read_only)
        self.people_tab.set_read_only(read_only)
        self.quotas_tab.set_read_only(read_only)
        for action in (self.import_action, self.import_folder_action, self.undo_action, self.import_notice_action):
            action.setEnabled(not read_only)
        self.shared.show_read_only(reason if read_only else "")

    def refresh_from_elsewhere(self) -> None:
        """Another PC saved something: refresh what is shown, keep what is being typed."""
        if self.database is None:
            return
        if QApplication.activeModalWidget() is not None:
            # A dialog is open (a report being written, a conflict being decided): refresh
            # once it is closed, not underneath it.
            QTimer.singleShot(1000, self.refresh_from_elsewhere)
            return
        bus = changes_of(self.database)
        bus.publish(Change.DATA, elsewhere=True)
        bus.flush()
        self.statusBar().showMessage(self.tr("已载入其他电脑上的修改"), 5000)

    def every_tab(self) -> tuple:
        return (self.tasks_tab, self.calendar_tab, self.people_tab, self.quotas_tab, self.overview_tab)

    def _show_nothing_open(self) -> None:
        self.file_label.setText(self.tr("未打开数据库"))
        self.plan_label.setText("")

    def dialog_folder(self) -> str:
        if self.database is not None and self.database.target.is_file:
            return str(self.database.target.path.parent)
        return ""

    # -- closing -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(MAIN_WINDOW_GEOMETRY)
        if geometry is None or geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.get(MAIN_WINDOW_STATE)
        if state is not None and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get(TASKS_SPLITTER_STATE)
        if splitter is not None and not splitter.isEmpty():
            self.tasks_tab.splitter.restoreState(splitter)

    def closeEvent(self, event) -> None:
        self.tasks_tab.editor.flush()
        self.shared.stop_watching()
        self.settings.set(MAIN_WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(MAIN_WINDOW_STATE, self.saveState())
        self.settings.set(TASKS_SPLITTER_STATE, self.tasks_tab.splitter.saveState())
        self.settings.sync()
        self.reminder_timer.stop()
        self.tray.hide()
        if self.database is not None:
            self.database.close()
        super().closeEvent(event)


def _same_location(a: str, b: str) -> bool:
    """The same database file (or URL), however the path is written."""
    if "://" in a or "://" in b:
        return a == b
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return a == b
