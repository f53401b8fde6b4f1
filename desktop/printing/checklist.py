"""The printed supervision checklist (附件 3 督察清单), as a table of what services read.

The columns are those of the attachment plus 准备情况, a box ticked when the
inspection's preparation is done (or left empty to tick by hand). The list can be all
inspections, those whose inspection windows overlap a date window (an open-ended window
such as 3月起 overlaps everything after its start), or those one section leads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.printing.table import Cell, Column, Table, printed_on


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


@dataclass(frozen=True)
class ChecklistData:
    """What the checklist prints, read by :func:`desktop.services.printouts.read_checklist`."""

    #: One row per chosen inspection, in the checklist's columns (the last one: prepared or not).
    rows: list[list[Cell]]
    title: str
    doc_number: str
    #: The section the list was narrowed to ("" for all).
    section_name: str = ""


def checklist_table(data: ChecklistData, which: ChecklistFilter = ChecklistFilter(), today: dt.date | None = None) -> Table:
    """The checklist read as *data* (filtered by *which*) as a printable table, dated *today*.

    Raises :class:`UserError` when no inspection is left after filtering (so nobody prints an
    empty form by mistake).
    """
    today = today or dt.date.today()
    rows, section_name = data.rows, data.section_name
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
        title=data.title or tr("Printing", "督察清单"),
        label=tr("Printing", "附件3"),
        info_left=data.doc_number,
        info_right=printed_on(today),
        notes=[tr("Printing", "筛选：{0}").format("；".join(notes))] if notes else [],
        footer=tr("Printing", "核对人：________　核对日期：________"),
        empty_note=tr("Printing", "没有符合条件的督察事项。"),
    )
