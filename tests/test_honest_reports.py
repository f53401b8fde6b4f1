"""Saying what really happened: ``info`` on an interrupted save, ``check`` on a WAL file, I/O errors vs read-only.

* ``duban info`` writes nothing, not even the rollback of a save that was interrupted: it says
  so and exits 1, leaving the file and its journal byte for byte as they were;
* ``duban check`` does not call a file in WAL mode sound: it flags it and says Duban's next
  write converts it back (and after that write it is sound);
* SQLite's "readonly" after an I/O error on the share (its unix VFS reopens the file read-only
  when opening it for writing fails) is reported as an I/O error, "read-only" only when the
  file truly is, and a file replaced under an open database as such.
"""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, EXIT_USER_ERROR, main
from desktop.db import failures
from desktop.db.database import Database
from desktop.errors import DatabaseUnavailableError
from desktop.models import Meta

from faults.harness import fuse_share
from backup_files import HOT_JOURNAL
from test_cli import one_line_error

pytestmark = pytest.mark.sqlite_only(reason="journals, WAL and the unix VFS are SQLite's")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_info_leaves_an_interrupted_save_alone_and_says_so(sample_path, capsys):
    subprocess.run([sys.executable, "-c", HOT_JOURNAL, str(sample_path)], check=True)
    journal = Path(str(sample_path) + "-journal")
    before = (sample_path.read_bytes(), journal.read_bytes())
    code, out, err = run(capsys, "info", sample_path)
    assert code == EXIT_USER_ERROR and out == ""
    line = one_line_error(err)
    assert "上次保存时被中断" in line and "没有恢复" in line and "用督办台打开" in line and "不要删除" in line
    assert (sample_path.read_bytes(), journal.read_bytes()) == before
    # Opening it in Duban recovers it, as the message says; info then reads it.
    Database.open(sample_path).close()
    assert not journal.exists()
    code, out, _ = run(capsys, "info", sample_path)
    assert code == EXIT_OK and "  task: 2" in out


def _to_wal(path: Path) -> None:
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    connection.execute("INSERT INTO duban_meta (key, value) VALUES ('in_wal', '1')")
    connection.commit()
    connection.close()


def test_check_flags_a_file_in_wal_mode_and_the_next_write_converts_it(sample_path, capsys):
    _to_wal(sample_path)
    code, out, _ = run(capsys, "check", sample_path)
    assert code == EXIT_USER_ERROR
    assert "日志模式（journal_mode）：wal" in out
    assert "数据库完好" not in out
    assert "WAL 日志模式" in out and "下次写入时会把它改回 DELETE 模式" in out
    database = Database.open(sample_path)
    try:
        with database.write(note="t") as session:
            session.merge(Meta(key="after_wal", value="1"))
    finally:
        database.close()
    code, out, _ = run(capsys, "check", sample_path)
    assert code == EXIT_OK and "日志模式（journal_mode）：delete" in out and "结论：数据库完好。" in out


def _readonly_error(path: Path) -> sqlite3.OperationalError:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        connection.execute("INSERT INTO duban_meta (key, value) VALUES ('x', 'y')")
    except sqlite3.OperationalError as exc:
        assert exc.sqlite_errorname == "SQLITE_READONLY"
        return exc
    finally:
        connection.close()
    raise AssertionError("the write went through")


def test_read_only_is_said_only_when_the_file_is(sample_path, monkeypatch):
    exc = _readonly_error(sample_path)
    # The file may be written: SQLite was read-only because opening it for writing failed.
    error = failures.read_only_error(exc, str(sample_path), sample_path)
    assert "I/O 错误" in error.message and "是只读的" not in error.message
    assert error.io_failure
    # The file cannot even be looked at: the share is failing.
    error = failures.read_only_error(exc, "x", sample_path.with_name("vanished.duban"))
    assert "I/O 错误" in error.message
    # The file truly is read-only (root may write anything, so the permission is pretended).
    monkeypatch.setattr(failures.os, "access", lambda path, mode: False)
    error = failures.read_only_error(exc, str(sample_path), sample_path)
    assert "是只读的" in error.message and not getattr(error, "io_failure", False)


def test_a_file_replaced_under_an_open_connection_is_said_so(sample_path, tmp_path):
    # The pool hands out no connection to a replaced file; one replaced while in use says so.
    connection = sqlite3.connect(sample_path, isolation_level=None)
    try:
        connection.execute("SELECT count(*) FROM task").fetchone()
        sample_path.rename(tmp_path / "moved.duban")
        with pytest.raises(sqlite3.OperationalError) as raised:
            connection.execute("INSERT INTO duban_meta (key, value) VALUES ('x', 'y')")
    finally:
        connection.close()
    assert raised.value.sqlite_errorname == "SQLITE_READONLY_DBMOVED"
    error = failures.read_only_error(raised.value, str(sample_path), sample_path)
    assert "被移动、改名或替换" in error.message and error.io_failure


def test_an_io_error_on_the_share_is_not_called_read_only(sample_path, tmp_path):
    with fuse_share(tmp_path, sample_path) as mount:
        database = Database.open(tmp_path / "mnt" / "shared.duban")
        try:
            assert not database.read_only
            with database.write(note="t") as session:
                session.merge(Meta(key="before", value="1"))
            mount.fail("open-rw")
            database.close()  # drops its connections: the next save opens the file anew, as after a dropped connection
            with pytest.raises(DatabaseUnavailableError) as raised:
                with database.write(note="t") as session:
                    session.merge(Meta(key="during", value="1"))
            assert "readonly" in str(raised.value.__cause__).lower()  # what SQLite said
            assert "I/O 错误" in raised.value.message and "网络驱动器可能已断开" in raised.value.message
            assert "是只读的" not in raised.value.message
            assert database.io_error_seen
            mount.heal()
            with database.write(note="t") as session:
                session.merge(Meta(key="after", value="1"))
            assert {"before", "after"} <= set(database.meta()) and "during" not in database.meta()
        finally:
            database.close()
