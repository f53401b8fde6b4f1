"""The task list, read with plain SQL so that start-up and the open database share one reader.

:func:`read_task_rows` takes a ``fetch(sql, params)`` that runs a query and returns its
rows as tuples: at start-up it is a ``sqlite3`` cursor (before SQLAlchemy is loaded,
see :mod:`desktop.services.startup`), afterwards a SQLAlchemy session. The SQL is
portable and uses named parameters, which both accept. Aggregates are computed in
five set-wise queries, so a plan of thousands of tasks is read in one pass.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable

from desktop.i18n import tr
from desktop.lights import DEFAULT_YELLOW_DAYS, Light, Verdict, judge
from desktop.lights.deadlines import DeadlineRule
from desktop.lights.trajectory import with_indicators
from desktop.workdays import DEFAULT_CALENDAR
from desktop.models.enums import ExtensionState, Status, TaskLevel, TaskSource, TaskUnitRole
from desktop.people.reading import succession_if_needed
from desktop.people.succession import Capacity
from desktop.services.row_types import TaskRow
from desktop.services.trajectories import indicator_lights

Fetch = Callable[[str, dict], Iterable[tuple]]

_TASKS = """
SELECT t.id, t.code, t.title, t.level, t.status, t.responsible_person_text,
       leader.name, responsible.name, t.closed_on, p.issue_date, t.supervising_leader_id, t.responsible_person_id,
       t.source
FROM task t
JOIN plan p ON p.id = t.plan_id
LEFT JOIN person leader ON leader.id = t.supervising_leader_id
LEFT JOIN person responsible ON responsible.id = t.responsible_person_id
WHERE t.plan_id = :plan_id {scope}
ORDER BY t.position, t.id
"""
_UNITS = """
SELECT u.task_id, u.role, CASE WHEN d.short_name <> '' THEN d.short_name ELSE d.name END
FROM task_unit u
JOIN department d ON d.id = u.department_id
JOIN task t ON t.id = u.task_id
WHERE t.plan_id = :plan_id AND u.role IN (:lead, :co) {scope}
ORDER BY u.task_id, u.position, u.id
"""
_MEASURES = """
SELECT m.task_id, m.status, m.due_date
FROM measure m JOIN task t ON t.id = m.task_id
WHERE t.plan_id = :plan_id {scope}
"""
_MILESTONES = """
SELECT m.task_id, m.due_date, m.done_on
FROM milestone m JOIN task t ON t.id = m.task_id
WHERE t.plan_id = :plan_id AND m.due_date IS NOT NULL {scope}
"""
_REPORTS = """
SELECT r.task_id, max(r.reported_on)
FROM progress_report r JOIN task t ON t.id = r.task_id
WHERE t.plan_id = :plan_id {scope}
GROUP BY r.task_id
"""
#: 延期申请 approved on the task's measures and milestones (the count the list shows).
_EXTENSIONS = """
SELECT e.task_id, count(*)
FROM extension e JOIN task t ON t.id = e.task_id
WHERE t.plan_id = :plan_id AND e.state = :approved {scope}
GROUP BY e.task_id
"""

_KEYS = "SELECT t.id, t.search_key FROM task t WHERE t.plan_id = :plan_id {scope}"
_FIRST = "AND t.id IN (SELECT id FROM task WHERE plan_id = :plan_id ORDER BY position, id LIMIT {limit})"

_OPEN = {Status.NOT_STARTED.value, Status.IN_PROGRESS.value}


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def read_task_rows(
    fetch: Fetch,
    plan_id: int,
    today: dt.date | None = None,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
    only_task: int | None = None,
    limit: int | None = None,
    rule: DeadlineRule | None = None,
) -> list[TaskRow]:
    """The rows of the plan's tasks, in plan order.

    *only_task* reads the one row of that task (to refresh it after an edit); *limit*
    reads the first rows only (the first screen at start-up, before the rest).

    A 分管领导 or 责任人 who has left or is away shows as who acts for them
    (李荣军（代 管伟荣）, see :mod:`desktop.people.succession`); the groups are read for that
    only when somebody is away. Deadlines on rest days are judged where *rule* moves them.
    """
    today = today or dt.date.today()
    params = {"plan_id": plan_id}
    scope = _scope(params, only_task, limit)
    succession = succession_if_needed(fetch, plan_id)
    leads: dict[int, list[str]] = defaultdict(list)
    sections: dict[int, list[str]] = defaultdict(list)
    for task_id, role, name in fetch(
        _UNITS.format(scope=scope), {**params, "lead": TaskUnitRole.LEAD.value, "co": TaskUnitRole.CO.value}
    ):
        if role == TaskUnitRole.LEAD.value:
            leads[task_id].append(name)
        sections[task_id].append(name)
    work = _Work.read(fetch, scope, params, rule)
    indicators = indicator_lights(fetch, plan_id, today, scope, params)
    latest = {task_id: _date(reported) for task_id, reported in fetch(_REPORTS.format(scope=scope), params)}
    extended = dict(fetch(_EXTENSIONS.format(scope=scope), {**params, "approved": ExtensionState.APPROVED.value}))

    rows = []
    for (
        task_id, code, title, level, status, responsible_text, leader, responsible, closed_on, start, leader_id, responsible_id,
        source,
    ) in fetch(_TASKS.format(scope=scope), params):
        if succession is not None:
            leader = succession.stand(leader_id, today, Capacity.LEADER).label() if leader_id is not None else leader
            if responsible_id is not None:
                responsible = succession.stand(responsible_id, today).label()
        status = Status(status)
        open_deadlines = work.deadlines.get(task_id, [])
        verdict = judge(status, open_deadlines, today, start=_date(start), progress=work.progress(task_id),
                        yellow_days=yellow_days, calendar=_calendar(rule), dated=task_id in work.dated)
        verdict = with_indicators(verdict, status, indicators.get(task_id, ()))
        rows.append(
            TaskRow(
                id=task_id,
                code=code,
                title=title,
                level=tr("Labels", TaskLevel(level).label),
                lead_section="、".join(leads.get(task_id, [])),
                supervising_leader=leader or "",
                responsible=responsible or responsible_text,
                next_deadline=min(open_deadlines) if open_deadlines else None,
                status=tr("Labels", status.label),
                latest_report=latest.get(task_id),
                measure_count=work.measure_count.get(task_id, 0),
                light=int(verdict.light),
                light_reason=verdict.reason,
                status_code=status.value,
                sections=tuple(sections.get(task_id, [])),
                closed_on=_date(closed_on),
                measures_done=work.measures_done.get(task_id, 0),
                measures_active=work.measures_active.get(task_id, 0),
                source=tr("Labels", TaskSource(source).label),
                source_code=source,
                extensions=extended.get(task_id, 0),
            )
        )
    return rows


class _Work:
    """What the light of each task is judged on: its open deadlines and its measures' progress."""

    def __init__(self):
        self.measure_count: dict[int, int] = defaultdict(int)
        self.measures_done: dict[int, int] = defaultdict(int)
        self.measures_active: dict[int, int] = defaultdict(int)
        self.deadlines: dict[int, list[dt.date]] = defaultdict(list)
        #: Tasks with any deadline at all, open or done (the others have no light: 未定期限).
        self.dated: set[int] = set()

    @classmethod
    def read(cls, fetch: Fetch, scope: str, params: dict, rule: DeadlineRule | None = None) -> _Work:
        work = cls()
        on_hold, done = Status.ON_HOLD.value, Status.DONE.value
        # SQLite returns dates as text: thousands of deadlines fall on a few hundred days.
        days: dict = {}

        def day(value) -> dt.date:
            found = days.get(value)
            if found is None:
                found = days[value] = rule(_date(value)) if rule is not None else _date(value)
            return found

        for task_id, status, due in fetch(_MEASURES.format(scope=scope), params):
            work.measure_count[task_id] += 1
            if status != on_hold:
                work.measures_active[task_id] += 1
            if status == done:
                work.measures_done[task_id] += 1
            if due is not None:
                work.dated.add(task_id)
                if status in _OPEN:
                    work.deadlines[task_id].append(day(due))
        for task_id, due, done_on in fetch(_MILESTONES.format(scope=scope), params):
            work.dated.add(task_id)
            if done_on is None:
                work.deadlines[task_id].append(day(due))
        return work

    def progress(self, task_id: int) -> float | None:
        active = self.measures_active.get(task_id, 0)
        return self.measures_done.get(task_id, 0) / active if active else None


def _calendar(rule: DeadlineRule | None):
    return rule.calendar if rule is not None else DEFAULT_CALENDAR


_STATES = "SELECT t.id, t.status, p.issue_date FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.plan_id = :plan_id {scope}"


def read_task_lights(
    fetch: Fetch,
    plan_id: int,
    task_ids: Collection[int],
    today: dt.date,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
    rule: DeadlineRule | None = None,
) -> dict[int, tuple[Verdict, dt.date | None]]:
    """Task id → (light, next open deadline) of *task_ids*, judged as the task list judges them.

    Reads only what the light needs (a person's page lists a thousand tasks with their lights).
    """
    if not task_ids:
        return {}
    params = {"plan_id": plan_id}
    scope = _scope(params, None, None, task_ids)
    work = _Work.read(fetch, scope, params, rule)
    indicators = indicator_lights(fetch, plan_id, today, scope, params)
    lights = {}
    for task_id, status, start in fetch(_STATES.format(scope=scope), params):
        deadlines = work.deadlines.get(task_id, [])
        verdict = judge(Status(status), deadlines, today, start=_date(start), progress=work.progress(task_id),
                        yellow_days=yellow_days, calendar=_calendar(rule), dated=task_id in work.dated)
        verdict = with_indicators(verdict, Status(status), indicators.get(task_id, ()))
        lights[task_id] = (verdict, min(deadlines) if deadlines else None)
    return lights


def _scope(params: dict, only_task: int | None, limit: int | None, task_ids: Collection[int] | None = None) -> str:
    if only_task is not None:
        params["task_id"] = only_task
        return "AND t.id = :task_id"
    if limit is not None:
        return _FIRST.format(limit=int(limit))
    if task_ids is not None:
        # Integers written into the statement: a person's page may name thousands of tasks.
        return "AND t.id IN ({0})".format(", ".join(str(int(i)) for i in sorted(set(task_ids))))
    return ""


def read_search_keys(fetch: Fetch, plan_id: int, only_task: int | None = None) -> dict[int, str]:
    """The search keys (see :mod:`desktop.models.search`), read when the filter is first used."""
    params = {"plan_id": plan_id}
    scope = _scope(params, only_task, None)
    return {task_id: key or "" for task_id, key in fetch(_KEYS.format(scope=scope), params)}


__all__ = ["Fetch", "Light", "read_search_keys", "read_task_lights", "read_task_rows"]
