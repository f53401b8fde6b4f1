"""One way for changes to flow: an edit anywhere reaches every tab that shows it, without F5.

Every save announces what it changed; the window's tabs listen (desktop.views.operations).
"""

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from desktop.changes import Change, ChangeNote
from desktop.errors import UserError
from desktop.settings import Settings
from desktop.views.main_window import MainWindow
from desktop.views.operations import Operation, changes_of, running
from gui import type_with_ime, wait_for_operations
from test_forms_import import TITLE_1, identity_for, make_form


@pytest.fixture
def window(qtbot, sample_target):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(sample_target))
    return window


def answer_next(*handlers):
    """Answer the next modal dialogs in turn (progress dialogs are left to close themselves)."""
    queue = list(handlers)

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None or type(dialog).__name__ == "QProgressDialog":
            QTimer.singleShot(10, run)
            return
        queue.pop(0)(dialog)
        if queue:
            QTimer.singleShot(10, run)

    QTimer.singleShot(0, run)


def click_ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def select_code(tab, code: str) -> None:
    row = next(i for i in range(tab.model.rowCount()) if tab.model.row(i).code == code)
    tab.select_task(tab.model.row(row).id)


def test_a_measure_added_on_the_tasks_tab_is_on_the_calendar_without_f5(window, qtbot):
    calendar = window.calendar_tab
    window.tabs.setCurrentWidget(calendar)
    calendar.go_to(dt.date(2022, 9, 15))  # the month is read and kept before the measure exists
    due = dt.date(2022, 9, 21)
    assert not any("九月的新措施" in i.title for i in calendar.month_view.items_on(due))

    window.tabs.setCurrentWidget(window.tasks_tab)
    select_code(window.tasks_tab, "2-1")
    editor = window.tasks_tab.editor

    def fill(dialog):
        type_with_ime(dialog.title_edit, "九月的新措施")
        dialog.due.check.setChecked(True)
        dialog.due.edit.setDate(due)
        click_ok(dialog)

    editor.tabs.setCurrentIndex(1)
    answer_next(fill)
    buttons = {b.text(): b for b in editor.tabs.widget(1).findChildren(type(window.tasks_tab.new_button))}
    qtbot.mouseClick(buttons["添加措施"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "九月的新措施" in [editor.measures_model.row(i).title for i in range(editor.measures_model.rowCount())])

    window.tabs.setCurrentWidget(calendar)
    qtbot.waitUntil(lambda: any(i.title == "2-1 九月的新措施" for i in calendar.month_view.items_on(due)))


def test_importing_a_returned_form_updates_the_reminder_bar_at_once(window, qtbot, tmp_path, monkeypatch):
    bar = window.tasks_tab.reminder_panel
    assert "2-1" in [code for codes in bar.reminders.unreported.values() for code in codes]
    form = make_form(tmp_path / "规配科.xlsx", [("2-1", TITLE_1, "", "本月进展：第二批揭榜需求已发布。")],
                     identity=identity_for(window.database, ["2-1"]))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(form)], ""))
    answer_next(lambda d: d.findChild(QDialogButtonBox).buttons()[0].click(), lambda d: d.accept())
    window.import_action.trigger()
    wait_for_operations(qtbot)
    assert "2-1" not in [code for codes in bar.reminders.unreported.values() for code in codes]
    assert "2-1" not in bar.text.toPlainText().split("尚未报送进展")[-1]


def test_a_title_edited_on_the_tasks_tab_reaches_the_person_page(window, qtbot):
    window.tabs.setCurrentWidget(window.people_tab)  # built and shown once, then hidden
    people = window.people_tab
    window.tabs.setCurrentWidget(window.tasks_tab)
    select_code(window.tasks_tab, "2-1")
    editor = window.tasks_tab.editor
    editor.title_edit.selectAll()
    type_with_ime(editor.title_edit, "改过名字的揭榜任务")
    editor.title_edit.editingFinished.emit()
    editor.flush()

    window.tabs.setCurrentWidget(people)
    leader = next(r for r in people.main.model.rows() if r.name == "靳磊")
    people.select_person(leader.id)
    holdings = people.person_page.holdings_model
    qtbot.waitUntil(lambda: any(h.title == "改过名字的揭榜任务" for h in holdings.rows()))


def test_another_pcs_save_reaches_a_hidden_tab_through_the_same_notification(window, qtbot, sample_target):
    from desktop.db.database import Database
    from desktop.services import people

    window.tabs.setCurrentWidget(window.people_tab)
    names = {r.name for r in window.people_tab.main.model.rows()}
    assert "新来的同事" not in names
    window.tabs.setCurrentWidget(window.tasks_tab)
    other = Database.open(sample_target)  # another PC
    try:
        people.create_person(other, window.plan.id, name="新来的同事")
    finally:
        other.close()
    notes = []
    changes_of(window.database).changed.connect(notes.append)
    window.refresh_from_elsewhere()
    assert notes and notes[-1].elsewhere and Change.PEOPLE in notes[-1].what
    window.tabs.setCurrentWidget(window.people_tab)
    assert "新来的同事" in {r.name for r in window.people_tab.main.model.rows()}


def test_an_operation_announces_its_saves_once_and_reports_a_failure_in_one_message(window, qtbot, monkeypatch):
    from desktop.services import people

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    notes: list[ChangeNote] = []
    changes_of(window.database).changed.connect(notes.append)
    done = []

    def work(progress):
        progress.report(0, 2, "第一位")
        people.create_person(window.database, window.plan.id, name="甲")
        progress.report(1, 2, "第二位")
        people.create_person(window.database, window.plan.id, name="乙")
        return 2

    Operation(window, window.database, work, title="添加").success(done.append).with_progress("正在添加…").run_in_background()
    assert running() == 1
    wait_for_operations(qtbot)
    assert done == [2]
    assert len(notes) == 1 and Change.PEOPLE in notes[0].what and not notes[0].elsewhere

    def fails(_progress):
        raise UserError("网络驱动器不见了，请检查连接后再试。")

    Operation(window, window.database, fails, title="没有完成").run_in_background()
    wait_for_operations(qtbot)
    assert shown == [("没有完成", "网络驱动器不见了，请检查连接后再试。")]
    assert len(notes) == 1  # nothing was saved, nothing announced


def test_a_cancelled_operation_delivers_nothing(window, qtbot):
    import threading

    release = threading.Event()
    done = []

    def work(progress):
        release.wait(5)
        return "finished"

    operation = Operation(window, window.database, work).success(done.append).with_progress("正在读取…", cancellable=True)
    task = operation.run_in_background()
    task.cancel()
    release.set()
    wait_for_operations(qtbot)
    assert done == []
