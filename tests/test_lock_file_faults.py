"""The lock file on a share that answers EIO, at each step of a save; and how stale locks are judged.

Every filesystem call on the save path must come out as Duban's own error (which the window
answers by keeping the edit in the recovery file), never as a raw ``OSError``; and a lock file
this PC left behind because the share failed must not make the next save wait once the share
is back.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import threading
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db import lockfile
from desktop.db.lockfile import OLD_SECONDS, WriteLock, lock_path, read_lock
from desktop.errors import DatabaseUnavailableError
from desktop.models import ProgressReport, Task
from desktop.services import recovery, reports
from desktop.services.recovery import PendingSave, RecoveryFile

pytestmark = pytest.mark.sqlite_only(reason="the lock file belongs to SQLite files")


class FailingShare:
    """Makes one kind of filesystem call on the lock file fail with EIO while it is switched on."""

    def __init__(self, monkeypatch, lock: Path, step: str):
        self.lock = str(lock)
        self.step = step
        self.failing = True
        self.failures = 0
        real_os = lockfile.os
        share = self

        class Os:
            def __getattr__(self, name):
                return getattr(real_os, name)

            def open(self, path, *args, **kwargs):
                share.maybe_fail("create", path)
                return real_os.open(path, *args, **kwargs)

            def write(self, fd, data):
                share.maybe_fail("write", share.lock)
                return real_os.write(fd, data)

            def stat(self, path, *args, **kwargs):
                share.maybe_fail("look", path)
                return real_os.stat(path, *args, **kwargs)

            def unlink(self, path, *args, **kwargs):
                share.maybe_fail("remove", path)
                return real_os.unlink(path, *args, **kwargs)

        def reading(path, *args, **kwargs):
            share.maybe_fail("read", path)
            share.maybe_fail("give-back", path)
            return open(path, *args, **kwargs)

        monkeypatch.setattr(lockfile, "os", Os())
        monkeypatch.setattr(lockfile, "open", reading, raising=False)

    def maybe_fail(self, step: str, path) -> None:
        if self.failing and step == self.step and str(path) == self.lock:
            self.failures += 1
            raise OSError(errno.EIO, "Input/output error", str(path))

    def heal(self) -> None:
        self.failing = False


def _reports(database, period: str) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(ProgressReport).where(ProgressReport.period == period))


def _first_task(database) -> int:
    with database.read() as session:
        return session.scalar(select(Task.id).order_by(Task.id).limit(1))


def _other_pcs_lock(path: Path, *, age: float = 0.0, token: str = "theirs") -> None:
    lock_path(path).write_text(json.dumps({"host": "PC-OTHER", "user": "u", "pid": 4321,
                                           "time": "2026-01-01T00:00:00", "token": token}))
    stamp = time.time() - age
    os.utime(lock_path(path), (stamp, stamp))


@pytest.mark.parametrize("step", ["create", "write", "look", "read", "give-back", "remove"])
def test_eio_on_the_lock_file_is_a_duban_error_the_edit_is_kept_and_nothing_waits_after(
    sample_db, tmp_path, monkeypatch, step
):
    path = sample_db.target.path
    task_id = _first_task(sample_db)
    kept = RecoveryFile("lock-eio", folder=tmp_path / "recovery")
    save_id = str(uuid.uuid4())
    share = FailingShare(monkeypatch, lock_path(path), step)
    if step in ("look", "read"):
        _other_pcs_lock(path)  # the save has to read who holds the lock: that read fails

    try:
        reports.add_report(sample_db, task_id, save_id, "共享盘出错时的报送", save_id=save_id)
    except DatabaseUnavailableError as error:  # what the window catches: the edit goes to the recovery file
        assert "网络驱动器可能已断开" in error.message, error.message
        kept.add(PendingSave(save_id, "report", {"task_id": task_id, "period": save_id, "text": "共享盘出错时的报送"},
                             label="报送", reason=error.message))
    assert share.failures > 0, f"the {step} step was never reached"
    if step in ("give-back", "remove"):
        # The commit itself had landed; only giving the lock back failed. Nothing is lost or doubled.
        assert len(kept) == 0 and _reports(sample_db, save_id) == 1
        assert lock_path(path).exists()  # left behind by this process
    else:
        assert len(kept) == 1 and _reports(sample_db, save_id) == 0

    share.heal()
    if step in ("look", "read"):
        lock_path(path).unlink()  # the other PC finished meanwhile
    started = time.monotonic()
    result = recovery.replay(sample_db, kept)
    assert result.unreachable is None and len(kept) == 0
    probe = str(uuid.uuid4())
    reports.add_report(sample_db, task_id, probe, "共享盘恢复后的报送", save_id=probe)
    # A lock this process left is broken at once: no waiting once the share is back.
    assert time.monotonic() - started < 1.0
    assert _reports(sample_db, save_id) == 1 and _reports(sample_db, probe) == 1
    assert recovery.replay(sample_db, kept).applied == []  # replaying again adds nothing
    assert not lock_path(path).exists()


def test_a_crashed_pcs_lock_is_broken_once_its_heartbeat_stops(sample_path):
    _other_pcs_lock(sample_path, age=0.5)
    started = time.monotonic()
    with WriteLock(sample_path):
        waited = time.monotonic() - started
    assert lockfile.STALE_SECONDS - 0.5 <= waited < lockfile.STALE_SECONDS + 2
    assert not lock_path(sample_path).exists()


def test_a_lock_whose_holder_renews_it_is_never_broken(sample_path):
    _other_pcs_lock(sample_path)
    stop = threading.Event()

    def heartbeat() -> None:
        while not stop.wait(lockfile.HEARTBEAT_SECONDS):
            os.utime(lock_path(sample_path))

    thread = threading.Thread(target=heartbeat)
    thread.start()
    try:
        with pytest.raises(DatabaseUnavailableError, match="u@PC-OTHER"):
            WriteLock(sample_path, wait=lockfile.STALE_SECONDS + 2).acquire()
        assert read_lock(sample_path).token == "theirs"
    finally:
        stop.set()
        thread.join()


def test_a_lock_dated_in_the_future_is_judged_by_its_heartbeat_not_its_time(sample_path):
    _other_pcs_lock(sample_path, age=-120)  # a PC whose clock runs two minutes ahead, then crashed
    started = time.monotonic()
    with WriteLock(sample_path):
        waited = time.monotonic() - started
    assert waited < lockfile.STALE_SECONDS + 2


def test_an_old_lock_by_the_shares_clock_is_broken_at_once(sample_path):
    _other_pcs_lock(sample_path, age=OLD_SECONDS + 5)
    started = time.monotonic()
    with WriteLock(sample_path):
        assert read_lock(sample_path).is_mine
    assert time.monotonic() - started < 1.0


def test_a_long_holder_keeps_its_lock_fresh_by_the_heartbeat(sample_path):
    with WriteLock(sample_path):
        first = os.stat(lock_path(sample_path)).st_mtime_ns
        time.sleep(lockfile.HEARTBEAT_SECONDS * 2.5)
        assert os.stat(lock_path(sample_path)).st_mtime_ns > first
        assert read_lock(sample_path).host == socket.gethostname()


def test_the_same_thread_may_take_the_lock_again_inside(sample_path):
    with WriteLock(sample_path, wait=0.2):
        with WriteLock(sample_path, wait=0.2):
            pass
        assert lock_path(sample_path).exists()  # the inner one gave nothing back
    assert not lock_path(sample_path).exists()
