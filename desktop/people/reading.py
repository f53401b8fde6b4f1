"""Reading what :mod:`desktop.people.succession` and :mod:`desktop.people.names` work on, with plain SQL.

Like :mod:`desktop.services.task_list`, every function takes a ``fetch(sql, params)`` that runs
a query and returns tuples: a ``sqlite3`` cursor at start-up (before SQLAlchemy is loaded), a
SQLAlchemy session afterwards. The SQL is portable and uses named parameters.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable

from desktop.models.enums import GroupKind, Role
from desktop.people.names import DepartmentMatcher, DepartmentName
from desktop.people.succession import GroupFacts, PersonFacts, SeatFacts, Succession

Fetch = Callable[[str, dict], Iterable[tuple]]

_PEOPLE = "SELECT id, name, department_id, position, active, departed_on FROM person WHERE plan_id = :plan_id"
_ABSENCES = """
SELECT a.person_id, a.start_date, a.end_date
FROM person_absence a JOIN person p ON p.id = a.person_id
WHERE p.plan_id = :plan_id
"""
_SEATS = """
SELECT m.id, m.group_id, m.role, m.position, m.person_id, m.department_id, m.start_date, m.end_date, m.predecessor_id
FROM membership m JOIN "group" g ON g.id = m.group_id
WHERE g.plan_id = :plan_id
"""
_GROUPS = 'SELECT id, kind, position, task_id FROM "group" WHERE plan_id = :plan_id'
#: Whether anyone of the plan has left or has an absence recorded: when nobody has, nobody acts
#: for anybody and the lists need not read the groups at all.
_ANYONE_AWAY = """
SELECT 1 FROM person WHERE plan_id = :plan_id AND (NOT active OR departed_on IS NOT NULL)
UNION ALL
SELECT 1 FROM person_absence a JOIN person p ON p.id = a.person_id WHERE p.plan_id = :plan_id
"""
_DEPARTMENTS = "SELECT id, name, short_name, kind FROM department WHERE plan_id = :plan_id ORDER BY position, id"


def as_date(value) -> dt.date | None:
    """A date as the driver returns it (SQLite: ISO text)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def anyone_away(fetch: Fetch, plan_id: int) -> bool:
    for _ in fetch(_ANYONE_AWAY, {"plan_id": plan_id}):
        return True
    return False


def read_succession(fetch: Fetch, plan_id: int) -> Succession:
    """The plan's people (with absences), seats and groups."""
    params = {"plan_id": plan_id}
    absences: dict[int, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for person_id, start, end in fetch(_ABSENCES, params):
        absences[person_id].append((as_date(start), as_date(end)))
    people = [
        PersonFacts(pid, name, department_id, position or 0, bool(active), as_date(departed_on), tuple(absences.get(pid, ())))
        for pid, name, department_id, position, active, departed_on in fetch(_PEOPLE, params)
    ]
    seats = [
        SeatFacts(sid, group_id, Role(role), position or 0, person_id, department_id, as_date(start), as_date(end), predecessor)
        for sid, group_id, role, position, person_id, department_id, start, end, predecessor in fetch(_SEATS, params)
    ]
    groups = [GroupFacts(gid, GroupKind(kind), position or 0, task_id) for gid, kind, position, task_id in fetch(_GROUPS, params)]
    return Succession(people, seats, groups)


def succession_if_needed(fetch: Fetch, plan_id: int) -> Succession | None:
    """:func:`read_succession` when anyone has left or is away, else None (nobody acts for anybody)."""
    return read_succession(fetch, plan_id) if anyone_away(fetch, plan_id) else None


def read_department_names(fetch: Fetch, plan_id: int) -> list[DepartmentName]:
    return [DepartmentName(did, name, short or "", kind) for did, name, short, kind in fetch(_DEPARTMENTS, {"plan_id": plan_id})]


def read_matcher(fetch: Fetch, plan_id: int) -> DepartmentMatcher:
    return DepartmentMatcher(read_department_names(fetch, plan_id))


def session_fetch(session) -> Fetch:
    """A ``fetch`` over a SQLAlchemy session."""
    from sqlalchemy import text

    return lambda sql, params: session.execute(text(sql), params).all()


__all__ = [
    "Fetch",
    "anyone_away",
    "as_date",
    "read_department_names",
    "read_matcher",
    "read_succession",
    "session_fetch",
    "succession_if_needed",
]
