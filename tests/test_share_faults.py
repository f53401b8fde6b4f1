"""The share or disk under a Duban file fails: a full disk (a small tmpfs), a read-only file and
folder for a non-root user, and a share that vanishes (a FUSE passthrough that starts failing
with EIO). The edit is kept in the recovery file and replayed once; nothing is damaged.

Each "PC" is a separate process (tests/faults/worker.py) running Duban's own save path.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from faults.harness import (
    digest,
    foreign_key_problems,
    fuse_share,
    integrity,
    namespace_prefix as _namespace_prefix,
    scalar,
    unavailable as _unavailable,
    Worker,
    worker_env,
)

pytestmark = pytest.mark.sqlite_only(reason="network shares, lock files, journals and disks belong to SQLite files")


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
        before = {path: digest(path) for path in (read_only_file, in_read_only_folder)}
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
        assert {path: digest(path) for path in before} == before
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
