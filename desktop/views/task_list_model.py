"""The task list: every row kept, the visible ones filtered and sorted in Python.

The list can hold thousands of tasks, so filtering is one substring test per row on
its prepared search key (text, pinyin and initials), not a proxy calling back into
Python for every cell; sorting uses the rows' real values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.i18n import tr
from desktop.lights import Light
from desktop.views.table_model import ROW_ROLE, SORT_ROLE, format_value

_Index = QModelIndex | QPersistentModelIndex

LIGHT_COLOURS = {
    Light.GREY: QColor("#9e9e9e"),
    Light.GREEN: QColor("#2e9d4a"),
    Light.YELLOW: QColor("#e6a700"),
    Light.RED: QColor("#d32f2f"),
}
_icons: dict[int, QIcon] = {}


def light_icon(light: int) -> QIcon:
    if light not in _icons:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(LIGHT_COLOURS[Light(light)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, 12, 12)
        painter.end()
        _icons[light] = QIcon(pixmap)
    return _icons[light]


@dataclass(frozen=True)
class TaskFilter:
    text: str = ""
    section: str = ""
    leader: str = ""
    status: str = ""  # a Status code, "open" for not closed, or "" for all
    due: str = ""  # "", "overdue" or "soon"
    #: A TaskSource code (plan, instruction …), "outside" for every source but the plan, or "" for all.
    source: str = ""
    due_days: int = 7
    today: dt.date | None = None
    #: The sections the typed text names by any of their names (法监科, 法规与监督诚信科, 法监):
    #: their tasks match too (see :class:`desktop.people.names.DepartmentMatcher`).
    named_sections: frozenset[str] = frozenset()

    def accepts(self, row, search_key: str) -> bool:
        if (
            self.text
            and self.text not in search_key
            and self.text not in _shown_text(row)
            and not self.named_sections.intersection(row.sections)
        ):
            return False
        if self.section and self.section not in row.sections:
            return False
        if self.source and row.source_code != self.source and not (self.source == "outside" and row.source_code != "plan"):
            return False
        if self.leader and row.supervising_leader != self.leader:
            return False
        if self.status == "open":
            if row.closed_on is not None:
                return False
        elif self.status and row.status_code != self.status:
            return False
        if self.due:
            if row.next_deadline is None:
                return False
            today = self.today or dt.date.today()
            if self.due == "overdue" and not row.next_deadline < today:
                return False
            if self.due == "soon" and not (today <= row.next_deadline <= today + dt.timedelta(days=self.due_days)):
                return False
        return True


def _shown_text(row) -> str:
    """What the list shows of a task beyond its search key (names that can change elsewhere)."""
    return f"{row.lead_section}\n{row.supervising_leader}\n{row.responsible}\n{row.status}\n{row.level}".lower()


def deadline_text(row) -> str:
    """下一截止, with how many times the task's deadlines were extended (延期 2 次)."""
    day = row.next_deadline.isoformat() if row.next_deadline else ""
    return tr("TaskList", "{0}（延期 {1} 次）").format(day, row.extensions).strip() if row.extensions else day


def deadline_tooltip(row) -> str:
    day = row.next_deadline.isoformat() if row.next_deadline else tr("TaskList", "没有未到的期限")
    if not row.extensions:
        return day
    return tr("TaskList", "{0}\n措施和时间节点已批准延期 {1} 次（原定期限见任务的“延期申请”页）").format(day, row.extensions)


@dataclass(frozen=True)
class TaskColumn:
    title: str
    value: Callable[[Any], Any]
    light: bool = False
    #: Names the column in a saved layout (see :class:`desktop.views.list_view.ColumnLayout`).
    key: str = ""
    #: What the cell shows and its tooltip, where they say more than the value.
    display: Callable[[Any], str] | None = None
    tooltip: Callable[[Any], str] | None = None


class TaskListModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[TaskColumn], light_tooltip: Callable[[Any], str], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._light_tooltip = light_tooltip
        self._all: list[Any] = []
        self._visible: list[Any] = []
        #: Task id → search key, loaded when the filter box is first used.
        self._keys: dict[int, str] = {}
        self._filter = TaskFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- contents ----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._visible = self._filtered()
        self.endResetModel()

    def replace_row(self, row: Any) -> None:
        """Put a refreshed row in place of the one with the same id (after an edit)."""
        for index, old in enumerate(self._all):
            if old.id == row.id:
                self._all[index] = row
                break
        else:
            self._all.append(row)
        self.set_rows(self._all)

    def has_search_keys(self) -> bool:
        return bool(self._keys) or not self._all

    def set_search_keys(self, keys: dict[int, str]) -> None:
        self._keys = dict(keys)

    def update_search_key(self, task_id: int, key: str | None) -> None:
        if key is None:
            self._keys.pop(task_id, None)
        else:
            self._keys[task_id] = key

    def remove_row(self, task_id: int) -> None:
        self.set_rows([r for r in self._all if r.id != task_id])

    def set_filter(self, task_filter: TaskFilter) -> None:
        self.beginResetModel()
        self._filter = TaskFilter(**{**task_filter.__dict__, "text": task_filter.text.strip().lower()})
        self._visible = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[Any]:
        accepts, keys = self._filter.accepts, self._keys
        visible = [row for row in self._all if accepts(row, keys.get(row.id, ""))]
        if self._sort is not None:
            column, order = self._sort
            value = self._columns[column].value
            present = [r for r in visible if value(r) is not None]
            missing = [r for r in visible if value(r) is None]
            present.sort(key=value, reverse=order == Qt.SortOrder.DescendingOrder)
            visible = present + missing
        return visible

    def total(self) -> int:
        return len(self._all)

    def row(self, row: int) -> Any:
        return self._visible[row]

    def row_of(self, task_id: int) -> int:
        for index, row in enumerate(self._visible):
            if row.id == task_id:
                return index
        return -1

    def all_rows(self) -> list[Any]:
        return list(self._all)

    def column_keys(self) -> list[str]:
        return [column.key for column in self._columns]

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self._visible[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.light:
                return Light(row.light).label
            return column.display(row) if column.display else format_value(column.value(row))
        if role == Qt.ItemDataRole.DecorationRole and column.light:
            return light_icon(row.light)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.light:
                return self._light_tooltip(row)
            return column.tooltip(row) if column.tooltip else format_value(column.value(row))
        if role == SORT_ROLE:
            return column.value(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title if 0 <= section < len(self._columns) else None
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            self._sort = None
        else:
            self._sort = (column, order)
        self.beginResetModel()
        self._visible = self._filtered()
        self.endResetModel()
