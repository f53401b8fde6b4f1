"""The 任务 tab driven the way a person uses it: clicks, typing, dialogs, Ctrl+Z."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from desktop.db.database import Database
from desktop.services.history import task_history
from desktop.settings import REPORTER_NAME, YELLOW_WORKING_DAYS, Settings
from desktop.views.conflict_dialog import ConflictDialog
from desktop.views.main_window import MainWindow
from desktop.views.task_dialogs import MeasureDialog, ReportDialog
from desktop.views.text_dialog import TextDialog
from gui import finish_line, type_over, type_text, type_with_ime

TODAY = dt.date(2022, 6, 27)


@pytest.fixture
def window(qtbot, sample_target):
    Settings().set(REPORTER_NAME, "改革办")  # this PC's 报送人, set once
    window = MainWindow(Settings())
    window.tasks_tab.today = lambda: TODAY
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(sample_target))
    return window




def on_next_dialog(handler):
    """Run *handler* on the next modal dialog once it is open (as a person answers it)."""

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        handler(dialog)

    QTimer.singleShot(0, run)


def click_button(dialog, text):
    for button in dialog.findChild(QDialogButtonBox).buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {dialog}")


def ok(dialog):
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def answer_text(text):
    """Type *text* into a TextDialog (新建任务, 退回) and click 确定."""

    def handler(dialog):
        assert isinstance(dialog, TextDialog)
        type_with_ime(dialog.edit, text)
        ok(dialog)

    return handler


def answer_message(button):
    def handler(dialog):
        assert isinstance(dialog, QMessageBox)
        dialog.button(button).click()

    return handler


def rows(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_create_a_task_add_measures_and_find_it_by_pinyin(window, qtbot):
    tab = window.tasks_tab
    on_next_dialog(answer_text("建立科技成果转化基金"))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert rows(tab.model, 1)[-1] == "建立科技成果转化基金"
    editor = tab.editor
    assert editor.title_edit.text() == "建立科技成果转化基金"

    def fill_measure(dialog):
        assert isinstance(dialog, MeasureDialog)
        type_with_ime(dialog.title_edit, "设立揭榜挂帅专项")
        dialog.due.check.setChecked(True)
        ok(dialog)

    editor.tabs.setCurrentIndex(1)
    on_next_dialog(fill_measure)
    buttons = {b.text(): b for b in editor.tabs.widget(1).findChildren(type(tab.new_button))}
    qtbot.mouseClick(buttons["添加措施"], Qt.MouseButton.LeftButton)
    assert rows(editor.measures_model, 2) == ["设立揭榜挂帅专项"]
    assert rows(editor.measures_model, 4) == ["2022-12-31"]

    qtbot.keyClicks(tab.filter_edit, "jbgs")
    assert rows(tab.model, 1) == ["建立科技成果转化基金"]
    tab.filter_edit.clear()
    qtbot.keyClicks(tab.filter_edit, "jbz")
    assert rows(tab.model, 0) == ["2-1"]
    tab.filter_edit.clear()
    type_with_ime(tab.filter_edit, "人才")
    assert rows(tab.model, 0) == ["2-2"]


def test_the_new_task_dialog_fits_a_long_title_and_keeps_it_when_refused(window, qtbot):
    tab = window.tasks_tab
    title = "推动科技成果转化和产业化，建立健全揭榜挂帅、赛马制等科研项目组织管理新机制" [:40]
    seen = []

    def fill(dialog):
        assert isinstance(dialog, TextDialog)
        okay = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append(okay.isEnabled())  # nothing typed yet
        assert dialog.edit.width() >= dialog.edit.fontMetrics().horizontalAdvance(title)
        type_with_ime(dialog.edit, title)
        seen.append(okay.isEnabled())
        code = dialog.findChildren(type(tab.filter_edit))[-1]
        type_text(code, "2-1")  # taken
        ok(dialog)
        assert dialog.isVisible() and dialog.edit.text() == title
        assert "已被另一项任务使用" in dialog.error_label.text() and dialog.error_label.isVisible()
        code.selectAll()
        type_text(code, "2-9")
        ok(dialog)

    on_next_dialog(fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert seen == [False, True]
    assert rows(tab.model, 0)[-1] == "2-9" and rows(tab.model, 1)[-1] == title


def test_a_refused_return_reason_stays_in_its_dialog(window, qtbot):
    editor = window.tasks_tab.editor
    editor.tabs.setCurrentIndex(4)
    buttons = {b.text(): b for b in editor.tabs.widget(4).findChildren(type(window.tasks_tab.new_button))}

    def write_report(dialog):
        dialog.text_edit.setPlainText("赛马制实施方案已报市政府审议。")
        ok(dialog)

    on_next_dialog(write_report)
    qtbot.mouseClick(buttons["报送进展"], Qt.MouseButton.LeftButton)
    editor.reports_view.selectRow(0)
    reason = "请补充具体成效，" * 130  # over the 1000 characters a reason may have
    shown = []

    def give_reason(dialog):
        assert isinstance(dialog, TextDialog)
        okay = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        shown.append(okay.isEnabled())
        type_with_ime(dialog.edit, reason)
        ok(dialog)
        shown.append((dialog.isVisible(), dialog.edit.toPlainText() == reason, dialog.error_label.text()))
        dialog.edit.selectAll()
        type_with_ime(dialog.edit, "请补充具体成效")
        ok(dialog)

    on_next_dialog(give_reason)
    qtbot.mouseClick(buttons["退回"], Qt.MouseButton.LeftButton)
    assert shown[0] is False
    visible, kept, message = shown[1]
    assert visible and kept and "1000" in message
    assert rows(editor.reports_model, 4)[0] == "已退回"
    assert "请补充具体成效" in editor.report_text.toPlainText()


def test_editing_a_field_saves_it_and_ctrl_z_takes_it_back(window, qtbot, sample_target):
    editor = window.tasks_tab.editor
    editor.special_edit.setFocus()
    qtbot.keyClicks(editor.special_edit, "ABC")
    qtbot.keyClick(editor.special_edit, Qt.Key.Key_Return)
    db = Database.open(sample_target)
    with db.read() as session:
        from desktop.models import Task

        assert session.query(Task).filter_by(code="2-1").one().special_group == "ABC"
    db.close()
    window.tasks_tab.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.special_edit.text() == ""
    db = Database.open(sample_target)
    with db.read() as session:
        from desktop.models import Task

        assert session.query(Task).filter_by(code="2-1").one().special_group == ""
    db.close()


def test_crossing_the_word_limit_turns_the_counter_red_and_asks(window, qtbot):
    tab = window.tasks_tab
    tab.select_task(tab.model.row(1).id)
    editor = tab.editor
    assert not editor.limit_counter.is_over()
    editor.difficulties_edit.setFocus()
    editor.difficulties_edit.selectAll()
    type_with_ime(editor.difficulties_edit, "难" * 180)
    assert editor.limit_counter.is_over()
    assert "超出" in editor.limit_counter.text() and "d32f2f" in editor.limit_counter.styleSheet()
    on_next_dialog(answer_message(QMessageBox.StandardButton.No))
    editor.flush()
    assert editor.snapshot.fields["difficulties"].startswith("1. 人才飞地")  # not saved
    assert editor.difficulties_edit.toPlainText() == "难" * 180  # nothing lost
    type_over(editor.difficulties_edit, "难" * 180)  # typed again, and this time kept over the limit
    on_next_dialog(answer_message(QMessageBox.StandardButton.Yes))
    editor.flush()
    assert editor.snapshot.fields["difficulties"] == "难" * 180


def test_add_a_report_return_it_and_close_the_task(window, qtbot):
    tab = window.tasks_tab
    editor = tab.editor
    editor.tabs.setCurrentIndex(4)
    buttons = {b.text(): b for b in editor.tabs.widget(4).findChildren(type(tab.new_button))}

    def write_report(dialog):
        assert isinstance(dialog, ReportDialog)
        assert dialog.period.text() == "2022年6月"
        dialog.text_edit.setPlainText("赛马制实施方案已报市政府审议。")
        ok(dialog)

    on_next_dialog(write_report)
    qtbot.mouseClick(buttons["报送进展"], Qt.MouseButton.LeftButton)
    assert rows(editor.reports_model, 0)[0] == "2022年6月"
    assert rows(editor.reports_model, 4)[0] == "待审核"
    editor.reports_view.selectRow(0)
    on_next_dialog(answer_text("请补充具体成效"))
    qtbot.mouseClick(buttons["退回"], Qt.MouseButton.LeftButton)
    assert rows(editor.reports_model, 4)[0] == "已退回"
    assert "请补充具体成效" in editor.report_text.toPlainText()

    on_next_dialog(answer_text("政策均已出台"))
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert "办结" in editor.header.text()
    assert not editor.close_button.isEnabled() and editor.reopen_button.isEnabled()
    assert rows(tab.model, 8)[0] == "已完成"
    editor.tabs.setCurrentIndex(5)
    history = rows(editor.history_model, 3)
    assert "办结" in history and "退回" in history and "报送进展" in history

    on_next_dialog(answer_text("需补充材料"))
    qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    assert editor.close_button.isEnabled() and not editor.reopen_button.isEnabled()
    assert rows(tab.model, 8)[0] != "已完成"


def test_the_reporter_is_asked_once_and_not_the_login(window, qtbot):
    Settings().set(REPORTER_NAME, "")
    editor = window.tasks_tab.editor
    editor.tabs.setCurrentIndex(4)
    buttons = {b.text(): b for b in editor.tabs.widget(4).findChildren(type(window.tasks_tab.new_button))}
    authors = []

    def name_this_pc(dialog):
        assert isinstance(dialog, TextDialog)
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        type_with_ime(dialog.edit, "体改科 张三")
        on_next_dialog(write_report)
        ok(dialog)

    def write_report(dialog):
        assert isinstance(dialog, ReportDialog)
        authors.append(dialog.author.text())
        dialog.text_edit.setPlainText("赛马制实施方案已报市政府审议。")
        ok(dialog)

    on_next_dialog(name_this_pc)
    qtbot.mouseClick(buttons["报送进展"], Qt.MouseButton.LeftButton)
    assert rows(editor.reports_model, 2)[0] == "体改科 张三"
    assert Settings().get(REPORTER_NAME) == "体改科 张三"
    on_next_dialog(write_report)  # the second time: no question
    qtbot.mouseClick(buttons["报送进展"], Qt.MouseButton.LeftButton)
    assert authors == ["体改科 张三", "体改科 张三"]


def test_a_long_report_needs_confirmation_and_is_marked(window, qtbot):
    editor = window.tasks_tab.editor
    buttons = {b.text(): b for b in editor.tabs.widget(4).findChildren(type(window.tasks_tab.new_button))}

    def write_long(dialog):
        dialog.text_edit.setPlainText("进" * 320)
        assert dialog.counter.is_over()
        on_next_dialog(answer_message(QMessageBox.StandardButton.Yes))
        ok(dialog)

    on_next_dialog(write_long)
    qtbot.mouseClick(buttons["报送进展"], Qt.MouseButton.LeftButton)
    assert "超字数" in rows(editor.reports_model, 5)[0]


def test_bad_input_gets_a_message_and_loses_nothing(window, qtbot, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))
    editor = window.tasks_tab.editor
    title = editor.title_edit.text()
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert "不能为空" in warnings[-1]
    assert editor.snapshot.fields["title"] == title

    pasted = "长" * 100_000
    editor.requirement_edit.setFocus()
    editor.requirement_edit.setMaxLength(200_000)
    editor.requirement_edit.setText(pasted)
    editor.requirement_edit.setModified(True)
    qtbot.keyClick(editor.requirement_edit, Qt.Key.Key_Return)
    assert "100000 个字" in warnings[-1]
    assert editor.requirement_edit.text() == pasted  # still in the box

    shown = []

    def early_measure(dialog):
        shown.append(dialog.title_edit.text())
        if len(shown) == 1:
            dialog.title_edit.setText("提前的措施")
            dialog.due.check.setChecked(True)
            dialog.due.edit.setDate(dialog.due.edit.date().addYears(-5))
            ok(dialog)
            on_next_dialog(early_measure)  # refused: the dialog comes back with the text
        else:
            dialog.reject()  # the person gives up

    on_next_dialog(early_measure)
    editor.add_measure()
    assert "早于计划年度" in warnings[-1]
    assert shown == ["", "提前的措施"]
    assert "提前的措施" not in rows(editor.measures_model, 2)

    notices = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: notices.append(text))
    editor.unit_edit.setFocus()
    editor.unit_edit.setText("柳州市\x07")
    editor.unit_edit.setModified(True)
    qtbot.keyClick(editor.unit_edit, Qt.Key.Key_Return)
    assert "控制字符" in notices[-1]
    assert editor.snapshot.fields["responsible_unit"] == "柳州市"


def test_two_pcs_editing_the_same_task_get_a_conflict_with_both_texts(qtbot, sample_target):
    first = MainWindow(Settings())
    second = MainWindow(Settings())
    for window in (first, second):
        window.tasks_tab.today = lambda: TODAY
        qtbot.addWidget(window)
        window.open_path(str(sample_target))
    a, b = first.tasks_tab.editor, second.tasks_tab.editor
    finish_line(qtbot, a.requirement_edit, "甲的要求")  # the first PC saves; the second still shows the old version
    finish_line(qtbot, b.special_edit, "乙的专项小组")  # another field: merges by itself
    assert b.snapshot.fields["requirement"] == "甲的要求"

    # The first PC changes the same field again; the second has not seen it yet.
    finish_line(qtbot, a.requirement_edit, "甲的第二版")
    seen = {}

    def choose(dialog):
        assert isinstance(dialog, ConflictDialog)
        seen["mine"] = dialog.mine_buttons["requirement"].text()
        seen["theirs"] = dialog.theirs_buttons["requirement"].text()
        click_button(dialog, "保存所选")  # mine is preselected

    on_next_dialog(choose)
    finish_line(qtbot, b.requirement_edit, "乙的要求")
    assert seen == {"mine": "乙的要求", "theirs": "甲的第二版"}
    assert b.snapshot.fields["requirement"] == "乙的要求"
    a.reload()
    assert a.snapshot.fields["requirement"] == "乙的要求"
    assert a.snapshot.fields["special_group"] == "乙的专项小组"
    history = {(h.old, h.new) for h in task_history(first.database, a.snapshot.id)}
    assert ("甲的要求", "甲的第二版") in history and ("甲的第二版", "乙的要求") in history  # both texts kept


def test_reminder_panel_lists_and_copies(window, qtbot):
    panel = window.tasks_tab.reminder_panel
    assert panel.isVisible()
    assert "7 个工作日内到期" in panel.summary.text() and "只计任务、措施和时间节点" in panel.summary.text()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    assert "【规配科】" in text and "赛马制政策出台" in text
    # Nothing is overdue on 27 June: the parts shown are numbered 一、二, in the bar as in the copy.
    assert text == panel.text.toPlainText()
    assert [line[:2] for line in text.splitlines() if line[1:2] == "、"] == ["一、", "二、"]


def test_filters_by_section_status_and_due(window, qtbot):
    tab = window.tasks_tab
    tab.section_combo.setCurrentIndex(tab.section_combo.findData("人才科"))
    assert rows(tab.model, 0) == ["2-2"]
    tab.section_combo.setCurrentIndex(0)
    tab.due_combo.setCurrentIndex(tab.due_combo.findData("soon"))
    assert tab.model.rowCount() == 2
    tab.due_days.setValue(1)
    assert tab.model.rowCount() == 0
    tab.due_combo.setCurrentIndex(tab.due_combo.findData("overdue"))
    assert tab.model.rowCount() == 0
    tab.due_combo.setCurrentIndex(0)
    tab.leader_combo.setCurrentIndex(tab.leader_combo.findData("靳磊"))
    assert rows(tab.model, 0) == ["2-1"]


def test_light_column_and_its_tooltip(window):
    model = window.tasks_tab.model
    index = model.index(0, 7)
    assert index.data() == "黄灯"
    assert "规则" in index.data(Qt.ItemDataRole.ToolTipRole) and "3 个工作日" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_new_task_without_deadlines_has_no_light(window, qtbot):
    tab = window.tasks_tab
    on_next_dialog(answer_text("建立科技成果转化基金"))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    last = tab.model.index(tab.model.rowCount() - 1, 7)
    assert last.data() == "无灯"
    assert last.data(Qt.ItemDataRole.ToolTipRole).startswith("无灯：未定期限")
    assert tab.editor.light_label.toolTip().startswith("无灯：未定期限")
    assert rows(tab.model, 7)[:2] != ["无灯", "无灯"]  # the dated tasks keep their lights


def test_yellow_days_are_configurable_from_the_menu(window, qtbot):
    def set_days(dialog):
        dialog.yellow.setValue(1)
        ok(dialog)

    on_next_dialog(set_days)
    window.options_action.trigger()
    # 2022-06-27 → 06-30 is 3 working days away: not near enough with a 1-day horizon, so the
    # light is yellow only because no measure is done with 95% of the time gone
    tooltip = window.tasks_tab.model.index(0, 7).data(Qt.ItemDataRole.ToolTipRole)
    assert "进度落后" in tooltip and "还剩" not in tooltip
    assert "1 个工作日" in tooltip
    assert Settings().get(YELLOW_WORKING_DAYS) == 1


def test_text_that_cannot_be_saved_is_kept_when_switching_tasks(window, qtbot, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))
    tab = window.tasks_tab
    editor = tab.editor
    first, second = tab.model.row(0).id, tab.model.row(1).id
    pasted = "长" * 100_000
    editor.expected_edit.setFocus()
    editor.expected_edit.setPlainText(pasted)
    tab.select_task(second)  # the pending text is saved on the way: refused
    assert "100000 个字" in warnings[-1]
    assert editor.snapshot.id == second
    tab.select_task(first)
    assert editor.expected_edit.toPlainText() == pasted
    assert editor.has_draft(first)
    editor.expected_edit.setPlainText("缩短后的预期成果")
    editor.flush()
    assert not editor.has_draft(first)
    assert editor.snapshot.fields["expected_results"] == "缩短后的预期成果"


def test_opening_another_file_saves_typing_and_forgets_the_undo_steps(window, qtbot, sample_copy, sample_target):
    editor = window.tasks_tab.editor
    editor.expected_edit.setPlainText("正在输入的预期成果")  # waiting for its pause
    other = sample_copy("另一个.duban")
    window.tabs.setCurrentWidget(window.people_tab)
    window.open_path(str(other))
    assert not window.tasks_tab.undo_stack.can_undo()
    window.undo_action.trigger()  # nothing to undo, nothing written to either file
    db = Database.open(sample_target)
    with db.read() as session:
        from desktop.models import Task

        assert session.query(Task).filter_by(code="2-1").one().expected_results == "正在输入的预期成果"
    db.close()


def test_a_review_note_over_its_limit_keeps_the_dialog_and_the_text(window, qtbot):
    """审核通过 asks in the wide box: a refused note is said inside it, the text kept; a shorter one saves."""
    editor = window.tasks_tab.editor
    editor.tabs.setCurrentIndex(4)
    buttons = {b.text(): b for b in editor.tabs.widget(4).findChildren(type(window.tasks_tab.new_button))}

    def write_report(dialog):
        assert isinstance(dialog, ReportDialog)
        dialog.text_edit.setPlainText("赛马制实施方案已报市政府审议。")
        ok(dialog)

    on_next_dialog(write_report)
    qtbot.mouseClick(buttons["报送进展"], Qt.MouseButton.LeftButton)
    editor.reports_view.selectRow(0)
    long_note = "很好" * 520
    seen = []

    def review(dialog):
        assert isinstance(dialog, TextDialog)
        type_with_ime(dialog.edit, long_note)
        ok(dialog)
        seen.append((dialog.isVisible(), dialog.text(), dialog.error_label.text()))
        dialog.edit.clear()
        type_with_ime(dialog.edit, "同意")
        ok(dialog)

    on_next_dialog(review)
    qtbot.mouseClick(buttons["审核通过"], Qt.MouseButton.LeftButton)
    assert seen and seen[0][0] and seen[0][1] == long_note and "1000" in seen[0][2]
    assert rows(editor.reports_model, 4)[0] == "已采纳"


def test_cancelling_the_milestone_dialog_closes_it_and_adds_nothing(window, qtbot):
    """取消 on 添加节点 (its 完成日期 field once shadowed QDialog.done, and cancelling crashed the program)."""
    tab = window.tasks_tab
    tab.view.selectRow(0)
    editor = tab.editor
    editor.tabs.setCurrentIndex(2)
    before = editor.milestones_model.rowCount()
    seen = []

    def cancel(dialog):
        seen.append(type(dialog).__name__)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()

    on_next_dialog(cancel)
    add = next(b for b in editor.findChildren(QPushButton) if b.text() == "添加节点")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert seen == ["MilestoneDialog"]
    assert QApplication.activeModalWidget() is None
    assert editor.milestones_model.rowCount() == before


def test_history_tab_reads_in_words(window, qtbot):
    """The 历史 tab as a person opens it: “新增专项小组”, not “group新增”; no column name or code."""
    tab = window.tasks_tab
    tab.view.selectRow(0)
    editor = tab.editor
    bar = editor.tabs.tabBar()
    history_index = editor.tabs.count() - 1
    assert editor.tabs.tabText(history_index) == "历史"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(history_index).center())
    assert editor.tabs.currentIndex() == history_index
    model = editor.history_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    what = rows(model, headers.index("内容"))
    assert what and "新增专项小组" in what, what
    for row in range(model.rowCount()):
        texts = " ".join(str(model.index(row, c).data() or "") for c in range(3, model.columnCount()))
        assert "group" not in texts and "_id" not in texts, texts
