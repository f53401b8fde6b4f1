"""督办 → 督办单登记簿 driven as the office would: issue for every overdue item, from the task editor, answer, withdraw."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from desktop.settings import REPORTER_NAME, Settings
from desktop.views.main_window import MainWindow
from desktop.views.notices_window import DraftsDialog, NoticesWindow
from desktop.views.text_dialog import TextDialog
from gui import model_texts, on_next_dialog, type_text, wait_for_operations

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


def issue_all_shown(seen):
    def answer(dialog):
        seen.append((type(dialog).__name__, dialog.model.rowCount() if isinstance(dialog, DraftsDialog) else 0))
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "签发所选").click()

    return answer


def register_of(window) -> NoticesWindow:
    return window.findChild(NoticesWindow)


def test_issue_for_every_overdue_item_from_the_menu(window, qtbot):
    seen = []
    on_next_dialog(issue_all_shown(seen))
    window.issue_overdue_action.trigger()
    wait_for_operations(qtbot)
    assert seen and seen[0][0] == "DraftsDialog" and seen[0][1] >= 7
    register = register_of(window).register
    qtbot.waitUntil(lambda: register.model.rowCount() == seen[0][1])
    numbers = model_texts(register.model, 0)
    assert "〔2022〕第 1 号" in numbers and f"〔2022〕第 {seen[0][1]} 号" in numbers
    grades = set(model_texts(register.model, 1))
    assert grades <= {"黄色督办单", "红色督办单"} and "黄色督办单" in grades
    assert "已签发" in window.statusBar().currentMessage()


def test_the_task_editor_issues_for_its_task_and_the_register_answers_and_withdraws(window, qtbot):
    tab = window.tasks_tab
    tab.view.selectRow(0)
    editor = tab.editor
    seen = []
    on_next_dialog(issue_all_shown(seen))
    qtbot.mouseClick(editor.notice_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    register = register_of(window).register
    qtbot.waitUntil(lambda: register.model.rowCount() == seen[0][1])
    code = editor.snapshot.fields["code"]
    assert all(title.startswith(code) for title in model_texts(register.model, 5))
    # 作废 the first, with a reason typed into the wide box.
    register.view.selectRow(0)
    withdrawn = model_texts(register.model, 0)[0]

    def give_reason(dialog):
        assert isinstance(dialog, TextDialog)
        type_text(dialog.edit, "重复签发")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    on_next_dialog(give_reason)
    qtbot.mouseClick(register.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已作废" in model_texts(register.model, 2))
    row = model_texts(register.model, 0).index(withdrawn)
    assert register.model.index(row, 10).data() == "重复签发"
    # The register filters by state.
    register.state_filter.setCurrentIndex(register.state_filter.findText("已作废"))
    assert model_texts(register.model, 0) == [withdrawn]
    # The task's history names the notices.
    assert any(h.what == "新增督办单" for h in _history(window, editor.snapshot.id))


def _history(window, task_id):
    from desktop.services.history import task_history

    return task_history(window.database, task_id)


def test_nothing_to_issue_is_said_plainly(window, qtbot):
    window.tasks_tab.today = lambda: dt.date(2022, 5, 10)  # nothing overdue yet, nothing in the yellow window
    seen = []

    def read(box):
        seen.append(box.text())
        box.accept()

    on_next_dialog(lambda dialog: read(dialog) if isinstance(dialog, QMessageBox) else dialog.reject())
    window.issue_overdue_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert "没有需要督办的事项" in seen[0]
    assert QApplication.activeModalWidget() is None


def test_the_settings_dialog_keeps_a_refused_format_and_saves_a_good_one(window, qtbot):
    from desktop.services import notices
    from desktop.views.notices_window import NoticeSettingsDialog
    from gui import type_over

    seen = []

    def fill(dialog):
        assert isinstance(dialog, NoticeSettingsDialog)
        type_over(dialog.number_format, "柳科督〔{year}〕")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append((dialog.isVisible(), dialog.error.text(), dialog.number_format.text()))
        type_over(dialog.number_format, "柳科督〔{year}〕{number} 号")
        seen.append(dialog.preview.text())
        dialog.red_after.setValue(5)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    on_next_dialog(fill)
    window.notice_settings_action.trigger()
    assert seen[0][0] and "{number}" in seen[0][1] and seen[0][2] == "柳科督〔{year}〕"
    assert seen[1] == "柳科督〔2022〕7 号"
    saved = notices.notice_settings(window.database, window.plan.id)
    assert (saved.number_format, saved.red_after) == ("柳科督〔{year}〕{number} 号", 5)


def test_a_notice_is_exported_to_word_from_the_register(window, qtbot, tmp_path, monkeypatch):
    import docx
    from PySide6.QtWidgets import QFileDialog

    seen = []
    on_next_dialog(issue_all_shown(seen))
    window.issue_overdue_action.trigger()
    wait_for_operations(qtbot)
    register = register_of(window).register
    qtbot.waitUntil(lambda: register.model.rowCount() == seen[0][1])
    register.view.selectRow(0)
    number = model_texts(register.model, 0)[0]
    out = tmp_path / "notice"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(register.word_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    written = tmp_path / "notice.docx"
    qtbot.waitUntil(written.exists)
    assert number in "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
    assert "已导出" in window.statusBar().currentMessage()


def test_a_reminder_s_right_click_menu_issues_a_notice_on_that_item(window, qtbot):
    panel = window.reminder_panel
    qtbot.waitUntil(lambda: panel.list.count() > 0)
    row = next(r for r in range(panel.list.count()) if "双轨制政策出台" in panel.list.item(r).text())
    panel.list.setCurrentRow(row)
    assert panel.notice_action in panel.list.actions()  # what the right-click menu shows
    seen = []

    def check(dialog):
        seen.append([d.title for d in dialog.drafts])
        dialog.reject()

    on_next_dialog(check)
    panel.notice_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert len(seen[0]) == 1 and "双轨制政策出台" in seen[0][0]


def test_the_task_list_s_right_click_menu_issues_for_the_task(window, qtbot):
    tab = window.tasks_tab
    tab.view.selectRow(1)
    code = tab.editor.snapshot.fields["code"]
    assert tab.notice_action in tab.view.actions()
    seen = []

    def check(dialog):
        seen.append([d.title for d in dialog.drafts])
        dialog.reject()

    on_next_dialog(check)
    tab.notice_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] and all(title.startswith(code) for title in seen[0])


def test_a_notice_is_previewed_in_its_official_layout(window, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    seen = []
    on_next_dialog(issue_all_shown(seen))
    window.issue_overdue_action.trigger()
    wait_for_operations(qtbot)
    register = register_of(window).register
    qtbot.waitUntil(lambda: register.model.rowCount() == seen[0][1])
    register.view.selectRow(0)
    qtbot.mouseClick(register.preview_button, Qt.MouseButton.LeftButton)
    dialog = register.preview_dialog
    qtbot.waitUntil(dialog.isVisible)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1)
    assert model_texts(register.model, 0)[0] in dialog.windowTitle()
    dialog.close()


def test_a_requirement_typed_in_the_issuing_dialog_goes_into_the_notices(window, qtbot):
    from desktop.services import notices

    seen = []

    def issue(dialog):
        seen.append(dialog.model.rowCount())
        type_text(dialog.requirement, "请于三日内书面说明原因并提出整改时限")
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "签发所选").click()

    on_next_dialog(issue)
    window.issue_overdue_action.trigger()
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: len(notices.register(window.database, window.plan.id)) == seen[0])
    rows = notices.register(window.database, window.plan.id)
    assert {r.requirement for r in rows} == {"请于三日内书面说明原因并提出整改时限"}
