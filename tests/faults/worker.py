"""Processes for the fault tests (tests/test_*_faults.py and others): each one is "another PC" running Duban's own code.

Run as ``python tests/faults/worker.py COMMAND [options]``. A worker reports on stdout, one
JSON object per line; a save is reported (or written to its confirmation file) only after
Duban's ``write`` returned, i.e. after the commit. The commands:

* ``saver``: opens the file with ``Database.open`` and adds progress reports in a loop
  through ``reports.add_report(..., save_id=...)`` (the period of each report is its save id,
  so a report and its ``duban_save`` row can be matched up); each confirmed save id is
  appended to ``--confirm`` (and fsync'ed with ``--fsync``).
* ``session``: a long-running Duban process driven by JSON commands on stdin (open, save a
  report and keep it in the recovery file when that fails, replay, load and save a task...);
  ``open`` takes a file or a database URL, and ``save_report`` can stop inside its transaction
  until the test says "go" (``pause_at``, see :mod:`pgfaults`).
  An audit hook records any attempt of the process to remove, rename or truncate a
  ``-journal`` file: only SQLite itself may do that, and it does so in C, unseen by the hook.
* ``counter``: read-modify-write increments of one row inside ``db.write()``, optionally
  through a ``nolock=1`` URI (SQLite's locks ignored) or without Duban's lock file.
* ``disk-full``: the whole disk-full story on a small tmpfs (mounted by the worker itself when
  it runs in a private mount namespace, see the test).
* ``export``: Duban's export verbs writing into a full (or read-only) tmpfs.
* ``read-only``: opens read-only files and folders after dropping root privileges.
* ``wal-writer``: another program (plain ``sqlite3``) switching the file to WAL and writing.
* ``upgrade-killed``: ``Database.open`` on an old file, killed (SIGKILL) half-way through the upgrade.

The disk commands (``disk-full``, ``export``, ``read-only``) are in :mod:`disk_worker`; what
every worker shares in :mod:`worker_basics`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sqlite3
import sys
import time
import traceback
import uuid
import warnings
from pathlib import Path

from disk_worker import cmd_disk_full, cmd_export, cmd_read_only
from worker_basics import emit, error_of, first_task_id, ignore_sqlite_locks

JOURNAL_TOUCHES: list[dict] = []


def _sqlalchemy_warnings_are_errors() -> None:
    from sqlalchemy.exc import SADeprecationWarning, SAWarning

    warnings.filterwarnings("error", category=SAWarning)
    warnings.filterwarnings("error", category=SADeprecationWarning)


def _watch_journals() -> None:
    """Record every attempt of this (Python) process to remove, rename or truncate a ``-journal``."""

    def hook(event: str, args: tuple) -> None:
        if event in ("os.remove", "os.rename", "os.truncate", "shutil.move", "shutil.rmtree"):
            paths = [str(a) for a in args if isinstance(a, (str, bytes, os.PathLike))]
            if any(p.endswith("-journal") or p.endswith("-journal'") for p in paths):
                JOURNAL_TOUCHES.append({"event": event, "args": paths, "stack": traceback.format_stack(limit=8)})
        elif event == "open" and args and isinstance(args[0], (str, os.PathLike)):
            path = str(args[0])
            mode = args[1] if len(args) > 1 else "r"
            flags = args[2] if len(args) > 2 and isinstance(args[2], int) else 0
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                flags & (os.O_WRONLY | os.O_RDWR | os.O_TRUNC)
            )
            if path.endswith("-journal") and writing:
                JOURNAL_TOUCHES.append({"event": event, "args": [path, str(mode)], "stack": traceback.format_stack(limit=8)})

    sys.addaudithook(hook)


# -- saver ---------------------------------------------------------------------------------------


def cmd_saver(args) -> None:
    from desktop.db.database import Database
    from desktop.errors import DatabaseUnavailableError, UserError
    from desktop.services import recovery, reports
    from desktop.services.recovery import PendingSave, RecoveryFile

    if args.nolock:
        ignore_sqlite_locks()
    emit(event="loaded", pid=os.getpid())
    if args.wait_go and sys.stdin.readline().strip() != "go":
        return
    database = Database.open(args.db)
    task_id = args.task_id or first_task_id(database)
    kept = RecoveryFile(f"saver-{args.tag}", folder=Path(args.recovery)) if args.recovery else None
    emit(event="opened", pid=os.getpid())
    fd = os.open(args.confirm, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def confirm(save_id: str) -> None:
        # Confirmed only now that write() has returned: the commit is on the disk.
        os.write(fd, (save_id + "\n").encode())
        if args.fsync:
            os.fsync(fd)

    latencies: list[float] = []
    errors: list[dict] = []
    started = time.perf_counter()
    number = 0
    while args.count == 0 or number < args.count:
        if args.stop_file and os.path.exists(args.stop_file):
            break
        save_id = str(uuid.uuid4())
        text = f"{args.tag} 第 {number} 次保存"
        before = time.perf_counter()
        try:
            reports.add_report(database, task_id, save_id, text, save_id=save_id)
        except DatabaseUnavailableError as error:
            # What the window does: the edit is kept in the recovery file and saved again later.
            errors.append({**error_of(error), "seconds": time.perf_counter() - before})
            if kept is None:
                raise
            kept.add(PendingSave(save_id, "report", {"task_id": task_id, "period": save_id, "text": text},
                                 label=text, reason=error.message))
        except UserError as error:
            errors.append(error_of(error))
        else:
            latencies.append(time.perf_counter() - before)
            confirm(save_id)
        number += 1
    elapsed = time.perf_counter() - started
    replayed: list[str] = []
    deadline = time.monotonic() + 120
    while kept is not None and len(kept) and time.monotonic() < deadline:
        result = recovery.replay(database, kept)
        for entry in result.saved:
            confirm(entry.save_id)
            replayed.append(entry.save_id)
        if result.conflicts or result.refused:
            break
    os.close(fd)
    database.close()
    emit(event="done", saved=len(latencies), errors=errors, replayed=replayed,
         still_pending=len(kept) if kept is not None else 0, seconds=elapsed, latencies=latencies)


# -- reader --------------------------------------------------------------------------------------


def cmd_reader(args) -> None:
    """A window that only looks: polls the revision counter, loads the task list and one task's reports."""
    from desktop.db.database import Database
    from sqlalchemy import select

    from desktop.errors import UserError
    from desktop.models import Task
    from desktop.services import rows, tasks

    if args.nolock:
        ignore_sqlite_locks()
    database = Database.open(args.db)
    task_id = first_task_id(database)
    with database.read() as session:
        plan_id = session.scalars(select(Task.plan_id).where(Task.id == task_id)).one()
    emit(event="loaded", pid=os.getpid())
    reads = 0
    errors: list[dict] = []
    while not os.path.exists(args.stop_file):
        try:
            database.revision()
            rows.task_rows(database, plan_id)
            tasks.load_task(database, task_id)
            reads += 1
        except UserError as error:  # a Duban message: counted; anything else ends the worker with a traceback
            errors.append(error_of(error))
        time.sleep(args.pause)
    database.close()
    emit(event="done", reads=reads, errors=errors)


# -- session -------------------------------------------------------------------------------------


class Session:
    """One Duban process taking commands; keeps its open database and loaded task snapshots."""

    def __init__(self):
        self.database = None
        self.recovery = None
        self.snapshots: dict[int, object] = {}

    def open(self, path: str, recovery: str | None = None) -> dict:
        from desktop.db.database import Database
        from desktop.services.recovery import RecoveryFile

        started = time.perf_counter()
        self.database = Database.open(path)
        self.task_id = first_task_id(self.database)
        if recovery:
            self.recovery = RecoveryFile("faults", folder=Path(recovery))
        return {"read_only": self.database.read_only, "seconds": time.perf_counter() - started}

    def close(self) -> dict:
        if self.database is not None:
            self.database.close()
            self.database = None
        return {}

    def save_report(self, text: str, task_id: int | None = None, pause_at: str | None = None) -> dict:
        from desktop.errors import DatabaseUnavailableError
        from desktop.services import reports
        from desktop.services.recovery import PendingSave, new_save_id
        from pgfaults import paused_inside_save

        task_id = task_id or self.task_id
        save_id = new_save_id()
        period = "2026-11"
        try:
            with paused_inside_save(pause_at):  # the save stops there until the test says "go"
                reports.add_report(self.database, task_id, period, text, save_id=save_id)
        except DatabaseUnavailableError as error:
            # What the window does with a save the environment refused: keep it for later.
            payload = {"task_id": task_id, "period": period, "text": text}
            self.recovery.add(PendingSave(save_id, "report", payload, label=f"任务 {task_id} 的进展", reason=error.message))
            return {"ok": False, "save_id": save_id, "error": error_of(error), "pending": len(self.recovery),
                    "io_error_seen": self.database.io_error_seen}
        return {"ok": True, "save_id": save_id}

    def replay(self) -> dict:
        from desktop.services import recovery

        result = recovery.replay(self.database, self.recovery)
        return {
            "applied": [e.save_id for e in result.applied],
            "already": [e.save_id for e in result.already],
            "conflicts": [e.save_id for e, _ in result.conflicts],
            "refused": [[e.save_id, err.message] for e, err in result.refused],
            "unreachable": result.unreachable.message if result.unreachable else None,
            "pending": len(self.recovery),
        }

    def count_reports(self, text: str) -> dict:
        from sqlalchemy import func, select

        from desktop.models import ProgressReport

        with self.database.read() as session:
            count = session.scalar(select(func.count()).select_from(ProgressReport).where(ProgressReport.text == text))
        return {"count": count}

    def write_probe(self, key: str, save_id: str | None = None) -> dict:
        from desktop.models import Meta

        started = time.perf_counter()
        with self.database.write(note="probe", save_id=save_id) as session:
            session.merge(Meta(key=key, value="1"))
        return {"seconds": time.perf_counter() - started}

    def load_task(self, task_id: int) -> dict:
        from desktop.services import tasks
        from desktop.services.editing import plain

        snapshot = tasks.load_task(self.database, task_id)
        self.snapshots[task_id] = snapshot
        return {"version": snapshot.version, "fields": {k: plain(v) for k, v in snapshot.fields.items()}}

    def save_task(self, task_id: int, changes: dict) -> dict:
        from desktop.services import tasks
        from desktop.services.editing import EditConflict, plain

        snapshot = self.snapshots[task_id]
        try:
            result, _undo = tasks.save_task(self.database, task_id, snapshot.version, snapshot.fields, changes)
        except EditConflict as conflict:
            return {
                "ok": False,
                "error": error_of(conflict),
                "current_version": conflict.current_version,
                "conflicts": [
                    {"field": c.field, "original": plain(c.original), "mine": plain(c.mine), "theirs": plain(c.theirs)}
                    for c in conflict.conflicts
                ],
            }
        return {"ok": True, "version": result.version, "merged_theirs": {k: plain(v) for k, v in result.merged_theirs.items()}}

    def journal_touches(self) -> dict:
        return {"touches": list(JOURNAL_TOUCHES)}


def cmd_session(args) -> None:
    _watch_journals()
    import desktop.db.database  # noqa: F401 - imported before the first command, so a command is quick
    import desktop.services.recovery  # noqa: F401
    import desktop.services.reports  # noqa: F401
    import desktop.services.tasks  # noqa: F401

    session = Session()
    emit(event="loaded", pid=os.getpid())
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        command = request.pop("cmd")
        if command == "quit":
            session.close()
            emit(ok=True)
            return
        try:
            reply = getattr(session, command)(**request)
            emit(ok=True, **reply) if "ok" not in reply else emit(**reply)
        except Exception as exc:  # noqa: BLE001 - reported to the test, which decides
            emit(ok=False, exception=error_of(exc), traceback=traceback.format_exc())


# -- counter -------------------------------------------------------------------------------------


def cmd_counter(args) -> None:
    import desktop.db.database
    import desktop.db.sqlite
    from desktop.db.database import Database
    from desktop.models import Meta

    if args.nolock:
        ignore_sqlite_locks()
    if args.no_lockfile:
        # The control: Duban's own lock file switched off in this process.
        desktop.db.database.WriteLock = lambda *a, **k: contextlib.nullcontext()
    database = Database.open(args.db)
    emit(event="loaded", pid=os.getpid())
    if sys.stdin.readline().strip() != "go":
        return
    import random

    done = 0
    errors: list[dict] = []
    for _ in range(args.n):
        try:
            with database.write(note="counter") as session:
                row = session.get(Meta, "fault_counter")
                value = int(row.value)
                time.sleep(random.uniform(args.sleep, 2 * args.sleep))  # the person thinks
                row.value = str(value + 1)
            done += 1
        except Exception as exc:  # noqa: BLE001 - the control may well break; it is counted
            errors.append(error_of(exc))
        time.sleep(random.uniform(0, args.sleep / 2))
    database.close()
    emit(event="done", done=done, errors=errors)


# -- another program: WAL ------------------------------------------------------------------------


def cmd_wal_writer(args) -> None:
    """Plain sqlite3, no Duban: switch the file to WAL, write rows, keep it open until killed."""
    connection = sqlite3.connect(args.db, isolation_level=None)
    mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    for number in range(args.rows):
        connection.execute("INSERT INTO duban_meta (key, value) VALUES (?, ?)", (f"wal_row_{number}", str(number)))
    connection.execute("UPDATE task SET title = title || '（WAL中修改）' WHERE id = (SELECT min(id) FROM task)")
    emit(event="ready", mode=mode)
    time.sleep(600)


# -- an upgrade killed half-way --------------------------------------------------------------------


def cmd_upgrade_killed(args) -> None:
    import desktop.db.database
    from desktop.db.database import Database

    def killed_half_way(session) -> None:
        # The schema is already changed inside the transaction. Make SQLite spill the changed
        # pages into the database file itself (a tiny cache), so the file on disk is half
        # upgraded and only the journal can bring it back; then die without any clean-up.
        connection = session.connection()
        connection.exec_driver_sql("PRAGMA cache_size = 1")
        for table in ("audit_entry", "task", "measure", "progress_report", "task_event"):
            connection.exec_driver_sql(f"UPDATE {table} SET id = id")
        emit(event="killing")
        os.kill(os.getpid(), signal.SIGKILL)

    desktop.db.database.fill_missing_search_keys = killed_half_way
    Database.open(args.db, backup_folder=Path(args.backups))
    emit(event="not-killed")


# -------------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)

    saver = commands.add_parser("saver")
    saver.add_argument("--db", required=True)
    saver.add_argument("--tag", default="w")
    saver.add_argument("--count", type=int, default=0, help="0: until killed or --stop-file exists")
    saver.add_argument("--confirm", required=True)
    saver.add_argument("--fsync", action="store_true")
    saver.add_argument("--task-id", type=int, default=0)
    saver.add_argument("--wait-go", action="store_true")
    saver.add_argument("--stop-file", default="")
    saver.add_argument("--recovery", default="", help="keep saves the database refused here and replay them at the end")

    saver.add_argument("--nolock", action="store_true", help="SQLite's locks ignored, as on a broken share")

    reader = commands.add_parser("reader")
    reader.add_argument("--db", required=True)
    reader.add_argument("--stop-file", required=True)
    reader.add_argument("--pause", type=float, default=0.0)
    reader.add_argument("--nolock", action="store_true")

    commands.add_parser("session")

    counter = commands.add_parser("counter")
    counter.add_argument("--db", required=True)
    counter.add_argument("--n", type=int, default=20)
    counter.add_argument("--sleep", type=float, default=0.01)
    counter.add_argument("--nolock", action="store_true")
    counter.add_argument("--no-lockfile", action="store_true")

    full = commands.add_parser("disk-full")
    full.add_argument("--dir", required=True)
    full.add_argument("--source", required=True)
    full.add_argument("--recovery", required=True)
    full.add_argument("--out", required=True)
    full.add_argument("--free", type=int, default=0)
    full.add_argument("--mount", default="", help="mount a tmpfs of this size on --dir first")

    export = commands.add_parser("export")
    export.add_argument("--dir", required=True)
    export.add_argument("--out", required=True)
    export.add_argument("--run", required=True, help="a JSON list of argument lists for python -m desktop; {dir} is --dir")
    export.add_argument("--keep", action="append", default=[], help="NAME=FILE: put FILE into --dir as NAME first")
    export.add_argument("--mount", default="", help="mount a tmpfs of this size on --dir first")
    export.add_argument("--fill", action="store_true", help="fill the disk, leaving --free bytes")
    export.add_argument("--free", type=int, default=0)
    export.add_argument("--read-only", action="store_true", help="then remount it read-only")

    read_only = commands.add_parser("read-only")
    read_only.add_argument("--uid", type=int, default=65534)
    read_only.add_argument("--warm-up", required=True)
    read_only.add_argument("--case", action="append", default=[], help="name=path")

    wal = commands.add_parser("wal-writer")
    wal.add_argument("--db", required=True)
    wal.add_argument("--rows", type=int, default=20)

    upgrade = commands.add_parser("upgrade-killed")
    upgrade.add_argument("--db", required=True)
    upgrade.add_argument("--backups", required=True)

    args = parser.parse_args()
    if args.command != "wal-writer":
        _sqlalchemy_warnings_are_errors()
    {
        "saver": cmd_saver,
        "session": cmd_session,
        "reader": cmd_reader,
        "counter": cmd_counter,
        "disk-full": cmd_disk_full,
        "export": cmd_export,
        "read-only": cmd_read_only,
        "wal-writer": cmd_wal_writer,
        "upgrade-killed": cmd_upgrade_killed,
    }[args.command](args)


if __name__ == "__main__":
    main()
