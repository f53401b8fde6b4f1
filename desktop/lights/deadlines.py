"""Where a one-off deadline falls: on the plan's rule for rest days, on the database's working-day calendar.

A task's, measure's or milestone's date on a rest day moves to the last working day before
it (or, by the plan's rule, the first one after); the calendar draws it there and every light
is judged on that day, so the task list, the editor, the person page and the calendar agree.
"""

from __future__ import annotations

import datetime as dt

from desktop.recurrence import Shift, shifted
from desktop.workdays import DEFAULT_CALENDAR, WorkdayCalendar


class DeadlineRule:
    """*day* → the day its deadline really falls on (remembered: thousands of deadlines share few days)."""

    def __init__(self, calendar: WorkdayCalendar = DEFAULT_CALENDAR, how: Shift = Shift.BEFORE):
        self.calendar, self.how = calendar, how
        self._memo: dict[dt.date, dt.date] = {}

    def __call__(self, day: dt.date) -> dt.date:
        moved = self._memo.get(day)
        if moved is None:
            moved = self._memo[day] = shifted(day, self.calendar, self.how)
        return moved


def read_deadline_rule(session, plan_id: int) -> DeadlineRule:
    """The rule of plan *plan_id* on the calendar with the office's corrections, read in *session*."""
    from sqlalchemy import select

    from desktop.workdays import read_overrides
    from desktop.models import Plan

    stored = session.execute(select(Plan.__table__.c.deadline_shift).where(Plan.__table__.c.id == plan_id)).scalar()
    how = Shift(stored.value) if stored is not None else Shift.BEFORE
    return DeadlineRule(WorkdayCalendar(read_overrides(session)), how)


__all__ = ["DeadlineRule", "read_deadline_rule"]
