"""Recurring duties as RFC 5545 recurrence rules (dateutil's rrule), moved off rest days.

A rule gives the *nominal* dates (the 25th of each month, the last day of every second
month …); :func:`shifted` moves a nominal date that falls on a weekend, a public holiday
or any other rest day to the last working day before it (:attr:`Shift.BEFORE`, the
document's 每月 25 日前) or the first one after it (:attr:`Shift.AFTER`), following the
official calendar with its make-up working days (调休) and the office's corrections.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from dateutil import rrule as _rrule

from desktop.workdays import WorkdayCalendar

_FREQ_NAMES = {_rrule.MONTHLY: "MONTHLY", _rrule.YEARLY: "YEARLY"}


class Shift(enum.Enum):
    """Where a deadline on a rest day goes."""

    BEFORE = "before"
    AFTER = "after"
    NONE = "none"


def shifted(day: dt.date, calendar: WorkdayCalendar, how: Shift = Shift.BEFORE) -> dt.date:
    if how is Shift.BEFORE:
        return calendar.last_workday_on_or_before(day)
    if how is Shift.AFTER:
        return calendar.first_workday_on_or_after(day)
    return day


@dataclass(frozen=True)
class Recurrence:
    """``FREQ=<freq>;INTERVAL=<interval>;BYMONTHDAY=<monthday>;UNTIL=<until>`` from *dtstart*.

    *monthday* -1 is the last day of the month (RFC 5545 allows negative days).
    """

    dtstart: dt.date
    until: dt.date
    freq: int = _rrule.MONTHLY
    interval: int = 1
    monthday: int | None = None

    def rule(self) -> _rrule.rrule:
        return _rrule.rrule(
            self.freq,
            dtstart=dt.datetime.combine(self.dtstart, dt.time()),
            interval=self.interval,
            bymonthday=self.monthday if self.monthday is not None else self.dtstart.day,
            bymonth=self.dtstart.month if self.freq == _rrule.YEARLY else None,
            until=dt.datetime.combine(self.until, dt.time()),
        )

    def text(self) -> str:
        """The RRULE value (RFC 5545), e.g. ``FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=25;UNTIL=20221231``."""
        parts = [f"FREQ={_FREQ_NAMES[self.freq]}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.freq == _rrule.YEARLY:
            parts.append(f"BYMONTH={self.dtstart.month}")
        parts.append(f"BYMONTHDAY={self.monthday if self.monthday is not None else self.dtstart.day}")
        parts.append(f"UNTIL={self.until:%Y%m%d}")
        return ";".join(parts)

    def dates(self, start: dt.date | None = None, end: dt.date | None = None) -> list[dt.date]:
        """The nominal dates, all or those within [start, end]."""
        rule = self.rule()
        if start is None and end is None:
            return [d.date() for d in rule]
        low = dt.datetime.combine(start or self.dtstart, dt.time())
        high = dt.datetime.combine(end or self.until, dt.time())
        return [d.date() for d in rule.between(low, high, inc=True)]


def monthly_on(day: int, first: dt.date, until: dt.date, interval: int = 1) -> Recurrence:
    """On *day* of every *interval*-th month from *first*'s month (``day`` -1: the month's last day)."""
    import calendar as _cal

    if day == -1:
        start = dt.date(first.year, first.month, _cal.monthrange(first.year, first.month)[1])
    else:
        start = dt.date(first.year, first.month, min(day, _cal.monthrange(first.year, first.month)[1]))
    return Recurrence(start, until, _rrule.MONTHLY, interval, day)


def monthly_deadlines(
    day: int,
    start: dt.date,
    end: dt.date,
    calendar: WorkdayCalendar,
    how: Shift = Shift.BEFORE,
    interval: int = 1,
) -> list[tuple[dt.date, dt.date]]:
    """(nominal, actual) deadlines on *day* of each month from *start* to *end*, e.g. 每月 25 日前."""
    rule = monthly_on(day, start, end, interval)
    return [(d, shifted(d, calendar, how)) for d in rule.dates()]
