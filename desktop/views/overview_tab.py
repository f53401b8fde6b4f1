"""总览: the page a 局长 reads in ten seconds, read-only, printable on one A4 page.

The counts are the 定期通报's for the day (:mod:`desktop.services.overview`); the tasks come
with their lights and a bar of measures done; the sections are listed worst first; each part
opens the tab it summarises (a task in 任务, a quota in 指标, the 督办单 register).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Change
from desktop.views.charts import BarChart, Series
from desktop.views.operations import Refresher
from desktop.views.table_model import ROW_ROLE, Column
from desktop.views.task_list_model import light_icon
from desktop.views.widgets import fit_columns, make_table

_PROGRESS_COLUMN = 3


class ProgressDelegate(QStyledItemDelegate):
    """A bar of the measures done (the row's ``percent_done``), its text the measures (2/4（50%）)."""

    def paint(self, painter, option, index) -> None:
        row = index.data(ROW_ROLE)
        if row is None or row.percent_done is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum, bar.maximum, bar.progress = 0, 100, row.percent_done
        bar.text, bar.textVisible = row.measures_text, True
        bar.state = option.state
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class ClickableBarChart(BarChart):
    """A bar chart that opens what it summarises when clicked."""

    clicked = Signal()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class OverviewTab(QWidget):
    open_task = Signal(int)
    #: A tile or a part was clicked: "tasks", "quotas", "targets" or "notices".
    show_part = Signal(str)
    #: An inspection coming up was double-clicked: its id.
    open_inspection = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = dt.date.today
        self.yellow_days = 3
        self.database = None
        self.plan_id: int | None = None
        self.data = None
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.print_button = QPushButton(self.tr("打印总览（A4 一页）…"))
        self.print_button.clicked.connect(self.print_page)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.print_button)
        tiles = self._build_tiles()
        self.tasks_view, self.tasks_model = make_table([
            Column(self.tr("编号"), lambda s: s.code),
            Column(self.tr("改革攻坚落实事项"), lambda s: s.title),
            Column(self.tr("灯"), lambda s: int(s.light), display=lambda s: s.light_label,
                   icon=lambda s: light_icon(int(s.light)), tooltip=lambda s: s.light_reason),
            Column(self.tr("措施完成"), lambda s: s.percent_done if s.percent_done is not None else -1,
                   display=lambda s: s.measures_text),
            Column(self.tr("最近审核通过的进展"), lambda s: s.last_report),
        ], self)
        self.tasks_view.setItemDelegateForColumn(_PROGRESS_COLUMN, ProgressDelegate(self.tasks_view))
        self.tasks_view.doubleClicked.connect(self._open_task)
        self.sections_view, self.sections_model = make_table([
            Column(self.tr("科室"), lambda s: s.section),
            Column(self.tr("逾期事项"), lambda s: s.overdue, align_right=True),
            Column(self.tr("本月报送"), lambda s: self.tr("未报送") if s.unreported else self.tr("已报送")),
            Column(self.tr("宣传欠缺"), lambda s: s.quotas_short, align_right=True),
        ], self)
        self.sections_view.doubleClicked.connect(lambda _i: self.show_part.emit("tasks"))
        self.quotas_chart = ClickableBarChart(self.tr("宣传推广指标：应报与已报"), self)
        self.quotas_chart.empty_text = self.tr("本计划没有科室的宣传指标。")
        self.quotas_chart.setMinimumSize(240, 150)
        self.quotas_chart.clicked.connect(lambda: self.show_part.emit("quotas"))
        self.indicators_view, self.indicators_model = make_table([
            Column(self.tr("任务"), lambda i: i.task_code),
            Column(self.tr("数值目标"), lambda i: i.name),
            Column(self.tr("目标与实际"), lambda i: i.text),
        ], self)
        self.indicators_view.doubleClicked.connect(lambda _i: self.show_part.emit("targets"))
        self.inspections_view, self.inspections_model = make_table([
            Column(self.tr("近期督查"), lambda i: i.title),
            Column(self.tr("督查时间"), lambda i: i.window),
            Column(self.tr("准备情况"), lambda i: i.preparation_state),
        ], self)
        self.inspections_view.doubleClicked.connect(
            lambda index: index.data(ROW_ROLE) is not None
            and self.open_inspection.emit(index.data(ROW_ROLE).inspection_id))
        for view, what in ((self.sections_view, self.tr("双击打开“任务”页")),
                           (self.indicators_view, self.tr("双击打开“指标”页的数值目标")),
                           (self.inspections_view, self.tr("双击打开这项督查"))):
            view.setToolTip(what)
        grid = QGridLayout()
        grid.addWidget(self._titled(self.tr("任务"), self.tasks_view), 0, 0, 2, 1)
        grid.addWidget(self._titled(self.tr("各科室（最需关注的在前）"), self.sections_view), 0, 1)
        grid.addWidget(self.quotas_chart, 1, 1)
        grid.addWidget(self._titled(self.tr("数值目标"), self.indicators_view), 2, 0)
        grid.addWidget(self._titled(self.tr("近期督查与迎检准备"), self.inspections_view), 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)
        self.refresher = Refresher(self, Change.DATA | Change.SETTINGS, lambda _note: self.load(
            self.refresher.database, self.refresher.plan_id))

    def _build_tiles(self) -> QHBoxLayout:
        """The counts, one tile each; a tile opens the tab it counts."""
        self.tiles: dict[str, QToolButton] = {}
        tiles = QHBoxLayout()
        for key in ("tasks", "red", "yellow", "overdue", "unreported", "notices", "quotas"):
            tile = QToolButton()
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tile.setMinimumHeight(56)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            tile.clicked.connect(lambda _c=False, k=key: self.show_part.emit(
                "notices" if k == "notices" else "quotas" if k == "quotas" else "tasks"))
            self.tiles[key] = tile
            tiles.addWidget(tile, 1)
        return tiles

    @staticmethod
    def _titled(title: str, view) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setStyleSheet("font-weight: bold;")
        column.addWidget(label)
        column.addWidget(view)
        return box

    # -- reading -----------------------------------------------------------------------------

    def attach(self, database, plan_id) -> None:
        self.database, self.plan_id = database, plan_id
        self.refresher.attach(database, plan_id)

    def set_read_only(self, _read_only: bool) -> None:
        """Nothing here is edited."""

    def load(self, database, plan_id) -> None:
        from desktop.errors import UserError
        from desktop.services.overview import overview

        self.database, self.plan_id = database, plan_id
        if database is None or plan_id is None:
            self.data = None
            self._fill()
            return
        try:
            self.data = overview(database, plan_id, self.today(), yellow_days=self.yellow_days)
        except UserError as error:
            self.data = None
            self.heading.setText(error.message)
            return
        self._fill()

    def _fill(self) -> None:
        data = self.data
        made = data.briefing if data else None
        for model, rows in ((self.tasks_model, made.tasks if made else ()),
                            (self.sections_model, data.sections if data else ()),
                            (self.indicators_model, made.indicators if made else ()),
                            (self.inspections_model, made.inspections if made else ())):
            model.set_rows(list(rows))
        for view in (self.tasks_view, self.sections_view, self.indicators_view, self.inspections_view):
            fit_columns(view)
        self._show_quotas(made.quotas if made else ())
        if made is None:
            self.heading.setText(self.tr("未打开计划"))
            for tile in self.tiles.values():
                tile.setText("")
            return
        c = made.counts
        from desktop.services.notice_documents import chinese_date

        self.heading.setText(self.tr("总览：截至{0}（与{1}定期通报同一口径）").format(chinese_date(data.day), made.label))
        texts = {
            "tasks": (self.tr("任务"), str(c.tasks)),
            "red": (self.tr("红灯"), str(c.red)),
            "yellow": (self.tr("黄灯"), str(c.yellow)),
            "overdue": (self.tr("逾期事项"), str(c.overdue)),
            "unreported": (self.tr("本月未报送科室"), str(c.sections_unreported)),
            "notices": (self.tr("督办单（已回复/签发）"), f"{c.notices_answered}/{c.notices_issued}"),
            "quotas": (self.tr("宣传指标欠缺"), str(c.quotas_short)),
        }
        for key, (label, number) in texts.items():
            self.tiles[key].setText(f"{number}\n{label}")
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.2)
            font.setBold(key in ("red", "overdue") and number not in ("0", "0/0"))
            self.tiles[key].setFont(font)

    def _show_quotas(self, quotas) -> None:
        """Each section's items required and delivered as bars; the city-wide row and every shortfall in words."""
        sections = [q for q in quotas if not q.is_city]
        city = next((q for q in quotas if q.is_city), None)
        title = self.tr("宣传推广指标：应报与已报")
        if city is not None:
            title += self.tr("（全市要求：应报 {0}，已报 {1}）").format(city.required, city.delivered)
        self.quotas_chart.set_data(
            [q.section for q in sections],
            [Series(self.tr("应报"), [q.required for q in sections], "#9aa5b1"),
             Series(self.tr("已报"), [q.delivered for q in sections], "#2e7d32")],
            title=title,
        )
        lines = [f"{q.section}：{q.text}" for q in quotas]
        self.quotas_chart.setToolTip("\n".join([*lines, self.tr("单击打开“指标”页")]))

    def _open_task(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_task.emit(row.task_id)

    # -- printing ----------------------------------------------------------------------------

    def print_page(self) -> None:
        """The page as shown, scaled onto one A4 page (landscape), as a PDF."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("打印总览"), self.tr("总览.pdf"), self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from desktop.errors import UserError

        try:
            render_page_pdf(self, path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("没有打印"), error.message)
            return
        self.print_button.setToolTip(self.tr("已保存 {0}").format(path))


def render_page_pdf(widget: QWidget, path: str) -> None:
    """*widget* drawn (as vectors: its text stays text) on one A4 landscape page of a PDF at *path*,
    written whole or not at all as every printout is (:func:`desktop.printing.pdf.write_pdf`)."""
    from desktop.printing.pdf import write_pdf

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    writer.setResolution(144)
    painter = QPainter(writer)
    try:
        page: QRect = writer.pageLayout().paintRectPixels(writer.resolution())
        scale = min(page.width() / max(widget.width(), 1), page.height() / max(widget.height(), 1))
        painter.scale(scale, scale)
        widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
        buffer.close()
    write_pdf(path, bytes(data))
