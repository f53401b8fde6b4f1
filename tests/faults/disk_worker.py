"""Worker commands about disks: ``disk-full`` (the whole disk-full story on a small tmpfs), ``export``
(Duban's export verbs writing into a full or read-only tmpfs) and ``read-only`` (read-only files and
folders opened after dropping root privileges). Run through tests/faults/worker.py."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import sys
import uuid
from pathlib import Path

from worker_basics import emit, error_of, first_task_id


# -- disk full -----------------------------------------------------------------------------------


def _integrity(path: Path) -> list[str]:
    """``integrity_check`` through a plain read-write connection, which rolls back a hot journal as SQLite does."""
    connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def cmd_disk_full(args) -> None:
    from desktop.db.database import Database
    from desktop.errors import DatabaseUnavailableError
    from desktop.services import reports
    from desktop.services.recovery import PendingSave, RecoveryFile

    folder = Path(args.dir)
    if args.mount:
        subprocess_run(["mount", "-t", "tmpfs", "-o", f"size={args.mount}", "tmpfs", str(folder)])
    report: dict = {"filesystem": _fs_type(folder)}
    path = folder / "shared.duban"
    shutil.copyfile(args.source, path)
    database = Database.open(path)
    task_id = first_task_id(database)
    reports.add_report(database, task_id, "2026-10", "磁盘满之前的进展", save_id=str(uuid.uuid4()))
    filler = _fill(folder, args.free, report)
    failed_text = "磁盘满时填写的进展"
    rf = RecoveryFile("disk-full", folder=Path(args.recovery))
    save_id = str(uuid.uuid4())
    try:
        reports.add_report(database, task_id, "2026-11", failed_text, save_id=save_id)
        report["save"] = {"ok": True}
    except DatabaseUnavailableError as error:
        report["save"] = {"ok": False, "error": error_of(error)}
        rf.add(PendingSave(save_id, "report", {"task_id": task_id, "period": "2026-11", "text": failed_text},
                           label="进展", reason=error.message))
    report["pending_after_failure"] = len(rf)
    report["journal_after_failure"] = path.with_name(path.name + "-journal").exists()
    report["lock_after_failure"] = path.with_name(path.name + ".lock").exists()
    # While the disk is still full: the database is intact, holds what was saved before, opens again.
    database.close()
    report["integrity_while_full"] = _integrity(path)
    report["count_before_full"] = _count(path, "磁盘满之前的进展")
    database = Database.open(path)
    report["replay_while_full"] = _replay(database, rf)
    os.unlink(filler)
    report["replay"] = _replay(database, rf)
    report["replay_again"] = _replay(database, rf)
    database.close()
    report["count_failed_text"] = _count(path, failed_text)
    report["count_save_id"] = _scalar(path, "SELECT count(*) FROM duban_save WHERE save_id = ?", (save_id,))
    report["integrity_after"] = _integrity(path)
    report["save_id"] = save_id
    shutil.copyfile(path, Path(args.out) / "after.duban")
    if args.mount:
        subprocess_run(["umount", str(folder)])
    emit(**report)


def _fill(folder: Path, free: int, report: dict) -> Path:
    """Fill the disk of *folder*, then give back exactly *free* bytes; returns the filler file."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 65536
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(chunk)
                handle.flush()
        except OSError as exc:
            report["fill_errno"] = exc.errno
    size = filler.stat().st_size
    if free:
        os.truncate(filler, max(0, size - free))
    report["free_bytes"] = shutil.disk_usage(folder).free
    return filler


def cmd_export(args) -> None:
    """Duban's exports (``python -m desktop ...``) into a full tmpfs, or a read-only one.

    ``--keep NAME=FILE`` puts a good file there first (to be overwritten by an export);
    ``--run`` is a JSON list of argument lists in which ``{dir}`` is the folder. Reports
    what each command printed and returned, and copies what is left in the folder (but
    the filler) to ``--out``.
    """
    import subprocess

    folder = Path(args.dir)
    if args.mount:
        subprocess_run(["mount", "-t", "tmpfs", "-o", f"size={args.mount}", "tmpfs", str(folder)])
    report: dict = {"filesystem": _fs_type(folder)}
    for spec in args.keep:
        name, source = spec.split("=", 1)
        shutil.copyfile(source, folder / name)
    filler = _fill(folder, args.free, report) if args.fill else None
    if args.read_only:
        subprocess_run(["mount", "-o", "remount,ro", str(folder)])
    report["runs"] = []
    for argv in json.loads(args.run):
        argv = [part.replace("{dir}", str(folder)) for part in argv]
        done = subprocess.run([sys.executable, "-m", "desktop", *argv], capture_output=True, text=True,
                              encoding="utf-8", timeout=120)
        report["runs"].append({"argv": argv, "returncode": done.returncode, "stdout": done.stdout, "stderr": done.stderr})
    out = Path(args.out)
    for path in sorted(folder.rglob("*")):
        if path != filler:
            target = out / path.relative_to(folder)
            if path.is_dir():
                target.mkdir(exist_ok=True)
            else:
                shutil.copyfile(path, target)
    if args.mount:
        subprocess_run(["umount", str(folder)])
    emit(**report)


def _replay(database, rf) -> dict:
    from desktop.services import recovery

    result = recovery.replay(database, rf)
    return {
        "applied": [e.save_id for e in result.applied],
        "already": [e.save_id for e in result.already],
        "unreachable": result.unreachable.message if result.unreachable else None,
        "pending": len(rf),
    }


def _count(path: Path, text: str) -> int:
    return _scalar(path, "SELECT count(*) FROM progress_report WHERE text = ?", (text,))


def _scalar(path: Path, sql: str, params: tuple = ()):
    connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    try:
        return connection.execute(sql, params).fetchone()[0]
    finally:
        connection.close()


def _fs_type(folder: Path) -> str:
    best, kind = "", "?"
    with open("/proc/mounts", encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            mount = parts[1].replace("\\040", " ")
            if str(folder).startswith(mount) and len(mount) > len(best):
                best, kind = mount, parts[2]
    return kind


def subprocess_run(command: list[str]) -> None:
    import subprocess

    subprocess.run(command, check=True, capture_output=True)


# -- read-only -----------------------------------------------------------------------------------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_only_case(path: Path) -> dict:
    from sqlalchemy import func, select

    from desktop.db.database import Database
    from desktop.errors import UserError
    from desktop.models import Meta, Task

    before = _digest(path)
    listing = sorted(os.listdir(path.parent))
    result: dict = {"uid": os.getuid(), "euid": os.geteuid()}
    try:
        database = Database.open(path)
    except UserError as error:
        result["open_error"] = error_of(error)
        return result
    try:
        result["read_only"] = database.read_only
        result["reason"] = database.read_only_reason
        with database.read() as session:
            result["tasks"] = session.scalar(select(func.count()).select_from(Task))
        result["application"] = database.meta().get("application")
        try:
            with database.write(note="should not happen") as session:
                session.merge(Meta(key="read_only_probe", value="written"))
            result["write"] = {"ok": True}
        except UserError as error:
            result["write"] = {"ok": False, "error": error_of(error)}
    finally:
        database.close()
    result["unchanged"] = _digest(path) == before
    result["new_files"] = sorted(set(os.listdir(path.parent)) - set(listing))
    return result


def cmd_read_only(args) -> None:
    # Everything the read-only path uses is imported (and run once) while still root: once the
    # privileges are dropped this process may no longer read the interpreter's own folder.
    import desktop.db.backup  # noqa: F401
    import desktop.services.recovery  # noqa: F401

    warm = Path(args.warm_up)
    _read_only_case(warm)
    if os.getuid() == 0:
        os.setgroups([])
        os.setgid(args.uid)
        os.setuid(args.uid)
    cases = {name: _read_only_case(Path(p)) for name, p in (c.split("=", 1) for c in args.case)}
    emit(**cases)
