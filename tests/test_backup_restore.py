"""Restoring a backup into a database file: refused when it would hurt, undoable, the old content back."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket

import pytest

from desktop.db.backup import make as making
from desktop.db.backup import restore as restoring
from desktop.db.backup import (
    BackupVerificationError,
    RestoreRefusedError,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
)
from desktop.db.check import verify
from desktop.db.lockfile import WriteLock, lock_path, read_lock
from desktop.errors import DatabaseFileError

from backup_files import NOW, add_session, corrupt_a_middle_page, database_id, execute, scalar, task_title

pytestmark = pytest.mark.sqlite_only(reason="backups, restores and checks are of SQLite files")


def test_restore_round_trip_keeps_a_before_restore_backup(sample_path, tmp_path, monkeypatch):
    folder = tmp_path / "b"
    original = task_title(sample_path)
    saved = make_backup(sample_path, folder, now=NOW)
    execute(sample_path, "UPDATE task SET title = '改过的标题' WHERE code = '2-1'")
    inode = sample_path.stat().st_ino
    locks = []
    real_lock = WriteLock

    class RecordingLock(real_lock):
        def __enter__(self):
            result = super().__enter__()
            locks.append((self.database, lock_path(self.database).exists()))
            return result

    monkeypatch.setattr(restoring, "WriteLock", RecordingLock)
    monkeypatch.setattr(making, "WriteLock", RecordingLock)
    copied_under = []
    real_copy = making.copy_into

    def recording_copy(source, temporary, database):
        copied_under.append(read_lock(database))
        real_copy(source, temporary, database)

    monkeypatch.setattr(making, "copy_into", recording_copy)

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

