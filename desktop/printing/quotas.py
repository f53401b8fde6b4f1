"""The printed publicity list (附件 4 宣传推广清单): one row per counting requirement.

Each row names the 事项, who owes the items (全市 or a section), the requirement as
written and in words, how many items are registered for it in the plan year (for the
city's own duty, every item of the 事项), and the subject or the way it is done.
The list can be narrowed to one section's requirements.
"""

from __future__ import annotations

import datetime as dt

from dataclasses import dataclass

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.printing.table import Column, Table, printed_date, printed_on
from desktop.quotas.matrix import CellState, Matrix


def quota_columns() -> list[Column]:
    return [
        Column(tr("Printing", "事项"), 1.1, carry=True),
        Column(tr("Printing", "责任"), 0.8, centered=True),
        Column(tr("Printing", "要求（原文）"), 1.7),
        Column(tr("Printing", "周期"), 0.95),
        Column(tr("Printing", "已报送"), 0.65, centered=True),
        Column(tr("Printing", "说明"), 3.75),
    ]


@dataclass(frozen=True)
class QuotaLine:
    """One requirement of a 事项 as the list prints it."""

    #: 全市 or the section that owes the items.
    duty: str
    text: str
    #: The requirement in words (``describe_requirement``).
    described: str
    #: Items registered for it in the plan year.
    delivered: int
    subject: str


@dataclass(frozen=True)
class QuotaKind:
    """A 事项 (counting rule) with the requirements to print, read by :mod:`desktop.services.printouts`."""

    seq: int
    kind: str
    method: str
    lines: list[QuotaLine]


@dataclass(frozen=True)
class QuotasData:
    kinds: list[QuotaKind]
    doc_number: str
    year: int
    #: The section the list was narrowed to ("" for all).
    section_name: str = ""


def quotas_table(data: QuotasData, today: dt.date | None = None) -> Table:
    """The publicity list read as *data*, dated *today*.

    Raises :class:`UserError` when no requirement is left to print.
    """
    today = today or dt.date.today()
    rows: list[list[str]] = []
    for rule in data.kinds:
        for number, line in enumerate(rule.lines):
            notes = [line.subject.strip()]
            if number == 0:
                notes.append(tr("Printing", "方式：{0}").format(rule.method.strip()) if rule.method.strip() else "")
            rows.append(
                [
                    f"{rule.seq}. {rule.kind}" if number == 0 else "",
                    line.duty,
                    line.text,
                    line.described,
                    str(line.delivered),
                    "\n".join(n for n in notes if n),
                ]
            )
    doc_number, year, section_name = data.doc_number, data.year, data.section_name
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
        info_right=printed_on(today),
        notes=notes,
        footer=tr("Printing", "统计截至：{0}").format(printed_date(today)),
        empty_note=tr("Printing", "没有宣传推广任务。"),
    )


def matrix_cell_text(cell) -> str:
    """A matrix cell in print, where colours may not show: 1/1, 0/1 欠1, 0/1 未到期, with what was carried."""
    text = cell.text()
    if cell.state is CellState.SHORT:
        text += " " + tr("Printing", "欠{0}").format(cell.shortfall)
    elif cell.state is CellState.PENDING:
        text += " " + tr("Printing", "未到期")
    if cell.carried:
        text += tr("Printing", "（含结转{0}）").format(cell.carried)
    return text


@dataclass(frozen=True)
class QuotaMatrixData:
    """The completion matrix of each 事项, read by :mod:`desktop.services.printouts`."""

    #: (事项, its matrix) in the plan's order.
    matrices: list[tuple[str, Matrix]]
    first_month: int
    doc_number: str
    #: The section the table was narrowed to: (id, name), or None for all.
    owner: tuple[int, str] | None = None


def quota_matrix_table(data: QuotaMatrixData, today: dt.date | None = None) -> Table:
    """The completion matrix (宣传推广完成情况): per 事项, each section and the bureau by month.

    Months before the plan's first month are left out; a cell reads 已报/应报 in the month a
    period is due, with 欠 N where it is short and 未到期 where it is not yet due.
    """
    today = today or dt.date.today()
    owner_id, owner_name = data.owner or (None, "")
    months = range(data.first_month, 13)
    rows: list[list[str]] = []
    for kind, matrix in data.matrices:
        lines = [
            r for r in matrix.rows
            if (r.required or r.delivered or any(c.month_delivered for c in r.cells))
            and (owner_id is None or r.department_id == owner_id)
        ]
        for number, row in enumerate(lines):
            rows.append(
                [kind if number == 0 else "", row.name]
                + [matrix_cell_text(row.cells[m - 1]) for m in months]
                + [row.total_text(), str(row.outstanding) if row.outstanding else ""]
            )
    if not rows:
        if owner_name:
            raise UserError(tr("Printing", "{0}没有宣传推广任务，没有生成完成情况表。").format(owner_name))
        raise UserError(tr("Printing", "计划中还没有宣传推广任务，没有生成完成情况表。"))
    columns = [Column(tr("Printing", "事项"), 1.1, carry=True), Column(tr("Printing", "科室"), 1.0)]
    columns += [Column(tr("Printing", "{0}月").format(m), 0.85, centered=True) for m in months]
    columns += [Column(tr("Printing", "合计"), 0.8, centered=True), Column(tr("Printing", "欠缺"), 0.5, centered=True)]
    notes = [
        tr("Printing", "“已报/应报”写在各周期到期的月份（遇休息日按规则提前或顺延）；期内月份只写当月已报条数。"),
        tr("Printing", "“全市要求”一行为全局全部条目对照全市要求（如每月至少 2 条），不是各科室之和。"),
    ]
    if owner_name:
        notes.append(tr("Printing", "筛选：科室：{0}").format(owner_name))
    return Table(
        columns=columns,
        rows=rows,
        # Not 附件4: that is the number of the 宣传推广清单 in the notice, not of this table.
        title=tr("Printing", "“改革攻坚落实年”活动宣传推广完成情况"),
        info_left=data.doc_number,
        info_right=tr("Printing", "统计截至：{0}").format(printed_date(today)),
        notes=notes,
        footer=tr("Printing", "核对人：____________　　日期：____________"),
        empty_note=tr("Printing", "没有宣传推广任务。"),
    )
