"""The shared table model and proxy: Qt's model tester, sorting by real values, filtering."""

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt

from desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowFilterProxy, RowTableModel


@dataclass(frozen=True)
class Row:
    name: str
    due: dt.date | None
    count: int


COLUMNS = [Column("名称", lambda r: r.name), Column("期限", lambda r: r.due), Column("数量", lambda r: r.count, align_right=True)]
ROWS = [
    Row("乙", dt.date(2022, 6, 30), 10),
    Row("甲", None, 2),
    Row("丙", dt.date(2022, 3, 1), 9),
]


def make(qtbot=None):
    model = RowTableModel(COLUMNS)
    model.set_rows(ROWS)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def column_values(proxy, column):
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester):
    model, proxy = make()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_display_sort_and_row_roles():
    model, _ = make()
    index = model.index(0, 1)
    assert index.data() == "2022-06-30"
    assert index.data(SORT_ROLE) == dt.date(2022, 6, 30)
    assert index.data(ROW_ROLE) is ROWS[0]
    assert model.index(1, 1).data() == ""
    assert model.headerData(2, Qt.Orientation.Horizontal) == "数量"
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole)


def test_dates_sort_as_dates_with_empty_last():
    _, proxy = make()
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert column_values(proxy, 0) == ["丙", "乙", "甲"]


def test_numbers_sort_as_numbers():
    _, proxy = make()
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert column_values(proxy, 2) == ["2", "9", "10"]


def test_filter_matches_any_column():
    _, proxy = make()
    proxy.setFilterFixedString("2022-03")
    assert column_values(proxy, 0) == ["丙"]
    proxy.setFilterFixedString("甲")
    assert column_values(proxy, 0) == ["甲"]
    proxy.setFilterFixedString("")
    assert proxy.rowCount() == 3


def test_set_rows_replaces(qtbot):
    model, proxy = make()
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(ROWS[:1])
    assert proxy.rowCount() == 1
