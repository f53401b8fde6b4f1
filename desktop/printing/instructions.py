"""The printed 批示件办理情况 list: the tasks from outside the plan (领导批示, 会议纪要, 上级交办).

Read by :func:`desktop.services.instructions.read_instructions_printout`: one row per task, the
newest document first, with its source, number, date, instructing leader, the instruction (its
beginning), the lead section, the 办结时限, the light and the last accepted report. Printed
landscape on A4.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.lights import Light
from desktop.printing.table import Column, Table, printed_date, printed_on

#: How much of the instruction and of the last report a row prints.
TEXT_LIMIT = 120


@dataclass(frozen=True)
class InstructionEntry:
    code: str
    title: str
    source: str
    number: str
    date: dt.date | None
    leader: str
    text: str
    section: str
    deadline: dt.date | None
    light: Light
    closed_on: dt.date | None
    report_day: dt.date | None
    report_text: str


@dataclass(frozen=True)
class InstructionsData:
    entries: list[InstructionEntry]
    doc_number: str
    #: The source asked for (its label), or "" for all.
    source: str = ""


def instruction_columns() -> list[Column]:
    return [
        Column(tr("Printing", "来源"), 0.9, centered=True),
        Column(tr("Printing", "文号"), 1.5, centered=True),
        Column(tr("Printing", "日期"), 1.45, centered=True),
        Column(tr("Printing", "批示领导"), 1.05, centered=True),
        Column(tr("Printing", "批示内容"), 2.4),
        Column(tr("Printing", "任务"), 1.5),
        Column(tr("Printing", "牵头科室"), 1.05, centered=True),
        Column(tr("Printing", "办结时限"), 1.45, centered=True),
        Column(tr("Printing", "状态"), 0.7, centered=True),
        Column(tr("Printing", "最新办理情况"), 2.4),
    ]


def _short(text: str) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= TEXT_LIMIT else flat[: TEXT_LIMIT - 1] + "…"


def _state(entry: InstructionEntry) -> str:
    if entry.closed_on is not None:
        return tr("Printing", "已办结")
    return entry.light.label


def _report(entry: InstructionEntry) -> str:
    if entry.report_day is None and not entry.report_text:
        return tr("Printing", "（尚无审核通过的进展）")
    day = entry.report_day.isoformat() + tr("Printing", "：") if entry.report_day else ""
    return day + _short(entry.report_text)


def instructions_table(data: InstructionsData, today: dt.date | None = None) -> Table:
    """The list read as *data*. Raises :class:`UserError` when the plan has no task from outside it."""
    today = today or dt.date.today()
    if not data.entries:
        raise UserError(tr("Printing", "计划中没有领导批示、会议纪要或上级交办的任务，没有生成批示件办理情况表。"))
    rows = [
        [e.source, e.number, e.date.isoformat() if e.date else "", e.leader, _short(e.text), f"{e.code} {e.title}",
         e.section, e.deadline.isoformat() if e.deadline else "", _state(e), _report(e)]
        for e in data.entries
    ]
    closed = sum(1 for e in data.entries if e.closed_on is not None)
    red = sum(1 for e in data.entries if e.closed_on is None and e.light is Light.RED)
    notes = [tr("Printing", "截至 {0}：共 {1} 件，已办结 {2} 件，逾期（红灯）{3} 件。").format(
        printed_date(today), len(rows), closed, red)]
    if data.source:
        notes.append(tr("Printing", "筛选：来源：{0}").format(data.source))
    return Table(
        columns=instruction_columns(),
        rows=rows,
        title=tr("Printing", "批示件办理情况"),
        info_left=data.doc_number,
        info_right=printed_on(today),
        notes=notes,
        footer=tr("Printing", "督办人：________　核对日期：________"),
        empty_note=tr("Printing", "没有批示件。"),
    )
