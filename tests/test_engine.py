"""The shared-file settings: journal mode, durability, locking, no pooled handles; the server's."""

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.pool import NullPool, QueuePool

from desktop.db.database import Database
from desktop.db.target import Target
from desktop.db.engine import create_engine_for
from desktop.db.sqlite import connect_sqlite, sqlite_uri
from desktop.errors import DatabaseFileError, DatabaseUnavailableError
from desktop.models import Department, Plan
from desktop.services.workspace import create_database as create_database_at

SQLITE_FILE = "SQLite's settings and locks for a shared file"


def test_server_connections_are_not_pooled(pg_sample_template, pg_database):
    database = Database.open(pg_database(pg_sample_template))
    assert isinstance(database.engine.pool, NullPool)
    database.close()


@pytest.mark.sqlite_only(reason=SQLITE_FILE)
def test_connection_settings(sample_db):
    with sample_db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "delete"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 10000
    # A small pool: a save does not reopen the file and reread its schema each time.
    assert isinstance(sample_db.engine.pool, QueuePool)


@pytest.mark.sqlite_only(reason=SQLITE_FILE)
def test_file_found_in_wal_mode_is_converted(sample_path):
    raw = sqlite3.connect(sample_path)
    assert raw.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    raw.close()
    database = Database.open(sample_path)
    with database.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "delete"
    database.close()
    assert not sample_path.with_name(sample_path.name + "-wal").exists()


@pytest.mark.sqlite_only(reason=SQLITE_FILE)
def test_write_session_takes_the_write_lock_at_begin(sample_db, sample_path):
    other = sqlite3.connect(sample_path, timeout=0, isolation_level=None)
    with sample_db.write() as session:
        # Nothing written yet, but BEGIN IMMEDIATE already holds the RESERVED lock.
        session.execute(text("SELECT 1"))
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


@pytest.mark.sqlite_only(reason=SQLITE_FILE)
def test_read_session_does_not_block_writers(sample_db, sample_path):
    other = sqlite3.connect(sample_path, timeout=0, isolation_level=None)
    with sample_db.read() as session:
        session.execute(text("SELECT count(*) FROM task")).scalar()
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    other.close()


@pytest.mark.sqlite_only(reason=SQLITE_FILE)
def test_write_while_another_pc_holds_the_lock_is_a_clear_message(sample_path, monkeypatch):
    monkeypatch.setattr("desktop.db.sqlite.BUSY_TIMEOUT_SECONDS", 0.2)
    database = Database.open(sample_path)
    other = sqlite3.connect(sample_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseUnavailableError, match="另一台电脑"):
            with database.write() as session:
                session.add(Department(plan_id=1, name="新科室", kind="section"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    with database.read() as session:
        assert session.query(Department).filter_by(name="新科室").count() == 0
    database.close()


@pytest.mark.sqlite_only(reason="a file on a network drive that vanished")
def test_a_vanished_file_is_not_recreated(sample_path):
    database = Database.open(sample_path)
    sample_path.unlink()
    with pytest.raises(DatabaseUnavailableError, match="网络驱动器"):
        with database.read() as session:
            session.get(Plan, 1)
    assert not sample_path.exists()
    database.close()


def test_sqlite_uri_handles_chinese_spaces_drive_letters_and_unc():
    from pathlib import PureWindowsPath

    assert sqlite_uri("/数据/督 办.duban", "rw") == "file:///%E6%95%B0%E6%8D%AE/%E7%9D%A3%20%E5%8A%9E.duban?mode=rw"
    assert sqlite_uri(PureWindowsPath(r"C:\data\a.duban"), "ro") == "file:///C:/data/a.duban?mode=ro"
    assert sqlite_uri(PureWindowsPath(r"\\server\share\a#1.duban"), "rw") == "file:////server/share/a%231.duban?mode=rw"


def test_connect_with_unusual_file_name(tmp_path):
    path = tmp_path / "督办 台#1?.duban"
    connection = connect_sqlite(path, "rwc")
    connection.execute("CREATE TABLE t (x)")
    connection.close()
    assert path.exists()


def test_target_parsing(tmp_path):
    assert Target.parse(tmp_path / "a.duban").path == tmp_path / "a.duban"
    assert Target.parse(f"sqlite:///{tmp_path}/b.duban").path == tmp_path / "b.duban"
    server = Target.parse("postgresql://duban:secret@db.example/duban")
    assert server.path is None
    assert "secret" not in server.display()


def test_database_reached_by_url_goes_through_the_same_layer(tmp_path):
    # A URL target (as PostgreSQL will be) exercised with SQLite's driver, which is always present.
    target = Target(url=f"sqlite:///{tmp_path / 'server.db'}")
    created = create_database_at(target)
    created.close()
    database = Database.open(target)
    with database.read() as session:
        assert session.query(Plan).count() == 1
    assert isinstance(database.engine.pool, NullPool)
    database.close()
    with pytest.raises(DatabaseFileError, match="已经有数据"):
        Database.create(target)


def test_url_of_a_missing_driver_is_a_clear_message():
    with pytest.raises(DatabaseUnavailableError, match="驱动"):
        create_engine_for(Target.parse("nosuchdb://u:p@localhost/duban"))


def test_open_an_empty_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "empty.duban"
    sqlite3.connect(path).close()
    path.write_bytes(b"")
    with pytest.raises(DatabaseFileError, match="不是督办台数据库文件"):
        Database.open(path)


# -- PostgreSQL: the same layer over a server ---------------------------------------------------


def test_a_plain_postgresql_url_uses_psycopg_3():
    engine = create_engine_for(Target.parse("postgresql://duban@db.example:5432/duban"))
    assert engine.dialect.driver == "psycopg"
    assert isinstance(engine.pool, NullPool)


def test_server_errors_become_messages_a_person_can_act_on():
    from desktop.db.engine import server_error_for

    where = "postgresql+psycopg://duban@db.example/duban"
    cases = {
        'connection failed: FATAL:  password authentication failed for user "duban"': "用户名或密码",
        'connection failed: FATAL:  role "zhang" does not exist': "用户名或密码",
        'connection failed: FATAL:  database "duban" does not exist': "不存在",
        "connection failed: connection to server at \"10.0.0.5\", port 5432 failed: Connection refused": "无法连接",
        "failed to resolve host 'db.example': [Errno -2] Name or service not known": "无法连接",
        "connection timeout expired": "无法连接",
        "server closed the connection unexpectedly": "无法连接",
        "canceling statement due to lock timeout": "另一台电脑",
        'FATAL:  no pg_hba.conf entry for host "10.0.0.9"': "管理员",
    }
    for message, words in cases.items():
        error = server_error_for(RuntimeError(message), where)
        assert error is not None and words in error.message, message
        assert where in error.message
    for bug in ('duplicate key value violates unique constraint "uq_plan_doc_number"', 'column "database_id" does not exist'):
        assert server_error_for(RuntimeError(bug), where) is None  # a bug stays a bug


def test_a_server_that_is_down_is_a_clear_message(pg_server):
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = pg_server.url.set(port=port, database="duban").render_as_string(hide_password=False)
    with pytest.raises(DatabaseUnavailableError, match="无法连接数据库服务器"):
        Database.open(url)


def test_an_unknown_database_or_login_is_a_clear_message(pg_server):
    with pytest.raises(DatabaseUnavailableError, match="不存在"):
        Database.open(pg_server.url_of("duban_no_such_database"))
    wrong_user = pg_server.url.set(username="nobody_here", database="postgres").render_as_string(hide_password=False)
    with pytest.raises(DatabaseUnavailableError, match="用户名或密码"):
        Database.open(wrong_user)


def test_a_server_database_without_duban_is_refused_or_created(pg_database):
    url = pg_database()
    with pytest.raises(DatabaseFileError, match="没有 Duban 数据"):
        Database.open(url)
    create_database_at(url, with_sample=False).close()
    with pytest.raises(DatabaseFileError, match="已经有数据"):
        Database.create(url)


def test_a_row_another_pc_keeps_locked_is_a_clear_message(pg_sample_template, pg_database, monkeypatch):
    from sqlalchemy import create_engine

    monkeypatch.setattr("desktop.db.engine.LOCK_TIMEOUT_SECONDS", 0.2)
    url = pg_database(pg_sample_template)
    database = Database.open(url)
    other = create_engine(url, poolclass=NullPool)
    try:
        with other.begin() as connection:
            connection.execute(text("SELECT id FROM task WHERE code = '2-1' FOR UPDATE"))  # another PC saving
            with pytest.raises(DatabaseUnavailableError, match="另一台电脑"):
                with database.write() as session:
                    session.execute(text("UPDATE task SET special_group = 'x' WHERE code = '2-1'"))
    finally:
        other.dispose()
        database.close()


def test_a_database_dropped_on_the_server_is_a_clear_message(pg_server, pg_sample_template, pg_database):
    database = Database.open(pg_database(pg_sample_template))
    pg_server.drop(database.engine.url.database)
    with pytest.raises(DatabaseUnavailableError, match="不存在"):
        with database.read() as session:
            session.get(Plan, 1)
    database.close()


def test_read_only_writes_nothing(sample_target):
    database = Database.open_read_only(sample_target)
    try:
        with database.read() as session:
            assert session.query(Plan).count() == 1
        with pytest.raises(DatabaseUnavailableError):
            with database.write():
                pass
    finally:
        database.close()


def test_server_errors_are_classified_by_error_class_and_sqlstate_not_text():
    import psycopg
    from psycopg import errors
    from sqlalchemy.exc import DBAPIError, OperationalError

    from desktop.db.server_errors import connection_lost, server_error_for

    where = "postgresql+psycopg://duban@db.example/duban"
    # Messages in another language than the phrases Duban knows: only the SQLSTATE tells.
    by_state = {
        "08006": ("无法连接", True),  # connection_failure
        "08003": ("无法连接", True),  # connection_does_not_exist
        "08001": ("无法连接", True),  # sqlclient_unable_to_establish_sqlconnection
        "57P01": ("无法连接", True),  # admin_shutdown: the server is being restarted
        "57P02": ("无法连接", True),  # crash_shutdown
        "57P03": ("无法连接", True),  # cannot_connect_now: starting up
        "55P03": ("另一台电脑", False),  # lock_not_available
        "40P01": ("另一台电脑", False),  # deadlock_detected
        "40001": ("另一台电脑", False),  # serialization_failure
        "28P01": ("用户名或密码", False),  # invalid_password
        "28000": ("用户名或密码", False),  # invalid_authorization_specification
        "3D000": ("不存在", False),  # invalid_catalog_name
    }
    for state, (words, lost) in by_state.items():
        driver_error = errors.lookup(state)("Verbindung zum Server abgebrochen")
        assert driver_error.sqlstate == state
        wrapped = OperationalError("COMMIT", None, driver_error)  # as SQLAlchemy hands it over
        for exc in (driver_error, wrapped):
            error = server_error_for(exc, where)
            assert isinstance(error, DatabaseUnavailableError) and words in error.message, (state, exc)
            assert where in error.message
            assert connection_lost(exc) is lost, state
    no_entry = errors.lookup("28000")('no pg_hba.conf entry for host "10.0.0.9", user "duban", database "duban"')
    assert "管理员" in server_error_for(no_entry, where).message

    # psycopg reports a dead connection as an OperationalError without a SQLSTATE, whatever its text.
    for message in ("the connection is lost", "consuming input failed: EOF", "die Verbindung ist weg"):
        for exc in (psycopg.OperationalError(message), OperationalError("ROLLBACK", None, psycopg.OperationalError(message))):
            assert connection_lost(exc), message
            assert "无法连接" in server_error_for(exc, where).message, message
    # SQLAlchemy found the connection dead: whatever the driver's error, the save did not finish.
    invalidated = DBAPIError("SELECT 1", None, errors.lookup("XX000")("internal"), connection_invalidated=True)
    assert connection_lost(invalidated) and "无法连接" in server_error_for(invalidated, where).message

    # Bugs stay bugs, and neither a SQLite error nor a failed login is taken for a dropped connection.
    for bug in (errors.lookup("23505")("duplicate key value"), errors.lookup("42703")('column "x" does not exist'),
                psycopg.InterfaceError("the cursor is closed")):
        assert server_error_for(bug, where) is None and not connection_lost(bug), bug
    locked = sqlite3.OperationalError("database is locked")
    assert not connection_lost(locked) and not connection_lost(OperationalError("BEGIN", None, locked))
    login = psycopg.OperationalError('connection failed: FATAL:  password authentication failed for user "duban"')
    assert "用户名或密码" in server_error_for(login, where).message  # a connection attempt carries no SQLSTATE


def test_a_driver_cursors_error_becomes_a_message_too():
    from psycopg import errors

    from desktop.db.database import translated_errors

    where = "postgresql+psycopg://duban@db.example/duban"
    with pytest.raises(DatabaseUnavailableError, match="无法连接数据库服务器") as caught:
        with translated_errors(where):
            raise errors.AdminShutdown("terminating connection due to administrator command")
    assert isinstance(caught.value.__cause__, errors.AdminShutdown)
    with pytest.raises(errors.UniqueViolation):  # a bug is not dressed up as a message
        with translated_errors(where):
            raise errors.UniqueViolation("duplicate key value violates unique constraint")
