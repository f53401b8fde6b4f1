"""The 日历 tab at 1366×768 (issue 17): 督查 and 备检 in two colours, a day's list that wraps, a view switcher that
stays put, and a week view that follows the day picked in the month or in the small calendar."""

from __future__ import annotations

import colorsys
import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QColor

from desktop.views.calendar_month import KIND_COLOURS, CalendarGrid


@dataclass(frozen=True)
class Item:
    uid: str
    kind: str
    title: str
    start: dt.date
    end: dt.date
    as_written: str = ""
    sections: tuple[str, ...] = ()
    light: int = 0
    task_id: int | None = None
    reason: str = ""


def hue(colour: QColor) -> float:
    return colorsys.rgb_to_hls(colour.redF(), colour.greenF(), colour.blueF())[0] * 360


def hue_distance(a: QColor, b: QColor) -> float:
    d = abs(hue(a) - hue(b)) % 360
    return min(d, 360 - d)


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(colour: QColor, alpha: int, base: QColor) -> QColor:
    f = alpha / 255
    return QColor.fromRgbF(*(f * c + (1 - f) * b for c, b in zip(colour.getRgbF()[:3], base.getRgbF()[:3])))


# -- 1. 督查 and 备检 ------------------------------------------------------------------------------


def test_inspections_and_preparations_are_painted_in_clearly_different_colours(qtbot):
    inspection, preparation = KIND_COLOURS["inspection"], KIND_COLOURS["preparation"]
    assert hue_distance(inspection, preparation) >= 60, (hue(inspection), hue(preparation))
    # Neither is taken for a light (red, yellow, green), nor for another kind.
    for code, colour in KIND_COLOURS.items():
        for light in ("#d32f2f", "#e6a700", "#2e9d4a"):
            assert hue_distance(colour, QColor(light)) >= 15, (code, light)
    # The grid paints them: a bar's edge in its kind's colour, its title on a light tint of it that stays readable.
    grid = CalendarGrid(1)
    qtbot.addWidget(grid)
    grid.resize(900, 300)
    monday = dt.date(2022, 6, 13)
    grid.set_range(monday)
    grid.set_items([Item("i", "inspection", "专项小组督察", monday, monday + dt.timedelta(days=2)),
                    Item("p", "preparation", "专项小组督察（备检）", monday, monday + dt.timedelta(days=2))])
    image = grid.grab().toImage()
    palette = grid.palette()
    for uid, code in (("i", "inspection"), ("p", "preparation")):
        rect = grid.item_rect(uid)
        assert image.pixelColor(rect.left() + 1, rect.center().y()) == KIND_COLOURS[code]
        for alpha in (34, 60):  # a bar, a selected bar
            tint = blend(KIND_COLOURS[code], alpha, palette.base().color())
            assert contrast(palette.text().color(), tint) >= 7, (code, alpha)
