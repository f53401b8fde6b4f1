"""The counting periods of a quota requirement over the plan year, and how each one went.

Pure functions: no database, no Qt. A requirement counts

* ``every_months`` = 1: each month, from the month counting starts (the plan's first month);
* ``every_months`` = N: every N months from that month (1 条/2 月 from May: May–June,
  July–August …); the last period is cut at December;
* ``every_months`` = 12: once, from the start month to December;
* ``months`` (e.g. 5,6 or 6,12): each run of consecutive months is one period (5–6 月 is one
  period; 6 and 12 are two).

A period is due on the collection day (每月 25 日前) of its last month, or on the last day of
that month, moved off rest days as the requirement says (``rest_day_shift``) on China's
working-day calendar. Items are counted by the month of their date. Where the requirement
carries shortfalls, what a period that is past due still lacks is owed on top of the next
period's amount.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from desktop.periods import month_end

#: Moves a nominal due date off rest days (the calendar's ``shifted`` with a calendar bound).
Shifter = Callable[[dt.date], dt.date]


class State(enum.Enum):
    """How a period stands."""

    MET = "met"
    SHORT = "short"
    #: Not yet due and not yet met.
    PENDING = "pending"


@dataclass(frozen=True)
class Spec:
    """What of a requirement the arithmetic needs."""

    amount: int
    every_months: int | None = None
    months: tuple[int, ...] = ()
    collect_day: int | None = None
    carry_over: bool = False
    start_month: int | None = None


@dataclass(frozen=True)
class Period:
    first_month: int
    last_month: int
    #: The nominal date (collection day or month end) and the date after moving off rest days.
    nominal_due: dt.date
    due: dt.date
    amount: int

    @property
    def months(self) -> range:
        return range(self.first_month, self.last_month + 1)

    def contains(self, month: int) -> bool:
        return self.first_month <= month <= self.last_month


@dataclass(frozen=True)
class Outcome:
    period: Period
    #: The period's own amount plus what was carried into it.
    required: int
    carried_in: int
    delivered: int
    state: State

    @property
    def shortfall(self) -> int:
        return max(0, self.required - self.delivered)


def parse_months(text: str | Iterable[int]) -> tuple[int, ...]:
    """``"5,6"`` → (5, 6); also accepts 、，and spaces; anything not 1–12 raises ValueError."""
    if not isinstance(text, str):
        values = [int(m) for m in text]
    else:
        pieces = [p for p in text.replace("、", ",").replace("，", ",").replace(" ", ",").split(",") if p.strip()]
        values = [int(p) for p in pieces]
    for value in values:
        if not 1 <= value <= 12:
            raise ValueError(value)
    return tuple(sorted(set(values)))


def _runs(months: Iterable[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for month in sorted(set(months)):
        if runs and runs[-1][1] == month - 1:
            runs[-1] = (runs[-1][0], month)
        else:
            runs.append((month, month))
    return runs


def spans(spec: Spec, first_month: int = 1) -> list[tuple[int, int]]:
    """(first month, last month) of each period; *first_month* is the plan's, used without a start month."""
    if spec.months:
        return _runs(spec.months)
    start = spec.start_month or first_month
    every = spec.every_months or 12
    if every >= 12:
        return [(start, 12)]
    result = []
    month = start
    while month <= 12:
        result.append((month, min(12, month + every - 1)))
        month += every
    return result


def periods(spec: Spec, year: int, first_month: int = 1, shift: Shifter | None = None) -> list[Period]:
    """The periods of *spec* in *year*, each with its due date moved by *shift* (unchanged without one)."""
    shift = shift or (lambda day: day)
    result = []
    for first, last in spans(spec, first_month):
        if spec.collect_day:
            nominal = dt.date(year, last, min(spec.collect_day, _calendar.monthrange(year, last)[1]))
        else:
            nominal = month_end(year, last)
        result.append(Period(first, last, nominal, shift(nominal), spec.amount))
    return result


def tally(
    spec: Spec, plan_periods: list[Period], delivered_by_month: Mapping[int, int], today: dt.date
) -> list[Outcome]:
    """How each period went by *today*, given items delivered per month (1–12)."""
    outcomes = []
    carried = 0
    for period in plan_periods:
        delivered = sum(delivered_by_month.get(month, 0) for month in period.months)
        required = period.amount + carried
        if delivered >= required:
            state = State.MET
        elif today > period.due:
            state = State.SHORT
        else:
            state = State.PENDING
        outcomes.append(Outcome(period, required, carried, delivered, state))
        carried = required - delivered if spec.carry_over and state is State.SHORT else 0
    return outcomes


def outstanding(spec: Spec, outcomes: list[Outcome]) -> int:
    """What is owed and past due as of the tally: with carry-over the last past-due shortfall, else the sum."""
    short = [o.shortfall for o in outcomes if o.state is State.SHORT]
    if not short:
        return 0
    if spec.carry_over:
        last_due = max(i for i, o in enumerate(outcomes) if o.state is not State.PENDING)
        return outcomes[last_due].shortfall
    return sum(short)
