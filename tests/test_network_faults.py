"""One SQLite file on a share, several PCs saving at once: many writers, kill -9, a writer that ignores
SQLite's locks, and stale edits.

Each "PC" is a separate process (tests/faults/worker.py) running Duban's own save path:
``Database.open(path)`` and ``reports.add_report(..., save_id=...)`` / ``tasks.save_task``,
which go through ``Database.write`` (the lock file, ``BEGIN IMMEDIATE``, the save id, the
revision counter). A worker reports a save as confirmed only after ``write`` returned. The
share and disk failing are tests/test_share_faults.py; the file's own state (WAL, a backup
while writers run, schema upgrades) tests/test_file_state_faults.py.

The files live in pytest's temporary folder on the normal disk (synchronous=FULL is fast
enough there: 8 x 200 saves take 7-10 s on the 2-CPU CI machine). ``DUBAN_FAULT_SEED``
repeats the random kill points of a failed run.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
import uuid
from pathlib import Path

import pytest

from desktop.db.lockfile import STALE_SECONDS, lock_path, read_lock
from faults.harness import (
    close_all,
    column,
    foreign_key_problems,
    integrity,
    journal_of,
    lock_timeouts,
    percentile,
    raw,
    read_confirmed,
    scalar,
    Worker,
    writer_saves,
)

pytestmark = pytest.mark.sqlite_only(reason="network shares, lock files, journals and disks belong to SQLite files")


# -- 1. many writers ------------------------------------------------------------------------------

WRITERS = 8
SAVES_EACH = 200


def test_eight_processes_saving_200_times_each_lose_nothing(sample_path, tmp_path, record_property, capsys):
    start_revision = scalar(sample_path, "SELECT counter FROM duban_revision")
    start_reports = scalar(sample_path, "SELECT count(*) FROM progress_report")
    confirms = [tmp_path / f"writer{n}.txt" for n in range(WRITERS)]
    workers = [
        Worker("saver", "--db", sample_path, "--tag", f"w{n}", "--count", SAVES_EACH, "--confirm", confirms[n],
               "--recovery", tmp_path / "recovery", "--wait-go")
        for n in range(WRITERS)
    ]
    try:
        for worker in workers:
            worker.expect("loaded")
        started = time.perf_counter()
        for worker in workers:
            worker.send("go")
        for worker in workers:
            worker.expect("opened")
        results = [worker.expect("done", timeout=150) for worker in workers]
        wall = time.perf_counter() - started
    finally:
        close_all(workers)

    timeouts = lock_timeouts(results)
    confirmed = [save_id for path in confirms for save_id in read_confirmed(path)]
    total = WRITERS * SAVES_EACH
    assert len(confirmed) == total and len(set(confirmed)) == total

    assert integrity(sample_path) == ["ok"]
    assert foreign_key_problems(sample_path) == []
    periods, saved = writer_saves(sample_path, "w% 第 % 次保存")
    # Every confirmed save is there exactly once, as a report and as a recorded save id.
    assert sorted(periods) == sorted(confirmed)
    assert sorted(saved) == sorted(confirmed)
    assert scalar(sample_path, "SELECT count(*) FROM progress_report") == start_reports + total
    assert scalar(sample_path, "SELECT counter FROM duban_revision") == start_revision + total
    assert not lock_path(sample_path).exists() and not journal_of(sample_path).exists()

    latencies = [value for r in results for value in r["latencies"]]
    rate = total / wall
    p50, p95 = percentile(latencies, 0.5) * 1000, percentile(latencies, 0.95) * 1000
    longest = max(latencies) * 1000
    record_property("saves_per_second", round(rate, 1))
    record_property("p95_save_ms", round(p95, 1))
    record_property("max_save_ms", round(longest, 1))
    with capsys.disabled():
        print(f"\n  {WRITERS} writers x {SAVES_EACH} saves: {rate:.0f} saves/s, p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
              f"longest {longest:.0f} ms, {wall:.1f} s; {len(timeouts)} saves gave up waiting for the lock "
              f"(kept and replayed)")
    # The lock file is fair (a writer that has waited announces itself and goes next): no save
    # may give up after WAIT_SECONDS while the others keep saving.
    assert not timeouts, f"{len(timeouts)} of {total} saves gave up waiting for the lock file"


# -- 2. kill -9 -----------------------------------------------------------------------------------

KILL_RUNS = 40


def test_writers_killed_at_random_points_lose_no_confirmed_save(sample_path, tmp_path, capsys):
    seed = int(os.environ.get("DUBAN_FAULT_SEED") or random.randrange(2**32))
    rng = random.Random(seed)
    with capsys.disabled():
        print(f"\n  kill -9 test: seed {seed} (DUBAN_FAULT_SEED={seed} repeats these kill points)")

    def writer(run: int) -> Worker:
        return Worker("saver", "--db", sample_path, "--tag", f"k{run}", "--confirm", tmp_path / f"kill{run}.txt",
                      "--fsync", "--wait-go")

    verifier = Worker("session")  # another PC that opens the file after each crash
    next_writer = writer(0)
    confirmed: list[str] = []
    stats = {"journal_left": 0, "lock_left": 0, "empty_lock": 0}
    try:
        verifier.expect("loaded")
        for run in range(KILL_RUNS):
            current = next_writer
            current.expect("loaded")
            next_writer = writer(run + 1) if run + 1 < KILL_RUNS else None  # starts up meanwhile
            current.send("go")
            current.expect("opened", timeout=30)
            delay = rng.uniform(0.05, 0.4)
            time.sleep(delay)
            current.kill()
            assert current.proc.returncode == -signal.SIGKILL
            current.close()
            mine = read_confirmed(tmp_path / f"kill{run}.txt")
            confirmed += mine
            stats["journal_left"] += journal_of(sample_path).exists()
            stats["lock_left"] += lock_path(sample_path).exists()
            where = f"run {run} (seed {seed}, killed after {delay * 1000:.0f} ms, {len(mine)} confirmed)"
            left = read_lock(sample_path)
            if left is not None and not left.host and not left.pid:
                # Killed between creating the lock file and writing who holds it: an empty lock names
                # no process, so by Duban's rule it is stale only after STALE_SECONDS (until then every
                # save waits 10 s and fails with "数据库正被 ? 保存占用"). Age it instead of waiting.
                stats["empty_lock"] += 1
                aged = time.time() - STALE_SECONDS - 1
                os.utime(lock_path(sample_path), (aged, aged))

            # Another PC opens the file: a journal the crash left is rolled back by SQLite, not deleted.
            opened = verifier.request(cmd="open", path=str(sample_path))
            assert opened["ok"], f"{where}: {opened}"
            # The next save works at once: a lock left by the dead process on this PC is broken without waiting.
            probe = verifier.request(cmd="write_probe", key=f"after_kill_{run}", save_id=str(uuid.uuid4()))
            assert probe["ok"] and probe["seconds"] < 2.0, f"{where}: {probe}"
            assert verifier.request(cmd="close")["ok"]
            assert not journal_of(sample_path).exists() and not lock_path(sample_path).exists(), where
            assert integrity(sample_path) == ["ok"], where
            present = set(column(sample_path, "SELECT save_id FROM duban_save"))
            missing = [save_id for save_id in mine if save_id not in present]
            assert not missing, f"{where}: confirmed saves missing: {missing}"
        touches = verifier.request(cmd="journal_touches")["touches"]
    finally:
        close_all([verifier, next_writer])

    # Duban itself never removed, renamed or truncated a -journal (SQLite did, in C, unseen by the hook).
    assert touches == []
    periods, saved = writer_saves(sample_path, "k% 第 % 次保存")
    assert sorted(periods) == sorted(saved)  # a report and its save id landed together or not at all
    assert len(saved) == len(set(saved))
    assert set(confirmed) <= set(saved)
    assert foreign_key_problems(sample_path) == []
    with capsys.disabled():
        print(f"  {KILL_RUNS} kills: {len(confirmed)} confirmed saves, all present ({len(saved)} landed); "
              f"a -journal was left {stats['journal_left']} times, a lock file {stats['lock_left']} times "
              f"({stats['empty_lock']} of them empty)")


# -- 6. a writer that ignores SQLite's locks ------------------------------------------------------

INCREMENTS = 25


def _increment_pair(path: Path, *, lock_file: bool) -> tuple[int, int, list]:
    """Two processes incrementing one row (read, sleep, write +1), one of them with ``nolock=1``."""
    with raw(path) as connection:
        connection.execute("INSERT OR REPLACE INTO duban_meta (key, value) VALUES ('fault_counter', '0')")
    extra = () if lock_file else ("--no-lockfile",)
    workers = [
        Worker("counter", "--db", path, "--n", INCREMENTS, "--sleep", 0.02, *extra),
        Worker("counter", "--db", path, "--n", INCREMENTS, "--sleep", 0.02, "--nolock", *extra),
    ]
    try:
        for worker in workers:
            worker.expect("loaded")
        for worker in workers:
            worker.send("go")
        results = [worker.expect("done", timeout=60) for worker in workers]
    finally:
        close_all(workers)
    done = sum(r["done"] for r in results)
    try:
        final = int(scalar(path, "SELECT value FROM duban_meta WHERE key = 'fault_counter'"))
    except sqlite3.DatabaseError:
        final = -1  # the control may damage its file
    return done, final, [e for r in results for e in r["errors"]]


def test_a_writer_ignoring_sqlite_locks_loses_nothing_because_of_the_lock_file(sample_copy, capsys):
    protected = sample_copy("protected.duban")
    done, final, errors = _increment_pair(protected, lock_file=True)
    assert errors == []
    assert done == 2 * INCREMENTS
    assert final == 2 * INCREMENTS  # every increment survived
    assert integrity(protected) == ["ok"]

    # The control: the same two processes without the lock file lose increments, so the test means something.
    control = sample_copy("control.duban")
    done, final, errors = _increment_pair(control, lock_file=False)
    assert final < done, f"the control lost nothing ({final} of {done}); widen the sleep"
    with capsys.disabled():
        print(f"\n  control without the lock file: counter {final} after {done} committed increments "
              f"({done - final} lost), {len(errors)} failed")


# -- 7. stale edits -------------------------------------------------------------------------------


def test_two_processes_editing_one_task_merge_different_fields_and_conflict_on_the_same(sample_path):
    task_id = scalar(sample_path, "SELECT min(id) FROM task")
    a, b = Worker("session"), Worker("session")
    try:
        for worker in (a, b):
            worker.expect("loaded")
            assert worker.request(cmd="open", path=str(sample_path))["ok"]
        loaded_a = a.request(cmd="load_task", task_id=task_id)
        loaded_b = b.request(cmd="load_task", task_id=task_id)
        assert loaded_a["version"] == loaded_b["version"]
        saved_a = a.request(cmd="save_task", task_id=task_id, changes={"requirement": "甲修改的要求"})
        assert saved_a["ok"], saved_a
        # B saves from the version it loaded, which is stale now: a different field, so both land.
        saved_b = b.request(cmd="save_task", task_id=task_id, changes={"special_group": "乙修改的专项小组"})
        assert saved_b["ok"], saved_b
        row = column(sample_path, "SELECT requirement || '|' || special_group FROM task WHERE id = ?", (task_id,))[0]
        assert row == "甲修改的要求|乙修改的专项小组"

        original = a.request(cmd="load_task", task_id=task_id)["fields"]["difficulties"]
        b.request(cmd="load_task", task_id=task_id)
        assert a.request(cmd="save_task", task_id=task_id, changes={"difficulties": "甲写的难点"})["ok"]
        clash = b.request(cmd="save_task", task_id=task_id, changes={"difficulties": "乙写的难点"})
        assert clash["ok"] is False and clash["error"]["type"] == "EditConflict", clash
        assert clash["conflicts"] == [
            {"field": "difficulties", "original": original, "mine": "乙写的难点", "theirs": "甲写的难点"}
        ]
    finally:
        close_all([a, b])
    # Nothing was overwritten.
    row = column(sample_path, "SELECT difficulties || '|' || requirement || '|' || special_group FROM task WHERE id = ?",
                 (task_id,))[0]
    assert row == "甲写的难点|甲修改的要求|乙修改的专项小组"
    assert integrity(sample_path) == ["ok"]
