"""The file's own state with several PCs: a file left in WAL mode, a backup taken while writers
run, and schema upgrades that are blocked or killed half-way.

Each "PC" is a separate process (tests/faults/worker.py) running Duban's own save path.
"""

from __future__ import annotations

import datetime as dt
import signal
import time
import uuid
from pathlib import Path

import pytest

from desktop.db import backup, presence
from desktop.db.database import Database, UpgradeBlockedError
from desktop.db.lockfile import lock_path
from desktop.db.revisions import HEAD_REVISION
from desktop.errors import DatabaseUnavailableError
from desktop.models import Meta
from faults.harness import (
    close_all,
    digest,
    foreign_key_problems,
    integrity,
    journal_of,
    lock_timeouts,
    raw,
    read_confirmed,
    scalar,
    table_counts,
    Worker,
    writer_saves,
)

pytestmark = pytest.mark.sqlite_only(reason="network shares, lock files, journals and disks belong to SQLite files")


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
        close_all(workers)
    assert not lock_timeouts(results)  # no save gave up waiting for the lock file
    assert made.verified and made.problems == []

    restored = tmp_path / "restored.duban"
    result = backup.restore_backup(made.path, restored, folder=tmp_path / "backups")
    assert result.target == restored and result.before_restore is None
    assert integrity(restored) == ["ok"] and foreign_key_problems(restored) == []
    periods, saved = writer_saves(restored, "b% 第 % 次保存")
    assert sorted(periods) == sorted(saved)  # every save in the snapshot is whole: its report and its id
    final_periods, final_saved = writer_saves(sample_path, "b% 第 % 次保存")
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
    before = digest(sample_path)
    with pytest.raises(UpgradeBlockedError) as refused:
        Database.open(sample_path)
    assert other.machine in str(refused.value) and "升级" in str(refused.value)
    assert digest(sample_path) == before
    assert not lock_path(sample_path).exists() and not journal_of(sample_path).exists()
    assert not (duban_home / "backups").exists()  # nothing was even backed up


def test_an_upgrade_killed_half_way_leaves_the_old_file_which_the_next_open_upgrades(sample_path, tmp_path):
    _downgrade_to_0002(sample_path)
    counts = table_counts(sample_path)
    before = digest(sample_path)

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
    assert digest(sample_path) != before  # the file on disk is half upgraded: only the journal can help

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
