"""The printed roster of the leadership group (附件 1 领导小组名单) and its working groups.

The groups print in their order: the leadership group's members by seat (组长, 副组长,
成员, each with the title the notice prints beside the name), then each working group
(分管领导, 牵头科室, 科室负责人, 合办科室) and the group's office. Someone who has left
(the person is inactive, or the seat has an end date) is marked （已离任）, and by the
notice's rule 顺位代替 the 备注 names who acts: the next active holder of the same role in
order — for the 组长, the first active 副组长.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models import GroupKind, Role, Task
from desktop.models.org import Group, Membership
from desktop.printing.checklist import _day, require_plan
from desktop.printing.table import Column, Table


def roster_columns() -> list[Column]:
    return [
        Column(tr("Printing", "小组"), 1.5),
        Column(tr("Printing", "职务"), 0.85, centered=True),
        Column(tr("Printing", "姓名（科室）"), 1.45),
        Column(tr("Printing", "职务（单位）"), 1.8),
        Column(tr("Printing", "备注"), 1.3),
    ]


def is_active(membership: Membership) -> bool:
    """Whether the seat's holder still serves: the person is active and the seat has not ended."""
    if membership.end_date is not None:
        return False
    return membership.person is None or bool(membership.person.active)


def holder_name(membership: Membership) -> str:
    if membership.person is not None:
        return membership.person.name
    if membership.department is not None:
        return membership.department.name
    return ""


def acting_for(membership: Membership, seats: list[Membership]) -> Membership | None:
    """Who acts for a departed *membership* (顺位代替): the next active seat of the same role in order.

    For the 组长, the first active 副组长. None when nobody is left to act.
    """
    after = seats[seats.index(membership) + 1 :]
    same = [m for m in after if m.role is membership.role and is_active(m)]
    if same:
        return same[0]
    if membership.role is Role.LEADER:
        return next((m for m in seats if m.role is Role.DEPUTY and is_active(m)), None)
    return None


def _seat_rows(group_text: str, seats: list[Membership]) -> list[list[str]]:
    rows = []
    for index, seat in enumerate(seats):
        name = holder_name(seat)
        title = seat.title_in_group or (seat.person.title if seat.person is not None else "")
        note = ""
        if not is_active(seat):
            name = tr("Printing", "{0}（已离任）").format(name)
            deputy = acting_for(seat, seats)
            note = (
                tr("Printing", "由 {0} 代行").format(holder_name(deputy))
                if deputy is not None
                else tr("Printing", "待补（暂无顺位人选）")
            )
        role = tr("Labels", seat.role.label)
        rows.append([group_text if index == 0 else "", role, name, title, note])
    return rows


def roster_table(database: Database, plan_id: int, today: dt.date | None = None) -> Table:
    """The roster of plan *plan_id*, dated *today*. Raises :class:`UserError` when it has no groups."""
    today = today or dt.date.today()
    with database.read() as session:
        plan = require_plan(session, plan_id)
        groups = session.scalars(
            select(Group)
            .where(Group.plan_id == plan_id)
            .order_by(Group.position, Group.id)
            .options(
                selectinload(Group.memberships).selectinload(Membership.person),
                selectinload(Group.memberships).selectinload(Membership.department),
            )
        ).all()
        codes = dict(session.execute(select(Task.id, Task.code).where(Task.plan_id == plan_id)).all())
        rows: list[list[str]] = []
        title = ""
        for group in groups:
            seats = sorted(group.memberships, key=lambda m: (m.position, m.id))
            if not seats:
                continue
            if group.kind is GroupKind.LEADERSHIP and not title:
                title = tr("Printing", "{0}名单").format(group.name)
            group_text = f"{group.label if group.kind is GroupKind.WORKING else ''}{group.name}"
            group_rows = _seat_rows(group_text, seats)
            if group.task_id in codes and not group_rows[0][4]:
                group_rows[0][4] = tr("Printing", "任务 {0}").format(codes[group.task_id])
            rows.extend(group_rows)
        doc_number = plan.doc_number
    if not rows:
        raise UserError(tr("Printing", "计划中还没有领导小组或工作小组的名单，没有生成名单。"))
    return Table(
        columns=roster_columns(),
        rows=rows,
        title=title or tr("Printing", "领导小组名单"),
        label=tr("Printing", "附件1"),
        info_left=doc_number,
        info_right=tr("Printing", "打印日期：{0}").format(_day(today)),
        footer=tr("Printing", "若领导及相关科室负责人有人员调整，则顺位代替。"),
        empty_note=tr("Printing", "没有小组成员。"),
        page_number=tr("Printing", "第 {0} 页 共 {1} 页"),
    )
