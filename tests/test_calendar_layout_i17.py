"""The 日历 tab at 1366×768 (issue 17): 督查 and 备检 in two colours, a day's list that wraps, a view switcher that
stays put, and a week view that follows the day picked in the month or in the small calendar."""

from __future__ import annotations

import colorsys
import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from desktop.app import create_application
from desktop.settings import Settings
from desktop.views.calendar_month import KIND_COLOURS, CalendarGrid
from desktop.views.calendar_tab import AGENDA, ALL, MONTH, TIMELINE, WEEK
from desktop.views.main_window import MainWindow


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


# -- the tab in the window at 1366×768 -----------------------------------------------------------------


@pytest.fixture
def window(qtbot, sample_target):
    create_application()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(str(sample_target))
    window.tabs.setCurrentWidget(window.calendar_tab)
    qtbot.waitUntil(lambda: window.calendar_tab.plan_id is not None)
    window.calendar_tab.go_to(dt.date(2022, 6, 1))
    return window


def click_day(qtbot, tab, day: dt.date) -> None:
    """Click *day* in the month grid (on its number, beside any bar)."""
    rect = tab.month_view.day_rect(day)
    qtbot.mouseClick(tab.month_view, Qt.MouseButton.LeftButton, pos=QPoint(rect.right() - 4, rect.top() + 4))


def click_small_calendar(qtbot, tab, day: dt.date) -> None:
    """Click *day* in the side panel's small calendar (on the page it shows)."""
    view = tab.side.calendar.findChild(QTableView)
    model = view.model()
    for row in range(1, model.rowCount()):
        for column in range(model.columnCount()):
            number = model.index(row, column).data()
            of_another_month = (row == 1 and number > 7) or (row >= 5 and number < 15)
            if number == day.day and not of_another_month:
                rect = view.visualRect(model.index(row, column))
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                return
    raise AssertionError(f"{day} not on the small calendar's page")


# -- 2. the day's list wraps ---------------------------------------------------------------------


def test_a_days_long_entries_wrap_in_the_side_list_and_none_is_cut(window, qtbot):
    tab = window.calendar_tab
    busiest = max((dt.date(2022, 6, d) for d in range(1, 31)), key=lambda d: len(tab.month_view.items_on(d)))
    click_day(qtbot, tab, busiest)
    listed = tab.side.day_list
    assert listed.count() == len(tab.month_view.items_on(busiest)) > 5
    viewport = listed.viewport()
    assert listed.horizontalScrollBar().maximum() == 0  # nothing runs off to the right
    fm = listed.fontMetrics()
    room = viewport.width() - listed.iconSize().width() - 12  # the icon and the item's margins
    grown = 0
    for row in range(listed.count()):
        entry = listed.item(row)
        rect = listed.visualItemRect(entry)
        assert rect.left() >= 0 and rect.right() <= viewport.width()
        needed = fm.boundingRect(QRect(0, 0, room, 10000), Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere,
                                 entry.text())
        assert rect.height() >= needed.height(), (entry.text(), rect.height(), needed.height())
        grown += rect.height() > 2 * fm.height()
    assert grown, "a long title takes more than one line"


# -- 3. the view switcher stays put ----------------------------------------------------------------


def test_the_view_buttons_stay_in_place_whatever_the_view_and_the_filters(window, qtbot):
    tab = window.calendar_tab
    toolbar = tab.toolbar
    buttons = [toolbar.view_buttons.button(index) for index in (MONTH, WEEK, AGENDA, TIMELINE, ALL)]

    def places():
        qtbot.wait(10)  # the layout settles
        return [QRect(button.mapTo(tab, QPoint(0, 0)), button.size()) for button in buttons]

    before = places()
    for index in (WEEK, AGENDA, TIMELINE, ALL, MONTH, AGENDA, WEEK):
        qtbot.mouseClick(buttons[index], Qt.MouseButton.LeftButton)
        assert tab.view_index == index
        assert toolbar.agenda_days_combo.isVisible() == (index == AGENDA)
        assert places() == before, index
        qtbot.mouseClick(toolbar.next_button, Qt.MouseButton.LeftButton)  # another title
        assert places() == before, index
    # A chosen section and hidden kinds change the widths on the right, not the switcher's place.
    longest = max(range(toolbar.section_combo.count()), key=lambda i: len(toolbar.section_combo.itemText(i)))
    toolbar.section_combo.setCurrentIndex(longest)
    tab.set_kind_visible("inspection", False)
    assert toolbar.kind_button.text() != "类别"
    assert places() == before


# -- 4. the week of the day picked -------------------------------------------------------------------


def test_the_week_view_shows_the_week_of_the_day_picked(window, qtbot):
    tab = window.calendar_tab
    toolbar = tab.toolbar
    assert tab.title() == "2022年6月"
    click_day(qtbot, tab, dt.date(2022, 6, 15))
    assert tab.side.calendar.selectedDate().toPython() == dt.date(2022, 6, 15)
    qtbot.mouseClick(toolbar.view_buttons.button(WEEK), Qt.MouseButton.LeftButton)
    assert tab.title() == "2022年6月13日–19日"
    assert (tab.week_view.first_day, tab.week_view.last_day) == (dt.date(2022, 6, 13), dt.date(2022, 6, 19))
    assert tab.week_view.selected_day == dt.date(2022, 6, 15)
    assert tab.side.day_label.text().startswith("2022年6月15日")
    # Picking a day in the small calendar, in the week view, turns to that day's week.
    click_small_calendar(qtbot, tab, dt.date(2022, 6, 28))
    assert tab.title() == "2022年6月27日–7月3日"
    assert tab.week_view.selected_day == dt.date(2022, 6, 28)
    assert tab.side.day_label.text().startswith("2022年6月28日")
    # A day clicked in the week is the day the month shows, and the next week.
    rect = tab.week_view.day_rect(dt.date(2022, 7, 2))
    qtbot.mouseClick(tab.week_view, Qt.MouseButton.LeftButton, pos=QPoint(rect.right() - 4, rect.bottom() - 4))
    qtbot.mouseClick(toolbar.view_buttons.button(MONTH), Qt.MouseButton.LeftButton)
    assert tab.title() == "2022年7月"
    assert tab.month_view.selected_day == dt.date(2022, 7, 2)
    # In the month view, the small calendar picks the day and turns the month; ▶ then goes on from there.
    click_small_calendar(qtbot, tab, dt.date(2022, 7, 20))
    assert tab.title() == "2022年7月" and tab.month_view.selected_day == dt.date(2022, 7, 20)
    qtbot.mouseClick(toolbar.next_button, Qt.MouseButton.LeftButton)
    assert tab.title() == "2022年8月"
    assert tab.side.calendar.selectedDate().toPython() == dt.date(2022, 8, 1)
    qtbot.mouseClick(toolbar.view_buttons.button(WEEK), Qt.MouseButton.LeftButton)
    assert tab.title() == "2022年8月1日–7日"
