"""The publicity quotas in a 定期通报: each row of the completion matrix, by the periods due by the period's end.

The matrix (:func:`desktop.services.quotas.compute_matrix`, on the office's working days) tallies
every period of every requirement as of the day; here only the periods whose last month is
within the 通报's last month are summed, and what is owed is what the counting rule says is
outstanding (:func:`desktop.quotas.counting.outstanding`: with carry-over, a shortfall made
good later is no longer owed).
"""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.quotas.counting import State, outstanding
from desktop.services.briefing.shapes import QuotaLine


def _months(period) -> str:
    if period.first_month == period.last_month:
        return tr("Briefing", "{0}月").format(period.last_month)
    return tr("Briefing", "{0}–{1}月").format(period.first_month, period.last_month)


def _row_line(row, last_month: int) -> QuotaLine:
    outcomes: dict[int, tuple[object, list]] = {}
    for cell in row.cells[:last_month]:
        for requirement, outcome in cell.outcomes:
            outcomes.setdefault(id(requirement), (requirement, []))[1].append(outcome)
    required = delivered = met = short = pending = 0
    shortfalls = []
    for requirement, found in outcomes.values():
        found.sort(key=lambda o: o.period.last_month)
        required += sum(o.period.amount for o in found)
        delivered += sum(o.delivered for o in found)
        if outstanding(requirement.spec, found) > 0:
            short += 1
            missing = "、".join(
                tr("Briefing", "{0} {1}/{2}").format(_months(o.period), o.delivered, o.required)
                for o in found if o.state is State.SHORT
            )
            shortfalls.append(tr("Briefing", "{0}（{1}）：{2}").format(requirement.kind, requirement.label, missing))
        elif any(o.state is State.PENDING for o in found):
            pending += 1
        else:
            met += 1
    return QuotaLine(row.name, row.is_bureau, required, delivered, met, short, pending, tuple(shortfalls),
                     _text(required, delivered, pending, shortfalls))


def _text(required: int, delivered: int, pending: int, shortfalls: list[str]) -> str:
    if not required:
        return tr("Briefing", "本期没有到期的要求")
    text = tr("Briefing", "应报 {0}，已报 {1}").format(required, delivered)
    if shortfalls:
        return text + tr("Briefing", "；未完成：{0}").format("；".join(shortfalls))
    if pending:
        return text + tr("Briefing", "；{0} 项要求尚未到期，尚未报齐").format(pending)
    return text + tr("Briefing", "，全部完成")


def quota_lines(database, plan_id: int, end: dt.date, as_of: dt.date) -> tuple[QuotaLine, ...]:
    """Each section's row and the 全市要求 row, as of *as_of*, by the periods due by *end*'s month."""
    from desktop.services import quotas
    from desktop.workdays import load_calendar

    data = quotas.load_data(database, plan_id)
    matrix = quotas.compute_matrix(data, load_calendar(database), as_of)
    return tuple(_row_line(row, end.month) for row in matrix.rows)


__all__ = ["quota_lines"]
