"""Everything in a plan that has a date, as :class:`CalendarItem` occurrences.

One read session, plain Core selects (no ORM objects), so a month of thousands of items
is read in milliseconds. What the calendar shows:

* inspections (附件 3) over their windows (第三季度 = Jul–Sep; 3月起 runs to the year's end);
* their preparation (备检), *derived* here and never stored: the document's preparation
  period is read relative to the inspection's period as written (7月备检 for 第四季度 is
  "three months before the window starts"), and that offset is applied to the window as
  stored now, so moving an inspection moves its preparation. 实时备检 spans the plan year.
  Preparation is assigned to the inspection's lead and co-operating sections;
* task deadlines (the 要求 line: 均应于 6 月前出台), measure deadlines and milestones,
  moved off rest days;
* the monthly collection deadline (每月 25 日前归集到法监科) and the sections' quota due
  dates (1 条/月, 1 条/2 月 from the plan's first month), as recurring series;
* duties in given months (press conferences in May and June, the experience exchange in
  May–June, the December selection) as events over those months.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import select

from desktop.calendar import sources
from desktop.calendar.entries import (
    DEFAULT_SHIFTS,
    KIND_LABELS,
    CalendarItem,
    Collected,
    ItemKind,
    Series,
    occurrence_uid,
    preparation_plan,
    preparation_windows,
    task_deadline,
)
from desktop.calendar.sources import Context
from desktop.lights import DEFAULT_YELLOW_DAYS, DueLights
from desktop.recurrence import Shift, shifted
from desktop.workdays import WorkdayCalendar


def collect(
    database,
    plan_id: int,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    today: dt.date | None = None,
    workdays: WorkdayCalendar | None = None,
    shifts: Mapping[ItemKind, Shift] | None = None,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
) -> Collected:
    """Read the plan in one session, one collector per source; one-off items outside [start, end] may be left out."""
    today = today or dt.date.today()
    with database.read() as session:
        ctx = _context(session, plan_id, start, end, today, workdays, shifts, yellow_days)
        facts = sources.read_tasks(ctx)
        singles = [
            *sources.task_deadlines(ctx, facts),
            *sources.milestones(ctx, facts),
            *sources.measures(ctx, facts),  # after the milestones: a measure's deadline reads their words
            *sources.inspections(ctx),
            *sources.notice_replies(ctx, session),
        ]
        quotas = sources.read_quotas(ctx)
        series = [*sources.quota_dues(ctx, quotas), *sources.collections(ctx, quotas)]
        singles += sources.events(ctx, quotas)
    return Collected(ctx.year, ctx.plan_title, ctx.database_id, singles, series, ctx.lights.calendar, ctx.lights)


def _context(session, plan_id, start, end, today, workdays, shifts, yellow_days):
    """The :class:`~desktop.calendar.sources.Context` of one read: the plan, its rules, its calendar."""
    from desktop.workdays import read_overrides
    from desktop.models import Department, Meta, Plan

    run = session.execute
    p = Plan.__table__.c
    plan = run(select(p.year, p.title, p.issue_date, p.deadline_shift).where(p.id == plan_id)).first()
    if plan is None:
        raise LookupError(plan_id)
    # Where a rest-day deadline goes is stored: the plan's rule for one-off deadlines,
    # each quota requirement's own for its dates; a caller's *shifts* override by kind.
    overrides = dict(shifts or {})
    one_off = Shift(plan.deadline_shift.value) if plan.deadline_shift is not None else Shift.BEFORE
    rules = {
        **DEFAULT_SHIFTS,
        ItemKind.TASK_DEADLINE: one_off,
        ItemKind.MEASURE_DEADLINE: one_off,
        ItemKind.MILESTONE: one_off,
        **overrides,
    }

    def stored_shift(kind: ItemKind, value) -> Shift:
        if kind in overrides:
            return overrides[kind]
        return Shift(value.value) if value is not None else DEFAULT_SHIFTS[kind]

    if workdays is None:
        workdays = WorkdayCalendar(read_overrides(session))
    # The official table is slow to ask (it validates every date); thousands of deadlines share few dates.
    shift_cache: dict[tuple[dt.date, Shift], dt.date] = {}

    def shift(day: dt.date, kind: ItemKind) -> dt.date:
        how = rules.get(kind, Shift.BEFORE)
        moved = shift_cache.get((day, how))
        if moved is None:
            moved = shift_cache[(day, how)] = shifted(day, workdays, how)
        return moved

    d = Department.__table__.c
    names = {
        row.id: row.short_name or row.name
        for row in run(select(d.id, d.name, d.short_name).where(d.plan_id == plan_id))
    }
    year = plan.year
    first_month = plan.issue_date.month if plan.issue_date is not None and plan.issue_date.year == year else 1
    return Context(
        run, plan_id, year, first_month, start, end,
        run(select(Meta.value).where(Meta.key == "database_id")).scalar() or "local",
        names, DueLights(today, workdays, yellow_days), shift, stored_shift, plan.title,
    )


def calendar_items(
    database,
    plan_id: int,
    start: dt.date,
    end: dt.date,
    *,
    today: dt.date | None = None,
    workdays: WorkdayCalendar | None = None,
    shifts: Mapping[ItemKind, Shift] | None = None,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
) -> list[CalendarItem]:
    """Every occurrence overlapping [start, end], sorted by (start, kind, title).

    *workdays* defaults to the official calendar with the database's corrections;
    *shifts* overrides, per kind, where a deadline on a rest day goes (default: before).
    """
    collected = collect(
        database, plan_id, start, end, today=today, workdays=workdays, shifts=shifts, yellow_days=yellow_days
    )
    return collected.expand(start, end)


__all__ = [
    "CalendarItem",
    "Collected",
    "DEFAULT_SHIFTS",
    "ItemKind",
    "KIND_LABELS",
    "Series",
    "Shift",
    "calendar_items",
    "collect",
    "occurrence_uid",
    "preparation_plan",
    "preparation_windows",
    "task_deadline",
]
