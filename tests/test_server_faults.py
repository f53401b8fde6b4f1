"""A PostgreSQL server that goes away in the middle of a save, and what the PC does about it.

As for a file on a share (tests/test_network_faults.py), the "PC" is a separate process
(tests/faults/worker.py ``session``) running Duban's own save path: ``reports.add_report(...,
save_id=...)`` through ``Database.write``; a save the database refused with
``DatabaseUnavailableError`` is kept in the recovery file, as the window keeps it, and replayed.

The save is stopped inside its write transaction (tests/faults/pgfaults.py): before the report
is inserted through the driver cursor, before the save id and revision are, or right before COMMIT. Meanwhile the server is stopped and started again with ``pg_ctl`` (a restart, as an
administrator does it; a fast shutdown ends every session with SQLSTATE 57P01), or only this
PC's session is ended with ``pg_terminate_backend``. For the uncertain commit, a TCP proxy lets
the COMMIT reach the server and cuts the connection before the answer comes back.

Every time, the person must get Duban's "cannot reach the server" message (no psycopg or
SQLAlchemy error), the edit must be in the recovery file, and the replay must save it exactly
once, also when the first commit had in fact landed.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from backends import scalar
from conftest import _pg_unavailable
from faults.harness import Worker
from desktop.services.recovery import RecoveryFile
from faults.pgfaults import PAUSE_POINTS, CommitCutProxy, ServerControl

UNREACHABLE = "无法连接数据库服务器"


def _admin_scalar(pg_server, sql: str, params: dict | None = None):
    with pg_server.engine.connect() as connection:
        return connection.execute(text(sql), params or {}).scalar()


def _count_saved(url: str, save_id: str, report_text: str) -> tuple[int, int]:
    """(rows of the save id in duban_save, reports with this text), read behind Duban's back."""
    saves = scalar(url, "SELECT count(*) FROM duban_save WHERE save_id = :s", {"s": save_id})
    reports = scalar(url, "SELECT count(*) FROM progress_report WHERE text = :t", {"t": report_text})
    return saves, reports


def _through(url: str, port: int) -> str:
    """*url* reached through the proxy listening on *port*."""
    return make_url(url).set(host="127.0.0.1", port=port).render_as_string(hide_password=False)


def _assert_kept_as_unreachable(lost: dict) -> None:
    assert lost["ok"] is False, lost
    error = lost["error"]
    assert (error["module"], error["type"]) == ("desktop.errors", "DatabaseUnavailableError"), lost
    assert error["message"].startswith(UNREACHABLE), lost
    # Duban's message, not the driver's text ("the connection is lost", "server closed the connection…").
    assert "connection" not in error["message"] and "error" not in error["message"].lower(), lost
    assert lost["pending"] == 1, lost  # the edit is in the recovery file


@pytest.fixture
def session_on(tmp_path):
    """Starts the ``session`` worker on a database URL with a recovery folder; closed after the test."""
    workers = []

    def start(url: str) -> Worker:
        worker = Worker("session")
        workers.append(worker)
        worker.expect("loaded")
        opened = worker.request(cmd="open", path=url, recovery=str(tmp_path / "recovery"))
        assert opened["ok"], opened
        first = worker.request(cmd="save_report", text="服务器正常时的进展")
        assert first["ok"], first
        return worker

    yield start
    for worker in workers:
        worker.close()


@pytest.fixture
def server_control(pg_server):
    control, why = ServerControl.find(_admin_scalar(pg_server, "SHOW data_directory"))
    if control is None:
        _pg_unavailable(why)
    yield control
    if not control.running():  # never leave the other tests without their server
        control.start()


@pytest.mark.parametrize("pause_at", PAUSE_POINTS)
def test_postgresql_server_restarted_mid_save_the_edit_replayed_once(
    pg_sample_template, pg_database, session_on, server_control, pause_at, tmp_path
):
    url = pg_database(pg_sample_template)
    session = session_on(url)
    session.send(json.dumps({"cmd": "save_report", "text": "服务器重启时填写的进展", "pause_at": pause_at}))
    assert session.expect("paused")["at"] == pause_at
    server_control.stop()  # the administrator restarts the server: down first ...
    session.send("go")
    lost = session.read()
    _assert_kept_as_unreachable(lost)
    kept = RecoveryFile("faults", folder=tmp_path / "recovery").entries()
    assert [(e.save_id, e.payload["text"]) for e in kept] == [(lost["save_id"], "服务器重启时填写的进展")]

    still_down = session.request(cmd="replay")
    assert still_down["applied"] == [] and still_down["pending"] == 1, still_down
    assert UNREACHABLE in (still_down["unreachable"] or ""), still_down
    assert session.proc.poll() is None  # the process keeps running

    server_control.start()  # ... and up again
    assert _count_saved(url, lost["save_id"], "服务器重启时填写的进展") == (0, 0)  # the commit did not land
    back = session.request(cmd="replay")
    assert back["applied"] == [lost["save_id"]] and back["pending"] == 0, back
    again = session.request(cmd="replay")
    assert again["applied"] == [] and again["already"] == [] and again["pending"] == 0, again
    assert _count_saved(url, lost["save_id"], "服务器重启时填写的进展") == (1, 1)
    assert session.request(cmd="save_report", text="服务器恢复后的进展")["ok"]


@pytest.mark.parametrize("pause_at", PAUSE_POINTS)
def test_a_session_ended_by_the_server_mid_save_keeps_the_edit_and_replays_it_once(
    pg_server, pg_sample_template, pg_database, session_on, pause_at
):
    url = pg_database(pg_sample_template)
    session = session_on(url)
    session.send(json.dumps({"cmd": "save_report", "text": "连接被断开时填写的进展", "pause_at": pause_at}))
    paused = session.expect("paused")
    # Waits (up to 10 s) until the server process of that session has ended.
    assert _admin_scalar(pg_server, "SELECT pg_terminate_backend(:pid, 10000)", {"pid": paused["backend_pid"]})
    session.send("go")
    lost = session.read()
    _assert_kept_as_unreachable(lost)

    back = session.request(cmd="replay")
    assert back["applied"] == [lost["save_id"]] and back["pending"] == 0, back
    assert _count_saved(url, lost["save_id"], "连接被断开时填写的进展") == (1, 1)
    assert session.request(cmd="save_report", text="连接恢复后的进展")["ok"]


def test_a_commit_that_landed_but_was_not_confirmed_is_replayed_once(
    pg_server, pg_sample_template, pg_database, session_on
):
    url = pg_database(pg_sample_template)
    proxy = CommitCutProxy(pg_server.url.host, pg_server.url.port)
    try:
        through_proxy = _through(url, proxy.port)
        session = session_on(through_proxy)
        proxy.cut_after_next_commit()
        lost = session.request(cmd="save_report", text="提交后连接中断的进展")
        assert proxy.cut.is_set(), "the proxy saw no COMMIT"
        _assert_kept_as_unreachable(lost)
        # The uncertain case: the save is in the database, but the PC was told it was not saved.
        assert _count_saved(url, lost["save_id"], "提交后连接中断的进展") == (1, 1)

        replayed = session.request(cmd="replay")
        assert replayed["already"] == [lost["save_id"]] and replayed["applied"] == [], replayed
        assert replayed["pending"] == 0, replayed
        assert _count_saved(url, lost["save_id"], "提交后连接中断的进展") == (1, 1)  # not twice
    finally:
        proxy.close()



def test_a_dropped_connection_is_thrown_away_not_rolled_back_on_or_reused(
    pg_server, pg_sample_template, pg_database, monkeypatch, caplog
):
    import logging

    from sqlalchemy import event

    import desktop.db.saving
    from desktop.db.database import Database
    from desktop.errors import DatabaseUnavailableError
    from desktop.services import reports

    database = Database.open(pg_database(pg_sample_template))
    invalidated = []
    event.listen(database.engine, "invalidate", lambda dbapi_connection, record, exc: invalidated.append(exc))
    dropped = []
    real_cursor = desktop.db.saving.driver_cursor

    def cursor_of_a_dropped_session(session):
        dbapi_connection = session.connection().connection.dbapi_connection
        dropped.append(dbapi_connection)
        _admin_scalar(pg_server, "SELECT pg_terminate_backend(:pid, 10000)", {"pid": dbapi_connection.info.backend_pid})
        return real_cursor(session)

    monkeypatch.setattr(desktop.db.saving, "driver_cursor", cursor_of_a_dropped_session)
    caplog.set_level(logging.DEBUG)
    try:
        with pytest.raises(DatabaseUnavailableError, match=UNREACHABLE):
            reports.add_report(database, 1, "2026-11", "连接断开", save_id="dropped-save")
        assert len(invalidated) == 1 and dropped[0].closed  # closed by Duban, not handed out again
        # No rollback was tried on it (it would fail, and the pool would log it).
        assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
        monkeypatch.setattr(desktop.db.saving, "driver_cursor", real_cursor)
        reports.add_report(database, 1, "2026-11", "连接恢复", save_id="next-save")
        assert database.save_applied("next-save") and not database.save_applied("dropped-save")
    finally:
        database.close()
