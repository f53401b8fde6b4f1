"""Writers and readers on a share whose byte-range locks do not work.

Each "PC" is a process (tests/faults/worker.py) that opens the file with SQLite's locking
switched off (``nolock=1``), as on a share that ignores byte-range locks: only Duban's lock
file keeps the writers apart, and nothing but Duban's read protocol keeps a reader from
taking a live writer's ``-journal`` for a crashed one and rolling it back under its feet
(which corrupted the file within seconds before the readers were made read-only), and
once a reader has seen that the locks are broken it reads under the lock file too.

``DUBAN_BROKEN_LOCK_SECONDS`` makes the run longer (default 20 s).
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.db.lockfile import lock_path
from faults.harness import Worker, column, foreign_key_problems, integrity, journal_of, read_confirmed

pytestmark = pytest.mark.sqlite_only(reason="byte-range locks and journals belong to SQLite files")

SECONDS = float(os.environ.get("DUBAN_BROKEN_LOCK_SECONDS") or 20)


def _run(path: Path, folder: Path, writers: int, readers: int) -> tuple[list[str], list[dict], list[dict]]:
    stop = folder / "stop"
    confirms = [folder / f"writer{n}.txt" for n in range(writers)]
    workers = [
        Worker("saver", "--db", path, "--tag", f"w{n}", "--confirm", confirms[n], "--stop-file", stop,
               "--recovery", folder / "recovery", "--nolock")
        for n in range(writers)
    ] + [Worker("reader", "--db", path, "--stop-file", stop, "--nolock") for _ in range(readers)]
    try:
        for worker in workers:
            worker.expect("loaded")
        for worker in workers[:writers]:
            worker.expect("opened")
        time.sleep(SECONDS)
        stop.write_text("stop")
        results = [worker.expect("done", timeout=180) for worker in workers]
    finally:
        for worker in workers:
            worker.close()
    confirmed = [save_id for confirm in confirms for save_id in read_confirmed(confirm)]
    return confirmed, results[:writers], results[writers:]


@pytest.mark.parametrize("writers, readers", [(1, 1), (2, 2)])
def test_readers_never_roll_back_a_live_writers_journal(sample_path, tmp_path, writers, readers, capsys):
    confirmed, saved, read = _run(sample_path, tmp_path, writers, readers)

    assert integrity(sample_path) == ["ok"]
    assert foreign_key_problems(sample_path) == []
    # Every save a writer was told had landed is in the file, once.
    periods = column(sample_path, "SELECT period FROM progress_report WHERE text LIKE 'w% 第 % 次保存'")
    assert sorted(periods) == sorted(confirmed)
    assert len(set(confirmed)) == len(confirmed)
    assert [r["still_pending"] for r in saved] == [0] * writers
    assert not lock_path(sample_path).exists() and not journal_of(sample_path).exists()

    reads = sum(r["reads"] for r in read)
    read_errors = [e for r in read for e in r["errors"]]
    # The readers kept reading while the writers wrote, and never saw the file as damaged or read-only.
    assert reads > 10 * readers
    assert len(confirmed) > 10 * writers
    assert [e for e in read_errors if "损坏" in e["message"] or "只读" in e["message"]] == []
    # A reader learns that the share's locks are broken at its first conflict and then reads under the
    # lock file: at most one read per reader may have met a half-written page (and said so, to try again).
    assert len(read_errors) <= readers, read_errors
    assert all(e["type"] == "DatabaseUnavailableError" and "没有受损" in e["message"] for e in read_errors)
    with capsys.disabled():
        print(f"\n  nolock, {writers} writers + {readers} readers, {SECONDS:.0f} s: {len(confirmed)} saves confirmed "
              f"and present, {reads} reads, {len(read_errors)} reads refused, "
              f"{sum(len(r['errors']) for r in saved)} saves retried from the recovery file")


def test_a_journal_that_was_a_live_writers_and_is_gone_is_read_again(sample_path, monkeypatch):
    """Opening met a journal that looked hot (SQLITE_READONLY_ROLLBACK); by the time it looked, the
    journal was gone (its writer, on a share whose locks do not work, had finished): read again, not "damaged"."""
    from desktop.db import sqlite as duban_sqlite

    real_connect = duban_sqlite.connect_sqlite
    met = []

    class MeetsAHotJournal:
        def execute(self, sql):
            met.append(sql)
            raise sqlite3.OperationalError("attempt to write a readonly database")

        def close(self):
            pass

    def connect(path, mode="rw"):
        return MeetsAHotJournal() if mode == "ro" and not met else real_connect(path, mode)

    monkeypatch.setattr(duban_sqlite, "connect_sqlite", connect)
    assert not duban_sqlite.journal_path(sample_path).exists()
    state = duban_sqlite.check_file(sample_path)
    assert met and state.is_duban and state.revision is not None


def test_a_new_connection_for_saves_waits_for_a_save_in_progress_instead_of_rolling_it_back(sample_path, monkeypatch):
    """Setting up a connection that may write reads the file, and that read rolls back a journal
    that looks hot; under broken locks a live writer's journal looks hot. The setup waits for
    the lock file, so another PC's save in progress is left alone and lands."""
    import threading

    import desktop.db.sqlite
    from desktop.db.database import Database
    from desktop.db.lockfile import WriteLock
    from desktop.models import Meta

    original = desktop.db.sqlite.sqlite_uri
    monkeypatch.setattr(desktop.db.sqlite, "sqlite_uri", lambda path, mode: original(path, mode) + "&nolock=1")
    journal = desktop.db.sqlite.journal_path(sample_path)
    database = Database.open(sample_path)
    database.close()  # its connections are dropped: the next save opens a new one
    writing = threading.Event()

    def another_pcs_save():
        with WriteLock(sample_path):  # as every Duban save does
            connection = sqlite3.connect(original(sample_path, "rw") + "&nolock=1", uri=True, isolation_level=None)
            connection.execute("PRAGMA cache_size = 1")  # pages spill into the file: the journal matters
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("UPDATE task SET title = title || '（改）'")
            assert journal.exists()
            writing.set()
            time.sleep(0.5)  # this PC starts its own save meanwhile
            connection.execute("COMMIT")
            connection.close()

    saver = threading.Thread(target=another_pcs_save)
    saver.start()
    writing.wait(10)
    try:
        with database.write(note="this PC") as session:
            session.merge(Meta(key="this-pc", value="1"))
        saver.join()
        assert integrity(sample_path) == ["ok"]
        with database.read() as session:
            titles = [row[0] for row in session.execute(text("SELECT title FROM task"))]
        assert titles and all(title.endswith("（改）") for title in titles)
        assert database.meta()["this-pc"] == "1"
    finally:
        saver.join()
        database.close()
