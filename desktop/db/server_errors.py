"""A database server's errors, sorted by what they mean for the person (PostgreSQL through psycopg 3).

An error is classified by its class and its SQLSTATE, which say what happened whatever the
server's language or version, and not by its message text:

* the connection is gone: SQLSTATE class 08 (connection exception); 57P01, 57P02, 57P03
  (administrator shutdown, crash shutdown, cannot connect now: a server restarting); a
  session ended by the server's own timeouts (25P03, 57P05); psycopg's OperationalError
  without a SQLSTATE ("the connection is lost", "consuming input failed", a refused or timed
  out connection); SQLAlchemy's error for a connection it found dead (``connection_invalidated``);
* another PC holds what this save needs: 55P03 (lock timeout), 40P01 (deadlock), 40001
  (serialization failure);
* the login is refused (28P01, 28000); the database does not exist (3D000).

The message text is looked at only where the driver gives nothing better: psycopg reports a
failed *connection attempt* (wrong password, unknown database, ``pg_hba.conf``) without a
SQLSTATE, and an error that is not the driver's carries nothing but its text.

Errors raised by a driver cursor used directly (:func:`desktop.db.driver.driver_cursor`) are not
wrapped by SQLAlchemy and never reach its ``handle_error`` event; :func:`driver_errors` lists
their classes so :class:`~desktop.db.database.Database` can translate them too.
"""

from __future__ import annotations

import re
import sqlite3
import sys

from desktop.errors import DatabaseUnavailableError, UserError
from desktop.i18n import tr

UNREACHABLE = "unreachable"
BUSY = "busy"
LOGIN = "login"
NO_DATABASE = "no-database"
NOT_ALLOWED = "not-allowed"

#: SQLSTATEs (whole codes) that end the session: the server shut it down or timed it out.
_SESSION_ENDED = {"57P01", "57P02", "57P03", "57P05", "25P03"}
_BUSY = {"55P03", "40P01", "40001"}


def driver_errors() -> tuple[type[BaseException], ...]:
    """The classes of error the database drivers raise themselves (psycopg's only once it is loaded)."""
    psycopg = sys.modules.get("psycopg")
    return (sqlite3.DatabaseError,) if psycopg is None else (sqlite3.DatabaseError, psycopg.Error)


def _driver_error(exc: BaseException) -> BaseException:
    """The driver's own error: a SQLAlchemy ``DBAPIError`` carries it as ``orig``."""
    return getattr(exc, "orig", None) or exc


def _sqlstate(exc: BaseException) -> str | None:
    state = getattr(_driver_error(exc), "sqlstate", None)
    return state if isinstance(state, str) and state else None


def _is_psycopg_operational(exc: BaseException) -> bool:
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(exc, psycopg.OperationalError)


def connection_lost(exc: BaseException) -> bool:
    """Whether *exc* means the connection to the server is gone (it must not be used again)."""
    if getattr(exc, "connection_invalidated", False):  # SQLAlchemy found the connection dead
        return True
    state = _sqlstate(exc)
    if state is not None:
        return state.startswith("08") or state in _SESSION_ENDED
    # psycopg reports a dead or unreachable connection as an OperationalError without a SQLSTATE.
    return _is_psycopg_operational(_driver_error(exc))


def _kind_by_state(state: str, text: str) -> str | None:
    if state.startswith("08") or state in _SESSION_ENDED:
        return UNREACHABLE
    if state in _BUSY:
        return BUSY
    if state == "28P01":
        return LOGIN
    if state == "28000":  # invalid authorization: an unknown role, or no pg_hba.conf entry for this PC
        return NOT_ALLOWED if "pg_hba.conf" in text else LOGIN
    if state == "3D000":
        return NO_DATABASE
    if state == "42501" and "for database" in text:  # no CONNECT privilege on the database
        return NOT_ALLOWED
    return None


def _kind_by_text(text: str) -> str | None:
    """For what carries no SQLSTATE: a failed connection attempt, an error that is not the driver's."""
    if (
        "password authentication failed" in text
        or "no password supplied" in text
        or re.search(r'role "[^"]*" does not exist', text)
    ):
        return LOGIN
    if re.search(r'database "[^"]*" does not exist', text):
        return NO_DATABASE
    if "no pg_hba.conf entry" in text or "permission denied for database" in text:
        return NOT_ALLOWED
    if "lock timeout" in text or "could not obtain lock" in text or "deadlock detected" in text:
        return BUSY
    return None


_UNREACHABLE_TEXT = (
    "connection refused", "could not connect", "connection failed", "failed to resolve host",
    "could not translate host name", "timeout expired", "server closed the connection",
    "terminating connection", "connection is closed", "connection is lost", "consuming input failed",
    "the database system is",  # … starting up / shutting down / in recovery mode
)


def server_error_kind(exc: BaseException) -> str | None:
    """What *exc* means for the person (:data:`UNREACHABLE`, :data:`BUSY`, …), or None for a bug."""
    if getattr(exc, "connection_invalidated", False):  # SQLAlchemy found the connection dead
        return UNREACHABLE
    text = str(_driver_error(exc)).lower()
    state = _sqlstate(exc)
    if state is not None:
        return _kind_by_state(state, text)
    kind = _kind_by_text(text)
    if kind is not None:
        return kind
    if connection_lost(exc) or any(phrase in text for phrase in _UNREACHABLE_TEXT):
        return UNREACHABLE
    return None


def server_error_for(exc: BaseException, where: str) -> UserError | None:
    """The message for a database server's error the person can act on, or None for anything else.

    Covers what :func:`desktop.db.failures.user_error_for` (written for a file) does not:
    the server cannot be reached or the connection dropped, the login or the database name
    is wrong, this PC may not connect, a row stayed locked by another PC past the lock timeout.
    """
    kind = server_error_kind(exc)
    if kind == LOGIN:
        message = tr("Database", "数据库服务器 {0} 拒绝登录：用户名或密码不对。请检查数据库地址中的用户名和密码，或联系管理员。")
    elif kind == NO_DATABASE:
        message = tr("Database", "数据库 {0} 在服务器上不存在。请检查数据库地址中的数据库名，或请管理员先建立它。")
    elif kind == NOT_ALLOWED:
        message = tr("Database", "数据库服务器不允许这台电脑连接 {0}。请联系管理员开通访问权限。")
    elif kind == BUSY:
        message = tr("Database", "数据库 {0} 正被另一台电脑占用（正在保存）。请稍等几秒后再试。")
    elif kind == UNREACHABLE:
        message = tr("Database", "无法连接数据库服务器 {0}。服务器可能未启动或网络已断开，请检查网络连接或联系管理员。")
    else:
        return None
    return DatabaseUnavailableError(message.format(where))
