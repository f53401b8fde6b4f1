"""The 日历 tab's timeline (时间轴): the plan year's tasks and measures as bars, today marked.

One row per task deadline, measure deadline or milestone, grouped by task (the task's own
row first; a task without a deadline of its own is headed by a bracket over its group). A bar runs from the start of the year (or the entry's own start, for a window)
to its date; overdue entries — a red light and the date past — are red, the others in the
colour of their kind with their light's dot. A deadline moved by an approved extension (延期)
keeps its original date marked, with the slip drawn from it to the new date. Painted in one
widget, like the month grid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.calendar.extensions import day_words
from desktop.i18n import tr
from desktop.calendar.timeline import TIMELINE_KINDS, is_heading, timeline_rows  # noqa: F401 (re-exported)
from desktop.lights import Light
from desktop.views.calendar_month import kind_code, kind_colour, light_colour, tooltip_text

OVERDUE = QColor("#d32f2f")
#: An extended deadline: the original date's tick and the slip to the new one.
SLIP = QColor("#6a1b9a")


class TimelineView(QWidget):
    """Bars of one year; ``item_clicked`` / ``item_activated`` like the month grid's."""

    item_clicked = Signal(object)
    item_activated = Signal(object)

    LABEL_WIDTH = 260

    def __init__(self, parent=None):
        super().__init__(parent)
        self.year = dt.date.today().year
        self.today = dt.date.today()
        self.rows: list[Any] = []
        self.selected_uid: str | None = None
        #: (measure|milestone, id) → a :class:`desktop.services.extensions.Slip`: the original date of an extended deadline.
        self.slips: dict = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _lane(self) -> int:
        return self.fontMetrics().height() + 6

    def _header(self) -> int:
        return self.fontMetrics().height() + 10

    def set_items(self, year: int, items: Sequence[Any], task_titles=None) -> None:
        self.year = year
        self.rows = timeline_rows(items, task_titles)
        self.setMinimumHeight(self._header() + self._lane() * max(1, len(self.rows)) + 4)
        self.update()

    # -- geometry -----------------------------------------------------------------------------

    def _x(self, day: dt.date) -> float:
        first = dt.date(self.year, 1, 1)
        days = (dt.date(self.year + 1, 1, 1) - first).days
        width = max(1, self.width() - self.LABEL_WIDTH - 8)
        return self.LABEL_WIDTH + width * (day - first).days / days

    def bar_rect(self, index: int) -> QRect:
        item = self.rows[index]
        first, last = dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        # A deadline's bar runs from the start of the year; so does a heading's bracket.
        start = max(first, min(item.start, last)) if item.start != item.end and kind_code(item) != "task" else first
        end = max(first, min(item.end, last))
        x0, x1 = self._x(start), self._x(end + dt.timedelta(days=1))
        top = self._header() + index * self._lane() + 2
        return QRect(int(x0), top, max(3, int(x1 - x0)), self._lane() - 4)

    def row_at(self, pos: QPoint) -> int | None:
        row = (pos.y() - self._header()) // self._lane()
        if pos.y() < self._header() or not 0 <= row < len(self.rows):
            return None
        return row

    def item_at(self, pos: QPoint) -> Any | None:
        row = self.row_at(pos)
        return None if row is None else self.rows[row]

    def slip_of(self, item):
        """The extension of *item*'s deadline, if an approved one moved it."""
        if kind_code(item) not in ("task_deadline", "measure_deadline", "milestone"):
            return None
        return self.slips.get((item.source, item.source_id))

    def written_text(self, item) -> str:
        """The date as written beside the bar; an extended one with its original date (7月15日前（原定 6 月 30 日）)."""
        slip = self.slip_of(item)
        if slip is None or slip.original is None:
            return item.as_written
        return tr("Calendar", "{0}（原定 {1}）").format(item.as_written, day_words(slip.original))

    def slip_line(self, index: int) -> tuple[int, int] | None:
        """The x of the original date and of the current one, for a row whose deadline was extended."""
        slip = self.slip_of(self.rows[index])
        if slip is None or slip.original is None or slip.original.year != self.year:
            return None
        rect = self.bar_rect(index)
        return int(self._x(slip.original + dt.timedelta(days=1))), rect.right()

    def _paint_slip(self, painter: QPainter, index: int, rect: QRect) -> None:
        """The original date marked (a hollow tick) and the slip drawn from it to the new date (dashed, with an arrowhead)."""
        line = self.slip_line(index)
        if line is None:
            return
        x0, x1 = line
        mid = rect.center().y()
        painter.setPen(QPen(SLIP, 2))
        painter.drawLine(x0, rect.top() - 1, x0, rect.bottom() + 1)
        painter.setPen(QPen(SLIP, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(x0, mid, x1 - 3, mid)
        painter.setPen(QPen(SLIP, 1.5))
        painter.drawLine(x1 - 7, mid - 4, x1 - 2, mid)
        painter.drawLine(x1 - 7, mid + 4, x1 - 2, mid)

    def is_overdue(self, item) -> bool:
        return item.light == Light.RED and item.end < self.today

    # -- events -------------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        item = self.item_at(event.position().toPoint())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.selected_uid = item.uid
            self.update()
            self.item_clicked.emit(item)

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.item_at(event.position().toPoint())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.item_activated.emit(item)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            item = self.item_at(event.pos())
            if item is not None:
                slip = self.slip_of(item)
                text = tooltip_text(item) + (f"\n{slip.phrase}" if slip is not None else "")
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text_colour = palette.text().color()
        painter.fillRect(self.rect(), palette.base().color())
        header, lane = self._header(), self._lane()
        exposed = event.rect()
        grid_pen = QPen(QColor("#d8d8d8"))
        # months
        painter.fillRect(QRect(0, 0, self.width(), header), palette.window().color())
        for month in range(1, 13):
            x0 = int(self._x(dt.date(self.year, month, 1)))
            x1 = int(self._x(dt.date(self.year + month // 12, month % 12 + 1, 1)))
            painter.setPen(grid_pen)
            painter.drawLine(x0, 0, x0, self.height())
            painter.setPen(text_colour)
            painter.drawText(QRect(x0, 0, x1 - x0, header), Qt.AlignmentFlag.AlignCenter, tr("Calendar", "{0}月").format(month))
        first_row = max(0, (exposed.top() - header) // lane)
        last_row = min(len(self.rows) - 1, (exposed.bottom() - header) // lane + 1)
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        for index in range(first_row, last_row + 1):
            item = self.rows[index]
            top = header + index * lane
            if index % 2:
                painter.fillRect(QRect(0, top, self.width(), lane), QColor(0, 0, 0, 8))
            is_task = is_heading(item)
            painter.setFont(bold if is_task else self.font())
            painter.setPen(text_colour)
            label = item.title if is_task else "　" + item.title
            painter.drawText(QRect(6, top, self.LABEL_WIDTH - 12, lane), Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(label, Qt.TextElideMode.ElideRight, self.LABEL_WIDTH - 14))
            rect = self.bar_rect(index)
            if kind_code(item) == "task":
                # A task without a deadline of its own: a bracket over its measures' span.
                colour = OVERDUE if self.is_overdue(item) else QColor("#607d8b")
                mid = rect.center().y()
                painter.fillRect(QRect(rect.left(), mid - 1, rect.width(), 3), colour)
                painter.fillRect(QRect(rect.left(), rect.top() + 2, 3, rect.height() - 4), colour)
                painter.fillRect(QRect(rect.right() - 2, rect.top() + 2, 3, rect.height() - 4), colour)
                continue
            colour = OVERDUE if self.is_overdue(item) else kind_colour(item)
            fill = QColor(colour)
            fill.setAlpha(150 if item.uid == self.selected_uid else 90)
            painter.fillRect(rect, fill)
            painter.fillRect(QRect(rect.right() - 2, rect.top(), 3, rect.height()), colour)
            self._paint_slip(painter, index, rect)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(light_colour(item.light))
            d = min(8, rect.height() - 2)
            painter.drawEllipse(rect.right() + 4, rect.top() + (rect.height() - d) // 2, d, d)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            written = self.written_text(item)
            if written:
                painter.setFont(self.font())
                painter.setPen(text_colour)
                painter.drawText(QRect(rect.right() + 16, top, 320, lane), Qt.AlignmentFlag.AlignVCenter, written)
        painter.setFont(self.font())
        if self.today.year == self.year:
            x = int(self._x(self.today))
            painter.setPen(QPen(QColor("#1565c0"), 2))
            painter.drawLine(x, header - 4, x, self.height())
            painter.drawText(QRect(x + 3, 0, 80, header), Qt.AlignmentFlag.AlignVCenter, tr("Calendar", "今天"))
        painter.end()


__all__ = ["TimelineView", "timeline_rows"]
