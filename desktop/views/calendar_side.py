"""The 日历 tab's side panel: a small calendar to pick a day, the entries of the chosen day, and the chosen entry in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget, QLabel, QListView, QListWidget, QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from desktop.i18n import tr
from desktop.lights import Light
from desktop.views.calendar_month import date_span_text, kind_label
from desktop.views.task_list_model import light_icon
from desktop.views.widgets import from_qdate, to_qdate


class CalendarSidePanel(QWidget):
    """A small calendar, a day's entries (``item_chosen`` when one is picked) and the details of the entry shown.

    ``day_picked(date)`` when a day is picked in the small calendar; ``item_activated(item)``
    on a double click on a listed entry or on 打开任务.
    """

    day_picked = Signal(object)
    item_chosen = Signal(object)
    item_activated = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.shown_item: Any | None = None
        self.calendar = _small_calendar()
        self.day_label = QLabel()
        self.day_label.setStyleSheet("font-weight: bold;")
        self.day_list = QListWidget()
        # The panel is narrow (at 1366 wide, about 180 pixels): long titles wrap instead of being cut off.
        self.day_list.setWordWrap(True)
        self.day_list.setUniformItemSizes(False)
        self.day_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.day_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_button = QPushButton(tr("CalendarTab", "打开任务"))
        self.open_button.setEnabled(False)
        side_layout = QVBoxLayout(self)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.calendar)
        side_layout.addWidget(self.day_label)
        side_layout.addWidget(self.day_list, 2)
        side_layout.addWidget(self.details, 1)
        side_layout.addWidget(self.open_button)
        self.calendar.selectionChanged.connect(lambda: self.day_picked.emit(from_qdate(self.calendar.selectedDate())))
        self.day_list.currentItemChanged.connect(self._day_list_changed)
        self.day_list.itemDoubleClicked.connect(lambda entry: self.item_activated.emit(entry.data(Qt.ItemDataRole.UserRole)))
        self.open_button.clicked.connect(lambda: self.shown_item is not None and self.item_activated.emit(self.shown_item))

    def list_day(self, day: dt.date, items: Sequence[Any]) -> None:
        """List *items*, the entries of *day* (without signalling a choice)."""
        self.day_label.setText(tr("CalendarTab", "{0}年{1}月{2}日 共 {3} 项").format(day.year, day.month, day.day, len(items)))
        self.show_date(day)
        self.day_list.blockSignals(True)
        self.day_list.clear()
        for item in items:
            entry = QListWidgetItem(light_icon(item.light), f"【{kind_label(item)}】{item.title}")
            entry.setData(Qt.ItemDataRole.UserRole, item)
            entry.setToolTip(item.as_written or date_span_text(item))
            self.day_list.addItem(entry)
        self.day_list.blockSignals(False)

    def show_date(self, day: dt.date) -> None:
        """Pick *day* in the small calendar, turning to its month (without signalling a pick)."""
        self.calendar.blockSignals(True)
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.blockSignals(False)

    def _day_list_changed(self, current, _previous) -> None:
        if current is not None:
            self.item_chosen.emit(current.data(Qt.ItemDataRole.UserRole))

    def show_item(self, item) -> None:
        """The entry's title, dates as written, sections and light."""
        self.shown_item = item
        lines = [
            f"<b>{_escape(item.title)}</b>",
            tr("CalendarTab", "类别：{0}").format(kind_label(item)),
            tr("CalendarTab", "日期：{0}").format(date_span_text(item)),
        ]
        if item.as_written:
            lines.append(tr("CalendarTab", "原文：{0}").format(_escape(item.as_written)))
        if item.sections:
            lines.append(tr("CalendarTab", "科室：{0}").format(_escape("、".join(item.sections))))
        light = Light(item.light).label
        lines.append(tr("CalendarTab", "灯：{0}").format(f"{light}：{_escape(item.reason)}" if item.reason else light))
        self.details.setText("<br>".join(lines))
        self.open_button.setEnabled(item.task_id is not None)


def _small_calendar() -> QCalendarWidget:
    """A month of small day numbers, Monday first like the grid; the grid, not it, marks the rest days."""
    calendar = QCalendarWidget()
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
    plain = QTextCharFormat()
    for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(weekend, plain)  # not red: a 调休 Saturday is a working day
    calendar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return calendar


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["CalendarSidePanel"]
