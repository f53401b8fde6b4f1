"""China's official working-day calendar: weekends, public holidays and make-up working days (调休).

The State Council's yearly holiday table comes from the ``chinesecalendar`` package.
For a year it does not know yet (the table is published each November), weekends
count as rest days and every other day as a working day, until the office adds the
year's days (``overrides``: a date and whether it is a working day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping


class WorkdayCalendar:
    def __init__(self, overrides: Mapping[dt.date, bool] | None = None):
        self.overrides = dict(overrides or {})
        #: Days already looked up: the official table's lookup is slow, and lists of thousands
        #: of deadlines ask about the same few hundred days.
        self._known: dict[dt.date, bool] = {}

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
        count, current = 0, today
        while current < day and (limit is None or count <= limit):
            current += dt.timedelta(days=1)
            if self.is_workday(current):
                count += 1
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
