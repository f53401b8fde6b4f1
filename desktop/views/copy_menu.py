"""Copying from a list: Ctrl+C copies the cell under the cursor; the context menu copies a chosen field.

The contacts' e-mail addresses and phone numbers, and people's, are what the office pastes
into a message most often.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView

from desktop.i18n import tr
from desktop.views.table_model import ROW_ROLE

#: (menu label, the text to copy from a row).
CopyField = tuple[str, Callable[[object], str]]


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def current_cell_text(view: QTableView) -> str:
    index = view.currentIndex()
    return str(index.data() or "") if index.isValid() else ""


class CopySupport(QObject):
    """Ctrl+C and a context menu (复制邮箱 / 复制电话 / 复制整行) on a table of plain rows.

    Ctrl+C is the table's own key (an event filter on it), not a shortcut: several tables
    copy, each what is under its own cursor.
    """

    def __init__(self, view: QTableView, fields: Sequence[CopyField], whole_row: Callable[[object], str]):
        super().__init__(view)
        self.view = view
        self.fields = list(fields)
        self.whole_row = whole_row
        view.installEventFilter(self)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.show_menu)
        #: The menu last shown (tests trigger its actions).
        self.menu: QMenu | None = None

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Copy):
            self.copy_cell()
            return True
        return super().eventFilter(watched, event)

    def _row(self):
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def copy_cell(self) -> None:
        """Ctrl+C: the cell under the cursor, or the whole row when the cell is empty."""
        text = current_cell_text(self.view)
        row = self._row()
        if not text and row is not None:
            text = self.whole_row(row)
        if text:
            copy_text(text)

    def build_menu(self) -> QMenu | None:
        row = self._row()
        if row is None:
            return None
        menu = QMenu(self.view)
        for label, getter in self.fields:
            value = getter(row)
            action = menu.addAction(f"{label}：{value}" if value else label)
            action.setEnabled(bool(value))
            action.triggered.connect(lambda _checked=False, v=value: copy_text(v))
        menu.addSeparator()
        whole = menu.addAction(tr("People", "复制整行"))
        whole.triggered.connect(lambda: copy_text(self.whole_row(row)))
        self.menu = menu
        return menu

    def show_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid():
            self.view.setCurrentIndex(index)
        menu = self.build_menu()
        if menu is not None:
            menu.popup(self.view.viewport().mapToGlobal(position))


__all__ = ["CopySupport", "copy_text"]
