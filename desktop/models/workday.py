"""Working-day corrections the office adds: a day that is (or is not) a working day.

China's official table (``chinesecalendar``) is published each November for the next
year; until the library knows a year, or where the office must correct it, a row here
says whether *day* is a working day. These rows are national, not part of a plan.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class WorkdayOverride(Base):
    __tablename__ = "workday_override"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    #: Why, e.g. 2027年春节 or 调休上班.
    note: Mapped[str] = mapped_column(Text, default="")
