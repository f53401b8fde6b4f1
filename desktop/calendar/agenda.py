"""The agenda as text: one line per item (``duban agenda``)."""

from __future__ import annotations

import datetime as dt

from desktop.calendar.items import CalendarItem, calendar_items
from desktop.i18n import tr
from desktop.lights import Light

_WEEKDAYS = "一二三四五六日"


def _when(item: CalendarItem) -> str:
    if item.end == item.start:
        return f"{item.start.isoformat()} 周{_WEEKDAYS[item.start.weekday()]}"
    return f"{item.start.isoformat()}至{item.end.isoformat()}"


def agenda_line(item: CalendarItem) -> str:
    sections = "、".join(s for s in item.sections if s) or "—"
    return f"{_when(item)}  {tr('Labels', item.kind.label)}  {item.title}（{item.as_written}）  {sections}  {tr('Labels', Light(item.light).label)}"


def agenda_lines(database, plan_id: int, start: dt.date, days: int, *, today: dt.date | None = None) -> list[str]:
    end = start + dt.timedelta(days=max(days, 1) - 1)
    items = calendar_items(database, plan_id, start, end, today=today)
    return [agenda_line(item) for item in items]
