"""Loading a plan from its data file (the built-in 2022 plan is one) into a database.

The file is TOML (see ``resources/plans/``): the notice, departments, people, groups,
tasks with measures, milestones, indicators and progress, the supervision checklist,
the publicity quotas and the contacts. Names refer to each other by text (a person
by name, a department by full or short name, or the short name without 科); a name the
file does not define is an error that says which one, so a typing mistake in a new plan
file cannot load half a plan. An inspection that lists no lead or co-operating sections
takes them from its plan as written (“7月备检，法监科牵头，协同规配、重大、人才科。”).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models import (
    Contact,
    DateWindow,
    Department,
    DepartmentKind,
    Group,
    GroupKind,
    Indicator,
    IndicatorValue,
    Inspection,
    InspectionUnit,
    Measure,
    Membership,
    Milestone,
    Person,
    Plan,
    ProgressReport,
    QuotaRequirement,
    QuotaRule,
    QuotaScope,
    ReportSource,
    ReportState,
    Role,
    Status,
    Task,
    TaskLevel,
    TaskUnit,
    TaskUnitRole,
    WindowKind,
)
from desktop.models.enums import RestDayShift
from desktop.models.search import refresh_person_search_key, refresh_search_key
from desktop.people.names import DepartmentMatcher, DepartmentName
from desktop.periods import PeriodError, parse_deadline, parse_period

SUPPORTED_FORMAT = 1


class PlanFileError(UserError):
    """The plan file cannot be read or refers to something it does not define."""


def read_plan_file(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise PlanFileError(tr("PlanFile", "无法读取计划文件 {0}：{1}").format(path, exc.strerror or exc)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise PlanFileError(tr("PlanFile", "计划文件 {0} 格式有误：{1}").format(path, exc)) from exc
    if data.get("format") != SUPPORTED_FORMAT:
        raise PlanFileError(tr("PlanFile", "计划文件 {0} 的格式版本不受支持。").format(path))
    return data


class _Loader:
    def __init__(self, session: Session, data: dict, where: str):
        self.session = session
        self.data = data
        self.where = where
        self.departments: dict[int, Department] = {}
        self.matcher = DepartmentMatcher([])
        self.people: dict[str, Person] = {}
        self.tasks: dict[str, Task] = {}

    def missing(self, what: str, name: str) -> PlanFileError:
        return PlanFileError(tr("PlanFile", "计划文件 {0} 引用了未定义的{1}：{2}").format(self.where, what, name))

    def department(self, name: str) -> Department:
        found = self.matcher.find(name)
        if found is None:
            raise self.missing(tr("PlanFile", "部门"), name)
        return self.departments[found.id]

    def person(self, name: str) -> Person:
        try:
            return self.people[name]
        except KeyError:
            raise self.missing(tr("PlanFile", "人员"), name) from None

    def period(self, text: str, year: int):
        try:
            return parse_period(text, year)
        except PeriodError:
            raise PlanFileError(tr("PlanFile", "计划文件 {0} 中的时间“{1}”无法识别。").format(self.where, text)) from None

    def deadline(self, text: str, year: int) -> dt.date:
        try:
            return parse_deadline(text, year)
        except PeriodError:
            raise PlanFileError(tr("PlanFile", "计划文件 {0} 中的期限“{1}”无法识别。").format(self.where, text)) from None

    def load(self) -> Plan:
        p = self.data["plan"]
        plan = Plan(
            doc_number=p["doc_number"],
            notice_title=p["notice_title"],
            title=p["title"],
            short_title=p.get("short_title", ""),
            year=p["year"],
            issuer=p.get("issuer", ""),
            issue_date=p.get("issue_date"),
            addressees=p.get("addressees", ""),
            notice_text=p.get("notice_text", ""),
            disclosure=p.get("disclosure", ""),
            printed_by=p.get("printed_by", ""),
            printed_date=p.get("printed_date"),
            body=p.get("body", ""),
            attachments=p.get("attachments", ""),
            roster_title=p.get("roster_title", ""),
            checklist_title=p.get("checklist_title", ""),
            publicity_title=p.get("publicity_title", ""),
            succession_rule=p.get("succession_rule", ""),
        )
        self.session.add(plan)
        self.session.flush()
        self.year = plan.year
        self.plan = plan
        self._departments()
        self._people()
        self._tasks()
        self._groups()
        self._inspections()
        self._quotas()
        self._contacts()
        self.session.flush()
        for task in self.tasks.values():
            refresh_search_key(self.session, task.id)
        for person in self.people.values():
            refresh_person_search_key(self.session, person.id)
        return plan

    def _departments(self) -> None:
        loaded = []
        for position, d in enumerate(self.data.get("departments", [])):
            department = Department(
                plan_id=self.plan.id,
                name=d["name"],
                short_name=d.get("short_name", ""),
                kind=DepartmentKind(d["kind"]),
                position=position,
                note=d.get("note", ""),
            )
            self.session.add(department)
            loaded.append(department)
        self.session.flush()
        self.departments = {d.id: d for d in loaded}
        self.matcher = DepartmentMatcher(DepartmentName(d.id, d.name, d.short_name, d.kind.value) for d in loaded)

    def _people(self) -> None:
        for position, item in enumerate(self.data.get("people", [])):
            department = self.department(item["department"]) if item.get("department") else None
            person = Person(
                plan_id=self.plan.id,
                name=item["name"],
                title=item.get("title", ""),
                department_id=department.id if department else None,
                phone=item.get("phone", ""),
                email=item.get("email", ""),
                active=True,
                position=position,
                note=item.get("note", ""),
            )
            self.session.add(person)
            self.people[person.name] = person
        self.session.flush()

    def _tasks(self) -> None:
        for position, t in enumerate(self.data.get("tasks", [])):
            task = Task(
                plan_id=self.plan.id,
                code=t["code"],
                seq=t.get("seq", 1),
                position=position,
                title=t["title"],
                heading=t.get("heading", ""),
                level=TaskLevel(t["level"]),
                difficulties=t.get("difficulties", ""),
                expected_results=t.get("expected_results", ""),
                responsible_unit=t.get("responsible_unit", ""),
                responsible_person_text=t.get("responsible_person_text", ""),
                special_group=t.get("special_group", ""),
                requirement=t.get("requirement", ""),
                status=Status(t.get("status", Status.IN_PROGRESS.value)),
                ledger_headings="\n".join(t.get("ledger_headings", [])),
            )
            for key in ("responsible_person", "supervising_leader", "section_head"):
                if t.get(key):
                    setattr(task, key + "_id", self.person(t[key]).id)
            self._task_units(task, t)
            measures = self._measures(task, t)
            self._milestones(task, t, measures)
            self._indicators(task, t)
            self._reports(task, t)
            self.session.add(task)
            self.tasks[task.code] = task
        self.session.flush()

    def _task_units(self, task: Task, t: dict) -> None:
        unit_position = 0
        for role, key in (
            (TaskUnitRole.LEAD, "lead_sections"),
            (TaskUnitRole.CO, "co_sections"),
            (TaskUnitRole.RESPONSIBLE, "responsible_units"),
        ):
            for name in t.get(key, []):
                task.units.append(TaskUnit(department_id=self.department(name).id, role=role, position=unit_position))
                unit_position += 1

    def _measures(self, task: Task, t: dict) -> list[Measure]:
        measures = []
        for m_position, m in enumerate(t.get("measures", [])):
            measure = Measure(
                position=m_position,
                title=m["title"],
                description=m.get("description", ""),
                due_date=self.deadline(m["due"], self.year) if m.get("due") else None,
                status=Status(m.get("status", Status.NOT_STARTED.value)),
            )
            if m.get("owner"):
                measure.owner_person_id = self.person(m["owner"]).id
            if m.get("owner_department"):
                measure.owner_department_id = self.department(m["owner_department"]).id
            measures.append(measure)
            task.measures.append(measure)
        return measures

    def _milestones(self, task: Task, t: dict, measures: list[Measure]) -> None:
        for ms in t.get("milestones", []):
            milestone = Milestone(
                title=ms["title"],
                due_text=ms.get("due", ""),
                due_date=self.deadline(ms["due"], self.year) if ms.get("due") else None,
                source=ms.get("source", ""),
            )
            if ms.get("measure"):
                milestone.measure = measures[ms["measure"] - 1]
            task.milestones.append(milestone)

    def _indicators(self, task: Task, t: dict) -> None:
        for i_position, ind in enumerate(t.get("indicators", [])):
            indicator = Indicator(
                position=i_position,
                name=ind["name"],
                target=ind.get("target"),
                unit=ind.get("unit", ""),
                is_target=ind.get("is_target", True),
                source=ind.get("source", ""),
            )
            for value in ind.get("values", []):
                indicator.values.append(
                    IndicatorValue(
                        as_of=value["as_of"],
                        value=value["value"],
                        source=value.get("source", self.plan.doc_number),
                    )
                )
            task.indicators.append(indicator)

    def _reports(self, task: Task, t: dict) -> None:
        for r in t.get("reports", []):
            task.reports.append(
                ProgressReport(
                    period=r.get("period", ""),
                    text=r["text"],
                    author=r.get("author", ""),
                    reported_on=r.get("reported_on"),
                    source=ReportSource(r.get("source", ReportSource.DOCUMENT.value)),
                    source_ref=r.get("source_ref", ""),
                    state=ReportState(r.get("state", ReportState.ACCEPTED.value)),
                    created_at=dt.datetime.now(),
                )
            )

    def _groups(self) -> None:
        for position, g in enumerate(self.data.get("groups", [])):
            group = Group(
                plan_id=self.plan.id,
                name=g["name"],
                kind=GroupKind(g["kind"]),
                label=g.get("label", ""),
                position=position,
                description=g.get("description", ""),
            )
            if g.get("task"):
                try:
                    group.task_id = self.tasks[g["task"]].id
                except KeyError:
                    raise self.missing(tr("PlanFile", "任务"), g["task"]) from None
            for m_position, m in enumerate(g.get("members", [])):
                membership = Membership(
                    role=Role(m["role"]),
                    position=m_position,
                    title_in_group=m.get("title", ""),
                    start_date=self.plan.issue_date,
                )
                if m.get("person"):
                    person = self.person(m["person"])
                    membership.person_id = person.id
                    membership.title_in_group = m.get("title", person.title)
                if m.get("department"):
                    membership.department_id = self.department(m["department"]).id
                group.memberships.append(membership)
            self.session.add(group)
        self.session.flush()

    def _units_from_plan(self, text: str, recent: list[DepartmentName]) -> tuple[list[str], list[str]]:
        """Lead and co-operating sections read from an inspection's plan as written."""
        units = self.matcher.parse_units(text, recent)
        if units.unknown:
            raise self.missing(tr("PlanFile", "部门"), "、".join(units.unknown))
        return [d.name for d in units.lead], [d.name for d in units.co]

    def _inspections(self) -> None:
        recent: list[DepartmentName] = []
        for i in self.data.get("inspections", []):
            inspection = Inspection(
                plan_id=self.plan.id,
                seq=i["seq"],
                item=i["item"],
                content=i.get("content", ""),
                inspector=i.get("inspector", ""),
                inspected=i.get("inspected", ""),
                time_text=i.get("time", ""),
                plan_text=i.get("plan", ""),
                preparation_text=i.get("preparation", ""),
            )
            for kind, key in ((WindowKind.INSPECTION, "time"), (WindowKind.PREPARATION, "preparation")):
                if not i.get(key):
                    continue
                period = self.period(i[key], self.year)
                if kind is WindowKind.PREPARATION and period.continuous:
                    inspection.continuous = True
                for window in period.windows:
                    inspection.windows.append(DateWindow(kind=kind, start=window.start, end=window.end, text=i[key]))
            position = 0
            lead, co = i.get("lead"), i.get("co")
            if lead is None and co is None and i.get("plan"):
                lead, co = self._units_from_plan(i["plan"], recent)
            for role, names in ((TaskUnitRole.LEAD, lead or []), (TaskUnitRole.CO, co or [])):
                for name in names:
                    inspection.units.append(
                        InspectionUnit(department_id=self.department(name).id, role=role, position=position)
                    )
                    position += 1
            if co:
                recent = [self.matcher.find(name) for name in co]
            self.session.add(inspection)
        self.session.flush()

    def _quotas(self) -> None:
        for q in self.data.get("quotas", []):
            rule = QuotaRule(
                plan_id=self.plan.id,
                seq=q["seq"],
                kind=q["kind"],
                content=q.get("content", ""),
                responsible=q.get("responsible", ""),
                plan_text=q.get("plan", ""),
                method=q.get("method", ""),
            )
            if q.get("coordinator"):
                rule.coordinator_id = self.department(q["coordinator"]).id
            for position, r in enumerate(q.get("requirements", [])):
                department = self.department(r["department"]) if r.get("department") else None
                rule.requirements.append(
                    QuotaRequirement(
                        position=position,
                        scope=QuotaScope(r.get("scope", QuotaScope.SECTION.value)),
                        department_id=department.id if department else None,
                        amount=r.get("amount", 1),
                        at_least=r.get("at_least", False),
                        every_months=r.get("every_months"),
                        months=",".join(str(m) for m in r.get("months", [])),
                        collect_day=r.get("collect_day"),
                        rest_day_shift=RestDayShift(r.get("rest_day_shift", RestDayShift.BEFORE.value)),
                        carry_over=r.get("carry_over", False),
                        start_month=r.get("start_month"),
                        subject=r.get("subject", ""),
                        text=r.get("text", ""),
                    )
                )
            self.session.add(rule)
        self.session.flush()

    def _contacts(self) -> None:
        for position, c in enumerate(self.data.get("contacts", [])):
            department = self.department(c["department"]) if c.get("department") else None
            self.session.add(
                Contact(
                    plan_id=self.plan.id,
                    name=c["name"],
                    department_id=department.id if department else None,
                    email=c.get("email", ""),
                    phone=c.get("phone", ""),
                    purpose=c.get("purpose", ""),
                    position=position,
                )
            )


def load_plan(session: Session, path: Path) -> Plan:
    """Add the plan in *path* to the database of *session*; the caller commits."""
    data = read_plan_file(path)
    return _Loader(session, data, str(path)).load()
