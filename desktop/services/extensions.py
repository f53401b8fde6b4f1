"""延期申请: asking for a later deadline, deciding, withdrawing, and reading the chains.

A request changes nothing. Approving it (by a member of the plan's leadership group, 组长
and 副组长 first) moves the measure's or milestone's own deadline, in the same flush as the
request's new state, so that every rule reading the item's deadline (lights, reminders,
calendar, notices) follows without a second rule, and the history can tell the move from a
direct correction (:func:`desktop.services.history.task_history`). The deadline before the
move is kept in the request; withdrawing the latest approval puts it back.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.calendar.extensions import Step, day_words, extension_phrase
from desktop.db.database import Database
from desktop.i18n import tr
from desktop.models import (
    Department, Extension, ExtensionState, Group, GroupKind, Measure, Membership, Milestone, Person, Plan, Role, Task,
)
from desktop.services.editing import ValidationError, check_date_in_plan, clean_text
from desktop.services.extension_items import deadline_of, find_item, move_deadline

REASON_LIMIT = 500
_LEADER_ORDER = {Role.LEADER: 0, Role.DEPUTY: 1, Role.MEMBER: 2}


def extension_labels() -> dict[str, str]:
    """The request's fields as the editor and the history name them."""
    return {
        "measure_id": tr("Extensions", "措施"),
        "milestone_id": tr("Extensions", "时间节点"),
        "original_date": tr("Extensions", "原定期限"),
        "original_text": tr("Extensions", "原定期限（原文）"),
        "new_date": tr("Extensions", "申请延至"),
        "new_text": tr("Extensions", "延至（原文写法）"),
        "reason": tr("Extensions", "延期理由"),
        "department_id": tr("Extensions", "申请科室"),
        "requested_by": tr("Extensions", "申请人"),
        "requested_on": tr("Extensions", "申请日期"),
        "state": tr("Extensions", "审批状态"),
        "decided_by_id": tr("Extensions", "审批领导"),
        "decided_on": tr("Extensions", "审批日期"),
        "decision_note": tr("Extensions", "审批意见"),
    }


@dataclass(frozen=True)
class ExtensionRow:
    id: int
    version: int
    task_id: int
    measure_id: int | None
    milestone_id: int | None
    #: 措施 or 时间节点, and the item's title.
    item_kind: str
    item_title: str
    original_date: dt.date | None
    original_text: str
    new_date: dt.date
    new_text: str
    reason: str
    department_id: int | None
    department: str
    requested_by: str
    requested_on: dt.date
    state: ExtensionState
    decided_by: str
    decided_on: dt.date | None
    decision_note: str
    #: The item's deadline now (it differs from the last approved new date after a direct correction).
    current_date: dt.date | None = None

    @property
    def item_key(self) -> tuple[str, int]:
        """(measure|milestone|task, id): a task's own deadline when neither a measure nor a milestone."""
        if self.measure_id is not None:
            return "measure", self.measure_id
        if self.milestone_id is not None:
            return "milestone", self.milestone_id
        return "task", self.task_id


@dataclass(frozen=True)
class Leader:
    """Someone who may decide a request: a member of the leadership group, with the role's label."""

    person_id: int
    name: str
    role: str


def leaders(database: Database, plan_id: int, on: dt.date | None = None) -> list[Leader]:
    """The leadership group's members on *on* (today), 组长 first, then 副组长 and 成员 in order."""
    with database.read() as session:
        return _leaders(session, plan_id, on or dt.date.today())


def _leaders(session, plan_id: int, on: dt.date) -> list[Leader]:
    rows = session.execute(
        select(Membership.person_id, Person.name, Membership.role, Membership.position, Membership.start_date, Membership.end_date)
        .join(Group, Group.id == Membership.group_id)
        .join(Person, Person.id == Membership.person_id)
        .where(Group.plan_id == plan_id, Group.kind == GroupKind.LEADERSHIP)
        .order_by(Group.position, Membership.position, Membership.id)
    ).all()
    found, seen = [], set()
    for person_id, name, role, position, start, end in rows:
        if person_id in seen or (start and start > on) or (end and end < on):
            continue
        seen.add(person_id)
        found.append((_LEADER_ORDER.get(role, 3), position, Leader(person_id, name, tr("Labels", role.label))))
    return [leader for *_, leader in sorted(found, key=lambda f: (f[0], f[1]))]


def request_extension(
    database: Database,
    *,
    measure_id: int | None = None,
    milestone_id: int | None = None,
    task_id: int | None = None,
    new_date: dt.date | None,
    reason: str,
    department_id: int | None = None,
    requested_by: str = "",
    requested_on: dt.date | None = None,
    new_text: str = "",
) -> int:
    """申请延期 of a measure, a milestone or (neither given) task *task_id*'s own deadline: a pending
    request (nothing else changes). Returns its id."""
    labels = extension_labels()
    reason = clean_text(labels["reason"], reason, required=True, max_length=REASON_LIMIT).text
    requested_by = clean_text(labels["requested_by"], requested_by, max_length=100).text.strip()
    new_text = clean_text(labels["new_text"], new_text, max_length=100).text.strip()
    if new_date is None:
        raise ValidationError(tr("Extensions", "请填写申请延至的日期。"))
    with database.write(note=tr("Extensions", "申请延期")) as session:
        item = find_item(session, measure_id, milestone_id, task_id)
        task = item if isinstance(item, Task) else session.get(Task, item.task_id)
        check_date_in_plan(labels["new_date"], new_date, session.scalar(select(Plan.year).where(Plan.id == task.plan_id)))
        current, words = deadline_of(session, item)
        if current is not None and new_date <= current:
            raise ValidationError(
                tr("Extensions", "申请延至的日期（{0}）不晚于现在的期限（{1}）。延期只能往后延；更正期限请直接修改。").format(
                    new_date.isoformat(), current.isoformat()
                )
            )
        row = Extension(
            plan_id=task.plan_id, task_id=task.id, measure_id=measure_id, milestone_id=milestone_id,
            original_date=current, original_text=words,
            new_date=new_date, new_text=new_text, reason=reason, department_id=department_id,
            requested_by=requested_by, requested_on=requested_on or dt.date.today(),
            state=ExtensionState.PENDING, decision_note="",
        )
        session.add(row)
        session.flush()
        return row.id


def _pending(session, extension_id: int) -> Extension:
    row = session.get(Extension, extension_id)
    if row is None:
        raise ValidationError(tr("Extensions", "这条延期申请已被删除。"))
    if row.state is not ExtensionState.PENDING:
        raise ValidationError(
            tr("Extensions", "这条延期申请已经是“{0}”，不能再审批。").format(tr("Labels", row.state.label))
        )
    return row


def _decider(session, row: Extension, leader_id: int | None, on: dt.date) -> int:
    if leader_id is None:
        raise ValidationError(tr("Extensions", "请选择审批的领导小组成员。"))
    if leader_id not in {leader.person_id for leader in _leaders(session, row.plan_id, on)}:
        name = session.scalar(select(Person.name).where(Person.id == leader_id)) or "?"
        raise ValidationError(
            tr("Extensions", "{0} 在 {1} 不是领导小组成员，不能审批延期申请。").format(name, on.isoformat())
        )
    return leader_id


def approve_extension(
    database: Database, extension_id: int, leader_id: int | None, decided_on: dt.date | None = None, note: str = ""
) -> None:
    """批准: the item's deadline moves to the new date; the one it had is kept in the request."""
    decided_on = decided_on or dt.date.today()
    note = clean_text(extension_labels()["decision_note"], note, max_length=REASON_LIMIT).text
    with database.write(note=tr("Extensions", "批准延期")) as session:
        row = _pending(session, extension_id)
        row.decided_by_id = _decider(session, row, leader_id, decided_on)
        item = find_item(session, row.measure_id, row.milestone_id, row.task_id)
        current, words = deadline_of(session, item)
        if current is not None and row.new_date <= current:
            raise ValidationError(
                tr("Extensions", "期限已是 {0}，不早于申请延至的 {1}，不需要批准这条申请。").format(
                    current.isoformat(), row.new_date.isoformat()
                )
            )
        row.state, row.decided_on, row.decision_note = ExtensionState.APPROVED, decided_on, note
        row.original_date, row.original_text = current, words
        move_deadline(item, row.new_date, row.new_text)
        # One flush: the request and the deadline it moves are audited together (the history's sign).
        session.flush()


def refuse_extension(
    database: Database, extension_id: int, leader_id: int | None, decided_on: dt.date | None = None, note: str = ""
) -> None:
    """不予批准: recorded; the deadline does not move."""
    decided_on = decided_on or dt.date.today()
    note = clean_text(extension_labels()["decision_note"], note, max_length=REASON_LIMIT).text
    with database.write(note=tr("Extensions", "不予批准延期")) as session:
        row = _pending(session, extension_id)
        row.decided_by_id = _decider(session, row, leader_id, decided_on)
        row.state, row.decided_on, row.decision_note = ExtensionState.REFUSED, decided_on, note


def withdraw_extension(database: Database, extension_id: int, note: str = "") -> None:
    """撤销: a pending request is withdrawn; an approved one (the item's latest) puts the previous deadline back."""
    note = clean_text(extension_labels()["decision_note"], note, max_length=REASON_LIMIT).text
    with database.write(note=tr("Extensions", "撤销延期")) as session:
        row = session.get(Extension, extension_id)
        if row is None or row.state in (ExtensionState.REFUSED, ExtensionState.WITHDRAWN):
            raise ValidationError(tr("Extensions", "只能撤销待审批或已批准的延期申请。"))
        if row.state is ExtensionState.APPROVED:
            _put_back(session, row)
        row.state = ExtensionState.WITHDRAWN
        if note:
            row.decision_note = note
        session.flush()


def _put_back(session, row: Extension) -> None:
    """Withdrawing an approval: the item's previous deadline comes back (a task's first: its 要求 line's)."""
    item = find_item(session, row.measure_id, row.milestone_id, row.task_id)
    approved = session.execute(
        select(Extension.id, Extension.decided_on).where(
            Extension.task_id == row.task_id, Extension.measure_id.is_(None) if row.measure_id is None
            else Extension.measure_id == row.measure_id,
            Extension.milestone_id.is_(None) if row.milestone_id is None else Extension.milestone_id == row.milestone_id,
            Extension.state == ExtensionState.APPROVED,
        )
    ).all()
    if max(approved, key=lambda a: (a.decided_on or dt.date.min, a.id)).id != row.id:
        raise ValidationError(tr("Extensions", "这项之后还有批准的延期，请先撤销最近的一次。"))
    current = deadline_of(session, item)[0]
    if current != row.new_date:
        raise ValidationError(tr(
            "Extensions", "批准后期限又被直接更正为 {0}，不能撤销这次延期；如需恢复原定期限，请直接修改期限。",
        ).format(current.isoformat() if current else tr("Extensions", "未定日期")))
    if isinstance(item, Task) and len(approved) == 1:
        move_deadline(item, None, "")  # the task's deadline is its 要求 line's again
    else:
        move_deadline(item, row.original_date, row.original_text)


def task_extensions(database: Database, task_id: int) -> list[ExtensionRow]:
    """The task's requests, newest first."""
    with database.read() as session:
        return read_extensions(session, task_ids=[task_id])[::-1]


def read_extensions(session, *, task_ids: Collection[int] | None = None, plan_id: int | None = None) -> list[ExtensionRow]:
    """Requests of *task_ids* (or of the whole plan), oldest first."""
    e = Extension
    query = (
        select(e, Measure.title, Milestone.title, Department.short_name, Department.name, Person.name,
               Measure.due_date, Milestone.due_date, Task.deadline)
        .join(Task, Task.id == e.task_id)
        .outerjoin(Measure, Measure.id == e.measure_id)
        .outerjoin(Milestone, Milestone.id == e.milestone_id)
        .outerjoin(Department, Department.id == e.department_id)
        .outerjoin(Person, Person.id == e.decided_by_id)
        .order_by(e.requested_on, e.id)
    )
    if task_ids is not None:
        query = query.where(e.task_id.in_(list(task_ids)))
    if plan_id is not None:
        query = query.where(e.plan_id == plan_id)
    rows = []
    for row, measure_title, milestone_title, short, full, decider, measure_due, milestone_due, task_due in session.execute(query):
        if row.measure_id is not None:
            kind, title, current = tr("Extensions", "措施"), measure_title, measure_due
        elif row.milestone_id is not None:
            kind, title, current = tr("Extensions", "时间节点"), milestone_title, milestone_due
        else:
            kind, title, current = tr("Extensions", "任务"), tr("Extensions", "任务期限"), task_due
        rows.append(ExtensionRow(
            row.id, row.version, row.task_id, row.measure_id, row.milestone_id, kind,
            title or "", row.original_date, row.original_text, row.new_date, row.new_text,
            row.reason, row.department_id, short or full or "", row.requested_by, row.requested_on, row.state,
            decider or "", row.decided_on, row.decision_note, current,
        ))
    return rows


def _current_dates(rows: list[ExtensionRow]) -> dict[tuple[str, int], dt.date | None]:
    return {row.item_key: row.current_date for row in rows}


def approved_chains(rows: list[ExtensionRow]) -> dict[tuple[str, int], list[Step]]:
    """Each item's approved extensions in order (原定 → 第一次延至 → 第二次延至)."""
    chains: dict[tuple[str, int], list[ExtensionRow]] = defaultdict(list)
    for row in rows:
        if row.state is ExtensionState.APPROVED:
            chains[row.item_key].append(row)
    return {
        key: [Step(r.original_date, r.original_text, r.new_date) for r in sorted(found, key=lambda r: (r.decided_on, r.id))]
        for key, found in chains.items()
    }


def item_phrases(rows: list[ExtensionRow]) -> dict[tuple[str, int], str]:
    """Each extended item's “原定 6 月 30 日，经批准延至 7 月 15 日” (，后更正为 … after a direct correction)."""
    current = _current_dates(rows)
    return {key: extension_phrase(steps, current.get(key)) for key, steps in approved_chains(rows).items()}


def task_phrases(session, task_ids: Collection[int]) -> dict[int, list[str]]:
    """Task id → one line per extended item: “措施名：原定 …，经批准延至 …” (for the ledger and forms)."""
    rows = read_extensions(session, task_ids=task_ids)
    titles = {row.item_key: row.item_title for row in rows}
    task_of = {row.item_key: row.task_id for row in rows}
    lines: dict[int, list[str]] = defaultdict(list)
    for key, phrase in item_phrases(rows).items():
        lines[task_of[key]].append(tr("Extensions", "{0}：{1}").format(titles[key], phrase))
    return dict(lines)


@dataclass(frozen=True)
class Slip:
    """An extended deadline as the timeline draws it: the original date marked, the slip to the current one."""

    original: dt.date | None
    phrase: str


def timeline_slips(database: Database, plan_id: int) -> dict[tuple[str, int], Slip]:
    """(measure|milestone, id) → where its deadline was first, and the words of its extensions."""
    with database.read() as session:
        rows = read_extensions(session, plan_id=plan_id)
    current = _current_dates(rows)
    return {
        key: Slip(steps[0].original_date, extension_phrase(steps, current.get(key)))
        for key, steps in approved_chains(rows).items()
    }


@dataclass(frozen=True)
class PeriodExtensions:
    """The 通报's 延期情况: one line per task with extensions approved in the period, and the counts per section."""

    #: (task code, 措施/节点 title, “原定 …，经批准延至 …”, section, who approved and when).
    lines: tuple[tuple[str, str, str, str, str], ...]
    #: (section, approved in the period, approved in the plan up to the day), most first.
    sections: tuple[tuple[str, int, int], ...]

    @property
    def text(self) -> str:
        """本期批准延期 3 项（规配科 2 项、人才科 1 项）；累计 4 项。"""
        if not self.sections:
            return tr("Extensions", "本期没有批准的延期申请。")
        period = sum(s[1] for s in self.sections)
        total = sum(s[2] for s in self.sections)
        each = "、".join(tr("Extensions", "{0} {1} 项（累计 {2} 项）").format(*s) for s in self.sections)
        return tr("Extensions", "本期批准延期 {0} 项，累计 {1} 项：{2}。").format(period, total, each)


def period_extensions(database: Database, plan_id: int, start: dt.date, end: dt.date, as_of: dt.date) -> PeriodExtensions:
    """Extensions approved between *start* and *end* (not after *as_of*), with each section's counts."""
    with database.read() as session:
        rows = [r for r in read_extensions(session, plan_id=plan_id)
                if r.state is ExtensionState.APPROVED and r.decided_on and r.decided_on <= as_of]
        codes = dict(session.execute(select(Task.id, Task.code).where(Task.plan_id == plan_id)).all())
    unnamed = tr("Extensions", "未注明科室")
    in_period = [r for r in rows if start <= r.decided_on <= min(end, as_of)]
    phrases = item_phrases(rows)
    lines = tuple(
        (codes.get(r.task_id, ""), r.item_title, phrases[r.item_key], r.department or unnamed,
         tr("Extensions", "{0} {1}批准").format(r.decided_by, day_words(r.decided_on)))
        for r in sorted(in_period, key=lambda r: (codes.get(r.task_id, ""), r.item_title, r.decided_on))
    )
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        per[r.department or unnamed][1] += 1
    for r in in_period:
        per[r.department or unnamed][0] += 1
    sections = tuple(sorted(((name, a, b) for name, (a, b) in per.items() if a), key=lambda s: (-s[1], s[0])))
    return PeriodExtensions(lines, sections)


__all__ = [
    "PeriodExtensions", "Slip", "period_extensions", "timeline_slips",
    "ExtensionRow", "Leader", "approve_extension", "approved_chains", "extension_labels",
    "item_phrases", "leaders", "read_extensions", "refuse_extension", "request_extension", "task_extensions",
    "task_phrases", "withdraw_extension",
]
