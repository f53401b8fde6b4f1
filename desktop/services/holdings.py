"""What a person answers for: tasks, measures, inspections' preparation, quotas and group seats.

A person is responsible for a task as its 分管领导, 科室负责人 or 责任人, or as the head of a
section that leads it; for a measure they or their section own; for the preparation of an
inspection their section leads or joins (督察清单); for the quotas their section owes or
coordinates (宣传推广); and for their seats in the groups. A section's responsibilities are its
head's (:meth:`desktop.people.succession.Succession.head_of`). Each comes with its traffic light
and, while the person is away, who acts for them.

Read with plain SQL through ``fetch`` in a few set-wise queries, so a leader with a thousand
tasks opens as quickly as anyone.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from desktop.i18n import tr
from desktop.recurrence import Shift, shifted
from desktop.lights import DEFAULT_YELLOW_DAYS, DueLights, Verdict
from desktop.lights.deadlines import DeadlineRule, read_deadline_rule
from desktop.models.enums import GroupKind, Status, TaskUnitRole, WindowKind
from desktop.people.reading import Fetch, as_date
from desktop.people.succession import Capacity, Presence, Succession
from desktop.periods import month_end
from desktop.services.task_list import read_task_lights

TASK = "task"
MEASURE = "measure"
INSPECTION = "inspection"
QUOTA = "quota"
SEAT = "seat"


def kind_labels() -> dict[str, str]:
    return {
        TASK: tr("People", "任务"),
        MEASURE: tr("People", "措施"),
        INSPECTION: tr("People", "督察准备"),
        QUOTA: tr("People", "宣传推广"),
        SEAT: tr("People", "小组职务"),
    }


def capacity_labels() -> dict[Capacity, str]:
    return {
        Capacity.LEADER: tr("People", "领导职务"),
        Capacity.SECTION_HEAD: tr("People", "科室负责人职责"),
        Capacity.MEMBER: tr("People", "领导小组成员"),
        Capacity.PERSON: tr("People", "本人事务"),
    }


@dataclass(slots=True)
class Holding:
    """One thing a person answers for (read-only; not frozen only because a page lists thousands)."""

    kind: str
    kind_label: str
    #: The task, measure, inspection, quota requirement or seat.
    item_id: int
    #: The task it opens in the 任务 tab (a measure's task, a working group's task), if any.
    task_id: int | None
    code: str
    title: str
    #: In what role: 分管领导、科室负责人 / 牵头准备 / 本期 1 条 …
    role: str
    #: A :class:`~desktop.lights.Light` value, or None where nothing is due (a seat).
    light: int | None
    light_reason: str
    due: dt.date | None
    #: Who answers while the person is away (李荣军（代 管伟荣）, or 待补); "" while they serve.
    answering: str
    capacity_label: str
    #: The person acting for them (None while they serve, or when nobody is left).
    answering_id: int | None = None
    #: A task's light left for the list to ask for when the row is shown (:func:`task_lights`).
    light_pending: bool = False


# Each column is looked up through its index: SQLite reads every task for an OR over the three.
_TASKS = """
SELECT id, code, title, position, responsible_person_id, supervising_leader_id, section_head_id
FROM task
WHERE plan_id = :plan_id AND id IN (
    SELECT id FROM task WHERE responsible_person_id = :person_id
    UNION SELECT id FROM task WHERE supervising_leader_id = :person_id
    UNION SELECT id FROM task WHERE section_head_id = :person_id)
ORDER BY position, id
"""
_LED_TASKS = """
SELECT t.id, t.code, t.title, t.position, u.department_id
FROM task_unit u JOIN task t ON t.id = u.task_id
WHERE t.plan_id = :plan_id AND u.role = :lead AND u.department_id IN ({departments})
ORDER BY t.position, t.id
"""
_MEASURES = """
SELECT m.id, m.task_id, t.code, m.title, m.due_date, m.status, m.owner_person_id
FROM measure m JOIN task t ON t.id = m.task_id
WHERE t.plan_id = :plan_id AND (m.owner_person_id = :person_id {departments})
ORDER BY t.position, t.id, m.position, m.id
"""
_INSPECTIONS = """
SELECT i.id, i.seq, i.item, i.prepared, i.continuous, i.time_text, i.preparation_text, u.role, u.department_id
FROM inspection_unit u JOIN inspection i ON i.id = u.inspection_id
WHERE i.plan_id = :plan_id AND u.department_id IN ({departments})
ORDER BY i.seq, i.id, u.position
"""
_WINDOWS = """
SELECT w.inspection_id, w.kind, w.start, w."end"
FROM date_window w JOIN inspection i ON i.id = w.inspection_id
WHERE i.plan_id = :plan_id AND i.id IN ({inspections})
"""
_REQUIREMENTS = """
SELECT q.id, r.seq, r.kind, q.subject, q.text, q.amount, q.every_months, q.months, q.department_id, r.id
FROM quota_requirement q JOIN quota_rule r ON r.id = q.rule_id
WHERE r.plan_id = :plan_id AND q.department_id IN ({departments})
ORDER BY r.seq, q.position, q.id
"""
_COORDINATED = "SELECT id, seq, kind FROM quota_rule WHERE plan_id = :plan_id AND coordinator_id IN ({departments}) ORDER BY seq, id"
_ITEMS = """
SELECT rule_id, department_id, date FROM publicity_item
WHERE plan_id = :plan_id AND department_id IN ({departments})
"""
_GROUPS = 'SELECT id, kind, label, name, task_id FROM "group" WHERE plan_id = :plan_id'
_PLAN_YEAR = "SELECT year FROM plan WHERE id = :plan_id"


def _ids(values) -> str:
    return ", ".join(str(int(v)) for v in sorted(set(values)))


@dataclass
class _Reading:
    """What the parts of :func:`collect_holdings` share: the person, the day and how to read."""

    session: object
    fetch: Fetch
    succession: Succession
    plan_id: int
    person_id: int
    today: dt.date
    yellow_days: int
    lights: bool

    def __post_init__(self) -> None:
        self.params = {"plan_id": self.plan_id, "person_id": self.person_id}
        self.kinds = capacity_labels()
        self.labels = kind_labels()
        self.away = self.succession.presence(self.person_id, self.today) is not Presence.SERVING
        self.headed = self.succession.headed_by(self.person_id, self.today)
        #: Where deadlines on rest days fall, and the lights on that calendar (None without lights).
        self.rule = read_deadline_rule(self.session, self.plan_id) if self.lights else None
        self.judged = DueLights(self.today, self.rule.calendar, self.yellow_days) if self.lights else None
        self.principal = self.succession.capacity(self.person_id, self.today)

    def answering(self, capacity: Capacity) -> tuple[str, int | None]:
        """Who answers in *capacity* while the person is away ("", None while they serve)."""
        if not self.away:
            return "", None
        stand = self.succession.stand(self.person_id, self.today, capacity)
        return (stand.label() if stand.acting else tr("People", "待补")), stand.acting_id

    def section_answer(self) -> tuple[str, str, int | None]:
        return _answer(self.answering(Capacity.SECTION_HEAD), self.kinds[Capacity.SECTION_HEAD])


def collect_holdings(
    session,
    fetch: Fetch,
    succession: Succession,
    plan_id: int,
    person_id: int,
    today: dt.date,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
    *,
    lights: bool = True,
    task_lights_later: bool = False,
) -> list[Holding]:
    """Everything *person_id* answers for on *today*, in the order: seats, tasks, measures, inspections, quotas.

    *lights* False leaves the lights out (a removal only needs the list). *task_lights_later*
    leaves the tasks' lights to be read for the rows a list shows (:func:`task_lights`): a
    leader answers for a thousand tasks, and judging each reads its measures and milestones.
    """
    r = _Reading(session, fetch, succession, plan_id, person_id, today, yellow_days, lights)
    holdings = _seats(r) + _tasks(r, task_lights_later) + _measures(r)
    if r.headed:
        holdings += _inspections(r) + _quotas(r)
    return holdings


def _seats(r: _Reading) -> list[Holding]:
    seats = r.succession.seats_of(r.person_id, r.today)
    groups = {}
    if seats:
        groups = {gid: (GroupKind(kind), label, name, task_id) for gid, kind, label, name, task_id in r.fetch(_GROUPS, r.params)}
    holdings = []
    for seat in seats:
        kind, label, name, task_id = groups.get(seat.group_id, (GroupKind.WORKING, "", "", None))
        capacity = r.succession.seat_capacity(seat, r.today)
        stand = r.succession.seat_stand(seat, r.today)
        holdings.append(
            Holding(
                SEAT, r.labels[SEAT], seat.id, task_id, label if kind is GroupKind.WORKING else tr("Labels", kind.label),
                name, tr("Labels", seat.role.label), None, "", None,
                (stand.label() if stand.acting else tr("People", "待补")) if r.away else "", r.kinds[capacity],
                stand.acting_id if r.away else None,
            )
        )
    return holdings


def _task_roles(r: _Reading) -> tuple[dict, dict, dict]:
    """Task id → the person's roles in it (with their capacity), its (code, title) and its place in the plan."""
    as_leader, as_head, as_responsible = tr("People", "分管领导"), tr("People", "科室负责人"), tr("People", "责任人")
    roles: dict[int, list[tuple[str, Capacity]]] = defaultdict(list)
    titles: dict[int, tuple[str, str]] = {}
    #: The tasks in the plan's order.
    order: dict[int, tuple[int, int]] = {}
    for task_id, code, title, position, responsible, leader, head in r.fetch(_TASKS, r.params):
        titles[task_id] = (code, title)
        order[task_id] = (position, task_id)
        if leader == r.person_id:
            roles[task_id].append((as_leader, Capacity.LEADER))
        if head == r.person_id:
            roles[task_id].append((as_head, Capacity.SECTION_HEAD))
        if responsible == r.person_id:
            roles[task_id].append((as_responsible, r.principal))
    if r.headed:
        names = _department_names(r.session, r.headed)
        for task_id, code, title, position, department_id in r.fetch(
            _LED_TASKS.format(departments=_ids(r.headed)), {**r.params, "lead": TaskUnitRole.LEAD.value}
        ):
            titles[task_id] = (code, title)
            order[task_id] = (position, task_id)
            if not any(capacity is Capacity.SECTION_HEAD for _, capacity in roles[task_id]):
                roles[task_id].append(
                    (tr("People", "牵头科室（{0}）负责人").format(names.get(department_id, "")), Capacity.SECTION_HEAD)
                )
    return roles, titles, order


def _tasks(r: _Reading, task_lights_later: bool) -> list[Holding]:
    roles, titles, order = _task_roles(r)
    judge_now = r.lights and not task_lights_later
    task_lights = read_task_lights(r.fetch, r.plan_id, list(roles), r.today, r.yellow_days, r.rule) if judge_now else {}
    answers = {capacity: _answer(r.answering(capacity), r.kinds[capacity]) for capacity in Capacity}
    holdings = []
    for task_id in sorted(roles, key=lambda task_id: order[task_id]):
        code, title = titles[task_id]
        verdict, due = task_lights.get(task_id, (None, None))
        held = roles[task_id]
        holdings.append(
            Holding(
                TASK, r.labels[TASK], task_id, task_id, code, title, held[0][0] if len(held) == 1 else "、".join(role for role, _ in held),
                int(verdict.light) if verdict else None, verdict.reason if verdict else "", due, *answers[held[0][1]],
                light_pending=r.lights and task_lights_later,
            )
        )
    return holdings


def _measures(r: _Reading) -> list[Holding]:
    departments = f"OR m.owner_department_id IN ({_ids(r.headed)})" if r.headed else ""
    own = (tr("People", "措施负责人"), *_answer(r.answering(r.principal), r.kinds[r.principal]))
    section = (tr("People", "科室所负责的措施"), *r.section_answer())
    holdings = []
    for measure_id, task_id, code, title, due, status, owner in r.fetch(_MEASURES.format(departments=departments), r.params):
        due = r.rule(as_date(due)) if r.lights and due is not None else as_date(due)
        verdict = r.judged.due(due, status=Status(status)) if r.lights else None
        role, *answer = own if owner == r.person_id else section
        holdings.append(
            Holding(
                MEASURE, r.labels[MEASURE], measure_id, task_id, code, title, role,
                int(verdict.light) if verdict else None, verdict.reason if verdict else "", due, *answer,
            )
        )
    return holdings


def _inspections(r: _Reading) -> list[Holding]:
    """The preparation of the inspections the sections the person heads lead or join."""
    found: dict[int, list] = {}
    for inspection_id, seq, item, prepared, continuous, time_text, preparation_text, role, _department in r.fetch(
        _INSPECTIONS.format(departments=_ids(r.headed)), r.params
    ):
        entry = found.setdefault(inspection_id, [seq, item, bool(prepared), bool(continuous), set(), time_text, preparation_text])
        entry[4].add(role)
    year = next(iter(r.fetch(_PLAN_YEAR, r.params)), (r.today.year,))[0]
    windows: dict[int, list[tuple[str, dt.date, dt.date | None]]] = defaultdict(list)
    if found and r.lights:
        for inspection_id, kind, start, end in r.fetch(_WINDOWS.format(inspections=_ids(found)), r.params):
            windows[inspection_id].append((kind, as_date(start), as_date(end)))
    section = r.section_answer()
    holdings = []
    for inspection_id, (seq, item, prepared, continuous, unit_roles, *texts) in found.items():
        role = tr("People", "牵头准备") if TaskUnitRole.LEAD.value in unit_roles else tr("People", "协同准备")
        verdict, due = (
            _inspection_light(prepared, continuous, texts, year, windows.get(inspection_id, []), r.judged)
            if r.lights else (None, None)
        )
        holdings.append(
            Holding(
                INSPECTION, r.labels[INSPECTION], inspection_id, None, str(seq), item, role,
                int(verdict.light) if verdict else None, verdict.reason if verdict else "", due, *section,
            )
        )
    return holdings


def _quotas(r: _Reading) -> list[Holding]:
    """The quotas the sections the person heads owe, and those they coordinate."""
    year = next(iter(r.fetch(_PLAN_YEAR, r.params)), (r.today.year,))[0]
    submitted: dict[tuple[int, int], list[dt.date]] = defaultdict(list)
    if r.lights:
        for rule_id, department_id, day in r.fetch(_ITEMS.format(departments=_ids(r.headed)), r.params):
            submitted[(rule_id, department_id)].append(as_date(day))
    section = r.section_answer()
    holdings = []
    requirements = r.fetch(_REQUIREMENTS.format(departments=_ids(r.headed)), r.params)
    timing = _quota_timing(r.session, r.plan_id, [row[0] for row in requirements]) if r.lights else {}
    for requirement_id, seq, kind, subject, text, amount, every, months, department_id, rule_id in requirements:
        title = f"{kind}：{subject}" if subject else kind
        verdict, due = (None, None)
        if r.lights:
            verdict, due = _quota_light(
                amount, every, months, year, r.today, submitted.get((rule_id, department_id), []), r.judged,
                timing[requirement_id], r.rule.calendar,
            )
        holdings.append(
            Holding(
                QUOTA, r.labels[QUOTA], requirement_id, None, str(seq), title, text,
                int(verdict.light) if verdict else None, verdict.reason if verdict else "", due, *section,
            )
        )
    for rule_id, seq, kind in r.fetch(_COORDINATED.format(departments=_ids(r.headed)), r.params):
        holdings.append(
            Holding(
                QUOTA, r.labels[QUOTA], -rule_id, None, str(seq), kind, tr("People", "统筹协调"),
                None, "", None, *section,
            )
        )
    return holdings


def task_lights(fetch: Fetch, plan_id: int, task_ids, today: dt.date, yellow_days: int = DEFAULT_YELLOW_DAYS,
                rule: DeadlineRule | None = None) -> dict[int, tuple[int, str, dt.date | None]]:
    """Task id → (light, reason, next deadline), for holdings whose light was left for later."""
    return {
        task_id: (int(verdict.light), verdict.reason, due)
        for task_id, (verdict, due) in read_task_lights(fetch, plan_id, task_ids, today, yellow_days, rule).items()
    }


def _answer(answering: tuple[str, int | None], capacity_label: str) -> tuple[str, str, int | None]:
    """The (answering, capacity_label, answering_id) fields of a holding."""
    return answering[0], capacity_label, answering[1]


def _department_names(session, ids) -> dict[int, str]:
    from sqlalchemy import select

    from desktop.models import Department

    return {
        d.id: d.display_name for d in session.scalars(select(Department).where(Department.id.in_(list(ids))))
    }


def _inspection_light(prepared, continuous, texts, year, windows, judged: DueLights) -> tuple[Verdict, dt.date | None]:
    """The light of an inspection's line: that of its preparation still ahead, as the calendar draws it."""
    from desktop.calendar.items import preparation_plan

    own = sorted((start, end) for kind, start, end in windows if kind == WindowKind.INSPECTION.value)
    stored = sorted((start, end) for kind, start, end in windows if kind == WindowKind.PREPARATION.value)
    planned = preparation_plan(texts[0] or "", texts[1] or "", continuous, year, own, stored)
    year_end = dt.date(year, 12, 31)
    return judged.inspection_row(
        prepared=prepared,
        continuous=continuous,
        preparations=[(end, over) for _, end, over in planned],
        windows=[(start, end or year_end) for start, end in own],
    )


def _quota_timing(session, plan_id: int, requirement_ids) -> dict[int, tuple[int, int | None, Shift]]:
    """Requirement id → (the plan's first month, its collection day, where its dates go on rest days)."""
    from sqlalchemy import select

    from desktop.models import Plan, QuotaRequirement

    year, issued = session.execute(select(Plan.year, Plan.issue_date).where(Plan.id == plan_id)).one()
    first_month = issued.month if issued is not None and issued.year == year else 1
    q = QuotaRequirement.__table__.c
    rows = session.execute(select(q.id, q.collect_day, q.rest_day_shift).where(q.id.in_(list(requirement_ids)))) if requirement_ids else []
    return {
        row.id: (first_month, row.collect_day, Shift(row.rest_day_shift.value) if row.rest_day_shift is not None else Shift.BEFORE)
        for row in rows
    }


def _quota_light(amount, every, months, year, today, dates, judged, timing, calendar) -> tuple[Verdict | None, dt.date | None]:
    """The light of a section's quota in its current period (本期), on the calendar's due dates: green once enough items are in."""
    from desktop.calendar.sources import month_runs, quota_period, quota_recurrence

    first_month, collect_day, how = timing
    if months:
        runs = month_runs([int(m) for m in str(months).split(",") if m.strip() and 1 <= int(m) <= 12])
        if not runs:
            return None, None
        start, end = next((run for run in runs if month_end(year, run[1]) >= today), runs[-1])
        first, due = dt.date(year, start, 1), month_end(year, end)
        last = due
    elif every:
        recurrence = quota_recurrence(year, first_month, int(every), collect_day)
        if recurrence is None:
            return None, None
        dues = [(nominal, shifted(nominal, calendar, how)) for nominal in recurrence.dates()]
        nominal, due = next(((n, actual) for n, actual in dues if actual >= today), dues[-1])
        first, last = quota_period(nominal, int(every))
    else:
        return None, None
    count = sum(1 for day in dates if first <= day <= last)
    return judged.quota(first, due, count, amount or 1), due


def holding_lines(holdings: list[Holding]) -> list[str]:
    """One line per holding, for a refusal: 任务 2-1 柳州市建立…：分管领导."""
    return [f"{h.kind_label} {h.code} {h.title}：{h.role}".replace("  ", " ") for h in holdings]


__all__ = ["Holding", "capacity_labels", "collect_holdings", "holding_lines", "kind_labels", "task_lights"]
