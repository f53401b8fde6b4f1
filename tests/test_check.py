"""What duban check reports about a file, read-only."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.db.backup import make_backup
from desktop.db.check import check_database
from desktop.db.lockfile import lock_path
from desktop.errors import UserError

from backup_files import HOT_JOURNAL, add_session, corrupt_a_middle_page, execute

pytestmark = pytest.mark.sqlite_only(reason="backups, restores and checks are of SQLite files")


def test_check_a_sound_file(sample_path):
    now = dt.datetime.now()
    add_session(sample_path, heartbeat=now - dt.timedelta(seconds=10), sid="a")
    add_session(sample_path, user="李四", machine="PC-01", heartbeat=now - dt.timedelta(minutes=30), sid="b")
    report = check_database(sample_path)
    assert report.ok and report.integrity_ok and report.foreign_keys_ok and report.application_id_ok
    assert report.integrity == ["ok"]
    assert report.revision_known and report.revision == report.head_revision
    assert report.journal_mode == "delete"
    assert [(s.os_user, s.machine, s.pid) for s in report.sessions] == [("张三", "PC-07", 4242)]
    assert report.stale_sessions == 1
    assert report.lock.info is None and not report.journal_exists


def test_check_a_file_without_the_session_table(sample_path):
    execute(sample_path, "DROP TABLE duban_session")
    report = check_database(sample_path)
    assert report.ok and report.sessions is None


def test_check_a_damaged_file(sample_path):
    corrupt_a_middle_page(sample_path)
    report = check_database(sample_path)
    assert not report.ok and not report.integrity_ok
    assert report.integrity and report.integrity != ["ok"]


def test_check_reports_a_stale_lock_and_leaves_the_journal_in_place(sample_path):
    lock = lock_path(sample_path)
    lock.write_text(
        '{"host": "PC-07", "user": "张三", "pid": 4242, "time": "2022-06-27T09:00:00.000", "token": "t"}',
        encoding="utf-8",
    )
    old = time.time() - 120
    os.utime(lock, (old, old))
    journal = Path(str(sample_path) + "-journal")
    journal.write_bytes(b"\x00" * 512)  # a journal whose header is zeroed: not hot
    report = check_database(sample_path)
    assert report.ok
    assert report.lock.info.host == "PC-07" and report.lock.info.user == "张三" and report.lock.info.pid == 4242
    assert report.lock.stale and report.lock.info.age_seconds >= 100
    assert report.journal_exists and report.journal_size == 512 and not report.hot_journal
    assert journal.read_bytes() == b"\x00" * 512
    assert lock.exists()



def test_check_reports_a_hot_journal_and_does_not_roll_it_back(sample_path):
    subprocess.run([sys.executable, "-c", HOT_JOURNAL, str(sample_path)], check=True)
    journal = Path(str(sample_path) + "-journal")
    content = journal.read_bytes()
    report = check_database(sample_path)
    assert report.hot_journal and report.open_error and not report.ok
    assert journal.read_bytes() == content
    with pytest.raises(UserError, match="不要删除"):
        make_backup(sample_path, sample_path.parent / "b")
    assert journal.read_bytes() == content
