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

from sqlalchemy import select

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models import Department, GroupKind, Person, Task
from desktop.models.org import Group, Membership
from desktop.people.reading import read_succession, session_fetch
from desktop.people.succession import Presence, SeatFacts, Succession
from desktop.printing.checklist import _day, require_plan
from desktop.printing.table import Column, Table


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


def roster_table(database: Database, plan_id: int, today: dt.date | None = None) -> Table:
    """The roster of plan *plan_id*, dated *today*. Raises :class:`UserError` when it has no groups."""
    today = today or dt.date.today()
    with database.read() as session:
        plan = require_plan(session, plan_id)
        groups = session.scalars(select(Group).where(Group.plan_id == plan_id).order_by(Group.position, Group.id)).all()
        succession = read_succession(session_fetch(session), plan_id)
        codes = dict(session.execute(select(Task.id, Task.code).where(Task.plan_id == plan_id)).all())
        departments = dict(session.execute(select(Department.id, Department.name).where(Department.plan_id == plan_id)).all())
        person_titles = dict(session.execute(select(Person.id, Person.title).where(Person.plan_id == plan_id)).all())
        titles = {
            seat_id: title or person_titles.get(person_id, "")
            for seat_id, title, person_id in session.execute(
                select(Membership.id, Membership.title_in_group, Membership.person_id)
                .join(Group)
                .where(Group.plan_id == plan_id)
            )
        }
        rows: list[list[str]] = []
        title = ""
        for group in groups:
            seats = succession.group_seats(group.id, today)
            if not seats:
                continue
            if group.kind is GroupKind.LEADERSHIP and not title:
                title = tr("Printing", "{0}名单").format(group.name)
            group_text = f"{group.label if group.kind is GroupKind.WORKING else ''}{group.name}"
            group_rows = _seat_rows(group_text, seats, succession, today, titles, departments)
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
