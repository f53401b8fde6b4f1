"""Work from outside the plan: tasks that come from a 领导批示, a 会议纪要 or a 上级交办 (issue 19).

Such a task is a task of the plan like any other (measures, deadlines, reports, review, 督办单);
what sets it apart is its source (:class:`~desktop.models.enums.TaskSource`) with the document's
number, date, instructing leader and original text, and a code of its own numbering (批-1, 会-1,
交-1) so that it never takes a number of the plan's 附件 tables. This module registers such a
task, reads the register (登记簿) and the 批示件办理情况 list; the lights are the task list's
(:func:`~desktop.services.task_list.read_task_lights`), the last report the ledger's
(:func:`~desktop.models.task.latest_accepted`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.i18n import tr
from desktop.lights import DEFAULT_YELLOW_DAYS, Light
from desktop.lights.deadlines import read_deadline_rule
from desktop.models import Department, Milestone, Person, Status, Task, TaskLevel, TaskSource, TaskUnit, TaskUnitRole
from desktop.models.enums import EventKind
from desktop.models.search import refresh_search_key
from desktop.models.task import latest_accepted
from desktop.services.editing import Undo, ValidationError, check_date_in_plan, clean_text
from desktop.services.task_list import read_task_lights
from desktop.services.task_snapshot import task_field_labels
from desktop.services.tasks import NUMBER_LENGTH, check_source, delete_task, record_event

#: The code prefix of each source outside the plan: 批-1, 会-1, 交-1.
CODE_PREFIXES = {TaskSource.INSTRUCTION: "批-", TaskSource.MEETING: "会-", TaskSource.ASSIGNED: "交-"}
OUTSIDE_SOURCES = tuple(CODE_PREFIXES)
#: How much of the 批示原文 the register and the printed list show.
SHORT_TEXT = 60


@dataclass(frozen=True)
class NewInstruction:
    """What 新建批示件任务 asks for."""

    source: TaskSource
    title: str
    number: str = ""
    date: dt.date | None = None
    #: The instructing leader: a person of the plan, or *leader_text* when outside the bureau.
    leader_id: int | None = None
    leader_text: str = ""
    text: str = ""
    #: The lead section (牵头科室) and the deadline (办结时限), both optional.
    section_id: int | None = None
    deadline: dt.date | None = None


@dataclass(frozen=True)
class InstructionRow:
    """A row of the register and of the printed 批示件办理情况 list."""

    task_id: int
    code: str
    title: str
    source: TaskSource
    number: str
    date: dt.date | None
    leader: str
    text: str
    section: str
    deadline: dt.date | None
    light: Light
    light_reason: str
    closed_on: dt.date | None
    #: The last accepted report (the ledger's rule), its date and text; empty when none.
    report_day: dt.date | None
    report_text: str

    @property
    def short_text(self) -> str:
        return shorten(self.text)

    @property
    def source_label(self) -> str:
        return tr("Labels", self.source.label)


def shorten(text: str, limit: int = SHORT_TEXT) -> str:
    """The instruction on one short line: its first *limit* characters, then …."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def next_source_code(session, plan_id: int, source: TaskSource) -> str:
    """批-1, 批-2 …: the next free number of *source*'s own numbering in the plan."""
    prefix = CODE_PREFIXES[source]
    taken = set(session.scalars(select(Task.code).where(Task.plan_id == plan_id, Task.code.startswith(prefix))))
    number = 1
    for code in taken:
        tail = code[len(prefix):]
        if tail.isdigit():
            number = max(number, int(tail) + 1)
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


#: The task's source fields, saved through :func:`desktop.services.tasks.save_task` like its others.
SOURCE_FIELDS = ("source", "source_number", "source_date", "source_leader_id", "source_leader_text", "source_text")


def source_labels() -> dict[str, str]:
    """The source fields' headings, as the editor and the history name them (the task's field labels)."""
    labels = task_field_labels()
    return {name: labels[name] for name in SOURCE_FIELDS}


def create_instruction_task(database: Database, plan_id: int, new: NewInstruction) -> tuple[int, Undo]:
    """立项 of a task from outside the plan: its source, lead section and 办结时限, numbered 批-1, 会-1 …"""
    labels = source_labels()
    if new.source not in CODE_PREFIXES:
        raise ValidationError(tr("Instructions", "请选择任务来源：领导批示、会议纪要或上级交办。"))
    title = clean_text(tr("Tasks", "改革攻坚落实事项"), new.title, required=True).text
    number = clean_text(labels["source_number"], new.number, max_length=NUMBER_LENGTH).text.strip()
    leader_text = clean_text(labels["source_leader_text"], new.leader_text).text.strip()
    original = clean_text(labels["source_text"], new.text).text.strip()
    check_source(new.source, new.leader_id, leader_text, original)
    with database.write(note=tr("Instructions", "批示件立项")) as session:
        year = session.scalar(text("SELECT year FROM plan WHERE id = :id"), {"id": plan_id})
        check_date_in_plan(tr("Instructions", "办结时限"), new.deadline, year)
        if new.leader_id is not None and session.get(Person, new.leader_id) is None:
            raise ValidationError(tr("Instructions", "所选的批示领导已被删除。请重新选择。"))
        section = session.get(Department, new.section_id) if new.section_id is not None else None
        position = (session.scalar(select(func.max(Task.position)).where(Task.plan_id == plan_id)) or 0) + 1
        task = Task(
            plan_id=plan_id, code=next_source_code(session, plan_id, new.source), title=title, position=position,
            level=TaskLevel.CITY, status=Status.NOT_STARTED, source=new.source, source_number=number,
            source_date=new.date, source_leader_id=new.leader_id, source_leader_text=leader_text,
            source_text=original, responsible_unit=section.display_name if section is not None else "",
        )
        session.add(task)
        session.flush()
        if section is not None:
            session.add(TaskUnit(task_id=task.id, department_id=section.id, role=TaskUnitRole.LEAD, position=0))
        if new.deadline is not None:
            session.add(Milestone(task_id=task.id, title=tr("Instructions", "按{0}要求办结").format(
                tr("Labels", new.source.label)), due_date=new.deadline, due_text=new.deadline.isoformat(),
                source=number))
        record_event(session, task.id, EventKind.CREATED, number)
        refresh_search_key(session, task.id)
        task_id, code = task.id, task.code

    return task_id, Undo(tr("Instructions", "新建批示件任务“{0} {1}”").format(code, title), lambda db: delete_task(db, task_id))


def read_instructions(
    database: Database,
    plan_id: int,
    *,
    source: TaskSource | None = None,
    leader: str | None = None,
    today: dt.date | None = None,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
) -> list[InstructionRow]:
    """The plan's tasks from outside the plan (or of *source* only, or instructed by *leader*), newest
    document first; each with its light on *today* and its last accepted report."""
    today = today or dt.date.today()
    sources = [source] if source is not None else list(OUTSIDE_SOURCES)
    with database.read() as session:
        tasks = session.scalars(
            select(Task)
            .where(Task.plan_id == plan_id, Task.source.in_(sources))
            .options(selectinload(Task.units).selectinload(TaskUnit.department), selectinload(Task.reports))
            .order_by(Task.position, Task.id)
        ).all()
        names = dict(session.execute(
            select(Person.id, Person.name).where(Person.id.in_({t.source_leader_id for t in tasks if t.source_leader_id}))
        ).all())
        fetch = lambda sql, params: session.execute(text(sql), params).all()  # noqa: E731
        lights = read_task_lights(fetch, plan_id, [t.id for t in tasks], today, yellow_days, read_deadline_rule(session, plan_id))
        rows = []
        for t in tasks:
            who = names.get(t.source_leader_id) or t.source_leader_text
            if leader is not None and who != leader:
                continue
            verdict, deadline = lights[t.id]
            report = latest_accepted(t.reports)
            leads = [u.department.display_name for u in t.units if u.role is TaskUnitRole.LEAD]
            rows.append(InstructionRow(
                t.id, t.code, t.title, t.source, t.source_number, t.source_date, who, t.source_text,
                "、".join(leads) or t.responsible_unit, deadline, verdict.light, verdict.reason, t.closed_on,
                report.reported_on if report is not None else None, report.text if report is not None else "",
            ))
    rows.sort(key=lambda r: (r.date or dt.date.min, r.code), reverse=True)
    return rows


def read_instructions_printout(database: Database, plan_id: int, today: dt.date, yellow_days: int = DEFAULT_YELLOW_DAYS):
    """The 批示件办理情况 list's data: every task from outside the plan on *today*."""
    from desktop.printing.instructions import InstructionEntry, InstructionsData

    rows = read_instructions(database, plan_id, today=today, yellow_days=yellow_days)
    with database.read() as session:
        doc_number = session.scalar(text("SELECT doc_number FROM plan WHERE id = :id"), {"id": plan_id}) or ""
    entries = [
        InstructionEntry(r.code, r.title, r.source_label, r.number, r.date, r.leader, r.text, r.section, r.deadline,
                         r.light, r.closed_on, r.report_day, r.report_text)
        for r in rows
    ]
    return InstructionsData(entries, doc_number)


def instruction_leaders(database: Database, plan_id: int) -> list[str]:
    """Every instructing leader named on the plan's tasks from outside the plan, for the register's filter."""
    return sorted({r.leader for r in read_instructions(database, plan_id) if r.leader})


__all__ = [
    "CODE_PREFIXES",
    "InstructionRow",
    "NewInstruction",
    "OUTSIDE_SOURCES",
    "SOURCE_FIELDS",
    "create_instruction_task",
    "instruction_leaders",
    "next_source_code",
    "read_instructions",
    "read_instructions_printout",
    "shorten",
    "source_labels",
]
