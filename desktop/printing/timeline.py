"""The printed timeline (任务与措施时间轴): tasks, measures and milestones across the plan year.

One row per deadline, grouped by task as on the 日历 tab's timeline; twelve month columns
in which the months from the start of the year to the deadline are filled (■) and the
deadline's own month carries its day (▲30); the month of *today* is headed ▼. A deadline
moved by an approved extension keeps its original date (△30) with the slip (→) to the new one. Overdue rows
say so in the last column. Printed landscape, with the header repeated on every page.
"""

from __future__ import annotations

import datetime as dt

from dataclasses import dataclass, field
from typing import Any

from desktop.calendar.extensions import day_words
from desktop.calendar.timeline import HEADING
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.lights import Light
from desktop.printing.table import Column, Table, printed_date, printed_on

FILLED = "■"
DUE = "▲"
ORIGINAL = "△"
SLIPPED = "→"


def timeline_columns(year: int, today: dt.date) -> list[Column]:
    months = [
        Column(("▼" if today.year == year and today.month == month else "") + tr("Printing", "{0}月").format(month), 0.42, centered=True)
        for month in range(1, 13)
    ]
    return [Column(tr("Printing", "事项"), 3.2), Column(tr("Printing", "期限"), 0.9, centered=True), *months,
            Column(tr("Printing", "状态"), 0.8, centered=True)]


@dataclass(frozen=True)
class TimelineData:
    """The plan year's timeline rows (:func:`desktop.calendar.timeline.timeline_rows`), read by services."""

    year: int
    doc_number: str
    items: list[Any]
    #: (measure|milestone, id) → the original date of a deadline moved by an approved extension (延期).
    originals: dict = field(default_factory=dict)


def _month_cells(due: dt.date, year: int, original: dt.date | None) -> list[str]:
    """■ before the deadline, ▲day in its month; an extended one: △day at the original date, → up to the new one."""
    cells = []
    moved = original is not None and original.year == year and original.month < due.month
    for month in range(1, 13):
        if due.year != year or month > due.month:
            cells.append("")
        elif month == due.month:
            cells.append(f"{DUE}{due.day}")
        elif moved and month == original.month:
            cells.append(f"{ORIGINAL}{original.day}")
        elif moved and month > original.month:
            cells.append(SLIPPED)
        else:
            cells.append(FILLED)
    return cells


def timeline_table(data: TimelineData, today: dt.date | None = None) -> Table:
    today = today or dt.date.today()
    year, doc_number, items = data.year, data.doc_number, data.items
    if not items:
        raise UserError(tr("Printing", "计划中没有带期限的任务、措施或时间节点，没有生成时间轴。"))
    rows = []
    for item in items:
        if getattr(item.kind, "value", item.kind) == HEADING:
            # A task without a deadline of its own heads its measures, with no date of its own.
            rows.append([item.title, tr("Printing", "（见各措施）"), *[""] * 12, ""])
            continue
        due = item.end
        original = data.originals.get((item.source, item.source_id))
        cells = _month_cells(due, year, original)
        overdue = item.light == int(Light.RED)
        written = item.as_written or due.isoformat()
        if original is not None:
            written = tr("Printing", "{0}（原定 {1}）").format(written, day_words(original))
        rows.append([item.title, written, *cells, tr("Printing", "逾期") if overdue else ""])
    overdue_count = sum(1 for row in rows if row[-1])
    return Table(
        columns=timeline_columns(year, today),
        rows=rows,
        title=tr("Printing", "{0}年任务与措施时间轴").format(year),
        info_left=doc_number,
        info_right=printed_on(today),
        notes=[
            tr("Printing", "■ 期限之前的月份；▲ 期限所在月份及日期；▼ 本月。截至 {0}，逾期 {1} 项。").format(printed_date(today), overdue_count)
        ] + ([tr("Printing", "△ 经批准延期的原定期限，→ 延期的月份。")] if data.originals else []),
        footer=tr("Printing", "核对人：________"),
        empty_note=tr("Printing", "没有带期限的事项。"),
    )
