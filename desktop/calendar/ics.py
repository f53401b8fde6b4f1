"""The calendar as an iCalendar file (RFC 5545) for Outlook and the Windows Calendar app.

* All-day events: ``DTSTART;VALUE=DATE`` and an *exclusive* ``DTEND;VALUE=DATE`` (the day
  after the last day), UTF-8 text, ``PRODID:-//Duban//督办台//ZH``, no VTIMEZONE (dates only).
* Stable UIDs (kind, source record and the database's own id), so importing a newer export
  updates the events instead of duplicating them.
* A recurring duty is one VEVENT with an ``RRULE`` giving the *nominal* dates (the 25th of
  each month). An occurrence that the working-day calendar moves (the 25th is a Sunday, so
  the deadline is Friday the 23rd) is written as an override: a VEVENT with the same UID,
  ``RECURRENCE-ID;VALUE=DATE`` the nominal date and ``DTSTART`` the real one. That is how
  Outlook itself writes a moved occurrence, and Outlook and Windows Calendar both apply
  such overrides; ``RDATE`` (the alternative, with ``EXDATE`` for the nominal dates) is
  ignored by Outlook's importer, which would show deadlines on rest days.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.calendar.items import CalendarItem, Collected, ItemKind, collect, occurrence_uid
from desktop.errors import TargetExistsError, UserError
from desktop.files import exists, is_folder, write_whole
from desktop.i18n import tr
from desktop.lights import Light  # noqa: F401  (labels, when a caller wants the light in the text)

PRODID = "-//Duban//督办台//ZH"


def _description(item_kind: ItemKind, as_written: str, sections: tuple[str, ...], light: int | None) -> str:
    lines = [tr("Calendar", "类别：{0}").format(tr("Labels", item_kind.label)), tr("Calendar", "原文：{0}").format(as_written)]
    if sections:
        lines.append(tr("Calendar", "责任科室：{0}").format("、".join(s for s in sections if s)))
    if light is not None:
        lines.append(tr("Calendar", "灯：{0}").format(tr("Labels", Light(light).label)))
    return "\n".join(lines)


def _event(uid: str, title: str, start: dt.date, end: dt.date, kind: ItemKind, description: str, stamp):
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", title)
    event.add("dtstart", start)
    event.add("dtend", end + dt.timedelta(days=1))
    event.add("description", description)
    event.add("categories", [tr("Labels", kind.label)])
    event.add("transp", "TRANSPARENT")
    event.add("x-microsoft-cdo-alldayevent", "TRUE")
    return event


def build_calendar(collected: Collected, *, stamp: dt.datetime | None = None):
    """The icalendar.Calendar of everything *collected* holds."""
    from icalendar import Calendar, vRecur

    stamp = stamp or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", collected.plan_title)
    item: CalendarItem
    for item in sorted(collected.singles, key=lambda i: (i.start, i.uid)):
        calendar.add_component(
            _event(
                item.uid, item.title, item.start, item.end, item.kind,
                _description(item.kind, item.as_written, item.sections, None), stamp,
            )
        )
    for series in collected.series:
        occurrences = list(series.occurrences(collected.calendar))
        if not occurrences:
            continue
        first = series.recurrence.dtstart
        description = _description(series.kind, series.as_written, series.sections, None)
        master = _event(series.uid, series.title, first, first, series.kind, description, stamp)
        master.add("rrule", vRecur.from_ical(series.recurrence.text()))
        calendar.add_component(master)
        for nominal, actual in occurrences:
            if actual == nominal:
                continue
            moved = _event(series.uid, series.title, actual, actual, series.kind,
                           description + f"\n按工作日调整：{nominal.isoformat()} → {actual.isoformat()}", stamp)
            moved.add("recurrence-id", nominal)
            calendar.add_component(moved)
    return calendar


def export_ics(database, plan_id: int, out_path, *, overwrite: bool = True, today: dt.date | None = None) -> Path:
    """Write the plan's calendar to *out_path* (.ics) and return the path written."""
    out_path = Path(out_path)
    if out_path.suffix.lower() != ".ics":
        raise UserError(tr("Calendar", "日历文件名应以 .ics 结尾：{0}").format(out_path))
    if not overwrite and exists(out_path):
        raise TargetExistsError(
            tr("Calendar", "文件 {0} 已存在。督办台不会覆盖已有文件；请换一个文件名，或先移走旧文件。").format(out_path)
        )
    if not is_folder(out_path.parent):
        raise UserError(tr("Calendar", "文件夹不存在：{0}。请先创建它或换一个位置。").format(out_path.parent))
    collected = collect(database, plan_id, today=today)
    data = build_calendar(collected).to_ical()
    write_whole(out_path, data)
    return out_path


__all__ = ["PRODID", "build_calendar", "export_ics", "occurrence_uid"]
