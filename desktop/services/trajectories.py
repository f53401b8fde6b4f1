"""序时进度: reading and saving the indicators' monthly plans; the rule is :mod:`desktop.lights.trajectory`.

:func:`read_trajectories` reads with plain, portable SQL through ``fetch(sql, params)`` (as the
task list does, see :mod:`desktop.services.task_list`), so the task list, the 指标 tab, the
editor and the 定期通报 judge the same trajectories.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.services.editing import ValidationError
from desktop.lights.rules import Verdict
from desktop.lights.trajectory import DEFAULT_MARGIN_PERCENT, MONTHS, Trajectory, judge_indicator
from desktop.people.reading import session_fetch

Fetch = Callable[[str, dict], Iterable[tuple]]

_TRACKED = """
SELECT i.id, i.task_id, i.name, i.target, i.unit, i.baseline, i.deadline, p.year
FROM indicator i JOIN task t ON t.id = i.task_id JOIN plan p ON p.id = t.plan_id
WHERE t.plan_id = :plan_id AND i.tracked = :tracked AND i.target IS NOT NULL {scope}
ORDER BY t.position, t.id, i.position, i.id
"""
_TYPED = """
SELECT m.indicator_id, m.month, m.value
FROM indicator_month m JOIN indicator i ON i.id = m.indicator_id JOIN task t ON t.id = i.task_id
WHERE t.plan_id = :plan_id AND i.tracked = :tracked {scope}
"""
_ACTUALS = """
SELECT v.indicator_id, v.as_of, v.value
FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id JOIN task t ON t.id = i.task_id
WHERE t.plan_id = :plan_id AND i.tracked = :tracked {scope}
ORDER BY v.as_of, v.id
"""
_MARGIN = "SELECT indicator_margin FROM plan WHERE id = :plan_id"


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class Tracked:
    """A tracked indicator: its task and its trajectory."""

    id: int
    task_id: int
    trajectory: Trajectory


def read_trajectories(fetch: Fetch, plan_id: int, scope: str = "", params: Mapping | None = None) -> list[Tracked]:
    """The plan's tracked indicators with a target (within *scope*, a condition on ``t``), in plan order."""
    params = {**(params or {}), "plan_id": plan_id, "tracked": True}
    tracked = list(fetch(_TRACKED.format(scope=scope), params))
    if not tracked:  # most plans track none: the task list reads nothing more
        return []
    typed: dict[int, dict[int, float]] = defaultdict(dict)
    for indicator_id, month, value in fetch(_TYPED.format(scope=scope), params):
        typed[indicator_id][int(month)] = float(value)
    actuals: dict[int, list[tuple[dt.date, float]]] = defaultdict(list)
    for indicator_id, as_of, value in fetch(_ACTUALS.format(scope=scope), params):
        actuals[indicator_id].append((_date(as_of), float(value)))
    return [
        Tracked(i_id, task_id, Trajectory(
            name, int(year), float(target), unit or "", None if baseline is None else float(baseline), _date(deadline),
            dict(typed.get(i_id, {})), tuple(actuals.get(i_id, ())),
        ))
        for i_id, task_id, name, target, unit, baseline, deadline, year in tracked
    ]


def read_margin(fetch: Fetch, plan_id: int) -> float:
    for (margin,) in fetch(_MARGIN, {"plan_id": plan_id}):
        return float(margin) if margin is not None else DEFAULT_MARGIN_PERCENT
    return DEFAULT_MARGIN_PERCENT


def indicator_lights(
    fetch: Fetch, plan_id: int, today: dt.date, scope: str = "", params: Mapping | None = None
) -> dict[int, list[tuple[str, Verdict]]]:
    """Task id → (indicator name, light on *today*) of its tracked indicators."""
    lights: dict[int, list[tuple[str, Verdict]]] = defaultdict(list)
    found = read_trajectories(fetch, plan_id, scope, params)
    margin = read_margin(fetch, plan_id) if found else DEFAULT_MARGIN_PERCENT
    for tracked in found:
        lights[tracked.task_id].append((tracked.trajectory.name, judge_indicator(tracked.trajectory, today, margin)))
    return lights


# --- the 指标 tab and its editor ---------------------------------------------------------------


@dataclass(frozen=True)
class TrajectoryView:
    """What the 数值目标 page shows of an indicator on a day."""

    indicator_id: int
    tracked: bool
    target: float | None
    baseline: float | None
    deadline: dt.date | None
    year: int
    #: Month → the typed value (the others are linear).
    typed: Mapping[int, float]
    #: The planned value by the end of each month 1..12 (None: no trajectory, or nothing to start from).
    planned: tuple[float | None, ...]
    #: The latest value reported by the end of each month 1..12, up to *today* (None after it).
    actual: tuple[float | None, ...]
    light: Verdict
    margin: float


def trajectory_view(database, indicator_id: int, today: dt.date) -> TrajectoryView:
    """The indicator's trajectory (tracked or not: the editor shows the linear plan it would have)."""
    from desktop.lights.trajectory import month_end
    from desktop.models import Indicator, IndicatorMonth, IndicatorValue, Plan, Task
    from sqlalchemy import select

    with database.read() as session:
        row = session.execute(
            select(Indicator.name, Indicator.target, Indicator.unit, Indicator.baseline, Indicator.deadline,
                   Indicator.tracked, Plan.year, Plan.indicator_margin)
            .join(Task, Task.id == Indicator.task_id).join(Plan, Plan.id == Task.plan_id)
            .where(Indicator.id == indicator_id)
        ).one_or_none()
        if row is None:
            raise UserError(tr("Trajectories", "这个指标已被删除。"))
        typed = dict(session.execute(
            select(IndicatorMonth.month, IndicatorMonth.value).where(IndicatorMonth.indicator_id == indicator_id)
        ).all())
        actuals = tuple(session.execute(
            select(IndicatorValue.as_of, IndicatorValue.value).where(IndicatorValue.indicator_id == indicator_id)
            .order_by(IndicatorValue.as_of, IndicatorValue.id)
        ).all())
    name, target, unit, baseline, deadline, tracked, year, margin = row
    trajectory = None
    if target is not None:
        trajectory = Trajectory(name, year, target, unit, baseline, deadline, typed, tuple(map(tuple, actuals)))
    planned = tuple(trajectory.monthly()) if trajectory is not None else (None,) * 12
    actual = []
    for month in MONTHS:
        end = month_end(year, month)
        by = min(end, today)
        found = [value for day, value in actuals if day <= by] if end <= month_end(today.year, today.month) else []
        actual.append(found[-1] if found else None)
    light = judge_indicator(trajectory if tracked else None, today, margin)
    return TrajectoryView(indicator_id, bool(tracked), target, baseline, deadline, year, typed, planned,
                          tuple(actual), light, margin)


def parse_number(text: str, label: str) -> float | None:
    """A number the office typed (None: left empty); a plain message for anything else."""
    text = (text or "").strip().replace("，", ",").replace(",", "").rstrip("%％")
    if not text:
        return None
    try:
        value = float(text)
        if not math.isfinite(value):
            raise ValueError(text)
        return value
    except ValueError:
        raise ValidationError(tr("Trajectories", "{0}“{1}”不是数字。").format(label, text)) from None


def parse_months(months: Mapping) -> dict[int, float]:
    """Month → value from what the office typed (month numbers and texts); empty texts are left linear."""
    parsed = {}
    for month, value in months.items():
        try:
            number = int(str(month).strip().rstrip("月"))
        except ValueError:
            raise ValidationError(tr("Trajectories", "月份“{0}”不是 1 至 12 之间的数。").format(month)) from None
        if number not in MONTHS:
            raise ValidationError(tr("Trajectories", "月份 {0} 不在计划年度内（应为 1 至 12 月）。").format(number))
        found = value if isinstance(value, (int, float)) else parse_number(str(value), tr("Trajectories", "{0}月的序时目标").format(number))
        if found is not None:
            parsed[number] = float(found)
    return parsed


def save_trajectory(
    database, indicator_id: int, *, tracked: bool, baseline: str | float | None = "", deadline: dt.date | None = None,
    months: Mapping | None = None,
) -> None:
    """Save the indicator's trajectory: on or off, its baseline, deadline and typed months (the rest linear)."""
    from desktop.models import Indicator, IndicatorMonth, Plan, Task
    from sqlalchemy import select

    base = parse_number(baseline, tr("Trajectories", "年初基数")) if isinstance(baseline, str) else baseline
    typed = parse_months(months or {})
    with database.write(note=tr("Trajectories", "修改序时进度")) as session:
        indicator = session.get(Indicator, indicator_id)
        if indicator is None:
            raise UserError(tr("Trajectories", "这个指标已被删除。"))
        year = session.scalar(select(Plan.year).join(Task, Task.plan_id == Plan.id).where(Task.id == indicator.task_id))
        if tracked and indicator.target is None:
            raise ValidationError(tr("Trajectories", "指标“{0}”没有目标值，不能按序时进度考核。").format(indicator.name))
        if deadline is not None and deadline.year != year:
            raise ValidationError(tr("Trajectories", "目标期限 {0} 不在计划年度 {1} 年内。").format(deadline.isoformat(), year))
        indicator.tracked, indicator.baseline, indicator.deadline = bool(tracked), base, deadline
        stored = {m.month: m for m in session.scalars(select(IndicatorMonth).where(IndicatorMonth.indicator_id == indicator_id))}
        for month, row in stored.items():
            if month not in typed:
                session.delete(row)
            elif row.value != typed[month]:
                row.value = typed[month]
        for month, value in typed.items():
            if month not in stored:
                session.add(IndicatorMonth(indicator_id=indicator_id, month=month, value=value))


def parse_margin(margin: str | float) -> float:
    """The margin for red as typed, in % of the target: a number from 0 to 100."""
    value = parse_number(margin, tr("Trajectories", "红灯界限")) if isinstance(margin, str) else float(margin)
    if value is None or not 0 <= value <= 100:
        raise ValidationError(tr("Trajectories", "红灯界限应为 0 至 100 之间的百分数。"))
    return value


def set_margin(database, plan_id: int, margin: str | float) -> None:
    """The plan's margin for red, in % of the target (0 to 100)."""
    from desktop.models import Plan

    value = parse_margin(margin)
    with database.write(note=tr("Trajectories", "修改序时进度红灯界限")) as session:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise UserError(tr("Trajectories", "这个计划已被删除。"))
        plan.indicator_margin = value


def plan_lights(database, plan_id: int, today: dt.date) -> dict[int, Verdict]:
    """Indicator id → its light on *today*, for every tracked indicator of the plan."""
    with database.read() as session:
        fetch = session_fetch(session)
        margin = read_margin(fetch, plan_id)
        return {t.id: judge_indicator(t.trajectory, today, margin) for t in read_trajectories(fetch, plan_id)}


def plan_trajectories(database, plan_id: int) -> tuple[dict[int, Trajectory], float]:
    """Indicator id → trajectory of the plan's tracked indicators, and the plan's margin."""
    with database.read() as session:
        fetch = session_fetch(session)
        return {t.id: t.trajectory for t in read_trajectories(fetch, plan_id)}, read_margin(fetch, plan_id)


__all__ = [
    "Tracked",
    "TrajectoryView",
    "indicator_lights",
    "parse_margin",
    "parse_months",
    "parse_number",
    "plan_lights",
    "plan_trajectories",
    "read_margin",
    "read_trajectories",
    "save_trajectory",
    "set_margin",
    "trajectory_view",
]
