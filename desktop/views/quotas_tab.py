"""The 指标 tab: publicity quotas (附件 4) as a section × month matrix, their items, rules, charts
and the tasks' numeric targets.

Pages: 完成情况 (the matrix; clicking a cell lists its items; an entry row where Enter saves
an item and the next can be typed at once), 条目 (every item), 规则 (one line per requirement;
a rule is edited in :class:`~desktop.views.quotas.dialogs.RuleDialog`), 图表 (delivered against
required per section, and the year's cumulative line) and 数值目标 (each indicator's values
against its target).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Change
from desktop.errors import DatabaseUnavailableError, UserError
from desktop.i18n import tr
from desktop.views.charts import BarChart, LineChart, Series
from desktop.views.list_view import FilteredTable
from desktop.views.operations import Refresher
from desktop.views.quotas.dialogs import CHANNELS, ItemDialog, RuleDialog, date_edit, from_qdate, to_qdate
from desktop.views.table_model import Column

#: Cell colours by state (the Excel export uses the same).
COLOURS = {"met": "#c8e6c9", "short": "#ffcdd2", "pending": "#fff3c4", "in_period": "#eef3f8", "none": "#ffffff"}
STATE_ROLE = Qt.ItemDataRole.UserRole + 10


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
                return QBrush(QColor("#eceff1"))
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
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None:
            return self._tooltip(row, cell)
        return None

    def _tooltip(self, row, cell) -> str:
        states = {"met": self.tr("已完成"), "short": self.tr("欠缺"), "pending": self.tr("未到期"),
                  "in_period": self.tr("期内（到期月份在后）"), "none": self.tr("本月不计")}
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
        return "\n".join(lines)


def _item_columns(tab) -> list[Column]:
    return [
        Column(tr("QuotasTab", "日期"), lambda r: r.date),
        Column(tr("QuotasTab", "事项"), lambda r: r.kind),
        Column(tr("QuotasTab", "科室"), lambda r: r.section),
        Column(tr("QuotasTab", "标题"), lambda r: r.title),
        Column(tr("QuotasTab", "渠道/媒体"), lambda r: r.channel),
        Column(tr("QuotasTab", "已采用"), lambda r: r.published),
        Column(tr("QuotasTab", "链接或文件"), lambda r: r.link),
    ]


class QuickEntry(QWidget):
    """One line to record an item: 事项, 科室, 日期, 标题, 渠道, 已采用, 链接; Enter saves."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = QComboBox()
        self.section = QComboBox()
        self.date = date_edit(dt.date.today())
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("标题（回车保存）"))
        self.channel = QLineEdit()
        self.channel.setPlaceholderText(self.tr("渠道/媒体"))
        completer = QCompleter(CHANNELS, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.channel.setCompleter(completer)
        self.published = QCheckBox(self.tr("已采用"))
        self.link = QLineEdit()
        self.link.setPlaceholderText(self.tr("链接或文件"))
        self.save_button = QPushButton(self.tr("登记"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("登记：")))
        for widget, stretch in ((self.kind, 0), (self.section, 0), (self.date, 0), (self.title, 3),
                                (self.channel, 1), (self.published, 0), (self.link, 1), (self.save_button, 0)):
            layout.addWidget(widget, stretch)
        self.setTabOrder(self.kind, self.section)
        self.setTabOrder(self.section, self.date)
        self.setTabOrder(self.date, self.title)
        self.setTabOrder(self.title, self.channel)
        self.setTabOrder(self.channel, self.published)
        self.setTabOrder(self.published, self.link)

    def set_choices(self, data) -> None:
        for combo, choices in (
            (self.kind, [(f"{r.kind}", r.id) for r in data.rules]),
            (self.section, [(self.tr("（不属科室）"), None)] + [(s.name, s.id) for s in data.all_sections]),
        ):
            current = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                for label, value in choices:
                    combo.addItem(label, value)
                index = combo.findData(current)
                combo.setCurrentIndex(index if index >= 0 else (1 if combo is self.section and combo.count() > 1 else 0))

    def draft(self):
        from desktop.services.quotas import ItemDraft

        return ItemDraft(
            rule_id=self.kind.currentData(),
            department_id=self.section.currentData(),
            title=self.title.text(),
            date=from_qdate(self.date.date()),
            channel=self.channel.text(),
            published=self.published.isChecked(),
            link=self.link.text(),
        )

    def clear_for_next(self) -> None:
        """Keep 事项, 科室, 日期 and 渠道 (the next item is usually alike); clear the rest."""
        self.title.clear()
        self.link.clear()
        self.published.setChecked(False)
        self.title.setFocus()


class QuotasTab(QWidget):
    #: An item or an import was kept in the local recovery file because the database could not be reached.
    kept_for_later = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database = None
        self.plan_id: int | None = None
        self.data = None
        self.matrix = None
        self.calendar = None
        self.read_only = False
        #: Quotas, the sections they are for, the indicators and the working days.
        self.refresher = Refresher(
            self,
            Change.QUOTAS | Change.DEPARTMENTS | Change.PEOPLE | Change.MEASURES | Change.WORKDAYS | Change.PLAN,
            lambda _note: self.load(self.refresher.database, self.refresher.plan_id),
        )
        #: Read-only as the window says (a file another writer holds, a lost lock …).
        self._window_read_only = False
        #: The day the matrix is counted to; None: today (tests set a fixed day).
        self.today: dt.date | None = None
        self.selected_cell: tuple[int | None, int] | None = None
        self._shift_cache: dict = {}
        #: The 条目 page is read again when it is next shown (it may list tens of thousands).
        self._items_stale = False

        # -- the bar above the pages
        self.kind_filter = QComboBox()
        self.kind_filter.setMinimumWidth(140)
        self.kind_filter.currentIndexChanged.connect(self._kind_changed)
        self.import_button = QPushButton(self.tr("从 Excel 导入条目…"))
        self.import_button.clicked.connect(lambda: self.import_items())
        self.export_button = QPushButton(self.tr("导出完成情况…"))
        self.export_button.clicked.connect(lambda: self.export_matrix())
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("事项：")))
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)

        # -- 完成情况: the matrix, the entry row, the cell's items
        self.matrix_model = MatrixModel(self)
        self.matrix_view = QTableView()
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.matrix_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.matrix_view.verticalHeader().setVisible(False)
        # The selected cell keeps its colour (met, short …) inside a frame.
        self.matrix_view.setItemDelegate(CellDelegate(self.matrix_view))
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.matrix_view.clicked.connect(self._cell_clicked)
        self.matrix_view.selectionModel().currentChanged.connect(lambda current, _: self._cell_clicked(current))
        self.legend = QLabel(
            self.tr(
                "<span style='background:#c8e6c9'>&nbsp;已完成&nbsp;</span> "
                "<span style='background:#ffcdd2'>&nbsp;欠缺&nbsp;</span> "
                "<span style='background:#fff3c4'>&nbsp;未到期&nbsp;</span> "
                "<span style='background:#eef3f8'>&nbsp;期内&nbsp;</span>　"
                "“已报/应报”写在周期到期的月份；（转N）为上期欠缺结转的条数。"
            )
        )
        self.entry = QuickEntry()
        self.entry.title.returnPressed.connect(self.save_entry)
        self.entry.channel.returnPressed.connect(self.save_entry)
        self.entry.link.returnPressed.connect(self.save_entry)
        self.entry.save_button.clicked.connect(self.save_entry)
        self.cell_label = QLabel(self.tr("点击表格中的单元格，查看该科室该月的条目。"))
        self.cell_items = FilteredTable(self.tr("条目"), _item_columns(self), stretch_column=3)
        self.cell_items.view.doubleClicked.connect(lambda _: self.edit_item(self.cell_items.current_row()))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.matrix_view, 1)
        top_layout.addWidget(self.legend)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.entry)
        bottom_layout.addWidget(self.cell_label)
        bottom_layout.addWidget(self.cell_items, 1)
        matrix_page = QSplitter(Qt.Orientation.Vertical)
        matrix_page.addWidget(top)
        matrix_page.addWidget(bottom)
        matrix_page.setStretchFactor(0, 3)
        matrix_page.setStretchFactor(1, 2)

        # -- 条目: every item
        self.items = FilteredTable(self.tr("宣传条目"), _item_columns(self), stretch_column=3)
        self.items.view.doubleClicked.connect(lambda _: self.edit_item(self.items.current_row()))
        self.edit_item_button = QPushButton(self.tr("修改…"))
        self.edit_item_button.clicked.connect(lambda: self.edit_item(self._current_item()))
        self.delete_item_button = QPushButton(self.tr("删除"))
        self.delete_item_button.clicked.connect(lambda: self.delete_item(self._current_item()))
        items_page = self.items_page = QWidget()
        items_layout = QVBoxLayout(items_page)
        items_buttons = QHBoxLayout()
        items_buttons.addStretch(1)
        items_buttons.addWidget(self.edit_item_button)
        items_buttons.addWidget(self.delete_item_button)
        items_layout.addWidget(self.items, 1)
        items_layout.addLayout(items_buttons)

        # -- 规则: one line per requirement (``main`` for the window's tests and the model tester)
        self.main = FilteredTable(
            self.tr("宣传推广指标"),
            [
                Column(self.tr("序号"), lambda r: r.seq, align_right=True),
                Column(self.tr("事项"), lambda r: r.kind),
                Column(self.tr("责任"), lambda r: r.owner),
                Column(self.tr("要求（原文）"), lambda r: r.as_written),
                Column(self.tr("折合频次"), lambda r: r.requirement),
                Column(self.tr("内容"), lambda r: r.subject),
                Column(self.tr("归集"), lambda r: r.collection),
                Column(self.tr("遇休息日"), lambda r: r.shift),
                Column(self.tr("欠缺结转"), lambda r: r.carry),
                Column(self.tr("统筹科室"), lambda r: r.coordinator),
            ],
            stretch_column=5,
        )
        self.main.view.doubleClicked.connect(lambda _: self.edit_rule())
        self.new_rule_button = QPushButton(self.tr("新增规则…"))
        self.new_rule_button.clicked.connect(lambda: self.edit_rule(new=True))
        self.edit_rule_button = QPushButton(self.tr("修改规则…"))
        self.edit_rule_button.clicked.connect(lambda: self.edit_rule())
        self.delete_rule_button = QPushButton(self.tr("删除规则"))
        self.delete_rule_button.clicked.connect(self.delete_rule)
        rules_page = QWidget()
        rules_layout = QVBoxLayout(rules_page)
        rules_buttons = QHBoxLayout()
        rules_buttons.addStretch(1)
        for button in (self.new_rule_button, self.edit_rule_button, self.delete_rule_button):
            rules_buttons.addWidget(button)
        rules_layout.addWidget(self.main, 1)
        rules_layout.addLayout(rules_buttons)

        # -- 图表
        self.bar_chart = BarChart(self.tr("各科室完成情况（截至统计日）"))
        self.bar_chart.empty_text = self.tr("没有科室的数量要求。")
        self.line_chart = LineChart(self.tr("全年累计：已报与应报"))
        self.line_chart.empty_text = self.tr("没有数量要求。")
        charts_page = QSplitter(Qt.Orientation.Horizontal)
        charts_page.addWidget(self.bar_chart)
        charts_page.addWidget(self.line_chart)

        # -- 数值目标
        self.secondary = FilteredTable(
            self.tr("数值目标"),
            [
                Column(self.tr("任务"), lambda r: r.task_code),
                Column(self.tr("指标"), lambda r: r.name),
                Column(self.tr("目标"), lambda r: r.target, align_right=True),
                Column(self.tr("单位"), lambda r: r.unit),
                Column(self.tr("最新实际值"), lambda r: r.latest, align_right=True),
                Column(self.tr("截至"), lambda r: r.as_of),
            ],
            stretch_column=1,
        )
        self.secondary.current_row_changed.connect(lambda _row: self._show_indicator())
        self.indicator_chart = LineChart(self.tr("数值目标"))
        self.indicator_chart.empty_text = self.tr("选择一个指标，查看实际值与目标。")
        self.series: list = []
        targets_page = QSplitter(Qt.Orientation.Horizontal)
        targets_page.addWidget(self.secondary)
        targets_page.addWidget(self.indicator_chart)
        targets_page.setStretchFactor(0, 3)
        targets_page.setStretchFactor(1, 2)

        self.pages = QTabWidget()
        self.pages.addTab(matrix_page, self.tr("完成情况"))
        self.pages.addTab(items_page, self.tr("条目"))
        self.pages.addTab(rules_page, self.tr("规则"))
        self.pages.addTab(charts_page, self.tr("图表"))
        self.pages.addTab(targets_page, self.tr("数值目标"))
        self.pages.currentChanged.connect(self._page_shown)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.set_read_only(False)

    # -- loading -----------------------------------------------------------------------------

    def day(self) -> dt.date:
        return self.today or dt.date.today()

    def attach(self, database, plan_id: int | None) -> None:
        """Show *plan_id* of *database* from now on, and keep it current (loaded now if shown)."""
        self.refresher.attach(database, plan_id)

    def load(self, database, plan_id: int | None) -> None:
        """(Re)read everything; keeps the kind filter, the selected cell and the current rows."""
        from desktop.calendar.workdays import load_calendar
        from desktop.services import quotas

        self.database, self.plan_id = database, plan_id
        if plan_id is None:
            self.data = None
            self.matrix_model.set_matrix(_empty_matrix())
            for table in (self.items, self.cell_items, self.main, self.secondary):
                table.set_rows([])
            self.set_read_only(self._window_read_only)
            return
        self.calendar = load_calendar(database)
        self._shift_cache: dict = {}
        self.data = quotas.load_data(database, plan_id)
        if self.entry.date.date() == to_qdate(dt.date.today()) and self.data.year != dt.date.today().year:
            self.entry.date.setDate(to_qdate(min(self.day(), dt.date(self.data.year, 12, 31))))
        self.entry.set_choices(self.data)
        current = self.kind_filter.currentData()
        with QSignalBlocker(self.kind_filter):
            self.kind_filter.clear()
            self.kind_filter.addItem(self.tr("全部事项"), None)
            for kind in self.data.kinds:
                self.kind_filter.addItem(kind, kind)
            index = self.kind_filter.findData(current)
            self.kind_filter.setCurrentIndex(max(0, index))
        self._refresh_matrix()
        self._load_rules()
        self._load_items()
        self._load_indicators(database, plan_id)
        self.set_read_only(self._window_read_only)

    def set_read_only(self, read_only: bool) -> None:
        """A file that cannot be written: browsing works, every way of changing it is off."""
        self._window_read_only = read_only
        read_only = read_only or bool(getattr(self.database, "read_only", False))
        self.read_only = read_only
        editable = not read_only and self.plan_id is not None
        for widget in (self.entry, self.import_button, self.new_rule_button, self.edit_rule_button,
                       self.delete_rule_button, self.edit_item_button, self.delete_item_button):
            widget.setEnabled(editable)

    def kind(self) -> str | None:
        return self.kind_filter.currentData()

    def _kind_changed(self) -> None:
        if self.data is None:
            return
        self._refresh_matrix()
        rule = next((r for r in self.data.rules if r.kind == self.kind()), None)
        if rule is not None:
            self.entry.kind.setCurrentIndex(max(0, self.entry.kind.findData(rule.id)))

    def _refresh_matrix(self) -> None:
        from desktop.services import quotas

        self.matrix = quotas.compute_matrix(self.data, self.calendar, self.day(), self.kind(), self._shift_cache)
        self.matrix_model.set_matrix(self.matrix, self.data.first_month)
        self._restore_cell()
        self._update_summary()
        self._update_charts()

    def refresh_counts(self) -> None:
        """After an item was added, changed or deleted here: count again and redraw, keeping the selection."""
        from desktop.services import quotas

        self.data = quotas.refresh_counts(self.database, self.data)
        self._refresh_matrix()

    def _update_summary(self) -> None:
        bureau = self.matrix.bureau
        short = sum(r.outstanding for r in self.matrix.rows if not r.is_bureau)
        self.summary.setText(
            self.tr("　{0} 年　截至 {1}：全局已报 {2} 条，各科室欠缺 {3} 条，全市要求欠缺 {4} 条").format(
                self.data.year, self.day().isoformat(), sum(c.month_delivered for c in bureau.cells), short,
                bureau.outstanding
            )
        )

    def _update_charts(self) -> None:
        rows = [r for r in self.matrix.rows if not r.is_bureau and r.required]
        due_rows = []
        for row in rows:
            required = sum(o.period.amount for c in row.cells for _, o in c.outcomes if o.period.due <= self.day())
            delivered = sum(o.delivered for c in row.cells for _, o in c.outcomes if o.period.due <= self.day())
            due_rows.append((row.name, required, delivered))
        self.bar_chart.set_data(
            [name for name, _, _ in due_rows],
            [Series(self.tr("应报（已到期）"), [r for _, r, _ in due_rows], "#9aa5b1"),
             Series(self.tr("已报"), [d for _, _, d in due_rows], "#2e7d32")],
            y_label=self.tr("条"),
        )
        months = list(range(1, 13))
        required, delivered = [], []
        total_required = total_delivered = 0
        for month in months:
            for row in self.matrix.rows:
                if row.is_bureau:
                    continue
                cell = row.cells[month - 1]
                total_required += sum(o.period.amount for _, o in cell.outcomes)
            total_delivered += sum(r.cells[month - 1].month_delivered for r in self.matrix.rows if not r.is_bureau)
            required.append(total_required)
            delivered.append(total_delivered if dt.date(self.data.year, month, 1) <= self.day() else None)
        self.line_chart.set_data(
            [self.tr("{0}月").format(m) for m in months],
            [Series(self.tr("应报累计（各科室）"), required, "#9aa5b1", dashed=True),
             Series(self.tr("已报累计"), delivered, "#1565c0")],
            y_label=self.tr("条"),
        )

    def _load_rules(self) -> None:
        from desktop.services.quotas import describe

        rows = []
        for rule in self.data.rules:
            for r in rule.requirements:
                rows.append(
                    _RuleRow(
                        rule.id, r.id, rule.seq, rule.kind,
                        self.tr("全市") if r.department_id is None else self.data.section_name(r.department_id),
                        r.text, describe(r), r.subject,
                        self.tr("每月{0}日前").format(r.collect_day) if r.collect_day else "",
                        self.tr("提前") if r.rest_day_shift.value == "before" else self.tr("顺延"),
                        self.tr("结转") if r.carry_over else "",
                        rule.coordinator,
                    )
                )
        self._keep_current(self.main, rows, lambda r: r.requirement_id)

    def _load_items(self) -> None:
        """The selected cell's items now; the 条目 page now if it is shown, else when it is next shown."""
        self._show_cell_items()
        if self.pages.currentWidget() is self.items_page:
            self._load_all_items()
        else:
            self._items_stale = True

    def _load_all_items(self) -> None:
        from desktop.services import quotas

        self._items_stale = False
        if self.database is None or self.plan_id is None:
            return
        self._keep_current(self.items, quotas.list_items(self.database, self.plan_id), lambda r: r.id)

    def _page_shown(self, _index: int) -> None:
        if self._items_stale and self.pages.currentWidget() is self.items_page:
            self._load_all_items()

    def _load_indicators(self, database, plan_id) -> None:
        from desktop.services import quotas
        from desktop.services import rows as row_service

        self.series = quotas.indicator_series(database, plan_id)
        self._keep_current(self.secondary, row_service.indicator_rows(database, plan_id), lambda r: r.id)
        if self.secondary.current_row() is None:
            self.secondary.select_first()
        self._show_indicator()

    @staticmethod
    def _keep_current(table: FilteredTable, rows, key) -> None:
        current = table.current_row()
        table.set_rows(rows)
        if current is None:
            return
        for row in range(table.proxy.rowCount()):
            index = table.proxy.index(row, 0)
            if key(table.model._rows[table.proxy.mapToSource(index).row()]) == key(current):
                table.view.selectRow(row)
                return

    # -- the matrix's cells ------------------------------------------------------------------

    def _cell_clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or self.matrix is None:
            return
        row = self.matrix.rows[index.row()]
        month = index.column() if 1 <= index.column() <= 12 else None
        self.selected_cell = (row.department_id, month or 0)
        if not row.is_bureau and not self.read_only:
            self.entry.section.setCurrentIndex(max(0, self.entry.section.findData(row.department_id)))
        if month and self.data is not None:
            day = self.entry.date.date()
            last = to_qdate(dt.date(self.data.year, month, 1)).daysInMonth()
            self.entry.date.setDate(to_qdate(dt.date(self.data.year, month, min(day.day(), last))))
        self._show_cell_items()

    def _restore_cell(self) -> None:
        if self.selected_cell is None or self.matrix is None:
            return
        department_id, month = self.selected_cell
        for number, row in enumerate(self.matrix.rows):
            if row.department_id == department_id:
                column = month if month else 13
                if self.matrix_view.currentIndex() != self.matrix_model.index(number, column):
                    with QSignalBlocker(self.matrix_view.selectionModel()):
                        self.matrix_view.setCurrentIndex(self.matrix_model.index(number, column))
                return

    def show_duty(self, rule_id: int, section: str, day: dt.date) -> bool:
        """Show the matrix cell of a calendar entry: its 事项, its section's row (全市: the bureau's), its month."""
        if self.data is None or self.matrix is None:
            return False
        rule = next((r for r in self.data.rules if r.id == rule_id), None)
        if rule is None:
            return False
        self.pages.setCurrentIndex(0)
        index = self.kind_filter.findData(rule.kind)
        if index >= 0 and index != self.kind_filter.currentIndex():
            self.kind_filter.setCurrentIndex(index)
        department_id = next((s.id for s in self.data.all_sections if s.name == section), None)
        month = day.month if day.year == self.data.year else 0
        cell = self.cell_index(department_id, month) if month else QModelIndex()
        if not cell.isValid():
            return False
        self.matrix_view.setCurrentIndex(cell)
        self.matrix_view.scrollTo(cell)
        return True

    def cell_index(self, department_id: int | None, month: int) -> QModelIndex:
        for number, row in enumerate(self.matrix.rows):
            if row.department_id == department_id:
                return self.matrix_model.index(number, month)
        return QModelIndex()

    def _show_cell_items(self) -> None:
        from desktop.services import quotas

        if self.selected_cell is None or self.data is None:
            self.cell_items.set_rows([])
            return
        department_id, month = self.selected_cell
        kind = self.kind()
        rule_ids = {r.id for r in self.data.rules if kind is None or r.kind == kind}
        bureau = department_id is None
        items = quotas.list_items(
            self.database, self.plan_id, rule_ids=rule_ids, department_id=department_id, any_department=bureau,
            months=(month, month) if month else (1, 12), year=self.data.year,
        )
        name = self.matrix.row_for(department_id).name if self.matrix.row_for(department_id) else ""
        when = self.tr("{0}月").format(month) if month else self.tr("全年")
        self.cell_label.setText(self.tr("{0}　{1}　{2}：{3} 条（双击修改）").format(name, when, kind or self.tr("全部事项"), len(items)))
        self._keep_current(self.cell_items, items, lambda r: r.id)

    # -- items -------------------------------------------------------------------------------

    def _current_item(self):
        return self.items.current_row()

    def save_entry(self) -> bool:
        """Save the entry row as a new item; on success clear it for the next one.

        When the file cannot be reached the item is kept on this PC and saved once later;
        the row is cleared as well, so it is not typed twice.
        """
        from desktop.services import quotas, recovery

        if self.read_only or self.data is None:
            return False
        draft = self.entry.draft()
        save_id = recovery.new_save_id()
        try:
            quotas.add_item(self.database, self.plan_id, draft, save_id=save_id)
        except UserError as error:
            if self._may_keep(error):
                label = self.tr("宣传条目“{0}”（{1}）").format(draft.title.strip(), draft.date.isoformat())
                kept = self.tr("这条宣传条目已暂存在本机的恢复文件中，数据库可以访问后会自动登记，只登记一次。")
                if self._keep_for_later("quota_item", save_id, [draft], label, error, kept):
                    self.entry.clear_for_next()
                return False
            QMessageBox.warning(self, self.tr("无法登记"), error.message)
            self.entry.title.setFocus()
            return False
        self.entry.clear_for_next()
        self.item_added(draft)
        self._load_items()
        return True

    def _may_keep(self, error: UserError) -> bool:
        """Whether a save refused with *error* is kept for later: the file is out of reach, not read-only."""
        return isinstance(error, DatabaseUnavailableError) and not self.database.read_only

    def _keep_for_later(self, kind: str, save_id: str, drafts: list, label: str, error, kept: str, file_name="") -> bool:
        """Keep *drafts* in the recovery file on this PC (a ``quota_item`` or ``quota_import``); says so."""
        from desktop.services import recovery
        from desktop.views.shared_file import keep_for_later

        payload = recovery.quota_items_payload(self.plan_id, drafts, file_name)
        if not keep_for_later(self, self.database, recovery.PendingSave(save_id, kind, payload, label), error, kept):
            return False
        self.kept_for_later.emit()
        return True

    def _after_item_change(self) -> None:
        self.refresh_counts()
        self._load_items()

    def item_added(self, draft) -> None:
        """An item this PC just saved: count it without reading the counts again."""
        from desktop.services import quotas

        self.data = quotas.with_item_added(self.data, draft)
        self._refresh_matrix()

    def edit_item(self, item) -> None:
        from desktop.services import quotas

        if item is None or self.data is None:
            return
        if self.read_only:
            return
        dialog = ItemDialog(self.data, item, parent=self)
        while dialog.exec():
            try:
                quotas.save_item(self.database, item.id, item.version, dialog.draft())
            except quotas.StaleEdit as error:
                QMessageBox.warning(self, self.tr("无法保存"), error.message)
                self.load(self.database, self.plan_id)
                return
            except UserError as error:
                QMessageBox.warning(self, self.tr("无法保存"), error.message)
                continue
            self._after_item_change()
            return

    def delete_item(self, item) -> None:
        from desktop.services import quotas

        if item is None or self.read_only:
            return
        answer = QMessageBox.question(
            self, self.tr("删除条目"), self.tr("删除条目“{0}”（{1}）？").format(item.title, item.date.isoformat())
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            quotas.delete_item(self.database, item.id, item.version)
        except UserError as error:
            QMessageBox.warning(self, self.tr("无法删除"), error.message)
            self.load(self.database, self.plan_id)
            return
        self._after_item_change()

    # -- rules -------------------------------------------------------------------------------

    def _current_rule(self):
        row = self.main.current_row()
        if row is None or self.data is None:
            return None
        return next((r for r in self.data.rules if r.id == row.rule_id), None)

    def edit_rule(self, new: bool = False) -> None:
        from desktop.services import quotas

        if self.read_only or self.data is None:
            return
        rule = None if new else self._current_rule()
        if not new and rule is None:
            return

        def save(fields, requirements):
            quotas.save_rule(
                self.database, self.plan_id, rule.id if rule else None, rule.version if rule else None, fields, requirements
            )

        dialog = RuleDialog(self.data, rule, save=save, parent=self)
        if dialog.exec():
            self.load(self.database, self.plan_id)

    def delete_rule(self) -> None:
        from desktop.services import quotas

        rule = self._current_rule()
        if rule is None or self.read_only:
            return
        answer = QMessageBox.question(
            self, self.tr("删除规则"), self.tr("删除规则“{0}. {1}”及其全部数量要求？").format(rule.seq, rule.kind)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            quotas.delete_rule(self.database, rule.id, rule.version)
        except UserError as error:
            QMessageBox.warning(self, self.tr("无法删除"), error.message)
        self.load(self.database, self.plan_id)

    # -- import and export -------------------------------------------------------------------

    def import_items(self, path: str | None = None) -> int:
        from desktop.services import quota_import, recovery
        from desktop.views.quotas.dialogs import ItemImportDialog

        if self.read_only or self.data is None:
            return 0
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("导入宣传条目"), "", self.tr("Excel 表格 (*.xlsx);;所有文件 (*)"))
            if not path:
                return 0
        try:
            preview = quota_import.preview_items(self.database, self.plan_id, path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("无法导入"), error.message)
            return 0
        dialog = ItemImportDialog(preview, self)
        if not dialog.exec():
            return 0
        save_id = recovery.new_save_id()
        try:
            count = quota_import.apply_import(self.database, self.plan_id, preview, save_id=save_id)
        except UserError as error:
            if self._may_keep(error):
                drafts = [row.draft for row in preview.ready]
                label = self.tr("从 {0} 导入的 {1} 条宣传条目").format(preview.path.name, len(drafts))
                kept = self.tr("这 {0} 条宣传条目已暂存在本机的恢复文件中，数据库可以访问后会自动导入，只导入一次。").format(
                    len(drafts)
                )
                self._keep_for_later("quota_import", save_id, drafts, label, error, kept, preview.path.name)
                return 0
            QMessageBox.warning(self, self.tr("无法导入"), error.message)
            return 0
        self._after_item_change()
        QMessageBox.information(self, self.tr("导入完成"), self.tr("已导入 {0} 条宣传条目。").format(count))
        return count

    def export_matrix(self, path: str | None = None) -> Path | None:
        from desktop.excel.quota_matrix import export_matrix

        if self.matrix is None or self.data is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("导出完成情况"), self.tr("宣传推广完成情况.xlsx"), self.tr("Excel 表格 (*.xlsx)")
            )
            if not path:
                return None
        try:
            return export_matrix(
                self.matrix, path, title=self.tr("{0}年宣传推广完成情况").format(self.data.year),
                kind_label=self.kind() or self.tr("全部事项"), today=self.day(),
            )
        except UserError as error:
            QMessageBox.warning(self, self.tr("无法导出"), error.message)
            return None

    # -- numeric targets ---------------------------------------------------------------------

    def _show_indicator(self) -> None:
        row = self.secondary.current_row()
        series = next((s for s in self.series if row is not None and s.id == row.id), None)
        if series is None:
            self.indicator_chart.set_data([], [], title=self.tr("数值目标"))
            return
        days = [day for day, _ in series.values]
        labels = [day.isoformat() for day in days] or [self.tr("尚无实际值")]
        values = [value for _, value in series.values] or [None]
        lines = [Series(self.tr("实际值"), values, "#1565c0")]
        references = []
        if series.target is not None:
            references.append(
                Series(self.tr("目标 {0}{1}").format(f"{series.target:g}", series.unit), [series.target], "#c62828", dashed=True)
            )
        unit = f"（{series.unit}）" if series.unit else ""
        self.indicator_chart.set_data(
            labels, lines, title=f"{series.label}{unit}", y_label=series.unit, references=references
        )


class _RuleRow:
    __slots__ = ("rule_id", "requirement_id", "seq", "kind", "owner", "as_written", "requirement", "subject",
                 "collection", "shift", "carry", "coordinator")

    def __init__(self, *values):
        for name, value in zip(self.__slots__, values):
            setattr(self, name, value)

    @property
    def id(self):
        return self.requirement_id


def _empty_matrix():
    from desktop.quotas.matrix import Matrix

    return Matrix(0, [])
