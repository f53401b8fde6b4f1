"""A task as the editor shows it: a frozen snapshot of its fields, measures, milestones, indicators,
reports and events, with the lights and who acts for whom on the day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.i18n import tr
from desktop.lights import Verdict, judge
from desktop.lights.deadlines import DeadlineRule, read_deadline_rule
from desktop.lights.trajectory import with_indicators
from desktop.models import EventKind, Plan, ReportSource, ReportState, Status, TaskUnitRole
from desktop.people.reading import session_fetch, succession_if_needed
from desktop.people.succession import Capacity, Presence


def task_field_labels() -> dict[str, str]:
    return {
        "code": tr("Tasks", "编号"),
        "title": tr("Tasks", "改革攻坚落实事项"),
        "level": tr("Tasks", "级别"),
        "status": tr("Tasks", "状态"),
        "difficulties": tr("Tasks", "难点堵点"),
        "expected_results": tr("Tasks", "预期成果"),
        "responsible_unit": tr("Tasks", "责任部门"),
        "responsible_person_text": tr("Tasks", "责任人"),
        "special_group": tr("Tasks", "专项小组"),
        "requirement": tr("Tasks", "要求"),
        "supervising_leader_id": tr("Tasks", "分管领导"),
        "section_head_id": tr("Tasks", "科室负责人"),
        "responsible_person_id": tr("Tasks", "责任人（人员）"),
        # Where the task comes from (issue 19): 年度方案, or a 领导批示, 会议纪要, 上级交办.
        "source": tr("Instructions", "任务来源"),
        "source_number": tr("Instructions", "来文文号"),
        "source_date": tr("Instructions", "来文日期"),
        "source_leader_id": tr("Instructions", "批示领导"),
        "source_leader_text": tr("Instructions", "批示领导（局外）"),
        "source_text": tr("Instructions", "批示原文"),
    }


@dataclass(frozen=True)
class MeasureSnap:
    id: int
    version: int
    #: 1, 2, 3 … in the task's order (positions themselves may have gaps).
    number: int
    title: str
    description: str
    owner_person_id: int | None
    owner_department_id: int | None
    owner: str
    due_date: dt.date | None
    status: Status
    light: Verdict


@dataclass(frozen=True)
class MilestoneSnap:
    id: int
    version: int
    title: str
    due_text: str
    due_date: dt.date | None
    done_on: dt.date | None
    measure_id: int | None


@dataclass(frozen=True)
class ValueSnap:
    id: int
    as_of: dt.date
    value: float
    source: str


@dataclass(frozen=True)
class IndicatorSnap:
    id: int
    version: int
    name: str
    target: float | None
    unit: str
    is_target: bool
    values: tuple[ValueSnap, ...]

    @property
    def latest(self) -> ValueSnap | None:
        return self.values[-1] if self.values else None

    @property
    def progress(self) -> float | None:
        """The latest value as a share of the target (None without both)."""
        if self.target in (None, 0) or self.latest is None:
            return None
        return self.latest.value / self.target


@dataclass(frozen=True)
class ReportSnap:
    id: int
    version: int
    period: str
    text: str
    author: str
    reported_on: dt.date | None
    source: ReportSource
    source_ref: str
    state: ReportState
    over_limit: bool
    supersedes_id: int | None
    superseded: bool
    review_note: str
    reviewed_by: str
    reviewed_on: dt.date | None


@dataclass(frozen=True)
class EventSnap:
    kind: EventKind
    note: str
    os_user: str
    machine: str
    at: dt.datetime


@dataclass(frozen=True)
class TaskSnapshot:
    id: int
    version: int
    plan_id: int
    plan_year: int
    plan_start: dt.date | None
    fields: dict
    lead_ids: tuple[int, ...]
    co_ids: tuple[int, ...]
    closed_on: dt.date | None
    measures: tuple[MeasureSnap, ...]
    milestones: tuple[MilestoneSnap, ...]
    indicators: tuple[IndicatorSnap, ...]
    reports: tuple[ReportSnap, ...]
    events: tuple[EventSnap, ...]
    light: Verdict
    #: Field → who acts while the person named there is away (李荣军（代 管伟荣）); empty when all serve.
    acting: dict = field(default_factory=dict)


def task_snapshot(session, task, today: dt.date, yellow_days: int) -> TaskSnapshot:
    """The snapshot of *task* (loaded with its parts) as of *today*."""
    plan = session.get(Plan, task.plan_id)
    fields = {name: getattr(task, name) for name in task_field_labels()}
    superseded = {r.supersedes_id for r in task.reports if r.supersedes_id}
    succession = succession_if_needed(session_fetch(session), task.plan_id)
    rule = read_deadline_rule(session, task.plan_id)  # deadlines on rest days are judged where they fall
    reports = sorted(task.reports, key=lambda r: (r.reported_on or dt.date.min, r.id), reverse=True)
    return TaskSnapshot(
        id=task.id,
        version=task.version,
        plan_id=task.plan_id,
        plan_year=plan.year,
        plan_start=plan.issue_date,
        fields=fields,
        lead_ids=tuple(u.department_id for u in task.units if u.role is TaskUnitRole.LEAD),
        co_ids=tuple(u.department_id for u in task.units if u.role is TaskUnitRole.CO),
        closed_on=task.closed_on,
        measures=_measures(task, succession, today, yellow_days, rule),
        milestones=tuple(
            MilestoneSnap(m.id, m.version, m.title, m.due_text, m.due_date, m.done_on, m.measure_id)
            for m in task.milestones
        ),
        indicators=tuple(
            IndicatorSnap(
                i.id, i.version, i.name, i.target, i.unit, i.is_target,
                tuple(ValueSnap(v.id, v.as_of, v.value, v.source) for v in i.values),
            )
            for i in task.indicators
        ),
        reports=tuple(
            ReportSnap(
                r.id, r.version, r.period, r.text, r.author, r.reported_on, r.source, r.source_ref, r.state,
                r.over_limit, r.supersedes_id, r.id in superseded, r.review_note, r.reviewed_by, r.reviewed_on,
            )
            for r in reports
        ),
        events=tuple(EventSnap(e.kind, e.note, e.os_user, e.machine, e.at) for e in reversed(task.events)),
        light=_task_light(session, task, plan, today, yellow_days, rule),
        acting=_acting(succession, fields, today),
    )


def _acting(succession, fields: dict, today: dt.date) -> dict:
    """Field → who acts for the person named there, for those who are away on *today*."""
    acting = {}
    if succession is not None:
        for name, capacity in (
            ("supervising_leader_id", Capacity.LEADER),
            ("section_head_id", Capacity.SECTION_HEAD),
            ("responsible_person_id", None),
        ):
            stand = succession.stand(fields[name], today, capacity)
            if stand.presence is not Presence.SERVING:
                acting[name] = stand.label()
    return acting


def _measures(task, succession, today: dt.date, yellow_days: int, rule: DeadlineRule) -> tuple[MeasureSnap, ...]:
    measures = []
    for number, m in enumerate(task.measures, start=1):
        owner = m.owner_person.name if m.owner_person else (m.owner_department.display_name if m.owner_department else "")
        if succession is not None and m.owner_person_id is not None:
            owner = succession.stand(m.owner_person_id, today).label()
        light = judge(m.status, [rule(m.due_date)] if m.due_date else [], today, yellow_days=yellow_days,
                      calendar=rule.calendar)
        measures.append(
            MeasureSnap(
                m.id, m.version, number, m.title, m.description, m.owner_person_id,
                m.owner_department_id, owner, m.due_date, m.status, light,
            )
        )
    return tuple(measures)


def _task_light(session, task, plan, today: dt.date, yellow_days: int, rule: DeadlineRule) -> Verdict:
    """The task's light: its open deadlines, its progress as the share of its active measures done, its indicators."""
    from desktop.services.trajectories import indicator_lights

    open_deadlines = [m.due_date for m in task.milestones if m.due_date and m.done_on is None]
    open_deadlines += [m.due_date for m in task.measures if m.due_date and m.status in (Status.NOT_STARTED, Status.IN_PROGRESS)]
    active = [m for m in task.measures if m.status is not Status.ON_HOLD]
    progress = sum(m.status is Status.DONE for m in active) / len(active) if active else None
    dated = any(m.due_date for m in task.milestones) or any(m.due_date for m in task.measures)
    verdict = judge(task.status, [rule(d) for d in open_deadlines], today, start=plan.issue_date, progress=progress,
                    yellow_days=yellow_days, calendar=rule.calendar, dated=dated)
    indicators = indicator_lights(session_fetch(session), plan.id, today, "AND t.id = :task_id", {"task_id": task.id})
    return with_indicators(verdict, task.status, indicators.get(task.id, ()))
