"""The painted charts: a title wider than its chart wraps inside it rather than running off both edges."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter

from desktop.views.charts import PALETTE, BarChart, Series, nice_ticks


def _inked_rows(image: QImage, left: int, right: int, top: int, bottom: int) -> list[int]:
    return [y for y in range(top, bottom)
            if any(image.pixelColor(x, y).lightness() < 160 for x in range(left, right))]


def _painted(chart) -> QImage:
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        chart.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    return image


def test_a_long_title_wraps_inside_the_chart(qtbot):
    title = "Publicity quotas: required and delivered (city-wide: 26 required, 0 delivered)"
    chart = BarChart(title)
    qtbot.addWidget(chart)
    chart.resize(300, 260)
    chart.set_data(["规配科", "重大科"], [Series("Required", [16, 10]), Series("Delivered", [0, 3])])
    image, width = _painted(chart), chart.width()
    assert width < 400  # narrower than the title on one line
    # Nothing inked in the margins beside the title: it did not run off the edges.
    band = range(0, 60)
    assert not _inked_rows(image, 0, 6, band.start, band.stop)
    assert not _inked_rows(image, width - 6, width, band.start, band.stop)
    # The title takes two lines: the legend (its first swatch) sits a line lower than under a short one.
    def legend_top(image) -> int:
        swatch = QColor(PALETTE[0])
        return next(y for y in range(image.height()) if any(image.pixelColor(x, y) == swatch for x in range(width)))

    short = BarChart("应报与已报")
    qtbot.addWidget(short)
    short.resize(chart.size())
    short.set_data(["规配科", "重大科"], [Series("Required", [16, 10]), Series("Delivered", [0, 3])])
    line = QFontMetrics(chart.font()).height()
    assert legend_top(image) - legend_top(_painted(short)) >= 0.8 * line


def test_ticks_are_round_and_reach_the_highest_value():
    assert nice_ticks(7.56) == [0, 2, 4, 6, 8]
    assert nice_ticks(0) == [0, 1]
    assert nice_ticks(26 * 1.08)[-1] >= 26 * 1.08
