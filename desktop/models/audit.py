"""The audit log: who changed what, when, with old and new values.

Every flush of a session records one :class:`AuditEntry` per inserted, updated or
deleted row, written in the same transaction as the change itself, so a change and
its audit entry land together or not at all.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import getpass
import json
import os
import socket

from sqlalchemy import DateTime, Integer, String, Text, event, insert, inspect, text
from sqlalchemy.orm import LoaderCallableStatus, Mapped, Session, mapped_column

from desktop.models.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    os_user: Mapped[str] = mapped_column(String(100))
    machine: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(50), index=True)
    row_id: Mapped[int | None] = mapped_column(Integer)
    plan_id: Mapped[int | None] = mapped_column(Integer, index=True)
    #: The task the changed row belongs to, so a task's history is one indexed query.
    task_id: Mapped[int | None] = mapped_column(Integer, index=True)
    #: JSON: {column: [old, new]} for updates, {column: value} for inserts and deletes.
    changes: Mapped[str] = mapped_column(Text, default="{}")
    #: Why, where the caller said so (e.g. "内置计划导入").
    note: Mapped[str] = mapped_column(Text, default="")


class Meta(Base):
    """Key/value facts about the file: which program made it, its identity."""

    __tablename__ = "duban_meta"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


#: The audit log, the file's facts and the append-only event log are not audited themselves.
_UNAUDITED = {
    AuditEntry.__tablename__, Meta.__tablename__, "task_event", "duban_session", "duban_revision", "duban_save",
}
#: ``session.info`` key of the note recorded beside every change of a write session.
AUDITED_NOTE_KEY = "audit_note"


def is_audited(table_name: str) -> bool:
    return table_name not in _UNAUDITED


@functools.lru_cache(maxsize=1)
def current_actor() -> tuple[str, str]:
    """The OS user and machine name of this process (looked up once: they do not change)."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name on some service accounts
        user = os.environ.get("USERNAME", "") or "unknown"
    return user, socket.gethostname() or "unknown"


def plain(value):
    """*value* as the audit log stores it in JSON (an enum by its value, a date as ISO text)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _row_values(obj) -> dict:
    """The row's column values; a column the flush left unset (a NULL default) is None, not a marker."""
    state = inspect(obj)
    values = {}
    for attr in state.attrs:
        if attr.key in state.mapper.columns:
            value = attr.loaded_value
            values[attr.key] = None if value is LoaderCallableStatus.NO_VALUE else plain(value)
    return values


def _changed_values(obj) -> dict:
    state = inspect(obj)
    changes = {}
    for column_attr in state.mapper.column_attrs:
        if column_attr.key == "version":
            continue
        history = state.attrs[column_attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[column_attr.key] = [plain(old), plain(new)]
    return changes


@event.listens_for(Session, "after_flush")
def _record_audit(session: Session, flush_context) -> None:
    rows = []
    now = dt.datetime.now()
    user, machine = session.info.get("actor") or current_actor()
    note = session.info.get(AUDITED_NOTE_KEY, "")

    connection = session.connection()

    def add(obj, action: str, changes: dict) -> None:
        table = obj.__table__.name
        if table in _UNAUDITED:
            return
        rows.append(
            {
                "at": now,
                "os_user": user,
                "machine": machine,
                "action": action,
                "table_name": table,
                "row_id": getattr(obj, "id", None),
                "plan_id": getattr(obj, "plan_id", None) if table != "plan" else obj.id,
                "task_id": _task_of(connection, obj, table),
                "changes": json.dumps(changes, ensure_ascii=False, default=str),
                "note": note,
            }
        )

    for obj in session.new:
        add(obj, "insert", _row_values(obj))
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            changes = _changed_values(obj)
            if changes:
                add(obj, "update", changes)
    for obj in session.deleted:
        add(obj, "delete", _row_values(obj))
    if rows:
        connection.execute(insert(AuditEntry), rows)


def _task_of(connection, obj, table: str) -> int | None:
    if table == "task":
        return obj.id
    task_id = getattr(obj, "task_id", None)
    if task_id is None and table in ("indicator_value", "indicator_month") and obj.indicator_id is not None:
        task_id = connection.execute(
            text("SELECT task_id FROM indicator WHERE id = :id"), {"id": obj.indicator_id}
        ).scalar()
    return task_id
