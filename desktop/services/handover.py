"""Handing over: a person leaves (离任) or is removed, a successor takes over, and who held what when.

Naming a successor is one save: the old holder's seats end the day before the successor's
begin (the new seat names the one it continues), the tasks and measures they answered for
pass to the successor with a history row each (:class:`~desktop.models.ResponsibilityHistory`),
and a section they headed gets the successor as its head. The history answers "who was
responsible for this task on that day". A person still responsible for something is not
removed unless a successor is named in the same step.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.db.database import ConflictError, Database
from desktop.i18n import tr
from desktop.models import Department, Measure, Membership, Person, ResponsibilityHistory, Task
from desktop.people.reading import read_succession, session_fetch, succession_if_needed
from desktop.people.succession import Capacity, HeldPeriod, holder_on, written_with_acting
from desktop.services.editing import ValidationError, save_fields
from desktop.services.holdings import collect_holdings, holding_lines
from desktop.services.people import person_by_id, field_labels, plan_succession
from desktop.services.person_history import handover_labels, seat_what

#: The columns a successor takes over, and how a person reads them.
TASK_FIELDS = ("responsible_person_id", "supervising_leader_id", "section_head_id")
MEASURE_FIELD = "owner_person_id"


class PersonInUse(ValidationError):
    """A person still responsible for something cannot be removed; carries the list."""

    def __init__(self, message: str, lines: list[str]):
        super().__init__(message)
        self.lines = lines


def mark_departed(
    database: Database,
    person_id: int,
    base_version: int,
    day: dt.date,
    *,
    original: dict | None = None,
    successor_id: int | None = None,
    effective: dt.date | None = None,
) -> list[str]:
    """离任 on *day*; with *successor_id*, the successor takes over from *effective* (default *day*) in the same save.

    *original* is what the person saw (``active``, ``departed_on``; by default in post), so a
    departure recorded meanwhile on another PC with another date is a conflict, not overwritten.
    Returns what was handed over (empty without a successor).
    """
    original = original or {"active": True, "departed_on": None}
    with database.write(note=tr("People", "人员离任")) as session:
        person = person_by_id(session, person_id)
        save_fields(person, person.name, field_labels(), base_version, original, {"active": False, "departed_on": day})
        session.flush()
        if successor_id is None:
            return []
        return _hand_over(session, person, successor_id, effective or day)


def mark_returned(database: Database, person_id: int, base_version: int) -> None:
    """Undo a departure: the person is in post again (their seats were kept unless a successor was named)."""
    with database.write(note=tr("People", "撤销离任")) as session:
        person = person_by_id(session, person_id)
        if person.version != base_version:
            raise ConflictError(tr("People", "“{0}”刚被另一台电脑上的同事修改过。请刷新后再试。").format(person.name))
        person.active = True
        person.departed_on = None


@dataclass(frozen=True)
class ResponsibleOn:
    field: str
    label: str
    #: Who held it on the day.
    holder: str
    #: The holder, or who acted for them that day (李荣军（代 管伟荣）).
    shown: str


def responsible_on(database: Database, task_id: int, day: dt.date) -> list[ResponsibleOn]:
    """Who was responsible for the task on *day*: 责任人, 分管领导, 科室负责人, as they were then."""
    labels = handover_labels()
    with database.read() as session:
        task = session.get(Task, task_id)
        if task is None:
            return []
        succession = plan_succession(session, task.plan_id)
        records = session.scalars(
            select(ResponsibilityHistory).where(
                ResponsibilityHistory.task_id == task_id, ResponsibilityHistory.measure_id.is_(None)
            )
        ).all()
        result = []
        for name in TASK_FIELDS:
            periods = [HeldPeriod(r.person_id, r.person_name, r.start_date, r.end_date) for r in records if r.field == name]
            holder_id, kept_name = holder_on(getattr(task, name), periods, day)
            holder = kept_name if kept_name is not None else succession.name(holder_id)
            capacity = Capacity.LEADER if name == "supervising_leader_id" else None
            shown = succession.stand(holder_id, day, capacity).label() if holder_id in succession.people else holder
            result.append(ResponsibleOn(name, labels[name], holder, shown or holder))
        return result


# -- successors ------------------------------------------------------------------------------------


def ledger_responsible(session, plan_id: int, day: dt.date):
    """How the ledger writes a task's 责任人 on *day*: ``responsible(task_id, person_id, text)``.

    The holder then, from the handover history (a ledger printed for last March names who was
    responsible in March), and while they were away, who acted for them (顺位代替):
    董秀鸾（代 黄轶君 人才引智与对外合作科科长）.
    """
    fetch = session_fetch(session)
    succession = succession_if_needed(fetch, plan_id)
    periods: dict[int, list[HeldPeriod]] = defaultdict(list)
    rows = session.execute(
        select(ResponsibilityHistory.task_id, ResponsibilityHistory.person_id, ResponsibilityHistory.person_name,
               ResponsibilityHistory.start_date, ResponsibilityHistory.end_date)
        .where(ResponsibilityHistory.plan_id == plan_id, ResponsibilityHistory.field == "responsible_person_id",
               ResponsibilityHistory.measure_id.is_(None))
    )
    for task_id, person_id, name, start, end in rows:
        periods[task_id].append(HeldPeriod(person_id, name, start, end))
    names = dict(session.execute(select(Person.id, Person.name).where(Person.plan_id == plan_id)).all()) if periods else {}

    def responsible(task_id: int, person_id: int | None, text: str) -> str:
        if task_id in periods:
            then_id, then_name = holder_on(person_id, periods[task_id], day)
            if then_name is not None:  # someone else held it on the day: the text names them
                now = names.get(person_id, "")
                text = text.replace(now, then_name) if now and now in text else then_name
                person_id = then_id
        if succession is None or person_id is None or person_id not in succession.people:
            return text
        return written_with_acting(text, succession.stand(person_id, day))

    return responsible


def assign_successor(
    database: Database, person_id: int, successor_id: int, effective: dt.date, *, base_version: int | None = None
) -> list[str]:
    """Name *successor_id* to take over everything *person_id* holds from *effective*.

    One save: the old holder's seats end the day before (``end_date``) and the successor's
    begin (``start_date``, linked to the seat they continue); the tasks and measures they
    answered for pass to the successor, each with a history row saying who held it until
    when; a section they headed gets the successor as its head. Returns what was handed over.
    """
    with database.write(note=tr("People", "指定接任人")) as session:
        person = person_by_id(session, person_id)
        if base_version is not None and person.version != base_version:
            raise ConflictError(tr("People", "“{0}”刚被另一台电脑上的同事修改过。请刷新后再试。").format(person.name))
        return _hand_over(session, person, successor_id, effective)


def _successor(session, person: Person, successor_id: int, effective: dt.date) -> Person:
    successor = session.get(Person, successor_id)
    if successor is None or successor.plan_id != person.plan_id:
        raise ValidationError(tr("People", "所选接任人已不存在。请重新选择。"))
    if successor.id == person.id:
        raise ValidationError(tr("People", "接任人不能是本人。请选择另一位。"))
    if (successor.departed_on is not None and successor.departed_on <= effective) or (
        not successor.active and successor.departed_on is None
    ):
        raise ValidationError(tr("People", "{0} 已离任，不能接任。请选择在岗的人员。").format(successor.name))
    return successor


def _hand_over(session, person: Person, successor_id: int, effective: dt.date) -> list[str]:
    successor = _successor(session, person, successor_id, effective)
    succession = plan_succession(session, person.plan_id)
    labels = handover_labels()
    day_before = effective - dt.timedelta(days=1)
    note = tr("People", "{0} 接任").format(successor.name)
    moved: list[str] = []
    headed = succession.headed_by(person.id, effective)

    for facts in succession.seats_of(person.id, effective):
        seat = session.get(Membership, facts.id)
        what = seat_what(session, seat)
        if seat.start_date is not None and seat.start_date >= effective:
            seat.person_id = successor.id  # the seat had not begun: nothing of it to keep
        else:
            seat.end_date = day_before
            # A seat held for a section stays that section's when the successor comes from another.
            section = succession.represents(facts, effective)
            session.add(
                Membership(
                    group_id=seat.group_id,
                    role=seat.role,
                    position=seat.position,
                    person_id=successor.id,
                    department_id=section if section is not None and section != successor.department_id else seat.department_id,
                    title_in_group=successor.title or seat.title_in_group,
                    start_date=effective,
                    predecessor_id=seat.id,
                )
            )
        moved.append(what)

    def since(task_id: int, measure_id: int | None, name: str) -> dt.date | None:
        last = session.scalar(
            select(func.max(ResponsibilityHistory.end_date)).where(
                ResponsibilityHistory.task_id == task_id,
                ResponsibilityHistory.field == name,
                ResponsibilityHistory.measure_id.is_(None) if measure_id is None else ResponsibilityHistory.measure_id == measure_id,
            )
        )
        return last + dt.timedelta(days=1) if last is not None else None

    for name in TASK_FIELDS:
        for task in session.scalars(select(Task).where(Task.plan_id == person.plan_id, getattr(Task, name) == person.id)):
            session.add(
                ResponsibilityHistory(
                    plan_id=person.plan_id, task_id=task.id, field=name, person_id=person.id, person_name=person.name,
                    start_date=since(task.id, None, name), end_date=day_before, note=note,
                )
            )
            _pass_task(task, name, person, successor)
            moved.append(tr("People", "任务 {0} {1}").format(task.code, labels[name]))
    measures = session.execute(
        select(Measure, Task.code).join(Task, Task.id == Measure.task_id)
        .where(Task.plan_id == person.plan_id, Measure.owner_person_id == person.id)
    ).all()
    for measure, code in measures:
        session.add(
            ResponsibilityHistory(
                plan_id=person.plan_id, task_id=measure.task_id, measure_id=measure.id, field=MEASURE_FIELD,
                person_id=person.id, person_name=person.name,
                start_date=since(measure.task_id, measure.id, MEASURE_FIELD), end_date=day_before, note=note,
            )
        )
        measure.owner_person_id = successor.id
        moved.append(tr("People", "任务 {0} 措施“{1}”").format(code, measure.title))
    by_seat = {succession.represents(s, effective) for s in succession.seats_of(person.id, effective)}
    moved += _take_the_section(session, person, successor, [d for d in headed if d not in by_seat])
    session.flush()
    return moved


def _pass_task(task: Task, name: str, person: Person, successor: Person) -> None:
    """The task's *name* column passes to *successor*; the 责任人 as the ledger writes it names them too."""
    setattr(task, name, successor.id)
    if name == "responsible_person_id" and person.name and person.name in task.responsible_person_text:
        # 黄轶君 人才引智与对外合作科科长 → 蒙丽 人才引智与对外合作科科长: the post stays, the name changes.
        task.responsible_person_text = task.responsible_person_text.replace(person.name, successor.name)


def _take_the_section(session, person: Person, successor: Person, headed: list[int]) -> list[str]:
    """A section headed by its order alone (no seat stands for it): the successor joins it in the head's place."""
    if not headed or successor.department_id in headed:
        return []
    department = session.get(Department, headed[0])
    successor.department_id = department.id
    successor.position = person.position
    return [tr("People", "接任人调入{0}").format(department.display_name)]


# -- removing ----------------------------------------------------------------------------------------


def holdings_of(database: Database, person_id: int, today: dt.date | None = None) -> list[str]:
    """What the person answers for, one line each (what a removal would leave without anyone)."""
    today = today or dt.date.today()
    with database.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            return []
        fetch = session_fetch(session)
        succession = read_succession(fetch, person.plan_id)
        return holding_lines(collect_holdings(session, fetch, succession, person.plan_id, person_id, today, lights=False))


def remove_person(database: Database, person_id: int, base_version: int, successor_id: int | None = None,
                  today: dt.date | None = None) -> None:
    """Delete a person (one entered by mistake; someone who left is marked 离任 instead, to keep the history).

    Refused with :class:`PersonInUse` listing what they answer for, unless *successor_id* names
    who takes it over: the successor then takes their seats and responsibilities in place. The
    person's ended seats go with them; handed-over history keeps their name.
    """
    today = today or dt.date.today()
    with database.write(note=tr("People", "删除人员")) as session:
        person = person_by_id(session, person_id)
        if person.version != base_version:
            raise ConflictError(tr("People", "“{0}”刚被另一台电脑上的同事修改过。请刷新后再试。").format(person.name))
        fetch = session_fetch(session)
        succession = read_succession(fetch, person.plan_id)
        held = holding_lines(collect_holdings(session, fetch, succession, person.plan_id, person_id, today, lights=False))
        if held and successor_id is None:
            raise PersonInUse(
                tr("People", "{0} 还负责以下 {1} 项事务，不能删除。请先指定接任人（可在删除时一并指定），或改为标记离任：").format(
                    person.name, len(held)
                ),
                held,
            )
        if successor_id is not None:
            successor = _successor(session, person, successor_id, today)
            headed = succession.headed_by(person.id, today)
            by_seat = set()
            for seat in session.scalars(select(Membership).where(Membership.person_id == person.id)):
                if seat.end_date is None:
                    facts = next(s for s in succession.seats if s.id == seat.id)
                    section = succession.represents(facts, today)
                    by_seat.add(section)
                    if section is not None and section != successor.department_id:
                        seat.department_id = section
                    seat.person_id = successor.id
                else:
                    session.delete(seat)
            for name in TASK_FIELDS:
                for task in session.scalars(select(Task).where(Task.plan_id == person.plan_id, getattr(Task, name) == person.id)):
                    _pass_task(task, name, person, successor)
            for measure in session.scalars(select(Measure).where(Measure.owner_person_id == person.id)):
                measure.owner_person_id = successor.id
            _take_the_section(session, person, successor, [d for d in headed if d not in by_seat])
        else:
            for seat in session.scalars(select(Membership).where(Membership.person_id == person.id)):
                session.delete(seat)
        session.flush()
        session.delete(person)


__all__ = [
    "MEASURE_FIELD",
    "PersonInUse",
    "ResponsibleOn",
    "TASK_FIELDS",
    "assign_successor",
    "holdings_of",
    "ledger_responsible",
    "mark_departed",
    "mark_returned",
    "remove_person",
    "responsible_on",
]
