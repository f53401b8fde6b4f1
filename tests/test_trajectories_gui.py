"""序时进度 on the 数值目标 page, driven as the office uses it: the editor, the light, the chart, the task list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.lights import Light
from desktop.services import task_parts
from desktop.settings import Settings
from desktop.views.main_window import MainWindow
from desktop.views.quotas.trajectory_dialog import TrajectoryDialog
from gui import on_next_dialog, type_with_ime, wait_for_operations

JUNE_30 = dt.date(2022, 6, 30)


@pytest.fixture
def window(qtbot, sample_target):
    window = MainWindow(Settings())
    window.quotas_tab.today = JUNE_30
    window.tasks_tab.today = lambda: JUNE_30
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert window.open_path(str(sample_target))
    window.tabs.setCurrentWidget(window.quotas_tab)
    window.quotas_tab.pages.setCurrentWidget(window.quotas_tab.targets_page)
    return window


def _select(qtbot, page, name_part: str) -> None:
    table = page.table
    for row in range(table.proxy.rowCount()):
        if name_part in table.proxy.index(row, 1).data():
            index = table.proxy.index(row, 1)
            rect = table.view.visualRect(index)
            qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert name_part in table.current_row().name
            return
    raise AssertionError(name_part)


def _light_text(page, name_part: str) -> str:
    table = page.table
    for row in range(table.proxy.rowCount()):
        if name_part in table.proxy.index(row, 1).data():
            return table.proxy.index(row, 6).data()
    raise AssertionError(name_part)


def _save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_typing_a_trajectory_lights_the_indicator_draws_both_lines_and_reaches_the_task_list(window, qtbot):
    page = window.quotas_tab.targets_page
    _select(qtbot, page, "研发经费")
    assert _light_text(page, "研发经费") == "未设"
    assert page.chart.categories == ["尚无实际值"]  # not tracked yet: the values by date, as before
    seen = []

    def fill(dialog):
        assert isinstance(dialog, TrajectoryDialog) and not dialog.tracked.isChecked()
        assert dialog.margin.text() == "10"
        qtbot.mouseClick(dialog.tracked, Qt.MouseButton.LeftButton, pos=dialog.tracked.rect().center())
        qtbot.keyClicks(dialog.baseline, "1.8")
        qtbot.keyClicks(dialog.months[6], "1.95")
        seen.append(dialog.months[12].placeholderText())
        _save(dialog)

    on_next_dialog(fill)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: _light_text(page, "研发经费") == "黄灯")
    assert seen == [""]  # no baseline yet when it opened: nothing to draw a line from
    # The chart: the plan dashed by month (June typed, the rest linear), the actual solid.
    planned, actual = page.chart.series
    assert (planned.name, planned.dashed, actual.name, actual.dashed) == ("序时目标", True, "实际值", False)
    assert page.chart.categories[5] == "6月" and len(page.chart.categories) == 12
    assert planned.values[5] == 1.95 and planned.values[11] == pytest.approx(2.0)
    assert planned.values[4] == pytest.approx(1.8 + 0.2 * 150 / 364)
    assert actual.values == [None] * 12
    assert page.chart.references[0].values == [2.0]

    # An actual reported behind the plan: yellow within the margin, red beyond it.
    database = window.database
    indicator = page.table.current_row().id
    task_parts.add_indicator_value(database, indicator, dt.date(2022, 6, 20), 1.9, "统计局")
    window.refresh_from_elsewhere()
    qtbot.waitUntil(lambda: page.chart.series[1].values[5] == 1.9)
    assert _light_text(page, "研发经费") == "黄灯"
    task_parts.add_indicator_value(database, indicator, dt.date(2022, 6, 28), 1.7, "统计局")
    window.refresh_from_elsewhere()
    qtbot.waitUntil(lambda: _light_text(page, "研发经费") == "红灯")
    assert page.chart.series[1].values[:6] == [None, None, None, None, None, 1.7]

    # The task list's light of 2-1 is red, saying which indicator.
    window.tabs.setCurrentWidget(window.tasks_tab)
    model = window.tasks_tab.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    row = next(model.row(i) for i in range(model.rowCount()) if model.row(i).code == "2-1")
    assert row.light == Light.RED and "指标“全社会研发经费支出占地区生产总值比重”" in row.light_reason


def test_bad_input_in_the_editor_gets_a_plain_message_and_the_dialog_stays_open(window, qtbot, messages):
    page = window.quotas_tab.targets_page
    _select(qtbot, page, "人才飞地")
    result = []

    def fill(dialog):
        dialog.tracked.setChecked(True)
        type_with_ime(dialog.months[3], "一家")
        _save(dialog)
        result.append(dialog.isVisible())
        dialog.months[3].clear()
        dialog.margin.clear()
        qtbot.keyClicks(dialog.margin, "abc")
        _save(dialog)
        result.append(dialog.isVisible())
        dialog.margin.setText("15")
        qtbot.keyClicks(dialog.months[3], "1")
        _save(dialog)
        result.append(dialog.isVisible())

    on_next_dialog(fill)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    assert result == [True, True, False]
    assert [m[2] for m in messages] == ["3月的序时目标“一家”不是数字。", "红灯界限“abc”不是数字。"]
    # Saved once right: no baseline and nothing reported, so the plan starts at the first value; March typed.
    qtbot.waitUntil(lambda: page.trajectory is not None and page.trajectory.typed == {3: 1.0})
    assert page.trajectory.margin == 15 and page.trajectory.planned[2] == 1.0


def test_the_editor_is_off_on_a_read_only_file(window, qtbot):
    page = window.quotas_tab.targets_page
    assert page.edit_button.isEnabled()
    window.quotas_tab.set_read_only(True)
    assert not page.edit_button.isEnabled()
