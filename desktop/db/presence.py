"""Who else has the database open: session rows with heartbeats.

A window registers a session when it opens a database, refreshes its heartbeat every
:data:`~desktop.models.coordination.HEARTBEAT_INTERVAL` and removes it when it closes.
A PC that crashed or lost the network stops refreshing; its row counts as gone once
the heartbeat is older than :data:`SESSION_EXPIRY`, and is deleted by the next PC that
registers.

This is the one module that reads the rows: through an open
:class:`~desktop.db.database.Database` (:func:`active`), or from a file's own
``sqlite3`` connection (:func:`read_sessions`, for ``duban check`` and a restore, which
run without SQLAlchemy). SQLAlchemy is imported only by the functions that need it.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import desktop
from desktop.i18n import tr

#: A session whose last heartbeat is older than this is taken to be gone.
SESSION_EXPIRY = dt.timedelta(minutes=2)
#: Rows of sessions gone this long are deleted (kept a while for ``duban check``).
_PURGE_AFTER = dt.timedelta(days=1)
#: Save ids are kept this long: far longer than any edit waits in a recovery file.
_SAVES_KEPT = dt.timedelta(days=365)


@dataclass(frozen=True)
class SessionInfo:
    """A row of ``duban_session``: a Duban that has the file open."""

    id: str
    os_user: str
    machine: str
    pid: int
    app_version: str
    started_at: dt.datetime | None
    heartbeat_at: dt.datetime | None
    read_only: bool

    def describe(self) -> str:
        """``张三（PC-07，09:12 起）``"""
        started = self.started_at or dt.datetime.min
        since = started.strftime("%H:%M") if started.date() == dt.date.today() else started.strftime("%m-%d %H:%M")
        return tr("Presence", "{0}（{1}，{2} 起）").format(self.os_user or "?", self.machine or "?", since)

    def details(self) -> str:
        """The long form ``duban check`` and a refused restore print: machine, process, start, last heartbeat."""
        started = self.started_at.strftime("%Y-%m-%d %H:%M") if self.started_at else "?"
        beat = self.heartbeat_at.strftime("%H:%M:%S") if self.heartbeat_at else "?"
        return tr("Backup", "{0}（计算机 {1}，进程 {2}，{3} 打开，最近心跳 {4}）").format(
            self.os_user or "?", self.machine or "?", self.pid, started, beat
        )

    @property
    def is_this_process(self) -> bool:
        return self.pid == os.getpid() and self.machine.lower() == socket.gethostname().lower()


def register(database, *, now: dt.datetime | None = None) -> str:
    """Record this process as having *database* open; returns the session id."""
    from sqlalchemy import delete, insert

    from desktop.models import AppliedSave, OpenSession
    from desktop.models.audit import current_actor

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
    from sqlalchemy import insert, update

    from desktop.models import OpenSession
    from desktop.models.audit import current_actor

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
    from sqlalchemy import delete

    from desktop.models import OpenSession

    with database.write(bump=False) as session:
        session.execute(delete(OpenSession).where(OpenSession.id == session_id))


def active(database, *, exclude: str | None = None, now: dt.datetime | None = None) -> list[SessionInfo]:
    """The sessions whose heartbeat is recent, oldest first, without *exclude* (one's own)."""
    from sqlalchemy import select

    from desktop.models import OpenSession

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


# -- from the file itself (no SQLAlchemy) ---------------------------------------------------------


def _parse_time(value) -> dt.datetime | None:
    """A stored time as a naive local datetime (SQLAlchemy stores ``YYYY-MM-DD HH:MM:SS.ffffff``)."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return dt.datetime.fromtimestamp(value)
    try:
        parsed = dt.datetime.fromisoformat(str(value).strip())
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed


def read_sessions(connection: sqlite3.Connection) -> list[SessionInfo] | None:
    """Every row of ``duban_session`` through a ``sqlite3`` connection, or None when the file has no such table."""
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'duban_session'"
    ).fetchone()
    if not has_table:
        return None
    columns = {row[1] for row in connection.execute("PRAGMA table_info(duban_session)")}
    wanted = ["id", "os_user", "machine", "pid", "started_at", "heartbeat_at", "app_version", "read_only"]
    select = ", ".join(c if c in columns else "NULL" for c in wanted)
    rows = []
    for row in connection.execute(f"SELECT {select} FROM duban_session"):
        values = dict(zip(wanted, row))
        rows.append(
            SessionInfo(
                id=str(values["id"] or ""),
                os_user=str(values["os_user"] or ""),
                machine=str(values["machine"] or ""),
                pid=int(values["pid"] or 0),
                app_version=str(values["app_version"] or ""),
                started_at=_parse_time(values["started_at"]),
                heartbeat_at=_parse_time(values["heartbeat_at"]),
                read_only=bool(values["read_only"]),
            )
        )
    return rows


def live(rows: Iterable[SessionInfo], now: dt.datetime) -> list[SessionInfo]:
    """The rows whose heartbeat is recent (within :data:`SESSION_EXPIRY`), oldest start first."""
    return sorted(
        (r for r in rows if r.heartbeat_at is not None and now - SESSION_EXPIRY <= r.heartbeat_at),
        key=lambda r: r.started_at or dt.datetime.min,
    )
