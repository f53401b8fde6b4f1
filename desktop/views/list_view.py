"""A titled, sortable, filterable table: the building block of the four tabs; and the columns of a
list as the person arranges them (:class:`ColumnLayout`)."""

from __future__ import annotations

import math
import struct
from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import Key, Settings
from desktop.views.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel
from desktop.views.widgets import fit_placeholder


class FilteredTable(QWidget):
    """A heading, a filter box and a table over a :class:`RowTableModel`.

    ``current_row_changed`` carries the row object under the cursor (or None).
    """

    current_row_changed = Signal(object)

    def __init__(self, title: str, columns: Sequence[Column], *, stretch_column: int = 1, refit: bool = True, parent=None):
        super().__init__(parent)
        #: Fit the columns to every new set of rows; when False, only to the first one (a list
        #: reloaded often keeps the widths the person set, and is not measured again).
        self.refit = refit
        self.model = RowTableModel(columns, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.title_label = QLabel(title)
        self.title_label.setStyleSheet("font-weight: bold;")
        self.count_label = QLabel()
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(320)
        fit_placeholder(self.filter_edit, self.tr("筛选：输入任意文字"))
        self.filter_edit.textChanged.connect(self._apply_filter)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        # One line a row, long texts elided; the tooltip and the detail panes show them whole.
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)  # fit columns to the first rows, not to thousands
        if 0 <= stretch_column < len(columns):
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.filter_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)

    def set_rows(self, rows: Sequence[Any]) -> None:
        fitted = self.model.rowCount() > 0
        self.model.set_rows(rows)
        self._update_count()
        if fitted and not self.refit:
            return
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        needed = 2 * self.view.frameWidth() + self.view.verticalScrollBar().sizeHint().width()
        for column in range(self.model.columnCount()):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                header.resizeSection(column, min(header.sectionSize(column), 260))
                needed += header.sectionSize(column)
            else:
                needed += header.sectionSizeHint(column)
        # The stretching column (the title) is never squeezed below its own heading; up to a point:
        # past it the table scrolls sideways rather than widen the window.
        self.view.setMinimumWidth(min(needed, 640))

    def _apply_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("（{0} 条）").format(total))
        else:
            self.count_label.setText(self.tr("（显示 {0} / {1} 条）").format(shown, total))

    def _on_current_changed(self, current, _previous) -> None:
        self.current_row_changed.emit(current.data(ROW_ROLE) if current.isValid() else None)

    def current_row(self) -> Any:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.view.selectRow(0)


def _state_columns(state: QByteArray) -> int | None:
    """How many columns a saved QHeaderView state is of (None if it is not one).

    The state is QHeaderView::saveState's stream (QDataStream version Qt 5.0, big-endian): a marker,
    the version, the orientation, the sort order and column, whether the sort arrow shows; the visual
    and logical indices (lists of int), the hidden sections (a bit array), the hidden sizes (int → int),
    the length, then the count.
    """
    data = bytes(state.data())
    try:
        position = 5 * 4 + 1
        for _ in range(2):
            (items,) = struct.unpack_from(">I", data, position)
            position += 4 + 4 * items
        (bits,) = struct.unpack_from(">I", data, position)
        position += 4 + (bits + 7) // 8
        (pairs,) = struct.unpack_from(">I", data, position)
        position += 4 + 8 * pairs
        return struct.unpack_from(">i", data, position + 4)[0]
    except struct.error:
        return None


class ColumnLayout(QObject):
    """The columns of a list: fitted to the room there is, until the person arranges them.

    Fitted (the default), the *stretch* column (a title) keeps at least *share* of the width
    and takes what is left; the others, in the order of *priority*, are as wide as their
    heading and contents (at most *cap*), a *squeezable* one narrower down to its heading;
    those that do not fit then are hidden. The heading's context menu shows and hides columns
    (not the stretch one) and has 恢复默认列; headings can be dragged to another place.
    Once the person hides, shows, moves or widens a column, the layout is theirs: kept in
    *settings* (the header's state under *state_key*, the column keys it was saved with under
    *columns_key*) and restored at the next start; a saved layout of other columns, or one Qt
    cannot read, gives the fitted layout.
    """

    def __init__(
        self, view: QTableView, keys: Sequence[str], *, stretch: str, priority: Sequence[str],
        squeezable: Sequence[str] = (), settings: Settings, state_key: Key, columns_key: Key,
        share: float = 0.3, cap: int = 150,
    ):
        super().__init__(view)
        self.view = view
        self.keys = list(keys)
        self.stretch = self.keys.index(stretch)
        self.priority = [self.keys.index(key) for key in priority]
        self.squeezable = {self.keys.index(key) for key in squeezable}
        self.settings, self.state_key, self.columns_key = settings, state_key, columns_key
        self.share, self.cap = share, cap
        #: The person arranged the columns (saved, and no longer fitted to the room).
        self.customised = False
        self._busy = False  # the columns are being changed here, not by the person
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        self._default_state = header.saveState()
        self._save_timer = QTimer(self, singleShot=True, interval=300)  # one save for a whole drag
        self._save_timer.timeout.connect(self.save)
        self._resize_timer = QTimer(self, singleShot=True, interval=0)  # a resize while fitting
        self._resize_timer.timeout.connect(self._fit_to_room)
        self._naturals: dict[int, int] = {}  # column → its width for the contents shown
        header.sectionMoved.connect(self._arranged)
        header.sectionResized.connect(self._resized)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)
        self._restore()

    # -- the fitted layout -------------------------------------------------------------------

    def refit(self) -> None:
        """Fit the columns to new contents, unless the person arranged them."""
        self._naturals.clear()
        self._fit_to_room()

    def _fit_to_room(self) -> None:
        """Fit the columns to the width there is now (measured contents kept: a drag resizes often)."""
        if self.customised:
            return
        if self._busy:
            self._resize_timer.start()
            return
        self._busy = True
        try:
            self._fit()
        finally:
            self._busy = False

    def _fit(self) -> None:
        header = self.view.horizontalHeader()
        width = self.view.viewport().width()
        room = width - math.ceil(width * self.share) - 2  # the stretch column keeps its share
        fits = True
        for logical in self.priority:
            header.showSection(logical)
            wanted, least = self._natural(logical), self._heading(logical)
            if fits and wanted <= room:
                size = wanted
            elif fits and logical in self.squeezable and least <= room:
                size = room
            else:
                fits = False  # the rest of the priority stays hidden: columns appear in its order
                header.hideSection(logical)
                continue
            header.resizeSection(logical, size)
            room -= size

    def _heading(self, logical: int) -> int:
        """The width the heading needs, its sort arrow included (Qt's size hint counts it)."""
        return self.view.horizontalHeader().sectionSizeHint(logical)

    def _natural(self, logical: int) -> int:
        if logical not in self._naturals:
            contents = min(self.view.sizeHintForColumn(logical), self.cap)
            self._naturals[logical] = max(self._heading(logical), contents)
        return self._naturals[logical]

    # -- the person's layout -----------------------------------------------------------------

    def _arranged(self, *_args) -> None:
        if self._busy:
            return
        self.customised = True
        self._save_timer.start()

    def _resized(self, logical: int, _old: int, new: int) -> None:
        if logical != self.stretch and new > 0:  # the stretch column follows the window
            self._arranged()

    def menu(self) -> QMenu:
        """The heading's context menu: a check per column, in the order shown, and 恢复默认列."""
        header = self.view.horizontalHeader()
        model = header.model()
        menu = QMenu(header)
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            action = menu.addAction(str(model.headerData(logical, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.setEnabled(logical != self.stretch)
            action.toggled.connect(partial(self.set_shown, logical))
        menu.addSeparator()
        menu.addAction(self.tr("恢复默认列"), self.restore_default)
        return menu

    def _show_menu(self, position) -> None:
        menu = self.menu()
        menu.exec(self.view.horizontalHeader().viewport().mapToGlobal(position))
        menu.deleteLater()

    def set_shown(self, logical: int, shown: bool) -> None:
        """Show or hide one column (never the stretch one), as the person chose in the menu."""
        if logical == self.stretch:
            return
        header = self.view.horizontalHeader()
        self._busy = True
        try:
            if shown:
                header.showSection(logical)
                header.resizeSection(logical, self._natural(logical))
            else:
                header.hideSection(logical)
        finally:
            self._busy = False
        self._arranged()

    def restore_default(self) -> None:
        """恢复默认列: the columns in their first order, fitted to the room; the saved layout forgotten."""
        header = self.view.horizontalHeader()
        sorted_by = header.sortIndicatorSection(), header.sortIndicatorOrder()
        self._busy = True
        try:
            header.restoreState(self._default_state)
        finally:
            self._busy = False
        header.setSortIndicator(*sorted_by)
        self._save_timer.stop()
        self.settings.set(self.state_key, QByteArray())
        self.settings.set(self.columns_key, "")
        self.customised = False
        self.refit()

    def save(self) -> None:
        self._save_timer.stop()
        if not self.customised:
            return
        self.settings.set(self.state_key, self.view.horizontalHeader().saveState())
        self.settings.set(self.columns_key, ",".join(self.keys))
        self.settings.sync()

    def _restore(self) -> None:
        """The layout saved at the last start, if it is one of these columns and Qt can read it."""
        state = self.settings.get(self.state_key)
        if not isinstance(state, QByteArray) or state.isEmpty() or self.settings.get(self.columns_key) != ",".join(self.keys):
            return
        header = self.view.horizontalHeader()
        self._busy = True
        try:
            # Qt takes a state of fewer columns and makes up the rest: count them first.
            restored = _state_columns(state) == len(self.keys) and header.restoreState(state)
            if not restored or header.isSectionHidden(self.stretch):
                header.restoreState(self._default_state)
                return
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the rows are not sorted yet
            self.customised = True
        finally:
            self._busy = False

    def eventFilter(self, watched, event) -> bool:
        # The type first: while the view is being deleted, its parts still send events here.
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._viewport:
            self._fit_to_room()
        elif kind == QEvent.Type.Hide and watched is self.view and self._save_timer.isActive():
            self.save()  # the window closes before the last change was saved
        return False
