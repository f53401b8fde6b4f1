"""Where a deadline that falls on a rest day goes, as the office has set it.

Two kinds of setting, both stored (revision 0006):

* the plan's rule for its one-off deadlines — tasks, measures, milestones
  (``plan.deadline_shift``);
* each counting duty's own rule for its due and collection dates (每月 25 日前归集,
  1 条/2 月), on ``quota_requirement.rest_day_shift``.

The default is the office's practice: the last working day before. A save names the
version it was read at, so a change another PC made in between is reported, not
overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.db.database import ConflictError, Database
from desktop.i18n import tr
from desktop.models.enums import QuotaScope, RestDayShift


@dataclass(frozen=True)
class RequirementShift:
    """One counting duty that has dates of its own, with its rest-day rule."""

    requirement_id: int
    version: int
    #: 事项, e.g. 媒体报道.
    kind: str
    #: The section that owes it (short name), or 全市.
    owner: str
    #: The duty as written, with its collection day: 1 条/2 月（每月 25 日前归集）.
    text: str
    shift: RestDayShift


@dataclass(frozen=True)
class ShiftRules:
    plan_version: int
    #: The rule for one-off deadlines (tasks, measures, milestones).
    deadlines: RestDayShift
    requirements: list[RequirementShift]


def rest_day_rules(database: Database, plan_id: int) -> ShiftRules:
    """The plan's rest-day rules: its own, and each dated counting duty's, in the plan's order."""
    from desktop.models import Department, Plan, QuotaRequirement, QuotaRule

    with database.read() as session:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise LookupError(plan_id)
        names = {
            d.id: d.short_name or d.name
            for d in session.execute(select(Department.id, Department.name, Department.short_name).where(Department.plan_id == plan_id))
        }
        rows = session.execute(
            select(QuotaRequirement, QuotaRule.kind)
            .join(QuotaRule, QuotaRule.id == QuotaRequirement.rule_id)
            .where(QuotaRule.plan_id == plan_id)
            .order_by(QuotaRule.seq, QuotaRequirement.position, QuotaRequirement.id)
        ).all()
        requirements = []
        for requirement, kind in rows:
            # Duties in given months are windows (5-6 月), not deadlines: nothing to move.
            if not (requirement.every_months or requirement.collect_day):
                continue
            city = requirement.scope is QuotaScope.CITY or requirement.department_id is None
            text = requirement.text
            if requirement.collect_day:
                text += tr("RestDayRules", "（每月 {0} 日前归集）").format(requirement.collect_day)
            requirements.append(
                RequirementShift(
                    requirement.id,
                    requirement.version,
                    kind,
                    tr("RestDayRules", "全市") if city else names.get(requirement.department_id, ""),
                    text,
                    requirement.rest_day_shift,
                )
            )
        return ShiftRules(plan.version, plan.deadline_shift, requirements)


def _stale() -> ConflictError:
    return ConflictError(
        tr("RestDayRules", "这项规则刚被另一台电脑上的同事修改过，您的修改没有保存。请关闭后重新打开再改。")
    )


def set_deadline_shift(database: Database, plan_id: int, shift: RestDayShift, version: int) -> int:
    """Set the plan's rule for one-off deadlines, as read at *version*; returns the new version."""
    from desktop.models import Plan

    shift = RestDayShift(shift)
    with database.write(tr("RestDayRules", "期限遇休息日：{0}").format(shift.label)) as session:
        plan = session.get(Plan, plan_id)
        if plan is None or plan.version != version:
            raise _stale()
        plan.deadline_shift = shift
        session.flush()
        return plan.version


def set_requirement_shift(database: Database, requirement_id: int, shift: RestDayShift, version: int) -> int:
    """Set one counting duty's rule, as read at *version*; returns the new version."""
    from desktop.models import QuotaRequirement

    shift = RestDayShift(shift)
    with database.write(tr("RestDayRules", "指标日期遇休息日：{0}").format(shift.label)) as session:
        requirement = session.get(QuotaRequirement, requirement_id)
        if requirement is None or requirement.version != version:
            raise _stale()
        requirement.rest_day_shift = shift
        session.flush()
        return requirement.version
