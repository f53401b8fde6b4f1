"""The calendar's entries: what an item is (:class:`CalendarItem`, :class:`ItemKind`), the
recurring :class:`Series`, one read of a plan (:class:`Collected`) and the pure rules the
collectors share (preparation windows, a task's deadline from its 要求 line, occurrence UIDs).

No database here: :mod:`desktop.calendar.sources` reads, :mod:`desktop.calendar.items` assembles.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta

from desktop.lights import DueLights
from desktop.periods import PeriodError, month_end, parse_period
from desktop.recurrence import Recurrence, Shift, shifted
from desktop.workdays import WorkdayCalendar


class ItemKind(enum.Enum):
    """What an item is; the values are stable strings (they go into UIDs and files)."""

    INSPECTION = "inspection"
    PREPARATION = "preparation"
    TASK_DEADLINE = "task_deadline"
    MEASURE_DEADLINE = "measure_deadline"
    MILESTONE = "milestone"
    COLLECTION = "collection"
    QUOTA_DUE = "quota_due"
    EVENT = "event"
    #: An open 督办单's reply deadline.
    NOTICE_REPLY = "notice_reply"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    ItemKind.INSPECTION: "督查",
    ItemKind.PREPARATION: "备检",
    ItemKind.TASK_DEADLINE: "任务期限",
    ItemKind.MEASURE_DEADLINE: "措施期限",
    ItemKind.MILESTONE: "时间节点",
    ItemKind.COLLECTION: "归集",
    ItemKind.QUOTA_DUE: "宣传指标",
    ItemKind.EVENT: "宣传活动",
    ItemKind.NOTICE_REPLY: "督办回复",
}
_KIND_ORDER = {kind: index for index, kind in enumerate(ItemKind)}

#: Where a deadline of each kind goes when it falls on a rest day (the office's rule: before).
DEFAULT_SHIFTS: Mapping[ItemKind, Shift] = {
    ItemKind.TASK_DEADLINE: Shift.BEFORE,
    ItemKind.MEASURE_DEADLINE: Shift.BEFORE,
    ItemKind.MILESTONE: Shift.BEFORE,
    ItemKind.COLLECTION: Shift.BEFORE,
    ItemKind.QUOTA_DUE: Shift.BEFORE,
}


@dataclass(frozen=True)
class CalendarItem:
    uid: str
    kind: ItemKind
    title: str
    start: dt.date
    end: dt.date
    as_written: str
    sections: tuple[str, ...]
    light: int
    source: str
    source_id: int | None
    task_id: int | None
    series: str | None = None
    rrule: str | None = None
    #: Why the light is what it is (:mod:`desktop.lights`).
    reason: str = ""
    #: Something is still to be done by its date (False: done, on hold, or past caring).
    open: bool = True

    @property
    def all_day_dtend(self) -> dt.date:
        """The exclusive end iCalendar wants for an all-day item."""
        return self.end + dt.timedelta(days=1)


@dataclass
class Series:
    """A recurring duty: one rule, many occurrences (an RRULE in the .ics)."""

    uid: str
    kind: ItemKind
    title: str
    as_written: str
    sections: tuple[str, ...]
    source: str
    source_id: int | None
    recurrence: Recurrence
    shift: Shift
    #: nominal date → whether that occurrence is done (None: cannot tell).
    done: dict[dt.date, bool | None] = field(default_factory=dict)
    #: months a due date counts back over (1 条/2 月: 2), for the done check.
    period_months: int = 1

    def occurrences(self, calendar: WorkdayCalendar, start: dt.date | None = None, end: dt.date | None = None):
        """(nominal, actual) dates; with a range, those whose actual date falls in it."""
        low = start - dt.timedelta(days=16) if start else None
        high = end + dt.timedelta(days=16) if end else None
        for nominal in self.recurrence.dates(low, high):
            actual = shifted(nominal, calendar, self.shift)
            if (start is None or actual >= start) and (end is None or actual <= end):
                yield nominal, actual


def _months_between(earlier: dt.date, later: dt.date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def preparation_windows(
    time_text: str,
    preparation_text: str,
    year: int,
    windows: list[tuple[dt.date, dt.date | None]],
) -> list[tuple[int, dt.date, dt.date]] | None:
    """Back-schedule the preparation from the inspection's *windows* as stored now.

    Returns (index of the inspection window, start, end) per preparation window, or None
    when the words cannot be read (the caller then falls back to stored windows).
    The document's preparation months are taken relative to the start of the period as
    written (the n-th preparation window to the n-th inspection window when they pair up,
    else all to the first), and applied to the stored windows' starts.
    """
    try:
        written = parse_period(time_text, year).windows
        preparation = parse_period(preparation_text, year)
    except PeriodError:
        return None
    if preparation.continuous or not written or not preparation.windows or not windows:
        return None
    result = []
    for index, window in enumerate(preparation.windows):
        pair = index if len(preparation.windows) == len(written) else 0
        if pair >= len(windows):
            continue
        offset = _months_between(written[pair].start, window.start)
        length = _months_between(window.start, window.end or window.start) + 1
        start = windows[pair][0] + relativedelta(months=offset)
        end = start + relativedelta(months=length) - dt.timedelta(days=1)
        result.append((pair, start, end))
    return result


def preparation_plan(
    time_text: str,
    preparation_text: str,
    continuous: bool,
    year: int,
    windows: list[tuple[dt.date, dt.date | None]],
    stored: list[tuple[dt.date, dt.date | None]],
) -> list[tuple[dt.date, dt.date, dt.date | None]]:
    """An inspection's preparation windows as the calendar draws them: (start, end, end of the inspection window it prepares for).

    *windows* are the inspection's windows as stored now, *stored* its stored preparation
    windows (used when the words cannot be read). 实时备检 spans the plan year, for the whole inspection.
    """
    year_start, year_end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    ends = [end or year_end for _, end in windows]
    if continuous:
        return [(year_start, year_end, max(ends) if ends else None)]
    derived = preparation_windows(time_text, preparation_text, year, windows)
    if derived is None:
        derived = [(n, start, end or year_end) for n, (start, end) in enumerate(stored)]
    return [(start, end, ends[pair] if pair < len(ends) else None) for pair, start, end in derived]


_TASK_DEADLINE = re.compile(r"(\d{1,2})\s*月(?:底)?前[^，。；、,;]*")


def task_deadline(requirement: str, year: int) -> tuple[str, dt.date] | None:
    """The deadline a task's 要求 line sets (均应于 6 月前出台 → ("6 月前出台", 30 June))."""
    match = _TASK_DEADLINE.search(requirement or "")
    if not match:
        return None
    month = int(match.group(1))
    if not 1 <= month <= 12:
        return None
    return match.group(0).strip(), month_end(year, month)


@dataclass
class Collected:
    """One read of a plan: the one-off items and the recurring series."""

    plan_year: int
    plan_title: str
    database_id: str
    singles: list[CalendarItem]
    series: list[Series]
    calendar: WorkdayCalendar
    lights: DueLights

    def expand(self, start: dt.date | None = None, end: dt.date | None = None) -> list[CalendarItem]:
        items = [
            i for i in self.singles if (start is None or i.end >= start) and (end is None or i.start <= end)
        ]
        for series in self.series:
            rrule = series.recurrence.text()
            for nominal, actual in series.occurrences(self.calendar, start, end):
                done = series.done.get(nominal)
                verdict = self.lights.reminder(actual) if done is None else self.lights.due(actual, done=done)
                items.append(
                    CalendarItem(
                        uid=occurrence_uid(series.uid, nominal),
                        kind=series.kind,
                        title=series.title,
                        start=actual,
                        end=actual,
                        as_written=series.as_written,
                        sections=series.sections,
                        light=int(verdict.light),
                        source=series.source,
                        source_id=series.source_id,
                        task_id=None,
                        series=series.uid,
                        rrule=rrule,
                        reason=verdict.reason,
                        open=verdict.open,
                    )
                )
        items.sort(key=lambda i: (i.start, _KIND_ORDER[i.kind], i.title))
        return items


def occurrence_uid(series_uid: str, nominal: dt.date) -> str:
    """An occurrence's UID: the series' with the nominal (unshifted) date, so it survives calendar corrections."""
    head, _, tail = series_uid.partition("@")
    return f"{head}-{nominal:%Y%m%d}@{tail}"
