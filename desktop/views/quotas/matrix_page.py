"""完成情况: the section × month matrix, the entry row, and the items of the cell clicked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from desktop.i18n import tr
from desktop.views.list_view import FilteredTable
from desktop.views.quotas.entry import QuickEntry
from desktop.views.quotas.matrix_model import CellDelegate, MatrixModel, legend_html
from desktop.views.quotas.tables import item_columns, keep_current


class MatrixPage(QSplitter):
    """The matrix above; below, the entry row and the items of the selected cell.

    Clicking a cell chooses its section and month in the entry row and lists its items.
    """

    #: An item of the cell double-clicked: edit it.
    item_chosen = Signal(object)

    def __init__(self, scope, parent=None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.scope = scope
        #: (department id, None for the bureau; month, 0 for the year) of the cell shown below.
        self.selected_cell: tuple[int | None, int] | None = None
        self.model = MatrixModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        # The selected cell keeps its colour (met, short …) inside a frame.
        self.view.setItemDelegate(CellDelegate(self.view))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.clicked.connect(self._cell_clicked)
        self.view.selectionModel().currentChanged.connect(lambda current, _: self._cell_clicked(current))
        from desktop.services.quotas import bureau_row_note

        # On white, as the cells are: the light colours (期内's grey) show against it.
        self.legend = QLabel(legend_html(bureau_row_note()))
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("QLabel { background: white; border: 1px solid #d0d0d0; padding: 3px; }")
        self.entry = QuickEntry()
        self.cell_label = QLabel(tr("QuotasTab", "点击表格中的单元格，查看该科室该月的条目。"))
        self.cell_items = FilteredTable(tr("QuotasTab", "条目"), item_columns(), stretch_column=3)
        self.cell_items.view.doubleClicked.connect(lambda _: self.item_chosen.emit(self.cell_items.current_row()))
        self.addWidget(_column(self.view, self.legend, stretch_first=True))
        self.addWidget(_column(self.entry, self.cell_label, self.cell_items))
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def show_matrix(self, matrix, first_month: int) -> None:
        """Show *matrix*; the cell selected stays selected."""
        self.model.set_matrix(matrix, first_month)
        self._restore_cell()

    def clear(self, empty) -> None:
        self.model.set_matrix(empty)
        self.cell_items.set_rows([])

    def cell_index(self, department_id: int | None, month: int) -> QModelIndex:
        """The cell of the section *department_id* (None: the bureau) in *month* (13: the year's total)."""
        for number, row in enumerate(self.scope.matrix.rows):
            if row.department_id == department_id:
                return self.model.index(number, month)
        return QModelIndex()

    def select_cell(self, department_id: int | None, month: int) -> bool:
        """Select and show the cell, as if clicked; False if there is none."""
        cell = self.cell_index(department_id, month) if month else QModelIndex()
        if not cell.isValid():
            return False
        self.view.setCurrentIndex(cell)
        self.view.scrollTo(cell)
        return True

    def show_cell_items(self) -> None:
        """List the items counted in the selected cell (of the 事项 chosen)."""
        from desktop.services import quotas

        scope = self.scope
        if self.selected_cell is None or scope.data is None:
            self.cell_items.set_rows([])
            return
        department_id, month = self.selected_cell
        kind = scope.kind()
        rule_ids = {r.id for r in scope.data.rules if kind is None or r.kind == kind}
        items = quotas.list_items(
            scope.database, scope.plan_id, rule_ids=rule_ids, department_id=department_id,
            any_department=department_id is None, months=(month, month) if month else (1, 12), year=scope.data.year,
        )
        row = scope.matrix.row_for(department_id)
        when = tr("QuotasTab", "{0}月").format(month) if month else tr("QuotasTab", "全年")
        self.cell_label.setText(
            tr("QuotasTab", "{0}　{1}　{2}：{3} 条（双击修改）").format(
                row.name if row else "", when, kind or tr("QuotasTab", "全部事项"), len(items)
            )
        )
        keep_current(self.cell_items, items, lambda r: r.id)

    def _cell_clicked(self, index: QModelIndex) -> None:
        scope = self.scope
        if not index.isValid() or scope.matrix is None:
            return
        row = scope.matrix.rows[index.row()]
        month = index.column() if 1 <= index.column() <= 12 else None
        self.selected_cell = (row.department_id, month or 0)
        if not row.is_bureau and not scope.read_only:
            self.entry.choose_section(row.department_id)
        if month and scope.data is not None:
            self.entry.choose_month(scope.data.year, month)
        self.show_cell_items()

    def _restore_cell(self) -> None:
        if self.selected_cell is None or self.scope.matrix is None:
            return
        department_id, month = self.selected_cell
        for number, row in enumerate(self.scope.matrix.rows):
            if row.department_id == department_id:
                index = self.model.index(number, month if month else 13)
                if self.view.currentIndex() != index:
                    with QSignalBlocker(self.view.selectionModel()):
                        self.view.setCurrentIndex(index)
                return


def _column(*widgets: QWidget, stretch_first: bool = False) -> QWidget:
    """*widgets* one above the other without margins; the first (a table) or the last takes the room."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    last = len(widgets) - 1
    for number, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if number == (0 if stretch_first else last) else 0)
    return column
