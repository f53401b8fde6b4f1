"""One collector per source of dated things, for :func:`desktop.calendar.items.collect`.

Each collector reads its tables through the :class:`Context` of one read session and
returns calendar items (or recurring :class:`~desktop.calendar.items.Series`); the lights
come from :mod:`desktop.lights` through ``Context.lights``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from dateutil.rrule import YEARLY as _YEARLY
from sqlalchemy import and_, select

from desktop.calendar.entries import (
    CalendarItem,
    ItemKind,
    Series,
    preparation_plan,
    task_deadline,
)
from desktop.recurrence import Recurrence, Shift, monthly_on
from desktop.lights import DueLights, Verdict
from desktop.models.enums import QuotaScope, TaskUnitRole, WindowKind
from desktop.periods import month_end


@dataclass
class Context:
    """What every collector shares: the session's ``execute``, the plan, the range, the rules."""

    run: Callable
    plan_id: int
    year: int
    first_month: int
    start: dt.date | None
    end: dt.date | None
    database_id: str
    #: Department id → short name.
    names: dict[int, str]
    lights: DueLights
    #: (day, kind) → the day moved off rest days by the kind's rule.
    shift: Callable[[dt.date, ItemKind], dt.date]
    #: (kind, stored rule or None) → the rule a quota requirement's dates follow.
    stored_shift: Callable[[ItemKind, object], Shift]
    plan_title: str = ""

    @property
    def year_start(self) -> dt.date:
        return dt.date(self.year, 1, 1)

    @property
    def year_end(self) -> dt.date:
        return dt.date(self.year, 12, 31)

    def shows(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def in_range(self, column):
        """*column* is set and within the range, with a margin: a rest-day shift moves a date by up to a fortnight."""
        conditions = []
        if self.start is not None:
            conditions.append(column >= self.start - dt.timedelta(days=16))
        if self.end is not None:
            conditions.append(column <= self.end + dt.timedelta(days=16))
        return and_(column.is_not(None), *conditions)

    def uid(self, kind: ItemKind, source: str, source_id, key: str) -> str:
        return f"{kind.value}-{source}-{source_id}-{key}@{self.database_id}.duban"


def item(uid, kind, title, start, end, as_written, sections, verdict: Verdict, source, source_id, task_id) -> CalendarItem:
    """A one-off calendar item with *verdict*'s light and reason."""
    return CalendarItem(
        uid, kind, title, start, end, as_written, sections, int(verdict.light), source, source_id, task_id,
        reason=verdict.reason, open=verdict.open,
    )


# -- tasks, measures, milestones ----------------------------------------------------------------


@dataclass
class TaskFacts:
    """The plan's tasks by id, and each one's sections (lead first)."""

    tasks: dict
    sections: dict[int, list[str]]
    #: Measure id → the words of its first milestone (the deadline as written).
    milestone_words: dict[int, str] = field(default_factory=dict)


def read_tasks(ctx: Context) -> TaskFacts:
    from desktop.models import Task, TaskUnit

    t, tu = Task.__table__.c, TaskUnit.__table__.c
    tasks = {
        row.id: row
        for row in ctx.run(
            select(t.id, t.code, t.title, t.status, t.requirement, t.deadline, t.deadline_text).where(t.plan_id == ctx.plan_id)
        )
    }
    sections: dict[int, list[str]] = defaultdict(list)
    for row in ctx.run(
        select(tu.task_id, tu.department_id, tu.role)
        .join(Task.__table__, t.id == tu.task_id)
        .where(t.plan_id == ctx.plan_id, tu.role.in_([TaskUnitRole.LEAD, TaskUnitRole.CO]))
        .order_by(tu.task_id, tu.role.desc(), tu.position)
    ):
        # 'lead' sorts after 'co': descending puts the lead first.
        sections[row.task_id].append(ctx.names.get(row.department_id, ""))
    return TaskFacts(tasks, sections)


def task_deadlines(ctx: Context, facts: TaskFacts) -> list[CalendarItem]:
    """The deadline of each task's 要求 line (均应于 6 月前出台), or the one an approved extension moved it to."""
    items = []
    for task in facts.tasks.values():
        if task.deadline is not None:
            found = task.deadline_text or f"{task.deadline.month}月{task.deadline.day}日前", task.deadline
        else:
            found = task_deadline(task.requirement, ctx.year)
        if found is None:
            continue
        words, nominal = found
        day = ctx.shift(nominal, ItemKind.TASK_DEADLINE)
        if ctx.shows(day):
            items.append(
                item(
                    ctx.uid(ItemKind.TASK_DEADLINE, "task", task.id, "0"), ItemKind.TASK_DEADLINE,
                    f"{task.code} {task.title}", day, day, words, tuple(facts.sections.get(task.id, ())),
                    ctx.lights.due(day, status=task.status), "task", task.id, task.id,
                )
            )
    return items


def milestones(ctx: Context, facts: TaskFacts) -> list[CalendarItem]:
    """Milestones; records the words of each measure's first one in *facts* (for its deadline)."""
    from desktop.models import Milestone, Task

    t, ms = Task.__table__.c, Milestone.__table__.c
    rows = ctx.run(
        select(ms.id, ms.task_id, ms.measure_id, ms.title, ms.due_text, ms.due_date, ms.done_on)
        .join(Task.__table__, t.id == ms.task_id)
        .where(t.plan_id == ctx.plan_id, ctx.in_range(ms.due_date))
    ).all()
    sections_of = {task_id: tuple(found) for task_id, found in facts.sections.items()}
    status_of = {task.id: task.status for task in facts.tasks.values()}
    milestone_uid = ctx.uid(ItemKind.MILESTONE, "milestone", "{}", "0")
    items = []
    for m_id, m_task_id, m_measure_id, m_title, m_due_text, m_due_date, m_done_on in rows:
        if m_measure_id is not None and m_due_text:
            facts.milestone_words.setdefault(m_measure_id, m_due_text)
        day = ctx.shift(m_due_date, ItemKind.MILESTONE)
        if ctx.shows(day):
            task = facts.tasks.get(m_task_id)
            items.append(
                item(
                    milestone_uid.format(m_id), ItemKind.MILESTONE,
                    # With its task's number, like a measure: the entry says whose it is.
                    f"{task.code} {m_title}" if task else m_title,
                    day, day, m_due_text or f"{m_due_date.month}月{m_due_date.day}日前", sections_of.get(m_task_id, ()),
                    ctx.lights.due(day, done=m_done_on is not None, status=status_of.get(m_task_id)),
                    "milestone", m_id, m_task_id,
                )
            )
    return items


def measures(ctx: Context, facts: TaskFacts) -> list[CalendarItem]:
    """Measure deadlines, owned by the measure's section first; read after :func:`milestones`."""
    from desktop.models import Measure, Task

    t, m = Task.__table__.c, Measure.__table__.c
    items = []
    for row in ctx.run(
        select(m.id, m.task_id, m.title, m.due_date, m.status, m.owner_department_id)
        .join(Task.__table__, t.id == m.task_id)
        .where(t.plan_id == ctx.plan_id, ctx.in_range(m.due_date))
    ):
        day = ctx.shift(row.due_date, ItemKind.MEASURE_DEADLINE)
        if not ctx.shows(day):
            continue
        task = facts.tasks.get(row.task_id)
        owners = facts.sections.get(row.task_id, [])
        if row.owner_department_id is not None:
            owner = ctx.names.get(row.owner_department_id, "")
            owners = [owner] + [s for s in owners if s != owner]
        items.append(
            item(
                ctx.uid(ItemKind.MEASURE_DEADLINE, "measure", row.id, "0"), ItemKind.MEASURE_DEADLINE,
                f"{task.code} {row.title}" if task else row.title, day, day,
                facts.milestone_words.get(row.id) or f"{row.due_date.month}月{row.due_date.day}日前",
                tuple(owners), ctx.lights.due(day, status=row.status), "measure", row.id, row.task_id,
            )
        )
    return items


# -- inspections and their preparation ------------------------------------------------------------


def _inspection_rows(ctx: Context):
    """(inspections, their windows, their stored preparation windows, their sections)."""
    from desktop.models import DateWindow, Inspection, InspectionUnit

    i, w, iu = Inspection.__table__.c, DateWindow.__table__.c, InspectionUnit.__table__.c
    inspections = ctx.run(
        select(i.id, i.item, i.time_text, i.preparation_text, i.continuous, i.prepared)
        .where(i.plan_id == ctx.plan_id)
        .order_by(i.seq)
    ).all()
    windows: dict[int, list] = defaultdict(list)
    stored_preparation: dict[int, list] = defaultdict(list)
    for row in ctx.run(
        select(w.id, w.inspection_id, w.kind, w.start, w.end, w.text)
        .join(Inspection.__table__, i.id == w.inspection_id)
        .where(i.plan_id == ctx.plan_id)
        .order_by(w.inspection_id, w.start, w.id)
    ):
        (windows if row.kind is WindowKind.INSPECTION else stored_preparation)[row.inspection_id].append(row)
    units: dict[int, list[str]] = defaultdict(list)
    for row in ctx.run(
        select(iu.inspection_id, iu.department_id, iu.role)
        .join(Inspection.__table__, i.id == iu.inspection_id)
        .where(i.plan_id == ctx.plan_id)
        .order_by(iu.inspection_id, iu.role.desc(), iu.position)
    ):
        units[row.inspection_id].append(ctx.names.get(row.department_id, ""))
    return inspections, windows, stored_preparation, units


def inspections(ctx: Context) -> list[CalendarItem]:
    """Inspections over their windows, and their preparation back-scheduled from those windows."""
    rows, windows, stored_preparation, units = _inspection_rows(ctx)
    items = []
    for row in rows:
        sections = tuple(units.get(row.id, ()))
        own = windows.get(row.id, [])
        ends = [window.end or ctx.year_end for window in own]
        for window, window_end in zip(own, ends):
            items.append(
                item(
                    ctx.uid(ItemKind.INSPECTION, "inspection", row.id, f"w{window.id}"), ItemKind.INSPECTION,
                    row.item, window.start, window_end, window.text or row.time_text, sections,
                    ctx.lights.inspection(window.start, window_end, prepared=row.prepared),
                    "inspection", row.id, None,
                )
            )
        title = f"{row.item}（备检）"
        planned = preparation_plan(
            row.time_text, row.preparation_text, row.continuous, ctx.year,
            [(x.start, x.end) for x in own], [(x.start, x.end) for x in stored_preparation.get(row.id, [])],
        )
        for n, (p_start, p_end, over) in enumerate(planned):
            # Preparation is for an inspection: once that is over there is nothing left to prepare.
            items.append(
                item(
                    ctx.uid(ItemKind.PREPARATION, "inspection", row.id, "all" if row.continuous else f"p{n}"),
                    ItemKind.PREPARATION, title, p_start, p_end,
                    (row.preparation_text or "实时备检") if row.continuous else row.preparation_text, sections,
                    ctx.lights.preparation(p_end, over, prepared=row.prepared, continuous=row.continuous),
                    "inspection", row.id, None,
                )
            )
    return items


# -- publicity quotas -----------------------------------------------------------------------------


@dataclass
class QuotaFacts:
    rules: dict
    requirements: list
    #: (rule id, department id) → the dates of the items submitted.
    submitted: dict[tuple[int, int | None], list[dt.date]]

    def count(self, rule_id, department_id, first: dt.date, last: dt.date) -> int:
        return sum(1 for day in self.submitted.get((rule_id, department_id), ()) if first <= day <= last)


def read_quotas(ctx: Context) -> QuotaFacts:
    from desktop.models import PublicityItem, QuotaRequirement, QuotaRule

    qr, qq, pi = QuotaRule.__table__.c, QuotaRequirement.__table__.c, PublicityItem.__table__.c
    rules = {
        row.id: row
        for row in ctx.run(select(qr.id, qr.seq, qr.kind, qr.coordinator_id).where(qr.plan_id == ctx.plan_id))
    }
    requirements = ctx.run(
        select(
            qq.id, qq.rule_id, qq.scope, qq.department_id, qq.amount, qq.every_months,
            qq.months, qq.collect_day, qq.subject, qq.text, qq.rest_day_shift,
        )
        .join(QuotaRule.__table__, qr.id == qq.rule_id)
        .where(qr.plan_id == ctx.plan_id)
        .order_by(qr.seq, qq.position)
    ).all()
    submitted: dict[tuple[int, int | None], list[dt.date]] = defaultdict(list)
    for row in ctx.run(select(pi.rule_id, pi.department_id, pi.date).where(pi.plan_id == ctx.plan_id)):
        submitted[(row.rule_id, row.department_id)].append(row.date)
    return QuotaFacts(rules, requirements, submitted)


def month_runs(months: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs: [5, 6, 12] → [(5, 6), (12, 12)]."""
    runs: list[tuple[int, int]] = []
    for month in sorted(set(months)):
        if runs and month == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], month)
        else:
            runs.append((month, month))
    return runs


def quota_recurrence(year: int, first_month: int, every_months: int, collect_day: int | None) -> Recurrence | None:
    """The due dates of a quota counted every *every_months* months from the plan's first month (None: none this year)."""
    year_end = dt.date(year, 12, 31)
    if every_months >= 12:
        return Recurrence(year_end, year_end, freq=_YEARLY, interval=1, monthday=31)
    first_due = dt.date(year, first_month, 1) + relativedelta(months=every_months - 1)
    if first_due.year != year:
        return None
    return monthly_on(collect_day or -1, first_due, year_end, every_months)


def quota_period(nominal: dt.date, every_months: int) -> tuple[dt.date, dt.date]:
    """The months whose items count towards the due date *nominal* (1 条/2 月: that month and the one before)."""
    first = dt.date(nominal.year, nominal.month, 1) - relativedelta(months=min(every_months, 12) - 1)
    return first, month_end(nominal.year, nominal.month)


def quota_dues(ctx: Context, facts: QuotaFacts) -> list[Series]:
    """Each section's (and the city's) recurring quota due dates, each occurrence done or not."""
    series = []
    for req in facts.requirements:
        if req.months or not req.every_months:
            continue
        rule, interval = facts.rules[req.rule_id], req.every_months
        city = req.scope is QuotaScope.CITY or req.department_id is None
        section = "全市" if city else ctx.names.get(req.department_id, "")
        recurrence = quota_recurrence(ctx.year, ctx.first_month, interval, req.collect_day)
        if recurrence is None:
            continue
        if city:
            # The city-wide minimum (全市每月至少 2 条): every section's items count towards it.
            title = f"{rule.kind}：全市{req.text}" if req.text else f"{rule.kind}：全市{req.amount}"
        else:
            title = f"{rule.kind}：{section}"
        duty = Series(
            uid=ctx.uid(ItemKind.QUOTA_DUE, "quota", req.id, "s"),
            kind=ItemKind.QUOTA_DUE,
            title=title + (f"（{req.subject}）" if req.subject else ""),
            as_written=req.text,
            sections=(section,),
            source="quota_rule",
            source_id=req.rule_id,
            recurrence=recurrence,
            shift=ctx.stored_shift(ItemKind.QUOTA_DUE, req.rest_day_shift),
            period_months=min(interval, 12),
        )
        for nominal in recurrence.dates():
            first, last = quota_period(nominal, interval)
            if city:
                departments = [d for (rule_id, d) in facts.submitted if rule_id == req.rule_id]
                delivered = sum(facts.count(req.rule_id, d, first, last) for d in departments)
            else:
                delivered = facts.count(req.rule_id, req.department_id, first, last)
            duty.done[nominal] = delivered >= req.amount
        series.append(duty)
    return series


def collections(ctx: Context, facts: QuotaFacts) -> list[Series]:
    """The monthly collection dates (每月 25 日前归集到法监科), one series per rule and day."""
    grouped: dict[tuple[int, int], list] = defaultdict(list)
    for req in facts.requirements:
        if req.collect_day:
            grouped[(req.rule_id, req.collect_day)].append(req)
    series = []
    for (rule_id, day), reqs in grouped.items():
        rule = facts.rules[rule_id]
        coordinator = ctx.names.get(rule.coordinator_id, "")
        senders = [ctx.names.get(r.department_id, "") for r in reqs if r.department_id is not None]
        series.append(
            Series(
                uid=ctx.uid(ItemKind.COLLECTION, "quota", rule_id, f"d{day}"),
                kind=ItemKind.COLLECTION,
                title=f"{rule.kind}情况归集到{coordinator}" if coordinator else f"{rule.kind}情况归集",
                as_written=f"每月{day}日前",
                sections=tuple(dict.fromkeys([*senders, coordinator] if coordinator else senders)),
                source="quota_rule",
                source_id=rule_id,
                recurrence=monthly_on(day, dt.date(ctx.year, ctx.first_month, 1), ctx.year_end),
                # Requirements collected on one day share it; the first one's rule decides.
                shift=ctx.stored_shift(ItemKind.COLLECTION, reqs[0].rest_day_shift),
            )
        )
    return series


def events(ctx: Context, facts: QuotaFacts) -> list[CalendarItem]:
    """Duties in given months (press conferences in May and June), one item per run of months."""
    grouped: dict[tuple[int, str, str], list] = defaultdict(list)
    for req in facts.requirements:
        if req.months:
            grouped[(req.rule_id, req.months, req.subject)].append(req)
    items = []
    for (rule_id, months_text, subject), reqs in grouped.items():
        rule = facts.rules[rule_id]
        try:
            months = [int(x) for x in months_text.split(",") if x.strip()]
        except ValueError:
            continue
        coordinator = ctx.names.get(rule.coordinator_id, "")
        owners = [ctx.names.get(r.department_id, "") if r.department_id is not None else "全市" for r in reqs]
        sections = tuple(dict.fromkeys([*owners, coordinator] if coordinator else owners))
        for first, last in month_runs([x for x in months if 1 <= x <= 12]):
            e_start, e_end = dt.date(ctx.year, first, 1), month_end(ctx.year, last)
            if (ctx.start is not None and e_end < ctx.start) or (ctx.end is not None and e_start > ctx.end):
                continue
            done = all(facts.count(rule_id, r.department_id, e_start, e_end) >= r.amount for r in reqs)
            items.append(
                item(
                    ctx.uid(ItemKind.EVENT, "quota", reqs[0].id, f"m{first}"), ItemKind.EVENT,
                    f"{rule.kind}：{subject}" if subject else rule.kind, e_start, e_end, reqs[0].text, sections,
                    ctx.lights.due(e_end, done=done), "quota_rule", rule_id, None,
                )
            )
    return items


def notice_replies(ctx: Context, session) -> list[CalendarItem]:
    """Each open 督办单 on the day its reply is due (red once past): the office sees whom to chase."""
    from sqlalchemy import inspect as inspect_schema

    from desktop.models import Notice, NoticeState, Plan

    if not inspect_schema(session.connection()).has_table(Notice.__tablename__):
        return []  # a file from before revision 0009, opened read-only
    number_format = ctx.run(select(Plan.__table__.c.notice_number_format).where(Plan.__table__.c.id == ctx.plan_id)).scalar()
    n = Notice.__table__.c
    rows = ctx.run(
        select(n.id, n.year, n.number, n.title, n.section_name, n.reply_by, n.task_id)
        .where(n.plan_id == ctx.plan_id, n.state == NoticeState.OPEN.value, ctx.in_range(n.reply_by))
    ).all()
    items = []
    for notice_id, year, number, title, section, reply_by, task_id in rows:
        if not ctx.shows(reply_by):
            continue
        try:
            numbered = (number_format or "{number}").format(year=year, number=number)
        except (KeyError, IndexError, ValueError):
            numbered = str(number)
        items.append(item(
            ctx.uid(ItemKind.NOTICE_REPLY, "notice", notice_id, "0"), ItemKind.NOTICE_REPLY,
            f"{numbered} {title}", reply_by, reply_by, "", (section,) if section else (),
            ctx.lights.due(reply_by), "notice", notice_id, task_id,
        ))
    return items
