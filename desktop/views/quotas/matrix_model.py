"""The quota matrix as a table model: rows are the sections and the bureau, columns 科室, 1–12 月, 合计, 欠缺.

Each month cell shows ``已报/应报`` in the month its period falls due, coloured by its state
(:data:`COLOURS`); the tooltip explains the count. The colours' meanings (:func:`state_labels`,
:func:`legend_html`) live here too, so the legend under the matrix says what the cells show.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.i18n import tr

#: Cell colours by state (the legend reads them from here).
COLOURS = {"met": "#c8e6c9", "short": "#ffcdd2", "pending": "#fff3c4", "in_period": "#eef3f8", "none": "#ffffff"}
#: The bureau row's cells outside the months (科室, 合计, 欠缺).
BUREAU_COLOUR = "#eceff1"
STATE_ROLE = Qt.ItemDataRole.UserRole + 10
#: What a cell of each state shows in the legend, as it would in the matrix.
_LEGEND_SAMPLES = {"met": "1/1", "short": "0/1", "pending": "0/2", "in_period": "0"}


def state_labels() -> dict[str, str]:
    """The name of each cell state, as the tooltips and the legend say it."""
    return {
        "met": tr("MatrixModel", "已完成"),
        "short": tr("MatrixModel", "欠缺"),
        "pending": tr("MatrixModel", "未到期"),
        "in_period": tr("MatrixModel", "期内（到期月份在后）"),
        "none": tr("MatrixModel", "本月不计"),
    }


def state_meanings() -> dict[str, str]:
    """What a cell of each coloured state tells the reader (the legend's words after each colour)."""
    return {
        "met": tr("MatrixModel", "周期已到期，已报够"),
        "short": tr("MatrixModel", "周期已到期，条数不足"),
        "pending": tr("MatrixModel", "周期未到期"),
        "in_period": tr("MatrixModel", "灰色，周期在后面的月份到期，只写本月已报条数"),
    }


def legend_html(bureau_note: str) -> str:
    """The legend under the matrix: each colour as a cell shows it, its name and meaning, then *bureau_note*."""
    labels, meanings = state_labels(), state_meanings()
    chips = "　".join(
        f"<span style='background:{COLOURS[state]}'>&nbsp;{sample}&nbsp;</span> <b>{labels[state]}</b>：{meanings[state]}"
        for state, sample in _LEGEND_SAMPLES.items()
    )
    note = tr("MatrixModel", "“已报/应报”写在周期到期的月份；（转N）为上期欠缺结转的条数。")
    return f"{chips}<br>{note}{bureau_note}"


class CellDelegate(QStyledItemDelegate):
    """Paints a cell's state colour even when it is selected; the selection is a blue frame."""

    def paint(self, painter, option, index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        if brush is not None:
            painter.fillRect(option.rect, brush)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(QPen(QColor("#1565c0"), 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class MatrixModel(QAbstractTableModel):
    """Rows: the sections and the bureau; columns: 科室, 1–12 月, 合计, 欠缺."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix = None
        self.first_month = 1

    def set_matrix(self, matrix, first_month: int = 1) -> None:
        same_shape = (
            self.matrix is not None
            and [r.department_id for r in self.matrix.rows] == [r.department_id for r in matrix.rows]
        )
        self.first_month = first_month
        if same_shape:
            # Keeps the view's selection and scroll position (another PC's change, an item added).
            self.matrix = matrix
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self.matrix = matrix
            self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 15

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("科室")
            if section <= 12:
                return self.tr("{0}月").format(section)
            return self.tr("合计") if section == 13 else self.tr("欠缺")
        return None

    def cell(self, index: QModelIndex):
        if not index.isValid() or self.matrix is None or not 1 <= index.column() <= 12:
            return None
        return self.matrix.rows[index.row()].cells[index.column() - 1]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.matrix is None:
            return None
        row = self.matrix.rows[index.row()]
        column = index.column()
        cell = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            if column == 13:
                return row.total_text()
            if column == 14:
                return str(row.outstanding) if row.outstanding else ""
            text = cell.text()
            if cell.carried:
                text += self.tr(" (转{0})").format(cell.carried)
            return text
        if role == STATE_ROLE:
            return cell.state.value if cell is not None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell is not None:
                return QBrush(QColor(COLOURS[cell.state.value]))
            if row.is_bureau:
                return QBrush(QColor(BUREAU_COLOUR))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if (cell is not None and cell.state.value == "short") or (column == 14 and row.outstanding):
                return QBrush(QColor("#9c0006"))
            return None
        if role == Qt.ItemDataRole.FontRole and row.is_bureau:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell is not None:
                return self._tooltip(row, cell)
            if row.is_bureau:
                from desktop.services.quotas import bureau_row_note

                return bureau_row_note()
        return None

    def _tooltip(self, row, cell) -> str:
        states = state_labels()
        lines = [self.tr("{0}　{1}月：{2}").format(row.name, cell.month, states[cell.state.value])]
        for requirement, outcome in cell.outcomes:
            period = outcome.period
            span = (
                self.tr("{0}月").format(period.first_month)
                if period.first_month == period.last_month
                else self.tr("{0}–{1}月").format(period.first_month, period.last_month)
            )
            line = self.tr("{0} {1}（{2}）：已报 {3} / 应报 {4}，{5}到期").format(
                requirement.kind, requirement.label, span, outcome.delivered, outcome.required, period.due.isoformat()
            )
            if outcome.carried_in:
                line += self.tr("；含上期欠缺结转 {0} 条").format(outcome.carried_in)
            lines.append(line)
        lines.append(self.tr("本月登记 {0} 条").format(cell.month_delivered))
        if row.is_bureau:
            from desktop.services.quotas import bureau_row_note

            lines.append(bureau_row_note())
        return "\n".join(lines)
