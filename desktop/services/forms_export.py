"""交办: making the ledger forms (攻坚台帐) for the sections, one per task or one per section.

This module reads what the forms show (the tasks, their latest accepted reports, who is
responsible today, the departments) and :mod:`desktop.excel.forms` writes the workbooks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.excel.forms import FormRow, FormSection, FormSnapshot, check_period, write_section_forms, write_task_form
from desktop.i18n import tr
from desktop.models import Department, Group, GroupKind, Membership, Meta, Plan, Role, Status, Task, TaskUnitRole
from desktop.models.task import latest_accepted, ledger_difficulty_text
from desktop.services.extensions import task_phrases
from desktop.services.handover import ledger_responsible


def default_period(today: dt.date | None = None) -> str:
    """The reporting round a form is for by default: this month, e.g. 2022年5月."""
    today = today or dt.date.today()
    return tr("Excel", "{0}年{1}月").format(today.year, today.month)


def default_deadline(today: dt.date | None = None) -> dt.date:
    """The default date for returning a form: the 25th of this month (每月 25 日前)."""
    today = today or dt.date.today()
    return today.replace(day=25)


def export_task_form(
    database: Database,
    task_id: int,
    out_dir: str | Path,
    period: str,
    deadline: dt.date | None,
    *,
    overwrite: bool = False,
) -> Path:
    """One form holding one task; returns the file written."""
    period = check_period(period)
    with database.read() as session:
        plan_id = session.scalar(select(Task.plan_id).where(Task.id == task_id))
        if plan_id is None:
            raise UserError(tr("Excel", "这项任务已不存在（可能刚被另一台电脑删除）。请刷新后再导出。"))
        snapshot = read_snapshot(session, plan_id, task_ids=[task_id], period=period)
    return write_task_form(snapshot, out_dir, period, deadline, overwrite=overwrite)


def export_section_forms(
    database: Database,
    plan_id: int,
    out_dir: str | Path,
    period: str,
    deadline: dt.date | None,
    section: str | None = None,
    *,
    overwrite: bool = False,
    unassigned_form: bool = True,
) -> list[Path]:
    """One workbook per lead section holding its open tasks; only *section*'s when given.

    *section* is a department's full or short name (法规与监督诚信科 or 法监科). Open
    tasks that have no lead section go to a workbook of their own when every section's
    forms are made, unless *unassigned_form* is False (see :func:`unassigned_tasks`). Raises :class:`UserError` for an unknown section and when there is
    nothing to hand out, so the person always learns why no file appeared.
    """
    period = check_period(period)
    with database.read() as session:
        if session.get(Plan, plan_id) is None:
            raise UserError(tr("Excel", "计划已不存在（可能刚被另一台电脑删除）。"))
        snapshot = read_snapshot(session, plan_id, open_only=True, period=period)
        wanted = _find_section(session, plan_id, section) if section is not None else None
    return write_section_forms(
        snapshot, wanted, out_dir, period, deadline, overwrite=overwrite, unassigned_form=unassigned_form
    )


def unassigned_tasks(database: Database, plan_id: int) -> list[tuple[str, str]]:
    """The open tasks no section leads, as (code, title): the ones no section's form holds."""
    with database.read() as session:
        snapshot = read_snapshot(session, plan_id, open_only=True)
    return [(row.code, row.title) for row in snapshot.rows if not row.lead_ids]


def find_task_id(database: Database, plan_id: int, code: str) -> int:
    """The task with the code *code* (e.g. 2-1) in the plan; UserError naming the codes there are."""
    with database.read() as session:
        found = session.scalar(select(Task.id).where(Task.plan_id == plan_id, Task.code == code.strip()))
        if found is not None:
            return found
        codes = session.scalars(select(Task.code).where(Task.plan_id == plan_id).order_by(Task.position, Task.id)).all()
    raise UserError(
        tr("Excel", "计划中没有编号为“{0}”的任务。已有的编号：{1}。").format(code, "、".join(codes) or tr("Excel", "无"))
    )


def read_snapshot(
    session, plan_id: int, *, task_ids: list[int] | None = None, open_only: bool = False, period: str | None = None
) -> FormSnapshot:
    """The plan's tasks (only *task_ids*, or only the open ones) as the forms show them today.

    With *period*, a task's 进展情况 is prefilled only from a report of that period: a form
    for a new round starts empty instead of repeating an older round's text.
    """
    plan = session.get(Plan, plan_id)
    database_id = session.scalar(select(Meta.value).where(Meta.key == "database_id")) or ""
    query = (
        select(Task)
        .where(Task.plan_id == plan_id)
        .order_by(Task.position, Task.id)
        .options(selectinload(Task.units), selectinload(Task.reports))
    )
    if task_ids is not None:
        query = query.where(Task.id.in_(task_ids))
    if open_only:
        # The tasks the reminder round asks reports for: not closed, not on hold.
        query = query.where(Task.closed_on.is_(None), Task.status.not_in([Status.DONE, Status.ON_HOLD]))
    rows = []
    # While the responsible person is away, the form names who acts for them (顺位代替).
    responsible = ledger_responsible(session, plan_id, dt.date.today())
    tasks = session.scalars(query).all()
    extended = task_phrases(session, [task.id for task in tasks])
    for task in tasks:
        report = latest_accepted(task.reports)
        person = responsible(task.id, task.responsible_person_id, task.responsible_person_text)
        rows.append(
            FormRow(
                task_id=task.id,
                code=task.code,
                title=task.title,
                version=task.version,
                report_id=report.id if report else None,
                difficulty_text=ledger_difficulty_text(task.difficulties, task.expected_results),
                progress_text=report.text if report and (period is None or report.period.strip() == period) else "",
                unit=task.responsible_unit,
                person=person,
                reference_text=report.text if report else "",
                extensions=tuple(extended.get(task.id, ())),
                lead_ids=tuple(
                    u.department_id for u in sorted(task.units, key=lambda u: u.position) if u.role is TaskUnitRole.LEAD
                ),
            )
        )
    departments = {
        d.id: FormSection(d.id, d.name, d.short_name, d.position)
        for d in session.scalars(select(Department).where(Department.plan_id == plan_id))
    }
    office_id = session.scalar(
        select(Membership.department_id)
        .join(Group, Group.id == Membership.group_id)
        .where(Group.plan_id == plan_id, Group.kind == GroupKind.OFFICE, Membership.role == Role.SEAT)
        .limit(1)
    )
    office = departments[office_id].display_name if office_id in departments else tr("Excel", "领导小组办公室")
    return FormSnapshot(
        database_id=database_id,
        plan_id=plan_id,
        plan_doc_number=plan.doc_number,
        plan_title=plan.short_title or plan.title,
        office=office,
        rows=rows,
        departments=departments,
    )


def _find_section(session, plan_id: int, name: str) -> FormSection:
    """The section *name* names, by either name (:func:`desktop.services.departments.find_department`)."""
    from desktop.services.departments import find_department

    department = find_department(session, plan_id, name)
    return FormSection(department.id, department.name, department.short_name, department.position)
