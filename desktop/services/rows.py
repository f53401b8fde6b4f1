"""The rows each tab lists, read in one session and handed to the views as plain objects.

Views never see a SQLAlchemy object: they get frozen dataclasses, so nothing can
lazy-load on the GUI thread after the session is gone.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.i18n import tr
from desktop.lights import DEFAULT_YELLOW_DAYS
from desktop.lights.deadlines import read_deadline_rule
from desktop.periods import month_end
from desktop.services.task_list import read_search_keys, read_task_rows
from desktop.services.row_types import (
    AgendaRow,
    ContactRow,
    IndicatorRow,
    PersonRow,
    QuotaRow,
    TaskRow,
)
from desktop.models import (
    Contact,
    Department,
    Indicator,
    Inspection,
    InspectionUnit,
    Person,
    Plan,
    QuotaRequirement,
    QuotaRule,
    QuotaScope,
    Task,
    TaskUnit,
    TaskUnitRole,
    WindowKind,
)


def _person_name(person: Person | None) -> str:
    return person.name if person is not None else ""


def _department_name(department: Department | None) -> str:
    return department.display_name if department is not None else ""


def task_rows(
    database: Database,
    plan_id: int,
    today: dt.date | None = None,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
    task_id: int | None = None,
    limit: int | None = None,
) -> list[TaskRow]:
    """The task list of the plan, or the one row of *task_id*, or the first *limit* rows."""
    with database.read() as session:
        return read_task_rows(
            lambda sql, params: session.execute(text(sql), params).all(), plan_id, today, yellow_days, task_id, limit,
            read_deadline_rule(session, plan_id),
        )


def search_keys(database: Database, plan_id: int, task_id: int | None = None) -> dict[int, str]:
    """Task id → search key (text, pinyin and initials) for the filter box."""
    with database.read() as session:
        return read_search_keys(lambda sql, params: session.execute(text(sql), params).all(), plan_id, task_id)


def agenda_rows(database: Database, plan_id: int) -> list[AgendaRow]:
    """Everything with a date: inspection windows, preparation, milestones and month-bound quotas."""
    rows: list[AgendaRow] = []
    with database.read() as session:
        inspections = session.scalars(
            select(Inspection)
            .where(Inspection.plan_id == plan_id)
            .order_by(Inspection.seq)
            .options(
                selectinload(Inspection.windows),
                selectinload(Inspection.units).selectinload(InspectionUnit.department),
            )
        ).all()
        for inspection in inspections:
            lead = [u.department.display_name for u in inspection.units if u.role is TaskUnitRole.LEAD]
            co = [u.department.display_name for u in inspection.units if u.role is TaskUnitRole.CO]
            who = tr("Rows", "{0}牵头").format("、".join(lead)) if lead else ""
            if co:
                who += tr("Rows", "，协同{0}").format("、".join(co))
            for window in inspection.windows:
                if window.kind is WindowKind.INSPECTION:
                    kind, title = tr("Rows", "督查"), inspection.item
                else:
                    kind, title = tr("Rows", "备检"), tr("Rows", "{0}（备检）").format(inspection.item)
                rows.append(AgendaRow(window.start, window.end, kind, title, window.text, who))
            if inspection.continuous:
                first = min((w.start for w in inspection.windows), default=None)
                rows.append(
                    AgendaRow(
                        first,
                        None,
                        tr("Rows", "备检"),
                        tr("Rows", "{0}（备检）").format(inspection.item),
                        inspection.preparation_text,
                        who,
                    )
                )
        tasks = session.scalars(
            select(Task)
            .where(Task.plan_id == plan_id)
            .options(selectinload(Task.milestones), selectinload(Task.units).selectinload(TaskUnit.department))
        ).all()
        for task in tasks:
            lead = "、".join(u.department.display_name for u in task.units if u.role is TaskUnitRole.LEAD)
            for milestone in task.milestones:
                if milestone.due_date:
                    rows.append(
                        AgendaRow(
                            milestone.due_date,
                            milestone.due_date,
                            tr("Rows", "节点"),
                            milestone.title,
                            milestone.due_text,
                            lead,
                        )
                    )
        year = session.get(Plan, plan_id).year
        requirements = session.scalars(
            select(QuotaRequirement)
            .join(QuotaRule)
            .where(QuotaRule.plan_id == plan_id, QuotaRequirement.months != "")
            .options(selectinload(QuotaRequirement.rule), selectinload(QuotaRequirement.department))
        ).all()
        for requirement in requirements:
            months = [int(m) for m in requirement.months.split(",") if m]
            start = dt.date(year, months[0], 1)
            end = month_end(year, months[-1])
            title = requirement.rule.kind + (f"：{requirement.subject}" if requirement.subject else "")
            rows.append(
                AgendaRow(start, end, tr("Rows", "宣传"), title, requirement.text, _department_name(requirement.department))
            )
    rows.sort(key=lambda r: (r.start or dt.date.min, r.end or dt.date.max, r.title))
    return rows


def people_rows(database: Database, plan_id: int, today: dt.date | None = None) -> list[PersonRow]:
    """The people list (see :func:`desktop.services.people.people_rows`)."""
    from desktop.services.people import people_rows as read_people

    return read_people(database, plan_id, today)


def contact_rows(database: Database, plan_id: int) -> list[ContactRow]:
    with database.read() as session:
        contacts = session.scalars(
            select(Contact)
            .where(Contact.plan_id == plan_id)
            .order_by(Contact.position)
            .options(selectinload(Contact.department))
        ).all()
        return [
            ContactRow(c.id, c.name, _department_name(c.department), c.email, c.phone, c.purpose) for c in contacts
        ]


def describe_requirement(requirement: QuotaRequirement) -> str:
    """How often, in words: 每月 1 条, 每 2 个月 1 条, 每年至少 1 条, 5、6 月 1 条."""
    amount = requirement.amount
    least = tr("Rows", "至少") if requirement.at_least else ""
    if requirement.months:
        months = "、".join(requirement.months.split(","))
        return tr("Rows", "{0}月{1}{2}项").format(months, least, amount)
    if requirement.every_months == 1:
        return tr("Rows", "每月{0}{1}项").format(least, amount)
    if requirement.every_months == 12:
        return tr("Rows", "每年{0}{1}项").format(least, amount)
    if requirement.every_months:
        return tr("Rows", "每{0}个月{1}{2}项").format(requirement.every_months, least, amount)
    return requirement.text


def quota_rows(database: Database, plan_id: int) -> list[QuotaRow]:
    with database.read() as session:
        rules = session.scalars(
            select(QuotaRule)
            .where(QuotaRule.plan_id == plan_id)
            .order_by(QuotaRule.seq)
            .options(
                selectinload(QuotaRule.coordinator),
                selectinload(QuotaRule.requirements).selectinload(QuotaRequirement.department),
            )
        ).all()
        rows = []
        for rule in rules:
            for requirement in rule.requirements:
                owner = (
                    tr("Labels", QuotaScope.CITY.label)
                    if requirement.scope is QuotaScope.CITY
                    else _department_name(requirement.department)
                )
                collection = (
                    tr("Rows", "每月{0}日前").format(requirement.collect_day) if requirement.collect_day else ""
                )
                rows.append(
                    QuotaRow(
                        id=requirement.id,
                        seq=rule.seq,
                        kind=rule.kind,
                        owner=owner,
                        requirement=describe_requirement(requirement),
                        as_written=requirement.text,
                        subject=requirement.subject,
                        collection=collection,
                        coordinator=_department_name(rule.coordinator),
                    )
                )
        return rows


def indicator_rows(database: Database, plan_id: int) -> list[IndicatorRow]:
    with database.read() as session:
        indicators = session.scalars(
            select(Indicator)
            .join(Task)
            .where(Task.plan_id == plan_id)
            .order_by(Task.position, Indicator.position)
            .options(selectinload(Indicator.values), selectinload(Indicator.task))
        ).all()
        rows = []
        for indicator in indicators:
            latest = indicator.values[-1] if indicator.values else None
            rows.append(
                IndicatorRow(
                    id=indicator.id,
                    task_code=indicator.task.code,
                    name=indicator.name,
                    target=indicator.target,
                    unit=indicator.unit,
                    latest=latest.value if latest else None,
                    as_of=latest.as_of if latest else None,
                )
            )
        return rows


__all__ = [
    "AgendaRow",
    "ContactRow",
    "IndicatorRow",
    "PersonRow",
    "QuotaRow",
    "TaskRow",
    "agenda_rows",
    "contact_rows",
    "indicator_rows",
    "people_rows",
    "quota_rows",
    "search_keys",
    "task_rows",
]
