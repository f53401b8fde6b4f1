"""文件 → 新建年度计划… and the plan switcher, driven the way a person does (issue 19, point 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.settings import Settings
from desktop.views.main_window import MainWindow
from gui import click_list_row, model_texts


@pytest.fixture
def window(qtbot):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def informed(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def _make_2023_carrying_the_first_task(window, qtbot):
    assert window.new_year_action in window.file_menu.actions()
    window.new_year_action.trigger()
    dialog = window.next_year_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.year_edit.value() == 2023
    assert dialog.number_edit.text() == "柳科通〔2023〕（待定）号"
    carried = dialog.tasks
    assert carried.count() == 2
    assert all(carried.item(row).checkState() == Qt.CheckState.Checked for row in range(2))
    # Untick 2-2: click its row, press the space bar.
    click_list_row(qtbot, carried, 1)
    qtbot.keyClick(carried, Qt.Key.Key_Space)
    assert carried.item(1).checkState() == Qt.CheckState.Unchecked
    assert dialog.count_label.text() == "结转 1 项，共 2 项未办结"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=20000)
    return dialog.made


def test_a_new_year_from_the_menu_then_the_previous_one_from_the_switcher(window, sample_target, qtbot, informed):
    with qtbot.waitSignal(window.database_loaded):
        assert window.open_path(str(sample_target))
    assert window.plan_switcher.isVisible()
    assert window.plan_switcher.combo.count() == 1 and window.plan_switcher.combo.currentText() == "2022 年：柳科通〔2022〕20号"
    made = _make_2023_carrying_the_first_task(window, qtbot)
    assert made.year == 2023 and made.counts["task"] == 1

    # The window shows the new plan: its one carried task, editable.
    qtbot.waitUntil(lambda: model_texts(window.tasks_tab.model, 0) == ["2-1"])
    assert window.plan.year == 2023 and window.plan_label.text() == "计划：柳科通〔2023〕（待定）号"
    assert not window.tasks_tab.read_only and not window.banner.isVisible()
    switcher = window.plan_switcher.combo
    assert window.plan_switcher.isVisible()
    assert [switcher.itemText(i) for i in range(switcher.count())] == [
        "2023 年：柳科通〔2023〕（待定）号", "2022 年：柳科通〔2022〕20号（只读）",
    ]

    # The previous year from the switcher: every tab reads it, nothing can be changed.
    switcher.setFocus()
    qtbot.keyClick(switcher, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.plan.year == 2022)
    qtbot.waitUntil(lambda: model_texts(window.tasks_tab.model, 0) == ["2-1", "2-2"])
    assert window.tasks_tab.read_only
    assert window.banner.isVisible()
    assert window.banner.text() == "只读：2022 年计划已结转到 2023 年计划，只能查看，不能修改。请切换到 2023 年计划后再修改。"
    assert not window.import_action.isEnabled()
    assert "20号" in window.windowTitle()
    window.new_task_action.trigger()
    assert informed[-1].startswith("2022 年计划已结转到 2023 年计划")
    # A tab first shown now reads the plan chosen (the 总览 counts 2022's two tasks).
    window.tabs.setCurrentWidget(window.overview_tab)
    qtbot.waitUntil(lambda: window.overview_tab.plan_id == window.plan.id)
    window.tabs.setCurrentWidget(window.calendar_tab)
    qtbot.waitUntil(lambda: window.calendar_tab.plan_id == window.plan.id)
    # Making 2023 from 2022 a second time is refused in words.
    window.new_year_action.trigger()
    dialog = window.next_year_dialog
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert informed[-1] == "2022 年计划已结转过，不能再结转一次。"
    dialog.reject()

    # Back to 2023: editable again.
    window.tabs.setCurrentWidget(window.tasks_tab)
    switcher.setFocus()
    qtbot.keyClick(switcher, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: window.plan.year == 2023)
    qtbot.waitUntil(lambda: model_texts(window.tasks_tab.model, 0) == ["2-1"])
    assert not window.tasks_tab.read_only and not window.banner.isVisible()
    assert window.overview_tab.plan_id == made.id or window.overview_tab.refresher.plan_id == made.id
