"""The 指标 tab: publicity quotas (附件 4) as a section × month matrix, their items, rules, charts
and the tasks' numeric targets.

Pages (one widget each, in :mod:`desktop.views.quotas`): 完成情况 (the matrix; clicking a cell
lists its items; an entry row where Enter saves an item and the next can be typed at once),
条目 (every item), 规则 (one line per requirement; a rule is edited in its dialog), 图表
(delivered against required per section, and the year's cumulative line) and 数值目标 (each
indicator's values against its target, and a tracked one's 序时进度: its light and its monthly plan). This module builds the pages, wires them together
and keeps the tab current with the changes of the database it shows.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.changes import Change, ChangeNote
from desktop.views.operations import Refresher, changes_of
from desktop.views.quotas import transfer
from desktop.views.quotas.charts_page import ChartsPage
from desktop.views.quotas.edits import QuotaEdits
from desktop.views.quotas.items_page import ItemsPage
from desktop.views.quotas.matrix_page import MatrixPage
from desktop.views.quotas.rules_page import RulesPage
from desktop.views.quotas.scope import Scope, empty_matrix
from desktop.views.quotas.targets_page import TargetsPage


class QuotasTab(QWidget):
    #: An item or an import was kept in the local recovery file because the database could not be reached.
    kept_for_later = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        #: Quotas, the sections they are for, the indicators and the working days.
        self.refresher = Refresher(
            self,
            Change.QUOTAS | Change.DEPARTMENTS | Change.PEOPLE | Change.MEASURES | Change.WORKDAYS | Change.PLAN,
            self._refresh,
        )
        #: An item saved here has just been shown by hand; its own notification needs no reading.
        self._showing_own_save = False
        #: Read-only as the window says (a file another writer holds, a lost lock …).
        self._window_read_only = False
        self.scope = Scope()
        self.edits = QuotaEdits(self, self.scope)
        self.matrix_page = MatrixPage(self.scope)
        self.items_page = ItemsPage(self.scope)
        self.rules_page = RulesPage()
        self.charts_page = ChartsPage()
        self.targets_page = TargetsPage()
        self.import_button = QPushButton(self.tr("从 Excel 导入条目…"))
        self.export_button = QPushButton(self.tr("导出完成情况…"))
        self.scope.add_button(self.import_button)
        self.scope.add_button(self.export_button)
        self.pages = QTabWidget()
        self.pages.addTab(self.matrix_page, self.tr("完成情况"))
        self.pages.addTab(self.items_page, self.tr("条目"))
        self.pages.addTab(self.rules_page, self.tr("规则"))
        self.pages.addTab(self.charts_page, self.tr("图表"))
        self.pages.addTab(self.targets_page, self.tr("数值目标"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addWidget(self.pages, 1)
        self._wire()
        # The parts the window, the tests and the benchmarks reach.
        self.kind_filter, self.summary = self.scope.kind_filter, self.scope.summary
        self.matrix_model, self.matrix_view = self.matrix_page.model, self.matrix_page.view
        self.entry, self.cell_label, self.cell_items = (
            self.matrix_page.entry, self.matrix_page.cell_label, self.matrix_page.cell_items
        )
        self.items, self.edit_item_button, self.delete_item_button = (
            self.items_page.table, self.items_page.edit_button, self.items_page.delete_button
        )
        #: ``main`` and ``secondary``: the rules and the indicators, as on the other tabs.
        self.main, self.secondary = self.rules_page.table, self.targets_page.table
        self.new_rule_button, self.edit_rule_button, self.delete_rule_button = (
            self.rules_page.new_button, self.rules_page.edit_button, self.rules_page.delete_button
        )
        self.bar_chart, self.line_chart = self.charts_page.bar_chart, self.charts_page.line_chart
        self.indicator_chart = self.targets_page.chart
        self.set_read_only(False)

    def _wire(self) -> None:
        self.scope.kind_changed.connect(self._kind_changed)
        self.matrix_page.entry.submitted.connect(self.save_entry)
        self.matrix_page.item_chosen.connect(self.edits.edit_item)
        self.items_page.edit_requested.connect(self.edits.edit_item)
        self.items_page.delete_requested.connect(self.edits.delete_item)
        self.rules_page.edit_requested.connect(self.edits.edit_rule)
        self.rules_page.delete_requested.connect(self.edits.delete_rule)
        self.edits.item_added.connect(self._item_saved)
        self.edits.items_changed.connect(self._items_changed)
        self.edits.reload.connect(lambda: self.load(self.scope.database, self.scope.plan_id))
        self.edits.kept_for_later.connect(self.kept_for_later)
        self.import_button.clicked.connect(lambda: transfer.import_items(self, self.scope, self.edits))
        self.export_button.clicked.connect(lambda: transfer.export_matrix(self, self.scope))

    # -- what is shown ---------------------------------------------------------------------------

    @property
    def database(self):
        return self.scope.database

    @property
    def plan_id(self) -> int | None:
        return self.scope.plan_id

    @property
    def data(self):
        """The plan's quota data (:class:`desktop.services.quotas.QuotaData`), or None."""
        return self.scope.data

    @property
    def matrix(self):
        """The matrix shown, or None."""
        return self.scope.matrix

    @property
    def read_only(self) -> bool:
        return self.scope.read_only

    @property
    def today(self) -> dt.date | None:
        """The day the matrix is counted to; None: today (tests set a fixed day)."""
        return self.scope.today

    @today.setter
    def today(self, day: dt.date | None) -> None:
        self.scope.today = day

    @property
    def selected_cell(self) -> tuple[int | None, int] | None:
        return self.matrix_page.selected_cell

    def day(self) -> dt.date:
        return self.scope.day()

    def kind(self) -> str | None:
        return self.scope.kind()

    def cell_index(self, department_id: int | None, month: int) -> QModelIndex:
        return self.matrix_page.cell_index(department_id, month)

    # -- loading ---------------------------------------------------------------------------------

    def attach(self, database, plan_id: int | None) -> None:
        """Show *plan_id* of *database* from now on, and keep it current (loaded now if shown)."""
        self.refresher.attach(database, plan_id)

    def _refresh(self, note: ChangeNote) -> None:
        if self._showing_own_save and not note.elsewhere and not note.what & ~Change.QUOTAS:
            return
        self.load(self.refresher.database, self.refresher.plan_id)

    def _own_save_shown(self) -> None:
        """An item saved here is shown (counted, listed): take its notification now, not to read it all again.

        Only a notification of quotas alone from this PC is passed over; one that says more
        (another PC's save, another kind of change arriving with it) reloads as usual.
        """
        if self.refresher.database is None:
            return
        self._showing_own_save = True
        try:
            changes_of(self.refresher.database).flush()
        finally:
            self._showing_own_save = False

    def load(self, database, plan_id: int | None) -> None:
        """(Re)read everything; keeps the kind filter, the selected cell and the current rows."""
        self.scope.load(database, plan_id)
        if plan_id is None:
            self.matrix_page.clear(empty_matrix())
            for page in (self.items_page, self.rules_page, self.targets_page):
                page.clear()
        else:
            self.matrix_page.entry.set_choices(self.scope.data, self.scope.day())
            self._show_counts()
            self.rules_page.load(self.scope.data)
            self._load_items()
            self.targets_page.load(database, plan_id, self.scope.day())
        self.set_read_only(self._window_read_only)

    def set_read_only(self, read_only: bool) -> None:
        """A file that cannot be written: browsing works, every way of changing it is off."""
        self._window_read_only = read_only
        self.scope.read_only = read_only or bool(getattr(self.scope.database, "read_only", False))
        editable = not self.scope.read_only and self.scope.plan_id is not None
        for widget in (self.matrix_page.entry, self.import_button, self.rules_page.new_button,
                       self.rules_page.edit_button, self.rules_page.delete_button, self.items_page.edit_button,
                       self.items_page.delete_button):
            widget.setEnabled(editable)
        self.targets_page.set_read_only(not editable)

    def refresh_counts(self) -> None:
        """After an item was added, changed or deleted here: count again and redraw, keeping the selection."""
        self.scope.refresh_counts()
        self._show_counts()

    def item_added(self, draft) -> None:
        """An item this PC just saved: count it without reading the counts again."""
        self.scope.item_added(draft)
        self._show_counts()

    def save_entry(self) -> bool:
        """Save the entry row as a new item (Enter); see :meth:`QuotaEdits.add_item`."""
        return self.edits.add_item(self.matrix_page.entry)

    def show_duty(self, rule_id: int, section: str, day: dt.date) -> bool:
        """Show the matrix cell of a calendar entry: its 事项, its section's row (全市: the bureau's), its month."""
        data = self.scope.data
        if data is None or self.scope.matrix is None:
            return False
        rule = next((r for r in data.rules if r.id == rule_id), None)
        if rule is None:
            return False
        self.pages.setCurrentWidget(self.matrix_page)
        self.scope.choose_kind(rule.kind)
        department_id = next((s.id for s in data.all_sections if s.name == section), None)
        return self.matrix_page.select_cell(department_id, day.month if day.year == data.year else 0)

    def _show_counts(self) -> None:
        matrix = self.scope.count()
        self.matrix_page.show_matrix(matrix, self.scope.data.first_month)
        self.charts_page.show_matrix(matrix, self.scope.data.year, self.scope.day())

    def _kind_changed(self) -> None:
        self._show_counts()
        rule = next((r for r in self.scope.data.rules if r.kind == self.scope.kind()), None)
        if rule is not None:
            self.matrix_page.entry.choose_rule(rule.id)

    def _load_items(self) -> None:
        """The selected cell's items now; the 条目 page now if it is shown, else when it is next shown."""
        self.matrix_page.show_cell_items()
        self.items_page.reload()

    def _item_saved(self, draft) -> None:
        self.item_added(draft)
        self._show_saved_cell(draft)
        self._load_items()
        self._own_save_shown()

    def _show_saved_cell(self, draft) -> None:
        """Select the cell the new item is counted in, so the list below shows it (its 事项 shown if another is)."""
        data = self.scope.data
        rule = next((r for r in data.rules if r.id == draft.rule_id), None)
        if rule is not None and self.scope.kind() not in (None, rule.kind):
            self.scope.choose_kind(rule.kind)
        if draft.date.year != data.year:
            return
        row = self.scope.matrix.row_for(draft.department_id)
        self.matrix_page.select_cell(row.department_id if row else None, draft.date.month)

    def _items_changed(self) -> None:
        self.refresh_counts()
        self._load_items()
        self._own_save_shown()
