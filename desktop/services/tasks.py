"""Registering, editing, closing and reopening tasks (a task's snapshot is :mod:`~desktop.services.task_snapshot`, its history :mod:`~desktop.services.history`).

Every function opens its own short session (one per user action) and returns plain
objects. Edits return an :class:`~desktop.services.editing.Undo` for this session's
undo stack.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.i18n import tr
from desktop.lights import DEFAULT_YELLOW_DAYS
from desktop.models import (
    Department,
    EventKind,
    Indicator,
    Measure,
    Person,
    Status,
    Task,
    TaskEvent,
    TaskLevel,
    TaskSource,
    TaskUnit,
    TaskUnitRole,
)
from desktop.models.audit import current_actor
from desktop.models.search import TASK_TEXT_FIELDS, refresh_search_key
from desktop.models.task import DIFFICULTY_LIMIT
from desktop.services.editing import (
    MAX_TEXT_LENGTH,
    SaveResult,
    Undo,
    ValidationError,
    clean_text,
    save_fields,
    word_count,
)
from desktop.services.task_snapshot import TaskSnapshot, task_field_labels, task_snapshot


CODE_LENGTH = 20
#: The longest document number (文号) of a task from outside the plan.
NUMBER_LENGTH = 100
#: The task's free-text fields (all of them are in its search key).
TEXT_FIELDS = TASK_TEXT_FIELDS


class OverLimit(ValidationError):
    """Text past the ledger's word limit: saved only when the person confirms."""

    def __init__(self, message: str, count: int, limit: int):
        super().__init__(message)
        self.count = count
        self.limit = limit


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


def record_event(session, task_id: int, kind: EventKind, note: str = "", report_id: int | None = None, *, report=None) -> None:
    user, machine = session.info.get("actor") or current_actor()
    event = TaskEvent(
        task_id=task_id, report_id=report_id, kind=kind, note=note, os_user=user, machine=machine, at=dt.datetime.now()
    )
    if report is not None:
        event.report = report
    session.add(event)


def task_options(database: Database, plan_id: int) -> tuple[list[Choice], list[Choice]]:
    """People and departments of the plan, for the editor's choice lists."""
    with database.read() as session:
        people = [
            Choice(p.id, p.name)
            for p in session.scalars(select(Person).where(Person.plan_id == plan_id).order_by(Person.position, Person.id))
        ]
        departments = [
            Choice(d.id, d.display_name)
            for d in session.scalars(
                select(Department).where(Department.plan_id == plan_id).order_by(Department.position, Department.id)
            )
        ]
    return people, departments


def load_task(
    database: Database, task_id: int, today: dt.date | None = None, yellow_days: int = DEFAULT_YELLOW_DAYS
) -> TaskSnapshot | None:
    today = today or dt.date.today()
    with database.read() as session:
        task = session.scalars(
            select(Task)
            .where(Task.id == task_id)
            .options(
                selectinload(Task.units),
                selectinload(Task.measures).selectinload(Measure.owner_person),
                selectinload(Task.measures).selectinload(Measure.owner_department),
                selectinload(Task.milestones),
                selectinload(Task.indicators).selectinload(Indicator.values),
                selectinload(Task.reports),
                selectinload(Task.events),
            )
        ).first()
        if task is None:
            return None
        return task_snapshot(session, task, today, yellow_days)


def create_task(database: Database, plan_id: int, title: str, code: str = "") -> tuple[int, Undo]:
    """立项: a new task at the end of the list."""
    title = clean_text(tr("Tasks", "改革攻坚落实事项"), title, required=True).text
    code = clean_text(tr("Tasks", "编号"), code, max_length=CODE_LENGTH).text.strip()
    with database.write(note=tr("Tasks", "立项")) as session:
        position = (session.scalar(select(func.max(Task.position)).where(Task.plan_id == plan_id)) or 0) + 1
        if not code:
            code = _next_code(session, plan_id)
        elif session.scalar(select(Task.id).where(Task.plan_id == plan_id, Task.code == code)):
            raise ValidationError(tr("Tasks", "编号“{0}”已被另一项任务使用。请换一个编号。").format(code))
        task = Task(plan_id=plan_id, code=code, title=title, position=position, level=TaskLevel.CITY, status=Status.NOT_STARTED)
        session.add(task)
        session.flush()
        record_event(session, task.id, EventKind.CREATED)
        refresh_search_key(session, task.id)
        task_id = task.id
    return task_id, Undo(tr("Tasks", "新建任务“{0}”").format(title), lambda db: delete_task(db, task_id))


def _next_code(session, plan_id: int) -> str:
    """The plan's numbering continued: after 2-1, 2-2 comes 2-3; "T<n>" when no code ends in a number.

    Only the plan's own tasks (年度方案) continue it: 批-1, 会-1, 交-1 have numberings of their own.
    """
    codes = list(session.scalars(select(Task.code).where(Task.plan_id == plan_id).order_by(Task.position, Task.id)))
    own = session.scalars(
        select(Task.code).where(Task.plan_id == plan_id, Task.source == TaskSource.PLAN).order_by(Task.position, Task.id)
    )
    for code in reversed(list(own)):
        match = _NUMBERED.match(code or "")
        if match:
            prefix, number = match.group(1), int(match.group(2)) + 1
            taken = set(codes)
            while f"{prefix}{number}" in taken:
                number += 1
            return f"{prefix}{number}"
    return _free_code(session, plan_id, len(codes) + 1)


_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def _free_code(session, plan_id: int, number: int) -> str:
    while session.scalar(select(Task.id).where(Task.plan_id == plan_id, Task.code == f"T{number}")):
        number += 1
    return f"T{number}"


def delete_task(database: Database, task_id: int) -> None:
    with database.write(note=tr("Tasks", "删除任务")) as session:
        task = session.get(Task, task_id)
        if task is not None:
            session.delete(task)


def _check_limits(fields: dict, confirm_over_limit: bool) -> None:
    count = word_count(fields.get("difficulties", "")) + word_count(fields.get("expected_results", ""))
    if count > DIFFICULTY_LIMIT and not confirm_over_limit:
        raise OverLimit(
            tr("Tasks", "“难点堵点及预期成果”共 {0} 字，超过台帐规定的 {1} 字。仍要保存吗？超出部分会在台帐中标出。").format(
                count, DIFFICULTY_LIMIT
            ),
            count,
            DIFFICULTY_LIMIT,
        )


def save_task(
    database: Database,
    task_id: int,
    base_version: int,
    original: dict,
    changes: dict,
    *,
    confirm_over_limit: bool = False,
    save_id: str | None = None,
) -> tuple[SaveResult, Undo | None]:
    """Save edited fields of a task, merging with another PC's edits; see :func:`save_fields`.

    *save_id* makes the save idempotent (see :meth:`Database.write`).
    """
    labels = task_field_labels()
    changes = dict(changes)
    notices = []
    for name in TEXT_FIELDS:
        if name in changes:
            limit = CODE_LENGTH if name == "code" else MAX_TEXT_LENGTH
            cleaned = clean_text(labels[name], changes[name], required=name in ("title", "code"), max_length=limit)
            changes[name] = cleaned.text
            if cleaned.notice(labels[name]):
                notices.append(cleaned.notice(labels[name]))
    if "level" in changes:
        changes["level"] = TaskLevel(changes["level"])
    if "status" in changes:
        changes["status"] = Status(changes["status"])
    _clean_source(changes, labels)
    with database.write(note=tr("Tasks", "修改任务"), save_id=save_id) as session:
        task = session.get(Task, task_id)
        if task is None:
            raise ValidationError(tr("Tasks", "这项任务已被删除。"))
        if "code" in changes and changes["code"] != task.code:
            if session.scalar(select(Task.id).where(Task.plan_id == task.plan_id, Task.code == changes["code"], Task.id != task_id)):
                raise ValidationError(tr("Tasks", "编号“{0}”已被另一项任务使用。请换一个编号。").format(changes["code"]))
        if any(name in changes for name in _SOURCE_CHECKED):
            check_source(*(changes.get(name, getattr(task, name)) for name in _SOURCE_CHECKED))
        if "difficulties" in changes or "expected_results" in changes:
            merged = {
                "difficulties": changes.get("difficulties", task.difficulties),
                "expected_results": changes.get("expected_results", task.expected_results),
            }
            _check_limits(merged, confirm_over_limit)
        before = save_fields(task, task.title, labels, base_version, original, changes)
        session.flush()
        if any(name in TEXT_FIELDS for name in changes):
            refresh_search_key(session, task_id)
        result = SaveResult(version=task.version, notices=notices)
        after = {name: getattr(task, name) for name in changes}
        title = task.title
    if not changes:
        return result, None

    def undo(db):
        save_task(db, task_id, result.version, after, before, confirm_over_limit=True)

    return result, Undo(tr("Tasks", "修改“{0}”").format(title), undo)


def check_source(source: TaskSource, leader_id: int | None, leader_text: str, text: str) -> None:
    """A task from outside the plan says who instructed it, and what; a plan task has neither."""
    if source is TaskSource.PLAN:
        return
    if source is TaskSource.INSTRUCTION and leader_id is None and not leader_text.strip():
        raise ValidationError(tr("Instructions", "领导批示件须注明批示领导：从名单中选择，或填写局外领导的姓名职务。"))
    if not text.strip():
        raise ValidationError(tr("Instructions", "请填写{0}的原文（批示原文、会议议定事项或交办内容）。").format(
            tr("Labels", source.label)))


#: What :func:`check_source` is given: a task from outside the plan names its leader and its text.
_SOURCE_CHECKED = ("source", "source_leader_id", "source_leader_text", "source_text")


def _clean_source(changes: dict, labels: dict) -> None:
    """The source fields as saved: the enum, the texts cleaned (the number short enough)."""
    if "source" in changes:
        changes["source"] = TaskSource(changes["source"])
    for name in ("source_number", "source_leader_text", "source_text"):
        if name in changes:
            limit = NUMBER_LENGTH if name == "source_number" else MAX_TEXT_LENGTH
            changes[name] = clean_text(labels[name], changes[name], max_length=limit).text.strip()


def set_task_sections(database: Database, task_id: int, lead_ids: list[int], co_ids: list[int]) -> Undo:
    """牵头科室 and 合办科室 of a task, in the order given."""
    if set(lead_ids) & set(co_ids):
        raise ValidationError(tr("Tasks", "同一个科室不能既是牵头科室又是合办科室。"))
    with database.write(note=tr("Tasks", "修改科室")) as session:
        units = session.scalars(
            select(TaskUnit).where(TaskUnit.task_id == task_id, TaskUnit.role.in_([TaskUnitRole.LEAD, TaskUnitRole.CO]))
        ).all()
        before_lead = [u.department_id for u in sorted(units, key=lambda u: u.position) if u.role is TaskUnitRole.LEAD]
        before_co = [u.department_id for u in sorted(units, key=lambda u: u.position) if u.role is TaskUnitRole.CO]
        for unit in units:
            session.delete(unit)
        session.flush()
        for position, (role, department_id) in enumerate(
            [(TaskUnitRole.LEAD, d) for d in lead_ids] + [(TaskUnitRole.CO, d) for d in co_ids]
        ):
            session.add(TaskUnit(task_id=task_id, department_id=department_id, role=role, position=position))
    return Undo(tr("Tasks", "修改科室"), lambda db: set_task_sections(db, task_id, before_lead, before_co))


def close_task(database: Database, task_id: int, note: str = "", today: dt.date | None = None) -> Undo:
    """办结: the task is done; the step is recorded."""
    note = clean_text(tr("Tasks", "办结说明"), note).text
    with database.write(note=tr("Tasks", "办结")) as session:
        task = session.get(Task, task_id)
        if task.closed_on is not None:
            raise ValidationError(tr("Tasks", "这项任务已经办结。"))
        previous = task.status
        task.status = Status.DONE
        task.closed_on = today or dt.date.today()
        record_event(session, task_id, EventKind.CLOSED, note)
    return Undo(tr("Tasks", "办结"), lambda db: reopen_task(db, task_id, tr("Tasks", "撤销办结"), previous))


def reopen_task(database: Database, task_id: int, note: str = "", status: Status = Status.IN_PROGRESS) -> Undo:
    note = clean_text(tr("Tasks", "重新打开的原因"), note).text
    with database.write(note=tr("Tasks", "重新打开")) as session:
        task = session.get(Task, task_id)
        if task.closed_on is None:
            raise ValidationError(tr("Tasks", "这项任务没有办结，不需要重新打开。"))
        task.closed_on = None
        task.status = status
        record_event(session, task_id, EventKind.REOPENED, note)
    return Undo(tr("Tasks", "重新打开"), lambda db: close_task(db, task_id, tr("Tasks", "撤销重新打开")))
