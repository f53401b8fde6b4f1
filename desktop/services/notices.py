"""督办单 and 提示单: which items merit one and of which grade, issuing them with their yearly number, answering and withdrawing.

The grading rule has one home, :func:`grade_for`; the items come from the reminders'
one computation of what is overdue or due soon (:func:`desktop.calendar.reminders.reminder_items`),
with the lights of :mod:`desktop.lights`. A notice copies its facts in when issued, so it reads
as sent. Its number is allocated inside the saving transaction, under the plan row's lock on a
server (SQLite's writer lock on a file), so two PCs issuing at once never take the same number,
and a save retried after an uncertain commit is applied once (``save_id``) without skipping one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from desktop.calendar.entries import ItemKind
from desktop.calendar.reminders import due_date, reminder_items
from desktop.db.database import Database
from desktop.db.saving import AlreadyApplied
from desktop.i18n import tr
from desktop.lights import DEFAULT_YELLOW_DAYS, Light
from desktop.models import Notice, NoticeGrade, NoticeState, NoticeSubject, Plan, ProgressReport, ReportState, Task
from desktop.services.editing import ValidationError, clean_text
from desktop.workdays import WorkdayCalendar

SUBJECT_OF_KIND = {
    ItemKind.TASK_DEADLINE: NoticeSubject.TASK,
    ItemKind.MEASURE_DEADLINE: NoticeSubject.MEASURE,
    ItemKind.MILESTONE: NoticeSubject.MILESTONE,
    ItemKind.PREPARATION: NoticeSubject.PREPARATION,
    ItemKind.QUOTA_DUE: NoticeSubject.QUOTA,
}
REQUIREMENT_LIMIT = 500


@dataclass(frozen=True)
class NoticeSettings:
    """The plan's numbering and grading (kept in the file: every PC numbers and grades alike)."""

    number_format: str = "〔{year}〕第 {number} 号"
    #: Working days overdue after which a notice is red.
    red_after: int = 10
    #: Working days a section has to answer.
    reply_days: int = 3

    def number_text(self, year: int, number: int) -> str:
        try:
            return self.number_format.format(year=year, number=number)
        except (KeyError, IndexError, ValueError):
            return NoticeSettings.number_format.format(year=year, number=number)


def grade_for(light: int, days_late: int, earlier: int, reported: bool, red_after: int) -> NoticeGrade | None:
    """The grade a notice on an item deserves, or None when it deserves none.

    *light* is the item's light, *days_late* the working days past its deadline, *earlier* how
    many notices (not withdrawn) the item already had, *reported* whether its section reported
    in the current round. Overdue: yellow, red past *red_after* working days or when the item
    already had a notice; due within the yellow window with nothing reported: 提示单, yellow
    when it already had one.
    """
    if light == Light.RED:
        return NoticeGrade.RED if days_late > red_after or earlier else NoticeGrade.YELLOW
    if light == Light.YELLOW and not reported:
        return NoticeGrade.YELLOW if earlier else NoticeGrade.PROMPT
    return None


@dataclass(frozen=True)
class NoticeDraft:
    """A notice as it would be issued today: what, to whom, the facts, the grade."""

    grade: NoticeGrade
    subject: NoticeSubject
    subject_id: int | None
    item_uid: str
    task_id: int | None
    title: str
    deadline: dt.date | None
    days_late: int
    section_name: str
    department_id: int | None
    person_id: int | None
    person_name: str
    last_report: str
    requirement: str
    reply_by: dt.date
    #: Why this grade, in words (the item's light reason).
    reason: str = ""


@dataclass(frozen=True)
class NoticeRow:
    id: int
    version: int
    number_text: str
    year: int
    number: int
    grade: NoticeGrade
    state: NoticeState
    subject: NoticeSubject
    task_id: int | None
    title: str
    section_name: str
    person_name: str
    deadline: dt.date | None
    days_late: int
    last_report: str
    requirement: str
    issued_on: dt.date
    reply_by: dt.date
    issued_by: str
    answered_on: dt.date | None
    answer_note: str
    withdrawn_reason: str


def read_settings(session, plan_id: int) -> NoticeSettings:
    row = session.execute(
        select(Plan.notice_number_format, Plan.notice_red_after, Plan.notice_reply_days).where(Plan.id == plan_id)
    ).one()
    return NoticeSettings(row[0] or NoticeSettings.number_format, row[1], row[2])


def notice_settings(database: Database, plan_id: int) -> NoticeSettings:
    with database.read() as session:
        return read_settings(session, plan_id)


def save_notice_settings(database: Database, plan_id: int, settings: NoticeSettings) -> None:
    if "{number}" not in settings.number_format:
        raise ValidationError(tr("Notices", "编号格式必须含有 {number}（序号），可以含有 {year}（年份）。"))
    try:
        settings.number_format.format(year=2022, number=1)
    except (KeyError, IndexError, ValueError):
        raise ValidationError(tr("Notices", "编号格式只能含有 {year} 和 {number} 两个占位符。")) from None
    if not 0 <= settings.red_after <= 250 or not 1 <= settings.reply_days <= 60:
        raise ValidationError(tr("Notices", "红色督办的逾期工作日数应在 0–250 之间，回复期限应在 1–60 个工作日之间。"))
    with database.write(note=tr("Notices", "修改督办单设置")) as session:
        plan = session.get(Plan, plan_id)
        plan.notice_number_format = settings.number_format
        plan.notice_red_after = settings.red_after
        plan.notice_reply_days = settings.reply_days


def add_working_days(calendar: WorkdayCalendar, day: dt.date, count: int) -> dt.date:
    """The *count*-th working day after *day*."""
    while count > 0:
        day += dt.timedelta(days=1)
        if calendar.is_workday(day):
            count -= 1
    return day


def working_days_late(calendar: WorkdayCalendar, due: dt.date, today: dt.date) -> int:
    """Working days after *due* up to *today* (0 when not yet due)."""
    return calendar.working_days_until(due, today) if today > due else 0


def drafts(
    database: Database,
    plan_id: int,
    today: dt.date,
    *,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
    uids: set[str] | None = None,
) -> list[NoticeDraft]:
    """The notices the plan's items deserve on *today* (those named by *uids* only, when given), most pressing first."""
    from desktop.calendar.items import collect

    items = reminder_items(database, plan_id, today, yellow_days, yellow_days=yellow_days)
    items = [i for i in items if i.kind in SUBJECT_OF_KIND and (uids is None or i.uid in uids)]
    calendar = collect(database, plan_id, today, today, today=today).calendar
    with database.read() as session:
        settings = read_settings(session, plan_id)
        earlier = _earlier_counts(session, plan_id, {i.uid for i in items})
        context = _Context(session, plan_id, today, {i.task_id for i in items if i.task_id is not None})
    found = []
    for item in items:
        due = due_date(item)
        late = working_days_late(calendar, due, today)
        reported = context.reported(item.task_id)
        grade = grade_for(item.light, late, earlier.get(item.uid, 0), reported, settings.red_after)
        if grade is None:
            continue
        section, department_id, person_id, person = context.recipient(item)
        if department_id is None:
            continue  # a city-wide minimum (全市) is the office's own to chase, not a section's
        found.append(NoticeDraft(
            grade, SUBJECT_OF_KIND[item.kind], item.source_id, item.uid, item.task_id,
            _title(item), due, late, section, department_id, person_id, person,
            context.last_report(item.task_id), _requirement(grade, item.kind),
            add_working_days(calendar, today, settings.reply_days), item.reason,
        ))
    order = {NoticeGrade.RED: 0, NoticeGrade.YELLOW: 1, NoticeGrade.PROMPT: 2}
    found.sort(key=lambda d: (order[d.grade], d.deadline or today, d.title))
    return found


def _title(item) -> str:
    return f"{item.title}（{item.as_written}）" if item.as_written and item.as_written not in item.title else item.title


def _requirement(grade: NoticeGrade, kind: ItemKind) -> str:
    if grade is NoticeGrade.PROMPT:
        return tr("Notices", "该事项即将到期，请抓紧推进，按期完成并报送进展情况。")
    if kind is ItemKind.PREPARATION:
        return tr("Notices", "请抓紧做好迎检准备，并将准备情况书面报领导小组办公室。")
    return tr("Notices", "请于回复期限前书面说明未按期完成的原因、目前进展和整改措施，并明确完成时限。")


def _earlier_counts(session, plan_id: int, uids: set[str]) -> dict[str, int]:
    if not uids:
        return {}
    rows = session.execute(
        select(Notice.item_uid, func.count())
        .where(Notice.plan_id == plan_id, Notice.item_uid.in_(uids), Notice.state != NoticeState.WITHDRAWN)
        .group_by(Notice.item_uid)
    )
    return dict(rows.all())


class _Context:
    """What the drafts need to know of the tasks: their sections, heads, reports (read once)."""

    def __init__(self, session, plan_id: int, today: dt.date, task_ids: set[int]):
        from desktop.models import Department, TaskUnit, TaskUnitRole
        from desktop.services.people import plan_succession

        self.today = today
        self.succession = plan_succession(session, plan_id)
        self.heads = dict(session.execute(select(Task.id, Task.section_head_id).where(Task.id.in_(task_ids))).all())
        lead = session.execute(
            select(TaskUnit.task_id, Department.id, Department.short_name, Department.name)
            .join(Department, Department.id == TaskUnit.department_id)
            .where(TaskUnit.task_id.in_(task_ids), TaskUnit.role == TaskUnitRole.LEAD)
            .order_by(TaskUnit.position)
        ).all()
        self.sections: dict[int, tuple[int, str]] = {}
        for task_id, department_id, short, name in lead:
            self.sections.setdefault(task_id, (department_id, short or name))
        self.departments = {(short or name): d_id for d_id, short, name in session.execute(
            select(Department.id, Department.short_name, Department.name)).all()}
        round_start = today.replace(day=1)
        self.reports: dict[int, tuple[dt.date | None, str]] = {}
        self.reported_now: set[int] = set()
        for task_id, text, reported_on, state in session.execute(
            select(ProgressReport.task_id, ProgressReport.text, ProgressReport.reported_on, ProgressReport.state)
            .where(ProgressReport.task_id.in_(task_ids))
            .order_by(ProgressReport.reported_on, ProgressReport.id)
        ):
            if state is ReportState.ACCEPTED:
                self.reports[task_id] = (reported_on, text)
            if state is not ReportState.RETURNED and reported_on is not None and reported_on >= round_start:
                self.reported_now.add(task_id)

    def reported(self, task_id: int | None) -> bool:
        return task_id in self.reported_now

    def last_report(self, task_id: int | None) -> str:
        if task_id not in self.reports:
            return tr("Notices", "（尚无审核通过的进展）")
        day, text = self.reports[task_id]
        line = " ".join(text.split())
        short = line if len(line) <= 70 else line[:69] + "…"
        return f"{day.isoformat() if day else ''} {short}".strip()

    def recipient(self, item) -> tuple[str, int | None, int | None, str]:
        """(section, its id, the person, the person as written: who acts for whom under 顺位代替)."""
        from desktop.people.succession import Capacity

        department_id, section = self.sections.get(item.task_id, (None, ""))
        if not section and item.sections:
            section = item.sections[0]
            department_id = self.departments.get(section)
        head = self.heads.get(item.task_id)
        if head is None and department_id is not None:
            # A preparation or a quota duty: the section's head answers for it.
            head = self.succession.head_of(department_id, self.today)
        if head is None:
            return section, department_id, None, ""
        stand = self.succession.stand(head, self.today, Capacity.SECTION_HEAD)
        return section, department_id, stand.answering_id, stand.label()


def issue(
    database: Database,
    plan_id: int,
    draft: NoticeDraft,
    today: dt.date,
    *,
    requirement: str | None = None,
    issued_by: str = "",
    save_id: str | None = None,
) -> int:
    """Issue *draft* on *today*: the next number of the year's series; the notice's id."""
    return issue_many(database, plan_id, [draft], today, requirement=requirement, issued_by=issued_by,
                      save_id=save_id)[0]


def issue_many(
    database: Database,
    plan_id: int,
    chosen: list[NoticeDraft],
    today: dt.date,
    *,
    requirement: str | None = None,
    issued_by: str = "",
    save_id: str | None = None,
) -> list[int]:
    """为所有逾期事项生成督办单: issue every draft in one save, numbered in order; their ids."""
    if not chosen:
        return []
    if requirement is not None:
        text = clean_text(tr("Notices", "督办要求"), requirement, required=True, max_length=REQUIREMENT_LIMIT).text
        chosen = [replace(d, requirement=text) for d in chosen]
    issued_by = clean_text(tr("Notices", "签发人"), issued_by, max_length=100).text
    note = tr("Notices", "签发督办单")
    try:
        with database.write(note=note, save_id=save_id) as session:
            # On a server, the plan row's lock makes the next number one PC's at a time.
            session.execute(select(Plan.id).where(Plan.id == plan_id).with_for_update())
            number = session.scalar(
                select(func.max(Notice.number)).where(Notice.plan_id == plan_id, Notice.year == today.year)
            ) or 0
            rows = []
            for offset, draft in enumerate(chosen, start=1):
                row = Notice(
                    plan_id=plan_id, year=today.year, number=number + offset, grade=draft.grade,
                    state=NoticeState.OPEN, subject=draft.subject, subject_id=draft.subject_id,
                    item_uid=draft.item_uid, task_id=draft.task_id, department_id=draft.department_id,
                    section_name=draft.section_name, person_id=draft.person_id, person_name=draft.person_name,
                    title=draft.title, deadline=draft.deadline, days_late=draft.days_late,
                    last_report=draft.last_report, requirement=draft.requirement, issued_on=today,
                    reply_by=draft.reply_by, issued_by=issued_by, answer_note="", withdrawn_reason="",
                )
                session.add(row)
                rows.append(row)
            session.flush()
            return [row.id for row in rows]
    except AlreadyApplied:
        # The save landed before its answer was lost: the notices are there, under their numbers.
        with database.read() as session:
            found = session.scalars(
                select(Notice.id).where(
                    Notice.plan_id == plan_id, Notice.issued_on == today,
                    Notice.item_uid.in_([d.item_uid for d in chosen]),
                ).order_by(Notice.number)
            ).all()
        return list(found[-len(chosen):])


def _change_state(database: Database, notice_id: int, version: int, note: str, change) -> None:
    with database.write(note=note) as session:
        row = session.get(Notice, notice_id)
        if row is None:
            raise ValidationError(tr("Notices", "这份督办单已不存在。"))
        if row.version != version:
            raise ValidationError(tr("Notices", "这份督办单刚被另一台电脑改过，请刷新后再试。"))
        change(row)


def withdraw(database: Database, notice_id: int, version: int, reason: str) -> None:
    """作废: the notice stays in the register with its number (never reused), marked withdrawn with the reason."""
    reason = clean_text(tr("Notices", "作废原因"), reason, required=True, max_length=500).text

    def change(row: Notice) -> None:
        if row.state is NoticeState.WITHDRAWN:
            raise ValidationError(tr("Notices", "这份督办单已经作废。"))
        row.state, row.withdrawn_reason = NoticeState.WITHDRAWN, reason

    _change_state(database, notice_id, version, tr("Notices", "作废督办单"), change)


def mark_answered(database: Database, notice_id: int, version: int, today: dt.date, note: str = "") -> None:
    """The office marks the notice answered (a written reply came in)."""
    note = clean_text(tr("Notices", "回复情况"), note, max_length=500).text

    def change(row: Notice) -> None:
        if row.state is not NoticeState.OPEN:
            raise ValidationError(tr("Notices", "只有待回复的督办单可以标为已回复。"))
        row.state, row.answered_on, row.answer_note = NoticeState.ANSWERED, today, note

    _change_state(database, notice_id, version, tr("Notices", "督办单已回复"), change)


def answer_by_report(session, task_id: int, report: ProgressReport, day: dt.date) -> list[int]:
    """The section's next accepted report answers the task's open notices (called in the review's save); their ids."""
    rows = session.scalars(
        select(Notice).where(
            Notice.task_id == task_id, Notice.state == NoticeState.OPEN,
            Notice.issued_on <= (report.reported_on or day),
        )
    ).all()
    for row in rows:
        row.state, row.answered_on = NoticeState.ANSWERED, day
        row.answer_note = tr("Notices", "以 {0} 审核通过的进展回复").format(report.period or day.isoformat())
    return [row.id for row in rows]


def reopen_answered(session, notice_ids: list[int]) -> None:
    """Undo of an acceptance: the notices it answered are open again."""
    for row in session.scalars(select(Notice).where(Notice.id.in_(notice_ids))):
        if row.state is NoticeState.ANSWERED:
            row.state, row.answered_on, row.answer_note = NoticeState.OPEN, None, ""


def register(
    database: Database,
    plan_id: int,
    *,
    grade: NoticeGrade | None = None,
    section: str | None = None,
    state: NoticeState | None = None,
    task_id: int | None = None,
) -> list[NoticeRow]:
    """The 督办单 register, newest first, filtered by grade, section, state or task."""
    query = select(Notice).where(Notice.plan_id == plan_id)
    for column, value in ((Notice.grade, grade), (Notice.section_name, section), (Notice.state, state),
                          (Notice.task_id, task_id)):
        if value is not None:
            query = query.where(column == value)
    with database.read() as session:
        settings = read_settings(session, plan_id)
        rows = session.scalars(query.order_by(Notice.year.desc(), Notice.number.desc())).all()
    return [_row(settings, row) for row in rows]


def _row(settings: NoticeSettings, row: Notice) -> NoticeRow:
    return NoticeRow(
        row.id, row.version, settings.number_text(row.year, row.number), row.year, row.number, row.grade,
        row.state, row.subject, row.task_id, row.title, row.section_name, row.person_name, row.deadline,
        row.days_late, row.last_report, row.requirement, row.issued_on, row.reply_by, row.issued_by,
        row.answered_on, row.answer_note, row.withdrawn_reason,
    )


def monthly_counts(database: Database, plan_id: int, year: int,
                   as_of: dt.date | None = None) -> dict[tuple[str, int], tuple[int, int]]:
    """(section, month) → (notices issued, of them answered) in *year*: what the 通报 counts (withdrawn ones left out).

    With *as_of*, a notice counts as answered only when it was answered by that day: the
    June 通报 made in August does not count the answers of July.
    """
    counts: dict[tuple[str, int], list[int]] = {}
    with database.read() as session:
        rows = session.execute(
            select(Notice.section_name, Notice.issued_on, Notice.state, Notice.answered_on)
            .where(Notice.plan_id == plan_id, Notice.year == year, Notice.state != NoticeState.WITHDRAWN)
        ).all()
    for section, issued_on, state, answered_on in rows:
        if as_of is not None and issued_on > as_of:
            continue
        entry = counts.setdefault((section, issued_on.month), [0, 0])
        entry[0] += 1
        entry[1] += state is NoticeState.ANSWERED and (as_of is None or answered_on is None or answered_on <= as_of)
    return {key: (issued, answered) for key, (issued, answered) in counts.items()}
