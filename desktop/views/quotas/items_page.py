"""条目: every publicity item of the plan, with 修改 and 删除."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import tr
from desktop.views.list_view import FilteredTable
from desktop.views.quotas.tables import item_columns, keep_current


class ItemsPage(QWidget):
    """Every item; read when the page is shown, as it may list tens of thousands."""

    #: The item to edit (double-click or 修改…), None if none is selected.
    edit_requested = Signal(object)
    #: The item to delete, None if none is selected.
    delete_requested = Signal(object)

    def __init__(self, scope, parent=None):
        super().__init__(parent)
        self.scope = scope
        #: The items changed while the page was hidden: read them when it is next shown.
        self.stale = False
        self.table = FilteredTable(tr("QuotasTab", "宣传条目"), item_columns(), stretch_column=3)
        self.table.view.doubleClicked.connect(lambda _: self.edit_requested.emit(self.table.current_row()))
        self.edit_button = QPushButton(tr("QuotasTab", "修改…"))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.table.current_row()))
        self.delete_button = QPushButton(tr("QuotasTab", "删除"))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.table.current_row()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        """The items changed: read them now if the page is shown, else when it is next shown."""
        if self.isVisible():
            self._load()
        else:
            self.stale = True

    def clear(self) -> None:
        self.stale = False
        self.table.set_rows([])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self._load()

    def _load(self) -> None:
        from desktop.services import quotas

        self.stale = False
        if self.scope.database is None or self.scope.plan_id is None:
            return
        keep_current(self.table, quotas.list_items(self.scope.database, self.scope.plan_id), lambda r: r.id)
