"""督办 → 新建批示件任务 and 批示件登记簿 driven as the office would: register a leader's instruction, find it
in the register by source and by leader, open it in the 任务 tab, edit its source in the editor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.models import TaskSource
from desktop.services.instructions import NewInstruction, create_instruction_task
from desktop.services.history import task_history
from desktop.settings import Settings
from desktop.views.instruction_dialog import InstructionDialog
from desktop.views.instructions_window import InstructionsWindow
from desktop.views.main_window import MainWindow
from gui import choose, model_texts, on_next_dialog, type_over, type_text, wait_for_operations

JULY_5 = dt.date(2022, 7, 5)
INSTRUCTION = "请科技局牵头，会同财政局抓紧研究科技金融支持政策，6月底前报市政府。"


@pytest.fixture
def window(qtbot, sample_target):
    window = MainWindow(Settings())
    window.tasks_tab.today = lambda: JULY_5
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_loaded):
        assert window.open_path(str(sample_target))
    return window


def fill_instruction(dialog: InstructionDialog) -> None:
    """What the office types for 柳科批〔2022〕3号."""
    assert isinstance(dialog, InstructionDialog) and dialog.creating
    choose(dialog.source_combo, "领导批示")
    type_text(dialog.number_edit, "柳科批〔2022〕3号")
    dialog.date_edit.check.click()
    dialog.date_edit.edit.setDate(QDate(2022, 5, 20))
    choose(dialog.leader_combo, "邱明宏")
    type_text(dialog.text_edit, INSTRUCTION)
    type_text(dialog.title_edit, "研究科技金融支持政策")
    choose(dialog.section_combo, "规配科")
    dialog.deadline.check.click()
    dialog.deadline.edit.setDate(QDate(2022, 6, 30))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def pick(qtbot, combo, text: str) -> None:
    """Choose *text* in a drop-down as a person does with the keyboard: click it, Home, then Down to the entry."""
    target = combo.findText(text)
    assert target >= 0, f"{text!r} not offered"
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    if combo.view().isVisible():
        combo.hidePopup()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def more_instructions(window) -> None:
    """A meeting's decision with a leader outside the bureau, and an assignment from above."""
    plan_id = window.plan.id
    create_instruction_task(window.database, plan_id, NewInstruction(
        TaskSource.MEETING, "落实局务会议定事项", "局务会纪要〔2022〕5号", dt.date(2022, 6, 2), None, "市政府分管副市长",
        "会议议定：8月底前完成科技金融政策调研。", None, dt.date(2022, 8, 31)))
    create_instruction_task(window.database, plan_id, NewInstruction(
        TaskSource.ASSIGNED, "自治区交办事项", "桂科函〔2022〕12号", dt.date(2022, 6, 10), None, "",
        "自治区科技厅交办：报送创新型城市建设进展。", None, dt.date(2022, 9, 30)))


def test_register_an_instruction_from_the_menu_and_see_it_in_the_task_tab(window, qtbot):
    on_next_dialog(fill_instruction)
    window.new_instruction_action.trigger()
    wait_for_operations(qtbot)
    tab = window.tasks_tab
    qtbot.waitUntil(lambda: tab.editor.snapshot is not None and tab.editor.snapshot.fields["code"] == "批-1")
    assert window.tabs.currentWidget() is tab
    # In the list with its source; the 来源 filter keeps it and hides the plan's tasks.
    row = tab.model.row(tab.model.row_of(tab.editor.snapshot.id))
    assert (row.code, row.source, row.lead_section) == ("批-1", "领导批示", "规配科")
    choose(tab.source_combo, "领导批示")
    assert model_texts(tab.model, 0) == ["批-1"]
    choose(tab.source_combo, "年度方案")
    assert "批-1" not in model_texts(tab.model, 0) and "2-1" in model_texts(tab.model, 0)
    choose(tab.source_combo, "全部来源")
    # The editor's 来源 group (基本信息) shows the source, read-only, with 修改来源….
    editor = tab.editor
    editor.tabs.setCurrentIndex(0)
    assert editor.source_labels["source_number"].text() == "柳科批〔2022〕3号"
    assert editor.source_labels["leader"].text() == "邱明宏"
    assert editor.source_labels["source_text"].text() == INSTRUCTION
    assert editor.source_button.isVisible()


def test_the_editor_changes_the_source_and_the_history_says_so(window, qtbot):
    more_instructions(window)
    tab = window.tasks_tab
    window.refresh()
    choose(tab.source_combo, "会议纪要")
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.visualRect(tab.model.index(0, 0)).center())
    editor = tab.editor
    qtbot.waitUntil(lambda: editor.snapshot is not None and editor.snapshot.fields["code"] == "会-1")
    editor.tabs.setCurrentIndex(0)

    def renumber(dialog):
        assert isinstance(dialog, InstructionDialog) and not dialog.creating
        type_over(dialog.number_edit, "局务会纪要〔2022〕6号")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_next_dialog(renumber)
    qtbot.mouseClick(editor.source_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: editor.source_labels["source_number"].text() == "局务会纪要〔2022〕6号")
    changed = [(r.field, r.old, r.new) for r in task_history(window.database, editor.snapshot.id) if r.field == "来文文号"]
    assert changed == [("来文文号", "局务会纪要〔2022〕5号", "局务会纪要〔2022〕6号")]
    # A plan task's 来源 group only says where it comes from.
    choose(tab.source_combo, "年度方案")
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.visualRect(tab.model.index(0, 0)).center())
    qtbot.waitUntil(lambda: editor.snapshot.fields["code"] == "2-1")
    assert editor.source_note.isVisible() and not editor.source_button.isVisible()


def test_the_register_filters_by_source_and_leader_and_opens_the_task(window, qtbot):
    on_next_dialog(fill_instruction)
    window.new_instruction_action.trigger()
    wait_for_operations(qtbot)
    more_instructions(window)
    window.instructions_action.trigger()
    register = window.findChild(InstructionsWindow).register
    qtbot.waitUntil(lambda: register.model.rowCount() == 3)
    assert sorted(model_texts(register.model, 0)) == ["交-1", "会-1", "批-1"]
    assert register.count_label.text() == "共 3 件"
    # By source.
    pick(qtbot, register.source_filter, "会议纪要")
    assert model_texts(register.model, 0) == ["会-1"] and model_texts(register.model, 4) == ["市政府分管副市长"]
    pick(qtbot, register.source_filter, "全部来源")
    # By leader: the leaders named are offered.
    leaders = [register.leader_filter.itemText(i) for i in range(register.leader_filter.count())]
    assert leaders == ["全部批示领导", "市政府分管副市长", "邱明宏"]
    pick(qtbot, register.leader_filter, "邱明宏")
    assert model_texts(register.model, 0) == ["批-1"]
    assert model_texts(register.model, 9) == ["红灯"]  # 6月30日 passed on 5 July
    # A double-click opens it in the 任务 tab.
    index = register.model.index(0, 0)
    rect = register.view.visualRect(index)
    qtbot.mouseClick(register.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(register.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab = window.tasks_tab
    assert window.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.editor.snapshot is not None and tab.editor.snapshot.fields["code"] == "批-1")
    # A report accepted shows in the register at once (kept current on the change bus).
    from desktop.services import reports

    report_id = reports.add_report(window.database, tab.editor.snapshot.id, "2022年7月", "已报市政府审定。",
                                   reported_on=dt.date(2022, 7, 4))
    reports.accept_report(window.database, report_id)
    qtbot.waitUntil(lambda: model_texts(register.model, 10) == ["2022-07-04 已报市政府审定。"])
