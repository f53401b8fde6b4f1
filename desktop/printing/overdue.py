"""The printed list of what is overdue or falls due soon (逾期/临期清单), by section.

Read by :func:`desktop.services.printouts.read_overdue` from the reminder round
(:func:`desktop.services.reports.reminders`, the reminder bar's list): the open tasks' deadlines, measures and milestones whose light is red (逾期) or that
fall due within the reminders' working days of *today* (临期), as :mod:`desktop.lights` says.
Sections print in the plan's order; within one, the earliest first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.lights import Light
from desktop.printing.table import Column, Table
from desktop.printing.table import printed_date as _day


@dataclass(frozen=True)
class OverdueEntry:
    section: str
    task_code: str
    what: str
    due: dt.date
    light: str


@dataclass(frozen=True)
class OverdueData:
    """The list, read by :func:`desktop.services.printouts.read_overdue`."""

    #: The reminder round's overdue and due-soon entries, sections in the plan's order.
    entries: list[OverdueEntry]
    #: The section asked for (None: all).
    section: str | None
    today: dt.date
    working_days: int
    doc_number: str


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


def overdue_table(data: OverdueData) -> Table:
    """The list read as *data*. Raises :class:`UserError` when nothing is overdue or due soon."""
    today, wanted, working_days, items = data.today, data.section, data.working_days, data.entries
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
        info_left=data.doc_number,
        info_right=tr("Printing", "打印日期：{0}").format(_day(today)),
        notes=notes,
        footer=tr("Printing", "督办人：________　督办日期：________"),
        empty_note=tr("Printing", "没有逾期或临期的事项。"),
        page_number=tr("Printing", "第 {0} 页 共 {1} 页"),
    )
