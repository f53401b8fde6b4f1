"""The printed supervision checklist (附件 3 督察清单), as a table read from the database.

The columns are those of the attachment plus 准备情况, a box ticked when the
inspection's preparation is done (or left empty to tick by hand). The list can be all
inspections, those whose inspection windows overlap a date window (an open-ended window
such as 3月起 overlaps everything after its start), or those one section leads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models import Department, Inspection, Plan, TaskUnitRole, WindowKind
from desktop.printing.table import Column, Table


@dataclass(frozen=True)
class ChecklistFilter:
    """Which inspections to print: those overlapping [start, end] (either may be open) and led by *section*."""

    start: dt.date | None = None
    end: dt.date | None = None
    section: str | None = None


def checklist_columns() -> list[Column]:
    return [
        Column(tr("Printing", "序号"), 0.6, centered=True),
        Column(tr("Printing", "督查事项"), 1.5),
        Column(tr("Printing", "督查内容"), 2.2),
        Column(tr("Printing", "督查主体"), 1.4),
        Column(tr("Printing", "督查对象"), 1.6),
        Column(tr("Printing", "时间"), 0.95, centered=True),
        Column(tr("Printing", "市科技局工作计划"), 2.4),
        Column(tr("Printing", "准备情况"), 0.9, centered=True, check=True),
    ]


def _overlaps(windows, start: dt.date | None, end: dt.date | None) -> bool:
    for window in windows:
        if window.kind is not WindowKind.INSPECTION:
            continue
        if (end is None or window.start <= end) and (start is None or window.end is None or window.end >= start):
            return True
    return False


def _find_section(session, plan_id: int, name: str) -> Department:
    """The section a filter names, by full name, short name or short name without 科 (法规与监督诚信科, 法监科, 法监)."""
    from desktop.services.departments import find_department

    return find_department(session, plan_id, name)


def require_plan(session, plan_id: int) -> Plan:
    """The plan a printout is made of, or a message that it is gone."""
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise UserError(tr("Printing", "计划已不存在（可能刚被另一台电脑删除）。"))
    return plan


def _day(day: dt.date) -> str:
    return tr("Printing", "{0}年{1}月{2}日").format(day.year, day.month, day.day)


def checklist_table(
    database: Database,
    plan_id: int,
    which: ChecklistFilter = ChecklistFilter(),
    today: dt.date | None = None,
) -> Table:
    """The checklist of plan *plan_id* as a printable table, filtered by *which*, dated *today*.

    Raises :class:`UserError` for a reversed date window, an unknown section, or when no
    inspection is left after filtering (so nobody prints an empty form by mistake).
    """
    today = today or dt.date.today()
    if which.start and which.end and which.start > which.end:
        raise UserError(
            tr("Printing", "开始日期 {0} 晚于结束日期 {1}。请对调后再试。").format(which.start.isoformat(), which.end.isoformat())
        )
    with database.read() as session:
        plan = require_plan(session, plan_id)
        section = _find_section(session, plan_id, which.section) if which.section is not None else None
        inspections = session.scalars(
            select(Inspection)
            .where(Inspection.plan_id == plan_id)
            .order_by(Inspection.seq, Inspection.id)
            .options(selectinload(Inspection.windows), selectinload(Inspection.units))
        ).all()
        chosen = [
            i
            for i in inspections
            if (which.start is None and which.end is None or _overlaps(i.windows, which.start, which.end))
            and (
                section is None
                or any(u.department_id == section.id and u.role is TaskUnitRole.LEAD for u in i.units)
            )
        ]
        rows = [
            [str(i.seq), i.item, i.content, i.inspector, i.inspected, i.time_text, i.plan_text, i.prepared]
            for i in chosen
        ]
        title = plan.checklist_title or tr("Printing", "督察清单")
        doc_number = plan.doc_number
        section_name = section.display_name if section is not None else ""
    notes = []
    if which.start or which.end:
        notes.append(
            tr("Printing", "督查时间：{0} 至 {1}").format(
                which.start.isoformat() if which.start else tr("Printing", "不限"),
                which.end.isoformat() if which.end else tr("Printing", "不限"),
            )
        )
    if section_name:
        notes.append(tr("Printing", "牵头科室：{0}").format(section_name))
    if not rows:
        if notes and len(notes) == 1 and section_name:
            raise UserError(tr("Printing", "{0}没有牵头的督察事项，没有生成清单。").format(section_name))
        raise UserError(
            tr("Printing", "没有符合条件的督察事项（{0}），没有生成清单。").format("；".join(notes) or tr("Printing", "清单为空"))
        )
    return Table(
        columns=checklist_columns(),
        rows=rows,
        title=title,
        label=tr("Printing", "附件3"),
        info_left=doc_number,
        info_right=tr("Printing", "打印日期：{0}").format(_day(today)),
        notes=[tr("Printing", "筛选：{0}").format("；".join(notes))] if notes else [],
        footer=tr("Printing", "核对人：________　核对日期：________"),
        empty_note=tr("Printing", "没有符合条件的督察事项。"),
        page_number=tr("Printing", "第 {0} 页 共 {1} 页"),
    )
