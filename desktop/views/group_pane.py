"""The groups of the 人员 tab: the leadership and working groups, their seats in order, and each seat's history.

The order of the seats is the order of succession (顺位代替), so it is edited directly: drag
a seat to its place, or move it with 上移 / 下移. The list is a model of its own
(:class:`SeatListModel`) whose drops move rows and report the new order, which the pane saves
at once (:func:`desktop.services.groups.reorder_seats`).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDrag
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.views.table_model import ROW_ROLE, Column
from desktop.views.widgets import fit_columns, make_table

SEAT_MIME = "application/x-duban-seat-ids"
_Index = QModelIndex | QPersistentModelIndex
_AWAY = QColor("#b26a00")


class SeatListModel(QAbstractListModel):
    """A group's seats (:class:`~desktop.services.groups.SeatRow`), movable by drag and drop.

    ``order_changed`` carries the seat ids in their new order after a move.
    """

    order_changed = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self.movable = True

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def row_of(self, seat_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == seat_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.text]
            if row.start_date:
                lines.append(self.tr("任职自 {0}").format(row.start_date.isoformat()))
            if row.took_over_from:
                lines.append(self.tr("接任 {0}").format(row.took_over_from))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and row.acting:
            return QBrush(_AWAY)
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.movable else Qt.ItemFlag.NoItemFlags
        return base | Qt.ItemFlag.ItemIsDragEnabled if self.movable else base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SEAT_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = [self._rows[i.row()].id for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        data.setData(SEAT_MIME, QByteArray(json.dumps(ids).encode()))
        return data

    @staticmethod
    def dragged_ids(data: QMimeData) -> list[int]:
        if not data.hasFormat(SEAT_MIME):
            return []
        try:
            return [int(i) for i in json.loads(bytes(data.data(SEAT_MIME)).decode())]
        except (ValueError, TypeError):
            return []

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self.movable and bool(self.dragged_ids(data)) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        self.move_ids(self.dragged_ids(data), row if row >= 0 else len(self._rows))
        # False: the move is done; the view must not remove the dragged rows afterwards.
        return False

    def move_ids(self, ids: list[int], row: int) -> None:
        """Move the seats *ids* to before *row* (the row index as it was before the move)."""
        moving = [r for r in self._rows if r.id in ids]
        if not moving:
            return
        before = row - sum(1 for r in self._rows[:row] if r.id in ids)
        rest = [r for r in self._rows if r.id not in ids]
        order = rest[:before] + moving + rest[before:]
        if [r.id for r in order] == self.ids():
            return
        self.beginResetModel()
        self._rows = order
        self.endResetModel()
        self.order_changed.emit(self.ids())

    def moveRows(self, source_parent, source_row, count, destination_parent, destination_child) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or not self.movable:
            return False
        ids = [r.id for r in self._rows[source_row : source_row + count]]
        self.move_ids(ids, destination_child)
        return True


class SeatListView(QListView):
    """The seats, reordered by dragging; the drop is handled here so it works the same from any source of events."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAlternatingRowColors(True)

    def startDrag(self, supported_actions) -> None:
        indexes = self.selectedIndexes()
        if not indexes or not self.model().movable:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(indexes))
        drag.exec(Qt.DropAction.MoveAction)  # the drop moved the rows; nothing to remove here

    def _ours(self, event) -> bool:
        return self.model() is not None and self.model().movable and event.mimeData().hasFormat(SEAT_MIME)

    def dragEnterEvent(self, event) -> None:
        if self._ours(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def drop_row(self, position) -> int:
        """The row a drop at *position* (viewport coordinates) goes before."""
        index = self.indexAt(position)
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if position.y() > rect.center().y() else 0)

    def dropEvent(self, event) -> None:
        if not self._ours(event):
            event.ignore()
            return
        ids = SeatListModel.dragged_ids(event.mimeData())
        self.model().move_ids(ids, self.drop_row(event.position().toPoint()))
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()


class GroupsPane(QWidget):
    """The groups list, the selected group's seats with their order, and the selected seat's history."""

    #: A seat held by a person was selected: show that person.
    person_selected = Signal(int)
    #: Something was saved (the people list and the tasks may show it).
    changed = Signal()
    #: 指定接任人 for the holder of the selected seat.
    successor_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database = None
        self.plan_id = None
        self.today = None
        self.read_only = False
        self.groups = QListWidget()
        self.groups.currentItemChanged.connect(self._group_changed)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.seats = SeatListModel(self)
        self.seats.order_changed.connect(self._save_order)
        self.seat_view = SeatListView()
        self.seat_view.setModel(self.seats)
        self.seat_view.selectionModel().currentChanged.connect(self._seat_changed)
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.add_button = QPushButton(self.tr("添加成员…"))
        self.remove_button = QPushButton(self.tr("删除成员"))
        self.successor_button = QPushButton(self.tr("指定接任人…"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.add_button.clicked.connect(self.add_seat)
        self.remove_button.clicked.connect(self.remove_seat)
        self.successor_button.clicked.connect(self._request_successor)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.add_button, self.remove_button, self.successor_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.history_view, self.history_model = make_table(
            [
                Column(self.tr("任职者"), lambda r: r.holder),
                Column(self.tr("起"), lambda r: r.start),
                Column(self.tr("止"), lambda r: r.end, display=lambda r: r.end.isoformat() if r.end else self.tr("至今")),
                Column(self.tr("备注"), lambda r: r.note),
            ]
        )
        self.history_view.setMaximumHeight(160)
        hint = QLabel(self.tr("顺序即“顺位代替”的顺序：拖动或用“上移/下移”调整，自动保存。"))
        hint.setStyleSheet("color: #666;")
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(hint)
        column.addWidget(self.seat_view, 1)
        column.addLayout(buttons)
        column.addWidget(QLabel(self.tr("所选职务的任职历史")))
        column.addWidget(self.history_view)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.groups)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 600])
        self.groups.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._group_rows = []
        #: Set while a reload puts the selection back: that is no new choice of a person.
        self._restoring = False
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------

    def load(self, database, plan_id, today) -> None:
        """(Re)read the groups; the selected group and seat stay selected."""
        from desktop.services.groups import group_rows

        self.database, self.plan_id, self.today = database, plan_id, today
        current = self.current_group_id()
        seat = self.current_seat()
        self._group_rows = group_rows(database, plan_id, today) if plan_id else []
        self.groups.blockSignals(True)
        self.groups.clear()
        for group in self._group_rows:
            item = QListWidgetItem(group.display)
            item.setData(ROW_ROLE, group)
            item.setToolTip(group.display)
            self.groups.addItem(item)
        row = next((i for i, g in enumerate(self._group_rows) if g.id == current), 0 if self._group_rows else -1)
        self.groups.setCurrentRow(row)
        self.groups.blockSignals(False)
        self._show_group(self.current_group(), seat.id if seat is not None and row >= 0 else None)

    def current_group(self):
        item = self.groups.currentItem()
        return item.data(ROW_ROLE) if item is not None else None

    def current_group_id(self) -> int | None:
        group = self.current_group()
        return group.id if group is not None else None

    def current_seat(self):
        index = self.seat_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_group(self, group_id: int) -> None:
        for row in range(self.groups.count()):
            if self.groups.item(row).data(ROW_ROLE).id == group_id:
                self.groups.setCurrentRow(row)

    def _group_changed(self, *_args) -> None:
        self._show_group(self.current_group())

    def _show_group(self, group, keep_seat: int | None = None) -> None:
        from desktop.services.groups import group_seats

        self.title.setText(group.display if group is not None else "")
        rows = group_seats(self.database, group.id, self.today) if group is not None and self.database else []
        self.seats.set_rows(rows)
        row = self.seats.row_of(keep_seat) if keep_seat is not None else -1
        if row >= 0:
            self._restoring = True
            try:
                self.seat_view.setCurrentIndex(self.seats.index(row))
            finally:
                self._restoring = False
        else:
            self.history_model.set_rows([])
        self._update_buttons()

    def reload_seats(self) -> None:
        seat = self.current_seat()
        self._show_group(self.current_group(), seat.id if seat is not None else None)

    def _seat_changed(self, current, _previous) -> None:
        from desktop.services.groups import seat_history

        seat = current.data(ROW_ROLE) if current.isValid() else None
        self.history_model.set_rows(seat_history(self.database, seat.id) if seat is not None else [])
        fit_columns(self.history_view)
        self._update_buttons()
        if seat is not None and seat.person_id is not None and not self._restoring:
            self.person_selected.emit(seat.person_id)

    # -- editing ---------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.read_only and self.database is not None and self.current_group() is not None
        self.seats.movable = editable
        seat = self.current_seat()
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(editable and seat is not None)
        self.add_button.setEnabled(editable)
        self.successor_button.setEnabled(editable and seat is not None and seat.person_id is not None)

    def _versions(self) -> dict[int, int]:
        return {r.id: r.version for r in self.seats.rows()}

    def _run(self, action) -> bool:
        try:
            action()
        except UserError as error:
            QMessageBox.warning(self, self.tr("没有保存"), error.message)
            self.reload_seats()
            return False
        return True

    def _save_order(self, ids: list[int]) -> None:
        from desktop.services.groups import reorder_seats

        group = self.current_group()
        if group is None or self.read_only:
            return
        seat = self.current_seat()
        # The versions as read: the model's rows are the same objects, only their order moved.
        versions = self._versions()
        if self._run(lambda: reorder_seats(self.database, group.id, ids, versions, self.today)):
            self._show_group(group, seat.id if seat is not None else None)
            self.changed.emit()

    def move_current(self, delta: int) -> None:
        from desktop.services.groups import move_seat

        group, seat = self.current_group(), self.current_seat()
        if group is None or seat is None or self.read_only:
            return
        versions = self._versions()
        if self._run(lambda: move_seat(self.database, group.id, seat.id, delta, versions, self.today)):
            self._show_group(group, seat.id)
            self.changed.emit()

    def add_seat(self) -> None:
        from desktop.services.departments import department_rows
        from desktop.services.groups import DEPARTMENT_ROLES, GROUP_ROLES, add_seat
        from desktop.services.people import person_choices
        from desktop.views.people_dialogs import AddSeatDialog

        group = self.current_group()
        if group is None or self.read_only:
            return
        departments = [(d.id, d.name) for d in department_rows(self.database, self.plan_id)]
        dialog = AddSeatDialog(
            GROUP_ROLES[group.kind], DEPARTMENT_ROLES, person_choices(self.database, self.plan_id, self.today),
            departments, self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        seat_id = None

        def save():
            nonlocal seat_id
            seat_id = add_seat(self.database, group.id, values.pop("role"), start=self.today, **values)

        if self._run(save):
            self._show_group(group, seat_id)
            self.changed.emit()

    def remove_seat(self) -> None:
        from desktop.services.groups import remove_seat

        seat = self.current_seat()
        if seat is None or self.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除成员"),
            self.tr("确定从小组中删除“{0}”吗？\n人员离任或调整时，请用“指定接任人”，以保留任职历史。").format(seat.text),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._run(lambda: remove_seat(self.database, seat.id, seat.version)):
            self._show_group(self.current_group())
            self.changed.emit()

    def _request_successor(self) -> None:
        seat = self.current_seat()
        if seat is not None and seat.person_id is not None:
            self.successor_requested.emit(seat.person_id)


__all__ = ["GroupsPane", "SEAT_MIME", "SeatListModel", "SeatListView"]
