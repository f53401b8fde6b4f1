"""Sharing one file: the lock file, the revision counter, save ids, sessions, the recovery file."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from desktop.db import health, presence
from desktop.db.database import Database
from desktop.db.lockfile import WriteLock, lock_path, read_lock
from desktop.db.saving import AlreadyApplied
from desktop.errors import DatabaseUnavailableError
from desktop.models import AppliedSave, Meta, ProgressReport, Task
from desktop.services import recovery, tasks

pytestmark = pytest.mark.sqlite_only(reason="the lock file and the file's own checks belong to SQLite files")


# -- the lock file ----------------------------------------------------------------------------


def test_lock_file_is_held_only_while_writing(sample_db):
    path = sample_db.target.path
    seen = []
    with sample_db.write(note="t") as session:
        seen.append(read_lock(path))
        session.merge(Meta(key="probe", value="1"))
    holder = seen[0]
    assert holder is not None and holder.is_mine and holder.host == socket.gethostname()
    assert not lock_path(path).exists()


def test_a_held_lock_makes_the_next_writer_wait_then_gives_a_message_naming_the_holder(sample_path):
    script = (
        "import sys, time, pathlib\n"
        "from desktop.db.lockfile import WriteLock\n"
        "with WriteLock(pathlib.Path(sys.argv[1])):\n"
        "    print('held', flush=True)\n"
        "    time.sleep(30)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", script, str(sample_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailableError, match="正被 .+ 保存占用") as info:
            WriteLock(sample_path, wait=0.5).acquire()
        assert time.monotonic() - started >= 0.5
        assert "请稍后再试" in str(info.value)
        assert not (sample_path.parent / (sample_path.name + ".lock.wait")).exists()
    finally:
        holder.kill()
        holder.wait()
    # The killed holder's lock is left behind; it belongs to a dead process on this PC and is broken at once.
    assert lock_path(sample_path).exists()
    database = Database.open(sample_path)
    try:
        with database.write(note="t") as session:
            session.merge(Meta(key="after", value="1"))
    finally:
        database.close()
    assert not lock_path(sample_path).exists()


def _write_lock(path, *, host: str, pid: int, age: float, token: str = "x") -> None:
    target = lock_path(path)
    target.write_text(json.dumps({"host": host, "user": "u", "pid": pid, "time": "2026-01-01T00:00:00", "token": token}))
    stamp = time.time() - age
    os.utime(target, (stamp, stamp))


def test_a_lock_of_another_pc_is_respected_until_it_is_stale(sample_path):
    _write_lock(sample_path, host="PC-OTHER", pid=1234, age=1)
    with pytest.raises(DatabaseUnavailableError, match="u@PC-OTHER"):
        WriteLock(sample_path, wait=0.2).acquire()
    _write_lock(sample_path, host="PC-OTHER", pid=1234, age=120)
    with WriteLock(sample_path, wait=0.2):
        assert read_lock(sample_path).is_mine
    assert not lock_path(sample_path).exists()


def test_an_empty_lock_file_left_by_a_crash_is_broken_after_two_seconds(sample_path):
    lock_path(sample_path).write_bytes(b"")  # its holder died between creating and writing it
    with pytest.raises(DatabaseUnavailableError, match="另一台电脑"):
        WriteLock(sample_path, wait=0.1).acquire()
    stamp = time.time() - 2.5
    os.utime(lock_path(sample_path), (stamp, stamp))
    with WriteLock(sample_path, wait=0.1):
        pass


def test_a_writer_that_waited_long_goes_before_newcomers(sample_path):
    from desktop.db.lockfile import wait_path

    wait_path(sample_path).write_bytes(b"")  # a PC that has waited a while announced itself
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailableError):
        WriteLock(sample_path, wait=0.2).acquire()  # a newcomer holds back although the lock is free
    assert time.monotonic() - started >= 0.2
    stamp = time.time() - 5
    os.utime(wait_path(sample_path), (stamp, stamp))  # that PC gave up long ago
    with WriteLock(sample_path, wait=0.5):
        pass


def test_breaking_a_stale_lock_never_removes_a_fresh_one_that_replaced_it(sample_path, monkeypatch):
    """Two PCs judge the same lock stale; the second must not remove the lock the first then took."""
    from desktop.db import lockfile

    _write_lock(sample_path, host="PC-DEAD", pid=1, age=300, token="stale")
    real_os = lockfile.os

    class RaceOs:
        """Just before this PC moves the stale lock aside, the other PC breaks it and takes a fresh one."""

        raced = False

        def __getattr__(self, name):
            return getattr(real_os, name)

        def rename(self, source, destination):
            if not self.raced and str(source) == str(lock_path(sample_path)):
                self.raced = True
                lock_path(sample_path).unlink()
                _write_lock(sample_path, host="PC-OTHER", pid=4321, age=0, token="fresh")
            return real_os.rename(source, destination)

    race = RaceOs()
    monkeypatch.setattr(lockfile, "os", race)
    with pytest.raises(DatabaseUnavailableError, match="u@PC-OTHER"):
        WriteLock(sample_path, wait=0.5).acquire()
    assert race.raced
    assert read_lock(sample_path) is not None and read_lock(sample_path).token == "fresh"
    assert not list(sample_path.parent.glob("*.stale-*"))


def test_releasing_never_removes_a_lock_another_pc_took_after_breaking_ours(sample_path):
    mine = WriteLock(sample_path)
    mine.acquire()
    # Ours was judged stale (this PC froze for a minute) and another PC took the lock.
    lock_path(sample_path).unlink()
    _write_lock(sample_path, host="PC-OTHER", pid=4321, age=0, token="theirs")
    mine.release()
    assert read_lock(sample_path) is not None and read_lock(sample_path).token == "theirs"


# -- the revision counter and save ids ---------------------------------------------------------


def test_every_write_bumps_the_revision_but_bookkeeping_does_not(sample_db):
    start = sample_db.revision()
    with sample_db.write(note="t") as session:
        session.merge(Meta(key="a", value="1"))
    assert sample_db.revision() == start + 1
    session_id = presence.register(sample_db)
    presence.heartbeat(sample_db, session_id)
    assert sample_db.revision() == start + 1


def test_a_save_with_an_id_is_applied_once(sample_db):
    with sample_db.read() as session:
        task_id = session.scalar(select(Task.id).order_by(Task.id).limit(1))
        before = session.scalar(select(func.count()).select_from(ProgressReport))
    from desktop.services import reports

    reports.add_report(sample_db, task_id, "2022年5月", "已完成调研。", save_id="11111111-1111-1111-1111-111111111111")
    with pytest.raises(AlreadyApplied):
        reports.add_report(sample_db, task_id, "2022年5月", "已完成调研。", save_id="11111111-1111-1111-1111-111111111111")
    with sample_db.read() as session:
        assert session.scalar(select(func.count()).select_from(ProgressReport)) == before + 1
        assert session.get(AppliedSave, "11111111-1111-1111-1111-111111111111").note == "报送进展"
    assert sample_db.save_applied("11111111-1111-1111-1111-111111111111")


# -- who has the file open ----------------------------------------------------------------------


def test_sessions_are_listed_and_expire_by_themselves(sample_db):
    now = dt.datetime.now()
    mine = presence.register(sample_db, now=now)
    other = presence.register(sample_db, now=now - dt.timedelta(minutes=1))
    crashed = presence.register(sample_db, now=now - dt.timedelta(minutes=10))
    listed = presence.active(sample_db, exclude=mine, now=now)
    assert [s.id for s in listed] == [other]
    assert "（" in listed[0].describe() and listed[0].machine in listed[0].describe()
    assert crashed not in [s.id for s in presence.active(sample_db, now=now)]
    presence.heartbeat(sample_db, crashed, now=now)
    assert crashed in [s.id for s in presence.active(sample_db, now=now)]
    presence.end(sample_db, other)
    assert [s.id for s in presence.active(sample_db, exclude=mine, now=now)] == [crashed]


# -- the recovery file ----------------------------------------------------------------------------


def _first_task(database):
    with database.read() as session:
        return session.scalar(select(Task.id).order_by(Task.id).limit(1))


def test_an_edit_that_could_not_be_saved_is_replayed_once_when_the_file_is_back(sample_db, tmp_path):
    task_id = _first_task(sample_db)
    snapshot = tasks.load_task(sample_db, task_id)
    file = recovery.RecoveryFile(sample_db.identity(), tmp_path / "recovery")
    path = sample_db.target.path
    aside = path.with_name("away.duban")
    path.rename(aside)  # the share vanished
    save_id = recovery.new_save_id()
    changes = {"expected_results": "断网时写下的预期成果"}
    with pytest.raises(DatabaseUnavailableError, match="网络驱动器"):
        tasks.save_task(sample_db, task_id, snapshot.version, snapshot.fields, changes, save_id=save_id)
    assert sample_db.io_error_seen
    file.add(
        recovery.PendingSave(
            save_id, "task_fields",
            {"task_id": task_id, "base_version": snapshot.version,
             "original": recovery.encode(snapshot.fields), "changes": recovery.encode(changes)},
            "预期成果",
        )
    )
    still_away = recovery.replay(sample_db, file)
    assert still_away.unreachable is not None and len(file) == 1
    aside.rename(path)  # the share is back
    result = recovery.replay(sample_db, file)
    assert [e.save_id for e in result.applied] == [save_id]
    assert len(file) == 0 and not file.path.exists()
    assert tasks.load_task(sample_db, task_id).fields["expected_results"] == "断网时写下的预期成果"
    # Replaying the same entry again (a copy of the file restored, say) changes nothing.
    file.add(
        recovery.PendingSave(save_id, "task_fields", {"task_id": task_id, "base_version": snapshot.version,
                             "original": recovery.encode(snapshot.fields), "changes": {"expected_results": "别的"}}, "x")
    )
    again = recovery.replay(sample_db, file)
    assert [e.save_id for e in again.already] == [save_id]
    assert tasks.load_task(sample_db, task_id).fields["expected_results"] == "断网时写下的预期成果"


def test_a_replayed_edit_that_meets_another_pcs_change_is_a_conflict_kept_for_the_person(sample_db, tmp_path):
    task_id = _first_task(sample_db)
    snapshot = tasks.load_task(sample_db, task_id)
    tasks.save_task(sample_db, task_id, snapshot.version, snapshot.fields, {"expected_results": "同事的版本"})
    file = recovery.RecoveryFile(sample_db.identity(), tmp_path)
    file.add(
        recovery.PendingSave(
            recovery.new_save_id(), "task_fields",
            {"task_id": task_id, "base_version": snapshot.version, "original": recovery.encode(snapshot.fields),
             "changes": {"expected_results": "我的版本"}},
            "预期成果",
        )
    )
    result = recovery.replay(sample_db, file)
    assert len(result.conflicts) == 1 and not result.applied
    conflict = result.conflicts[0][1]
    assert conflict.conflicts[0].mine == "我的版本" and conflict.conflicts[0].theirs == "同事的版本"
    assert len(file) == 1  # kept until the person chose


def test_a_refused_edit_is_set_aside_with_its_text(sample_db, tmp_path):
    file = recovery.RecoveryFile(sample_db.identity(), tmp_path)
    file.add(recovery.PendingSave(recovery.new_save_id(), "report", {"task_id": 999999, "period": "5月", "text": "要保留的文字"}, "进展"))
    result = recovery.replay(sample_db, file)
    assert len(result.refused) == 1 and len(file) == 0
    aside = json.loads((tmp_path / (file.path.stem + ".refused.json")).read_text(encoding="utf-8"))
    assert aside["refused"][0]["payload"]["text"] == "要保留的文字"


def test_values_keep_their_types_through_the_file(tmp_path):
    values = {"day": dt.date(2022, 6, 30), "at": dt.datetime(2022, 6, 30, 9, 30), "n": 3, "s": "文字"}
    file = recovery.RecoveryFile("abc", tmp_path)
    file.add(recovery.PendingSave("1", "task_fields", {"changes": recovery.encode(values)}, "x"))
    assert recovery.decode(file.entries()[0].payload["changes"]) == values


# -- quick_check ----------------------------------------------------------------------------------


def test_quick_check_runs_once_a_day_and_again_after_trouble(sample_db):
    today = dt.date(2026, 11, 27)
    assert health.quick_check_if_due(sample_db, today=today) == []
    assert health.quick_check_if_due(sample_db, today=today) is None
    assert health.quick_check_if_due(sample_db, today=today, force=True) == []
    assert health.quick_check_if_due(sample_db, today=today + dt.timedelta(days=1)) == []


def test_quick_check_finds_a_damaged_file(sample_path):
    import sqlite3

    raw = sqlite3.connect(sample_path)
    page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'measure'").fetchone()[0]
    raw.close()
    with sample_path.open("r+b") as handle:  # the b-tree page of the measures, its cell pointers scrambled
        handle.seek((root - 1) * page_size + 12)
        handle.write(b"\xff\xf0" * 40)
    database = Database.open(sample_path)
    try:
        problems = database.quick_check()
    finally:
        database.close()
    assert problems and problems != ["ok"]


def test_an_inserted_rows_audit_entry_records_unset_columns_as_empty(sample_db):
    from desktop.models import AuditEntry
    from desktop.services import reports

    report_id = reports.add_report(sample_db, _first_task(sample_db), "2022年6月", "按计划推进。")
    with sample_db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "progress_report", AuditEntry.row_id == report_id)
        ).one()
    values = json.loads(entry.changes)
    assert values["text"] == "按计划推进。"
    # Columns the flush left unset are None, not SQLAlchemy's internal "no value" marker (4).
    assert values["reviewed_on"] is None and values["supersedes_id"] is None


def test_a_pooled_connection_is_not_used_once_the_file_was_replaced(sample_db, sample_template):
    """A file put in the place of the open one (a restore by copying, say) gets a fresh connection."""
    import shutil

    from desktop.models import Meta

    with sample_db.write(note="t") as session:
        session.merge(Meta(key="before", value="1"))
    path = sample_db.target.path
    replacement = path.with_name("replacement.duban")
    shutil.copyfile(sample_template, replacement)
    replacement.replace(path)
    assert "before" not in sample_db.meta()  # read from the new file, not through the old handle
