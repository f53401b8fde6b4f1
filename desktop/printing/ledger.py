"""The printed reform ledger (附件 2 攻坚台帐): one row per task, in plan order.

Each row is the attachment's layout: 序号 (the task's code), the task, its 难点堵点 and
预期成果, the latest accepted progress report (with its period and date), and who is
responsible on the print date: the holder then (after a handover, a ledger printed for an
earlier day names who held it then) and, while they were away, who acted for them (顺位代替). Reports waiting for review or returned are not printed: the ledger shows
what the bureau has accepted. The list can be narrowed to the tasks one section leads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.errors import UserError
from desktop.excel.form_layout import FORM_HEADINGS
from desktop.i18n import tr
from desktop.printing.table import Column, Table, printed_date, printed_on


def ledger_columns() -> list[Column]:
    return [
        Column(tr("Printing", FORM_HEADINGS["code"]), 0.55, centered=True),
        Column(tr("Printing", FORM_HEADINGS["title"]), 1.5),
        Column(tr("Printing", FORM_HEADINGS["difficulties"]), 3.0),
        Column(tr("Printing", FORM_HEADINGS["progress"]), 3.4),
        Column(tr("Printing", FORM_HEADINGS["unit"]), 1.1),
        Column(tr("Printing", FORM_HEADINGS["person"]), 1.1),
    ]


@dataclass(frozen=True)
class LedgerTask:
    """One task as the ledger prints it, read by :func:`desktop.services.printouts.read_ledger`."""

    code: str
    title: str
    #: The 难点堵点及预期成果 cell (``ledger_difficulty_text``).
    difficulty: str
    unit: str
    #: Who is responsible on the print date.
    person: str
    #: The latest accepted report: its text, period and date (text None when there is none).
    report_text: str | None = None
    report_period: str = ""
    report_day: dt.date | None = None
    #: Each extended item's “措施：原定 6 月 30 日，经批准延至 7 月 15 日”.
    extensions: tuple[str, ...] = ()


@dataclass(frozen=True)
class LedgerData:
    tasks: list[LedgerTask]
    doc_number: str
    #: The section the ledger was narrowed to ("" for all).
    section_name: str = ""


def progress_text(task: LedgerTask) -> str:
    """The latest accepted report with its period and date, or a note that there is none."""
    if task.report_text is None:
        return tr("Printing", "（尚无审核通过的进展）")
    when = printed_date(task.report_day) if task.report_day else tr("Printing", "日期不详")
    note = tr("Printing", "（{0}，{1}）").format(task.report_period, when) if task.report_period else f"（{when}）"
    return f"{task.report_text.strip()}\n{note}"


def progress_cell(task: LedgerTask) -> str:
    """The progress with, below it, the deadlines moved by an approved extension (原定 … 经批准延至 …)."""
    lines = [progress_text(task)]
    lines += [tr("Printing", "【延期】{0}").format(line) for line in task.extensions]
    return "\n".join(lines)


def ledger_table(data: LedgerData, today: dt.date | None = None) -> Table:
    """The ledger read as *data*, dated *today*. Raises :class:`UserError` when no task is left to print."""
    today = today or dt.date.today()
    rows = [[t.code, t.title, t.difficulty, progress_cell(t), t.unit, t.person] for t in data.tasks]
    section_name, doc_number = data.section_name, data.doc_number
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
        info_right=printed_on(today),
        notes=[tr("Printing", "筛选：牵头科室：{0}").format(section_name)] if section_name else [],
        footer=tr("Printing", "进展情况为最近一次审核通过的报送。填报人：________　审核人：________"),
        empty_note=tr("Printing", "没有攻坚任务。"),
    )
