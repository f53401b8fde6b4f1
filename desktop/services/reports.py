"""Progress reports (进展情况/台帐) and their review, and the reminder round (催办).

A report is never overwritten: a correction is a new report that supersedes the old
one, which is kept. Returning (退回) and accepting (审核通过) are recorded as steps
of the task.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select

from desktop.db.database import Database
from desktop.db.driver import insert_row, row_exists
from desktop.models.read_only import refuse_if_task_read_only
from desktop.i18n import tr
from desktop.models import (
    Department,
    EventKind,
    ProgressReport,
    ReportSource,
    ReportState,
    Status,
    Task,
    TaskEvent,
    TaskUnit,
    TaskUnitRole,
)
from desktop.models.audit import current_actor
from desktop.models.task import PROGRESS_LIMIT
from desktop.services.editing import Undo, ValidationError, clean_text, word_count
from desktop.services.tasks import OverLimit, record_event


def _check_report_text(text: str, confirm_over_limit: bool) -> tuple[str, bool]:
    text = clean_text(tr("Reports", "进展情况"), text, required=True).text
    count = word_count(text)
    over = count > PROGRESS_LIMIT
    if over and not confirm_over_limit:
        raise OverLimit(
            tr("Reports", "进展情况共 {0} 字，超过台帐规定的 {1} 字。仍要保存吗？这份进展会被标为“超字数”。").format(
                count, PROGRESS_LIMIT
            ),
            count,
            PROGRESS_LIMIT,
        )
    return text, over


def add_report(
    database: Database,
    task_id: int,
    period: str,
    text: str,
    *,
    author: str = "",
    reported_on: dt.date | None = None,
    source: ReportSource = ReportSource.MANUAL,
    source_ref: str = "",
    source_hash: str = "",
    confirm_over_limit: bool = False,
    save_id: str | None = None,
) -> int:
    """反馈: a progress report for a period, waiting for review.

    *save_id* makes the save idempotent (see :meth:`Database.write`).
    """
    # Checked before the lock is taken: a refusal costs the other PCs nothing.
    period, text, author, over = _checked_report(period, text, author, confirm_over_limit)
    with database.write(note=tr("Reports", "报送进展"), save_id=save_id) as session:
        return _insert_report(session, task_id, period, text, author, over, reported_on, source, source_ref, source_hash)


def _checked_report(period: str, text: str, author: str, confirm_over_limit: bool) -> tuple[str, str, str, bool]:
    period = clean_text(tr("Reports", "报送期次"), period, required=True, max_length=50).text
    text, over = _check_report_text(text, confirm_over_limit)
    author = clean_text(tr("Reports", "报送人"), author, max_length=100).text.strip() or current_actor()[0]
    return period, text, author, over


def add_report_in(
    session,
    task_id: int,
    period: str,
    text: str,
    *,
    author: str = "",
    reported_on: dt.date | None = None,
    source: ReportSource = ReportSource.MANUAL,
    source_ref: str = "",
    source_hash: str = "",
    confirm_over_limit: bool = False,
) -> int:
    """:func:`add_report` inside the caller's write session (several reports in one transaction)."""
    period, text, author, over = _checked_report(period, text, author, confirm_over_limit)
    return _insert_report(session, task_id, period, text, author, over, reported_on, source, source_ref, source_hash)


def _insert_report(
    session, task_id, period, text, author, over, reported_on, source, source_ref, source_hash
) -> int:
    if not row_exists(session, "task", task_id):
        raise ValidationError(tr("Reports", "这项任务已被删除。"))
    refuse_if_task_read_only(session, task_id)  # written past the ORM: its flush check does not see it
    # The most frequent save of all: written through the driver, not the ORM's unit of work,
    # to keep the lock every other PC waits for short (see desktop.db.driver).
    now = dt.datetime.now()
    report_id = insert_row(
        session,
        ProgressReport.__table__,
        {
            "task_id": task_id,
            "period": period,
            "text": text,
            "author": author,
            "reported_on": reported_on or dt.date.today(),
            "source": source,
            "source_ref": source_ref,
            "source_hash": source_hash,
            "state": ReportState.SUBMITTED,
            "over_limit": over,
            "created_at": now,
        },
    )
    user, machine = session.info.get("actor") or current_actor()
    insert_row(
        session,
        TaskEvent.__table__,
        {
            "task_id": task_id, "report_id": report_id, "kind": EventKind.REPORT_ADDED, "note": period,
            "os_user": user, "machine": machine, "at": now,
        },
    )
    return report_id


def correct_report(
    database: Database, report_id: int, text: str, *, author: str = "", confirm_over_limit: bool = False
) -> int:
    """A correction: a new report superseding *report_id*; the old text stays in the history."""
    text, over = _check_report_text(text, confirm_over_limit)
    author = clean_text(tr("Reports", "报送人"), author, max_length=100).text.strip() or current_actor()[0]
    with database.write(note=tr("Reports", "更正进展")) as session:
        old = session.get(ProgressReport, report_id)
        if old is None:
            raise ValidationError(tr("Reports", "这份进展已不存在。"))
        if session.scalar(select(ProgressReport.id).where(ProgressReport.supersedes_id == report_id)):
            raise ValidationError(tr("Reports", "这份进展已经被更正过了，请更正最新的版本。"))
        new = ProgressReport(
            task_id=old.task_id,
            period=old.period,
            period_start=old.period_start,
            period_end=old.period_end,
            text=text,
            author=author,
            reported_on=dt.date.today(),
            source=ReportSource.MANUAL,
            source_ref=old.source_ref,
            state=ReportState.SUBMITTED,
            over_limit=over,
            created_at=dt.datetime.now(),
            supersedes_id=old.id,
        )
        session.add(new)
        session.flush()
        record_event(session, old.task_id, EventKind.REPORT_CORRECTED, old.period, new.id)
        return new.id


def _review(database: Database, report_id: int, state: ReportState, kind: EventKind, note: str) -> Undo:
    with database.write(note=tr("Labels", kind.label)) as session:
        report = session.get(ProgressReport, report_id)
        if report is None:
            raise ValidationError(tr("Reports", "这份进展已不存在。"))
        previous = (report.state, report.review_note, report.reviewed_by, report.reviewed_on)
        report.state = state
        report.review_note = note
        report.reviewed_by = current_actor()[0]
        report.reviewed_on = dt.date.today()
        record_event(session, report.task_id, kind, note, report.id)
        answered = []
        if state is ReportState.ACCEPTED:
            from desktop.services.notices import answer_by_report

            # The section's accepted report answers the 督办单 open on its task.
            answered = answer_by_report(session, report.task_id, report, report.reviewed_on)

    def undo(db):
        with db.write(note=tr("Reports", "撤销审核")) as session:
            row = session.get(ProgressReport, report_id)
            row.state, row.review_note, row.reviewed_by, row.reviewed_on = previous
            if answered:
                from desktop.services.notices import reopen_answered

                reopen_answered(session, answered)

    return Undo(tr("Labels", kind.label), undo)


def return_report(database: Database, report_id: int, reason: str) -> Undo:
    """退回 with a reason the section reads."""
    reason = clean_text(tr("Reports", "退回原因"), reason, required=True, max_length=1000).text
    return _review(database, report_id, ReportState.RETURNED, EventKind.REPORT_RETURNED, reason)


def accept_report(database: Database, report_id: int, note: str = "") -> Undo:
    """审核通过."""
    note = clean_text(tr("Reports", "审核意见"), note, max_length=1000).text
    return _review(database, report_id, ReportState.ACCEPTED, EventKind.REPORT_ACCEPTED, note)


# -- reminders -------------------------------------------------------------------------------


#: What the reminder bar on 任务 counts: the task's own dated things (the 提醒 panel also counts
#: inspections, their preparation and the publicity duties).
TASK_KINDS = ("task_deadline", "measure_deadline", "milestone")


@dataclass(frozen=True)
class ReminderItem:
    section: str
    task_code: str
    task_id: int
    what: str
    due: dt.date
    #: The light and its reason, as everywhere (:mod:`desktop.lights`).
    light: int = 0
    reason: str = ""


@dataclass
class Reminders:
    today: dt.date
    working_days: int
    round_label: str
    overdue: list[ReminderItem] = field(default_factory=list)
    due_soon: list[ReminderItem] = field(default_factory=list)
    #: Section → codes of its open tasks with no report in the current round.
    unreported: dict[str, list[str]] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.due_soon or self.unreported)

    def summary(self) -> str:
        return tr(
            "Reports", "逾期 {0} 项，{1} 个工作日内到期 {2} 项（只计任务、措施和时间节点，按科室）；{3} 个科室 {4}未报送"
        ).format(len(self.overdue), self.working_days, len(self.due_soon), len(self.unreported), self.round_label)

    def as_text(self) -> str:
        """The reminder message, ready to paste into a chat or an e-mail.

        The parts shown are numbered in turn (一、二、三); a part with nothing in it is left out, and
        the tasks of no section come last, under 未指定科室 like a section.
        """
        lines = [tr("Reports", "督办提醒（{0}）").format(self.today.isoformat()), ""]
        numerals = (tr("Reports", "一"), tr("Reports", "二"), tr("Reports", "三"))
        headings: list[str] = []

        def heading(title: str) -> None:
            lines.append(tr("Reports", "{0}、{1}").format(numerals[len(headings)], title))
            headings.append(title)

        def block(title: str, items: list[ReminderItem], overdue: bool) -> None:
            if not items:
                return
            heading(title)
            by_section: dict[str, list[ReminderItem]] = defaultdict(list)
            for item in items:
                by_section[item.section].append(item)
            for section in _in_order(by_section):
                lines.append(f"【{section}】")
                for item in sorted(by_section[section], key=lambda i: i.due):
                    if overdue:
                        days = (self.today - item.due).days
                        note = tr("Reports", "期限 {0}，已逾期 {1} 天").format(item.due.isoformat(), days)
                    else:
                        note = tr("Reports", "期限 {0}").format(item.due.isoformat())
                    lines.append(f"  {item.task_code} {item.what}（{note}）")
            lines.append("")

        block(tr("Reports", "已逾期："), self.overdue, True)
        block(tr("Reports", "{0} 个工作日内到期：").format(self.working_days), self.due_soon, False)
        if self.unreported:
            heading(tr("Reports", "{0}尚未报送进展：").format(self.round_label))
            for section in _in_order(self.unreported):
                lines.append(f"【{section}】 " + "、".join(self.unreported[section]))
            lines.append("")
        if self.is_empty:
            lines.append(tr("Reports", "没有逾期、临期或未报送的事项。"))
        return "\n".join(lines).rstrip() + "\n"


def unassigned_section() -> str:
    """The heading of the tasks that have no section, in the reminders."""
    return tr("Reports", "未指定科室")


def _in_order(sections) -> list[str]:
    """Section names in order, 未指定科室 last."""
    unassigned = unassigned_section()
    return sorted(sections, key=lambda name: (name == unassigned, name))


def reminders(
    database: Database,
    plan_id: int,
    today: dt.date | None = None,
    working_days: int | None = None,
    yellow_days: int | None = None,
) -> Reminders:
    """The reminder round: the tasks' overdue and due-soon things by section, who has not reported this month.

    The dated things are the reminders' one computation
    (:func:`desktop.calendar.reminders.reminder_items`, the same working days as the 提醒 panel),
    kept to the tasks' own kinds (:data:`TASK_KINDS`); dismissals there do not hide them here.
    """
    from desktop.calendar.reminders import reminder_items
    from desktop.lights import DEFAULT_YELLOW_DAYS, Light
    from desktop.lights.settings import DEFAULT_REMINDER_WORKING_DAYS

    today = today or dt.date.today()
    working_days = DEFAULT_REMINDER_WORKING_DAYS if working_days is None else working_days
    yellow_days = DEFAULT_YELLOW_DAYS if yellow_days is None else yellow_days
    result = Reminders(today, working_days, tr("Reports", "{0}年{1}月").format(today.year, today.month))
    codes = open_task_codes(database, plan_id)
    unassigned = unassigned_section()
    for item in reminder_items(database, plan_id, today, working_days, yellow_days=yellow_days):
        if item.kind.value not in TASK_KINDS or item.task_id not in codes:
            continue
        code = codes[item.task_id]
        what = item.title.removeprefix(f"{code} ")
        found = ReminderItem(
            next((s for s in item.sections if s), unassigned), code, item.task_id, what, item.end, item.light, item.reason
        )
        (result.overdue if item.light == Light.RED.value else result.due_soon).append(found)
    result.unreported = unreported(database, plan_id, today.replace(day=1), today)
    return result


def open_task_codes(database: Database, plan_id: int) -> dict[int, str]:
    """Open task id → code: the tasks a round expects a report of (not closed, not on hold)."""
    with database.read() as session:
        return dict(
            session.execute(
                select(Task.id, Task.code).where(
                    Task.plan_id == plan_id, Task.closed_on.is_(None), Task.status != Status.ON_HOLD
                )
            ).all()
        )


def unreported(database: Database, plan_id: int, start: dt.date, end: dt.date) -> dict[str, list[str]]:
    """Section → codes of its open tasks with no report dated in [start, end]: who did not report in a round.

    The reminder round is the month up to today (:func:`reminders`); the 定期通报 asks it of each
    month it covers. A task without a lead section is listed under :func:`unassigned_section`.
    """
    codes = open_task_codes(database, plan_id)
    leads, reported = _round(database, plan_id, start, end)
    found: dict[str, list[str]] = {}
    for task_id, code in codes.items():
        if task_id not in reported:
            for name in leads.get(task_id) or [unassigned_section()]:
                found.setdefault(name, []).append(code)
    return found


def _round(database: Database, plan_id: int, start: dt.date, end: dt.date):
    """(task id → lead sections, ids of tasks with a report dated in [start, end])."""
    section = func.coalesce(func.nullif(Department.short_name, ""), Department.name)
    with database.read() as session:
        leads: dict[int, list[str]] = defaultdict(list)
        for task_id, name in session.execute(
            select(TaskUnit.task_id, section)
            .join(Department, Department.id == TaskUnit.department_id)
            .join(Task, Task.id == TaskUnit.task_id)
            .where(Task.plan_id == plan_id, TaskUnit.role == TaskUnitRole.LEAD)
            .order_by(TaskUnit.task_id, TaskUnit.position)
        ):
            leads[task_id].append(name)
        reported = set(
            session.scalars(
                select(ProgressReport.task_id)
                .join(Task, Task.id == ProgressReport.task_id)
                .where(Task.plan_id == plan_id, ProgressReport.reported_on.between(start, end))
                .distinct()
            )
        )
    return leads, reported


__all__ = [
    "OverLimit",
    "TASK_KINDS",
    "ReminderItem",
    "Reminders",
    "accept_report",
    "add_report",
    "correct_report",
    "open_task_codes",
    "reminders",
    "return_report",
    "unreported",
]
