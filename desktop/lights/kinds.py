"""The light of each kind of dated thing, from the one rule (:func:`desktop.lights.rules.judge`).

* a deadline (task, measure, milestone, quota due date, publicity duty): :meth:`DueLights.due`;
* a reminder nobody ticks off (the monthly collection): :meth:`DueLights.reminder`, no light once past;
* an inspection window: :meth:`DueLights.inspection` — green once prepared, red while it runs
  unprepared, no light once it is over (督查时间已过: there is nothing left to do);
* a preparation window (备检): :meth:`DueLights.preparation` — a deadline at its end, no light once
  the inspection it prepares for is over; 实时备检 runs to the year's end;
* a person's inspection row: :meth:`DueLights.inspection_row`, the light of the preparation
  the calendar shows for the inspection that is still to come;
* a section's quota in its period: :meth:`DueLights.quota`.

Verdicts are remembered per (kind, dates, state): a calendar month asks the same few thousands of times.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.i18n import tr
from desktop.lights.rules import DEFAULT_YELLOW_DAYS, Light, Verdict, judge
from desktop.models.enums import Status
from desktop.workdays import DEFAULT_CALENDAR, WorkdayCalendar


class DueLights:
    """Lights as of *today* on *calendar*, with *yellow_days* working days of warning."""

    def __init__(
        self,
        today: dt.date,
        calendar: WorkdayCalendar = DEFAULT_CALENDAR,
        yellow_days: int = DEFAULT_YELLOW_DAYS,
    ):
        self.today, self.calendar, self.yellow_days = today, calendar, yellow_days
        self._memo: dict[tuple, Verdict] = {}

    def _remember(self, key: tuple, make) -> Verdict:
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = make()
        return found

    def due(self, day: dt.date | None, *, done: bool = False, status: Status | None = None) -> Verdict:
        """A deadline on *day* (None: no date) of something *done* or in *status*."""
        if done and status is not Status.ON_HOLD:
            status = Status.DONE
        status = status or Status.IN_PROGRESS
        return self._remember(
            ("due", day, status),
            lambda: judge(status, [day] if day else [], self.today, yellow_days=self.yellow_days, calendar=self.calendar),
        )

    def reminder(self, day: dt.date) -> Verdict:
        """A date nobody ticks off (每月 25 日前归集): no light once past."""
        if day < self.today:
            return self._remember(("reminder", day), lambda: Verdict(
                Light.GREY, tr("Lights", "归集日 {0} 已过（不需勾选完成）").format(day.isoformat()), open=False
            ))
        return self.due(day)

    def inspection(self, start: dt.date, end: dt.date, *, prepared: bool) -> Verdict:
        """An inspection over [start, end]."""
        if prepared:
            return self._prepared()
        if end < self.today:
            return self._over(start, end)
        if start <= self.today:
            return self._remember(("running", start, end), lambda: Verdict(
                Light.RED, tr("Lights", "督查已开始（{0} 至 {1}），尚未备检").format(start.isoformat(), end.isoformat())
            ))
        return self.due(start)

    def preparation(
        self, end: dt.date, inspection_end: dt.date | None, *, prepared: bool, continuous: bool = False
    ) -> Verdict:
        """Preparation due by *end* for an inspection ending on *inspection_end* (None: unknown)."""
        if prepared:
            return self._prepared()
        if inspection_end is not None and inspection_end < self.today:
            return self._over(None, inspection_end)
        verdict = self.due(end)
        if continuous and verdict.light is not Light.RED:
            return self._remember(("continuous", end, verdict), lambda: Verdict(
                verdict.light, tr("Lights", "实时备检（至 {0}）：{1}").format(end.isoformat(), verdict.reason)
            ))
        return verdict

    def inspection_row(
        self,
        *,
        prepared: bool,
        continuous: bool,
        preparations: Sequence[tuple[dt.date, dt.date | None]],
        windows: Sequence[tuple[dt.date, dt.date]],
    ) -> tuple[Verdict, dt.date | None]:
        """One line for an inspection (a person's page): the light of its preparation still ahead.

        *preparations* are (end, end of the inspection it prepares for), *windows* the
        inspection's (start, end), as the calendar draws them. Returns the verdict and its date.
        """
        if prepared:
            return self._prepared(), None
        for end, over in sorted(preparations, key=lambda p: p[0]):
            if over is None or over >= self.today:
                return self.preparation(end, over, prepared=False, continuous=continuous), end
        for start, end in sorted(windows):
            if end >= self.today:
                return self.inspection(start, end, prepared=False), start
        last = max((end for _, end in windows), default=None)
        return self._over(None, last), None

    def quota(self, first: dt.date, due: dt.date, count: int, amount: int) -> Verdict:
        """A section's quota for the period [first, due]: *count* items in, *amount* wanted."""
        verdict = self.due(due, done=count >= amount)
        reason = tr("Lights", "本期（{0} 至 {1}）已报送 {2} 条，要求 {3} 条；{4}").format(
            first.isoformat(), due.isoformat(), count, amount, verdict.reason
        )
        return Verdict(verdict.light, reason, verdict.open)

    def _prepared(self) -> Verdict:
        return self._remember(("prepared",), lambda: Verdict(Light.GREEN, tr("Lights", "已备检"), open=False))

    def _over(self, start: dt.date | None, end: dt.date | None) -> Verdict:
        def make() -> Verdict:
            if end is None:
                return Verdict(Light.GREY, tr("Lights", "督查时间已过"), open=False)
            return Verdict(Light.GREY, tr("Lights", "督查时间已过（{0} 结束）").format(end.isoformat()), open=False)

        return self._remember(("over", end), make)


__all__ = ["DueLights"]
