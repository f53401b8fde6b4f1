"""A plan the next year's plan was made from is read-only: every flush that would change it is refused.

The rule belongs to the rows: a plan whose id another plan names as ``origin_plan_id``
(新建年度计划) keeps what it held. Before each flush of a session the plans are read (one
small query); only when some plan was carried over are the changed rows traced to their plan
(a measure through its task, a seat through its group …), and a change to a read-only plan
raises :class:`PlanReadOnlyError` with a plain message, so nothing is written.
"""

from __future__ import annotations

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.i18n import tr


class PlanReadOnlyError(UserError):
    """An edit of a plan the next year's plan was made from."""


def read_only_message(year: int, newer_year: int) -> str:
    """The plain message an edit of a previous year's plan gets."""
    return tr("NextYear", "{0} 年计划已结转到 {1} 年计划，只能查看，不能修改。请切换到 {1} 年计划后再修改。").format(
        year, newer_year
    )


#: The reference that leads from a row without ``plan_id`` towards its plan, tried in order.
_PARENTS = ("task_id", "group_id", "inspection_id", "rule_id", "indicator_id", "person_id")


def _parent(session: Session, obj, attribute: str):
    from desktop.models import Group, Indicator, Inspection, Person, QuotaRule, Task

    models = {"task_id": Task, "group_id": Group, "inspection_id": Inspection, "rule_id": QuotaRule,
              "indicator_id": Indicator, "person_id": Person}
    value = getattr(obj, attribute, None)
    return None if value is None else session.get(models[attribute], value)


def plan_of(session: Session, obj, depth: int = 0) -> int | None:
    """The plan *obj* belongs to (None when it belongs to none, or is not known yet)."""
    from desktop.models import Plan

    if isinstance(obj, Plan):
        return obj.id
    plan_id = getattr(obj, "plan_id", None)
    if plan_id is not None or depth > 3:
        return plan_id
    for attribute in _PARENTS:
        parent = _parent(session, obj, attribute)
        if parent is not None:
            return plan_of(session, parent, depth + 1)
    return None


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_read_only_plans(session: Session, _flush_context, _instances) -> None:
    from desktop.models import Plan

    changed = [*session.new, *session.dirty, *session.deleted]
    if not changed:
        return
    with session.no_autoflush:
        plans = session.execute(select(Plan.id, Plan.year, Plan.origin_plan_id)).all()
        newer = {origin: year for _id, year, origin in sorted(plans, key=lambda p: -p.year) if origin is not None}
        if not newer:
            return
        years = {plan_id: year for plan_id, year, _origin in plans}
        for obj in changed:
            if obj in session.dirty and not session.is_modified(obj, include_collections=False):
                continue
            plan_id = plan_of(session, obj)
            if plan_id in newer:
                raise PlanReadOnlyError(read_only_message(years[plan_id], newer[plan_id]))


def refuse_if_task_read_only(session: Session, task_id: int) -> None:
    """For saves written past the ORM (a progress report through the driver): refuse a task of a read-only plan."""
    from sqlalchemy.orm import aliased

    from desktop.models import Plan, Task

    newer = aliased(Plan)
    row = session.connection().execute(
        select(Plan.year, newer.year)
        .select_from(Task)
        .join(Plan, Plan.id == Task.plan_id)
        .join(newer, newer.origin_plan_id == Plan.id)
        .where(Task.id == task_id)
        .limit(1)
    ).first()
    if row is not None:
        raise PlanReadOnlyError(read_only_message(row[0], row[1]))
