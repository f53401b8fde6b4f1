"""Tables that let several PCs share one database: who has it open, what changed, which saves landed.

* :class:`OpenSession`: one row per running Duban that has the file open, refreshed by a
  heartbeat; a row whose heartbeat is older than :data:`desktop.db.presence.SESSION_EXPIRY` belongs to a PC that
  crashed or lost the network, and counts as gone.
* :class:`Revision`: one row whose counter every write transaction increments, so an open
  window learns that another PC changed something by reading one integer.
* :class:`AppliedSave`: the id of every save that asked for one, written in the same
  transaction as the save; a save retried after an uncertain commit finds its id and is
  not applied twice.

These rows are bookkeeping, not plan data: they are written with Core statements and are
not audited.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base

#: How often an open window refreshes its session row.
HEARTBEAT_INTERVAL = dt.timedelta(seconds=30)


class OpenSession(Base):
    __tablename__ = "duban_session"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    os_user: Mapped[str] = mapped_column(String(100))
    machine: Mapped[str] = mapped_column(String(100))
    pid: Mapped[int] = mapped_column(Integer)
    app_version: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    heartbeat_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    read_only: Mapped[bool] = mapped_column(Boolean, default=False)


class Revision(Base):
    __tablename__ = "duban_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    counter: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    os_user: Mapped[str] = mapped_column(String(100), default="")
    machine: Mapped[str] = mapped_column(String(100), default="")


class AppliedSave(Base):
    __tablename__ = "duban_save"

    save_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    os_user: Mapped[str] = mapped_column(String(100))
    machine: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(Text, default="")
