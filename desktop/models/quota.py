"""Publicity quotas (附件 4 宣传推广清单): the rows as rules, their counting requirements, and items."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, PlanOwned, Versioned, in_use
from desktop.models.enums import QuotaScope, RestDayShift
from desktop.models.org import Department
from desktop.models.types import enum_column_type


class QuotaRule(PlanOwned, Versioned, Base):
    """One row of 附件 4, kept as written, with the requirements read from it."""

    __tablename__ = "quota_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    #: 事项, e.g. 改革信息.
    kind: Mapped[str] = mapped_column(String(50))
    #: 宣传推广内容.
    content: Mapped[str] = mapped_column(Text, default="")
    #: 责任单位.
    responsible: Mapped[str] = mapped_column(Text, default="")
    #: 市科技局工作计划.
    plan_text: Mapped[str] = mapped_column(Text, default="")
    #: The 方式 sentence (who supplies, who edits or collects).
    method: Mapped[str] = mapped_column(Text, default="")
    #: The section that collects, edits or coordinates (法监科).
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )

    coordinator: Mapped[Department | None] = relationship(lazy="raise")
    requirements: Mapped[list[QuotaRequirement]] = relationship(
        back_populates="rule",
        order_by="QuotaRequirement.position",
        cascade="all, delete-orphan",
        lazy="raise",
    )


class QuotaRequirement(Versioned, Base):
    """A counting duty: *amount* items every *every_months* months, or in the given *months*.

    ``every_months`` of 12 with no months means a yearly count; ``months`` (e.g. "5,6")
    names the months an item falls due in, for duties tied to given months.
    """

    __tablename__ = "quota_requirement"

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("quota_rule.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    scope: Mapped[QuotaScope] = mapped_column(enum_column_type(QuotaScope))
    #: The section that owes the items; None for the city as a whole.
    department_id: Mapped[int | None] = mapped_column(
        in_use("department.id"), index=True
    )
    amount: Mapped[int] = mapped_column(Integer, default=1)
    #: True where the text says 至少 (a minimum rather than an exact plan).
    at_least: Mapped[bool] = mapped_column(Boolean, default=False)
    every_months: Mapped[int | None] = mapped_column(Integer)
    months: Mapped[str] = mapped_column(String(50), default="")
    #: Day of the month by which items are collected (每月 25 日前), if any.
    collect_day: Mapped[int | None] = mapped_column(Integer)
    #: Where a due or collection date on a rest day goes (the notice's 25th is moved earlier).
    rest_day_shift: Mapped[RestDayShift] = mapped_column(
        enum_column_type(RestDayShift), default=RestDayShift.BEFORE, server_default=RestDayShift.BEFORE.value
    )
    #: Whether a period's shortfall is owed on top of the next period's amount.
    carry_over: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: The month counting starts (1–12); None: the plan's first month (the month it was issued).
    start_month: Mapped[int | None] = mapped_column(Integer)
    #: The subject, where the duty names one (研发经费奖补政策).
    subject: Mapped[str] = mapped_column(Text, default="")
    #: The requirement as written, e.g. 1 条/2 月.
    text: Mapped[str] = mapped_column(String(100), default="")

    rule: Mapped[QuotaRule] = relationship(back_populates="requirements", lazy="raise")
    department: Mapped[Department | None] = relationship(lazy="raise")


class PublicityItem(PlanOwned, Versioned, Base):
    """A submitted item counted against a quota: a news item, a media report, a press conference."""

    __tablename__ = "publicity_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(in_use("quota_rule.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(
        in_use("department.id"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    link: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    rule: Mapped[QuotaRule] = relationship(lazy="raise")
    department: Mapped[Department | None] = relationship(lazy="raise")
