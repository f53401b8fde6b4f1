"""Rows written straight through the database driver, for the saves every PC makes most often.

While a save runs, every other PC that wants to save waits for the lock (see
:mod:`desktop.db.lockfile`), so the work done inside it is work done by the whole office.
The ORM's unit of work costs about a millisecond of Python for each flush; for the most
frequent saves (a progress report and its event), :func:`insert_row` writes the row with
one driver call instead, and records the same audit entry the ORM's listener would
(:mod:`desktop.models.audit`), in the same transaction.

The statements are built once per table and kind of database and use the driver's own
placeholders; values are converted the way SQLAlchemy stores them (for SQLite: dates as
ISO text, times with microseconds, booleans as 0/1).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from functools import lru_cache

from sqlalchemy import Table

from desktop.db.written import note_written
from desktop.models.audit import AUDITED_NOTE_KEY, plain, current_actor, is_audited

_SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"


def driver_cursor(session):
    """A cursor of the driver's connection the session's transaction runs on (the write lock is taken)."""
    connection = session.connection()
    return connection.connection.dbapi_connection.cursor(), connection.dialect.name


def driver_sql(statement: str, dialect: str) -> str:
    """*statement*, written with ``?`` placeholders, in the driver's own (``%s`` for psycopg)."""
    return statement if dialect == "sqlite" else statement.replace("?", "%s")


@lru_cache(maxsize=64)
def _insert_sql(table_name: str, columns: tuple[str, ...], dialect: str) -> str:
    marks = ", ".join("?" for _ in columns)
    return driver_sql(f"INSERT INTO {table_name} ({', '.join(columns)}) VALUES ({marks}) RETURNING id", dialect)


def _defaults(table: Table) -> dict:
    values = {}
    for column in table.columns:
        default = column.default
        if default is not None and default.is_scalar:
            values[column.name] = default.arg
    return values


def stored(value, dialect: str):
    """*value* as SQLAlchemy stores it in this kind of database (for a driver call)."""
    if isinstance(value, enum.Enum):
        return value.value
    if dialect != "sqlite":
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.strftime(_SQLITE_DATETIME)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def row_exists(session, table_name: str, row_id: int) -> bool:
    """Whether the row is there, read in the session's transaction through the driver."""
    cursor, dialect = driver_cursor(session)
    try:
        cursor.execute(driver_sql(f"SELECT 1 FROM {table_name} WHERE id = ?", dialect), (row_id,))
        return cursor.fetchone() is not None
    finally:
        cursor.close()


def insert_row(session, table: Table, values: dict) -> int:
    """Insert one row of *table* in the session's transaction; returns its id.

    Columns not given take their scalar defaults, as with the ORM. Pending ORM changes are
    flushed first, so the row may refer to them. The audit entry is written as the ORM's
    listener writes it: every column's value, the OS user, the machine, the session's note.
    """
    if session.new or session.dirty or session.deleted:
        session.flush()
    note_written(session, table.name)
    row = {**_defaults(table), **values}
    row.pop("id", None)
    columns = tuple(row)
    cursor, dialect = driver_cursor(session)
    try:
        cursor.execute(_insert_sql(table.name, columns, dialect), [stored(row[c], dialect) for c in columns])
        row_id = cursor.fetchone()[0]
        if is_audited(table.name):
            full = {column.name: None for column in table.columns}
            full.update(row, id=row_id)
            user, machine = session.info.get("actor") or current_actor()
            entry = {
                "at": dt.datetime.now(),
                "os_user": user,
                "machine": machine,
                "action": "insert",
                "table_name": table.name,
                "row_id": row_id,
                "plan_id": full.get("plan_id"),
                "task_id": full.get("task_id"),
                "changes": json.dumps({k: plain(v) for k, v in full.items()}, ensure_ascii=False, default=str),
                "note": session.info.get(AUDITED_NOTE_KEY, ""),
            }
            names = tuple(entry)
            cursor.execute(_insert_sql("audit_entry", names, dialect), [stored(entry[n], dialect) for n in names])
    finally:
        cursor.close()
    return row_id
