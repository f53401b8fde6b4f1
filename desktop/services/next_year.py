"""新建年度计划: the next year's plan made from a previous one, and which plans may still be edited.

The new plan gets copies of the previous plan's organisation, quota rules and inspection
calendar and of the open tasks chosen for carrying over (:mod:`desktop.services.plan_copy`);
the previous plan stays in the file as it was and is read-only from then on (a plan another
was made from: :func:`read_only_plan_ids`). Everything runs in one write transaction and is in
the audit history.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models import Department, Plan, Task, TaskUnit, TaskUnitRole
from desktop.models.read_only import PlanReadOnlyError, read_only_message
from desktop.services.plan_copy import PlanCopier, shift_years

#: The plan columns copied as they are (the rest is the new year's own or the file's bookkeeping).
_KEPT = (
    "issuer", "addressees", "notice_text", "disclosure", "printed_by", "body", "attachments",
    "succession_rule", "deadline_shift", "notice_number_format", "notice_red_after", "notice_reply_days",
    "indicator_margin",
)
#: Plan columns in which the year is replaced by the new one.
_RETITLED = ("notice_title", "title", "short_title", "roster_title", "checklist_title", "publicity_title")


@dataclass(frozen=True)
class CarryCandidate:
    """An open task of the previous plan, as the carry-over dialog lists it."""

    id: int
    code: str
    title: str
    status: str
    lead: str


@dataclass(frozen=True)
class NewPlan:
    """What :func:`create_next_year` made."""

    id: int
    year: int
    doc_number: str
    title: str
    #: Rows copied per table (task: the tasks carried over).
    counts: dict[str, int]


def default_doc_number(doc_number: str, year: int) -> str:
    """The new plan's number until the notice is issued: the year replaced, the serial left open.

    >>> default_doc_number("柳科通〔2022〕20号", 2023)
    '柳科通〔2023〕（待定）号'
    """
    replaced, count = re.subn(r"〔\d{4}〕\s*\d*\s*号?", f"〔{year}〕（待定）号", doc_number)
    return replaced if count else tr("NextYear", "{0}（{1} 年）").format(doc_number, year)


def read_only_plan_ids(session) -> set[int]:
    """The plans another plan was made from: kept as they were, not edited any more."""
    return set(session.scalars(select(Plan.origin_plan_id).where(Plan.origin_plan_id.is_not(None))))


def ensure_editable(session, plan_id: int) -> None:
    """Refuse, with the plain message, a change to a plan the next year's plan was made from.

    Every flush checks the same (:mod:`desktop.models.read_only`); this says so before any work.
    """
    newer = session.execute(
        select(Plan.year).where(Plan.origin_plan_id == plan_id).order_by(Plan.year.desc()).limit(1)
    ).scalar()
    if newer is not None:
        year = session.get(Plan, plan_id).year
        raise PlanReadOnlyError(read_only_message(year, newer))


def carry_candidates(database: Database, plan_id: int) -> list[CarryCandidate]:
    """The tasks of *plan_id* not yet 办结, in plan order: what may be carried over."""
    with database.read() as session:
        tasks = session.execute(
            select(Task.id, Task.code, Task.title, Task.status)
            .where(Task.plan_id == plan_id, Task.closed_on.is_(None))
            .order_by(Task.position, Task.id)
        ).all()
        leads: dict[int, str] = {}
        for task_id, short, name in session.execute(
            select(TaskUnit.task_id, Department.short_name, Department.name)
            .join(Department, Department.id == TaskUnit.department_id)
            .join(Task, Task.id == TaskUnit.task_id)
            .where(Task.plan_id == plan_id, TaskUnit.role == TaskUnitRole.LEAD)
            .order_by(TaskUnit.position)
        ):
            leads.setdefault(task_id, short or name)
    return [
        CarryCandidate(t.id, t.code, t.title, tr("Labels", t.status.label), leads.get(t.id, "")) for t in tasks
    ]


def _check(session, source: Plan | None, year: int, doc_number: str) -> None:
    if source is None:
        raise UserError(tr("NextYear", "找不到作为基础的计划。"))
    if year <= source.year:
        raise UserError(
            tr("NextYear", "新计划的年度（{0}）须晚于作为基础的 {1} 年计划。").format(year, source.year)
        )
    if year > source.year + 10:
        raise UserError(tr("NextYear", "年度 {0} 不像是 {1} 年计划的下一年度，请检查。").format(year, source.year))
    made = session.scalars(select(Plan).where(Plan.origin_plan_id == source.id)).first()
    if made is not None:
        raise UserError(
            tr("NextYear", "{0} 年计划已结转为 {1}（{2} 年），不能再结转一次。").format(
                source.year, made.doc_number, made.year
            )
        )
    if not doc_number.strip():
        raise UserError(tr("NextYear", "请填写新计划的文号。"))
    if session.scalars(select(Plan.id).where(Plan.doc_number == doc_number.strip())).first() is not None:
        raise UserError(tr("NextYear", "文号“{0}”已被本文件中的另一个计划使用。").format(doc_number.strip()))


def _carried_ids(session, source_id: int, carry: Iterable[int] | None) -> list[int]:
    open_ids = set(session.scalars(select(Task.id).where(Task.plan_id == source_id, Task.closed_on.is_(None))))
    if carry is None:
        return sorted(open_ids)
    wanted = set(carry)
    if wanted - open_ids:
        raise UserError(tr("NextYear", "只能结转上一年度计划中尚未办结的任务。"))
    return sorted(wanted)


def _new_plan(source: Plan, year: int, doc_number: str, issue_date: dt.date | None) -> Plan:
    years = year - source.year
    plan = Plan(doc_number=doc_number.strip(), year=year, origin_plan_id=source.id)
    for column in _KEPT:
        setattr(plan, column, getattr(source, column))
    for column in _RETITLED:
        setattr(plan, column, (getattr(source, column) or "").replace(str(source.year), str(year)))
    plan.issue_date = issue_date or shift_years(source.issue_date, years)
    return plan


def create_next_year(
    database: Database,
    source_id: int,
    year: int,
    *,
    carry: Iterable[int] | None = None,
    doc_number: str = "",
    issue_date: dt.date | None = None,
    report: Callable[[str], None] | None = None,
) -> NewPlan:
    """Make the *year* plan from plan *source_id*; *carry*: the open tasks carried over (None: all of them)."""
    note = tr("NextYear", "新建年度计划")
    with database.write(note=note) as session:
        source = session.get(Plan, source_id)
        if source is not None and not doc_number:
            doc_number = default_doc_number(source.doc_number, year)
        _check(session, source, year, doc_number)
        task_ids = _carried_ids(session, source_id, carry)
        plan = _new_plan(source, year, doc_number, issue_date)
        session.add(plan)
        session.flush()
        copier = PlanCopier(session, source.id, plan.id, year - source.year, source.year, report)
        copier.carry_note = lambda old_year, code: tr("NextYear", "由 {0} 年计划结转（原编号 {1}）").format(old_year, code)
        counts = copier.copy(task_ids)
        made = NewPlan(plan.id, plan.year, plan.doc_number, plan.title, dict(counts))
    return made
