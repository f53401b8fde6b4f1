"""Small helpers the views share: read-only tables of plain rows, labels of vocabularies, date fields, combo boxes and line edits that fit their text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
)

from desktop.i18n import tr
from desktop.views.table_model import ROW_ROLE, RowTableModel


def make_table(columns, parent=None, model_class=RowTableModel) -> tuple[QTableView, RowTableModel]:
    model = model_class(columns, parent)
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, model


def fit_columns(view: QTableView, cap: int = 240) -> None:
    """Columns as wide as their contents, none wider than *cap*; the last one takes the rest."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column), cap))


def fit_placeholder(edit: QLineEdit, hint: str) -> None:
    """Give an empty line edit its hint (如 jbz) and the width to show it whole."""
    edit.setPlaceholderText(hint)
    needed = edit.fontMetrics().horizontalAdvance(hint) + 16 + (24 if edit.isClearButtonEnabled() else 0)
    edit.setMinimumWidth(needed)
    if edit.maximumWidth() < needed:
        edit.setMaximumWidth(needed)


def fit_to_contents(combo: QComboBox) -> None:
    """Keep *combo* as wide as its longest item: a crowded row squeezes its neighbours, not its text."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Minimum, combo.sizePolicy().verticalPolicy())


def selected_row(view: QTableView):
    index = view.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


def label_of(value) -> str:
    return tr("Labels", value.label) if hasattr(value, "label") else str(value)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(day: dt.date) -> QDateEdit:
    """A date field as every dialog shows one: yyyy-MM-dd with a calendar to pick from."""
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class FormDialog(QDialog):
    """A form (:attr:`form`) over OK and Cancel (:attr:`buttons`), as the editor's small dialogs are."""

    def __init__(self, title: str, parent=None, min_width: int = 480):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(min_width)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)


def error_label() -> QLabel:
    """Where a dialog says in red what is wrong with the input (hidden until there is something to say)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color:#d32f2f")
    label.hide()
    return label
