"""The main window: four tabs over one open database, the File menu and the status bar.

The window alone holds the open :class:`~desktop.db.database.Database` and hands it
to the tabs; the tabs never talk to each other. :mod:`desktop.services.workspace`
is imported when a database is opened, after the window is on screen.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
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
from desktop.settings import (
    CALENDAR_REMINDER_WORKING_DAYS,
    LANGUAGE,
    MAIN_WINDOW_GEOMETRY,
    MAIN_WINDOW_STATE,
    REMINDER_DAYS,
    TASKS_SPLITTER_STATE,
    YELLOW_WORKING_DAYS,
    Settings,
)
from desktop.views import collector
from desktop.views.reminders import CalendarReminderPanel, TrayNotifier
from desktop.views.calendar_tab import CalendarTab
from desktop.views.lazy_tab import LazyTab
from desktop.views.operations import changes_of
from desktop.views.options_dialog import OptionsDialog
from desktop.views.tasks_tab import TasksTab


def _people_tab():
    from desktop.views.people_tab import PeopleTab

    return PeopleTab()


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
        self.tasks_tab.yellow_days = int(settings.get(YELLOW_WORKING_DAYS))
        self.tasks_tab.reminder_days = int(settings.get(REMINDER_DAYS))
        self.calendar_tab = CalendarTab()
        # 人员 and 指标 are imported and built when first shown or loaded (see LazyTab).
        self.people_tab = LazyTab(_people_tab, self._connect_people_tab)
        self.people_tab.yellow_days = self.tasks_tab.yellow_days
        self.quotas_tab = LazyTab(_quotas_tab, self._connect_quotas_tab)
        self.tabs.addTab(self.tasks_tab, self.tr("任务"))
        self.tabs.addTab(self.calendar_tab, self.tr("日历"))
        self.tabs.addTab(self.people_tab, self.tr("人员"))
        self.tabs.addTab(self.quotas_tab, self.tr("指标"))
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
        self.watcher = None
        self.read_only_reason = ""
        self.unreachable_message = ""
        self.calendar_tab.open_task.connect(self.open_task)
        self.calendar_tab.item_activated.connect(self.open_calendar_entry)
        # Reminders (issue 7): a dock beside the tabs, and the system tray.
        self.reminder_panel = CalendarReminderPanel(
            working_days=max(1, min(15, int(settings.get(CALENDAR_REMINDER_WORKING_DAYS))))
        )
        self.reminder_panel.open_task.connect(self.open_task)
        self.reminder_panel.open_entry.connect(self.open_calendar_entry)
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

        self._build_menus()
        self._restore_geometry()
        self._show_nothing_open()

    # -- menus ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.new_action = QAction(self.tr("新建(&N)…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_database)
        self.open_action = QAction(self.tr("打开(&O)…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_and_open)
        self.recent_menu = file_menu.addMenu(self.tr("最近打开(&R)"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.import_action = QAction(self.tr("导入返回的台帐(&I)…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.choose_and_import)
        self.import_folder_action = QAction(self.tr("导入文件夹中的台帐…"), self)
        self.import_folder_action.triggered.connect(self.choose_folder_and_import)
        self.export_forms_action = QAction(self.tr("交办：导出各科室台帐表(&H)…"), self)
        self.export_forms_action.triggered.connect(self.export_section_forms)
        self.export_task_form_action = QAction(self.tr("交办：导出当前任务台帐表…"), self)
        self.export_task_form_action.triggered.connect(self.export_task_form)
        self.export_ledger_action = QAction(self.tr("导出整个计划为 Excel(&E)…"), self)
        self.export_ledger_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_ledger_action.triggered.connect(self.export_ledger)
        self.export_calendar_action = QAction(self.tr("导出日历（.ics）…"), self)
        self.export_calendar_action.triggered.connect(self.export_calendar)
        self.print_action = QAction(self.tr("打印(&P)…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self.open_print_dialog("print"))
        self.print_preview_action = QAction(self.tr("打印预览(&V)…"), self)
        self.print_preview_action.triggered.connect(lambda: self.open_print_dialog("preview"))
        self.export_pdf_action = QAction(self.tr("导出 PDF(&D)…"), self)
        self.export_pdf_action.triggered.connect(lambda: self.open_print_dialog("pdf"))
        self.connect_action = QAction(self.tr("连接到数据库服务器(&C)…"), self)
        self.connect_action.triggered.connect(self.connect_to_server)
        self.backup_action = QAction(self.tr("立即备份(&B)"), self)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(self.tr("从备份恢复(&T)…"), self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.backup_folder_action = QAction(self.tr("备份文件夹…"), self)
        self.backup_folder_action.triggered.connect(self.choose_backup_folder)
        self.sample_action = QAction(self.tr("打开示例计划(&S)"), self)
        self.sample_action.triggered.connect(self.open_sample)
        self.quit_action = QAction(self.tr("退出(&X)"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

        file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        file_menu.addAction(self.sample_action)
        file_menu.addAction(self.connect_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_forms_action)
        file_menu.addAction(self.export_task_form_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_folder_action)
        file_menu.addAction(self.export_ledger_action)
        file_menu.addAction(self.export_calendar_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.print_preview_action)
        file_menu.addAction(self.export_pdf_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.backup_folder_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu

        edit_menu = self.menuBar().addMenu(self.tr("编辑(&E)"))
        self.undo_action = QAction(self.tr("撤销(&U)"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.tasks_tab.undo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        self.options_action = QAction(self.tr("红黄灯与提醒设置(&O)…"), self)
        self.options_action.triggered.connect(self.edit_options)
        edit_menu.addAction(self.options_action)
        self.workdays_action = QAction(self.tr("工作日调整(&W)…"), self)
        self.workdays_action.triggered.connect(self.edit_workdays)
        edit_menu.addAction(self.workdays_action)
        edit_menu.aboutToShow.connect(self._update_undo_action)
        self.new_task_action = QAction(self.tr("新建任务(&T)…"), self)
        self.new_task_action.setShortcut(QKeySequence("Ctrl+T"))
        self.new_task_action.triggered.connect(self.new_task)
        edit_menu.insertAction(edit_menu.actions()[1], self.new_task_action)
        edit_menu.addSeparator()
        # The names of the languages are written in their own language, in both.
        self.language_menu = edit_menu.addMenu("语言 / Language")
        self.language_actions = {}
        for code, name in (("zh_CN", "中文"), ("en", "English")):
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(self.settings.language() == code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_actions[code] = action
        self.edit_menu = edit_menu

        view_menu = self.menuBar().addMenu(self.tr("查看(&V)"))
        self.tab_actions = []
        for number in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(number), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, n=number: self.tabs.setCurrentIndex(n))
            view_menu.addAction(action)
            self.tab_actions.append(action)
        view_menu.addSeparator()
        self.find_action = QAction(self.tr("查找任务(&F)"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_filter)
        view_menu.addAction(self.find_action)
        self.refresh_action = QAction(self.tr("刷新(&R)"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        view_menu.addAction(self.refresh_action)
        self.view_menu = view_menu

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.guide_action = QAction(self.tr("使用指南(&G)"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        self.about_action = QAction(self.tr("关于督办台(&A)"), self)
        self.about_action.triggered.connect(self._about)
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path}")
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    def edit_options(self) -> None:
        dialog = OptionsDialog(
            self.tasks_tab.yellow_days, self.tasks_tab.reminder_days, self.reminder_panel.working_days, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.tasks_tab.yellow_days, self.tasks_tab.reminder_days, self.reminder_panel.working_days = dialog.values()
        self.people_tab.yellow_days = self.tasks_tab.yellow_days
        self.settings.set(YELLOW_WORKING_DAYS, self.tasks_tab.yellow_days)
        self.settings.set(REMINDER_DAYS, self.tasks_tab.reminder_days)
        self.settings.set(CALENDAR_REMINDER_WORKING_DAYS, self.reminder_panel.working_days)
        if self.database is not None:
            bus = changes_of(self.database)
            bus.publish(Change.SETTINGS)
            bus.flush()
            self.check_reminders(force=True)

    def edit_workdays(self) -> None:
        """Edit → 工作日调整: the office's rest days and make-up working days; the calendar follows."""
        from desktop.views.workday_dialog import WorkdayDialog

        if self.database is None:
            QMessageBox.information(self, self.tr("督办台"), self.tr("请先打开一个数据库。"))
            return
        WorkdayDialog(self.database, self, self.plan.id if self.plan else None).exec()

    def _update_undo_action(self) -> None:
        stack = self.tasks_tab.undo_stack
        self.undo_action.setEnabled(stack.can_undo())
        label = stack.next_label()
        self.undo_action.setText(self.tr("撤销“{0}”(&U)").format(label) if label else self.tr("撤销(&U)"))

    def _about(self) -> None:
        from desktop.views.help_dialog import about_text

        QMessageBox.about(self, self.tr("关于督办台"), about_text(self.database))

    def show_guide(self):
        """帮助 → 使用指南 (F1): the short user guide, in a window of its own beside the main one."""
        from desktop.views.help_dialog import HelpDialog

        if getattr(self, "_guide", None) is None:
            self._guide = HelpDialog(self.settings, self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()
        return self._guide

    def choose_language(self, code: str) -> None:
        """编辑 → 语言: kept in the settings; the window is built in the new language at the next start."""
        for other, action in self.language_actions.items():
            action.setChecked(other == code)
        if code == self.settings.language():
            return
        self.settings.set(LANGUAGE, code)
        self.settings.sync()
        QMessageBox.information(
            self,
            "语言 / Language",
            "界面语言将在重新启动督办台后改为中文。\nThe language will change to Chinese when you restart Duban."
            if code == "zh_CN"
            else "界面语言将在重新启动督办台后改为英文。\nThe language will change to English when you restart Duban.",
        )

    def new_task(self) -> None:
        """编辑 → 新建任务 (Ctrl+T): in the 任务 tab."""
        if not self._plan_open():
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
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("打开督办台数据库"),
            self.dialog_folder(),
            self.tr("督办台数据库 (*{0});;早期版本的数据库 (*.sqlite *.db);;所有文件 (*)").format(DATABASE_SUFFIX),
        )
        if path:
            self.open_path(path)

    def _plan_open(self) -> bool:
        if self.database is None or self.plan is None:
            QMessageBox.information(self, self.tr("督办台"), self.tr("请先打开一个含计划的数据库。"))
            return False
        return True

    def export_section_forms(self) -> None:
        """交办: one workbook per lead section, in a folder the person picks."""
        if not self._plan_open():
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择保存台帐表的文件夹"), self.dialog_folder())
        if not folder:
            return
        from desktop.excel.forms import default_deadline, default_period, export_section_forms

        try:
            paths = export_section_forms(self.database, self.plan.id, folder, default_period(), default_deadline())
        except UserError as error:
            QMessageBox.warning(self, self.tr("没有导出"), error.message)
            return
        QMessageBox.information(
            self,
            self.tr("已导出台帐表"),
            self.tr("已在 {0} 生成 {1} 个台帐表：\n{2}").format(folder, len(paths), "\n".join(p.name for p in paths)),
        )

    def export_task_form(self) -> None:
        """交办: the form of the task selected in the 任务 tab."""
        if not self._plan_open():
            return
        snapshot = self.tasks_tab.editor.snapshot
        if snapshot is None:
            QMessageBox.information(self, self.tr("导出台帐表"), self.tr("请先在任务页选择一项任务。"))
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择保存台帐表的文件夹"), self.dialog_folder())
        if not folder:
            return
        from desktop.excel.forms import default_deadline, default_period, export_task_form

        try:
            path = export_task_form(self.database, snapshot.id, folder, default_period(), default_deadline())
        except UserError as error:
            QMessageBox.warning(self, self.tr("没有导出"), error.message)
            return
        QMessageBox.information(self, self.tr("已导出台帐表"), self.tr("已生成 {0}").format(path))

    def export_ledger(self) -> None:
        """The whole plan as one workbook (tasks, measures, reports, inspections, quotas, people)."""
        if not self._plan_open():
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出整个计划"), self.dialog_folder(), self.tr("Excel 表格 (*.xlsx)")
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from desktop.excel.ledger import export_ledger

        try:
            # the save dialog has already asked before replacing a file
            written = export_ledger(self.database, self.plan.id, path, overwrite=True)
        except UserError as error:
            QMessageBox.warning(self, self.tr("没有导出"), error.message)
            return
        QMessageBox.information(self, self.tr("已导出"), self.tr("已导出到 {0}").format(written))

    def export_calendar(self) -> None:
        """File → 导出日历: an .ics file for Outlook or the Windows Calendar app."""
        from desktop.calendar.ics import export_ics

        if not self._plan_open():
            return
        start = str(Path(self.dialog_folder() or ".") / self.tr("督办日历.ics"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出日历"), start, self.tr("iCalendar 日历 (*.ics)"))
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        try:
            written = export_ics(self.database, self.plan.id, path, overwrite=True)
        except UserError as error:
            QMessageBox.warning(self, self.tr("没有导出"), error.message)
            return
        self.statusBar().showMessage(self.tr("已导出日历：{0}").format(written), 10000)

    def open_task(self, task_id: int) -> None:
        """Show a task in the 任务 tab (from a calendar entry): its filters are cleared if they hide it."""
        self.tabs.setCurrentWidget(self.tasks_tab)
        if self.tasks_tab.model.row_of(task_id) < 0:
            self.tasks_tab.clear_filters()
        self.tasks_tab.select_task(task_id)

    def _connect_people_tab(self, tab) -> None:
        tab.open_task.connect(self.open_task)

    def _connect_quotas_tab(self, tab) -> None:
        tab.kept_for_later.connect(self._kept_for_later)

    def _kept_for_later(self) -> None:
        """An edit was kept in the local recovery file: count it, and save it as soon as the file is back."""
        if self.watcher is not None:
            self.watcher.replay_pending()

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
        if not self._plan_open():
            return None
        from desktop.views.print_dialog import open_print_dialog

        return open_print_dialog(self, default)

    def choose_and_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("选择返回的台帐"),
            "",
            self.tr("Excel 表格 (*.xlsx *.xlsm *.xls *.et);;所有文件 (*)"),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def choose_folder_and_import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择放有返回台帐的文件夹"))
        if folder:
            self.import_paths([Path(folder)])

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

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("新建督办台数据库"),
            self.dialog_folder(),
            self.tr("督办台数据库 (*{0})").format(DATABASE_SUFFIX),
        )
        if not path:
            return
        if not path.endswith(DATABASE_SUFFIX):
            path += DATABASE_SUFFIX
        answer = QMessageBox.question(
            self,
            self.tr("新建数据库"),
            self.tr("要在新数据库中放入内置的 2022 年计划（柳科通〔2022〕20号）吗？\n选“否”则建立空数据库。"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        with_sample = answer == QMessageBox.StandardButton.Yes
        self._open_with(lambda workspace: workspace.create_database(path, with_sample=with_sample), path)

    def open_sample(self) -> None:
        self._open_with(lambda workspace: workspace.open_sample(), None)

    def open_path(self, path: str) -> bool:
        return self._open_with(lambda workspace: workspace.open_database(path), path)

    def open_default(self) -> bool:
        return self._open_with(lambda workspace: workspace.open_default(), None)

    def show_preview(self, preview) -> None:
        """The task list read at start-up, shown while the database layer loads."""
        self.tasks_tab.show_rows(preview.tasks)
        self.file_label.setText(self.tr("文件：{0}").format(preview.path))
        self.plan_label.setText(self.tr("正在打开…"))

    def _open_with(self, opener, path: str | None) -> bool:
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
            for tab in self.every_tab():
                tab.attach(database, plan.id if plan else None)
        except UserError as error:
            database.close()
            self.database = previous
            QMessageBox.warning(self, self.tr("无法读取数据库"), error.message)
            return
        if previous is not None and previous is not database:
            self._stop_watching()
            previous.close()
        self._watch(database)
        location = database.display_name()
        if database.target.is_file:
            self.settings.remember_file(location)
        self.file_label.setText(self.tr("文件：{0}").format(location))
        if plan is None:
            self.plan_label.setText(self.tr("此数据库还没有计划"))
            self.setWindowTitle(self.tr("督办台 — {0}").format(Path(location).name))
        else:
            self.plan_label.setText(self.tr("计划：{0}　{1}").format(plan.doc_number, plan.title))
            self.setWindowTitle(self.tr("督办台 — {0}（{1}）").format(plan.doc_number, Path(location).name))
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

    def _watch(self, database) -> None:
        """Start polling, heartbeats, recovery and backups for *database*; show its read-only state."""
        from desktop.views.restore_dialog import configured_backup_folder
        from desktop.views.shared_file import SharedFileWatcher

        if self.watcher is not None and self.watcher.database is database:
            return
        self._stop_watching()
        database.identity()  # read while the file is reachable; the recovery file is keyed by it
        self.watcher = SharedFileWatcher(database, backup_folder=configured_backup_folder(self.settings), parent=self)
        self.watcher.changed_elsewhere.connect(self.refresh_from_elsewhere)
        self.watcher.presence_changed.connect(self._show_presence)
        self.watcher.connection_lost.connect(self._connection_lost)
        self.watcher.connection_back.connect(self._connection_back)
        self.watcher.replayed.connect(self._replayed)
        self.watcher.pending_changed.connect(self._show_pending)
        self.watcher.damaged.connect(self._damaged)
        self.watcher.backed_up.connect(
            lambda path: self.statusBar().showMessage(self.tr("已自动备份到 {0}").format(path), 8000)
        )
        self.watcher.backup_failed.connect(
            lambda message: self.statusBar().showMessage(self.tr("自动备份没有成功：{0}").format(message), 15000)
        )
        self.tasks_tab.editor.kept_for_later.connect(self.watcher.replay_pending)
        self.unreachable_message = ""
        self.presence_label.setText("")
        self._set_read_only(database.read_only, database.read_only_reason)
        self.watcher.start()

    def _stop_watching(self) -> None:
        if self.watcher is not None:
            try:
                self.tasks_tab.editor.kept_for_later.disconnect(self.watcher.replay_pending)
            except (RuntimeError, TypeError):
                pass
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None

    def _set_read_only(self, read_only: bool, reason: str = "") -> None:
        self.read_only_reason = reason if read_only else ""
        self.tasks_tab.set_read_only(read_only)
        self.people_tab.set_read_only(read_only)
        self.quotas_tab.set_read_only(read_only)
        for action in (self.import_action, self.import_folder_action, self.undo_action):
            action.setEnabled(not read_only)
        self._update_banner()

    def _update_banner(self) -> None:
        if self.unreachable_message:
            self.banner.setStyleSheet("background: #fdecea; color: #8a1c1c;")
            self.banner.setText(
                self.tr("无法访问数据库：{0} 您的修改会先暂存在本机，连接恢复后自动保存。").format(self.unreachable_message)
            )
            self.banner.show()
        elif self.read_only_reason:
            self.banner.setStyleSheet("background: #fff4d6; color: #5c4400;")
            self.banner.setText(self.tr("只读：{0}").format(self.read_only_reason))
            self.banner.show()
        else:
            self.banner.hide()

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

    def _show_presence(self, others) -> None:
        if not others:
            self.presence_label.setText(self.tr("只有您打开着此文件"))
            self.presence_label.setToolTip("")
            return
        self.presence_label.setText(self.tr("另有 {0} 人打开：{1}").format(len(others), "、".join(o.os_user for o in others)))
        self.presence_label.setToolTip("\n".join(o.describe() for o in others))

    def _show_pending(self, count: int) -> None:
        self.pending_label.setVisible(count > 0)
        self.pending_label.setText(self.tr("{0} 项修改暂存在本机，待保存").format(count))

    def _connection_lost(self, message: str) -> None:
        self.unreachable_message = message
        self._update_banner()

    def _connection_back(self) -> None:
        self.unreachable_message = ""
        self._update_banner()
        self.statusBar().showMessage(self.tr("已重新连接到数据库"), 5000)

    def _replayed(self, result) -> None:
        """Edits from the recovery file reached the database; conflicts go to the person."""
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(1000, self, lambda: self._replayed(result))
            return
        editor = self.tasks_tab.editor
        for entry in result.saved:
            if entry.kind == "task_fields":
                editor.forget_drafts(entry.payload["task_id"], list(entry.payload["changes"]))
        for entry, conflict in result.conflicts:
            self._resolve_replayed_conflict(entry, conflict)
        lines = []
        if result.saved:
            lines.append(self.tr("已保存暂存在本机的 {0} 项修改：").format(len(result.saved)))
            lines += [f"  · {entry.label}" for entry in result.saved]
        for entry, error in result.refused:
            lines.append(self.tr("“{0}”无法保存：{1}（文字已另存在本机的恢复文件夹中）").format(entry.label, error.message))
        if lines:
            self.statusBar().showMessage(lines[0], 10000)
            if result.refused:
                QMessageBox.warning(self, self.tr("暂存的修改"), "\n".join(lines))

    def _resolve_replayed_conflict(self, entry, conflict) -> None:
        from desktop.services import tasks
        from desktop.views.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(conflict, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            try:
                tasks.save_task(
                    self.database, entry.payload["task_id"], conflict.current_version, conflict.current,
                    dialog.chosen(), confirm_over_limit=True,
                )
            except UserError as error:
                QMessageBox.warning(self, self.tr("没有保存"), error.message)
                return
        self.watcher.recovery.remove({entry.save_id})
        if entry.kind == "task_fields":
            self.tasks_tab.editor.forget_drafts(entry.payload["task_id"], list(entry.payload["changes"]))

    def _damaged(self, problems) -> None:
        """quick_check failed: stop writing, say so, offer the newest good backup."""
        if self.database is None:
            return
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(1000, self, lambda: self._damaged(problems))
            return
        detail = "；".join(str(p) for p in problems[:3])
        self.database.read_only = True
        self.database.read_only_reason = self.tr("数据库文件检查未通过（{0}），为免损坏扩大，已改为只读。").format(detail)
        self._set_read_only(True, self.database.read_only_reason)
        if self.database.target.is_file:
            self.restore_from_backup(problem=self.database.read_only_reason)

    def backup_now(self) -> None:
        from desktop.db import backup
        from desktop.views.restore_dialog import configured_backup_folder

        if self.database is None or not self.database.target.is_file:
            QMessageBox.information(
                self, self.tr("备份"), self.tr("只能备份数据库文件。服务器上的数据库请用服务器自己的备份工具（如 pg_dump）。")
            )
            return
        try:
            info = backup.make_backup(self.database.target.path, configured_backup_folder(self.settings), reason=backup.MANUAL)
        except UserError as error:
            QMessageBox.warning(self, self.tr("备份没有成功"), error.message)
            return
        QMessageBox.information(self, self.tr("已备份"), self.tr("已备份并校验：{0}").format(info.path))

    def restore_from_backup(self, problem: str | None = None) -> None:
        from desktop.services import workspace
        from desktop.views.restore_dialog import configured_backup_folder, offer_restore

        if self.database is None or not self.database.target.is_file:
            QMessageBox.information(
                self, self.tr("从备份恢复"), self.tr("请先打开一个数据库文件。服务器上的数据库请用服务器自己的工具恢复。")
            )
            return
        self.tasks_tab.editor.flush()
        path = self.database.target.path
        session_id = self.watcher.session_id if self.watcher is not None else None
        if not offer_restore(self, path, configured_backup_folder(self.settings), problem=problem, session_id=session_id):
            return
        try:
            database = workspace.open_database(path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("无法打开数据库"), error.message)
            return
        self._stop_watching()
        self.set_database(database)

    def choose_backup_folder(self) -> None:
        from desktop.settings import BACKUP_FOLDER
        from desktop.views.restore_dialog import configured_backup_folder

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择备份文件夹（建议选本机磁盘，而不是网络驱动器）"), str(configured_backup_folder(self.settings))
        )
        if folder:
            self.settings.set(BACKUP_FOLDER, folder)
            if self.watcher is not None:
                self.watcher.backup_folder = Path(folder)

    def connect_to_server(self) -> None:
        """File → Connect to server: a PostgreSQL URL instead of a file."""
        from desktop.views.server_dialog import ask_database_url

        url = ask_database_url(self)
        if url:
            self.open_path(url)

    def every_tab(self) -> tuple:
        return (self.tasks_tab, self.calendar_tab, self.people_tab, self.quotas_tab)

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
        self._stop_watching()
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
