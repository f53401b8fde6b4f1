"""The printed reform ledger (附件 2 攻坚台帐): one row per task, in plan order.

Each row is the attachment's layout: 序号 (the task's code), the task, its 难点堵点 and
预期成果, the latest accepted progress report (with its period and date), and who is
responsible on the print date: the holder then (after a handover, a ledger printed for an
earlier day names who held it then) and, while they were away, who acted for them (顺位代替). Reports waiting for review or returned are not printed: the ledger shows
what the bureau has accepted. The list can be narrowed to the tasks one section leads.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.excel.form_layout import FORM_HEADINGS
from desktop.i18n import tr
from desktop.models import Task, TaskUnitRole
from desktop.models.task import latest_accepted, ledger_difficulty_text
from desktop.services.handover import ledger_responsible
from desktop.printing.checklist import _day, _find_section, require_plan
from desktop.printing.table import Column, Table


def ledger_columns() -> list[Column]:
    return [
        Column(tr("Printing", FORM_HEADINGS["code"]), 0.55, centered=True),
        Column(tr("Printing", FORM_HEADINGS["title"]), 1.5),
        Column(tr("Printing", FORM_HEADINGS["difficulties"]), 3.0),
        Column(tr("Printing", FORM_HEADINGS["progress"]), 3.4),
        Column(tr("Printing", FORM_HEADINGS["unit"]), 1.1),
        Column(tr("Printing", FORM_HEADINGS["person"]), 1.1),
    ]


def difficulty_text(task: Task) -> str:
    return ledger_difficulty_text(task.difficulties.strip(), task.expected_results.strip())


def progress_text(task: Task) -> str:
    """The latest accepted report with its period and date, or a note that there is none."""
    report = latest_accepted(task.reports)
    if report is None:
        return tr("Printing", "（尚无审核通过的进展）")
    when = _day(report.reported_on) if report.reported_on else tr("Printing", "日期不详")
    note = tr("Printing", "（{0}，{1}）").format(report.period, when) if report.period else f"（{when}）"
    return f"{report.text.strip()}\n{note}"


def ledger_table(database: Database, plan_id: int, section: str | None = None, today: dt.date | None = None) -> Table:
    """The ledger of plan *plan_id*, all tasks or those *section* leads, dated *today*.

    Raises :class:`UserError` for an unknown section or when no task is left to print.
    """
    today = today or dt.date.today()
    with database.read() as session:
        plan = require_plan(session, plan_id)
        lead = _find_section(session, plan_id, section) if section is not None else None
        tasks = session.scalars(
            select(Task)
            .where(Task.plan_id == plan_id)
            .order_by(Task.position, Task.id)
            .options(selectinload(Task.units), selectinload(Task.reports))
        ).all()
        chosen = [
            t
            for t in tasks
            if lead is None or any(u.department_id == lead.id and u.role is TaskUnitRole.LEAD for u in t.units)
        ]
        responsible = ledger_responsible(session, plan_id, today)
        rows = [
            [t.code, t.title, difficulty_text(t), progress_text(t), t.responsible_unit,
             responsible(t.id, t.responsible_person_id, t.responsible_person_text)]
            for t in chosen
        ]
        doc_number = plan.doc_number
        section_name = lead.display_name if lead is not None else ""
    if not rows:
        if section_name:
            raise UserError(tr("Printing", "{0}没有牵头的攻坚任务，没有生成台帐。").format(section_name))
        raise UserError(tr("Printing", "计划中还没有攻坚任务，没有生成台帐。"))
    return Table(
        columns=ledger_columns(),
        rows=rows,
        title=tr("Printing", "“改革攻坚落实年”活动攻坚台帐"),
        label=tr("Printing", "附件2"),
        info_left=doc_number,
        info_right=tr("Printing", "打印日期：{0}").format(_day(today)),
        notes=[tr("Printing", "筛选：牵头科室：{0}").format(section_name)] if section_name else [],
        footer=tr("Printing", "进展情况为最近一次审核通过的报送。填报人：________　审核人：________"),
        empty_note=tr("Printing", "没有攻坚任务。"),
        page_number=tr("Printing", "第 {0} 页 共 {1} 页"),
    )
