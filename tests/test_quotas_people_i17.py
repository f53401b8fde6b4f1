"""Issue 17 on the 指标 and 人员 tabs: the 全市要求 row, the legend, the entry row's 科室, a new item shown
at once, the person page's publicity numbers, the 小组职务 column and the 灯 column at 1366 wide."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.quotas.counting import periods
from desktop.settings import Settings
from desktop.views.main_window import MainWindow
from desktop.views.quotas.matrix_model import COLOURS, state_labels
from gui import model_texts, type_with_ime
from quotas_gui import quotas_window


@pytest.fixture
def window(qtbot, sample_target):
    window = quotas_window(qtbot, sample_target)
    window.resize(1366, 768)
    return window


def test_the_last_row_counts_what_its_label_says(window, qtbot):
    tab = window.quotas_tab
    bureau = tab.matrix.bureau
    assert bureau.name == "全市要求"
    city = [r for r in tab.data.requirements() if r.department_id is None]
    required = sum(p.amount for r in city for p in periods(r.spec, tab.data.year, tab.data.first_month))
    assert bureau.required == required
    assert bureau.required != sum(r.required for r in tab.matrix.rows if not r.is_bureau)
    row = len(tab.matrix.rows) - 1
    assert "不是上面各科室之和" in tab.matrix_model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    # Every item of the bureau counts, a section's too.
    type_with_ime(tab.entry.title, "规配科的信息")
    qtbot.keyClick(tab.entry.title, Qt.Key.Key_Return)
    assert tab.matrix.bureau.delivered == 1


def test_the_legend_names_every_coloured_state(window):
    text = window.quotas_tab.matrix_page.legend.text()
    for state in ("met", "short", "pending", "in_period"):
        assert COLOURS[state] in text and state_labels()[state] in text
    assert "灰色" in text


def test_the_section_defaults_to_the_first_section_and_fits(window):
    entry = window.quotas_tab.entry
    assert entry.section.currentText() == window.quotas_tab.data.sections[0].name
    longest = max(entry.section.fontMetrics().horizontalAdvance(entry.section.itemText(i))
                  for i in range(entry.section.count()))
    assert entry.section.width() > longest


def test_a_new_item_is_listed_without_clicking_a_cell(window, qtbot):
    tab = window.quotas_tab
    assert tab.selected_cell is None
    type_with_ime(tab.entry.title, "不用点格子就看得到")
    qtbot.keyClick(tab.entry.title, Qt.Key.Key_Return)
    assert "不用点格子就看得到" in model_texts(tab.cell_items.model, 3)


@pytest.fixture
def people(qtbot, sample_target):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.people_tab.today = lambda: dt.date(2023, 1, 15)
    window.resize(1366, 768)
    window.show()
    window.open_path(str(sample_target))
    window.tabs.setCurrentWidget(window.people_tab)
    return window.people_tab


def _show(tab, qtbot, name):
    row = next(i for i, r in enumerate(tab.main.model.rows()) if r.name == name)
    index = tab.main.proxy.mapFromSource(tab.main.model.index(row, 0))
    qtbot.mouseClick(tab.main.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.main.view.visualRect(index).center())


def test_publicity_numbers_and_the_light_column(people, qtbot):
    _show(people, qtbot, "钟丽娜")
    page = people.person_page
    rows = page.holdings_model.rows()
    codes = [r.code for r in rows if r.kind == "quota"]
    assert codes == [str(n) for n in range(1, len(codes) + 1)] and len(codes) == 7
    view = page.holdings_view
    grey = [i for i, r in enumerate(rows) if r.light == 0]
    assert grey
    for row in grey:
        assert view.sizeHintForIndex(page.holdings_model.index(row, 0)).width() <= view.columnWidth(0)


def test_group_roles_show_their_order_whole(people):
    view = people.main.view
    texts = model_texts(people.main.proxy, 3)
    assert any("（第3位）" in t for t in texts)
    assert view.sizeHintForColumn(3) <= view.columnWidth(3)
    for row in range(people.main.proxy.rowCount()):
        assert view.sizeHintForIndex(people.main.proxy.index(row, 3)).height() <= view.rowHeight(row)


def test_a_seat_s_kind_and_group_show_whole_on_the_person_page(people, qtbot):
    """李荣军's seat reads 小组职务 · 领导小组 in full, not “领导…”."""
    _show(people, qtbot, "李荣军")
    page = people.person_page
    view = page.holdings_view
    rows = page.holdings_model.rows()
    seats = [i for i, r in enumerate(rows) if r.code == "领导小组"]
    assert seats
    for row in seats:
        for column in (1, 2):
            assert view.sizeHintForIndex(page.holdings_model.index(row, column)).width() <= view.columnWidth(column)
