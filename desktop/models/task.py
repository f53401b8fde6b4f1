"""Reform tasks (附件 2-1/2-2) with their measures, milestones, indicators and progress reports."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, PlanOwned, Versioned, in_use
from desktop.models.enums import EventKind, ReportSource, ReportState, Status, TaskLevel, TaskSource, TaskUnitRole
from desktop.models.org import Department, Person
from desktop.models.types import enum_column_type

#: Length limits the ledger form states (200 and 300 Chinese characters).
DIFFICULTY_LIMIT = 200
PROGRESS_LIMIT = 300
#: The two headings inside the ledger's 难点堵点及预期成果 cell (part of the form's format).
DIFFICULTY_LABEL = "难点堵点："
RESULT_LABEL = "预期成果："


def ledger_difficulty_text(difficulties: str, expected_results: str) -> str:
    """The 难点堵点及预期成果 cell as the ledger shows it, in forms and printouts alike."""
    return f"{DIFFICULTY_LABEL}{difficulties}\n{RESULT_LABEL}{expected_results}"


def latest_accepted(reports) -> ProgressReport | None:
    """The progress the ledger shows: the accepted report with the latest date (then the latest id).

    :func:`latest_accepted_id` is the same rule as SQL.
    """
    accepted = [r for r in reports if r.state is ReportState.ACCEPTED]
    return max(accepted, key=lambda r: (r.reported_on or dt.date.min, r.id), default=None)


def latest_accepted_id(task_id_column):
    """The id of :func:`latest_accepted`'s report, as a correlated subquery on *task_id_column*."""
    from sqlalchemy import select

    return (
        select(ProgressReport.id)
        .where(ProgressReport.task_id == task_id_column, ProgressReport.state == ReportState.ACCEPTED)
        .order_by(ProgressReport.reported_on.desc().nulls_last(), ProgressReport.id.desc())
        .limit(1)
        .scalar_subquery()
    )


class Task(PlanOwned, Versioned, Base):
    """One reform task: a row of the 攻坚台帐 with its assignment."""

    __tablename__ = "task"
    __table_args__ = (
        UniqueConstraint("plan_id", "code"),
        # The list is read in plan order; the first screen takes its first rows by this index.
        Index("ix_task_plan_order", "plan_id", "position", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The attachment number that identifies the task in the plan, e.g. 2-1.
    code: Mapped[str] = mapped_column(String(20))
    #: 序号 within its ledger table.
    seq: Mapped[int] = mapped_column(Integer, default=1)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: 改革攻坚落实事项.
    title: Mapped[str] = mapped_column(Text)
    #: The task heading in the plan body (主要任务), where it differs from the title.
    heading: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[TaskLevel] = mapped_column(enum_column_type(TaskLevel))
    #: 难点堵点.
    difficulties: Mapped[str] = mapped_column(Text, default="")
    #: 预期成果.
    expected_results: Mapped[str] = mapped_column(Text, default="")
    #: 责任部门 as written in the ledger.
    responsible_unit: Mapped[str] = mapped_column(Text, default="")
    #: 责任人 as written in the ledger (name, post, undertaking unit).
    responsible_person_text: Mapped[str] = mapped_column(Text, default="")
    responsible_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    #: 分管领导.
    supervising_leader_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    #: 科室负责人 of the lead section.
    section_head_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    #: 专项小组 as written.
    special_group: Mapped[str] = mapped_column(Text, default="")
    #: The requirement line under the table (要求：…).
    requirement: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[Status] = mapped_column(enum_column_type(Status), default=Status.IN_PROGRESS)
    #: The column headings of the task's ledger table as printed (they differ slightly between 2-1 and 2-2).
    ledger_headings: Mapped[str] = mapped_column(Text, default="")
    #: 办结: the day the task was closed; None while it is open.
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    #: The task's own deadline once an approved extension (延期) moved it, with its words
    #: ("" : the date itself); None: the deadline its 要求 line sets (均应于 6 月前出台).
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    deadline_text: Mapped[str] = mapped_column(String(100), default="", server_default="")
    #: A search index kept by the services on every save: the task's and its measures' texts
    #: with their pinyin and pinyin initials, so that a list of thousands filters at once.
    search_key: Mapped[str] = mapped_column(Text, default="")
    #: Where the task comes from: 年度方案 (the plan), or a 领导批示, 会议纪要, 上级交办 (issue 19).
    source: Mapped[TaskSource] = mapped_column(
        enum_column_type(TaskSource), default=TaskSource.PLAN, server_default=TaskSource.PLAN.value
    )
    #: The instructing document's number, e.g. 柳科批〔2022〕3号.
    source_number: Mapped[str] = mapped_column(String(100), default="", server_default="")
    source_date: Mapped[dt.date | None] = mapped_column(Date)
    #: The instructing leader when a person of the plan; else :attr:`source_leader_text`.
    source_leader_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    #: The instructing leader as written, when outside the bureau (市政府分管副市长 …).
    source_leader_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: 批示原文: the instruction's (or the meeting decision's) original text.
    source_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: The task of the previous year's plan this one was carried over from (结转).
    origin_task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"), index=True)

    responsible_person: Mapped[Person | None] = relationship(
        foreign_keys=[responsible_person_id], lazy="raise"
    )
    supervising_leader: Mapped[Person | None] = relationship(
        foreign_keys=[supervising_leader_id], lazy="raise"
    )
    section_head: Mapped[Person | None] = relationship(foreign_keys=[section_head_id], lazy="raise")
    units: Mapped[list[TaskUnit]] = relationship(
        back_populates="task", order_by="TaskUnit.position", cascade="all, delete-orphan", lazy="raise"
    )
    measures: Mapped[list[Measure]] = relationship(
        back_populates="task", order_by="Measure.position", cascade="all, delete-orphan", lazy="raise"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="task", order_by="Milestone.due_date", cascade="all, delete-orphan", lazy="raise"
    )
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="task", order_by="Indicator.position", cascade="all, delete-orphan", lazy="raise"
    )
    reports: Mapped[list[ProgressReport]] = relationship(
        back_populates="task",
        order_by="ProgressReport.reported_on",
        cascade="all, delete-orphan",
        lazy="raise",
    )
    events: Mapped[list[TaskEvent]] = relationship(
        back_populates="task", order_by="TaskEvent.id", cascade="all, delete-orphan", lazy="raise"
    )

    def __repr__(self) -> str:
        return f"<Task {self.id} {self.code}>"


class TaskUnit(Versioned, Base):
    """A department's part in a task: lead section, co-section or responsible unit."""

    __tablename__ = "task_unit"
    __table_args__ = (UniqueConstraint("task_id", "department_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    department_id: Mapped[int] = mapped_column(in_use("department.id"), index=True)
    role: Mapped[TaskUnitRole] = mapped_column(enum_column_type(TaskUnitRole))
    position: Mapped[int] = mapped_column(Integer, default=0)

    task: Mapped[Task] = relationship(back_populates="units", lazy="raise")
    department: Mapped[Department] = relationship(lazy="raise")


class Measure(Versioned, Base):
    """A numbered measure (主要措施) under a task."""

    __tablename__ = "measure"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: The measure's short name, e.g. 深化“揭榜制”.
    title: Mapped[str] = mapped_column(Text)
    #: The sentence(s) that follow the short name.
    description: Mapped[str] = mapped_column(Text, default="")
    owner_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    owner_department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[Status] = mapped_column(enum_column_type(Status), default=Status.IN_PROGRESS)

    task: Mapped[Task] = relationship(back_populates="measures", lazy="raise")
    owner_person: Mapped[Person | None] = relationship(lazy="raise")
    owner_department: Mapped[Department | None] = relationship(lazy="raise")


class Milestone(Versioned, Base):
    """A dated deliverable, e.g. 赛马制政策 to be issued before the end of June."""

    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("measure.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(Text)
    #: The deadline as written, e.g. 6 月前出台.
    due_text: Mapped[str] = mapped_column(String(100), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    #: The sentence of the notice the milestone comes from.
    source: Mapped[str] = mapped_column(Text, default="")

    task: Mapped[Task] = relationship(back_populates="milestones", lazy="raise")
    measure: Mapped[Measure | None] = relationship(lazy="raise")


class Indicator(Versioned, Base):
    """A numeric target or count of a task, e.g. R&D spending at 2.0 % of GDP."""

    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text)
    target: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20), default="")
    #: Whether the target is a year-end goal (预期成果) or a count reached along the way (成效).
    is_target: Mapped[bool] = mapped_column(Boolean, default=True)
    #: The phrase of the notice the indicator comes from.
    source: Mapped[str] = mapped_column(Text, default="")
    #: 序时进度: whether the indicator is judged against a planned value per month.
    tracked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: The value at the year's start the linear plan starts from (None: the first reported value).
    baseline: Mapped[float | None] = mapped_column(Float)
    #: When the target is due (None: the year's end).
    deadline: Mapped[dt.date | None] = mapped_column(Date)

    task: Mapped[Task] = relationship(back_populates="indicators", lazy="raise")
    values: Mapped[list[IndicatorValue]] = relationship(
        back_populates="indicator",
        order_by="IndicatorValue.as_of",
        cascade="all, delete-orphan",
        lazy="raise",
    )
    months: Mapped[list[IndicatorMonth]] = relationship(
        back_populates="indicator", order_by="IndicatorMonth.month", cascade="all, delete-orphan", lazy="raise"
    )


class IndicatorMonth(Versioned, Base):
    """序时目标: the planned value of an indicator by the end of a month, typed by the office."""

    __tablename__ = "indicator_month"
    __table_args__ = (UniqueConstraint("indicator_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    #: 1 to 12, of the plan's year.
    month: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)

    indicator: Mapped[Indicator] = relationship(back_populates="months", lazy="raise")


class IndicatorValue(Versioned, Base):
    """An actual value of an indicator as of a date."""

    __tablename__ = "indicator_value"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    as_of: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    indicator: Mapped[Indicator] = relationship(back_populates="values", lazy="raise")


class ProgressReport(Versioned, Base):
    """进展情况: one report per task per reporting round."""

    __tablename__ = "progress_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    #: The reporting round as a person names it, e.g. 2022年5月.
    period: Mapped[str] = mapped_column(String(50), default="")
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    #: 主要措施及成效 as reported.
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(100), default="")
    reported_on: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[ReportSource] = mapped_column(enum_column_type(ReportSource))
    #: Where it came from: a document number or the returned file's name.
    source_ref: Mapped[str] = mapped_column(Text, default="")
    #: SHA-256 of the returned file it was imported from, so the same file is recognised twice.
    source_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    state: Mapped[ReportState] = mapped_column(enum_column_type(ReportState), default=ReportState.SUBMITTED)
    #: Saved past the length limit after an explicit confirmation.
    over_limit: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: A correction is a new report that supersedes the old one; the old one is kept.
    supersedes_id: Mapped[int | None] = mapped_column(
        ForeignKey("progress_report.id", ondelete="SET NULL"), index=True
    )
    #: Why the report was returned (退回), or the reviewer's remark on acceptance.
    review_note: Mapped[str] = mapped_column(Text, default="")
    reviewed_by: Mapped[str] = mapped_column(String(100), default="")
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)

    task: Mapped[Task] = relationship(back_populates="reports", lazy="raise")


class TaskEvent(Base):
    """A step of the supervision loop, appended and never changed: 立项, 退回, 审核通过, 办结, 重新打开 …"""

    __tablename__ = "task_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("progress_report.id", ondelete="SET NULL"))
    kind: Mapped[EventKind] = mapped_column(enum_column_type(EventKind))
    note: Mapped[str] = mapped_column(Text, default="")
    os_user: Mapped[str] = mapped_column(String(100), default="")
    machine: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime)

    task: Mapped[Task] = relationship(back_populates="events", lazy="raise")
    #: Set when the event is made with its report, so both are written in one flush.
    report: Mapped[ProgressReport | None] = relationship(lazy="raise")
