"""The printed roster of the leadership group (附件 1 领导小组名单) and its working groups.

The groups print in their order: the leadership group's members by seat (组长, 副组长,
成员, each with the title the notice prints beside the name), then each working group
(分管领导, 牵头科室, 科室负责人, 合办科室) and the group's office, as the seats are held on
the print date (a successor named since shows in the seat, the one before does not). Someone
who has left is marked （已离任）, someone away （暂离）, and by the notice's rule 顺位代替 the
备注 names who acts (:mod:`desktop.people.succession`): for the 组长, the first serving
副组长; for a section head, the next in the section's or the group's order.
"""

from __future__ import annotations

import datetime as dt

from dataclasses import dataclass

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.people.succession import Presence, SeatFacts, Succession
from desktop.printing.table import Column, Table, printed_on


def roster_columns() -> list[Column]:
    return [
        Column(tr("Printing", "小组"), 1.5, carry=True),
        Column(tr("Printing", "职务"), 0.85, centered=True),
        Column(tr("Printing", "姓名（科室）"), 1.45),
        Column(tr("Printing", "职务（单位）"), 1.8),
        Column(tr("Printing", "备注"), 1.3),
    ]


def _seat_rows(group_text: str, seats: list[SeatFacts], succession: Succession, day: dt.date,
               titles: dict[int, str], departments: dict[int, str]) -> list[list[str]]:
    rows = []
    for index, seat in enumerate(seats):
        note = ""
        if seat.person_id is not None:
            name = succession.name(seat.person_id)
            title = titles.get(seat.id) or ""
            stand = succession.seat_stand(seat, day)
            if stand.presence is not Presence.SERVING:
                away = tr("Printing", "已离任") if stand.presence is Presence.DEPARTED else tr("Printing", "暂离")
                name = tr("Printing", "{0}（{1}）").format(name, away)
                note = (
                    tr("Printing", "由 {0} 代行").format(stand.acting)
                    if stand.acting
                    else tr("Printing", "待补（暂无顺位人选）")
                )
        else:
            name, title = departments.get(seat.department_id, ""), ""
        role = tr("Labels", seat.role.label)
        rows.append([group_text if index == 0 else "", role, name, title, note])
    return rows


@dataclass(frozen=True)
class RosterGroup:
    """A group as the roster prints it, with its seats as held on the print date."""

    #: The group's name, after its label for a working group (第一工作小组…).
    text: str
    is_leadership: bool
    name: str
    seats: list[SeatFacts]
    #: The code of the task a working group is for (None for none).
    task_code: str | None = None


@dataclass(frozen=True)
class RosterData:
    """The roster, read by :func:`desktop.services.printouts.read_roster`."""

    groups: list[RosterGroup]
    succession: Succession
    #: Seat id → the title printed beside the name; department id → name.
    titles: dict[int, str]
    departments: dict[int, str]
    doc_number: str


def roster_table(data: RosterData, today: dt.date | None = None) -> Table:
    """The roster read as *data*, dated *today*. Raises :class:`UserError` when it has no groups."""
    today = today or dt.date.today()
    rows: list[list[str]] = []
    title = ""
    for group in data.groups:
        if not group.seats:
            continue
        if group.is_leadership and not title:
            title = tr("Printing", "{0}名单").format(group.name)
        group_rows = _seat_rows(group.text, group.seats, data.succession, today, data.titles, data.departments)
        if group.task_code is not None and not group_rows[0][4]:
            group_rows[0][4] = tr("Printing", "任务 {0}").format(group.task_code)
        rows.extend(group_rows)
    doc_number = data.doc_number
    if not rows:
        raise UserError(tr("Printing", "计划中还没有领导小组或工作小组的名单，没有生成名单。"))
    return Table(
        columns=roster_columns(),
        rows=rows,
        title=title or tr("Printing", "领导小组名单"),
        label=tr("Printing", "附件1"),
        info_left=doc_number,
        info_right=printed_on(today),
        footer=tr("Printing", "若领导及相关科室负责人有人员调整，则顺位代替。"),
        empty_note=tr("Printing", "没有小组成员。"),
    )
