"""顺位代替: who acts in a person's roles while they are away, and who held a role on a date.

The notice (附件 1, （四）) says: 若领导及相关科室负责人有人员调整，则顺位代替 — when a leader
or a section head changes, the next in order takes over. A role here is a *seat* (a
:class:`SeatFacts`, one ``membership`` row): it stays with its holder until a successor is
named, which ends the seat (``end_date``) and starts the successor's (``start_date``). A
holder who has left (离任, from ``departed_on``) or is away for a period (暂离) is not
*serving*; meanwhile the next in order acts. How "next in order" reads for each kind of role:

* **组长** (the leadership group's leader): the 副组长 in their order — the first one serving.
* **副组长, 分管领导** (leaders): the 副组长 listed after them, in order; then the 组长. A
  working group's 分管领导 is a 副组长 of the leadership group, so the leadership group's
  order decides (靳磊 away: 郑晓鸿, the next 副组长, acts).
* **科室负责人** (a section head). The notice's body makes "各科长作为责任科室负责人": a
  section's head is its chief by office, so the order that applies first is the section's
  own — its people in their listed order (the 副科长, or the deputy "主持工作", listed after
  the chief). When the section has nobody else, the order of the working group the section
  leads: (一) lists 分管领导, 牵头科室, 科室负责人, 合办科室, so after the lead section comes
  the co-operating section, whose head acts (钟丽娜 away: 曾智勇 of 重大专项科); a group
  without a 合办科室 falls to its 分管领导 (黄轶君 away: 董秀鸾). A section that leads no
  working group falls to the next 成员 of the leadership group, which lists the section
  heads in order (曾智勇 away: 卢超团).
* **成员**: the next 成员 in the leadership group's order.
* Anyone else: the next person of their department in its order (those listed after them,
  then from the top).

Only serving people act; when nobody is left the role waits for a successor (待补).

A department's head (:meth:`Succession.head_of`) is the 科室负责人 seat holder of a working
group it leads, else the holder of the leadership group's seat that stands for it (its first
person in the group, or the successor who took that seat over), else its first person who has
not left. Everything a section is responsible for (inspections it
prepares, its quotas, the measures it owns, the tasks it leads) is its head's.

Everything here works on plain rows (:mod:`desktop.people.reading` reads them), so the
start-up preview, the services and the printouts share one rule.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.i18n import tr
from desktop.models.enums import GroupKind, Role

#: The roles of a leadership group's leaders, in whose order 顺位代替 runs.
LEADER_ROLES = (Role.LEADER, Role.DEPUTY, Role.SUPERVISING_LEADER)
#: How roles sort inside a group, as the notice lists them.
ROLE_ORDER = {
    role: rank
    for rank, role in enumerate(
        (Role.LEADER, Role.DEPUTY, Role.MEMBER, Role.SUPERVISING_LEADER, Role.LEAD_SECTION, Role.SECTION_HEAD,
         Role.CO_SECTION, Role.SEAT)
    )
}


class Capacity(enum.Enum):
    """In what capacity someone is responsible, which decides whose order applies."""

    LEADER = "leader"
    SECTION_HEAD = "section_head"
    MEMBER = "member"
    PERSON = "person"


class Presence(enum.Enum):
    SERVING = "serving"
    ABSENT = "absent"
    DEPARTED = "departed"


@dataclass(frozen=True)
class PersonFacts:
    id: int
    name: str
    department_id: int | None = None
    position: int = 0
    active: bool = True
    departed_on: dt.date | None = None
    #: (first day, last day) of each absence.
    absences: tuple[tuple[dt.date, dt.date], ...] = ()


@dataclass(frozen=True)
class SeatFacts:
    id: int
    group_id: int
    role: Role
    position: int = 0
    person_id: int | None = None
    department_id: int | None = None
    start_date: dt.date | None = None
    #: The last day held (inclusive); None while held.
    end_date: dt.date | None = None
    predecessor_id: int | None = None

    def current(self, day: dt.date) -> bool:
        return (self.start_date is None or self.start_date <= day) and (self.end_date is None or day <= self.end_date)


@dataclass(frozen=True)
class GroupFacts:
    id: int
    kind: GroupKind
    position: int = 0
    task_id: int | None = None


@dataclass(frozen=True)
class Stand:
    """Who answers for a role on a day: the holder, or who acts for them."""

    holder_id: int | None
    holder: str
    presence: Presence
    #: The person acting for an absent or departed holder (None when serving, or nobody is left).
    acting_id: int | None = None
    acting: str = ""

    @property
    def answering_id(self) -> int | None:
        """The person to ask: the holder when serving, else the acting person."""
        return self.holder_id if self.presence is Presence.SERVING else self.acting_id

    def label(self) -> str:
        """张三, or 李四（代 张三） while 张三 is away, or 张三（已离任，待补）."""
        if self.presence is Presence.SERVING or not self.holder:
            return self.holder
        if self.acting:
            return tr("People", "{0}（代 {1}）").format(self.acting, self.holder)
        if self.presence is Presence.DEPARTED:
            return tr("People", "{0}（已离任，待补）").format(self.holder)
        return tr("People", "{0}（暂离，无人代行）").format(self.holder)


def written_with_acting(text: str, stand: Stand) -> str:
    """A responsible person as the ledger writes them (黄轶君 人才引智与对外合作科科长), naming who
    acts while they are away: 董秀鸾（代 黄轶君 人才引智与对外合作科科长）."""
    text = text.strip() or stand.holder
    if stand.presence is Presence.SERVING or not stand.holder:
        return text
    if stand.acting:
        return tr("People", "{0}（代 {1}）").format(stand.acting, text)
    away = tr("People", "已离任") if stand.presence is Presence.DEPARTED else tr("People", "暂离")
    return tr("People", "{0}（{1}，待补）").format(text, away)


def person_presence(person: PersonFacts, day: dt.date) -> Presence:
    if person.departed_on is not None and day >= person.departed_on:
        return Presence.DEPARTED
    if not person.active and person.departed_on is None:
        return Presence.DEPARTED  # left, on a day nobody recorded
    if any(start <= day <= end for start, end in person.absences):
        return Presence.ABSENT
    return Presence.SERVING


class Succession:
    """The plan's people, seats and groups, and the rule 顺位代替 over them (see the module)."""

    def __init__(self, people: Iterable[PersonFacts], seats: Iterable[SeatFacts], groups: Iterable[GroupFacts]):
        self.people = {p.id: p for p in people}
        self.groups = {g.id: g for g in sorted(groups, key=lambda g: (g.position, g.id))}
        self.seats = sorted(seats, key=lambda s: (self.groups[s.group_id].position if s.group_id in self.groups else 0,
                                                   s.group_id, s.position, s.id))
        self.leadership_id = next((g.id for g in self.groups.values() if g.kind is GroupKind.LEADERSHIP), None)
        self._section: dict[int, list[PersonFacts]] = defaultdict(list)
        for person in sorted(self.people.values(), key=lambda p: (p.position, p.id)):
            if person.department_id is not None:
                self._section[person.department_id].append(person)
        #: Answers already worked out, by question: a list of thousands of tasks asks the same few.
        self._memo: dict[tuple, object] = {}
        self._by_group: dict[int, list[SeatFacts]] = defaultdict(list)
        self._by_person: dict[int, list[SeatFacts]] = defaultdict(list)
        for seat in self.seats:
            self._by_group[seat.group_id].append(seat)
            if seat.person_id is not None:
                self._by_person[seat.person_id].append(seat)

    # -- facts -----------------------------------------------------------------------------

    def name(self, person_id: int | None) -> str:
        person = self.people.get(person_id) if person_id is not None else None
        return person.name if person is not None else ""

    def presence(self, person_id: int, day: dt.date) -> Presence:
        person = self.people.get(person_id)
        return person_presence(person, day) if person is not None else Presence.DEPARTED

    def serving(self, person_id: int | None, day: dt.date) -> bool:
        return person_id is not None and self.presence(person_id, day) is Presence.SERVING

    def group_seats(self, group_id: int, day: dt.date | None = None) -> list[SeatFacts]:
        """The group's seats in order; only those held on *day* when given."""
        seats = self._by_group.get(group_id, [])
        if day is None:
            return seats
        key = ("seats", group_id, day)
        if key not in self._memo:
            self._memo[key] = [s for s in seats if s.current(day)]
        return self._memo[key]

    def seats_of(self, person_id: int, day: dt.date | None = None) -> list[SeatFacts]:
        seats = self._by_person.get(person_id, [])
        return seats if day is None else [s for s in seats if s.current(day)]

    def section_people(self, department_id: int) -> list[PersonFacts]:
        """The department's people in their listed order (its order of succession)."""
        return self._section.get(department_id, [])

    def _leadership(self, day: dt.date) -> list[SeatFacts]:
        return self.group_seats(self.leadership_id, day) if self.leadership_id is not None else []

    def _working_groups_led_by(self, department_id: int, day: dt.date) -> list[list[SeatFacts]]:
        """The seats of each group the department leads (牵头科室) on *day*, in the groups' order."""
        key = ("led", day)
        if key not in self._memo:
            led: dict[int, list[list[SeatFacts]]] = defaultdict(list)
            for group in self.groups.values():
                if group.kind is GroupKind.LEADERSHIP:
                    continue
                seats = self.group_seats(group.id, day)
                for lead in dict.fromkeys(s.department_id for s in seats if s.role is Role.LEAD_SECTION):
                    led[lead].append(seats)
            self._memo[key] = led
        return self._memo[key].get(department_id, [])

    def represents(self, seat: SeatFacts, day: dt.date) -> int | None:
        """The section a person's seat stands for: the one its holder heads through it, if any.

        A seat may name the section itself (``department_id``: a successor from another
        section holds the seat for the section they took over); else a 科室负责人 seat stands
        for its holder's section among the group's 牵头科室 (or the 牵头科室 in the same place
        in the group's order), and a leadership seat for its holder's section.
        """
        holder = self.people.get(seat.person_id) if seat.person_id is not None else None
        if holder is None:
            return None
        if seat.department_id is not None:
            return seat.department_id
        if seat.role is Role.SECTION_HEAD:
            seats = self.group_seats(seat.group_id, day)
            leads = [s.department_id for s in seats if s.role is Role.LEAD_SECTION]
            if holder.department_id in leads:
                return holder.department_id
            heads = [s.id for s in seats if s.role is Role.SECTION_HEAD]
            index = heads.index(seat.id) if seat.id in heads else len(leads)
            return leads[index] if index < len(leads) else None
        if seat.group_id == self.leadership_id:
            return holder.department_id
        return None

    def head_of(self, department_id: int, day: dt.date) -> int | None:
        """The person who heads the department on *day* (see the module), serving or not."""
        for seats in self._working_groups_led_by(department_id, day):
            for seat in seats:
                if seat.role is Role.SECTION_HEAD and self.represents(seat, day) == department_id:
                    return seat.person_id
        for seat in self._leadership(day):
            if self.represents(seat, day) == department_id:
                return seat.person_id
        for person in self.section_people(department_id):
            if self.presence(person.id, day) is not Presence.DEPARTED:
                return person.id
        return None

    def heads(self, day: dt.date) -> dict[int, int]:
        """Department id → the person heading it on *day*, for every department with people or a group."""
        key = ("heads", day)
        if key not in self._memo:
            departments = {p.department_id for p in self.people.values() if p.department_id is not None}
            departments |= {s.department_id for s in self.seats if s.role is Role.LEAD_SECTION and s.department_id}
            heads = {d: self.head_of(d, day) for d in sorted(departments)}
            self._memo[key] = {d: h for d, h in heads.items() if h is not None}
        return self._memo[key]

    def headed_by(self, person_id: int, day: dt.date) -> list[int]:
        """The departments *person_id* heads on *day*."""
        return [d for d, head in self.heads(day).items() if head == person_id]

    # -- who acts ----------------------------------------------------------------------------

    def capacity(self, person_id: int, day: dt.date) -> Capacity:
        """The capacity a person answers in when nothing more precise is known (a task's 责任人)."""
        roles = {s.role for s in self.seats_of(person_id, day)}
        if roles & set(LEADER_ROLES):
            return Capacity.LEADER
        if Role.SECTION_HEAD in roles or self.headed_by(person_id, day):
            return Capacity.SECTION_HEAD
        if Role.MEMBER in roles:
            return Capacity.MEMBER
        return Capacity.PERSON

    def seat_capacity(self, seat: SeatFacts, day: dt.date) -> Capacity:
        if seat.role in LEADER_ROLES:
            return Capacity.LEADER
        if seat.role is Role.SECTION_HEAD:
            return Capacity.SECTION_HEAD
        if seat.role is Role.MEMBER and seat.person_id is not None and self.headed_by(seat.person_id, day):
            return Capacity.SECTION_HEAD
        if seat.role is Role.MEMBER:
            return Capacity.MEMBER
        return Capacity.PERSON

    def _after(self, seats: Sequence[SeatFacts], role: Role, person_id: int) -> list[int]:
        """Holders of *role* after *person_id*'s seat of that role, in order (all of them if they hold none)."""
        same = [s for s in seats if s.role is role and s.person_id is not None]
        mine = next((i for i, s in enumerate(same) if s.person_id == person_id), None)
        return [s.person_id for s in (same[mine + 1 :] if mine is not None else same)]

    def candidates(self, person_id: int, day: dt.date, capacity: Capacity) -> list[int]:
        """Who may act for *person_id* in *capacity*, in order (the module says why)."""
        leadership = self._leadership(day)
        found: list[int] = []
        if capacity is Capacity.LEADER:
            roles = {s.role for s in leadership if s.person_id == person_id}
            leaders = [s.person_id for s in leadership if s.role is Role.LEADER and s.person_id is not None]
            if Role.LEADER in roles:
                found = self._after(leadership, Role.DEPUTY, -1)
            else:
                found = self._after(leadership, Role.DEPUTY, person_id) + leaders
        elif capacity is Capacity.SECTION_HEAD:
            person = self.people.get(person_id)
            departments = self.headed_by(person_id, day) or ([person.department_id] if person and person.department_id else [])
            for department_id in departments:
                found += self._next_in_section(department_id, person_id)
                for seats in self._working_groups_led_by(department_id, day):
                    for seat in seats:
                        if seat.role is Role.CO_SECTION and seat.department_id is not None:
                            head = self.head_of(seat.department_id, day)
                            if head is not None:
                                found.append(head)
                    found += [s.person_id for s in seats if s.role is Role.SUPERVISING_LEADER and s.person_id]
            found += self._after(leadership, Role.MEMBER, person_id) if any(
                s.role is Role.MEMBER and s.person_id == person_id for s in leadership
            ) else []
        elif capacity is Capacity.MEMBER:
            found = self._after(leadership, Role.MEMBER, person_id)
        else:
            person = self.people.get(person_id)
            if person is not None and person.department_id is not None:
                found = self._next_in_section(person.department_id, person_id)
        return [p for p in dict.fromkeys(found) if p != person_id]

    def _next_in_section(self, department_id: int, person_id: int) -> list[int]:
        """The section's people after *person_id* in its order, then those before (from the top)."""
        order = [p.id for p in self.section_people(department_id)]
        if person_id not in order:
            return order
        at = order.index(person_id)
        return order[at + 1 :] + order[:at]

    def acting_for(self, person_id: int, day: dt.date, capacity: Capacity | None = None) -> int | None:
        """The first serving person in :meth:`candidates`; None when *person_id* serves or nobody is left."""
        if self.serving(person_id, day):
            return None
        capacity = capacity or self.capacity(person_id, day)
        return next((p for p in self.candidates(person_id, day, capacity) if self.serving(p, day)), None)

    def stand(self, person_id: int | None, day: dt.date, capacity: Capacity | None = None) -> Stand:
        """Who answers for *person_id*'s responsibility in *capacity* on *day*."""
        if person_id is None or person_id not in self.people:
            return Stand(None, "", Presence.SERVING)
        presence = self.presence(person_id, day)
        if presence is Presence.SERVING:
            return Stand(person_id, self.name(person_id), presence)
        key = ("stand", person_id, day, capacity)
        if key not in self._memo:
            acting = self.acting_for(person_id, day, capacity)
            self._memo[key] = Stand(person_id, self.name(person_id), presence, acting, self.name(acting))
        return self._memo[key]

    def seat_stand(self, seat: SeatFacts, day: dt.date) -> Stand:
        if seat.person_id is None:
            return Stand(None, "", Presence.SERVING)
        return self.stand(seat.person_id, day, self.seat_capacity(seat, day))

    def seat_history(self, seat_id: int) -> list[SeatFacts]:
        """The seat and the seats before it (its predecessors), newest first."""
        by_id = {s.id: s for s in self.seats}
        chain, seat, seen = [], by_id.get(seat_id), set()
        while seat is not None and seat.id not in seen:
            chain.append(seat)
            seen.add(seat.id)
            seat = by_id.get(seat.predecessor_id) if seat.predecessor_id is not None else None
        return chain


@dataclass(frozen=True)
class HeldPeriod:
    """Someone held a responsibility until *end* (from *start*, or from the beginning)."""

    person_id: int | None
    name: str
    start: dt.date | None
    end: dt.date


def holder_on(current_id: int | None, periods: Sequence[HeldPeriod], day: dt.date) -> tuple[int | None, str | None]:
    """Who held a responsibility on *day*: the period covering it, else the current holder.

    Returns (person id, the name kept with the period); the name is None for the current
    holder (read it from the person). A day after the last period, or with no periods, is
    the current holder's.
    """
    for period in sorted(periods, key=lambda p: p.end):
        if day <= period.end and (period.start is None or period.start <= day):
            return period.person_id, period.name
    return current_id, None


__all__ = [
    "Capacity",
    "GroupFacts",
    "HeldPeriod",
    "PersonFacts",
    "Presence",
    "ROLE_ORDER",
    "SeatFacts",
    "Stand",
    "Succession",
    "holder_on",
    "person_presence",
    "written_with_acting",
]
