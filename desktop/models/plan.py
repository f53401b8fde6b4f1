"""The plan: one notice (文件) and everything that belongs to it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Versioned
from desktop.models.enums import RestDayShift
from desktop.models.types import enum_column_type


NOTICE_NUMBER_FORMAT = "〔{year}〕第 {number} 号"


class Plan(Versioned, Base):
    """A yearly reform plan as issued in one notice, e.g. 柳科通〔2022〕20号."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_number: Mapped[str] = mapped_column(String(64), unique=True)
    #: The notice's own title (关于印发《…》的通知).
    notice_title: Mapped[str] = mapped_column(Text)
    #: The title of the plan the notice issues (the 工作方案).
    title: Mapped[str] = mapped_column(Text)
    short_title: Mapped[str] = mapped_column(String(100), default="")
    year: Mapped[int] = mapped_column(Integer)
    issuer: Mapped[str] = mapped_column(String(100), default="")
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    #: Whom the notice addresses (主送).
    addressees: Mapped[str] = mapped_column(Text, default="")
    #: The notice's covering text (现将…印发你们，请认真贯彻落实。).
    notice_text: Mapped[str] = mapped_column(Text, default="")
    disclosure: Mapped[str] = mapped_column(String(50), default="")
    printed_by: Mapped[str] = mapped_column(String(100), default="")
    printed_date: Mapped[dt.date | None] = mapped_column(Date)
    #: The plan's body (一、指导思想 … 三、工作要求) as written.
    body: Mapped[str] = mapped_column(Text, default="")
    #: The list of attachments (附件：1. … 4. …) as written.
    attachments: Mapped[str] = mapped_column(Text, default="")
    #: Titles of the attachment tables, keyed by attachment number, as a text block.
    roster_title: Mapped[str] = mapped_column(Text, default="")
    checklist_title: Mapped[str] = mapped_column(Text, default="")
    publicity_title: Mapped[str] = mapped_column(Text, default="")
    #: The succession rule as written (若领导及相关科室负责人有人员调整，则顺位代替).
    succession_rule: Mapped[str] = mapped_column(Text, default="")
    #: Where a one-off deadline (task, measure, milestone) on a rest day goes.
    deadline_shift: Mapped[RestDayShift] = mapped_column(
        enum_column_type(RestDayShift), default=RestDayShift.BEFORE, server_default=RestDayShift.BEFORE.value
    )

    #: 督办单: the number as printed ({year}, {number}), e.g. 〔{year}〕第 {number} 号.
    notice_number_format: Mapped[str] = mapped_column(
        String(100), default=NOTICE_NUMBER_FORMAT, server_default=NOTICE_NUMBER_FORMAT
    )
    #: Working days overdue after which a notice is red (a second notice on the same item is red too).
    notice_red_after: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    #: Working days a section has to answer a notice.
    notice_reply_days: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    #: 序时进度: an indicator behind its monthly plan by more than this share of its target (in %) is red.
    indicator_margin: Mapped[float] = mapped_column(Float, default=10.0, server_default="10")
    #: The plan this one was made from (新建年度计划); a plan another was made from is read-only.
    origin_plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"), index=True)

    def __repr__(self) -> str:
        return f"<Plan {self.id} {self.doc_number}>"
