"""A restore racing a process that keeps saving: nothing acknowledged is missing from both copies.

``duban restore BACKUP PATH`` runs as a process of its own, several times, while "another PC"
(tests/faults/worker.py ``saver``, which confirms a save only after ``Database.write`` returned)
saves progress reports as fast as it can. Each restore puts back the same backup, taken before
the saver started; what the file held just before is kept as a ``before-restore`` backup. So
every confirmed save must be in exactly one place: the before-restore backup of the first
restore after it, or (after the last restore) the file itself.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.db import backup
from desktop.db.lockfile import lock_path
from faults.harness import (
    REPO_ROOT,
    Worker,
    column,
    foreign_key_problems,
    integrity,
    journal_of,
    raw,
    read_confirmed,
    scalar,
    worker_env,
)

pytestmark = pytest.mark.sqlite_only(reason="restoring writes into a SQLite file under its lock file")

ROUNDS = 4
SAVES_BETWEEN = 15
TITLE = "SELECT title FROM task WHERE code = '2-1'"


def _saves(path) -> tuple[list[str], list[str]]:
    """(periods of the saver's reports, save ids recorded for them): the same when each save is whole."""
    periods = column(path, "SELECT period FROM progress_report WHERE text LIKE 'r 第 % 次保存'")
    saved = column(path, "SELECT save_id FROM duban_save WHERE note = '报送进展'")
    return periods, saved


def _duban(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO_ROOT, env=worker_env(), capture_output=True, text=True, encoding="utf-8", timeout=90,
    )


def test_restore_racing_a_saving_process_loses_no_acknowledged_save(sample_path, tmp_path):
    original_title = scalar(sample_path, TITLE)
    start = backup.make_backup(sample_path, tmp_path / "start", reason=backup.MANUAL)
    reports_at_start = scalar(start.path, "SELECT count(*) FROM progress_report")
    # A change after the backup: each restore must take it away again (the restored content).
    with raw(sample_path) as connection:
        connection.execute("UPDATE task SET title = '恢复前改过的标题' WHERE code = '2-1'")

    confirm, stop = tmp_path / "confirmed.txt", tmp_path / "stop"
    saver = Worker("saver", "--db", sample_path, "--tag", "r", "--confirm", confirm, "--stop-file", stop,
                   "--recovery", tmp_path / "recovery", "--wait-go")

    def wait_for(count: int) -> None:
        deadline = time.monotonic() + 60
        while len(read_confirmed(confirm)) < count:
            assert saver.proc.poll() is None, saver.stderr()
            assert time.monotonic() < deadline, "the saver does not save"
            time.sleep(0.005)

    outputs = []
    try:
        saver.expect("loaded")
        saver.send("go")
        saver.expect("opened")
        for number in range(ROUNDS):
            wait_for(len(read_confirmed(confirm)) + SAVES_BETWEEN)
            force = ["--force"] if number % 2 == 0 else []  # the saver has no window session: no refusal
            done = _duban("restore", str(start.path), str(sample_path), *force)
            assert done.returncode == 0, done.stdout + done.stderr
            outputs.append(done.stdout)
        wait_for(len(read_confirmed(confirm)) + SAVES_BETWEEN)
        stop.touch()
        result = saver.expect("done", timeout=120)
    finally:
        saver.close()

    for error in result["errors"]:  # only a save that waited out a restore may fail, and it is replayed
        assert error["type"] == "DatabaseUnavailableError" and "秒仍未结束" in error["message"], error
    assert result["still_pending"] == 0
    confirmed = read_confirmed(confirm)
    assert len(confirmed) == len(set(confirmed)) >= (ROUNDS + 1) * SAVES_BETWEEN

    # The before-restore backup of each round, in order, as the restore printed it.
    befores = [Path(output.rsplit("恢复前的数据已另存为备份：", 1)[1].strip()) for output in outputs]
    assert sorted(befores) == sorted(b.path for b in backup.list_backups(sample_path) if b.reason == backup.BEFORE_RESTORE)
    assert len(set(befores)) == ROUNDS
    copies = [*befores, sample_path]
    in_copies = []
    for path in copies:
        assert integrity(path) == ["ok"] and foreign_key_problems(path) == [], path
        periods, saved = _saves(path)
        assert sorted(periods) == sorted(saved), path  # every save in a copy is whole
        assert len(saved) >= SAVES_BETWEEN, path  # the saver saved before each restore and after the last
        in_copies.append(set(saved))
        # Each before-restore backup holds what the restore was about to replace: the changed title.
        assert scalar(path, TITLE) == ("恢复前改过的标题" if path == copies[0] else original_title), path

    # Nothing acknowledged is missing from both copies, and nothing is in two of them:
    # each restore wiped the file back to the start, so a save is in the copy of its own round.
    missing = set(confirmed) - set().union(*in_copies)
    assert not missing, f"{len(missing)} of {len(confirmed)} confirmed saves are in neither copy"
    assert set().union(*in_copies) == set(confirmed)  # and nothing there that was not confirmed
    assert sum(len(s) for s in in_copies) == len(confirmed)
    # The restored file is the backup plus the saves made after the last restore.
    assert scalar(sample_path, "SELECT count(*) FROM progress_report") == reports_at_start + len(in_copies[-1])
    assert not lock_path(sample_path).exists() and not journal_of(sample_path).exists()

