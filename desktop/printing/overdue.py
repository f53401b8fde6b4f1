"""The printed list of what is overdue or falls due soon (逾期/临期清单), by section.

Read from the reminder round (:func:`desktop.services.reports.reminders`, the reminder bar's
list): the open tasks' deadlines, measures and milestones whose light is red (逾期) or that
fall due within the reminders' working days of *today* (临期), as :mod:`desktop.lights` says.
Sections print in the plan's order; within one, the earliest first.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models import Department
from desktop.lights import Light
from desktop.lights.settings import DEFAULT_REMINDER_WORKING_DAYS
from desktop.printing.table import Column, Table
from desktop.printing.table import printed_date as _day
from desktop.services.departments import find_department as _find_section
from desktop.services.printouts import require_plan
from desktop.services.reports import reminders


def overdue_columns() -> list[Column]:
    return [
        Column(tr("Printing", "科室"), 1.0, centered=True, carry=True),
        Column(tr("Printing", "任务编号"), 0.8, centered=True),
        Column(tr("Printing", "事项"), 2.6),
        Column(tr("Printing", "期限"), 1.1, centered=True),
        Column(tr("Printing", "状态"), 1.2, centered=True),
    ]


def state_text(due: dt.date, today: dt.date) -> str:
    days = (due - today).days
    if days < 0:
        return tr("Printing", "已逾期 {0} 天").format(-days)
    if days == 0:
        return tr("Printing", "今天到期")
    return tr("Printing", "{0} 天后到期").format(days)


def overdue_table(
    database: Database,
    plan_id: int,
    section: str | None = None,
    today: dt.date | None = None,
    working_days: int = DEFAULT_REMINDER_WORKING_DAYS,
) -> Table:
    """What is overdue or due within *working_days* working days of *today* in plan *plan_id*.

    Raises :class:`UserError` for an unknown section or when nothing is overdue or due soon.
    """
    today = today or dt.date.today()
    with database.read() as session:
        plan = require_plan(session, plan_id)
        wanted = _find_section(session, plan_id, section).display_name if section is not None else None
        order = {
            d.display_name: index
            for index, d in enumerate(
                session.scalars(
                    select(Department).where(Department.plan_id == plan_id).order_by(Department.position, Department.id)
                )
            )
        }
        doc_number = plan.doc_number
    found = reminders(database, plan_id, today=today, working_days=working_days)
    items = [i for i in found.overdue + found.due_soon if wanted is None or i.section == wanted]
    # Stable: within a day, the reminder round's order (milestones, then measures, as the plan lists them).
    items.sort(key=lambda i: (order.get(i.section, len(order)), i.section, i.due))
    rows: list[list[str]] = []
    previous = None
    for item in items:
        shown = item.section if item.section != previous else ""
        previous = item.section
        rows.append([shown, item.task_code, item.what, item.due.isoformat(), state_text(item.due, today)])
    if not rows:
        raise UserError(
            tr("Printing", "截至 {0}，{1}没有逾期或临期的事项（临期指 {2} 个工作日内到期），没有生成清单。").format(
                today.isoformat(), wanted or "", working_days
            )
        )
    overdue = sum(1 for i in items if i.light == Light.RED.value)
    notes = [
        tr("Printing", "截至 {0}：已逾期 {1} 项，{2} 个工作日内到期 {3} 项（任务、措施和时间节点）。").format(
            _day(today), overdue, working_days, len(items) - overdue
        )
    ]
    if wanted:
        notes.append(tr("Printing", "筛选：科室：{0}").format(wanted))
    return Table(
        columns=overdue_columns(),
        rows=rows,
        title=tr("Printing", "逾期/临期事项清单"),
        info_left=doc_number,
        info_right=tr("Printing", "打印日期：{0}").format(_day(today)),
        notes=notes,
        footer=tr("Printing", "督办人：________　督办日期：________"),
        empty_note=tr("Printing", "没有逾期或临期的事项。"),
        page_number=tr("Printing", "第 {0} 页 共 {1} 页"),
    )
