"""The duban command: init, info, and one clear line for every bad input."""

import hashlib
import os
import sqlite3
import subprocess
import sys

import pytest

from desktop.cli import EXIT_OK, EXIT_USER_ERROR, main
from desktop.db.revisions import HEAD_REVISION

from backends import execute, is_url


def digest(target):
    """A file's bytes; on a server, what any write of Duban's would change (its facts, revision, log)."""
    if is_url(target):
        return repr(
            execute(target, "SELECT key, value FROM duban_meta ORDER BY key")
            + execute(target, "SELECT version_num FROM alembic_version")
            + execute(target, "SELECT count(*), max(id) FROM audit_entry")
        )
    return hashlib.sha256(target.read_bytes()).hexdigest()


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_with_the_plan_then_info(new_target, capsys):
    path = new_target
    code, out, err = run(capsys, "init", str(path))
    assert code == EXIT_OK and err == ""
    assert "2022" in out and str(path) in out
    code, out, err = run(capsys, "info", str(path))
    assert code == EXIT_OK
    assert f"架构版本：{HEAD_REVISION}" in out
    assert "柳科通〔2022〕20号" in out
    assert "  task: 2" in out
    assert "  person: 21" in out
    assert "  inspection: 7" in out
    assert "  quota_rule: 5" in out


def test_init_empty(new_target, capsys):
    path = new_target
    code, out, _ = run(capsys, "init", str(path), "--empty")
    assert code == EXIT_OK and "空数据库" in out
    code, out, _ = run(capsys, "info", str(path))
    assert "计划：无" in out
    assert "  task: 0" in out


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("错误：")
    assert "Traceback" not in err
    return lines[0]


def test_info_on_a_missing_file(tmp_path, capsys):
    code, out, err = run(capsys, "info", str(tmp_path / "nope.duban"))
    assert code == EXIT_USER_ERROR and out == ""
    assert "找不到文件" in one_line_error(err)
    assert not (tmp_path / "nope.duban").exists()


def test_info_on_a_file_that_is_not_sqlite(tmp_path, capsys):
    path = tmp_path / "报表.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    before = digest(path)
    code, _, err = run(capsys, "info", str(path))
    assert code == EXIT_USER_ERROR
    assert "不是 SQLite 数据库" in one_line_error(err)
    assert digest(path) == before


def test_info_on_a_duban_named_file_that_is_not_a_database(tmp_path, capsys):
    path = tmp_path / "x.duban"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    code, _, err = run(capsys, "info", str(path))
    line = one_line_error(err)
    assert code == EXIT_USER_ERROR
    assert "x.duban 不是督办台数据库文件（可能已损坏，或是别的文件改了扩展名）" in line
    assert "扩展名为 .duban 的文件" not in line


def test_info_on_another_programs_database(tmp_path, capsys):
    path = tmp_path / "calibre.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT)")
    raw.commit()
    raw.close()
    before = digest(path)
    code, _, err = run(capsys, "info", str(path))
    assert code == EXIT_USER_ERROR
    assert "其他程序的数据库" in one_line_error(err)
    assert digest(path) == before
    code, _, err = run(capsys, "init", str(path))
    assert code == EXIT_USER_ERROR and "已存在" in one_line_error(err)
    assert digest(path) == before


def test_info_on_a_newer_schema_says_which_version_may_write_it(sample_target, capsys):
    execute(sample_target, "UPDATE alembic_version SET version_num = '0099'")
    execute(sample_target, "UPDATE duban_meta SET value = '9.0' WHERE key = 'min_writer_version'")
    before = digest(sample_target)
    code, out, _ = run(capsys, "info", str(sample_target))
    assert code == EXIT_OK
    assert "架构版本：0099" in out
    assert "需要 Duban 9.0 或更新版本才能修改" in out
    assert digest(sample_target) == before


@pytest.mark.sqlite_only(reason="the file's bytes and modification time")
def test_info_does_not_write_even_to_a_good_file(sample_path, capsys):
    before = digest(sample_path)
    mtime = os.stat(sample_path).st_mtime_ns
    assert run(capsys, "info", str(sample_path))[0] == EXIT_OK
    assert digest(sample_path) == before
    assert os.stat(sample_path).st_mtime_ns == mtime


def test_init_into_a_missing_folder(tmp_path, capsys):
    code, _, err = run(capsys, "init", str(tmp_path / "no" / "such" / "a.duban"))
    assert code == EXIT_USER_ERROR
    assert "不存在" in one_line_error(err)
    assert not (tmp_path / "no").exists()


def test_init_on_a_full_disk_leaves_no_half_file(tmp_path, capsys, monkeypatch):
    def full(connection):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("desktop.db.schema.upgrade", full)
    folder = tmp_path / "share"
    folder.mkdir()
    code, _, err = run(capsys, "init", str(folder / "a.duban"))
    assert code == EXIT_USER_ERROR
    assert "磁盘已满" in one_line_error(err)
    assert list(folder.iterdir()) == []


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["init"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["info", "a", "b"])
    assert info.value.code == 2


def test_the_installed_command_and_module_entry(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DUBAN_HOME=str(tmp_path / "home"))
    path = tmp_path / "cli.duban"
    done = subprocess.run([sys.executable, "-m", "desktop", "init", str(path)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    smoke = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke-test", str(path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert smoke.returncode == 0, smoke.stderr
    assert "Traceback" not in smoke.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "desktop", "info", str(tmp_path / "missing.duban")], capture_output=True, text=True, env=env
    )
    assert bad.returncode == 1
    assert bad.stderr.strip().startswith("错误：找不到文件")
