"""Small charts drawn with QPainter (QtCharts is not installed): grouped bars and lines.

Both take plain numbers and labels, draw axes with round ticks, labels and a legend, and
say so in the middle when there is nothing to draw.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Colours that read apart in print and on screen.
PALETTE = ["#9aa5b1", "#2e7d32", "#1565c0", "#c62828", "#ef6c00", "#6a1b9a"]


@dataclass
class Series:
    name: str
    values: list[float | None]
    color: str = ""
    #: Lines only: dashed (a target or a required line).
    dashed: bool = False


def nice_ticks(high: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least *high* (1, 2, 5 × 10^n steps)."""
    if high <= 0 or math.isnan(high):
        return [0, 1]
    raw = high / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks = [0.0]
    while ticks[-1] < high - 1e-9:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class _Chart(QWidget):
    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self.title = title
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.y_label = ""
        self.empty_text = ""
        #: Horizontal lines across the plot (a target): series with one value, drawn dashed.
        self.references: list[Series] = []
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)

    def sizeHint(self) -> QSize:
        return QSize(520, 300)

    def set_data(
        self,
        categories: list[str],
        series: list[Series],
        *,
        title: str | None = None,
        y_label: str = "",
        references: list[Series] | None = None,
    ) -> None:
        self.categories = list(categories)
        self.series = series
        self.references = references or []
        for index, s in enumerate(series + self.references):
            if not s.color:
                s.color = PALETTE[index % len(PALETTE)]
        if title is not None:
            self.title = title
        self.y_label = y_label
        self.update()

    def _values(self) -> list[float]:
        return [v for s in self.series + self.references for v in s.values if v is not None]

    def _legend(self) -> list[Series]:
        return self.series + self.references

    def _frame(self, painter: QPainter) -> tuple[QRectF, list[float]] | None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        top = 8.0
        if self.title:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor("#222"))
            # Wrapped between words when the chart is narrower than its title (a long English one).
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            area = QRectF(8, top, max(self.width() - 16, 10), self.height())
            needed = QFontMetricsF(bold).boundingRect(area, flags, self.title)
            painter.drawText(QRectF(area.left(), top, area.width(), needed.height() + 4), flags, self.title)
            top += needed.height() + 8
        painter.setFont(font)
        # the legend, centred under the title
        x_items = []
        total = 0.0
        for s in self._legend():
            w = 18 + 6 + metrics.horizontalAdvance(s.name) + 16
            x_items.append(w)
            total += w
        x = max(8.0, (self.width() - total) / 2)
        for s, w in zip(self._legend(), x_items):
            y = top + metrics.height() / 2
            painter.setPen(QPen(QColor(s.color), 3, Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine))
            if isinstance(self, BarChart) and s in self.series:
                painter.fillRect(QRectF(x, y - 6, 18, 12), QColor(s.color))
            else:
                painter.drawLine(QPointF(x, y), QPointF(x + 18, y))
            painter.setPen(QColor("#333"))
            painter.drawText(QPointF(x + 24, y + metrics.ascent() / 2 - 1), s.name)
            x += w
        top += metrics.height() + 10
        values = self._values()
        if not self.categories or not values:
            painter.setPen(QColor("#777"))
            painter.drawText(QRectF(0, top, self.width(), self.height() - top), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return None
        ticks = nice_ticks(max(values) * 1.08)
        left = 12 + max(metrics.horizontalAdvance(_fmt(t)) for t in ticks) + 8
        if self.y_label:
            left += metrics.height() + 4
        bottom = self.height() - metrics.height() * 2 - 12
        plot = QRectF(left, top, max(10.0, self.width() - left - 16), max(10.0, bottom - top))
        # grid and y axis labels
        high = ticks[-1]
        for tick in ticks:
            y = plot.bottom() - plot.height() * tick / high
            painter.setPen(QPen(QColor("#e3e3e3"), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#555"))
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _fmt(tick),
            )
        if self.y_label:
            painter.save()
            painter.translate(12 + metrics.height() / 2, plot.center().y())
            painter.rotate(-90)
            painter.drawText(QRectF(-plot.height() / 2, -metrics.height() / 2, plot.height(), metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, self.y_label)
            painter.restore()
        painter.setPen(QPen(QColor("#444"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        return plot, ticks

    def _category_labels(self, painter: QPainter, plot: QRectF, centres: list[float]) -> None:
        metrics = QFontMetrics(painter.font())
        width = plot.width() / max(1, len(centres))
        step = 1
        widest = max((metrics.horizontalAdvance(c) for c in self.categories), default=0)
        while widest > width * step - 4 and step < len(centres):
            step += 1
        painter.setPen(QColor("#333"))
        for index, (label, x) in enumerate(zip(self.categories, centres)):
            if index % step:
                continue
            painter.drawText(
                QRectF(x - width * step / 2, plot.bottom() + 4, width * step, metrics.height() + 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )


class BarChart(_Chart):
    """Grouped bars: one group per category, one bar per series, the value above each bar."""

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            framed = self._frame(painter)
            if framed is None:
                return
            plot, ticks = framed
            high = ticks[-1]
            group = plot.width() / len(self.categories)
            bars = max(1, len(self.series))
            bar = min(36.0, group * 0.75 / bars)
            metrics = QFontMetrics(painter.font())
            centres = []
            for index in range(len(self.categories)):
                centre = plot.left() + group * (index + 0.5)
                centres.append(centre)
                start = centre - bar * bars / 2
                for number, s in enumerate(self.series):
                    value = s.values[index] if index < len(s.values) else None
                    if value is None:
                        continue
                    h = plot.height() * value / high
                    rect = QRectF(start + number * bar + 1, plot.bottom() - h, bar - 2, h)
                    painter.fillRect(rect, QColor(s.color))
                    painter.setPen(QColor("#333"))
                    painter.drawText(
                        QRectF(rect.left() - 10, rect.top() - metrics.height() - 1, rect.width() + 20, metrics.height()),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        _fmt(value),
                    )
            self._category_labels(painter, plot, centres)
        finally:
            painter.end()


class LineChart(_Chart):
    """Lines over the categories (months, dates); a dashed series is a target or a requirement."""

    def __init__(self, title: str = "", parent=None):
        super().__init__(title, parent)
        #: Values labelled at their points (the last point of each line always is).
        self.label_points = True

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            framed = self._frame(painter)
            if framed is None:
                return
            plot, ticks = framed
            high = ticks[-1]
            count = len(self.categories)
            step = plot.width() / count
            centres = [plot.left() + step * (i + 0.5) for i in range(count)]
            metrics = QFontMetrics(painter.font())
            for ref in self.references:
                if not ref.values or ref.values[0] is None:
                    continue
                y = plot.bottom() - plot.height() * ref.values[0] / high
                painter.setPen(QPen(QColor(ref.color), 2, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance(ref.name) - 4, y - 5), ref.name)
            for s in self.series:
                pen = QPen(QColor(s.color), 2.5, Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine)
                path = QPainterPath()
                started = False
                points = []
                for x, value in zip(centres, s.values):
                    if value is None:
                        continue
                    point = QPointF(x, plot.bottom() - plot.height() * value / high)
                    points.append((point, value))
                    if started:
                        path.lineTo(point)
                    else:
                        path.moveTo(point)
                        started = True
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
                painter.setBrush(QColor(s.color))
                painter.setPen(QPen(QColor("white"), 1))
                for point, value in points:
                    painter.drawEllipse(point, 3.5, 3.5)
                if points and self.label_points:
                    point, value = points[-1]
                    painter.setPen(QColor(s.color))
                    painter.drawText(QPointF(point.x() - metrics.horizontalAdvance(_fmt(value)) / 2,
                                             point.y() - 7), _fmt(value))
            self._category_labels(painter, plot, centres)
        finally:
            painter.end()
