"""序时进度: the light of a numeric indicator judged against its planned value for the month.

An indicator with a target may carry a trajectory: a planned value by the end of each month
of the plan's year. Unless the office typed a month's value, it is linear, from the baseline
at the year's start (or the first reported value, on its day) to the target on the deadline
(or the year's end). On a day, the actual is the latest value reported by that day:

* red: past the deadline and short of the target, or behind the month's plan by more than the
  margin (a share of the target, set for the whole plan);
* yellow: behind the month's plan, or nothing reported yet while the plan has moved;
* green: on or ahead of the plan, or the target reached;
* grey: no target, or no trajectory (no light).

A target below the starting value (a share to bring down) is behind when above the plan.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop.i18n import tr
from desktop.lights.rules import Light, Verdict
from desktop.models.enums import Status

#: The margin for red, in % of the target, when the plan sets none.
DEFAULT_MARGIN_PERCENT = 10.0
MONTHS = range(1, 13)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def number(value: float) -> str:
    """2.0 → "2", 1.95 → "1.95": as the office writes a value."""
    return f"{round(value, 2):g}"


@dataclass(frozen=True)
class Trajectory:
    """An indicator's plan for *year*: *target* by *deadline*, from *start* (day, value)."""

    name: str
    year: int
    target: float
    unit: str = ""
    #: The value at the year's start (None: the first reported value).
    baseline: float | None = None
    deadline: dt.date | None = None
    #: Month → the value the office typed (overrides the linear value).
    typed: Mapping[int, float] = field(default_factory=dict)
    #: The reported values (day, value), in date order.
    actuals: Sequence[tuple[dt.date, float]] = ()

    @property
    def due(self) -> dt.date:
        return self.deadline or dt.date(self.year, 12, 31)

    def start(self) -> tuple[dt.date, float] | None:
        if self.baseline is not None:
            return dt.date(self.year, 1, 1), self.baseline
        return self.actuals[0] if self.actuals else None

    def linear(self, day: dt.date) -> float | None:
        """The linear plan on *day* (None: nothing to start from)."""
        start = self.start()
        if start is None:
            return None
        first, value = start
        if day >= self.due or first >= self.due:
            return self.target if day >= self.due else value
        if day <= first:
            return value
        return value + (self.target - value) * (day - first).days / (self.due - first).days

    def planned(self, month: int) -> float | None:
        """The planned value by the end of *month* (1..12): typed, else linear."""
        if month in self.typed:
            return self.typed[month]
        return self.linear(min(month_end(self.year, month), self.due))

    def monthly(self) -> list[float | None]:
        return [self.planned(month) for month in MONTHS]

    def actual(self, day: dt.date) -> tuple[dt.date, float] | None:
        """The latest value reported by *day*."""
        found = None
        for as_of, value in self.actuals:
            if as_of <= day:
                found = (as_of, value)
        return found

    @property
    def rising(self) -> bool:
        start = self.start()
        return start is None or self.target >= start[1]

    def shortfall(self, plan: float, actual: float) -> float:
        """How far *actual* is behind *plan* (≤ 0: on or ahead of it)."""
        return plan - actual if self.rising else actual - plan


def judge_indicator(
    trajectory: Trajectory | None, today: dt.date, margin_percent: float = DEFAULT_MARGIN_PERCENT
) -> Verdict:
    """The indicator's light on *today* (None: no target or no trajectory — no light)."""
    if trajectory is None:
        return Verdict(Light.GREY, tr("Lights", "未设序时进度"), open=False)
    t = trajectory
    reported = t.actual(today)
    actual = reported[1] if reported else None
    if actual is not None and t.shortfall(t.target, actual) <= 0:
        return Verdict(Light.GREEN, tr("Lights", "已达到目标 {0}（实际 {1}）").format(number(t.target), number(actual)),
                       open=False)
    if today > t.due:
        return Verdict(Light.RED, tr("Lights", "已过期限 {0}，实际 {1}，未达到目标 {2}").format(
            t.due.isoformat(), number(actual) if actual is not None else tr("Lights", "未报"), number(t.target)))
    if today.year < t.year:
        return Verdict(Light.GREEN, tr("Lights", "序时进度尚未开始"))
    plan = t.planned(today.month if today.year == t.year else 12)
    if plan is None:
        return Verdict(Light.GREY, tr("Lights", "没有年初基数或实际值，无法计算序时目标"), open=False)
    if actual is None:
        start = t.start()
        if start is not None and t.shortfall(plan, start[1]) > 0:
            return Verdict(Light.YELLOW, tr("Lights", "序时目标 {0}，尚无实际值").format(number(plan)))
        return Verdict(Light.GREEN, tr("Lights", "序时目标 {0}，尚无实际值").format(number(plan)))
    behind = t.shortfall(plan, actual)
    if behind > 1e-9:
        text = tr("Lights", "序时目标 {0}，实际 {1}，落后 {2}").format(number(plan), number(actual), number(behind))
        if behind > abs(t.target) * margin_percent / 100:
            return Verdict(Light.RED, tr("Lights", "{0}（超过目标的 {1}%）").format(text, number(margin_percent)))
        return Verdict(Light.YELLOW, text)
    return Verdict(Light.GREEN, tr("Lights", "序时目标 {0}，实际 {1}，按序时推进").format(number(plan), number(actual)))


def with_indicators(verdict: Verdict, status: Status, indicators: Sequence[tuple[str, Verdict]]) -> Verdict:
    """A task's light made at least as urgent as its indicators' (*name*, verdict) red or yellow lights.

    The task's own light stands when it is as urgent; a task done (办结) or on hold keeps its light.
    """
    if status in (Status.DONE, Status.ON_HOLD):
        return verdict
    worst = max(
        ((name, v) for name, v in indicators if v.light in (Light.YELLOW, Light.RED)),
        key=lambda item: item[1].light,
        default=None,
    )
    if worst is None or worst[1].light <= verdict.light:
        return verdict
    name, indicator = worst
    return Verdict(indicator.light, tr("Lights", "指标“{0}”：{1}").format(name, indicator.reason))


__all__ = ["DEFAULT_MARGIN_PERCENT", "MONTHS", "Trajectory", "judge_indicator", "month_end", "number", "with_indicators"]
