"""The printed publicity list (附件 4 宣传推广清单): one row per counting requirement.

Each row names the 事项, who owes the items (全市 or a section), the requirement as
written and in words, how many items are registered for it in the plan year (for the
city's own duty, every item of the 事项), and the subject or the way it is done.
The list can be narrowed to one section's requirements.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models import QuotaScope
from desktop.models.quota import PublicityItem, QuotaRequirement, QuotaRule
from desktop.printing.checklist import _day, _find_section, require_plan
from desktop.printing.table import Column, Table
from desktop.services.rows import describe_requirement


def quota_columns() -> list[Column]:
    return [
        Column(tr("Printing", "事项"), 1.1, carry=True),
        Column(tr("Printing", "责任"), 0.8, centered=True),
        Column(tr("Printing", "要求（原文）"), 1.7),
        Column(tr("Printing", "周期"), 0.95),
        Column(tr("Printing", "已报送"), 0.65, centered=True),
        Column(tr("Printing", "说明"), 3.75),
    ]


def _counts(session, plan_id: int, year: int) -> dict[tuple[int, int | None], int]:
    """Items registered in *year*: per (rule, department), and per (rule, None) for all of a rule's items."""
    counts: dict[tuple[int, int | None], int] = {}
    rows = session.execute(
        select(PublicityItem.rule_id, PublicityItem.department_id, func.count(PublicityItem.id))
        .where(
            PublicityItem.plan_id == plan_id,
            PublicityItem.date >= dt.date(year, 1, 1),
            PublicityItem.date <= dt.date(year, 12, 31),
        )
        .group_by(PublicityItem.rule_id, PublicityItem.department_id)
    ).all()
    for rule_id, department_id, count in rows:
        counts[(rule_id, None)] = counts.get((rule_id, None), 0) + count
        if department_id is not None:
            counts[(rule_id, department_id)] = counts.get((rule_id, department_id), 0) + count
    return counts


def quotas_table(database: Database, plan_id: int, section: str | None = None, today: dt.date | None = None) -> Table:
    """The publicity list of plan *plan_id*, all requirements or one section's, dated *today*.

    Raises :class:`UserError` for an unknown section or when no requirement is left to print.
    """
    today = today or dt.date.today()
    with database.read() as session:
        plan = require_plan(session, plan_id)
        owner = _find_section(session, plan_id, section) if section is not None else None
        rules = session.scalars(
            select(QuotaRule)
            .where(QuotaRule.plan_id == plan_id)
            .order_by(QuotaRule.seq, QuotaRule.id)
            .options(selectinload(QuotaRule.requirements).selectinload(QuotaRequirement.department))
        ).all()
        counts = _counts(session, plan_id, plan.year)
        rows: list[list[str]] = []
        for rule in rules:
            first = True
            for requirement in rule.requirements:
                if owner is not None and requirement.department_id != owner.id:
                    continue
                city = requirement.scope is QuotaScope.CITY or requirement.department is None
                duty = tr("Labels", QuotaScope.CITY.label) if city else requirement.department.display_name
                department_id = None if city else requirement.department_id
                notes = [requirement.subject.strip()]
                if first:
                    notes.append(tr("Printing", "方式：{0}").format(rule.method.strip()) if rule.method.strip() else "")
                rows.append(
                    [
                        f"{rule.seq}. {rule.kind}" if first else "",
                        duty,
                        requirement.text,
                        describe_requirement(requirement),
                        str(counts.get((rule.id, department_id), 0)),
                        "\n".join(n for n in notes if n),
                    ]
                )
                first = False
        doc_number = plan.doc_number
        year = plan.year
        section_name = owner.display_name if owner is not None else ""
    if not rows:
        if section_name:
            raise UserError(tr("Printing", "{0}没有宣传推广任务，没有生成清单。").format(section_name))
        raise UserError(tr("Printing", "计划中还没有宣传推广任务，没有生成清单。"))
    notes = [tr("Printing", "已报送：{0}年内登记的条数；全市一行计该事项的全部条目。").format(year)]
    if section_name:
        notes.append(tr("Printing", "筛选：责任科室：{0}").format(section_name))
    return Table(
        columns=quota_columns(),
        rows=rows,
        title=tr("Printing", "“改革攻坚落实年”活动宣传推广清单"),
        label=tr("Printing", "附件4"),
        info_left=doc_number,
        info_right=tr("Printing", "打印日期：{0}").format(_day(today)),
        notes=notes,
        footer=tr("Printing", "统计截至：{0}").format(_day(today)),
        empty_note=tr("Printing", "没有宣传推广任务。"),
        page_number=tr("Printing", "第 {0} 页 共 {1} 页"),
    )


def matrix_cell_text(cell) -> str:
    """A matrix cell in print, where colours may not show: 1/1, 0/1 欠1, 0/1 未到期, with what was carried."""
    from desktop.quotas.matrix import CellState

    text = cell.text()
    if cell.state is CellState.SHORT:
        text += " " + tr("Printing", "欠{0}").format(cell.shortfall)
    elif cell.state is CellState.PENDING:
        text += " " + tr("Printing", "未到期")
    if cell.carried:
        text += tr("Printing", "（含结转{0}）").format(cell.carried)
    return text


def quota_matrix_table(
    database: Database, plan_id: int, section: str | None = None, today: dt.date | None = None
) -> Table:
    """The completion matrix (宣传推广完成情况): per 事项, each section and the bureau by month.

    Months before the plan's first month are left out; a cell reads 已报/应报 in the month a
    period is due, with 欠 N where it is short and 未到期 where it is not yet due.
    """
    from desktop.workdays import load_calendar
    from desktop.services import quotas

    today = today or dt.date.today()
    with database.read() as session:
        plan = require_plan(session, plan_id)
        owner = _find_section(session, plan_id, section) if section is not None else None
        doc_number = plan.doc_number
    data = quotas.load_data(database, plan_id)
    calendar = load_calendar(database)
    months = range(data.first_month, 13)
    rows: list[list[str]] = []
    for kind in data.kinds:
        matrix = quotas.compute_matrix(data, calendar, today, kind)
        lines = [
            r for r in matrix.rows
            if (r.required or r.delivered or any(c.month_delivered for c in r.cells))
            and (owner is None or r.department_id == owner.id)
        ]
        if not lines:
            continue
        for number, row in enumerate(lines):
            rows.append(
                [kind if number == 0 else "", row.name]
                + [matrix_cell_text(row.cells[m - 1]) for m in months]
                + [row.total_text(), str(row.outstanding) if row.outstanding else ""]
            )
    if not rows:
        if owner is not None:
            raise UserError(tr("Printing", "{0}没有宣传推广任务，没有生成完成情况表。").format(owner.display_name))
        raise UserError(tr("Printing", "计划中还没有宣传推广任务，没有生成完成情况表。"))
    columns = [Column(tr("Printing", "事项"), 1.1, carry=True), Column(tr("Printing", "科室"), 1.0)]
    columns += [Column(tr("Printing", "{0}月").format(m), 0.85, centered=True) for m in months]
    columns += [Column(tr("Printing", "合计"), 0.8, centered=True), Column(tr("Printing", "欠缺"), 0.5, centered=True)]
    notes = [
        tr("Printing", "“已报/应报”写在各周期到期的月份（遇休息日按规则提前或顺延）；期内月份只写当月已报条数。"),
        tr("Printing", "“全局合计”为全局全部条目对照全市要求（如每月至少 2 条）。"),
    ]
    if owner is not None:
        notes.append(tr("Printing", "筛选：科室：{0}").format(owner.display_name))
    return Table(
        columns=columns,
        rows=rows,
        # Not 附件4: that is the number of the 宣传推广清单 in the notice, not of this table.
        title=tr("Printing", "“改革攻坚落实年”活动宣传推广完成情况"),
        info_left=doc_number,
        info_right=tr("Printing", "统计截至：{0}").format(_day(today)),
        notes=notes,
        footer=tr("Printing", "核对人：____________　　日期：____________"),
        empty_note=tr("Printing", "没有宣传推广任务。"),
        page_number=tr("Printing", "第 {0} 页 共 {1} 页"),
    )
