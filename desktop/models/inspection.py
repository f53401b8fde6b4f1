"""The supervision checklist (附件 3 督察清单): inspections, their windows and who prepares."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, PlanOwned, Versioned, in_use
from desktop.models.enums import TaskUnitRole, WindowKind
from desktop.models.org import Department
from desktop.models.types import enum_column_type


class Inspection(PlanOwned, Versioned, Base):
    __tablename__ = "inspection"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    #: 督查事项.
    item: Mapped[str] = mapped_column(Text)
    #: 督查内容.
    content: Mapped[str] = mapped_column(Text, default="")
    #: 督查主体.
    inspector: Mapped[str] = mapped_column(Text, default="")
    #: 督查对象.
    inspected: Mapped[str] = mapped_column(Text, default="")
    #: 时间 as written, e.g. 第三季度.
    time_text: Mapped[str] = mapped_column(String(50), default="")
    #: 市科技局工作计划 as written.
    plan_text: Mapped[str] = mapped_column(Text, default="")
    #: The preparation part of the plan as written, e.g. 7月备检.
    preparation_text: Mapped[str] = mapped_column(String(50), default="")
    #: 实时备检: the bureau keeps ready all the time.
    continuous: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Whether the preparation is done (ticked on the printed checklist).
    prepared: Mapped[bool] = mapped_column(Boolean, default=False)

    windows: Mapped[list[DateWindow]] = relationship(
        back_populates="inspection",
        order_by=lambda: [DateWindow.kind, DateWindow.start],
        cascade="all, delete-orphan",
        lazy="raise",
    )
    units: Mapped[list[InspectionUnit]] = relationship(
        back_populates="inspection",
        order_by="InspectionUnit.position",
        cascade="all, delete-orphan",
        lazy="raise",
    )


class DateWindow(Versioned, Base):
    """A real date window read from a fuzzy period; ``end`` is None for an open-ended one (3月起)."""

    __tablename__ = "date_window"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id", ondelete="CASCADE"), index=True)
    kind: Mapped[WindowKind] = mapped_column(enum_column_type(WindowKind))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    #: The words the window was read from.
    text: Mapped[str] = mapped_column(String(50), default="")

    inspection: Mapped[Inspection] = relationship(back_populates="windows", lazy="raise")


class InspectionUnit(Versioned, Base):
    """A section that leads or co-operates in preparing for an inspection."""

    __tablename__ = "inspection_unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id", ondelete="CASCADE"), index=True)
    department_id: Mapped[int] = mapped_column(in_use("department.id"), index=True)
    #: LEAD or CO.
    role: Mapped[TaskUnitRole] = mapped_column(enum_column_type(TaskUnitRole))
    position: Mapped[int] = mapped_column(Integer, default=0)

    inspection: Mapped[Inspection] = relationship(back_populates="units", lazy="raise")
    department: Mapped[Department] = relationship(lazy="raise")
