"""Copying a plan's rows into the next year's plan (新建年度计划), in one write transaction.

Every row of a Duban file belongs to one plan (:class:`~desktop.models.base.PlanOwned`, or a
child of such a row): departments, people, groups, contacts, quota rules and inspections are
the plan's own, so the next year gets copies of them, and the previous plan keeps its rows
untouched. What is copied, and how:

* departments, people (with absences that reach into the new year), contacts;
* groups with the seats held now (ended seats are last year's history), in their order;
* quota rules with their requirements (months, not dates: nothing to move);
* inspections with their windows; a window read from a yearly period (第三季度, 6月、10月,
  7月备检) is moved by the years between the plans, one with dates of its own stays;
  the preparation is not yet done in the new year;
* the tasks chosen for carrying over, with their sections, measures, milestones and
  indicators, each linked to its origin (``task.origin_task_id``) and with a 立项 event
  saying where it came from. Reports, indicator values, notices, publicity items and
  handover history are the previous year's and stay there.

The rows are written with Core ``INSERT … RETURNING`` statements (thousands of tasks in a few
seconds) and each gets the audit entry the ORM's listener would have written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable

from sqlalchemy import Table, insert, select

from desktop.models import (
    Absence,
    AuditEntry,
    Contact,
    DateWindow,
    Department,
    EventKind,
    Group,
    Indicator,
    Inspection,
    InspectionUnit,
    Measure,
    Membership,
    Milestone,
    Person,
    QuotaRequirement,
    QuotaRule,
    Task,
    TaskEvent,
    TaskUnit,
)
from desktop.models.audit import AUDITED_NOTE_KEY, current_actor, plain
from desktop.periods import PeriodError, parse_period

#: Rows read or written per statement where a list of ids is bound (SQLite's limit is far above).
_CHUNK = 900


def shift_years(day: dt.date | None, years: int) -> dt.date | None:
    """*day* moved by *years* (29 February to the 28th in a common year)."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def is_yearly(text: str, start: dt.date, end: dt.date | None, year: int) -> bool:
    """Whether the window (*start*, *end*) is one read from *text* for the plan *year*, i.e. recurs each year."""
    try:
        period = parse_period(text, year)
    except PeriodError:
        return False
    return any(w.start == start and w.end == end for w in period.windows)


class PlanCopier:
    """Copies the rows of plan *source_id* into plan *target_id* within *session*'s transaction."""

    def __init__(self, session, source_id: int, target_id: int, years: int, source_year: int,
                 report: Callable[[str], None] | None = None):
        self.session = session
        self.source_id, self.target_id = source_id, target_id
        self.years, self.source_year = years, source_year
        self.report = report or (lambda _text: None)
        self.ids: dict[str, dict[int, int]] = {}
        self.audit_rows: list[dict] = []
        self.counts: dict[str, int] = {}
        self._now = dt.datetime.now()
        self._user, self._machine = session.info.get("actor") or current_actor()
        self._note = session.info.get(AUDITED_NOTE_KEY, "")

    # -- the plumbing ----------------------------------------------------------------------

    def _rows(self, table: Table, where) -> list[dict]:
        return [dict(row) for row in self.session.execute(select(table).where(where).order_by(table.c.id)).mappings()]

    def _rows_of(self, table: Table, column, ids: Iterable[int]) -> list[dict]:
        ids = list(ids)
        rows: list[dict] = []
        for start in range(0, len(ids), _CHUNK):
            rows.extend(self._rows(table, column.in_(ids[start:start + _CHUNK])))
        rows.sort(key=lambda row: row["id"])
        return rows

    def _map(self, name: str, value: int | None) -> int | None:
        return None if value is None else self.ids.get(name, {}).get(value)

    def _insert(self, model, rows: list[dict], task_of: Callable[[dict], int | None] = lambda _row: None) -> None:
        """Insert copies of *rows* (their ``id`` is the old one, remembered against the new)."""
        table: Table = model.__table__
        name = table.name
        mapping = self.ids.setdefault(name, {})
        self.counts[name] = self.counts.get(name, 0) + len(rows)
        if not rows:
            return
        olds = [row.pop("id") for row in rows]
        for row in rows:
            if "version" in table.c:
                row["version"] = 1
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        new_ids = [row_id for (row_id,) in self.session.execute(statement, rows)]
        for old, new, row in zip(olds, new_ids, rows):
            mapping[old] = new
            self.audit_rows.append({
                "at": self._now, "os_user": self._user, "machine": self._machine, "action": "insert",
                "table_name": name, "row_id": new, "plan_id": self.target_id, "task_id": task_of({**row, "id": new}),
                "changes": json.dumps({k: plain(v) for k, v in row.items()}, ensure_ascii=False, default=str),
                "note": self._note,
            })

    def _write_audit(self) -> None:
        for start in range(0, len(self.audit_rows), 5000):
            self.session.execute(insert(AuditEntry), self.audit_rows[start:start + 5000])
        self.audit_rows.clear()

    # -- what is copied --------------------------------------------------------------------

    def copy(self, task_ids: list[int]) -> dict[str, int]:
        self.report("departments")
        self._organisation()
        self.report("tasks")
        self._tasks(task_ids)
        self.report("groups")
        self._groups()
        self.report("inspections")
        self._inspections()
        self._quotas()
        self._write_audit()
        return self.counts

    def _organisation(self) -> None:
        departments = self._rows(Department.__table__, Department.plan_id == self.source_id)
        for row in departments:
            row["plan_id"] = self.target_id
        self._insert(Department, departments)
        people = self._rows(Person.__table__, Person.plan_id == self.source_id)
        for row in people:
            row["plan_id"] = self.target_id
            row["department_id"] = self._map("department", row["department_id"])
        self._insert(Person, people)
        first_day = dt.date(self.source_year + self.years, 1, 1)
        absences = [
            row for row in self._rows_of(Absence.__table__, Absence.person_id, self.ids["person"])
            if row["end_date"] >= first_day
        ]
        for row in absences:
            row["person_id"] = self._map("person", row["person_id"])
        self._insert(Absence, absences)
        contacts = self._rows(Contact.__table__, Contact.plan_id == self.source_id)
        for row in contacts:
            row["plan_id"] = self.target_id
            row["department_id"] = self._map("department", row["department_id"])
        self._insert(Contact, contacts)

    def _tasks(self, task_ids: list[int]) -> None:
        tasks = self._rows_of(Task.__table__, Task.id, task_ids)
        tasks.sort(key=lambda row: (row["position"], row["id"]))
        for row in tasks:
            row["plan_id"] = self.target_id
            row["origin_task_id"] = row["id"]
            row["closed_on"] = None
            # A deadline moved by last year's extension (延期) is not the new year's: its 要求 line's again.
            row.update(deadline=None, deadline_text="")
            for column in ("responsible_person_id", "supervising_leader_id", "section_head_id", "source_leader_id"):
                row[column] = self._map("person", row[column])
        self._insert(Task, tasks, lambda row: row["id"])
        carried = self.ids["task"]
        units = self._rows_of(TaskUnit.__table__, TaskUnit.task_id, carried)
        for row in units:
            row["task_id"] = carried[row["task_id"]]
            row["department_id"] = self._map("department", row["department_id"])
        self._insert(TaskUnit, units, lambda row: row["task_id"])
        measures = self._rows_of(Measure.__table__, Measure.task_id, carried)
        for row in measures:
            row["task_id"] = carried[row["task_id"]]
            row["owner_person_id"] = self._map("person", row["owner_person_id"])
            row["owner_department_id"] = self._map("department", row["owner_department_id"])
        self._insert(Measure, measures, lambda row: row["task_id"])
        milestones = self._rows_of(Milestone.__table__, Milestone.task_id, carried)
        for row in milestones:
            row["task_id"] = carried[row["task_id"]]
            row["measure_id"] = self._map("measure", row["measure_id"])
        self._insert(Milestone, milestones, lambda row: row["task_id"])
        indicators = self._rows_of(Indicator.__table__, Indicator.task_id, carried)
        for row in indicators:
            row["task_id"] = carried[row["task_id"]]
            # A 序时进度 is a year's: the new year's is set anew (its typed months are not copied).
            row.update(tracked=False, baseline=None, deadline=None)
        self._insert(Indicator, indicators, lambda row: row["task_id"])
        self._carry_events(tasks)

    def _carry_events(self, tasks: list[dict]) -> None:
        """A 立项 event on each carried task, naming the task and year it was carried over from."""
        events = [
            {
                "task_id": self.ids["task"][row["origin_task_id"]], "report_id": None, "kind": EventKind.CREATED,
                "note": self.carry_note(self.source_year, row["code"]),
                "os_user": self._user, "machine": self._machine, "at": self._now,
            }
            for row in tasks
        ]
        if events:
            self.session.execute(insert(TaskEvent.__table__), events)

    carry_note: Callable[[int, str], str] = staticmethod(lambda year, code: f"{year}-{code}")

    def _groups(self) -> None:
        groups = self._rows(Group.__table__, Group.plan_id == self.source_id)
        for row in groups:
            row["plan_id"] = self.target_id
            row["task_id"] = self._map("task", row["task_id"])
        self._insert(Group, groups, lambda row: row["task_id"])
        seats = [
            row for row in self._rows_of(Membership.__table__, Membership.group_id, self.ids["group"])
            if row["end_date"] is None
        ]
        seats.sort(key=lambda row: (row["group_id"], row["position"], row["id"]))
        for row in seats:
            row["group_id"] = self.ids["group"][row["group_id"]]
            row["person_id"] = self._map("person", row["person_id"])
            row["department_id"] = self._map("department", row["department_id"])
            row["start_date"] = None
            row["predecessor_id"] = None
        self._insert(Membership, seats)

    def _inspections(self) -> None:
        inspections = self._rows(Inspection.__table__, Inspection.plan_id == self.source_id)
        for row in inspections:
            row["plan_id"] = self.target_id
            row["prepared"] = False
        self._insert(Inspection, inspections)
        windows = self._rows_of(DateWindow.__table__, DateWindow.inspection_id, self.ids["inspection"])
        for row in windows:
            row["inspection_id"] = self.ids["inspection"][row["inspection_id"]]
            if is_yearly(row["text"], row["start"], row["end"], self.source_year):
                row["start"], row["end"] = shift_years(row["start"], self.years), shift_years(row["end"], self.years)
        self._insert(DateWindow, windows)
        units = self._rows_of(InspectionUnit.__table__, InspectionUnit.inspection_id, self.ids["inspection"])
        for row in units:
            row["inspection_id"] = self.ids["inspection"][row["inspection_id"]]
            row["department_id"] = self._map("department", row["department_id"])
        self._insert(InspectionUnit, units)

    def _quotas(self) -> None:
        rules = self._rows(QuotaRule.__table__, QuotaRule.plan_id == self.source_id)
        for row in rules:
            row["plan_id"] = self.target_id
            row["coordinator_id"] = self._map("department", row["coordinator_id"])
        self._insert(QuotaRule, rules)
        requirements = self._rows_of(QuotaRequirement.__table__, QuotaRequirement.rule_id, self.ids["quota_rule"])
        for row in requirements:
            row["rule_id"] = self.ids["quota_rule"][row["rule_id"]]
            row["department_id"] = self._map("department", row["department_id"])
        self._insert(QuotaRequirement, requirements)
