"""One table model for every list in Duban: plain row objects, declared columns.

Columns say how to get a row's value (used for sorting and filtering, so dates sort
as dates and numbers as numbers) and how to show it. The proxy sorts by the real
values with empty cells last, and filters on the displayed text of every column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]
    display: Callable[[Any], str] | None = None
    tooltip: Callable[[Any], str] | None = None
    align_right: bool = False
    #: An icon before the text (a traffic light), e.g. ``lambda r: light_icon(r.light)``.
    icon: Callable[[Any], Any] | None = None

    def text(self, row: Any) -> str:
        if self.display is not None:
            return self.display(row)
        return format_value(self.value(row))


class RowTableModel(QAbstractTableModel):
    """Rows of one dataclass type shown in declared columns; :meth:`set_rows` replaces them."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return column.icon(row) if column.icon else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == SORT_ROLE:
            return column.value(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].title
            return None
        return str(section + 1)


class RowFilterProxy(QSortFilterProxyModel):
    """Sorts by real values (empty last) and keeps rows whose text contains the filter.

    A row that carries a ``search_text`` (lower-cased, with pinyin where it matters: see
    :mod:`desktop.models.search`) is matched against it alone, one substring test a row.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._needle = ""

    def setFilterFixedString(self, pattern: str) -> None:
        self._needle = pattern.strip().lower()
        super().setFilterFixedString(pattern)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self._needle:
            key = getattr(self.sourceModel().row(source_row), "search_text", None)
            if key is not None:
                return self._needle in key
        return super().filterAcceptsRow(source_row, source_parent)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        a = self.sourceModel().data(left, SORT_ROLE)
        b = self.sourceModel().data(right, SORT_ROLE)
        if a is None or b is None:
            return a is not None and b is None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
