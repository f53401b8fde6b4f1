"""Making a backup through SQLite's backup API: a verified, consistent copy, or nothing and a clear message."""

from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import types
from pathlib import Path

import pytest

from desktop.db import backup
from desktop.db.backup import make as making
from desktop.db.backup import BackupFolderError, BackupVerificationError, list_backups, make_backup
from desktop.db.check import verify
from desktop.db.lockfile import WriteLock, lock_path
from desktop.db.sqlite import SQLITE_APPLICATION_ID
from desktop.errors import DatabaseFileError

from backup_files import NOW, corrupt_a_middle_page, database_id, execute, files_in, raw, scalar, task_title

pytestmark = pytest.mark.sqlite_only(reason="backups, restores and checks are of SQLite files")


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
    opened = making.open_destination

    def tiny_disk(path):
        connection = opened(path)
        connection.execute("PRAGMA max_page_count = 3")  # the disk fills up after three pages
        return connection

    monkeypatch.setattr(making, "open_destination", tiny_disk)
    folder = tmp_path / "b"
    with pytest.raises(BackupFolderError) as caught:
        make_backup(sample_path, folder, now=NOW)
    assert "磁盘已满" in caught.value.message and "备份文件夹" in caught.value.message
    assert files_in(folder) == []


def test_too_little_free_space_is_found_before_writing(sample_path, tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "disk_usage", lambda p: types.SimpleNamespace(total=10**9, used=10**9 - 4096, free=4096))
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
    monkeypatch.setattr(making, "WriteLock", functools.partial(WriteLock, wait=0.3))
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


