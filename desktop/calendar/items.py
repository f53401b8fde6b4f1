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
import enum
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from dateutil.rrule import YEARLY as _YEARLY
from sqlalchemy import and_, select

from desktop.calendar.recurrence import Recurrence, Shift, monthly_on, shifted
from desktop.lights import DEFAULT_YELLOW_DAYS, Light
from desktop.models.enums import QuotaScope, Status, TaskUnitRole, WindowKind
from desktop.periods import PeriodError, month_end, parse_period
from desktop.workdays import WorkdayCalendar


class ItemKind(enum.Enum):
    """What an item is; the values are stable strings (they go into UIDs and files)."""

    INSPECTION = "inspection"
    PREPARATION = "preparation"
    TASK_DEADLINE = "task_deadline"
    MEASURE_DEADLINE = "measure_deadline"
    MILESTONE = "milestone"
    COLLECTION = "collection"
    QUOTA_DUE = "quota_due"
    EVENT = "event"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    ItemKind.INSPECTION: "督查",
    ItemKind.PREPARATION: "备检",
    ItemKind.TASK_DEADLINE: "任务期限",
    ItemKind.MEASURE_DEADLINE: "措施期限",
    ItemKind.MILESTONE: "时间节点",
    ItemKind.COLLECTION: "归集",
    ItemKind.QUOTA_DUE: "宣传指标",
    ItemKind.EVENT: "宣传活动",
}
_KIND_ORDER = {kind: index for index, kind in enumerate(ItemKind)}

#: Where a deadline of each kind goes when it falls on a rest day (the office's rule: before).
DEFAULT_SHIFTS: Mapping[ItemKind, Shift] = {
    ItemKind.TASK_DEADLINE: Shift.BEFORE,
    ItemKind.MEASURE_DEADLINE: Shift.BEFORE,
    ItemKind.MILESTONE: Shift.BEFORE,
    ItemKind.COLLECTION: Shift.BEFORE,
    ItemKind.QUOTA_DUE: Shift.BEFORE,
}


@dataclass(frozen=True)
class CalendarItem:
    uid: str
    kind: ItemKind
    title: str
    start: dt.date
    end: dt.date
    as_written: str
    sections: tuple[str, ...]
    light: int
    source: str
    source_id: int | None
    task_id: int | None
    series: str | None = None
    rrule: str | None = None

    @property
    def all_day_dtend(self) -> dt.date:
        """The exclusive end iCalendar wants for an all-day item."""
        return self.end + dt.timedelta(days=1)


@dataclass
class Series:
    """A recurring duty: one rule, many occurrences (an RRULE in the .ics)."""

    uid: str
    kind: ItemKind
    title: str
    as_written: str
    sections: tuple[str, ...]
    source: str
    source_id: int | None
    recurrence: Recurrence
    shift: Shift
    #: nominal date → whether that occurrence is done (None: cannot tell).
    done: dict[dt.date, bool | None] = field(default_factory=dict)
    #: months a due date counts back over (1 条/2 月: 2), for the done check.
    period_months: int = 1

    def occurrences(self, calendar: WorkdayCalendar, start: dt.date | None = None, end: dt.date | None = None):
        """(nominal, actual) dates; with a range, those whose actual date falls in it."""
        low = start - dt.timedelta(days=16) if start else None
        high = end + dt.timedelta(days=16) if end else None
        for nominal in self.recurrence.dates(low, high):
            actual = shifted(nominal, calendar, self.shift)
            if (start is None or actual >= start) and (end is None or actual <= end):
                yield nominal, actual


class _Lights:
    """Lights of deadlines as of *today*, with the working-day count cached per date."""

    def __init__(self, today: dt.date, calendar: WorkdayCalendar, yellow_days: int = DEFAULT_YELLOW_DAYS):
        self.today, self.calendar, self.yellow_days = today, calendar, yellow_days
        self._cache: dict[dt.date, int] = {}

    def due(self, day: dt.date, *, done: bool = False, status: Status | None = None) -> int:
        if status is Status.ON_HOLD:
            return Light.GREY.value
        if done or status is Status.DONE:
            return Light.GREEN.value
        if day < self.today:
            return Light.RED.value
        if (day - self.today).days > 31:  # more than 3 working days away whatever the holidays
            return Light.GREEN.value
        light = self._cache.get(day)
        if light is None:
            left = self.calendar.working_days_until(self.today, day)
            light = (Light.YELLOW if left <= self.yellow_days else Light.GREEN).value
            self._cache[day] = light
        return light

    def reminder(self, day: dt.date) -> int:
        """A deadline nobody ticks off (the monthly collection): no light once past."""
        if day < self.today:
            return Light.GREY.value
        return self.due(day)


def _months_between(earlier: dt.date, later: dt.date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def preparation_windows(
    time_text: str,
    preparation_text: str,
    year: int,
    windows: list[tuple[dt.date, dt.date | None]],
) -> list[tuple[int, dt.date, dt.date]] | None:
    """Back-schedule the preparation from the inspection's *windows* as stored now.

    Returns (index of the inspection window, start, end) per preparation window, or None
    when the words cannot be read (the caller then falls back to stored windows).
    The document's preparation months are taken relative to the start of the period as
    written (the n-th preparation window to the n-th inspection window when they pair up,
    else all to the first), and applied to the stored windows' starts.
    """
    try:
        written = parse_period(time_text, year).windows
        preparation = parse_period(preparation_text, year)
    except PeriodError:
        return None
    if preparation.continuous or not written or not preparation.windows or not windows:
        return None
    result = []
    for index, window in enumerate(preparation.windows):
        pair = index if len(preparation.windows) == len(written) else 0
        if pair >= len(windows):
            continue
        offset = _months_between(written[pair].start, window.start)
        length = _months_between(window.start, window.end or window.start) + 1
        start = windows[pair][0] + relativedelta(months=offset)
        end = start + relativedelta(months=length) - dt.timedelta(days=1)
        result.append((pair, start, end))
    return result


_TASK_DEADLINE = re.compile(r"(\d{1,2})\s*月(?:底)?前[^，。；、,;]*")


def task_deadline(requirement: str, year: int) -> tuple[str, dt.date] | None:
    """The deadline a task's 要求 line sets (均应于 6 月前出台 → ("6 月前出台", 30 June))."""
    match = _TASK_DEADLINE.search(requirement or "")
    if not match:
        return None
    month = int(match.group(1))
    if not 1 <= month <= 12:
        return None
    return match.group(0).strip(), month_end(year, month)


def _runs(months: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs: [5, 6, 12] → [(5, 6), (12, 12)]."""
    runs: list[tuple[int, int]] = []
    for month in sorted(set(months)):
        if runs and month == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], month)
        else:
            runs.append((month, month))
    return runs


def _uid(kind: ItemKind, source: str, source_id, key: str, database_id: str) -> str:
    return f"{kind.value}-{source}-{source_id}-{key}@{database_id}.duban"


@dataclass
class Collected:
    """One read of a plan: the one-off items and the recurring series."""

    plan_year: int
    plan_title: str
    database_id: str
    singles: list[CalendarItem]
    series: list[Series]
    calendar: WorkdayCalendar
    lights: _Lights

    def expand(self, start: dt.date | None = None, end: dt.date | None = None) -> list[CalendarItem]:
        items = [
            i for i in self.singles if (start is None or i.end >= start) and (end is None or i.start <= end)
        ]
        for series in self.series:
            rrule = series.recurrence.text()
            for nominal, actual in series.occurrences(self.calendar, start, end):
                done = series.done.get(nominal)
                light = self.lights.reminder(actual) if done is None else self.lights.due(actual, done=done)
                items.append(
                    CalendarItem(
                        uid=occurrence_uid(series.uid, nominal),
                        kind=series.kind,
                        title=series.title,
                        start=actual,
                        end=actual,
                        as_written=series.as_written,
                        sections=series.sections,
                        light=light,
                        source=series.source,
                        source_id=series.source_id,
                        task_id=None,
                        series=series.uid,
                        rrule=rrule,
                    )
                )
        items.sort(key=lambda i: (i.start, _KIND_ORDER[i.kind], i.title))
        return items


def occurrence_uid(series_uid: str, nominal: dt.date) -> str:
    """An occurrence's UID: the series' with the nominal (unshifted) date, so it survives calendar corrections."""
    head, _, tail = series_uid.partition("@")
    return f"{head}-{nominal:%Y%m%d}@{tail}"


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
    """Read the plan in one session; one-off items outside [start, end] may be left out."""
    from desktop.workdays import read_overrides
    from desktop.models import (
        DateWindow,
        Department,
        Inspection,
        InspectionUnit,
        Measure,
        Meta,
        Milestone,
        Plan,
        PublicityItem,
        QuotaRequirement,
        QuotaRule,
        Task,
        TaskUnit,
    )

    today = today or dt.date.today()
    overrides = dict(shifts or {})
    with database.read() as session:
        run = session.execute
        p = Plan.__table__.c
        plan = run(
            select(p.year, p.title, p.issue_date, p.deadline_shift).where(p.id == plan_id)
        ).first()
        if plan is None:
            raise LookupError(plan_id)
        # Where a rest-day deadline goes is stored: the plan's rule for one-off deadlines,
        # each quota requirement's own for its dates; a caller's *shifts* override by kind.
        one_off = Shift(plan.deadline_shift.value) if plan.deadline_shift is not None else Shift.BEFORE
        shifts = {
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
        database_id = run(select(Meta.value).where(Meta.key == "database_id")).scalar() or "local"
        year = plan.year
        lights = _Lights(today, workdays, yellow_days)
        # The official table is slow to ask (it validates every date); thousands of deadlines share few dates.
        shift_cache: dict[tuple[dt.date, Shift], dt.date] = {}

        def shift(day: dt.date, kind: ItemKind) -> dt.date:
            how = shifts.get(kind, Shift.BEFORE)
            moved = shift_cache.get((day, how))
            if moved is None:
                moved = shift_cache[(day, how)] = shifted(day, workdays, how)
            return moved

        first_month = (
            plan.issue_date.month if plan.issue_date is not None and plan.issue_date.year == year else 1
        )
        year_start, year_end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        # One-off deadlines are read with a margin: a rest-day shift moves them by up to a fortnight.
        low = (start - dt.timedelta(days=16)) if start else None
        high = (end + dt.timedelta(days=16)) if end else None

        def in_range(column):
            conditions = []
            if low is not None:
                conditions.append(column >= low)
            if high is not None:
                conditions.append(column <= high)
            return and_(column.is_not(None), *conditions)

        d = Department.__table__.c
        names = {row.id: row.short_name or row.name for row in run(select(d.id, d.name, d.short_name).where(d.plan_id == plan_id))}

        singles: list[CalendarItem] = []

        def add(uid, kind, title, s, e, as_written, sections, light, source, source_id, task_id):
            singles.append(CalendarItem(uid, kind, title, s, e, as_written, sections, light, source, source_id, task_id))

        # -- tasks, measures, milestones -----------------------------------------------
        t, tu, m, ms = Task.__table__.c, TaskUnit.__table__.c, Measure.__table__.c, Milestone.__table__.c
        tasks = {row.id: row for row in run(select(t.id, t.code, t.title, t.status, t.requirement).where(t.plan_id == plan_id))}
        task_sections: dict[int, list[str]] = defaultdict(list)
        for row in run(
            select(tu.task_id, tu.department_id, tu.role)
            .join(Task.__table__, t.id == tu.task_id)
            .where(t.plan_id == plan_id, tu.role.in_([TaskUnitRole.LEAD, TaskUnitRole.CO]))
            .order_by(tu.task_id, tu.role.desc(), tu.position)
        ):
            # 'lead' sorts after 'co': descending puts the lead first.
            task_sections[row.task_id].append(names.get(row.department_id, ""))
        for task in tasks.values():
            found = task_deadline(task.requirement, year)
            if found is None:
                continue
            words, nominal = found
            day = shift(nominal, ItemKind.TASK_DEADLINE)
            if (start is None or day >= start) and (end is None or day <= end):
                add(
                    _uid(ItemKind.TASK_DEADLINE, "task", task.id, "0", database_id),
                    ItemKind.TASK_DEADLINE,
                    f"{task.code} {task.title}",
                    day,
                    day,
                    words,
                    tuple(task_sections.get(task.id, ())),
                    lights.due(day, status=task.status),
                    "task",
                    task.id,
                    task.id,
                )
        milestone_words: dict[int, str] = {}
        milestone_rows = run(
            select(ms.id, ms.task_id, ms.measure_id, ms.title, ms.due_text, ms.due_date, ms.done_on)
            .join(Task.__table__, t.id == ms.task_id)
            .where(t.plan_id == plan_id, in_range(ms.due_date))
        ).all()
        sections_of = {task_id: tuple(found) for task_id, found in task_sections.items()}
        status_of = {task.id: task.status for task in tasks.values()}
        milestone_uid = f"{ItemKind.MILESTONE.value}-milestone-{{}}-0@{database_id}.duban"
        for m_id, m_task_id, m_measure_id, m_title, m_due_text, m_due_date, m_done_on in milestone_rows:
            if m_measure_id is not None and m_due_text:
                milestone_words.setdefault(m_measure_id, m_due_text)
            day = shift(m_due_date, ItemKind.MILESTONE)
            if (start is None or day >= start) and (end is None or day <= end):
                singles.append(
                    CalendarItem(
                        milestone_uid.format(m_id),
                        ItemKind.MILESTONE,
                        # With its task's number, like a measure: the entry says whose it is.
                        f"{tasks[m_task_id].code} {m_title}" if m_task_id in tasks else m_title,
                        day,
                        day,
                        m_due_text or f"{m_due_date.month}月{m_due_date.day}日前",
                        sections_of.get(m_task_id, ()),
                        lights.due(day, done=m_done_on is not None, status=status_of.get(m_task_id)),
                        "milestone",
                        m_id,
                        m_task_id,
                    )
                )
        for row in run(
            select(m.id, m.task_id, m.title, m.due_date, m.status, m.owner_department_id)
            .join(Task.__table__, t.id == m.task_id)
            .where(t.plan_id == plan_id, in_range(m.due_date))
        ):
            day = shift(row.due_date, ItemKind.MEASURE_DEADLINE)
            if (start is None or day >= start) and (end is None or day <= end):
                task = tasks.get(row.task_id)
                owners = task_sections.get(row.task_id, [])
                if row.owner_department_id is not None:
                    owner = names.get(row.owner_department_id, "")
                    owners = [owner] + [s for s in owners if s != owner]
                add(
                    _uid(ItemKind.MEASURE_DEADLINE, "measure", row.id, "0", database_id),
                    ItemKind.MEASURE_DEADLINE,
                    f"{task.code} {row.title}" if task else row.title,
                    day,
                    day,
                    milestone_words.get(row.id) or f"{row.due_date.month}月{row.due_date.day}日前",
                    tuple(owners),
                    lights.due(day, status=row.status),
                    "measure",
                    row.id,
                    row.task_id,
                )

        # -- inspections and their preparation ------------------------------------------
        i, w, iu = Inspection.__table__.c, DateWindow.__table__.c, InspectionUnit.__table__.c
        inspections = run(
            select(i.id, i.item, i.time_text, i.preparation_text, i.continuous, i.prepared)
            .where(i.plan_id == plan_id)
            .order_by(i.seq)
        ).all()
        windows: dict[int, list] = defaultdict(list)
        stored_preparation: dict[int, list] = defaultdict(list)
        for row in run(
            select(w.id, w.inspection_id, w.kind, w.start, w.end, w.text)
            .join(Inspection.__table__, i.id == w.inspection_id)
            .where(i.plan_id == plan_id)
            .order_by(w.inspection_id, w.start, w.id)
        ):
            (windows if row.kind is WindowKind.INSPECTION else stored_preparation)[row.inspection_id].append(row)
        units: dict[int, list[str]] = defaultdict(list)
        for row in run(
            select(iu.inspection_id, iu.department_id, iu.role)
            .join(Inspection.__table__, i.id == iu.inspection_id)
            .where(i.plan_id == plan_id)
            .order_by(iu.inspection_id, iu.role.desc(), iu.position)
        ):
            units[row.inspection_id].append(names.get(row.department_id, ""))
        for row in inspections:
            sections = tuple(units.get(row.id, ()))
            own = windows.get(row.id, [])
            for window in own:
                window_end = window.end or year_end
                add(
                    _uid(ItemKind.INSPECTION, "inspection", row.id, f"w{window.id}", database_id),
                    ItemKind.INSPECTION,
                    row.item,
                    window.start,
                    window_end,
                    window.text or row.time_text,
                    sections,
                    lights.due(window.start, done=row.prepared),
                    "inspection",
                    row.id,
                    None,
                )
            title = f"{row.item}（备检）"
            if row.continuous:
                add(
                    _uid(ItemKind.PREPARATION, "inspection", row.id, "all", database_id),
                    ItemKind.PREPARATION,
                    title,
                    year_start,
                    year_end,
                    row.preparation_text or "实时备检",
                    sections,
                    lights.due(year_end, done=row.prepared),
                    "inspection",
                    row.id,
                    None,
                )
                continue
            derived = preparation_windows(
                row.time_text, row.preparation_text, year, [(x.start, x.end) for x in own]
            )
            if derived is None:
                derived = [(n, x.start, x.end or year_end) for n, x in enumerate(stored_preparation.get(row.id, []))]
            for n, (pair, p_start, p_end) in enumerate(derived):
                add(
                    _uid(ItemKind.PREPARATION, "inspection", row.id, f"p{n}", database_id),
                    ItemKind.PREPARATION,
                    title,
                    p_start,
                    p_end,
                    row.preparation_text,
                    sections,
                    lights.due(p_end, done=row.prepared),
                    "inspection",
                    row.id,
                    None,
                )

        # -- publicity quotas -------------------------------------------------------------
        qr, qq, pi = QuotaRule.__table__.c, QuotaRequirement.__table__.c, PublicityItem.__table__.c
        rules = {
            row.id: row
            for row in run(select(qr.id, qr.seq, qr.kind, qr.coordinator_id).where(qr.plan_id == plan_id))
        }
        requirements = run(
            select(
                qq.id, qq.rule_id, qq.scope, qq.department_id, qq.amount, qq.every_months,
                qq.months, qq.collect_day, qq.subject, qq.text, qq.rest_day_shift,
            )
            .join(QuotaRule.__table__, qr.id == qq.rule_id)
            .where(qr.plan_id == plan_id)
            .order_by(qr.seq, qq.position)
        ).all()
        submitted: dict[tuple[int, int | None], list[dt.date]] = defaultdict(list)
        for row in run(select(pi.rule_id, pi.department_id, pi.date).where(pi.plan_id == plan_id)):
            submitted[(row.rule_id, row.department_id)].append(row.date)

        def count(rule_id, department_id, first: dt.date, last: dt.date) -> int:
            return sum(1 for day in submitted.get((rule_id, department_id), ()) if first <= day <= last)

        series: list[Series] = []
        collections: dict[tuple[int, int], list] = defaultdict(list)
        events: dict[tuple[int, str, str], list] = defaultdict(list)
        for req in requirements:
            rule = rules[req.rule_id]
            if req.collect_day:
                collections[(req.rule_id, req.collect_day)].append(req)
            if req.months:
                events[(req.rule_id, req.months, req.subject)].append(req)
                continue
            if not req.every_months:
                continue
            interval = req.every_months
            city = req.scope is QuotaScope.CITY or req.department_id is None
            section = "全市" if city else names.get(req.department_id, "")
            if interval >= 12:
                recurrence = Recurrence(year_end, year_end, freq=_YEARLY, interval=1, monthday=31)
            else:
                first_due = dt.date(year, first_month, 1) + relativedelta(months=interval - 1)
                if first_due.year != year:
                    continue
                recurrence = monthly_on(req.collect_day or -1, first_due, year_end, interval)
            if city:
                # The city-wide minimum (全市每月至少 2 条): every section's items count towards it.
                title = f"{rule.kind}：全市{req.text}" if req.text else f"{rule.kind}：全市{req.amount}"
            else:
                title = f"{rule.kind}：{section}"
            item = Series(
                uid=_uid(ItemKind.QUOTA_DUE, "quota", req.id, "s", database_id),
                kind=ItemKind.QUOTA_DUE,
                title=title + (f"（{req.subject}）" if req.subject else ""),
                as_written=req.text,
                sections=(section,),
                source="quota_rule",
                source_id=req.rule_id,
                recurrence=recurrence,
                shift=stored_shift(ItemKind.QUOTA_DUE, req.rest_day_shift),
                period_months=min(interval, 12),
            )
            for nominal in recurrence.dates():
                first = dt.date(nominal.year, nominal.month, 1) - relativedelta(months=item.period_months - 1)
                last = month_end(nominal.year, nominal.month)
                if city:
                    delivered = sum(
                        count(req.rule_id, department_id, first, last)
                        for (rule_id, department_id) in submitted
                        if rule_id == req.rule_id
                    )
                else:
                    delivered = count(req.rule_id, req.department_id, first, last)
                item.done[nominal] = delivered >= req.amount
            series.append(item)
        for (rule_id, day), reqs in collections.items():
            rule = rules[rule_id]
            coordinator = names.get(rule.coordinator_id, "")
            senders = [names.get(r.department_id, "") for r in reqs if r.department_id is not None]
            series.append(
                Series(
                    uid=_uid(ItemKind.COLLECTION, "quota", rule_id, f"d{day}", database_id),
                    kind=ItemKind.COLLECTION,
                    title=f"{rule.kind}情况归集到{coordinator}" if coordinator else f"{rule.kind}情况归集",
                    as_written=f"每月{day}日前",
                    sections=tuple(dict.fromkeys([*senders, coordinator] if coordinator else senders)),
                    source="quota_rule",
                    source_id=rule_id,
                    recurrence=monthly_on(day, dt.date(year, first_month, 1), year_end),
                    # Requirements collected on one day share it; the first one's rule decides.
                    shift=stored_shift(ItemKind.COLLECTION, reqs[0].rest_day_shift),
                )
            )
        for (rule_id, months_text, subject), reqs in events.items():
            rule = rules[rule_id]
            try:
                months = [int(x) for x in months_text.split(",") if x.strip()]
            except ValueError:
                continue
            coordinator = names.get(rule.coordinator_id, "")
            owners = [names.get(r.department_id, "") if r.department_id is not None else "全市" for r in reqs]
            sections = tuple(dict.fromkeys([*owners, coordinator] if coordinator else owners))
            for first, last in _runs([x for x in months if 1 <= x <= 12]):
                e_start, e_end = dt.date(year, first, 1), month_end(year, last)
                if (start is not None and e_end < start) or (end is not None and e_start > end):
                    continue
                done = all(count(rule_id, r.department_id, e_start, e_end) >= r.amount for r in reqs)
                add(
                    _uid(ItemKind.EVENT, "quota", reqs[0].id, f"m{first}", database_id),
                    ItemKind.EVENT,
                    f"{rule.kind}：{subject}" if subject else rule.kind,
                    e_start,
                    e_end,
                    reqs[0].text,
                    sections,
                    lights.due(e_end, done=done),
                    "quota_rule",
                    rule_id,
                    None,
                )
    return Collected(year, plan.title, database_id, singles, series, workdays, lights)



def calendar_items(
    database,
    plan_id: int,
    start: dt.date,
    end: dt.date,
    *,
    today: dt.date | None = None,
    workdays: WorkdayCalendar | None = None,
    shifts: Mapping[ItemKind, Shift] | None = None,
) -> list[CalendarItem]:
    """Every occurrence overlapping [start, end], sorted by (start, kind, title).

    *workdays* defaults to the official calendar with the database's corrections;
    *shifts* overrides, per kind, where a deadline on a rest day goes (default: before).
    """
    collected = collect(database, plan_id, start, end, today=today, workdays=workdays, shifts=shifts)
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
    "preparation_windows",
    "task_deadline",
]
