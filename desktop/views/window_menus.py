"""The main window's menus, one function per menu, and the small handlers of 编辑 and 帮助.

The actions are kept on the window (``window.open_action`` …) so that tests and shortcuts
find them; what they do lives in :mod:`desktop.views.file_actions`,
:mod:`desktop.views.export_actions`, :mod:`desktop.views.backup_actions` and here.
The strings keep the main window's translation context.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.changes import Change
from desktop.i18n import tr
from desktop.lights.settings import LightSettings, write_light_settings
from desktop.settings import LANGUAGE
from desktop.views import backup_actions, export_actions, file_actions
from desktop.views.operations import changes_of
from desktop.views.options_dialog import OptionsDialog


def build_menus(window) -> None:
    build_file_menu(window)
    build_edit_menu(window)
    build_supervision_menu(window)
    build_view_menu(window)
    build_help_menu(window)
    file_actions.fill_recent_menu(window)


def _action(window, text: str, handler, shortcut=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(lambda _checked=False: handler())
    return action


def build_file_menu(window) -> None:
    """文件: open and create, hand out and import forms, export, print, back up, quit."""
    w = window
    menu = w.menuBar().addMenu(tr("MainWindow", "文件(&F)"))
    w.new_action = _action(w, tr("MainWindow", "新建(&N)…"), lambda: file_actions.new_database(w), QKeySequence.StandardKey.New)
    w.open_action = _action(w, tr("MainWindow", "打开(&O)…"), w.choose_and_open, QKeySequence.StandardKey.Open)
    menu.addAction(w.new_action)
    menu.addAction(w.open_action)
    w.recent_menu = menu.addMenu(tr("MainWindow", "最近打开(&R)"))
    # Filled as 文件 opens, so that it is enabled once a file was opened.
    menu.aboutToShow.connect(lambda: file_actions.fill_recent_menu(w))
    w.sample_action = _action(w, tr("MainWindow", "打开示例计划(&S)"), lambda: file_actions.open_sample(w))
    w.connect_action = _action(w, tr("MainWindow", "连接到数据库服务器(&C)…"), lambda: file_actions.connect_to_server(w))
    w.export_forms_action = _action(
        w, tr("MainWindow", "交办：导出各科室台帐表(&H)…"), lambda: export_actions.export_section_forms(w)
    )
    w.export_task_form_action = _action(
        w, tr("MainWindow", "交办：导出当前任务台帐表…"), lambda: export_actions.export_task_form(w)
    )
    w.import_action = _action(
        w, tr("MainWindow", "导入返回的台帐(&I)…"), lambda: file_actions.choose_and_import(w), QKeySequence("Ctrl+I")
    )
    w.import_folder_action = _action(
        w, tr("MainWindow", "导入文件夹中的台帐…"), lambda: file_actions.choose_folder_and_import(w)
    )
    w.export_ledger_action = _action(
        w, tr("MainWindow", "导出整个计划为 Excel(&E)…"), lambda: export_actions.export_ledger(w), QKeySequence("Ctrl+E")
    )
    w.export_calendar_action = _action(w, tr("MainWindow", "导出日历（.ics）…"), lambda: export_actions.export_calendar(w))
    w.print_action = _action(
        w, tr("MainWindow", "打印(&P)…"), lambda: w.open_print_dialog("print"), QKeySequence.StandardKey.Print
    )
    w.print_preview_action = _action(w, tr("MainWindow", "打印预览(&V)…"), lambda: w.open_print_dialog("preview"))
    w.export_pdf_action = _action(w, tr("MainWindow", "导出 PDF(&D)…"), lambda: w.open_print_dialog("pdf"))
    w.backup_action = _action(w, tr("MainWindow", "立即备份(&B)"), lambda: backup_actions.backup_now(w))
    w.restore_action = _action(w, tr("MainWindow", "从备份恢复(&T)…"), lambda: backup_actions.restore_from_backup(w))
    w.backup_folder_action = _action(w, tr("MainWindow", "备份文件夹…"), lambda: backup_actions.choose_backup_folder(w))
    w.quit_action = _action(w, tr("MainWindow", "退出(&X)"), w.close, QKeySequence.StandardKey.Quit)
    w.new_year_action = _action(w, tr("MainWindow", "新建年度计划(&Y)…"), lambda: open_next_year(w))
    w.import_notice_action = _action(w, tr("MainWindow", "导入新通知的附件表格…"), lambda: _import_notice(w))
    groups = (
        (w.sample_action, w.connect_action, w.new_year_action, w.import_notice_action),
        (w.export_forms_action, w.export_task_form_action, w.import_action, w.import_folder_action,
         w.export_ledger_action, w.export_calendar_action),
        (w.print_action, w.print_preview_action, w.export_pdf_action),
        (w.backup_action, w.restore_action, w.backup_folder_action),
        (w.quit_action,),
    )
    for group in groups:
        if group is not groups[0]:
            menu.addSeparator()
        for action in group:
            menu.addAction(action)
    w.file_menu = menu


def open_next_year(window) -> None:
    """文件 → 新建年度计划…: the next year's plan from the plan shown (a dialog that stays open while it runs)."""
    if not window.require_plan():
        return
    from desktop.views.next_year_dialog import NextYearDialog

    window.next_year_dialog = NextYearDialog(window)
    window.next_year_dialog.open()


def _import_notice(window) -> None:
    from desktop.views.notice_import_dialog import choose_and_preview

    choose_and_preview(window)


def build_edit_menu(window) -> None:
    """编辑: undo, a new task, the lights and reminders, the office's working days, the language."""
    w = window
    menu = w.menuBar().addMenu(tr("MainWindow", "编辑(&E)"))
    w.undo_action = _action(w, tr("MainWindow", "撤销(&U)"), w.tasks_tab.undo, QKeySequence.StandardKey.Undo)
    w.new_task_action = _action(w, tr("MainWindow", "新建任务(&T)…"), w.new_task, QKeySequence("Ctrl+T"))
    w.options_action = _action(w, tr("MainWindow", "红黄绿灯与提醒(&O)…"), lambda: edit_options(w))
    w.workdays_action = _action(w, tr("MainWindow", "工作日调整(&W)…"), lambda: edit_workdays(w))
    menu.addAction(w.undo_action)
    menu.addAction(w.new_task_action)
    menu.addSeparator()
    menu.addAction(w.options_action)
    menu.addAction(w.workdays_action)
    menu.aboutToShow.connect(lambda: update_undo_action(w))
    menu.addSeparator()
    # The names of the languages are written in their own language, in both.
    w.language_menu = menu.addMenu("语言 / Language")
    w.language_actions = {}
    for code, name in (("zh_CN", "中文"), ("en", "English")):
        action = w.language_menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(w.settings.language() == code)
        action.triggered.connect(lambda _checked=False, c=code: choose_language(w, c))
        w.language_actions[code] = action
    w.edit_menu = menu


def build_supervision_menu(window) -> None:
    """督办: the register of 督办单, issuing them (all overdue items at once), the 批示件 (register and a new
    one), the 通报, the notices' numbering and grading."""
    w = window
    menu = w.menuBar().addMenu(tr("MainWindow", "督办(&S)"))
    w.notices_action = _action(w, tr("MainWindow", "督办单登记簿(&R)…"), lambda: _register(w), QKeySequence("Ctrl+D"))
    w.issue_notices_action = _action(w, tr("MainWindow", "签发督办单(&I)…"), lambda: issue_notices(w))
    w.issue_overdue_action = _action(w, tr("MainWindow", "为所有逾期事项生成督办单(&A)…"),
                                     lambda: issue_notices(w, overdue_only=True))
    w.notice_settings_action = _action(w, tr("MainWindow", "督办单设置(&S)…"), lambda: edit_notice_settings(w))
    w.briefing_action = _action(w, tr("MainWindow", "定期通报(&B)…"), lambda: _briefing(w))
    # Work from outside the plan (issue 19): 领导批示, 会议纪要, 上级交办.
    w.instructions_action = _action(w, tr("MainWindow", "批示件登记簿(&L)…"), lambda: instructions_register(w))
    w.new_instruction_action = _action(w, tr("MainWindow", "新建批示件任务(&P)…"), lambda: new_instruction(w))
    for action in (w.notices_action, w.issue_notices_action, w.issue_overdue_action):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(w.instructions_action)
    menu.addAction(w.new_instruction_action)
    menu.addSeparator()
    menu.addAction(w.briefing_action)
    menu.addSeparator()
    menu.addAction(w.notice_settings_action)
    w.supervision_menu = menu


def notices_register(window):
    """督办 → 督办单登记簿 (also from the 总览's 督办单 tile)."""
    return _register(window)


def instructions_register(window):
    """督办 → 批示件登记簿."""
    from desktop.views.instructions_window import show_instructions

    return show_instructions(window)


def new_instruction(window):
    """督办 → 新建批示件任务…"""
    from desktop.views.instructions_window import new_instruction as register_one

    return register_one(window)


def _register(window):
    from desktop.views.notices_window import show_notices

    return show_notices(window)


def _briefing(window) -> None:
    from desktop.views.briefing_dialog import show_briefing

    show_briefing(window)


def edit_notice_settings(window) -> None:
    from desktop.views.notices_window import NoticeSettingsDialog

    if window.database is None or window.plan is None:
        QMessageBox.information(window, tr("MainWindow", "督办台"), tr("MainWindow", "请先打开一个数据库。"))
        return
    NoticeSettingsDialog(window.database, window.plan.id, window).exec()


def issue_notices(window, task_id: int | None = None, *, overdue_only: bool = False, uids=None) -> None:
    """Open the register and its issuing dialog: today's drafts (a task's only, a reminder's, or the overdue ones)."""
    register = _register(window)
    if register is not None:
        register.register.issue(overdue_only=overdue_only, task_id=task_id, uids=uids)


def build_view_menu(window) -> None:
    """查看: one entry per tab (Ctrl+1…), the 提醒 panel shown or not, find a task, refresh."""
    w = window
    menu = w.menuBar().addMenu(tr("MainWindow", "查看(&V)"))
    w.tab_actions = []
    for number in range(w.tabs.count()):
        action = _action(
            w, w.tabs.tabText(number), lambda n=number: w.tabs.setCurrentIndex(n), QKeySequence(f"Ctrl+{number + 1}")
        )
        menu.addAction(action)
        w.tab_actions.append(action)
    menu.addSeparator()
    # Checkable, so the 提醒 panel can be brought back once closed.
    w.reminders_view_action = w.reminder_dock.toggleViewAction()
    w.reminders_view_action.setText(tr("MainWindow", "提醒(&M)"))
    menu.addAction(w.reminders_view_action)
    menu.addSeparator()
    w.find_action = _action(w, tr("MainWindow", "查找任务(&F)"), w.focus_filter, QKeySequence.StandardKey.Find)
    menu.addAction(w.find_action)
    w.refresh_action = _action(w, tr("MainWindow", "刷新(&R)"), w.refresh, QKeySequence.StandardKey.Refresh)
    menu.addAction(w.refresh_action)
    w.view_menu = menu


def build_help_menu(window) -> None:
    """帮助: the user guide (F1) and the About box."""
    w = window
    menu = w.menuBar().addMenu(tr("MainWindow", "帮助(&H)"))
    w.guide_action = _action(w, tr("MainWindow", "使用指南(&G)"), lambda: show_guide(w), QKeySequence.StandardKey.HelpContents)
    menu.addAction(w.guide_action)
    w.about_action = _action(w, tr("MainWindow", "关于督办台(&A)"), lambda: about(w))
    menu.addAction(w.about_action)
    w.help_menu = menu


# -- what 编辑 and 帮助 do -----------------------------------------------------------------


def edit_options(window) -> None:
    """编辑 → 红黄绿灯与提醒: kept in the settings; every tab hears Change.SETTINGS."""
    dialog = OptionsDialog(LightSettings(window.tasks_tab.yellow_days, window.reminder_panel.working_days), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    lights = dialog.values()
    write_light_settings(window.settings, lights)
    window.tasks_tab.yellow_days = window.calendar_tab.yellow_days = lights.yellow_days
    window.people_tab.yellow_days = window.reminder_panel.yellow_days = lights.yellow_days
    window.overview_tab.yellow_days = lights.yellow_days
    window.tasks_tab.reminder_working_days = window.reminder_panel.working_days = lights.reminder_working_days
    if window.database is not None:
        bus = changes_of(window.database)
        bus.publish(Change.SETTINGS)
        bus.flush()
        window.check_reminders(force=True)


def edit_workdays(window) -> None:
    """Edit → 工作日调整: the office's rest days and make-up working days; the calendar follows."""
    from desktop.views.workday_dialog import WorkdayDialog

    if window.database is None:
        QMessageBox.information(window, tr("MainWindow", "督办台"), tr("MainWindow", "请先打开一个数据库。"))
        return
    WorkdayDialog(window.database, window, window.plan.id if window.plan else None).exec()


def update_undo_action(window) -> None:
    """编辑 is opening: 撤销 names what it would undo, greyed out when there is nothing."""
    stack = window.tasks_tab.undo_stack
    window.undo_action.setEnabled(stack.can_undo())
    label = stack.next_label()
    window.undo_action.setText(tr("MainWindow", "撤销“{0}”(&U)").format(label) if label else tr("MainWindow", "撤销(&U)"))


def about(window) -> None:
    from desktop.views.help_dialog import about_text

    QMessageBox.about(window, tr("MainWindow", "关于督办台"), about_text(window.database))


def show_guide(window):
    """帮助 → 使用指南 (F1): the short user guide, in a window of its own beside the main one (one of it)."""
    from desktop.views.help_dialog import HelpDialog

    guide = window.findChild(HelpDialog)
    if guide is None:
        guide = HelpDialog(window.settings, window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def choose_language(window, code: str) -> None:
    """编辑 → 语言: kept in the settings; the window is built in the new language at the next start."""
    for other, action in window.language_actions.items():
        action.setChecked(other == code)
    if code == window.settings.language():
        return
    window.settings.set(LANGUAGE, code)
    window.settings.sync()
    QMessageBox.information(
        window,
        "语言 / Language",
        "界面语言将在重新启动督办台后改为中文。\nThe language will change to Chinese when you restart Duban."
        if code == "zh_CN"
        else "界面语言将在重新启动督办台后改为英文。\nThe language will change to English when you restart Duban.",
    )
