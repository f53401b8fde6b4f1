"""One SQLite file on a share, several PCs, and what goes wrong on the way.

Each "PC" is a separate process (tests/faults/worker.py) running Duban's own save path:
``Database.open(path)`` and ``reports.add_report(..., save_id=...)`` / ``tasks.save_task``,
which go through ``Database.write`` (the lock file, ``BEGIN IMMEDIATE``, the save id, the
revision counter). A worker reports a save as confirmed only after ``write`` returned. The
faults: many writers at once, ``kill -9`` at random points, a full disk (a small tmpfs), a
read-only file and folder for a non-root user, a share that vanishes (a FUSE passthrough that
starts failing with EIO), a second writer that ignores SQLite's locks, stale edits, a file left
in WAL mode, a backup taken while writers run, and schema upgrades that are blocked or killed.

The files live in pytest's temporary folder on the normal disk (synchronous=FULL is fast
enough there: 8 x 200 saves take 7-10 s on the 2-CPU CI machine, the whole file about 40 s);
only the disk-full test uses a tmpfs, which it needs. ``DUBAN_FAULT_SEED`` repeats the random
kill points of a failed run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from desktop.db import backup, presence
from desktop.db.database import Database, UpgradeBlockedError
from desktop.db.lockfile import STALE_SECONDS, lock_path, read_lock
from desktop.db.revisions import HEAD_REVISION
from desktop.errors import DatabaseUnavailableError
from desktop.models import Meta
from faults.harness import (
    Worker,
    column,
    foreign_key_problems,
    fuse_share,
    integrity,
    journal_of,
    namespace_prefix as _namespace_prefix,
    percentile,
    raw,
    read_confirmed,
    scalar,
    table_counts,
    unavailable as _unavailable,
    worker_env,
)

pytestmark = pytest.mark.sqlite_only(reason="network shares, lock files, journals and disks belong to SQLite files")

def _lock_timeouts(results: list[dict]) -> list[dict]:
    """The saves that failed because the lock file was not free for 10 s; any other failure fails the test."""
    errors = [e for r in results for e in r["errors"]]
    for error in errors:
        assert error["type"] == "DatabaseUnavailableError" and "秒仍未结束" in error["message"], error
    assert [r["still_pending"] for r in results] == [0] * len(results)
    return errors


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _writer_saves(path: Path, tag_like: str) -> tuple[list[str], list[str]]:
    """(periods of the writers' reports, ids in duban_save of the writers' saves): they must be the same."""
    periods = column(path, "SELECT period FROM progress_report WHERE text LIKE ?", (tag_like,))
    saved = column(path, "SELECT save_id FROM duban_save WHERE note = '报送进展'")
    return periods, saved


def _close_all(workers) -> None:
    for worker in workers:
        if worker is not None:
            worker.close()


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
        _close_all(workers)

    timeouts = _lock_timeouts(results)
    confirmed = [save_id for path in confirms for save_id in read_confirmed(path)]
    total = WRITERS * SAVES_EACH
    assert len(confirmed) == total and len(set(confirmed)) == total

    assert integrity(sample_path) == ["ok"]
    assert foreign_key_problems(sample_path) == []
    periods, saved = _writer_saves(sample_path, "w% 第 % 次保存")
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
        _close_all([verifier, next_writer])

    # Duban itself never removed, renamed or truncated a -journal (SQLite did, in C, unseen by the hook).
    assert touches == []
    periods, saved = _writer_saves(sample_path, "k% 第 % 次保存")
    assert sorted(periods) == sorted(saved)  # a report and its save id landed together or not at all
    assert len(saved) == len(set(saved))
    assert set(confirmed) <= set(saved)
    assert foreign_key_problems(sample_path) == []
    with capsys.disabled():
        print(f"  {KILL_RUNS} kills: {len(confirmed)} confirmed saves, all present ({len(saved)} landed); "
              f"a -journal was left {stats['journal_left']} times, a lock file {stats['lock_left']} times "
              f"({stats['empty_lock']} of them empty)")


# -- 3. disk full ---------------------------------------------------------------------------------


@pytest.mark.parametrize("free", [0, 8192], ids=["no-room-for-the-lock-file", "room-for-the-lock-file-only"])
def test_a_full_disk_refuses_the_save_keeps_the_edit_and_replays_it_once(sample_path, tmp_path, free):
    prefix = _namespace_prefix()
    if prefix is None:
        # RLIMIT_FSIZE is no substitute: SQLite reports EFBIG as an I/O error, not as a full disk.
        _unavailable("cannot mount a small tmpfs: 'unshare -m' (root) / 'unshare -rm' (user namespaces) not available")
    share = tmp_path / "share"
    share.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    worker = Worker("disk-full", "--dir", share, "--source", sample_path, "--recovery", tmp_path / "recovery",
                    "--out", out, "--free", free, "--mount", "2m", prefix=prefix)
    try:
        report = worker.read(timeout=60)
    finally:
        worker.close()
    assert report["filesystem"] == "tmpfs", report
    assert report["free_bytes"] <= free, report
    save = report["save"]
    assert save["ok"] is False, report
    assert save["error"]["type"] == "DatabaseUnavailableError"
    assert "磁盘已满" in save["error"]["message"], save
    # Both ways a full disk shows: the lock file cannot be written, or SQLite cannot write its journal.
    expected_cause = "No space left on device" if free == 0 else "database or disk is full"
    assert expected_cause in save["error"]["cause"], save
    assert report["pending_after_failure"] == 1
    assert report["lock_after_failure"] is False  # the failed save left no lock file to block the others
    # While the disk is still full: the file is sound and holds what was saved before.
    assert report["integrity_while_full"] == ["ok"]
    assert report["count_before_full"] == 1
    assert report["replay_while_full"]["applied"] == [] and report["replay_while_full"]["pending"] == 1
    assert "磁盘已满" in (report["replay_while_full"]["unreachable"] or ""), report["replay_while_full"]
    # Space freed: the kept edit is saved, once.
    assert report["replay"]["applied"] == [report["save_id"]] and report["replay"]["pending"] == 0
    assert report["replay_again"] == {"applied": [], "already": [], "unreachable": None, "pending": 0}
    assert report["count_failed_text"] == 1 and report["count_save_id"] == 1
    assert report["integrity_after"] == ["ok"]
    after = out / "after.duban"
    assert integrity(after) == ["ok"] and foreign_key_problems(after) == []
    assert scalar(after, "SELECT count(*) FROM progress_report WHERE text = '磁盘满时填写的进展'") == 1


# -- 4. read-only ---------------------------------------------------------------------------------


def test_read_only_file_and_folder_open_read_only_for_a_user_who_may_not_write(sample_template):
    nobody = 65534
    # Not under pytest's tmp_path: that is private to root (0700), and the user must reach the files.
    base = Path(tempfile.mkdtemp(prefix="duban-read-only-"))
    try:
        base.chmod(0o755)
        file_dir, folder_dir, warm_dir = base / "file", base / "folder", base / "warm"
        for folder in (file_dir, folder_dir, warm_dir):
            folder.mkdir()
        read_only_file = file_dir / "shared.duban"
        in_read_only_folder = folder_dir / "shared.duban"
        warm = warm_dir / "warm.duban"
        for path in (read_only_file, in_read_only_folder, warm):
            shutil.copyfile(sample_template, path)
        read_only_file.chmod(0o444)
        file_dir.chmod(0o777)  # the folder may be written: only the file is read-only
        in_read_only_folder.chmod(0o666)  # the file may be written: only the folder is read-only
        folder_dir.chmod(0o555)
        home = base / "home"
        home.mkdir()
        home.chmod(0o777)
        before = {path: _digest(path) for path in (read_only_file, in_read_only_folder)}
        env = {**worker_env(), "DUBAN_HOME": str(home)}
        worker = Worker("read-only", "--uid", nobody, "--warm-up", warm,
                        "--case", f"file={read_only_file}", "--case", f"folder={in_read_only_folder}", env=env)
        try:
            cases = worker.read(timeout=60)
            worker.proc.wait(timeout=30)
        finally:
            worker.close()
        for name, case in cases.items():
            assert case["uid"] != 0 and case["euid"] != 0, case
            assert "open_error" not in case, case
            assert case["read_only"] is True, case
            assert case["tasks"] > 0 and case["application"] == "Duban", case  # reads work
            assert case["write"]["ok"] is False, case
            assert case["write"]["error"]["type"] == "DatabaseUnavailableError", case
            assert case["unchanged"] and case["new_files"] == [], case
        assert "文件本身是只读的" in cases["file"]["reason"]
        assert "所在文件夹不允许写入" in cases["folder"]["reason"]
        for name in ("file", "folder"):
            assert cases[name]["reason"] in cases[name]["write"]["error"]["message"]
        assert {path: _digest(path) for path in before} == before
    finally:
        for folder in (base / "folder", base / "file"):
            if folder.exists():
                folder.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


# -- 5. the share vanishes (FUSE) -----------------------------------------------------------------


@pytest.mark.parametrize("mode", ["all", "db-write"], ids=["share-gone", "writes-fail-mid-commit"])
def test_a_vanished_share_keeps_the_edit_and_replays_it_once_when_it_is_back(sample_path, tmp_path, mode):
    with fuse_share(tmp_path, sample_path) as mount, contextlib.closing(Worker("session")) as session:
        session.expect("loaded")
        on_share = tmp_path / "mnt" / "shared.duban"
        assert session.request(cmd="open", path=str(on_share), recovery=str(tmp_path / "recovery"))["ok"]
        first = session.request(cmd="save_report", text="共享盘正常时的进展")
        assert first["ok"], first

        mount.fail(mode)
        lost = session.request(cmd="save_report", text="共享盘断开时填写的进展")
        assert lost["ok"] is False, lost
        assert lost["error"]["type"] == "DatabaseUnavailableError", lost
        assert "网络驱动器可能已断开" in lost["error"]["message"], lost
        # Gone entirely, the file cannot even be reached (the pooled connection is dropped and a
        # new one cannot open it, or the lock file cannot be made); with writes failing, SQLite's commit fails.
        expected = ("Input/output error", "unable to open database file") if mode == "all" else ("disk I/O error",)
        assert any(text in lost["error"]["cause"] for text in expected), lost
        assert lost["io_error_seen"] is True  # so the window runs a quick_check
        assert lost["pending"] == 1
        still_gone = session.request(cmd="replay")
        assert still_gone["applied"] == [] and still_gone["pending"] == 1 and still_gone["unreachable"], still_gone
        assert session.proc.poll() is None  # the process keeps running

        mount.heal()
        back = session.request(cmd="replay")
        assert back["applied"] == [lost["save_id"]] and back["pending"] == 0, back
        again = session.request(cmd="replay")
        assert again["applied"] == [] and again["already"] == [] and again["pending"] == 0, again
        assert session.request(cmd="count_reports", text="共享盘断开时填写的进展")["count"] == 1
        assert session.request(cmd="save_report", text="共享盘恢复后的进展")["ok"]
        assert session.request(cmd="journal_touches")["touches"] == []
        assert session.request(cmd="quit")["ok"]
    assert not os.path.ismount(tmp_path / "mnt")
    shared = mount.backing / "shared.duban"
    assert integrity(shared) == ["ok"] and foreign_key_problems(shared) == []
    assert scalar(shared, "SELECT count(*) FROM progress_report WHERE text = '共享盘断开时填写的进展'") == 1
    assert scalar(shared, "SELECT count(*) FROM duban_save WHERE save_id = ?", (lost["save_id"],)) == 1
    assert scalar(shared, "SELECT count(*) FROM progress_report WHERE text LIKE '共享盘%'") == 3


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
        _close_all(workers)
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
        _close_all([a, b])
    # Nothing was overwritten.
    row = column(sample_path, "SELECT difficulties || '|' || requirement || '|' || special_group FROM task WHERE id = ?",
                 (task_id,))[0]
    assert row == "甲写的难点|甲修改的要求|乙修改的专项小组"
    assert integrity(sample_path) == ["ok"]


# -- 8. WAL ---------------------------------------------------------------------------------------


def _journal_mode_in_header(path: Path) -> tuple[int, int]:
    """Bytes 18 and 19 of the header: (1, 1) for a rollback journal, (2, 2) for WAL."""
    with open(path, "rb") as handle:
        header = handle.read(20)
    return header[18], header[19]


def test_a_file_left_in_wal_mode_is_converted_back_without_losing_data(sample_path):
    other = Worker("wal-writer", "--db", sample_path, "--rows", 20)
    try:
        assert other.expect("ready")["mode"] == "wal"
        wal = sample_path.with_name(sample_path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        other.kill()  # the other program crashed: its rows are only in the -wal file
    finally:
        other.close()
    assert wal.exists() and wal.stat().st_size > 0 and _journal_mode_in_header(sample_path) == (2, 2)

    database = Database.open(sample_path)
    try:
        meta = database.meta()
        assert [meta.get(f"wal_row_{n}") for n in range(20)] == [str(n) for n in range(20)]
        with database.write(note="t") as session:
            session.merge(Meta(key="after_wal", value="1"))
    finally:
        database.close()
    assert _journal_mode_in_header(sample_path) == (1, 1)
    assert not wal.exists()
    with raw(sample_path, "ro") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("SELECT count(*) FROM duban_meta WHERE key LIKE 'wal_row_%'").fetchone()[0] == 20
        assert connection.execute("SELECT title FROM task ORDER BY id LIMIT 1").fetchone()[0].endswith("（WAL中修改）")
    assert integrity(sample_path) == ["ok"]


def test_a_file_another_program_holds_in_wal_mode_is_refused_untouched(sample_path, monkeypatch):
    import desktop.db.sqlite

    monkeypatch.setattr(desktop.db.sqlite, "BUSY_TIMEOUT_SECONDS", 1.0)
    other = Worker("wal-writer", "--db", sample_path, "--rows", 5)
    try:
        other.expect("ready")
        # Leaving WAL needs the file to itself: refused with a message when the file is opened,
        # not converted behind the other's back.
        with pytest.raises(DatabaseUnavailableError, match="正被另一个程序以 WAL 方式打开") as refused:
            Database.open(sample_path)
        assert "请关闭那个程序" in refused.value.message
        assert _journal_mode_in_header(sample_path) == (2, 2)
        with raw(sample_path, "ro") as connection:  # the other program's rows are all there
            assert connection.execute("SELECT count(*) FROM duban_meta WHERE key LIKE 'wal_row_%'").fetchone()[0] == 5
    finally:
        other.close()
    database = Database.open(sample_path)
    try:
        assert database.meta()["wal_row_4"] == "4"
    finally:
        database.close()
    assert _journal_mode_in_header(sample_path) == (1, 1)
    assert integrity(sample_path) == ["ok"]


# -- 9. backup while writers run ------------------------------------------------------------------


def test_a_backup_taken_while_four_writers_save_restores_to_a_consistent_snapshot(sample_path, tmp_path):
    start_revision = scalar(sample_path, "SELECT counter FROM duban_revision")
    stop = tmp_path / "stop"
    confirms = [tmp_path / f"b{n}.txt" for n in range(4)]
    workers = [
        Worker("saver", "--db", sample_path, "--tag", f"b{n}", "--confirm", confirms[n], "--stop-file", stop,
               "--recovery", tmp_path / "recovery", "--wait-go")
        for n in range(4)
    ]

    def confirmed() -> set[str]:
        return {save_id for path in confirms for save_id in read_confirmed(path)}

    def wait_for(count: int) -> None:
        deadline = time.monotonic() + 60
        while len(confirmed()) < count:
            assert time.monotonic() < deadline, "the writers do not save"
            time.sleep(0.01)

    try:
        for worker in workers:
            worker.expect("loaded")
        for worker in workers:
            worker.send("go")
        for worker in workers:
            worker.expect("opened")
        wait_for(40)
        before_backup = confirmed()
        made = backup.make_backup(sample_path, tmp_path / "backups", reason=backup.MANUAL)
        after_backup = confirmed()
        wait_for(len(after_backup) + 40)  # they go on saving after the snapshot
        stop.touch()
        results = [worker.expect("done", timeout=60) for worker in workers]
    finally:
        _close_all(workers)
    assert not _lock_timeouts(results)  # no save gave up waiting for the lock file
    assert made.verified and made.problems == []

    restored = tmp_path / "restored.duban"
    result = backup.restore_backup(made.path, restored, folder=tmp_path / "backups")
    assert result.target == restored and result.before_restore is None
    assert integrity(restored) == ["ok"] and foreign_key_problems(restored) == []
    periods, saved = _writer_saves(restored, "b% 第 % 次保存")
    assert sorted(periods) == sorted(saved)  # every save in the snapshot is whole: its report and its id
    final_periods, final_saved = _writer_saves(sample_path, "b% 第 % 次保存")
    assert sorted(final_periods) == sorted(final_saved) == sorted(confirmed())
    # A state between the start and the end: everything confirmed before the backup began, part of the rest.
    assert before_backup <= set(saved) <= set(final_saved)
    assert len(saved) < len(final_saved)
    assert scalar(restored, "SELECT counter FROM duban_revision") == start_revision + len(saved)
    database = Database.open(restored)
    try:
        with database.write(note="t", save_id=str(uuid.uuid4())) as session:
            session.merge(Meta(key="after_restore", value="1"))
    finally:
        database.close()
    assert integrity(restored) == ["ok"]


# -- 10. schema upgrades --------------------------------------------------------------------------


def _downgrade_to_0002(path: Path) -> None:
    from desktop.db.engine import create_engine_for
    from desktop.db.schema import downgrade, migration_transaction
    from desktop.db.target import Target

    engine = create_engine_for(Target(path=path))
    with engine.connect() as connection, migration_transaction(connection):
        downgrade(connection, "0002")
    engine.dispose()
    assert scalar(path, "SELECT version_num FROM alembic_version") == "0002"


def test_an_upgrade_is_refused_while_another_session_has_the_file_open(sample_path, duban_home):
    from sqlalchemy import create_engine, insert

    from desktop.models import OpenSession

    database = Database.open(sample_path)
    try:
        presence.register(database)
        other = presence.active(database)[0]
    finally:
        database.close()
    _downgrade_to_0002(sample_path)
    # A 0002 file has no session table (it comes with 0003): put one back with the live session in it,
    # as a later upgrade will find it.
    engine = create_engine(f"sqlite:///{sample_path}")
    with engine.begin() as connection:
        OpenSession.__table__.create(connection)
        connection.execute(insert(OpenSession).values(
            id=other.id, os_user=other.os_user, machine=other.machine, pid=other.pid, app_version=other.app_version,
            started_at=other.started_at, heartbeat_at=dt.datetime.now(), read_only=False,
        ))
    engine.dispose()
    before = _digest(sample_path)
    with pytest.raises(UpgradeBlockedError) as refused:
        Database.open(sample_path)
    assert other.machine in str(refused.value) and "升级" in str(refused.value)
    assert _digest(sample_path) == before
    assert not lock_path(sample_path).exists() and not journal_of(sample_path).exists()
    assert not (duban_home / "backups").exists()  # nothing was even backed up


def test_an_upgrade_killed_half_way_leaves_the_old_file_which_the_next_open_upgrades(sample_path, tmp_path):
    _downgrade_to_0002(sample_path)
    counts = table_counts(sample_path)
    before = _digest(sample_path)

    killed = Worker("upgrade-killed", "--db", sample_path, "--backups", tmp_path / "backups")
    try:
        assert killed.read()["event"] == "killing"
        killed.proc.wait(timeout=30)
        assert killed.proc.returncode == -signal.SIGKILL, killed.stderr()
    finally:
        killed.close()
    journal = journal_of(sample_path)
    assert journal.exists() and journal.stat().st_size > 0
    assert lock_path(sample_path).exists()  # left by the dead process
    assert _digest(sample_path) != before  # the file on disk is half upgraded: only the journal can help

    verifier = Worker("session")  # the next PC to open the file
    try:
        verifier.expect("loaded")
        opened = verifier.request(cmd="open", path=str(sample_path))
        assert opened["ok"], opened
        touches = verifier.request(cmd="journal_touches")["touches"]
        assert verifier.request(cmd="close")["ok"]
    finally:
        verifier.close()
    # Duban itself never removed, renamed or truncated the journal: SQLite rolled it back (in C).
    assert touches == []
    assert not journal.exists() and not lock_path(sample_path).exists()
    assert scalar(sample_path, "SELECT version_num FROM alembic_version") == HEAD_REVISION
    assert integrity(sample_path) == ["ok"] and foreign_key_problems(sample_path) == []
    assert table_counts(sample_path) == counts
    # The backup taken before the new upgrade, after the rollback, shows the file the kill left behind:
    # still revision 0002, sound, every row there.
    backups = [b for b in backup.list_backups(sample_path) if b.reason == backup.BEFORE_UPGRADE]
    assert backups, "no backup was taken before the upgrade"
    assert scalar(backups[0].path, "SELECT version_num FROM alembic_version") == "0002"
    assert integrity(backups[0].path) == ["ok"] and table_counts(backups[0].path) == counts
