"""督办单 and 提示单: the notices the office issues to a section about a late or pressing item.

A notice is a record: numbered in a yearly series per plan (〔2022〕第 7 号), kept when
answered or withdrawn (作废: the number is never reused). The facts are copied in when it is
issued (what, the deadline, how late, the last report), so the notice reads as it was sent
even after the task changes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, PlanOwned, Versioned
from desktop.models.enums import NoticeGrade, NoticeState, NoticeSubject
from desktop.models.types import enum_column_type


class Notice(PlanOwned, Versioned, Base):
    __tablename__ = "notice"
    # The number is allocated inside the saving transaction; two PCs issuing at once cannot
    # both take it (the second one's insert fails and its save is retried with the next number).
    __table_args__ = (UniqueConstraint("plan_id", "year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    grade: Mapped[NoticeGrade] = mapped_column(enum_column_type(NoticeGrade))
    state: Mapped[NoticeState] = mapped_column(enum_column_type(NoticeState), default=NoticeState.OPEN)
    subject: Mapped[NoticeSubject] = mapped_column(enum_column_type(NoticeSubject))
    #: The row the notice is about (a task, measure, milestone, inspection or quota requirement).
    subject_id: Mapped[int | None] = mapped_column(Integer)
    #: The calendar's UID of the item (one per occurrence of a recurring duty): the same item twice.
    item_uid: Mapped[str] = mapped_column(String(200), default="", index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="SET NULL"), index=True)
    #: The recipient section's name as sent.
    section_name: Mapped[str] = mapped_column(String(100), default="")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    #: The recipient as sent, with who acts for whom under 顺位代替 (李荣军（代 管伟荣）).
    person_name: Mapped[str] = mapped_column(String(100), default="")
    #: The item as named in the notice.
    title: Mapped[str] = mapped_column(Text)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    #: Working days past the deadline when issued (0: not yet due).
    days_late: Mapped[int] = mapped_column(Integer, default=0)
    last_report: Mapped[str] = mapped_column(Text, default="")
    requirement: Mapped[str] = mapped_column(Text, default="")
    issued_on: Mapped[dt.date] = mapped_column(Date)
    reply_by: Mapped[dt.date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(100), default="")
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    #: How it was answered: the accepted report that closed it, or the office's note.
    answer_note: Mapped[str] = mapped_column(Text, default="")
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")

    def __repr__(self) -> str:
        return f"<Notice {self.year}-{self.number} {self.grade.value}>"
