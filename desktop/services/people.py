"""People: the list, a person's page, editing, and absences (暂离).

Leaving (离任), successors and removal are :mod:`desktop.services.handover`. Every function
opens its own short session (one per user action) and returns plain objects. Who acts for
whom follows :mod:`desktop.people.succession`; what a person is responsible for is collected
by :mod:`desktop.services.holdings`. Saves go through ``database.write(note)``, check the
version the person started from and are written to the audit log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from desktop.db.database import ConflictError, Database
from desktop.i18n import tr
from desktop.lights import DEFAULT_YELLOW_DAYS
from desktop.lights.deadlines import read_deadline_rule
from desktop.models import Absence, Department, Person
from desktop.models.enums import GroupKind, Role
from desktop.models.search import PERSON_TEXT_FIELDS, person_search_key, refresh_person_search_key
from desktop.people.reading import as_date, read_department_names, read_succession, session_fetch
from desktop.people.succession import Capacity, Presence, Succession
from desktop.services.editing import SaveResult, ValidationError, clean_text, save_fields
from desktop.services.holdings import QUOTA, Holding, collect_holdings, task_lights
from desktop.services.person_history import HistoryLine, group_label, person_history
from desktop.services.row_types import PersonRow

def field_labels() -> dict[str, str]:
    """A person's fields, as a conflict names them."""
    return {
        "name": tr("People", "姓名"),
        "title": tr("People", "职务"),
        "department_id": tr("People", "部门"),
        "phone": tr("People", "电话"),
        "email": tr("People", "邮箱"),
        "note": tr("People", "备注"),
        "active": tr("People", "在岗"),
        "departed_on": tr("People", "离任日期"),
    }


_LIMITS = {"name": 50, "title": 200, "phone": 50, "email": 100, "note": 2000}
EDITABLE = ("name", "title", "department_id", "phone", "email", "note")


def plan_succession(session, plan_id: int) -> Succession:
    return read_succession(session_fetch(session), plan_id)


def status_text(presence: Presence, departed_on: dt.date | None, absence_end: dt.date | None = None,
                leaving_on: dt.date | None = None) -> str:
    if presence is Presence.DEPARTED:
        return tr("People", "已离任（{0}）").format(departed_on.isoformat()) if departed_on else tr("People", "已离任")
    if presence is Presence.ABSENT:
        return tr("People", "暂离（至 {0}）").format(absence_end.isoformat()) if absence_end else tr("People", "暂离")
    if leaving_on is not None:
        return tr("People", "在岗（{0} 离任）").format(leaving_on.isoformat())
    return tr("People", "在岗")


def _absence_end(succession: Succession, person_id: int, day: dt.date) -> dt.date | None:
    person = succession.people.get(person_id)
    return next((end for start, end in (person.absences if person else ()) if start <= day <= end), None)


_GROUPS = 'SELECT id, kind, label FROM "group" WHERE plan_id = :plan_id ORDER BY position, id'


def seat_roles(session, plan_id: int, succession: Succession, day: dt.date) -> dict[int, list[str]]:
    """Person id → the seats they hold on *day*, as the people list shows them (领导小组 副组长（第2位））."""
    roles: dict[int, list[str]] = {}
    for group_id, kind, label in session_fetch(session)(_GROUPS, {"plan_id": plan_id}):
        group_text = group_label(GroupKind(kind), label)
        seats = succession.group_seats(group_id, day)
        deputies = [s for s in seats if s.role is Role.DEPUTY]
        for seat in seats:
            if seat.person_id is None:
                continue
            role = tr("Labels", seat.role.label)
            if seat in deputies and len(deputies) > 1:
                role += tr("Rows", "（第{0}位）").format(deputies.index(seat) + 1)
            roles.setdefault(seat.person_id, []).append(f"{group_text} {role}".strip())
    return roles


_PEOPLE = """
SELECT id, name, title, department_id, phone, email, active, departed_on, version, search_key, note
FROM person WHERE plan_id = :plan_id ORDER BY position, id
"""


def plan_succession_of(database: Database, plan_id: int) -> Succession:
    """The plan's people, seats and groups as the rule 顺位代替 reads them (see :func:`person_page`)."""
    with database.read() as session:
        return plan_succession(session, plan_id)


def people_rows(
    database: Database, plan_id: int, today: dt.date | None = None, succession: Succession | None = None
) -> list[PersonRow]:
    """The plan's people in their order, with their seats, presence and who acts for them.

    *succession* is the plan's as just read (:func:`plan_succession_of`), or None to read it here.
    """
    today = today or dt.date.today()
    with database.read() as session:
        fetch = session_fetch(session)
        succession = succession or read_succession(fetch, plan_id)
        departments = {d.id: d for d in read_department_names(fetch, plan_id)}
        roles = seat_roles(session, plan_id, succession, today)
        people = fetch(_PEOPLE, {"plan_id": plan_id})
    serving = status_text(Presence.SERVING, None)
    # Per department: (shown name, what the filter searches); computed once, not per person.
    names = {d.id: (d.display_name, f"{d.name}\n{d.short_name}".lower()) for d in departments.values()}
    rows = []
    for pid, name, title, department_id, phone, email, active, departed_on, version, key, note in people:
        departed_on = as_date(departed_on)
        presence = succession.presence(pid, today)
        acting = ""
        if presence is Presence.SERVING:
            status = serving
            if departed_on is not None:  # leaving on a day still to come
                status = status_text(presence, departed_on, None, departed_on)
        else:
            stand = succession.stand(pid, today)
            status = status_text(presence, departed_on, _absence_end(succession, pid, today))
            acting = tr("People", "由 {0} 代行").format(stand.acting) if stand.acting else tr("People", "待补")
        shown, searched = names.get(department_id, ("", ""))
        role_text = "；".join(roles.get(pid, ()))
        key = key or person_search_key({"name": name, "title": title, "phone": phone, "email": email, "note": note})
        rows.append(
            PersonRow(
                id=pid,
                name=name,
                title=title,
                department=shown,
                roles=role_text,
                phone=phone,
                email=email,
                active=presence is not Presence.DEPARTED,
                status=status,
                acting=acting,
                search_text=f"{key}\n{searched}\n{role_text}\n{status}\n{acting}".lower(),
                version=version,
                department_id=department_id,
                departed_on=departed_on,
            )
        )
    return rows


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    department: str
    #: Not left (may still be away for a while).
    active: bool

    @property
    def label(self) -> str:
        text = f"{self.name}（{self.department}）" if self.department else self.name
        return text if self.active else tr("People", "{0}（已离任）").format(text)


def person_choices(database: Database, plan_id: int, today: dt.date | None = None) -> list[PersonChoice]:
    """Everyone of the plan, for a successor's or a member's choice list."""
    today = today or dt.date.today()
    with database.read() as session:
        departments = {d.id: d.display_name for d in read_department_names(session_fetch(session), plan_id)}
        people = session.execute(
            select(Person.id, Person.name, Person.department_id, Person.active, Person.departed_on)
            .where(Person.plan_id == plan_id)
            .order_by(Person.position, Person.id)
        ).all()
    return [
        PersonChoice(pid, name, departments.get(department_id, ""), bool(active) and (left is None or left > today))
        for pid, name, department_id, active, left in people
    ]


# -- a person's page -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AbsenceRow:
    id: int
    version: int
    start: dt.date
    end: dt.date
    note: str


@dataclass(frozen=True)
class PersonPage:
    id: int
    version: int
    plan_id: int
    #: The editable fields as read (a save merges against them).
    fields: dict
    department: str
    active: bool
    departed_on: dt.date | None
    presence: Presence
    status: str
    #: Who acts for the person, one line per capacity, while they are away.
    acting_lines: tuple[str, ...]
    absences: tuple[AbsenceRow, ...]
    holdings: tuple[Holding, ...]
    history: tuple[HistoryLine, ...]

    @property
    def name(self) -> str:
        return self.fields["name"]


def person_page(
    database: Database,
    person_id: int,
    today: dt.date | None = None,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
    succession: Succession | None = None,
    task_lights_later: bool = False,
) -> PersonPage | None:
    """Everything about one person: fields, presence, absences, what they answer for (with lights), history.

    *succession* is the plan's as the caller last read it (:func:`plan_succession_of`), so that a
    list of people and the pages opened from it do not read the groups again for each page.
    *task_lights_later*: the tasks' lights are read for the rows shown (:func:`page_task_lights`).
    """
    today = today or dt.date.today()
    with database.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            return None
        fetch = session_fetch(session)
        if succession is None or person_id not in succession.people:
            succession = read_succession(fetch, person.plan_id)
        department = session.get(Department, person.department_id) if person.department_id else None
        holdings = collect_holdings(
            session, fetch, succession, person.plan_id, person_id, today, yellow_days, task_lights_later=task_lights_later
        )
        holdings += _acting_holdings(session, fetch, succession, person.plan_id, person_id, today, yellow_days)
        _number_publicity(holdings)
        absences = session.scalars(select(Absence).where(Absence.person_id == person_id).order_by(Absence.start_date)).all()
        history = person_history(session, succession, person_id)
        stand = succession.stand(person_id, today)
        acting_lines = _acting_summary(holdings, stand) if stand.presence is not Presence.SERVING else []
        leaving = person.departed_on if person.departed_on is not None and person.departed_on > today else None
        return PersonPage(
            id=person.id,
            version=person.version,
            plan_id=person.plan_id,
            fields={name: getattr(person, name) for name in EDITABLE},
            department=department.display_name if department else "",
            active=stand.presence is not Presence.DEPARTED,
            departed_on=person.departed_on,
            presence=stand.presence,
            status=status_text(stand.presence, person.departed_on, _absence_end(succession, person_id, today), leaving),
            acting_lines=tuple(acting_lines),
            absences=tuple(AbsenceRow(a.id, a.version, a.start_date, a.end_date, a.note) for a in absences),
            holdings=tuple(holdings),
            history=tuple(history),
        )


def _number_publicity(holdings: list[Holding]) -> None:
    """Number the publicity rows 1..n in the order the page lists them.

    Their code was the rule's number in 附件 4, which repeats for each requirement of a rule
    and for the rules coordinated (1, 2, 2, 3, 4, 5, 2): a list read as a count must not.
    """
    publicity = (holding for holding in holdings if holding.kind == QUOTA)
    for number, holding in enumerate(publicity, start=1):
        holding.code = str(number)


def page_task_lights(
    database: Database, plan_id: int, task_ids, today: dt.date | None = None, yellow_days: int = DEFAULT_YELLOW_DAYS
) -> dict[int, tuple[int, str, dt.date | None]]:
    """Task id → (light, reason, next deadline) of the tasks of a page read with *task_lights_later*."""
    today = today or dt.date.today()
    with database.read() as session:
        return task_lights(session_fetch(session), plan_id, task_ids, today, yellow_days,
                           read_deadline_rule(session, plan_id))


def _acting_summary(holdings: list[Holding], stand) -> list[str]:
    """Who acts for an absent person, once per capacity: 科室负责人职责：曾智勇（代 钟丽娜）."""
    lines, seen = [], set()
    for holding in holdings:
        if holding.answering and (holding.capacity_label, holding.answering) not in seen:
            seen.add((holding.capacity_label, holding.answering))
            lines.append(f"{holding.capacity_label}：{holding.answering}")
    return lines or [stand.label()]


def acting_if_away(database: Database, person_id: int, day: dt.date, *, leaving: bool = True) -> list[str]:
    """Who would act in the person's roles if they left (or were away) on *day*: the departure dialog's preview."""
    with database.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            return []
        fetch = session_fetch(session)
        known = read_succession(fetch, person.plan_id)
        facts = known.people[person_id]
        facts = replace(facts, departed_on=day) if leaving else replace(facts, absences=facts.absences + ((day, day),))
        succession = Succession(
            [facts if p.id == person_id else p for p in known.people.values()], known.seats, known.groups.values()
        )
        holdings = collect_holdings(session, fetch, succession, person.plan_id, person_id, day, lights=False)
        return _acting_summary(holdings, succession.stand(person_id, day)) if holdings else []


def _acting_holdings(session, fetch, succession: Succession, plan_id: int, person_id: int, today: dt.date,
                     yellow_days: int) -> list[Holding]:
    """What *person_id* answers for in place of someone away (顺位代替), marked 代 钟丽娜：…."""
    found = []
    # Only those with a seat or a section to head are in line for anyone beyond their own section.
    in_line = bool(succession.seats_of(person_id, today) or succession.headed_by(person_id, today))
    department = succession.people[person_id].department_id
    for other in succession.people.values():
        if other.id == person_id or succession.serving(other.id, today):
            continue
        if not in_line and (department is None or other.department_id != department):
            continue
        if all(succession.stand(other.id, today, capacity).acting_id != person_id for capacity in Capacity):
            continue
        for holding in collect_holdings(session, fetch, succession, plan_id, other.id, today, yellow_days):
            if holding.answering_id == person_id:
                role = tr("People", "代 {0}：{1}").format(other.name, holding.role)
                found.append(replace(holding, role=role, answering="", answering_id=None))
    return found


# -- editing -----------------------------------------------------------------------------------------


def _clean(changes: dict) -> dict:
    labels = field_labels()
    cleaned = dict(changes)
    for name, limit in _LIMITS.items():
        if name in cleaned:
            text = clean_text(labels[name], cleaned[name] or "", required=name == "name", max_length=limit).text
            cleaned[name] = text.strip()
    return cleaned


def _check_department(session, plan_id: int, department_id: int | None) -> None:
    if department_id is None:
        return
    department = session.get(Department, department_id)
    if department is None or department.plan_id != plan_id:
        raise ValidationError(tr("People", "所选部门已不存在（可能刚被另一台电脑删除）。请重新选择。"))


def create_person(
    database: Database,
    plan_id: int,
    name: str,
    title: str = "",
    department_id: int | None = None,
    phone: str = "",
    email: str = "",
    note: str = "",
) -> int:
    """A new person, listed last."""
    values = _clean({"name": name, "title": title, "phone": phone, "email": email, "note": note})
    with database.write(note=tr("People", "新增人员")) as session:
        _check_department(session, plan_id, department_id)
        position = (session.scalar(select(func.max(Person.position)).where(Person.plan_id == plan_id)) or 0) + 1
        person = Person(plan_id=plan_id, department_id=department_id, position=position, active=True, **values)
        session.add(person)
        session.flush()
        refresh_person_search_key(session, person.id)
        return person.id


def person_by_id(session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError(tr("People", "此人已被删除（可能刚被另一台电脑删除）。"))
    return person


def save_person(database: Database, person_id: int, base_version: int, original: dict, changes: dict) -> SaveResult:
    """Save edited fields of a person, merging with another PC's edits (see :func:`save_fields`)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    changes = _clean(changes)
    with database.write(note=tr("People", "修改人员")) as session:
        person = person_by_id(session, person_id)
        if "department_id" in changes:
            _check_department(session, person.plan_id, changes["department_id"])
        save_fields(person, person.name, field_labels(), base_version, original, changes)
        session.flush()
        if set(changes) & set(PERSON_TEXT_FIELDS):
            refresh_person_search_key(session, person_id)
        return SaveResult(version=person.version)


def add_absence(database: Database, person_id: int, start: dt.date, end: dt.date, note: str = "") -> int:
    """暂离 from *start* to *end* (both days included); the next in order acts meanwhile."""
    if end < start:
        raise ValidationError(
            tr("People", "暂离的结束日期 {0} 早于开始日期 {1}。请检查日期。").format(end.isoformat(), start.isoformat())
        )
    note = clean_text(tr("People", "说明"), note, max_length=500).text.strip()
    with database.write(note=tr("People", "登记暂离")) as session:
        person = person_by_id(session, person_id)
        for other in session.scalars(select(Absence).where(Absence.person_id == person_id)):
            if other.start_date <= end and start <= other.end_date:
                raise ValidationError(
                    tr("People", "{0} 在 {1} 至 {2} 已登记暂离，与新的时段重叠。请修改原来的时段。").format(
                        person.name, other.start_date.isoformat(), other.end_date.isoformat()
                    )
                )
        absence = Absence(person_id=person_id, start_date=start, end_date=end, note=note)
        session.add(absence)
        session.flush()
        return absence.id


def remove_absence(database: Database, absence_id: int, version: int) -> None:
    with database.write(note=tr("People", "删除暂离")) as session:
        absence = session.get(Absence, absence_id)
        if absence is None:
            return
        if absence.version != version:
            raise ConflictError(tr("People", "这段暂离刚被另一台电脑上的同事修改过。请刷新后再试。"))
        session.delete(absence)


__all__ = [
    "AbsenceRow",
    "PersonChoice",
    "PersonPage",
    "acting_if_away",
    "add_absence",
    "create_person",
    "page_task_lights",
    "people_rows",
    "person_choices",
    "plan_succession_of",
    "person_page",
    "remove_absence",
    "save_person",
]
