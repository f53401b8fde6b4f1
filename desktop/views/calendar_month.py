"""The painted calendar grid of the 日历 tab: a month (6 weeks × 7 days) or one week.

One widget paints everything (no child widget per day or per entry), so a month with
thousands of entries draws as fast as an empty one: entries are laid out in lanes once
when they are set (:meth:`CalendarGrid.set_items`; see :mod:`desktop.views.calendar_layout`),
the rectangles of the lanes that fit are computed once per size, and :meth:`paintEvent` only
draws those. Painting never reads the database.

Entries are any objects with the attributes of ``desktop.calendar.items.CalendarItem``
(``uid``, ``kind``, ``title``, ``start``, ``end`` inclusive, ``as_written``,
``sections``, ``light``, ``task_id``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.i18n import tr
from desktop.lights import Light
from desktop.views.calendar_layout import Placed, lay_out
from desktop.views.task_list_model import LIGHT_COLOURS

DAY = dt.timedelta(days=1)
#: Month layouts kept for switching back (per grid).
LAYOUTS_KEPT = 24

#: Colour of each kind of entry (``ItemKind`` values); not red, yellow or green, which are the lights'.
#: The one home of the kind → colour mapping (the grids and the timeline paint with it; there is no legend).
#: 督查 (violet) and 备检 (pink) sit far apart in hue, so that the two are not taken for one another.
KIND_COLOURS: dict[str, QColor] = {
    "inspection": QColor("#512da8"),
    "preparation": QColor("#c2185b"),
    "task_deadline": QColor("#1565c0"),
    "measure_deadline": QColor("#4f8fd6"),
    "milestone": QColor("#00897b"),
    "collection": QColor("#ef6c00"),
    "quota_due": QColor("#8d6e63"),
    "event": QColor("#546e7a"),
    "notice_reply": QColor("#8e24aa"),
}
_OTHER_COLOUR = QColor("#607d8b")

WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")


def kind_code(item: Any) -> str:
    kind = item.kind
    return getattr(kind, "value", kind)


_labels: dict[str, str] = {}


def kind_labels() -> dict[str, str]:
    """Kind code → its name; translated once (the translator is installed at start-up)."""
    if not _labels:
        _labels.update(_translated_labels())
    return _labels


def _translated_labels() -> dict[str, str]:
    return {
        "inspection": tr("Calendar", "督查"),
        "preparation": tr("Calendar", "备检"),
        "task_deadline": tr("Calendar", "任务期限"),
        "measure_deadline": tr("Calendar", "措施期限"),
        "milestone": tr("Calendar", "时间节点"),
        "collection": tr("Calendar", "归集"),
        "quota_due": tr("Calendar", "宣传指标"),
        "event": tr("Calendar", "宣传活动"),
        "notice_reply": tr("Calendar", "督办回复"),
    }


def kind_label(item_or_code: Any) -> str:
    code = item_or_code if isinstance(item_or_code, str) else kind_code(item_or_code)
    if code == "task":  # a timeline heading: a task without a deadline of its own
        return tr("Calendar", "任务")
    return kind_labels().get(code, code)


def kind_colour(item: Any) -> QColor:
    return KIND_COLOURS.get(kind_code(item), _OTHER_COLOUR)


def light_colour(light: int) -> QColor:
    try:
        return LIGHT_COLOURS[Light(light)]
    except ValueError:
        return LIGHT_COLOURS[Light.GREY]


def month_grid_start(day: dt.date) -> dt.date:
    """The Monday on or before the first of *day*'s month: the first cell of its month grid."""
    first = day.replace(day=1)
    return first - dt.timedelta(days=first.weekday())


def _single_order(item: Any) -> tuple:
    return (-item.light, kind_code(item), item.title)


class CalendarGrid(QWidget):
    """Weeks of seven days from :attr:`first_day`, each day listing its entries as coloured bars.

    ``item_clicked(item)`` on a click on an entry, ``item_activated(item)`` on a double
    click, ``day_clicked(date)`` on a click elsewhere in a day (or on its "+N 项").
    """

    item_clicked = Signal(object)
    item_activated = Signal(object)
    day_clicked = Signal(object)

    def __init__(self, weeks: int = 6, parent=None):
        super().__init__(parent)
        self.weeks = weeks
        self.first_day = month_grid_start(dt.date.today())
        self.focus_month: tuple[int, int] | None = None  # days outside it are drawn dimmed
        self.today: dt.date = dt.date.today()
        self.is_workday: Callable[[dt.date], bool] = lambda d: d.weekday() < 5
        self.selected_uid: str | None = None
        self.selected_day: dt.date | None = None
        self._rows: list[list[Placed]] = [[] for _ in range(weeks)]
        self._buckets: list[list[Any]] = []
        self._spans: list[Any] = []
        self._day_lanes: list[tuple[list[int], int]] = []
        self._row_lanes: list[int] = [0] * weeks
        self._layouts: dict[Any, tuple] = {}
        self._rest: list[bool] = [False] * (7 * weeks)
        self._bars: list[tuple[QRect, Any, str, bool]] | None = None  # rect, item, elided text, selected
        self._more: list[tuple[QRect, dt.date, int]] = []
        self._geometry_size = QSize()
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 120 + 40 * weeks)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # -- data ---------------------------------------------------------------------------------

    @property
    def last_day(self) -> dt.date:
        return self.first_day + dt.timedelta(days=7 * self.weeks - 1)

    def days(self) -> list[dt.date]:
        return [self.first_day + dt.timedelta(days=i) for i in range(7 * self.weeks)]

    def set_range(self, first_day: dt.date, focus_month: tuple[int, int] | None = None) -> None:
        self.first_day = first_day
        self.focus_month = focus_month
        self._rest = [not self.is_workday(d) for d in self.days()]

    def set_items(self, items: Sequence[Any], key: Any = None) -> None:
        """Lay *items* out in lanes (those outside the visible weeks are left out); repaints.

        With a *key* (anything hashable naming these items, such as the month and the
        filters), the layout is kept and reused the next time the same key and range come,
        until :meth:`forget_layouts`.
        """
        layout = self._layout_of(self.first_day, items, key)
        self._rows, self._buckets, self._spans, self._day_lanes, self._row_lanes = layout
        self._bars = None
        self.update()

    def prepare(self, first_day: dt.date, items: Sequence[Any], key: Any) -> None:
        """Lay out the weeks from *first_day* ahead of time (kept under *key*), showing nothing new."""
        self._layout_of(first_day, items, key)

    def has_layout(self, first_day: dt.date, key: Any) -> bool:
        return (key, first_day, self.weeks) in self._layouts

    def _layout_of(self, first_day: dt.date, items: Sequence[Any], key: Any):
        cache_key = None if key is None else (key, first_day, self.weeks)
        layout = self._layouts.get(cache_key) if cache_key is not None else None
        if layout is None:
            layout = lay_out(items, first_day, self.weeks, _single_order)
            if cache_key is not None:
                if len(self._layouts) >= LAYOUTS_KEPT:
                    self._layouts.pop(next(iter(self._layouts)))
                self._layouts[cache_key] = layout
        return layout

    def forget_layouts(self) -> None:
        self._layouts.clear()

    def items_on(self, day: dt.date) -> list[Any]:
        """The entries on *day* (those spanning it first), when it is in the visible weeks."""
        index = (day - self.first_day).days
        if not 0 <= index < len(self._buckets):
            return []
        return [i for i in self._spans if i.start <= day <= i.end] + self._buckets[index]

    def hidden_on(self, index: int, shown: int) -> int:
        span_lanes, singles = self._day_lanes[index]
        spans_below = bisect.bisect_left(span_lanes, shown)
        drawn = spans_below + min(singles, max(0, shown - spans_below))
        return len(span_lanes) + singles - drawn

    def set_selected(self, uid: str | None, day: dt.date | None = None) -> None:
        self.selected_uid = uid
        if day is not None:
            self.selected_day = day
        self._bars = None
        self.update()

    # -- geometry -----------------------------------------------------------------------------

    def _metrics(self) -> tuple[int, int, int, int]:
        fm = self.fontMetrics()
        header = fm.height() + 8
        day_line = fm.height() + 4
        lane = fm.height() + 4
        return header, day_line, lane, fm.height()

    def cell_rect(self, index: int) -> QRect:
        header, *_ = self._metrics()
        row, column = divmod(index, 7)
        width, height = self.width(), self.height() - header
        x0, x1 = column * width // 7, (column + 1) * width // 7
        y0, y1 = header + row * height // self.weeks, header + (row + 1) * height // self.weeks
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def day_rect(self, day: dt.date) -> QRect | None:
        offset = (day - self.first_day).days
        if 0 <= offset < 7 * self.weeks:
            return self.cell_rect(offset)
        return None

    def visible_lanes(self, row: int) -> int:
        """How many lanes of week *row* are drawn; one is kept for "+N 项" when they do not all fit."""
        _header, day_line, lane, _ = self._metrics()
        cell = self.cell_rect(row * 7)
        fit = max(0, (cell.height() - day_line - 2) // lane)
        needed = self._row_lanes[row] if row < len(self._row_lanes) else 0
        return needed if needed <= fit else max(0, fit - 1)

    def _layout_geometry(self) -> None:
        _header, day_line, lane_h, _ = self._metrics()
        fm = self.fontMetrics()
        bars: list[tuple[QRect, Any, str, bool]] = []
        more: list[tuple[QRect, dt.date, int]] = []
        for r, placed in enumerate(self._rows):
            shown = self.visible_lanes(r)
            left_cell = self.cell_rect(r * 7)
            top = left_cell.top() + day_line
            for p in placed:
                if p.lane >= shown:
                    break
                a, b = self.cell_rect(r * 7 + p.c0), self.cell_rect(r * 7 + p.c1)
                x0 = a.left() + (1 if p.continues_before else 3)
                x1 = b.right() - (0 if p.continues_after else 3)
                rect = QRect(x0, top + p.lane * lane_h, x1 - x0 + 1, lane_h - 2)
                text = fm.elidedText(p.item.title, Qt.TextElideMode.ElideRight, max(0, rect.width() - 16))
                bars.append((rect, p.item, text, p.item.uid == self.selected_uid))
            for c in range(7):
                if r * 7 + c >= len(self._day_lanes):
                    break
                hidden = self.hidden_on(r * 7 + c, shown)
                if hidden:
                    day = self.first_day + dt.timedelta(days=r * 7 + c)
                    cell = self.cell_rect(r * 7 + c)
                    more.append((QRect(cell.left() + 3, top + shown * lane_h, cell.width() - 6, lane_h - 2), day, hidden))
        self._bars, self._more = bars, more
        self._geometry_size = self.size()

    def _ensure_geometry(self) -> None:
        if self._bars is None or self._geometry_size != self.size():
            self._layout_geometry()

    def resizeEvent(self, event) -> None:
        self._bars = None
        super().resizeEvent(event)

    # -- hit testing --------------------------------------------------------------------------

    def item_at(self, pos: QPoint) -> Any | None:
        """The entry drawn at *pos*, or None."""
        self._ensure_geometry()
        for rect, item, _text, _sel in self._bars or ():
            if rect.contains(pos):
                return item
        return None

    def item_rect(self, uid: str) -> QRect | None:
        """Where the (first segment of the) entry *uid* is drawn, or None when it is not shown."""
        self._ensure_geometry()
        for rect, item, _text, _sel in self._bars or ():
            if item.uid == uid:
                return QRect(rect)
        return None

    def more_at(self, pos: QPoint) -> dt.date | None:
        self._ensure_geometry()
        for rect, day, _n in self._more:
            if rect.contains(pos):
                return day
        return None

    def day_at(self, pos: QPoint) -> dt.date | None:
        header, *_ = self._metrics()
        if pos.y() < header or self.width() <= 0:
            return None
        column = min(6, max(0, pos.x() * 7 // self.width()))
        row = min(self.weeks - 1, (pos.y() - header) * self.weeks // max(1, self.height() - header))
        return self.first_day + dt.timedelta(days=row * 7 + column)

    def hidden_count(self, day: dt.date) -> int:
        """The "+N 项" of *day* (0 when all its entries are drawn)."""
        self._ensure_geometry()
        return next((n for _r, d, n in self._more if d == day), 0)

    # -- events -------------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position().toPoint()
        item = self.item_at(pos)
        if item is not None:
            self.set_selected(item.uid, self.day_at(pos))
            self.item_clicked.emit(item)
            return
        day = self.more_at(pos) or self.day_at(pos)
        if day is not None:
            self.set_selected(None, day)
            self.day_clicked.emit(day)

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseDoubleClickEvent(event)
        item = self.item_at(event.position().toPoint())
        if item is not None:
            self.item_activated.emit(item)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            pos = event.pos()
            item = self.item_at(pos)
            if item is not None:
                QToolTip.showText(event.globalPos(), tooltip_text(item), self)
            else:
                day = self.more_at(pos)
                if day is not None:
                    QToolTip.showText(event.globalPos(), tr("Calendar", "{0} 共 {1} 项，点击查看全部").format(
                        day.isoformat(), len(self.items_on(day))), self)
                else:
                    QToolTip.hideText()
            return True
        return super().event(event)

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        self._ensure_geometry()
        header, day_line, _lane, text_h = self._metrics()
        painter = QPainter(self)
        palette = self.palette()
        base, text_colour = palette.base().color(), palette.text().color()
        painter.fillRect(self.rect(), base)
        grid_pen = QPen(QColor("#d0d0d0"))
        rest_fill = QColor(0, 0, 0, 14)
        dim = QColor(text_colour)
        dim.setAlpha(110)
        today_fill = QColor("#1565c0")
        selected_fill = QColor(21, 101, 192, 28)

        # weekday header
        painter.fillRect(QRect(0, 0, self.width(), header), palette.window().color())
        for c in range(7):
            rect = self.cell_rect(c)
            painter.setPen(text_colour if c < 5 else dim)
            painter.drawText(QRect(rect.left(), 0, rect.width(), header), Qt.AlignmentFlag.AlignCenter, WEEKDAYS[c])

        bold = QFont(self.font())
        bold.setBold(True)
        for index in range(7 * self.weeks):
            day = self.first_day + dt.timedelta(days=index)
            rect = self.cell_rect(index)
            if self._rest[index]:
                painter.fillRect(rect, rest_fill)
            if day == self.selected_day:
                painter.fillRect(rect, selected_fill)
            painter.setPen(grid_pen)
            painter.drawLine(rect.topLeft(), rect.topRight())
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
            outside = self.focus_month is not None and (day.year, day.month) != self.focus_month
            label = str(day.day) if day.day != 1 and self.weeks > 1 else tr("Calendar", "{0}月{1}日").format(day.month, day.day)
            number = QRect(rect.left() + 4, rect.top() + 2, rect.width() - 8, day_line - 2)
            if day == self.today:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                width = self.fontMetrics().horizontalAdvance(label) + 10
                painter.setBrush(today_fill)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(QRect(number.left() - 2, number.top(), width, text_h + 2), 6, 6)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.setFont(bold)
                painter.setPen(QColor("white"))
                painter.drawText(number.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
                painter.setFont(self.font())
            else:
                painter.setPen(dim if outside else text_colour)
                painter.drawText(number, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
            if self._rest[index] and self.weeks > 1 and day.weekday() < 5:
                painter.setPen(dim)
                painter.drawText(number, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, tr("Calendar", "休"))
            elif not self._rest[index] and day.weekday() >= 5:
                painter.setPen(dim)
                painter.drawText(number, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, tr("Calendar", "班"))

        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for rect, item, text, selected in self._bars or ():
            colour = kind_colour(item)
            fill = QColor(colour)
            fill.setAlpha(60 if selected else 34)
            painter.fillRect(rect, fill)
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), colour)
            if selected:
                painter.setPen(QPen(colour, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(light_colour(item.light))
            diameter = min(8, rect.height() - 4)
            painter.drawEllipse(rect.left() + 6, rect.top() + (rect.height() - diameter) // 2, diameter, diameter)
            painter.setPen(text_colour)
            painter.drawText(rect.adjusted(16, 0, -2, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(dim)
        for rect, _day, hidden in self._more:
            painter.drawText(rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             tr("Calendar", "+{0} 项").format(hidden))
        painter.end()


def date_span_text(item: Any) -> str:
    if item.end == item.start:
        return item.start.isoformat()
    return f"{item.start.isoformat()} ~ {item.end.isoformat()}"


def tooltip_text(item: Any) -> str:
    lines = [f"{kind_label(item)}：{item.title}", date_span_text(item)]
    if item.as_written:
        lines.append(tr("Calendar", "原文：{0}").format(item.as_written))
    if item.sections:
        lines.append("、".join(item.sections))
    return "\n".join(lines)


__all__ = ["CalendarGrid", "KIND_COLOURS", "WEEKDAYS", "kind_code", "kind_label", "kind_labels", "month_grid_start"]
