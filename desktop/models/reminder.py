"""Reminders a person has dismissed (不再提醒), remembered per OS user.

The reminders themselves are derived (``desktop.calendar.reminders``) and never stored;
a row here only says that *os_user* does not want to be reminded of the calendar item
*uid* again. The UIDs are the calendar's (one per occurrence of a recurring duty), so
dismissing this month's collection deadline leaves next month's.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class ReminderDismissal(Base):
    __tablename__ = "reminder_dismissal"

    os_user: Mapped[str] = mapped_column(String(100), primary_key=True)
    uid: Mapped[str] = mapped_column(String(200), primary_key=True)
    dismissed_at: Mapped[dt.datetime] = mapped_column(DateTime)
