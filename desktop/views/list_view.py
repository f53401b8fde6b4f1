"""A titled, sortable, filterable table: the building block of the four tabs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop.views.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel


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
        self.filter_edit.setPlaceholderText(self.tr("筛选：输入任意文字"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(320)
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
        for column in range(self.model.columnCount()):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                header.resizeSection(column, min(header.sectionSize(column), 260))

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
