"""延期申请: a request to move the deadline of a measure or milestone, and its decision.

A request changes nothing until a leader of the group approves it. Approving moves the
item's own deadline (``due_date``, and a milestone's ``due_text``) to the new one, so every
rule that reads the item's deadline follows; the deadline it had before is kept in the
request (``original_date``/``original_text``), so several extensions chain (原定 → 第一次延至 →
第二次延至) and withdrawing an approval puts the previous date back.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, PlanOwned, Versioned
from desktop.models.enums import ExtensionState
from desktop.models.types import enum_column_type


class Extension(PlanOwned, Versioned, Base):
    __tablename__ = "extension"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    #: The item whose deadline moves: a measure or a milestone (exactly one is set).
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    milestone_id: Mapped[int | None] = mapped_column(ForeignKey("milestone.id", ondelete="CASCADE"), index=True)
    #: The item's deadline when the request was made (replaced by the one it had when approved).
    original_date: Mapped[dt.date | None] = mapped_column(Date)
    #: A milestone's deadline as written (6 月前出台) before the move; "" for a measure.
    original_text: Mapped[str] = mapped_column(String(100), default="")
    new_date: Mapped[dt.date] = mapped_column(Date)
    #: A milestone's new deadline as written ("" : the date itself is shown, 7月15日前).
    new_text: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    #: Who asked: the section and the person (as written, and the person's row when known).
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="SET NULL"), index=True)
    requested_by: Mapped[str] = mapped_column(String(100), default="")
    requested_on: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[ExtensionState] = mapped_column(enum_column_type(ExtensionState), default=ExtensionState.PENDING)
    #: The leader of the group who approved or refused it, and the day.
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_note: Mapped[str] = mapped_column(Text, default="")
