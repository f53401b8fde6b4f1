"""duban backup / check / restore: what they print and their exit codes."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, EXIT_USER_ERROR
from desktop.db.backup import list_backups
from desktop.db.lockfile import lock_path
from desktop.db.revisions import HEAD_REVISION
from backup_files import add_session, corrupt_a_middle_page, execute, task_title
from test_cli import one_line_error, run

pytestmark = pytest.mark.sqlite_only(reason="backups, restores and checks are of SQLite files")


def test_backup_prints_the_verified_backup(sample_path, tmp_path, capsys):
    code, out, err = run(capsys, "backup", str(sample_path), "--to", str(tmp_path / "b"))
    assert code == EXIT_OK and err == ""
    [made] = list_backups(sample_path, tmp_path / "b")
    assert made.reason == "manual" and made.verified
    assert f"已备份到：{made.path}" in out
    assert "已通过检查" in out


def test_backup_goes_to_the_default_folder(sample_path, duban_home, capsys):
    code, out, _ = run(capsys, "backup", str(sample_path))
    assert code == EXIT_OK
    assert str(duban_home / "backups") in out


def test_backup_of_a_damaged_file_fails_in_one_line(sample_path, tmp_path, capsys):
    corrupt_a_middle_page(sample_path)
    code, out, err = run(capsys, "backup", str(sample_path), "--to", str(tmp_path / "b"))
    assert code == EXIT_USER_ERROR and out == ""
    assert "没有通过检查" in one_line_error(err)
    assert not any(p.is_file() for p in (tmp_path / "b").rglob("*"))


def test_check_a_sound_file(sample_path, capsys):
    add_session(sample_path, heartbeat=dt.datetime.now())
    code, out, err = run(capsys, "check", str(sample_path))
    assert code == EXIT_OK and err == ""
    assert "完整性检查（integrity_check）：正常" in out
    assert "外键检查（foreign_key_check）：正常" in out
    assert f"架构版本：{HEAD_REVISION}（本程序支持到 {HEAD_REVISION}）" in out
    assert "日志模式（journal_mode）：delete" in out
    assert "打开的会话：1 个" in out and "张三（计算机 PC-07，进程 4242" in out
    assert "写入锁：无" in out and "日志文件（-journal）：无" in out
    assert "结论：数据库完好。" in out


def test_check_a_damaged_file(sample_path, capsys):
    corrupt_a_middle_page(sample_path)
    code, out, err = run(capsys, "check", str(sample_path))
    assert code == EXIT_USER_ERROR
    assert "完整性检查（integrity_check）：发现" in out
    assert "结论：数据库有问题" in out and "duban restore" in out


def test_check_with_a_stale_lock_and_a_journal(sample_path, capsys):
    lock = lock_path(sample_path)
    lock.write_text('{"host": "PC-07", "user": "张三", "pid": 4242, "time": "2022-06-27T09:00:00", "token": "t"}', encoding="utf-8")
    old = time.time() - 300
    os.utime(lock, (old, old))
    journal = Path(str(sample_path) + "-journal")
    journal.write_bytes(b"\x00" * 1024)
    code, out, _ = run(capsys, "check", str(sample_path))
    assert code == EXIT_OK
    assert "张三@PC-07（进程 4242）" in out and "已过期" in out
    assert "日志文件（-journal）：" in out and "1024 字节" in out and "不要删除" in out
    assert journal.read_bytes() == b"\x00" * 1024 and lock.exists()


def test_check_a_missing_file(tmp_path, capsys):
    code, out, err = run(capsys, "check", str(tmp_path / "nope.duban"))
    assert code == EXIT_USER_ERROR and out == ""
    assert "找不到文件" in one_line_error(err)
    assert not (tmp_path / "nope.duban").exists()


@pytest.mark.parametrize("verb", ["check", "backup"])
def test_a_server_database_is_the_servers_business(verb, capsys):
    code, out, err = run(capsys, verb, "postgresql://duban@db.example/duban")
    assert code == EXIT_USER_ERROR and out == ""
    assert "pg_dump" in one_line_error(err)


def test_restore_and_its_refusal(sample_path, tmp_path, capsys):
    folder = tmp_path / "b"
    code, _, _ = run(capsys, "backup", str(sample_path), "--to", str(folder))
    assert code == EXIT_OK
    [made] = list_backups(sample_path, folder)
    original = task_title(sample_path)
    execute(sample_path, "UPDATE task SET title = '改过的标题' WHERE code = '2-1'")

    add_session(sample_path, heartbeat=dt.datetime.now())
    code, out, err = run(capsys, "restore", str(made.path), str(sample_path))
    assert code == EXIT_USER_ERROR and out == ""
    assert "PC-07" in one_line_error(err)
    assert task_title(sample_path) == "改过的标题"

    code, out, err = run(capsys, "restore", str(made.path), str(sample_path), "--force")
    assert code == EXIT_OK and err == ""
    assert task_title(sample_path) == original
    assert "已用备份" in out and "恢复前的数据已另存为备份" in out
    assert any(b.reason == "before-restore" for b in list_backups(sample_path))


def test_restore_to_a_new_file_and_from_a_missing_backup(sample_path, tmp_path, capsys):
    folder = tmp_path / "b"
    run(capsys, "backup", str(sample_path), "--to", str(folder))
    [made] = list_backups(sample_path, folder)
    target = tmp_path / "new.duban"
    code, out, _ = run(capsys, "restore", str(made.path), str(target))
    assert code == EXIT_OK and "恢复前" not in out
    assert task_title(target) == task_title(sample_path)
    code, out, err = run(capsys, "restore", str(tmp_path / "nope.duban"), str(target))
    assert code == EXIT_USER_ERROR and "找不到文件" in one_line_error(err)
