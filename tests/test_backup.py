"""Backups through SQLite's backup API: made, verified, rotated, restored; and duban check's report."""

from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import pytest

from desktop.db import backup
from desktop.db.backup import (
    BackupFolderError,
    BackupVerificationError,
    RestoreRefusedError,
    backup_if_due,
    check_database,
    choose_kept,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
    rotate,
    verify,
)
from desktop.db.lockfile import WriteLock, lock_path, read_lock
from desktop.db.sqlite import SQLITE_APPLICATION_ID
from desktop.errors import DatabaseFileError, UserError

pytestmark = pytest.mark.sqlite_only(reason="backups, restores and checks are of SQLite files")

NOW = dt.datetime(2022, 6, 27, 9, 30, 0)


# -- helpers ----------------------------------------------------------------------------------


def raw(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, timeout=10)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def scalar(path: Path, sql: str, *params):
    connection = raw(path)
    try:
        return connection.execute(sql, params).fetchone()[0]
    finally:
        connection.close()


def execute(path: Path, sql: str, *params) -> None:
    connection = raw(path)
    try:
        connection.execute(sql, params)
    finally:
        connection.close()


def task_title(path: Path) -> str:
    return scalar(path, "SELECT title FROM task WHERE code = '2-1'")


def database_id(path: Path) -> str:
    return scalar(path, "SELECT value FROM duban_meta WHERE key = 'database_id'")


def corrupt_a_middle_page(path: Path) -> int:
    """Flip the cell count of a b-tree page in the middle of the file; returns the page number."""
    connection = raw(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    page_count = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    for page in range(page_count // 2, page_count + 1):
        start = (page - 1) * page_size
        if data[start] in (2, 5, 10, 13):  # an index or table b-tree page
            for offset in range(3, 7):  # number of cells, start of the cell content area
                data[start + offset] ^= 0xFF
            path.write_bytes(bytes(data))
            return page
    raise AssertionError("no b-tree page in the second half of the file")


def add_session(path: Path, *, machine="PC-07", user="张三", pid=4242, heartbeat: dt.datetime, sid="s-1") -> None:
    execute(
        path,
        "INSERT INTO duban_session (id, os_user, machine, pid, app_version, started_at, heartbeat_at, read_only)"
        " VALUES (?, ?, ?, ?, '0.2.0', ?, ?, 0)",
        sid, user, machine, pid, str(heartbeat - dt.timedelta(hours=1)), str(heartbeat),
    )


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


# -- making a backup ----------------------------------------------------------------------------


def test_a_backup_is_a_verified_copy_in_the_databases_own_subfolder(sample_path, tmp_path, monkeypatch):
    def no_file_copies(*args, **kwargs):
        raise AssertionError("a backup must not copy the database file")

    for name in ("copyfile", "copy", "copy2", "copyfileobj"):
        monkeypatch.setattr(shutil, name, no_file_copies)
    folder = tmp_path / "backups"
    info = make_backup(sample_path, folder, now=NOW)

    assert info.path.parent == folder / f"sample-{database_id(sample_path)[:8]}"
    assert info.path.name == "sample-20220627-093000.duban"
    assert info.taken_at == NOW and info.reason == "auto"
    assert info.size == info.path.stat().st_size > 0
    assert info.verified and verify(info.path) == []
    assert scalar(info.path, "PRAGMA journal_mode") == "delete"
    assert scalar(info.path, "PRAGMA application_id") == SQLITE_APPLICATION_ID
    assert scalar(info.path, "PRAGMA integrity_check") == "ok"
    assert task_title(info.path) == task_title(sample_path)
    for table in ("task", "measure", "person", "audit_entry"):
        assert scalar(info.path, f"SELECT count(*) FROM {table}") == scalar(sample_path, f"SELECT count(*) FROM {table}")
    assert files_in(folder) == [info.path.name]  # no temporary file, no -journal left behind
    assert not Path(str(sample_path) + "-journal").exists()


def test_the_default_folder_is_in_the_users_data_folder(sample_path, duban_home):
    info = make_backup(sample_path)
    assert info.path.parent.parent == duban_home / "backups" == backup.default_backup_folder()


def test_a_second_backup_in_the_same_second_gets_a_number(sample_path, tmp_path):
    first = make_backup(sample_path, tmp_path / "b", now=NOW)
    second = make_backup(sample_path, tmp_path / "b", now=NOW)
    third = make_backup(sample_path, tmp_path / "b", now=NOW, reason="manual")
    assert first.path.name == "sample-20220627-093000.duban"
    assert second.path.name == "sample-20220627-093000-2.duban"
    assert third.path.name == "sample-20220627-093000-manual.duban"
    listed = [b.path for b in list_backups(sample_path, tmp_path / "b")]
    assert sorted(listed) == sorted([first.path, second.path, third.path])
    assert listed.index(second.path) < listed.index(first.path)  # the numbered one was made later


def test_two_databases_with_the_same_file_name_do_not_mix(sample_path, tmp_path):
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = other_dir / "sample.duban"
    shutil.copyfile(sample_path, other)
    execute(other, "UPDATE duban_meta SET value = 'ffffffff-0000-0000-0000-000000000000' WHERE key = 'database_id'")
    mine = make_backup(sample_path, tmp_path / "b", now=NOW)
    theirs = make_backup(other, tmp_path / "b", now=NOW)
    assert mine.path.parent != theirs.path.parent
    assert theirs.path.parent.name == "sample-ffffffff"
    assert [b.path for b in list_backups(sample_path, tmp_path / "b")] == [mine.path]
    assert [b.path for b in list_backups(other, tmp_path / "b")] == [theirs.path]


WRITER = textwrap.dedent(
    """
    import sqlite3, sys, os
    path, stop = sys.argv[1], sys.argv[2]
    connection = sqlite3.connect(path, isolation_level=None, timeout=30)
    connection.execute("PRAGMA synchronous = OFF")  # fast writes; the test is about the reader's snapshot
    n = 0
    while not os.path.exists(stop):
        n += 1
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE duban_meta SET value = ? WHERE key = 'stress_a'", (str(n),))
        connection.execute("INSERT INTO stress (n, pad) VALUES (?, randomblob(30000))", (n,))
        connection.execute("UPDATE duban_meta SET value = ? WHERE key = 'stress_b'", (str(n),))
        connection.execute("COMMIT")
    print(n)
    """
)


def stress_state(path: Path) -> tuple[str, str, int, int]:
    connection = raw(path)
    try:
        a = connection.execute("SELECT value FROM duban_meta WHERE key = 'stress_a'").fetchone()[0]
        b = connection.execute("SELECT value FROM duban_meta WHERE key = 'stress_b'").fetchone()[0]
        count, top = connection.execute("SELECT count(*), coalesce(max(n), 0) FROM stress").fetchone()
        return a, b, count, top
    finally:
        connection.close()


def test_the_copy_is_one_snapshot_while_another_process_writes(sample_path, tmp_path):
    connection = raw(sample_path)
    connection.execute("CREATE TABLE stress (n INTEGER PRIMARY KEY, pad BLOB)")
    connection.execute("INSERT INTO duban_meta (key, value) VALUES ('stress_a', '0'), ('stress_b', '0')")
    connection.close()
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(sample_path), str(stop)], stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while stress_state(sample_path)[2] < 20:
            assert writer.poll() is None and time.monotonic() < deadline, "the writer did not get going"
            time.sleep(0.05)
        backups = []
        for second in range(6):
            backups.append(make_backup(sample_path, tmp_path / "b", now=NOW + dt.timedelta(seconds=second)))
            time.sleep(0.05)
        assert writer.poll() is None, "the writer stopped while the backups were made"
    finally:
        stop.touch()
        out, _ = writer.communicate(timeout=30)
    assert writer.returncode == 0
    written = int(out)
    seen = []
    for info in backups:
        a, b, count, top = stress_state(info.path)
        assert a == b == str(count) == str(top), (info.path, a, b, count, top)  # no half of a transaction
        assert info.verified
        seen.append(count)
    assert seen == sorted(seen) and len(set(seen)) > 1, seen  # the writer kept writing between the copies
    assert seen[-1] < written


def test_verification_rejects_a_copy_of_a_damaged_file_and_leaves_nothing(sample_path, tmp_path):
    corrupt_a_middle_page(sample_path)
    assert verify(sample_path)
    folder = tmp_path / "b"
    with pytest.raises(BackupVerificationError) as caught:
        make_backup(sample_path, folder, now=NOW)
    assert "没有通过检查" in caught.value.message and "duban check" in caught.value.message
    assert files_in(folder) == []


def test_a_foreign_key_problem_fails_verification(sample_path, tmp_path):
    connection = raw(sample_path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("UPDATE measure SET task_id = 9999 WHERE id = (SELECT min(id) FROM measure)")
    connection.close()
    with pytest.raises(BackupVerificationError, match="外键"):
        make_backup(sample_path, tmp_path / "b", now=NOW)
    assert files_in(tmp_path / "b") == []


def test_another_programs_database_is_not_backed_up(tmp_path):
    path = tmp_path / "calibre.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE books (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseFileError, match="其他程序"):
        make_backup(path, tmp_path / "b")


def test_a_full_disk_during_the_copy_leaves_nothing_half_written(sample_path, tmp_path, monkeypatch):
    opened = backup._open_destination

    def tiny_disk(path):
        connection = opened(path)
        connection.execute("PRAGMA max_page_count = 3")  # the disk fills up after three pages
        return connection

    monkeypatch.setattr(backup, "_open_destination", tiny_disk)
    folder = tmp_path / "b"
    with pytest.raises(BackupFolderError) as caught:
        make_backup(sample_path, folder, now=NOW)
    assert "磁盘已满" in caught.value.message and "备份文件夹" in caught.value.message
    assert files_in(folder) == []


def test_too_little_free_space_is_found_before_writing(sample_path, tmp_path, monkeypatch):
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10**9, 10**9 - 4096, 4096))
    with pytest.raises(BackupFolderError, match="磁盘已满"):
        make_backup(sample_path, tmp_path / "b", now=NOW)
    assert files_in(tmp_path / "b") == []


def test_a_backup_folder_that_is_a_file(sample_path, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(BackupFolderError, match="不是文件夹"):
        make_backup(sample_path, blocker)
    assert blocker.read_text() == "x"


_AS_USER = """
import os, sys, json
from pathlib import Path
import desktop.db.backup as backup  # loaded while still allowed to read the interpreter's folder
if os.getuid() == 0:
    os.setgroups([]); os.setgid(65534); os.setuid(65534)
try:
    made = backup.make_backup(Path(sys.argv[1]), Path(sys.argv[2]))
except backup.BackupFolderError as error:
    print(json.dumps({"error": error.message, "uid": os.getuid()}))
else:
    print(json.dumps({"error": None, "uid": os.getuid(), "made": str(made.path), "verified": made.verified}))
"""


def _backup_as_user(source: Path, folder: Path, home: Path) -> dict:
    import json

    done = subprocess.run(
        [sys.executable, "-c", _AS_USER, str(source), str(folder)],
        capture_output=True, text=True, timeout=60, env={**os.environ, "DUBAN_HOME": str(home)},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_read_only_backup_folder(sample_template):
    """Run as an ordinary user (root writes anywhere): the folder refuses, the message says so."""
    base = Path(tempfile.mkdtemp(prefix="duban-ro-backup-"))  # pytest's tmp_path is private to root
    try:
        base.chmod(0o755)
        source = base / "shared.duban"
        shutil.copyfile(sample_template, source)
        source.chmod(0o644)
        folder = base / "ro"
        folder.mkdir()
        folder.chmod(0o555)
        before = sorted(p.name for p in base.rglob("*"))
        outcome = _backup_as_user(source, folder, base / "home")
        assert outcome["uid"] != 0
        assert outcome["error"] and "没有写入备份文件夹" in outcome["error"]
        assert sorted(p.name for p in base.rglob("*")) == before  # nothing half-written left behind
    finally:
        for path in [base, *base.rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


def test_a_file_in_a_read_only_folder_is_still_backed_up(sample_template):
    """Someone who may only look (the lock file cannot be created there) may still back up."""
    base = Path(tempfile.mkdtemp(prefix="duban-ro-source-"))  # pytest's tmp_path is private to root
    try:
        base.chmod(0o755)
        shared = base / "share"
        shared.mkdir()
        source = shared / "shared.duban"
        shutil.copyfile(sample_template, source)
        source.chmod(0o644)
        shared.chmod(0o555)
        folder = base / "b"
        folder.mkdir()
        folder.chmod(0o777)
        before = sorted(p.name for p in shared.iterdir())
        outcome = _backup_as_user(source, folder, base / "home")
        assert outcome["uid"] != 0
        assert outcome["error"] is None and outcome["verified"] is True, outcome
        made = Path(outcome["made"])
        assert made.parent.parent == folder and made.is_file()
        assert task_title(made) == task_title(source) and verify(made) == []
        assert sorted(p.name for p in shared.iterdir()) == before  # no lock file, nothing else either
    finally:
        for path in [base, *base.rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


def test_a_backup_waits_for_a_save_holding_the_lock_file(sample_path, tmp_path):
    """Where the share's byte-range locks do not work, the lock file is all that keeps a copy whole."""
    folder = tmp_path / "b"
    made = []
    with WriteLock(sample_path):  # a save on another PC, in the middle of its transaction
        copying = threading.Thread(target=lambda: made.append(make_backup(sample_path, folder, now=NOW)))
        copying.start()
        copying.join(0.5)
        assert copying.is_alive() and not made
        execute(sample_path, "UPDATE task SET title = '锁内保存的标题' WHERE code = '2-1'")
    copying.join(30)
    assert not copying.is_alive()
    [info] = made
    assert task_title(info.path) == "锁内保存的标题" and info.verified
    assert not lock_path(sample_path).exists()


def test_a_backup_gives_up_when_the_lock_file_stays_taken(sample_path, tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "WriteLock", functools.partial(WriteLock, wait=0.3))
    folder = tmp_path / "b"
    # Held by another thread (a save of this PC's window): the same thread may take the lock again.
    held, done = threading.Event(), threading.Event()

    def hold() -> None:
        with WriteLock(sample_path):
            held.set()
            done.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        held.wait(5)
        with pytest.raises(DatabaseFileError, match="长时间占用") as caught:
            make_backup(sample_path, folder, now=NOW)
    finally:
        done.set()
        holder.join()
    assert "稍后再备份" in caught.value.message
    assert files_in(folder) == []  # the temporary copy is gone


def test_backup_py_does_not_import_sqlalchemy():
    code = "import sys, desktop.db.backup; assert 'sqlalchemy' not in sys.modules, 'sqlalchemy imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_session_expiry_agrees_with_the_model():
    from desktop.models.coordination import SESSION_EXPIRY

    assert backup.SESSION_LIVE == SESSION_EXPIRY


# -- rotation -----------------------------------------------------------------------------------


def d(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_choose_kept_over_400_days_of_daily_backups():
    start = dt.date(2021, 5, 24)
    backups = [(f"b{i:03}", dt.datetime.combine(start + dt.timedelta(days=i), dt.time(9, 0))) for i in range(400)]
    assert backups[-1][1] == d("2022-06-27 09:00")  # a Monday
    kept = choose_kept(backups, d("2022-06-27 18:00"))
    names = dict(backups)
    kept_days = sorted(names[name].date().isoformat() for name in kept)
    # By hand: the 7 newest days; the newest of the ISO weeks 2022-W26 (27th), W25 (26th), W24 (19th),
    # W23 (12th); the newest of June 2022 back to July 2021 (month ends).
    assert kept_days == [
        "2021-07-31", "2021-08-31", "2021-09-30", "2021-10-31", "2021-11-30", "2021-12-31",
        "2022-01-31", "2022-02-28", "2022-03-31", "2022-04-30", "2022-05-31",
        "2022-06-12", "2022-06-19",
        "2022-06-21", "2022-06-22", "2022-06-23", "2022-06-24", "2022-06-25", "2022-06-26", "2022-06-27",
    ]


def test_choose_kept_counts_days_with_backups_and_takes_the_newest_of_each():
    backups = [
        ("mon-early", d("2022-06-20 08:00")),
        ("mon-late", d("2022-06-20 17:00")),
        ("wed", d("2022-06-22 09:00")),
        # the PC was off from the 23rd to the 26th
        ("jun-27-a", d("2022-06-27 09:00")),
        ("jun-27-b", d("2022-06-27 09:00:05")),
        ("may-02", d("2022-05-02 09:00")),
        ("may-30", d("2022-05-30 09:00")),
        ("apr-01", d("2022-04-01 09:00")),
        ("future", d("2030-01-01 09:00")),  # a clock that was wrong once
    ]
    now = d("2022-06-27 12:00")
    assert choose_kept(backups, now, daily=3, weekly=0, monthly=0) == {"future", "jun-27-b", "wed", "mon-late"}
    assert choose_kept(backups, now, daily=0, weekly=2, monthly=0) == {"future", "jun-27-b", "wed"}
    assert choose_kept(backups, now, daily=0, weekly=0, monthly=2) == {"future", "jun-27-b", "may-30"}
    assert choose_kept(backups, now, daily=0, weekly=0, monthly=0) == {"future", "jun-27-b"}  # always the newest
    assert choose_kept(backups, now, daily=1, weekly=1, monthly=3) == {"future", "jun-27-b", "may-30", "apr-01"}
    assert choose_kept([], now) == set()


def test_choose_kept_weeks_are_iso_weeks_across_a_new_year():
    backups = [
        ("thu-2020-12-31", d("2020-12-31 09:00")),  # ISO week 2020-W53
        ("sun-2021-01-03", d("2021-01-03 09:00")),  # still 2020-W53
        ("mon-2021-01-04", d("2021-01-04 09:00")),  # 2021-W01
    ]
    assert choose_kept(backups, d("2021-01-05 00:00"), daily=0, weekly=2, monthly=0) == {
        "mon-2021-01-04", "sun-2021-01-03"
    }
    assert choose_kept(backups, d("2021-01-05 00:00"), daily=0, weekly=0, monthly=2) == {
        "mon-2021-01-04", "thu-2020-12-31"
    }


def touch_backup(folder: Path, when: dt.datetime, reason: str = "auto") -> Path:
    path = folder / backup.backup_name("plan", when, reason)
    path.write_bytes(b"backup")
    return path


def test_rotating_every_day_for_400_days_keeps_the_hand_computed_set(tmp_path):
    folder = tmp_path / "plan-12345678"
    folder.mkdir()
    manual = touch_backup(folder, d("2021-06-01 10:00"), "manual")
    before = touch_backup(folder, d("2021-06-02 10:00"), "before-restore")
    upgrade = touch_backup(folder, d("2021-06-03 10:00"), "before-upgrade")
    others = [folder / "notes.txt", folder / "plan.duban", folder / "plan-2021.duban", folder / "plan-20210601-1000.duban"]
    for other in others:
        other.write_text("mine")
    start = dt.date(2021, 5, 24)
    for i in range(400):
        day = start + dt.timedelta(days=i)
        touch_backup(folder, dt.datetime.combine(day, dt.time(9, 0)))
        if i % 3 == 0:  # sometimes a second one the same day, made later
            touch_backup(folder, dt.datetime.combine(day, dt.time(15, 0)))
        rotate(folder, dt.datetime.combine(day, dt.time(15, 30)))
    automatic = sorted(b.taken_at for b in list_backups(folder) if b.reason == "auto")
    assert [t.date().isoformat() for t in automatic] == [
        "2021-07-31", "2021-08-31", "2021-09-30", "2021-10-31", "2021-11-30", "2021-12-31",
        "2022-01-31", "2022-02-28", "2022-03-31", "2022-04-30", "2022-05-31",
        "2022-06-12", "2022-06-19",
        "2022-06-21", "2022-06-22", "2022-06-23", "2022-06-24", "2022-06-25", "2022-06-26", "2022-06-27",
    ]
    # the newest of each day: the afternoon one on days that had two (every third day from the 24th May)
    by_day = {t.date(): t for t in automatic}
    assert by_day[dt.date(2022, 6, 27)].hour == 15  # day 399, 399 % 3 == 0
    assert by_day[dt.date(2022, 6, 26)].hour == 9
    for kept in (manual, before, upgrade, *others):
        assert kept.exists()  # rotation deletes only automatic backups
    assert sorted(list_backups(folder), key=lambda b: b.taken_at)[-1].taken_at == d("2022-06-27 15:00")


def test_rotation_removes_what_interrupted_backups_left_once_old(tmp_path):
    folder = tmp_path / "plan-12345678"
    folder.mkdir()
    old = folder / ".plan-abc.duban-tmp"
    old_journal = folder / ".plan-abc.duban-tmp-journal"
    fresh = folder / ".plan-def.duban-tmp"
    reserved = folder / backup.backup_name("plan", NOW - dt.timedelta(days=3), "manual")
    reserved_now = folder / backup.backup_name("plan", NOW)
    other = folder / ".hidden-notes"
    for path in (old, old_journal, fresh, other):
        path.write_bytes(b"x")
    reserved.write_bytes(b"")
    reserved_now.write_bytes(b"")
    long_ago = time.time() - 24 * 3600
    for path in (old, old_journal, reserved, other):
        os.utime(path, (long_ago, long_ago))
    rotate(folder, NOW)
    assert not old.exists() and not old_journal.exists() and not reserved.exists()
    assert fresh.exists() and reserved_now.exists()  # possibly a backup being made right now
    assert other.exists()


# -- the automatic backup -----------------------------------------------------------------------


def test_backup_if_due_backs_up_once_a_day_and_rotates(sample_path, tmp_path):
    folder = tmp_path / "b"
    first = backup_if_due(sample_path, folder, NOW)
    assert first is not None and first.verified and first.reason == "auto"
    assert backup_if_due(sample_path, folder, NOW + dt.timedelta(hours=8)) is None  # still the same day
    assert backup_if_due(sample_path, folder, NOW + dt.timedelta(hours=8), at_open=False) is None
    second = backup_if_due(sample_path, folder, d("2022-06-28 00:05"), at_open=False)
    assert second is not None and second.taken_at.date() == dt.date(2022, 6, 28)
    # rotation ran: old automatic backups beyond the policy are gone
    subfolder = first.path.parent
    for i in range(30):
        touch_backup(subfolder, d("2021-01-01 09:00") + dt.timedelta(days=i))
    third = backup_if_due(sample_path, folder, d("2022-06-29 08:00"))
    assert third is not None
    days = sorted({b.taken_at.date().isoformat() for b in list_backups(sample_path, folder)})
    # By hand: the 7 newest days with backups (29th, 28th, 27th June; 30th-27th January 2021), the 4 newest
    # ISO weeks with backups (2022-W26; 2021-W04, W03 up to Sunday the 24th, W02 up to Sunday the 17th),
    # the 12 newest months with backups (June 2022, January 2021).
    assert days == [
        "2021-01-17", "2021-01-24", "2021-01-27", "2021-01-28", "2021-01-29", "2021-01-30",
        "2022-06-27", "2022-06-28", "2022-06-29",
    ]


def test_a_manual_backup_today_counts_and_a_future_one_does_not(sample_path, tmp_path):
    folder = tmp_path / "b"
    make_backup(sample_path, folder, now=d("2030-01-01 09:00"))  # a clock that was wrong once
    assert backup_if_due(sample_path, folder, NOW) is not None
    other = tmp_path / "c"
    make_backup(sample_path, other, now=NOW - dt.timedelta(hours=1), reason="manual")
    assert backup_if_due(sample_path, other, NOW) is None


def test_list_backups_newest_first_and_the_newest_good_one(sample_path, tmp_path):
    folder = tmp_path / "b"
    older = make_backup(sample_path, folder, now=NOW - dt.timedelta(days=2))
    good = make_backup(sample_path, folder, now=NOW - dt.timedelta(days=1))
    bad = good.path.with_name(backup.backup_name("sample", NOW))
    shutil.copyfile(good.path, bad)
    corrupt_a_middle_page(bad)
    (good.path.parent / "readme.txt").write_text("not a backup")
    listed = list_backups(sample_path, folder)
    assert [b.path for b in listed] == [bad, good.path, older.path]
    assert [b.taken_at for b in listed] == [NOW, NOW - dt.timedelta(days=1), NOW - dt.timedelta(days=2)]
    assert listed[0].verified is False and listed[1].verified is True
    assert list_backups(good.path.parent) == listed
    assert newest_good_backup(sample_path, folder).path == good.path
    assert newest_good_backup(sample_path, tmp_path / "empty") is None


# -- restoring ----------------------------------------------------------------------------------


def test_restore_round_trip_keeps_a_before_restore_backup(sample_path, tmp_path, monkeypatch):
    folder = tmp_path / "b"
    original = task_title(sample_path)
    saved = make_backup(sample_path, folder, now=NOW)
    execute(sample_path, "UPDATE task SET title = '改过的标题' WHERE code = '2-1'")
    inode = sample_path.stat().st_ino
    locks = []
    real_lock = backup.WriteLock

    class RecordingLock(real_lock):
        def __enter__(self):
            result = super().__enter__()
            locks.append((self.database, lock_path(self.database).exists()))
            return result

    monkeypatch.setattr(backup, "WriteLock", RecordingLock)
    copied_under = []
    real_copy = backup._copy

    def recording_copy(source, temporary, database):
        copied_under.append(read_lock(database))
        real_copy(source, temporary, database)

    monkeypatch.setattr(backup, "_copy", recording_copy)

    result = restore_backup(saved.path, sample_path, folder=folder, now=NOW + dt.timedelta(minutes=5))

    assert task_title(sample_path) == original
    assert sample_path.stat().st_ino == inode  # written into, not replaced
    assert locks == [(sample_path, True)]  # one lock for the whole restore: the backup did not take another
    [holder] = copied_under  # the before-restore copy was read holding the restore's lock
    assert holder is not None and holder.is_mine
    assert not lock_path(sample_path).exists()
    assert result.before_restore is not None and result.before_restore.reason == "before-restore"
    assert result.before_restore.path.name == "sample-20220627-093500-before-restore.duban"
    assert task_title(result.before_restore.path) == "改过的标题"  # the restore can be undone
    assert verify(sample_path) == []
    assert scalar(sample_path, "PRAGMA journal_mode") == "delete"
    restore_backup(result.before_restore.path, sample_path, folder=folder)  # undo
    assert task_title(sample_path) == "改过的标题"


def test_a_restore_moves_the_revision_counter_forward_so_open_windows_reload(sample_path, tmp_path):
    """Windows notice other PCs' saves by the counter going up; the backup's older counter must not go back."""
    from desktop.db.database import Database
    from desktop.models import Meta

    saved = make_backup(sample_path, tmp_path / "b", now=NOW)
    in_backup = scalar(saved.path, "SELECT counter FROM duban_revision")
    database = Database.open(sample_path)  # a window that stays open
    try:
        for index in range(3):
            with database.write(note="after the backup") as session:
                session.merge(Meta(key=f"after-{index}", value="1"))
        seen = database.revision()
        assert seen == in_backup + 3
        restore_backup(saved.path, sample_path, folder=tmp_path / "b")
        assert database.revision() > seen  # the open window's next poll sees a change
        assert "after-0" not in database.meta()  # and reads the restored content
    finally:
        database.close()
    assert verify(sample_path) == []


def test_restore_to_a_new_file(sample_path, tmp_path):
    saved = make_backup(sample_path, tmp_path / "b", now=NOW)
    target = tmp_path / "restored" / "new.duban"
    target.parent.mkdir()
    result = restore_backup(saved.path, target, folder=tmp_path / "b")
    assert result.before_restore is None
    assert task_title(target) == task_title(sample_path) and verify(target) == []
    with pytest.raises(DatabaseFileError, match="不存在"):
        restore_backup(saved.path, tmp_path / "missing" / "x.duban")


def test_restore_refused_while_another_pc_has_the_file_open(sample_path, tmp_path):
    folder = tmp_path / "b"
    saved = make_backup(sample_path, folder, now=NOW)
    execute(sample_path, "UPDATE task SET title = '改过的标题' WHERE code = '2-1'")
    now = dt.datetime.now()
    add_session(sample_path, heartbeat=now - dt.timedelta(seconds=40))
    with pytest.raises(RestoreRefusedError) as caught:
        restore_backup(saved.path, sample_path, folder=folder)
    assert "张三" in caught.value.message and "PC-07" in caught.value.message and "--force" in caught.value.message
    assert task_title(sample_path) == "改过的标题"
    assert [b.reason for b in list_backups(sample_path, folder)] == ["auto"]  # nothing was done

    result = restore_backup(saved.path, sample_path, folder=folder, force=True)
    assert task_title(sample_path) != "改过的标题" and result.before_restore is not None


def test_stale_and_own_sessions_do_not_block_a_restore(sample_path, tmp_path):
    saved = make_backup(sample_path, tmp_path / "b", now=NOW)
    now = dt.datetime.now()
    add_session(sample_path, heartbeat=now - dt.timedelta(minutes=3), sid="gone")
    add_session(sample_path, machine=socket.gethostname(), pid=os.getpid(), heartbeat=now, sid="me")
    add_session(sample_path, machine="PC-09", heartbeat=now, sid="my-window")
    restore_backup(saved.path, sample_path, folder=tmp_path / "b", exclude_session="my-window")


def test_restore_refuses_a_bad_backup_or_another_databases_backup(sample_path, tmp_path):
    folder = tmp_path / "b"
    saved = make_backup(sample_path, folder, now=NOW)
    damaged = tmp_path / "damaged.duban"
    shutil.copyfile(saved.path, damaged)
    corrupt_a_middle_page(damaged)
    before = sample_path.read_bytes()
    with pytest.raises(BackupVerificationError, match="不能用它恢复"):
        restore_backup(damaged, sample_path, folder=folder)
    assert sample_path.read_bytes() == before

    stranger = tmp_path / "stranger.duban"
    shutil.copyfile(saved.path, stranger)
    execute(stranger, "UPDATE duban_meta SET value = 'ffffffff-0000' WHERE key = 'database_id'")
    with pytest.raises(RestoreRefusedError, match="另一个数据库"):
        restore_backup(stranger, sample_path, folder=folder)
    assert sample_path.read_bytes() == before
    restore_backup(stranger, sample_path, folder=folder, force=True)
    assert database_id(sample_path) == "ffffffff-0000"

    text_file = tmp_path / "notes.duban"
    text_file.write_text("not a database")
    with pytest.raises(DatabaseFileError, match="不是 SQLite"):
        restore_backup(saved.path, text_file, folder=folder)
    assert text_file.read_text() == "not a database"


def test_restore_into_a_damaged_file_keeps_its_content_as_a_backup(sample_path, tmp_path):
    folder = tmp_path / "b"
    saved = make_backup(sample_path, folder, now=NOW)
    corrupt_a_middle_page(sample_path)
    result = restore_backup(saved.path, sample_path, folder=folder, now=NOW + dt.timedelta(minutes=1))
    assert verify(sample_path) == []
    assert result.before_restore is not None and not result.before_restore.verified
    assert newest_good_backup(sample_path, folder).path == saved.path


# -- duban check --------------------------------------------------------------------------------


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


HOT_JOURNAL = textwrap.dedent(
    """
    import os, sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA cache_size = 2")  # spill changed pages into the file before COMMIT
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE audit_entry SET note = zeroblob(3000)")
    connection.execute("UPDATE task SET title = zeroblob(3000)")
    assert os.path.getsize(sys.argv[1] + "-journal") > 0
    os._exit(0)  # the PC crashed in the middle of a save
    """
)


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
