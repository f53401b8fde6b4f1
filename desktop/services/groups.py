"""The leadership and working groups: their seats in order, reordering, adding and removing seats, history.

The order of a group's seats is the order of succession (顺位代替): the 副组长 in the order
they are listed, and so on. Reordering keeps the roles together in the notice's order
(组长, 副组长, 成员; 分管领导, 牵头科室, 科室负责人, 合办科室): a seat moved among another
role's seats goes to the nearest end of its own role.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.db.database import ConflictError, Database
from desktop.i18n import tr
from desktop.models import Department, Group, GroupKind, Membership, Person, Role
from desktop.people.reading import read_succession, session_fetch
from desktop.people.succession import ROLE_ORDER, Presence
from desktop.services.editing import ValidationError, clean_text, row_to_remove
from desktop.services.people import status_text

#: The roles each kind of group has, in order.
GROUP_ROLES = {
    GroupKind.LEADERSHIP: (Role.LEADER, Role.DEPUTY, Role.MEMBER),
    GroupKind.WORKING: (Role.SUPERVISING_LEADER, Role.LEAD_SECTION, Role.SECTION_HEAD, Role.CO_SECTION),
    GroupKind.OFFICE: (Role.SEAT,),
}
#: Roles held by a department rather than a person.
DEPARTMENT_ROLES = (Role.LEAD_SECTION, Role.CO_SECTION, Role.SEAT)


@dataclass(frozen=True)
class GroupRow:
    id: int
    version: int
    kind: GroupKind
    label: str
    name: str
    task_id: int | None
    seats: int

    @property
    def display(self) -> str:
        if self.kind is GroupKind.WORKING:
            return f"{self.label}{self.name}"
        return self.name


@dataclass(frozen=True)
class SeatRow:
    id: int
    version: int
    role: Role
    role_label: str
    person_id: int | None
    department_id: int | None
    holder: str
    title: str
    start_date: dt.date | None
    #: 在岗 / 已离任 / 暂离 of the holder ("" for a department).
    status: str
    #: Who acts while the holder is away: 李荣军（代 管伟荣）, or "" while they serve.
    acting: str
    #: The seat was taken over from (a name), "" for the first holder.
    took_over_from: str

    @property
    def text(self) -> str:
        """组长　管伟荣　党组书记、局长　（已离任，由 李荣军 代行）, as the list shows the seat."""
        parts = [self.role_label, self.holder]
        if self.title:
            parts.append(self.title)
        text = "\u3000".join(parts)
        if self.acting:
            text += tr("People", "\u3000（{0}）").format(self.acting)
        elif self.status and self.person_id is not None and self.status != tr("People", "在岗"):
            text += f"\u3000（{self.status}）"
        return text


def group_rows(database: Database, plan_id: int, today: dt.date | None = None) -> list[GroupRow]:
    today = today or dt.date.today()
    with database.read() as session:
        groups = session.scalars(select(Group).where(Group.plan_id == plan_id).order_by(Group.position, Group.id)).all()
        counts = dict(
            session.execute(
                select(Membership.group_id, func.count(Membership.id))
                .join(Group)
                .where(
                    Group.plan_id == plan_id,
                    (Membership.end_date.is_(None)) | (Membership.end_date >= today),
                )
                .group_by(Membership.group_id)
            ).all()
        )
        return [GroupRow(g.id, g.version, g.kind, g.label, g.name, g.task_id, counts.get(g.id, 0)) for g in groups]


def group_seats(database: Database, group_id: int, today: dt.date | None = None) -> list[SeatRow]:
    """The seats held on *today*, in order, with who acts for an absent or departed holder."""
    today = today or dt.date.today()
    with database.read() as session:
        group = session.get(Group, group_id)
        if group is None:
            return []
        succession = read_succession(session_fetch(session), group.plan_id)
        memberships = {m.id: m for m in session.scalars(select(Membership).where(Membership.group_id == group_id))}
        departments = dict(session.execute(select(Department.id, Department.name).where(Department.plan_id == group.plan_id)).all())
        titles = dict(session.execute(select(Person.id, Person.title).where(Person.plan_id == group.plan_id)).all())
        by_id = {s.id: s for s in succession.seats}
        rows = []
        for facts in succession.group_seats(group_id, today):
            membership = memberships[facts.id]
            if facts.person_id is not None:
                stand = succession.seat_stand(facts, today)
                person = succession.people[facts.person_id]
                absence_end = next((e for s, e in person.absences if s <= today <= e), None)
                status = status_text(stand.presence, person.departed_on, absence_end)
                acting = ""
                if stand.presence is not Presence.SERVING:
                    acting = stand.label() if stand.acting else tr("People", "{0}，待补").format(status)
                holder = person.name
                title = membership.title_in_group or titles.get(facts.person_id, "")
            else:
                holder, title, status, acting = departments.get(facts.department_id, ""), "", "", ""
            before = by_id.get(facts.predecessor_id) if facts.predecessor_id is not None else None
            rows.append(
                SeatRow(
                    facts.id, membership.version, facts.role, tr("Labels", facts.role.label), facts.person_id,
                    facts.department_id, holder, title, facts.start_date, status, acting,
                    succession.name(before.person_id) if before is not None else "",
                )
            )
        return rows


@dataclass(frozen=True)
class SeatHistoryRow:
    holder: str
    start: dt.date | None
    end: dt.date | None
    note: str


def seat_history(database: Database, seat_id: int) -> list[SeatHistoryRow]:
    """Who held the seat, newest first: the holder now and each one before, with their dates."""
    with database.read() as session:
        seat = session.get(Membership, seat_id)
        if seat is None:
            return []
        group = session.get(Group, seat.group_id)
        succession = read_succession(session_fetch(session), group.plan_id)
        departments = dict(session.execute(select(Department.id, Department.name).where(Department.plan_id == group.plan_id)).all())
    rows = []
    for facts in succession.seat_history(seat_id):
        holder = succession.name(facts.person_id) if facts.person_id is not None else departments.get(facts.department_id, "")
        person = succession.people.get(facts.person_id) if facts.person_id is not None else None
        note = ""
        if person is not None and person.departed_on is not None and (facts.end_date is None or person.departed_on <= facts.end_date):
            note = tr("People", "{0} 离任").format(person.departed_on.isoformat())
        rows.append(SeatHistoryRow(holder, facts.start_date, facts.end_date, note))
    return rows


def _current(session, group_id: int, today: dt.date) -> list[Membership]:
    seats = session.scalars(select(Membership).where(Membership.group_id == group_id)).all()
    held = [s for s in seats if (s.end_date is None or s.end_date >= today) and (s.start_date is None or s.start_date <= today)]
    return sorted(held, key=lambda s: (s.position, s.id))


def normalized_order(roles: dict[int, Role], ordered_ids: list[int]) -> list[int]:
    """*ordered_ids* with the roles kept together in the notice's order (a stable sort by role)."""
    return sorted(ordered_ids, key=lambda seat_id: ROLE_ORDER.get(roles[seat_id], len(ROLE_ORDER)))


def reorder_seats(
    database: Database, group_id: int, ordered_ids: list[int], versions: dict[int, int], today: dt.date | None = None
) -> list[int]:
    """Put the group's current seats in the order *ordered_ids* (as the person dragged them).

    *versions* are the seats' versions as shown: a seat changed or added elsewhere meanwhile
    refuses the reorder. Returns the order saved (roles kept together, see the module).
    """
    today = today or dt.date.today()
    with database.write(note=tr("People", "调整小组成员顺序")) as session:
        seats = {s.id: s for s in _current(session, group_id, today)}
        if set(seats) != set(ordered_ids) or any(seats[i].version != versions.get(i) for i in ordered_ids):
            raise ConflictError(tr("People", "小组成员刚被另一台电脑上的同事修改过。请刷新后重新排序。"))
        order = normalized_order({i: s.role for i, s in seats.items()}, list(ordered_ids))
        for position, seat_id in enumerate(order):
            if seats[seat_id].position != position:
                seats[seat_id].position = position
        return order


def move_seat(database: Database, group_id: int, seat_id: int, delta: int, versions: dict[int, int],
              today: dt.date | None = None) -> list[int]:
    """Move a seat up (*delta* -1) or down (+1) among the seats of its role (the 上移/下移 buttons)."""
    today = today or dt.date.today()
    with database.read() as session:
        seats = _current(session, group_id, today)
    order = [s.id for s in seats]
    roles = {s.id: s.role for s in seats}
    if seat_id not in order:
        raise ConflictError(tr("People", "小组成员刚被另一台电脑上的同事修改过。请刷新后重新排序。"))
    index = order.index(seat_id)
    target = index + delta
    if not 0 <= target < len(order) or roles[order[target]] is not roles[seat_id]:
        return order  # already first or last of its role
    order[index], order[target] = order[target], order[index]
    return reorder_seats(database, group_id, order, versions, today)


def add_seat(
    database: Database,
    group_id: int,
    role: Role,
    *,
    person_id: int | None = None,
    department_id: int | None = None,
    title: str = "",
    start: dt.date | None = None,
) -> int:
    """A new seat, last of its role."""
    role = Role(role)
    title = clean_text(tr("People", "职务"), title, max_length=200).text.strip()
    with database.write(note=tr("People", "新增小组成员")) as session:
        group = session.get(Group, group_id)
        if group is None:
            raise ValidationError(tr("People", "这个小组已被删除。"))
        if role not in GROUP_ROLES[group.kind]:
            raise ValidationError(
                tr("People", "{0}没有“{1}”这个职务。").format(tr("Labels", group.kind.label), tr("Labels", role.label))
            )
        if role in DEPARTMENT_ROLES:
            if department_id is None or (dept := session.get(Department, department_id)) is None or dept.plan_id != group.plan_id:
                raise ValidationError(tr("People", "请选择一个科室或单位。"))
            person_id = None
        else:
            if person_id is None or (person := session.get(Person, person_id)) is None or person.plan_id != group.plan_id:
                raise ValidationError(tr("People", "请选择一位人员。"))
            department_id = None
            title = title or person.title
        today = start or dt.date.today()
        seats = _current(session, group_id, today)
        membership = Membership(
            group_id=group_id, role=role, person_id=person_id, department_id=department_id, title_in_group=title,
            start_date=start, position=len(seats),
        )
        session.add(membership)
        session.flush()
        roles = {s.id: s.role for s in seats} | {membership.id: role}
        for position, seat_id in enumerate(normalized_order(roles, [s.id for s in seats] + [membership.id])):
            seat = membership if seat_id == membership.id else next(s for s in seats if s.id == seat_id)
            if seat.position != position:
                seat.position = position
        return membership.id


def remove_seat(database: Database, seat_id: int, version: int) -> None:
    """Delete a seat entered by mistake (a holder who leaves is replaced by naming a successor)."""
    with database.write(note=tr("People", "删除小组成员")) as session:
        seat = row_to_remove(
            session, Membership, seat_id, version, lambda _: tr("People", "这个职务刚被另一台电脑上的同事修改过。请刷新后再试。")
        )
        if seat is not None:
            session.delete(seat)


__all__ = [
    "DEPARTMENT_ROLES",
    "GROUP_ROLES",
    "GroupRow",
    "SeatHistoryRow",
    "SeatRow",
    "add_seat",
    "group_rows",
    "group_seats",
    "move_seat",
    "normalized_order",
    "remove_seat",
    "reorder_seats",
    "seat_history",
]
