"""The inside of one save (:meth:`desktop.db.database.Database.write`): run, record, commit or roll back.

Under both locks a save runs the caller's block, flushes it, bumps the revision counter
other PCs poll and records its save id, all through the driver so the bookkeeping costs
little while the locks are held; then it commits. A save whose id is already recorded
is not applied again (:class:`AlreadyApplied`); any failure rolls the transaction back,
or throws away a connection the server dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.db.driver import driver_cursor, driver_sql, stored
from desktop.db.server_errors import connection_lost
from desktop.db.sqlite import SchemaState, newer_reason
from desktop.errors import SchemaTooNewError
from desktop.models.audit import current_actor

log = logging.getLogger(__name__)


class AlreadyApplied(Exception):  # noqa: N818 - a state, not a failure
    """A save with this id is already in the database (a retry after an uncertain commit)."""

    def __init__(self, save_id: str):
        super().__init__(save_id)
        self.save_id = save_id


_BUMP_SQL = "UPDATE duban_revision SET counter = counter + 1, changed_at = ?, os_user = ?, machine = ? WHERE id = 1 RETURNING counter"
_RECORD_SAVE_SQL = "INSERT INTO duban_save (save_id, saved_at, os_user, machine, note) VALUES (?, ?, ?, ?, ?)"
_MIN_WRITER_SQL = "SELECT value FROM duban_meta WHERE key = 'min_writer_version'"
_SAVE_RECORDED = text("SELECT 1 FROM duban_save WHERE save_id = :save_id")


def save_transaction(
    database, session: Session, connection, note: str, save_id: str | None, bump: bool, retry: bool
) -> Iterator[Session]:
    """Yield *session* for the caller's changes, then record and commit them (see the module's docstring).

    On commit *database* learns the revision counter it left and the save's id.
    """
    try:
        _refuse_if_newer_writer_required(database, session)
        if retry and session.execute(_SAVE_RECORDED, {"save_id": save_id}).first() is not None:
            raise AlreadyApplied(save_id)
        yield session
        session.flush()
        written = _record(session, connection, note, save_id, bump) if bump or save_id is not None else None
        session.commit()
        if bump:
            database.last_written_revision = written
            database.writes_committed += 1
            database.last_save_id = save_id
    except BaseException as exc:
        _roll_back(session, connection, exc)
        raise
    finally:
        session.close()


def _record(session: Session, connection, note: str, save_id: str | None, bump: bool) -> int | None:
    """Bookkeeping through the driver (it runs inside the lock on every save); the new revision when bumped."""
    now = dt.datetime.now()
    user, machine = current_actor()
    written = None
    cursor, dialect = driver_cursor(session)
    try:
        if bump:
            cursor.execute(driver_sql(_BUMP_SQL, dialect), (stored(now, dialect), user, machine))
            written = cursor.fetchone()[0]
        if save_id is not None:
            try:
                cursor.execute(driver_sql(_RECORD_SAVE_SQL, dialect), (save_id, stored(now, dialect), user, machine, note))
            except connection.dialect.dbapi.IntegrityError as exc:
                # The same save landed meanwhile (a retry racing its first attempt):
                # this transaction is rolled back, so it is applied once.
                raise AlreadyApplied(save_id) from exc
    finally:
        cursor.close()
    return written


def _refuse_if_newer_writer_required(database, session: Session) -> None:
    """The gate at the lowest level: a file that now asks for a newer writer is not written.

    Read inside the write transaction, so a newer Duban that raised the file's
    ``min_writer_version`` after this one opened it is obeyed too; the database turns
    read-only with the reason.
    """
    cursor, dialect = driver_cursor(session)
    try:
        cursor.execute(driver_sql(_MIN_WRITER_SQL, dialect))
        row = cursor.fetchone()
    finally:
        cursor.close()
    state = SchemaState(revision=None, is_duban=True, min_writer_version=row[0] if row else None)
    reason = newer_reason(state)
    if reason:
        database.read_only, database.read_only_reason = True, reason
        raise SchemaTooNewError(database.target.display() + "：" + reason)


def _roll_back(session: Session, connection, error: BaseException) -> None:
    """Roll back the write that failed with *error*, which is what the caller gets to see.

    A connection the server dropped (a restart, a network cut; also reported by a driver
    cursor, which SQLAlchemy does not see) is thrown away instead: rolling back on it would
    fail, and the pool must not hand it out again. The server rolls back an unfinished
    transaction of a dropped connection itself. A rollback that fails anyway is logged and
    the connection thrown away; the original error is the one raised.
    """
    if connection_lost(error) and not connection.invalidated:
        connection.invalidate(error)
    try:
        session.rollback()
    except Exception:  # noqa: BLE001 - the error that made us roll back is the one to report
        log.warning("rollback after %r failed; the connection is discarded", error, exc_info=True)
        if not connection.invalidated:
            connection.invalidate()


