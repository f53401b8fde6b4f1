"""定期通报: the periodic briefing of a month or a quarter, as plain data (issue 18).

:func:`briefing` reads the state of the plan as of a day (by default the period's last day)
from the one home of each rule (see :mod:`~desktop.services.briefing.parts`), and judges the
先进/后进 lists by objective rules only (:mod:`~desktop.services.briefing.verdicts`). Its
:class:`Counts` are the one home of the numbers: the 总览 asks :func:`briefing_for_overview`,
which is the same code for the month of a day, so both show the same counts for the same day.

No document is written here: every text a person reads is ready in the dataclasses
(:mod:`~desktop.services.briefing.shapes`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.lights import DEFAULT_YELLOW_DAYS
from desktop.models import Plan
from desktop.periods import month_end
from desktop.services.briefing import parts
from desktop.services.briefing.period import check_in_plan, label_of, period_of
from desktop.services.briefing.quota_part import quota_lines
from desktop.services.briefing.shapes import (
    Briefing,
    Counts,
    IndicatorLine,
    InspectionLine,
    NoticeLine,
    OverdueItem,
    QuotaLine,
    SectionVerdict,
    TaskState,
    UnreportedSection,
)
from desktop.services.briefing.verdicts import counts_of, rule_notes, section_verdicts
from desktop.services.editing import ValidationError
from desktop.services.extensions import period_extensions


def plan_year(database, plan_id: int) -> int:
    with database.read() as session:
        year = session.scalar(select(Plan.year).where(Plan.id == plan_id))
    if year is None:
        raise UserError(tr("Briefing", "找不到这个计划，可能已在另一台电脑上删除。请重新打开数据库。"))
    return year


def briefing(
    database,
    plan_id: int,
    start: dt.date,
    end: dt.date,
    *,
    today: dt.date | None = None,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
) -> Briefing:
    """The 通报 of the month or quarter [start, end], the state judged as of *today* (default: *end*)."""
    from desktop.memory import collector_paused

    with collector_paused():  # a large plan's rows, lights and reports all live until the end
        return _briefing(database, plan_id, start, end, today, yellow_days)


def _briefing(database, plan_id: int, start: dt.date, end: dt.date, today: dt.date | None, yellow_days: int) -> Briefing:
    from desktop.services.reports import open_task_codes, unassigned_section
    from desktop.services.rows import task_rows
    from desktop.calendar.items import collect
    from desktop.calendar.reminders import reminder_horizon

    check_in_plan(start, end, plan_year(database, plan_id))
    as_of = today or end
    if as_of < start:
        raise ValidationError(tr("Briefing", "通报日期 {0} 早于所通报的期间（自 {1} 起）。").format(
            as_of.isoformat(), start.isoformat()))
    label = label_of(start, end)
    unassigned = unassigned_section()
    rows = task_rows(database, plan_id, as_of, yellow_days)
    tasks = parts.task_states(rows, parts.last_reports(database, plan_id, as_of))
    codes = {row.id: row.code for row in rows}
    # The plan's calendar read once, for the overdue items and the inspections to come.
    collected = collect(database, plan_id, None, max(reminder_horizon(as_of), parts.inspection_window(end)[1]),
                        today=as_of, yellow_days=yellow_days)
    overdue = parts.overdue_items(database, plan_id, as_of, yellow_days, collected, codes, unassigned)
    unreported = parts.unreported_sections(database, plan_id, start, end, as_of)
    notices = parts.notice_lines(database, plan_id, start, end, as_of)
    quotas = quota_lines(database, plan_id, end, as_of)
    open_codes = set(open_task_codes(database, plan_id).values())
    leading, lagging = section_verdicts(label, tasks, open_codes, unreported, overdue, quotas, unassigned)
    return Briefing(
        label=label,
        title=tr("Briefing", "定期通报（{0}）").format(label),
        start=start,
        end=end,
        as_of=as_of,
        counts=counts_of(as_of, tasks, overdue, unreported, notices, quotas),
        tasks=tasks,
        overdue=overdue,
        unreported=unreported,
        notices=notices,
        quotas=quotas,
        indicators=parts.indicator_lines(database, plan_id, as_of),
        inspections=parts.inspection_lines(database, plan_id, end, collected),
        leading=leading,
        lagging=lagging,
        notes=rule_notes(),
        extensions=period_extensions(database, plan_id, start, end, as_of),
    )


def briefing_for_overview(
    database, plan_id: int, today: dt.date, *, yellow_days: int = DEFAULT_YELLOW_DAYS
) -> Counts:
    """The counts of the 通报 of *today*'s month as of *today*: what the 总览 shows (the same code)."""
    start = today.replace(day=1)
    return briefing(database, plan_id, start, month_end(today.year, today.month), today=today,
                    yellow_days=yellow_days).counts


__all__ = [
    "Briefing",
    "Counts",
    "IndicatorLine",
    "InspectionLine",
    "NoticeLine",
    "OverdueItem",
    "QuotaLine",
    "SectionVerdict",
    "TaskState",
    "UnreportedSection",
    "briefing",
    "briefing_for_overview",
    "period_of",
    "plan_year",
]
