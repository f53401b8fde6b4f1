"""Who else has the database open: session rows with heartbeats.

A window registers a session when it opens a database, refreshes its heartbeat every
:data:`~desktop.models.coordination.HEARTBEAT_INTERVAL` and removes it when it closes.
A PC that crashed or lost the network stops refreshing; its row counts as gone once
the heartbeat is older than :data:`~desktop.models.coordination.SESSION_EXPIRY`, and is
deleted by the next PC that registers.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update

import desktop
from desktop.i18n import tr
from desktop.models import AppliedSave, OpenSession
from desktop.models.audit import current_actor
from desktop.models.coordination import SESSION_EXPIRY

#: Rows of sessions gone this long are deleted (kept a while for ``duban check``).
_PURGE_AFTER = dt.timedelta(days=1)
#: Save ids are kept this long: far longer than any edit waits in a recovery file.
_SAVES_KEPT = dt.timedelta(days=365)


@dataclass(frozen=True)
class SessionInfo:
    id: str
    os_user: str
    machine: str
    pid: int
    app_version: str
    started_at: dt.datetime
    heartbeat_at: dt.datetime
    read_only: bool

    def describe(self) -> str:
        """``张三（PC-07，09:12 起）``"""
        since = self.started_at.strftime("%H:%M") if self.started_at.date() == dt.date.today() else self.started_at.strftime("%m-%d %H:%M")
        return tr("Presence", "{0}（{1}，{2} 起）").format(self.os_user or "?", self.machine or "?", since)


def register(database, *, now: dt.datetime | None = None) -> str:
    """Record this process as having *database* open; returns the session id."""
    now = now or dt.datetime.now()
    user, machine = current_actor()
    session_id = str(uuid.uuid4())
    with database.write(bump=False) as session:
        session.execute(delete(OpenSession).where(OpenSession.heartbeat_at < now - _PURGE_AFTER))
        session.execute(delete(AppliedSave).where(AppliedSave.saved_at < now - _SAVES_KEPT))
        session.execute(
            insert(OpenSession).values(
                id=session_id,
                os_user=user,
                machine=machine,
                pid=os.getpid(),
                app_version=desktop.__version__,
                started_at=now,
                heartbeat_at=now,
                read_only=False,
            )
        )
    return session_id


def heartbeat(database, session_id: str, *, now: dt.datetime | None = None) -> None:
    """Refresh the session's heartbeat; re-registers it when it was purged meanwhile."""
    now = now or dt.datetime.now()
    with database.write(bump=False) as session:
        changed = session.execute(
            update(OpenSession).where(OpenSession.id == session_id).values(heartbeat_at=now)
        ).rowcount
        if not changed:
            user, machine = current_actor()
            session.execute(
                insert(OpenSession).values(
                    id=session_id, os_user=user, machine=machine, pid=os.getpid(),
                    app_version=desktop.__version__, started_at=now, heartbeat_at=now, read_only=False,
                )
            )


def end(database, session_id: str) -> None:
    with database.write(bump=False) as session:
        session.execute(delete(OpenSession).where(OpenSession.id == session_id))


def active(database, *, exclude: str | None = None, now: dt.datetime | None = None) -> list[SessionInfo]:
    """The sessions whose heartbeat is recent, oldest first, without *exclude* (one's own)."""
    now = now or dt.datetime.now()
    with database.read() as session:
        rows = session.execute(
            select(OpenSession)
            .where(OpenSession.heartbeat_at >= now - SESSION_EXPIRY)
            .order_by(OpenSession.started_at)
        ).scalars()
        return [
            SessionInfo(
                r.id, r.os_user, r.machine, r.pid, r.app_version, r.started_at, r.heartbeat_at, bool(r.read_only)
            )
            for r in rows
            if r.id != exclude
        ]
