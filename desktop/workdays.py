"""China's official working-day calendar: weekends, public holidays and make-up working days (调休).

The State Council's yearly holiday table comes from the ``chinesecalendar`` package.
For a year it does not know yet (the table is published each November), weekends
count as rest days and every other day as a working day, until the office adds the
year's days (``overrides``: a date and whether it is a working day). The office's
corrections are kept in the table ``workday_override`` (:func:`read_overrides`,
:func:`set_override`); every deadline follows them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.db.database import Database


class WorkdayCalendar:
    def __init__(self, overrides: Mapping[dt.date, bool] | None = None):
        self.overrides = dict(overrides or {})
        #: Days already looked up: the official table's lookup is slow, and lists of thousands
        #: of deadlines ask about the same few hundred days.
        self._known: dict[dt.date, bool] = {}
        #: Working days counted between two days (without a limit): a 通报 counts the lateness
        #: of thousands of items that share a few hundred deadlines.
        self._counted: dict[tuple[dt.date, dt.date], int] = {}

    def knows_year(self, year: int) -> bool:
        """Whether the official table for *year* is available (then nothing is guessed)."""
        import chinese_calendar

        try:
            chinese_calendar.is_workday(dt.date(year, 6, 1))
        except NotImplementedError:
            return False
        return True

    def is_workday(self, day: dt.date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        known = self._known.get(day)
        if known is None:
            import chinese_calendar

            try:
                known = chinese_calendar.is_workday(day)
            except NotImplementedError:
                known = day.weekday() < 5
            self._known[day] = known
        return known

    def working_days_until(self, today: dt.date, day: dt.date, limit: int | None = None) -> int:
        """Working days after *today* up to and including *day* (0 when *day* is today or past).

        With *limit*, counting stops once it is passed (the answer is then ``limit + 1``): a
        light only asks whether a deadline is within a few working days.
        """
        if limit is None:
            counted = self._counted.get((today, day))
            if counted is not None:
                return counted
        count, current = 0, today
        while current < day and (limit is None or count <= limit):
            current += dt.timedelta(days=1)
            if self.is_workday(current):
                count += 1
        if limit is None:
            self._counted[(today, day)] = count
        return count

    def last_workday_on_or_before(self, day: dt.date) -> dt.date:
        while not self.is_workday(day):
            day -= dt.timedelta(days=1)
        return day

    def first_workday_on_or_after(self, day: dt.date) -> dt.date:
        while not self.is_workday(day):
            day += dt.timedelta(days=1)
        return day


DEFAULT_CALENDAR = WorkdayCalendar()


@dataclass(frozen=True)
class Override:
    day: dt.date
    is_workday: bool
    note: str


def read_overrides(session) -> dict[dt.date, bool]:
    """The office's corrections as *day* → is a working day, read in *session* (empty before revision 0004)."""
    from sqlalchemy import inspect, select

    from desktop.models import WorkdayOverride

    if not inspect(session.connection()).has_table(WorkdayOverride.__tablename__):
        return {}
    table = WorkdayOverride.__table__
    return {row.day: bool(row.is_workday) for row in session.execute(select(table.c.day, table.c.is_workday))}


def load_calendar(database: Database) -> WorkdayCalendar:
    """The official calendar with the office's corrections of *database*."""
    with database.read() as session:
        return WorkdayCalendar(read_overrides(session))


def list_overrides(database: Database) -> list[Override]:
    from sqlalchemy import select

    from desktop.models import WorkdayOverride

    with database.read() as session:
        rows = session.scalars(select(WorkdayOverride).order_by(WorkdayOverride.day)).all()
        return [Override(r.day, r.is_workday, r.note) for r in rows]


def set_override(database: Database, day: dt.date, is_workday: bool, note: str = "") -> None:
    """Record that *day* is (or is not) a working day, replacing an earlier correction of it."""
    from desktop.models import WorkdayOverride

    label = "工作日" if is_workday else "休息日"
    with database.write(f"设定 {day.isoformat()} 为{label}") as session:
        row = session.get(WorkdayOverride, day)
        if row is None:
            session.add(WorkdayOverride(day=day, is_workday=is_workday, note=note))
        else:
            row.is_workday = is_workday
            row.note = note


def remove_override(database: Database, day: dt.date) -> None:
    """Go back to the official table for *day*."""
    from sqlalchemy import delete

    from desktop.models import WorkdayOverride

    with database.write(f"取消 {day.isoformat()} 的工作日设定") as session:
        session.execute(delete(WorkdayOverride).where(WorkdayOverride.day == day))
