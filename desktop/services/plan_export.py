"""File → Export: the whole plan as one workbook, a sheet each for what the office keeps.

Sheets 任务, 措施, 进展台帐, 督察清单, 宣传推广 and 人员: this module reads them as plain
rows and :mod:`desktop.excel.sheets` writes the workbook.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.excel.sheets import Column, Sheet, check_target, write_workbook
from desktop.i18n import tr
from desktop.models import (
    Inspection,
    InspectionUnit,
    Measure,
    Person,
    Plan,
    Task,
    TaskUnit,
    TaskUnitRole,
    WindowKind,
)
from desktop.services.rows import people_rows, quota_rows


def export_ledger(database: Database, plan_id: int, out_path: str | Path, *, overwrite: bool = False) -> Path:
    """Write the plan *plan_id* to *out_path* (.xlsx); returns the file written.

    Refuses to replace an existing file unless *overwrite* (the save dialog has asked).
    """
    out_path = check_target(out_path, overwrite=overwrite)
    plan_title, sheets = _read(database, plan_id)
    return write_workbook(out_path, plan_title, sheets)


def _label(member) -> str:
    return tr("Labels", member.label) if member is not None else ""


def _join(names) -> str:
    return "、".join(names)


def _read(database: Database, plan_id: int) -> tuple[str, list[Sheet]]:
    with database.read() as session:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise UserError(tr("Excel", "计划已不存在（可能刚被另一台电脑删除）。"))
        tasks = session.scalars(
            select(Task)
            .where(Task.plan_id == plan_id)
            .order_by(Task.position, Task.id)
            .options(
                selectinload(Task.units).selectinload(TaskUnit.department),
                selectinload(Task.supervising_leader),
                selectinload(Task.section_head),
                selectinload(Task.measures).selectinload(Measure.owner_person),
                selectinload(Task.measures).selectinload(Measure.owner_department),
                selectinload(Task.reports),
            )
        ).all()
        inspections = session.scalars(
            select(Inspection)
            .where(Inspection.plan_id == plan_id)
            .order_by(Inspection.seq, Inspection.id)
            .options(
                selectinload(Inspection.windows),
                selectinload(Inspection.units).selectinload(InspectionUnit.department),
            )
        ).all()
        leaders = dict(session.execute(
            select(Person.id, Person.name).where(Person.id.in_({t.source_leader_id for t in tasks if t.source_leader_id}))
        ).all())
        sheets = [_tasks(tasks, leaders), _measures(tasks), _reports(tasks), _inspections(inspections)]
        # Named by its number too: a file may hold several years' plans under one title.
        title = f"{plan.doc_number} {plan.title}"
    sheets += [_quotas(database, plan_id), _people(database, plan_id)]
    return title, sheets


def _tasks(tasks: list[Task], leaders: dict[int, str]) -> Sheet:
    """The 任务 sheet; *leaders* names the instructing leaders of tasks from outside the plan (issue 19)."""
    columns = [
        Column(tr("Excel", "编号"), 8),
        Column(tr("Excel", "事项"), 26, wrap=True),
        Column(tr("Excel", "级别"), 12, wrap=True),
        Column(tr("Excel", "状态"), 8),
        Column(tr("Excel", "牵头科室"), 10, wrap=True),
        Column(tr("Excel", "合办科室"), 10, wrap=True),
        Column(tr("Excel", "分管领导"), 10),
        Column(tr("Excel", "科室负责人"), 10),
        Column(tr("Excel", "责任部门"), 14, wrap=True),
        Column(tr("Excel", "责任人"), 14, wrap=True),
        Column(tr("Excel", "难点堵点"), 36, wrap=True),
        Column(tr("Excel", "预期成果"), 30, wrap=True),
        Column(tr("Excel", "要求"), 20, wrap=True),
        Column(tr("Excel", "最近报送"), 12),
        Column(tr("Excel", "办结日期"), 12),
        Column(tr("Excel", "任务来源"), 10),
        Column(tr("Excel", "来文文号"), 18, wrap=True),
        Column(tr("Excel", "来文日期"), 12),
        Column(tr("Excel", "批示领导"), 12, wrap=True),
        Column(tr("Excel", "批示原文"), 40, wrap=True),
    ]
    rows = []
    for task in tasks:
        units = sorted(task.units, key=lambda u: u.position)
        latest = max((r.reported_on for r in task.reports if r.reported_on), default=None)
        rows.append(
            (
                task.code,
                task.title,
                _label(task.level),
                _label(task.status),
                _join(u.department.display_name for u in units if u.role is TaskUnitRole.LEAD),
                _join(u.department.display_name for u in units if u.role is TaskUnitRole.CO),
                task.supervising_leader.name if task.supervising_leader else "",
                task.section_head.name if task.section_head else "",
                task.responsible_unit,
                task.responsible_person_text,
                task.difficulties,
                task.expected_results,
                task.requirement,
                latest,
                task.closed_on,
                _label(task.source),
                task.source_number,
                task.source_date,
                leaders.get(task.source_leader_id) or task.source_leader_text,
                task.source_text,
            )
        )
    return Sheet(tr("Excel", "任务"), columns, rows)


def _measures(tasks: list[Task]) -> Sheet:
    columns = [
        Column(tr("Excel", "任务编号"), 9),
        Column(tr("Excel", "序号"), 6),
        Column(tr("Excel", "措施"), 36, wrap=True),
        Column(tr("Excel", "内容"), 56, wrap=True),
        Column(tr("Excel", "负责"), 14, wrap=True),
        Column(tr("Excel", "期限"), 12),
        Column(tr("Excel", "状态"), 8),
    ]
    rows = []
    for task in tasks:
        for number, measure in enumerate(task.measures, start=1):
            owner = (
                measure.owner_person.name
                if measure.owner_person
                else (measure.owner_department.display_name if measure.owner_department else "")
            )
            rows.append(
                (task.code, number, measure.title, measure.description, owner, measure.due_date, _label(measure.status))
            )
    return Sheet(tr("Excel", "措施"), columns, rows)


def _reports(tasks: list[Task]) -> Sheet:
    columns = [
        Column(tr("Excel", "任务编号"), 9),
        Column(tr("Excel", "期次"), 12),
        Column(tr("Excel", "报送日期"), 12),
        Column(tr("Excel", "报送人"), 10),
        Column(tr("Excel", "来源"), 10),
        Column(tr("Excel", "来源说明"), 20, wrap=True),
        Column(tr("Excel", "状态"), 8),
        Column(tr("Excel", "审核人"), 10),
        Column(tr("Excel", "审核日期"), 12),
        Column(tr("Excel", "审核意见"), 24, wrap=True),
        Column(tr("Excel", "超字数"), 8),
        Column(tr("Excel", "已更正"), 8),
        Column(tr("Excel", "进展情况"), 70, wrap=True),
    ]
    rows = []
    for task in tasks:
        superseded = {r.supersedes_id for r in task.reports if r.supersedes_id}
        for report in sorted(task.reports, key=lambda r: (r.reported_on or dt.date.min, r.id)):
            rows.append(
                (
                    task.code,
                    report.period,
                    report.reported_on,
                    report.author,
                    _label(report.source),
                    report.source_ref,
                    _label(report.state),
                    report.reviewed_by,
                    report.reviewed_on,
                    report.review_note,
                    report.over_limit,
                    report.id in superseded,
                    report.text,
                )
            )
    return Sheet(tr("Excel", "进展台帐"), columns, rows)


def _inspections(inspections: list[Inspection]) -> Sheet:
    columns = [
        Column(tr("Excel", "序号"), 6),
        Column(tr("Excel", "督查事项"), 18, wrap=True),
        Column(tr("Excel", "督查内容"), 30, wrap=True),
        Column(tr("Excel", "督查主体"), 18, wrap=True),
        Column(tr("Excel", "督查对象"), 18, wrap=True),
        Column(tr("Excel", "时间"), 10, wrap=True),
        Column(tr("Excel", "开始"), 12),
        Column(tr("Excel", "结束"), 12),
        Column(tr("Excel", "市科技局工作计划"), 36, wrap=True),
        Column(tr("Excel", "牵头科室"), 12, wrap=True),
        Column(tr("Excel", "协同科室"), 16, wrap=True),
        Column(tr("Excel", "已备检"), 8),
    ]
    rows = []
    for inspection in inspections:
        windows = [w for w in inspection.windows if w.kind is WindowKind.INSPECTION]
        start = min((w.start for w in windows), default=None)
        # An open-ended window (3月起) has no end, and then neither has the inspection.
        end = None if any(w.end is None for w in windows) else max((w.end for w in windows), default=None)
        units = sorted(inspection.units, key=lambda u: u.position)
        rows.append(
            (
                inspection.seq,
                inspection.item,
                inspection.content,
                inspection.inspector,
                inspection.inspected,
                inspection.time_text,
                start,
                end,
                inspection.plan_text,
                _join(u.department.display_name for u in units if u.role is TaskUnitRole.LEAD),
                _join(u.department.display_name for u in units if u.role is TaskUnitRole.CO),
                inspection.prepared,
            )
        )
    return Sheet(tr("Excel", "督察清单"), columns, rows)


def _quotas(database: Database, plan_id: int) -> Sheet:
    columns = [
        Column(tr("Excel", "序号"), 6),
        Column(tr("Excel", "事项"), 14, wrap=True),
        Column(tr("Excel", "责任"), 12, wrap=True),
        Column(tr("Excel", "要求（原文）"), 20, wrap=True),
        Column(tr("Excel", "频次"), 16, wrap=True),
        Column(tr("Excel", "内容"), 24, wrap=True),
        Column(tr("Excel", "归集日"), 14),
        Column(tr("Excel", "统筹科室"), 10),
    ]
    rows = [
        (q.seq, q.kind, q.owner, q.as_written, q.requirement, q.subject, q.collection, q.coordinator)
        for q in quota_rows(database, plan_id)
    ]
    return Sheet(tr("Excel", "宣传推广"), columns, rows)


def _people(database: Database, plan_id: int) -> Sheet:
    columns = [
        Column(tr("Excel", "姓名"), 10),
        Column(tr("Excel", "职务"), 28, wrap=True),
        Column(tr("Excel", "部门"), 14, wrap=True),
        Column(tr("Excel", "小组职务"), 36, wrap=True),
        Column(tr("Excel", "电话"), 14),
        Column(tr("Excel", "邮箱"), 24),
        Column(tr("Excel", "在岗"), 6),
    ]
    rows = [(p.name, p.title, p.department, p.roles, p.phone, p.email, p.active) for p in people_rows(database, plan_id)]
    return Sheet(tr("Excel", "人员"), columns, rows)
