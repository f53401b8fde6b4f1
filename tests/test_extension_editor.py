"""延期申请 driven through the task editor as the office does it: ask, approve, see the deadline move."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from desktop.lights import Light
from desktop.settings import REPORTER_NAME, Settings
from desktop.views.extension_dialogs import ExtensionDecisionDialog, ExtensionRequestDialog
from desktop.views.main_window import MainWindow
from gui import choose, on_next_dialog, type_with_ime

JULY_5 = dt.date(2022, 7, 5)


@pytest.fixture
def window(qtbot, sample_target):
    Settings().set(REPORTER_NAME, "改革办")
    window = MainWindow(Settings())
    window.tasks_tab.today = lambda: JULY_5
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(sample_target))
    return window


def ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def click_row(qtbot, view, row, column=0):
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def page_button(editor, text) -> QPushButton:
    page = editor.extensions_page
    return next(b for b in page.findChildren(QPushButton) if b.text() == text)


def texts(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def task_row(tab, code):
    return next(tab.model.row(r) for r in range(tab.model.rowCount()) if tab.model.row(r).code == code)


def ask_for_july_15(dialog):
    assert isinstance(dialog, ExtensionRequestDialog)
    choose(dialog.item_combo, "时间节点：人才飞地政策出台")
    assert dialog.current_label.text() == "2022-06-30"
    dialog.new_date.setDate(QDate(2022, 7, 15))
    type_with_ime(dialog.reason_edit, "管理办法需经市委人才工作领导小组会议审定")
    choose(dialog.department_combo, "人才科")
    type_with_ime(dialog.person_edit, "覃靖涛")
    ok(dialog)


def test_a_request_changes_nothing_until_a_leader_approves_it(window, qtbot):
    tab = window.tasks_tab
    editor = tab.editor
    click_row(qtbot, tab.view, 1)
    assert editor.snapshot.fields["code"] == "2-2"
    assert task_row(tab, "2-2").light == Light.RED
    editor.tabs.setCurrentIndex(2)  # 时间节点, with the 延期申请 below

    on_next_dialog(ask_for_july_15)
    qtbot.mouseClick(page_button(editor, "申请延期…"), Qt.MouseButton.LeftButton)
    assert texts(editor.extensions_model, 3) == ["待审批"]
    assert texts(editor.extensions_model, 2) == ["2022-07-15"]
    assert editor.extensions_summary.text() == "已批准延期 0 次，待审批 1 件。"
    # Pending: the milestone keeps its date and the task stays red.
    assert texts(editor.milestones_model, 2) == ["2022-06-30"]
    assert task_row(tab, "2-2").light == Light.RED

    def approve(dialog):
        assert isinstance(dialog, ExtensionDecisionDialog)
        choose(dialog.leader_combo, "管伟荣（组长）")
        dialog.decided_on.setDate(QDate(2022, 7, 4))
        type_with_ime(dialog.note_edit, "同意延期")
        ok(dialog)

    click_row(qtbot, editor.extensions_view, 0)
    on_next_dialog(approve)
    qtbot.mouseClick(page_button(editor, "批准…"), Qt.MouseButton.LeftButton)
    assert texts(editor.extensions_model, 3) == ["已批准"]
    assert texts(editor.milestones_model, 2) == ["原定 “6 月前”（6 月 30 日），经批准延至 7 月 15 日"]
    assert "原定 “6 月前”（6 月 30 日），经批准延至 7 月 15 日" in editor.extensions_summary.text()
    if os.environ.get("DUBAN_SCREENSHOTS"):  # to look at
        qtbot.wait(50)
        window.grab().save(os.path.join(os.environ["DUBAN_SCREENSHOTS"], "extension-approved.png"))
    row = task_row(tab, "2-2")
    assert row.light in (Light.GREEN, Light.YELLOW) and row.extensions == 1
    shown = tab.model.index(tab.model.row_of(row.id), 6).data()
    assert shown == "2022-07-15（延期 1 次）"
    # The column grew to show it whole (it was sized for 2022-06-30 when the plan was loaded).
    qtbot.waitUntil(lambda: tab.view.columnWidth(6) >= tab.view.fontMetrics().horizontalAdvance(shown))

    # The history says it was an approved extension, with who approved.
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)
    history = [(h.what, h.field, h.old, h.new) for h in editor.history_model.rows()]
    assert ("时间节点", "期限（经批准延期）", "2022-06-30", "2022-07-15") in history
    assert ("延期申请", "审批领导", "", "管伟荣") in history


def test_refusing_and_withdrawing_from_the_editor(window, qtbot):
    tab = window.tasks_tab
    editor = tab.editor
    click_row(qtbot, tab.view, 1)
    editor.tabs.setCurrentIndex(2)  # 时间节点, with the 延期申请 below
    on_next_dialog(ask_for_july_15)
    qtbot.mouseClick(page_button(editor, "申请延期…"), Qt.MouseButton.LeftButton)

    def refuse_without_leader_then_with(dialog):
        seen = []

        def warned(box):
            assert isinstance(box, QMessageBox) and "审批" in box.text()
            seen.append(box.text())
            box.accept()
            on_next_dialog(lambda again: (choose(again.leader_combo, "李荣军（副组长）"), ok(again)))

        on_next_dialog(warned)
        ok(dialog)  # no leader chosen: refused with a message, the dialog comes back

    click_row(qtbot, editor.extensions_view, 0)
    on_next_dialog(refuse_without_leader_then_with)
    qtbot.mouseClick(page_button(editor, "不予批准…"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: texts(editor.extensions_model, 3) == ["不予批准"])
    assert texts(editor.milestones_model, 2) == ["2022-06-30"]
    assert task_row(tab, "2-2").light == Light.RED

    # A refused request cannot be withdrawn; a new one, approved, can — and the date comes back.
    def told(box):
        assert isinstance(box, QMessageBox) and "不能撤销" in box.text()
        box.accept()

    click_row(qtbot, editor.extensions_view, 0)
    on_next_dialog(told)
    qtbot.mouseClick(page_button(editor, "撤销"), Qt.MouseButton.LeftButton)
    on_next_dialog(ask_for_july_15)
    qtbot.mouseClick(page_button(editor, "申请延期…"), Qt.MouseButton.LeftButton)
    click_row(qtbot, editor.extensions_view, 0)  # newest first
    on_next_dialog(lambda d: (choose(d.leader_combo, "管伟荣（组长）"), ok(d)))
    qtbot.mouseClick(page_button(editor, "批准…"), Qt.MouseButton.LeftButton)
    assert texts(editor.milestones_model, 2)[0].endswith("经批准延至 7 月 15 日")
    click_row(qtbot, editor.extensions_view, 0)
    on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(page_button(editor, "撤销"), Qt.MouseButton.LeftButton)
    assert texts(editor.milestones_model, 2) == ["2022-06-30"]
    assert texts(editor.extensions_model, 3) == ["已撤销", "不予批准"]
    assert task_row(tab, "2-2").light == Light.RED


def test_a_measure_s_right_click_menu_asks_for_its_extension(window, qtbot):
    tab = window.tasks_tab
    editor = tab.editor
    click_row(qtbot, tab.view, 0)
    editor.tabs.setCurrentIndex(1)
    click_row(qtbot, editor.measures_view, 2)
    measure = editor.measures_model.rows()[2]
    (action,) = [a for a in editor.measures_view.actions() if a.text() == "申请延期…"]
    seen = []

    def look(dialog):
        assert isinstance(dialog, ExtensionRequestDialog)
        seen.append((dialog.item_combo.currentText(), dialog.current_label.text()))
        dialog.reject()

    on_next_dialog(look)
    action.trigger()
    assert seen == [(f"措施 3：{measure.title}", measure.due_date.isoformat())]
