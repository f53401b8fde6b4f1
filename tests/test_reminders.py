"""Reminders (issue 7): overdue and due-soon items by working days, dismissals per person, the panel, the tray."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from desktop.calendar.items import ItemKind
from desktop.calendar.reminders import (
    dismiss,
    dismissed,
    due_reminders,
    is_overdue,
    notification_text,
    undismiss_all,
)
from desktop.lights import Light
from desktop.models import Plan
from desktop.models.audit import current_actor
from desktop.views.reminders import CalendarReminderPanel, TrayNotifier
from desktop.workdays import set_override

D = dt.date
MONDAY = D(2022, 6, 20)  # the June 30 deadlines are 8 working days away, the June 24 ones 4
TODAY = D(2022, 6, 27)


def plan_id(database):
    with database.read() as session:
        return session.scalar(select(Plan.id))


def titles(items, kind=None):
    return {i.title for i in items if kind is None or i.kind is kind}


# -- the service ------------------------------------------------------------------------------


def test_overdue_then_due_soon_and_nothing_done_or_far(sample_db):
    items = due_reminders(sample_db, plan_id(sample_db), TODAY)
    overdue = [i for i in items if is_overdue(i)]
    soon = [i for i in items if not is_overdue(i)]
    assert overdue and soon
    assert items == overdue + soon  # overdue first
    assert "第三方评估（备检）" in titles(overdue)  # ended 31 May, not prepared
    assert all(i.light == Light.RED.value for i in overdue)
    # Due soon: still to do, and the light the lights' own rule gives (yellow within 3 working days).
    assert all(i.open and i.light in (Light.YELLOW.value, Light.GREEN.value) for i in soon)
    assert {i.light for i in soon} == {Light.YELLOW.value, Light.GREEN.value}
    assert all(i.end < TODAY or i.start < TODAY for i in overdue)
    assert "2-1 柳州市建立“三制一补”机制激发创新活力，加快建国家创新型城市" in titles(soon, ItemKind.TASK_DEADLINE)
    assert all(i.start >= TODAY or i.end >= TODAY for i in soon)
    # The collection of 24 June is a reminder nobody ticks off: once past it is not overdue.
    assert not any(i.kind is ItemKind.COLLECTION for i in overdue)


def test_due_soon_counts_working_days_over_a_holiday(sample_db):
    pid = plan_id(sample_db)
    deadline = "2-1 柳州市建立“三制一补”机制激发创新活力，加快建国家创新型城市"
    # 21..30 June hold 8 working days: out of 7, in with 8.
    assert deadline not in titles(due_reminders(sample_db, pid, MONDAY, working_days=7))
    assert deadline in titles(due_reminders(sample_db, pid, MONDAY, working_days=8))
    # The 24th (a Friday: the collection of the 25th moved before the weekend) is 4 working days away.
    assert "媒体报道情况归集到法监科" not in titles(due_reminders(sample_db, pid, MONDAY, working_days=3))
    set_override(sample_db, D(2022, 6, 21), False, "临时放假")
    with_holiday = due_reminders(sample_db, pid, MONDAY, working_days=7)
    assert deadline in titles(with_holiday)  # the holiday does not count: 7 working days now
    assert "媒体报道情况归集到法监科" in titles(due_reminders(sample_db, pid, MONDAY, working_days=3))


def test_working_days_out_of_range_is_refused(sample_db):
    with pytest.raises(ValueError):
        due_reminders(sample_db, plan_id(sample_db), TODAY, working_days=40)


def test_dismissals_are_per_person(sample_db):
    pid = plan_id(sample_db)
    everything = due_reminders(sample_db, pid, TODAY, user="alice")
    first, second = everything[0], everything[-1]
    dismiss(sample_db, first.uid, user="alice")
    dismiss(sample_db, first.uid, user="alice")  # twice is once
    dismiss(sample_db, second.uid, user="bob")
    alice = due_reminders(sample_db, pid, TODAY, user="alice")
    bob = due_reminders(sample_db, pid, TODAY, user="bob")
    assert [i.uid for i in alice] == [i.uid for i in everything if i.uid != first.uid]
    assert [i.uid for i in bob] == [i.uid for i in everything if i.uid != second.uid]
    assert dismissed(sample_db, "alice") == {first.uid}
    # This OS user is the default, and has dismissed nothing.
    assert due_reminders(sample_db, pid, TODAY) == everything
    dismiss(sample_db, second.uid)
    assert dismissed(sample_db, current_actor()[0]) == {second.uid}
    assert undismiss_all(sample_db, user="alice") == 1
    assert due_reminders(sample_db, pid, TODAY, user="alice") == everything
    assert dismissed(sample_db, "bob") == {second.uid}


def test_notification_text(sample_db):
    items = due_reminders(sample_db, plan_id(sample_db), TODAY)
    overdue = sum(1 for i in items if is_overdue(i))
    title, body = notification_text(items)
    assert title == "督办提醒"
    lines = body.split("\n")
    assert lines[0].startswith(f"共 {overdue} 项已逾期、{len(items) - overdue} 项 7 个工作日内到期（含任务、措施、时间节点、督查")
    assert items[0].title in lines[1]
    assert lines[-1] == f"等 {len(items)} 项"
    assert notification_text([]) is None
    only_overdue = [i for i in items if is_overdue(i)][:2]
    assert notification_text(only_overdue)[1].split("\n")[0].startswith("共 2 项已逾期、0 项")


# -- the panel and the tray -----------------------------------------------------------------


def _row_of(panel, uid):
    for index in range(panel.list.count()):
        if panel.list.item(index).data(Qt.ItemDataRole.UserRole) == uid:
            return panel.list.item(index)
    return None


def test_panel_dismisses_the_selected_reminder_for_good(qtbot, sample_db):
    pid = plan_id(sample_db)
    panel = CalendarReminderPanel(user="alice")
    qtbot.addWidget(panel)
    panel.load(sample_db, pid, TODAY)
    assert panel.list.count() == len(panel.items) > 1
    assert not panel.dismiss_button.isEnabled()
    panel.list.setCurrentRow(1)
    uid = panel.selected_uid()
    assert panel.dismiss_button.isEnabled()
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert _row_of(panel, uid) is None
    assert uid not in {i.uid for i in panel.items}
    panel.reload()
    assert _row_of(panel, uid) is None
    again = CalendarReminderPanel(user="alice")
    qtbot.addWidget(again)
    assert again.check(sample_db, pid, TODAY) is not None
    assert _row_of(again, uid) is None
    other = CalendarReminderPanel(user="bob")
    qtbot.addWidget(other)
    other.load(sample_db, pid, TODAY)
    assert _row_of(other, uid) is not None
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert _row_of(panel, uid) is not None


def test_panel_double_click_opens_the_task(qtbot, sample_db):
    panel = CalendarReminderPanel(user="alice")
    qtbot.addWidget(panel)
    panel.load(sample_db, plan_id(sample_db), TODAY)
    panel.resize(600, 800)
    panel.show()
    qtbot.waitExposed(panel)
    index = next(n for n, item in enumerate(panel.items) if item.task_id is not None)
    row = panel.list.item(index)
    panel.list.scrollToItem(row)
    position = panel.list.visualItemRect(row).center()
    with qtbot.waitSignal(panel.open_task, timeout=2000) as signal:
        QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=position)
        QTest.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert signal.args == [panel.items[index].task_id]


def test_panel_without_a_plan_is_empty(qtbot):
    panel = CalendarReminderPanel()
    qtbot.addWidget(panel)
    assert panel.check(None, None, TODAY) is None
    assert panel.list.count() == 0
    assert not panel.restore_button.isEnabled()


def test_tray_notifier_records_the_message_offscreen(qtbot, sample_db):
    notifier = TrayNotifier()
    assert notifier.last_message is None
    panel = CalendarReminderPanel(user="alice")
    qtbot.addWidget(panel)
    message = panel.check(sample_db, plan_id(sample_db), TODAY)
    shown = notifier.notify(*message)
    assert notifier.last_message == message
    assert message[1].startswith(f"共 {sum(1 for i in panel.items if is_overdue(i))} 项已逾期")
    assert shown is False  # offscreen has no system tray: recorded, not shown


def test_opening_a_file_fills_the_reminders_dock_and_notifies_the_tray(qtbot, sample_target):
    from desktop.settings import Settings
    from desktop.views.main_window import MainWindow

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(sample_target))
    # The sample plan is of 2022: as of today everything in it that is not done is overdue.
    assert window.reminder_panel.list.count() > 0
    title, body = window.tray.last_message
    assert title == "督办提醒" and "已逾期" in body
    first = window.reminder_panel.list.item(0).text()
    assert first[:4].isdigit() and "  " in first


def test_the_reminder_horizon_is_set_in_the_options_and_kept(qtbot, sample_target):
    import datetime as dt

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from desktop.settings import CALENDAR_REMINDER_WORKING_DAYS, Settings
    from desktop.views.main_window import MainWindow
    from desktop.views.options_dialog import OptionsDialog

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_path(str(sample_target))
    assert window.reminder_panel.working_days == 7

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OptionsDialog):
            QTimer.singleShot(10, answer)
            return
        assert dialog.reminder.value() == 7
        dialog.reminder.setValue(12)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    window.options_action.trigger()
    assert window.reminder_panel.working_days == 12
    assert window.tasks_tab.reminder_working_days == 12  # the bar on 任务 looks as far ahead
    assert "12 个工作日内到期" in window.tasks_tab.reminder_panel.summary.text()
    assert Settings().get(CALENDAR_REMINDER_WORKING_DAYS) == 12
    # The deadlines of 30 June are 10 working days after 16 June: within 12, not within 7.
    from desktop.calendar.reminders import due_reminders

    def june_deadlines(working_days):
        found = due_reminders(window.database, window.plan.id, dt.date(2022, 6, 16), working_days)
        return [i for i in found if i.source in ("task", "measure", "milestone") and i.end == dt.date(2022, 6, 30)]

    assert june_deadlines(12) and not june_deadlines(7)
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert again.reminder_panel.working_days == 12


def test_panel_double_click_on_an_inspection_asks_to_open_it(qtbot, sample_db):
    panel = CalendarReminderPanel(user="alice")
    qtbot.addWidget(panel)
    panel.load(sample_db, plan_id(sample_db), TODAY)
    panel.resize(600, 800)
    panel.show()
    qtbot.waitExposed(panel)
    index = next(n for n, item in enumerate(panel.items) if item.source == "inspection")
    row = panel.list.item(index)
    panel.list.scrollToItem(row)
    position = panel.list.visualItemRect(row).center()
    opened = []
    panel.open_task.connect(opened.append)
    with qtbot.waitSignal(panel.open_entry, timeout=2000) as signal:
        QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=position)
        QTest.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert signal.args == [panel.items[index]] and opened == []


def menu_entry(window, menu_title, text):
    """The entry *text* of the menu *menu_title*, as a person finds it in the menu bar."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "").startswith(menu_title))
    return next(a for a in menu.actions() if a.text().split("(")[0] == text)


def test_a_closed_reminders_panel_comes_back_from_the_view_menu(qtbot, sample_target):
    from desktop.settings import Settings
    from desktop.views.main_window import MainWindow

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(sample_target))
    entry = menu_entry(window, "查看", "提醒")
    assert entry.isCheckable() and entry.isChecked()
    window.reminder_dock.close()
    qtbot.waitUntil(lambda: not window.reminder_panel.isVisible())
    assert not entry.isChecked()
    entry.trigger()
    qtbot.waitUntil(window.reminder_panel.isVisible)
    assert entry.isChecked()


def test_the_light_settings_are_named_as_in_the_menu_and_counted_in_working_days(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop.settings import Settings
    from desktop.views.main_window import MainWindow
    from desktop.views.options_dialog import OptionsDialog

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    entry = menu_entry(window, "编辑", "红黄绿灯与提醒")
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OptionsDialog):
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog.windowTitle())
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        seen.extend((dialog.yellow.suffix(), dialog.reminder.suffix()))
        dialog.reject()

    QTimer.singleShot(0, answer)
    entry.trigger()
    assert seen[0] == "红黄绿灯与提醒"
    assert seen[-2:] == [" 个工作日", " 个工作日"]
    assert not [text for text in seen if "天" in text]
