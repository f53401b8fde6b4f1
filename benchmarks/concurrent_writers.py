"""Benchmark: 8 processes saving at once through Duban against 8 doing the same change with bare sqlite3.

In each round, on fresh copies of the sample database in a folder on a normal disk (not a
tmpfs), alternating which subject goes first:
  duban:   8 processes, each ``Database.open(path)`` then N saves of
           ``reports.add_report(database, task_id, period, text, save_id=...)``: the lock file,
           a pooled connection with Duban's settings, ``BEGIN IMMEDIATE``, the report, its audit
           entry and task event, the revision counter and the save id, ``COMMIT``;
  sqlite:  8 processes, each one plain ``sqlite3`` connection with the same settings
           (journal_mode=DELETE, synchronous=FULL, foreign_keys=ON, busy timeout 10 s), and N
           transactions ``BEGIN IMMEDIATE`` ... ``COMMIT`` writing the same rows: the same two
           look-ups (the save id, the task), the report, the audit entry, the task event, the
           revision counter and the save id.
All 8 processes of a subject start together (each has opened its file and waits for "go");
the rate is the saves made over the wall time from "go" to the last one done; a save's latency
is timed inside its process around one save (waiting for the others included), and p50, p95 and
the longest are reported. A save that gives up (Duban after waiting 10 s for the lock file, bare
sqlite3 after its 10 s busy timeout) is counted as failed, not as made. Each round ends with
``integrity_check`` and a count of the rows each subject wrote. Goal: Duban's median rate at
least half of bare sqlite3's.

Run from the repo root:

    .venv/bin/python benchmarks/concurrent_writers.py [--writers 8] [--saves 200] [--rounds 3]
        [--folder DIR] [--profile]

``--folder`` chooses where the files go (default: a temporary folder inside benchmarks/results,
on the repository's disk). ``--profile`` adds a round in which the first Duban writer runs under
cProfile and prints where its time went. Results go to
benchmarks/results/concurrent_writers-<timestamp>.json (git-ignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO_ROOT, RESULTS_DIR, package_version, reproduce_command, write_result  # noqa: E402

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

GOAL_RATIO = 0.5
SUBJECTS = ("duban", "sqlite")


# -- the writer processes ------------------------------------------------------------------------


def _duban_writer(path: Path, saves: int, task_id: int):
    from desktop.db.database import Database
    from desktop.services import reports

    database = Database.open(path)

    def save(number: int) -> None:
        save_id = str(uuid.uuid4())
        reports.add_report(database, task_id, save_id, f"并发保存 第 {number} 次", save_id=save_id)

    return save, database.close


def _sqlite_writer(path: Path, saves: int, task_id: int):
    import getpass

    connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=10.0, isolation_level=None)
    connection.execute("PRAGMA busy_timeout = 10000")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = FULL")
    user, machine = getpass.getuser(), socket.gethostname()

    def save(number: int) -> None:
        save_id = str(uuid.uuid4())
        now = dt.datetime.now()
        text = f"并发保存 第 {number} 次"
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute("SELECT save_id FROM duban_save WHERE save_id = ?", (save_id,)).fetchone()
            connection.execute("SELECT id FROM task WHERE id = ?", (task_id,)).fetchone()
            report_id = connection.execute(
                "INSERT INTO progress_report (task_id, period, period_start, period_end, text, author, reported_on,"
                " source, source_ref, source_hash, state, over_limit, created_at, supersedes_id, review_note,"
                " reviewed_by, reviewed_on, version)"
                " VALUES (?, ?, NULL, NULL, ?, ?, ?, 'manual', '', '', 'submitted', 0, ?, NULL, '', '', NULL, 1)",
                (task_id, save_id, text, user, now.date().isoformat(), now.isoformat(sep=" ")),
            ).lastrowid
            changes = json.dumps({"id": report_id, "task_id": task_id, "period": save_id, "text": text, "author": user,
                                  "reported_on": now.date().isoformat(), "source": "manual", "state": "submitted"},
                                 ensure_ascii=False)
            connection.execute(
                "INSERT INTO audit_entry (at, os_user, machine, action, table_name, row_id, plan_id, task_id, changes, note)"
                " VALUES (?, ?, ?, 'insert', 'progress_report', ?, NULL, ?, ?, '报送进展')",
                (now.isoformat(sep=" "), user, machine, report_id, task_id, changes),
            )
            connection.execute(
                "INSERT INTO task_event (task_id, report_id, kind, note, os_user, machine, at)"
                " VALUES (?, ?, 'report_added', ?, ?, ?, ?)",
                (task_id, report_id, save_id, user, machine, now.isoformat(sep=" ")),
            )
            connection.execute(
                "UPDATE duban_revision SET counter = counter + 1, changed_at = ?, os_user = ?, machine = ? WHERE id = 1",
                (now.isoformat(sep=" "), user, machine),
            )
            connection.execute(
                "INSERT INTO duban_save (save_id, saved_at, os_user, machine, note) VALUES (?, ?, ?, ?, '报送进展')",
                (save_id, now.isoformat(sep=" "), user, machine),
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    return save, connection.close


def worker(args) -> None:
    """One writer process: open, say "ready", wait for "go", save N times, report the latencies."""
    import warnings

    from sqlalchemy.exc import SAWarning

    warnings.filterwarnings("error", category=SAWarning)
    make = _duban_writer if args.worker == "duban" else _sqlite_writer
    save, close = make(Path(args.db), args.saves, args.task_id)
    profiler = None
    if args.profile_out:
        import cProfile

        profiler = cProfile.Profile()
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        return
    if profiler:
        profiler.enable()
    from desktop.errors import UserError

    latencies = []
    failures = []
    for number in range(args.saves):
        started = time.perf_counter()
        try:
            save(number)
        except (UserError, sqlite3.OperationalError) as error:
            # Duban gives up after waiting 10 s for the lock file, bare sqlite3 after its 10 s busy timeout.
            failures.append({"seconds": time.perf_counter() - started, "error": str(error)})
            continue
        latencies.append(time.perf_counter() - started)
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile_out)
    close()
    print(json.dumps({"latencies": latencies, "failures": failures}, ensure_ascii=False), flush=True)


# -- the parent ----------------------------------------------------------------------------------


def fs_type(folder: Path) -> str:
    best, kind = "", "?"
    try:
        with open("/proc/mounts", encoding="utf-8") as handle:
            for line in handle:
                parts = line.split()
                if str(folder.resolve()).startswith(parts[1]) and len(parts[1]) > len(best):
                    best, kind = parts[1], parts[2]
    except OSError:
        pass
    return kind


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


def run_subject(subject: str, path: Path, writers: int, saves: int, task_id: int, profile_out: Path | None = None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    procs = []
    for number in range(writers):
        command = [sys.executable, __file__, "--worker", subject, "--db", str(path), "--saves", str(saves),
                   "--task-id", str(task_id)]
        if profile_out is not None and number == 0:
            command += ["--profile-out", str(profile_out)]
        procs.append(subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
                                      cwd=REPO_ROOT))
    latencies: list[float] = []
    failures: list[dict] = []
    try:
        for proc in procs:
            if proc.stdout.readline().strip() != "ready":
                sys.exit(f"FAILED: a {subject} writer did not start (exit {proc.wait()})")
        started = time.perf_counter()
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        for proc in procs:
            line = proc.stdout.readline()
            if proc.wait() != 0 or not line:
                sys.exit(f"FAILED: a {subject} writer failed (exit {proc.returncode})")
            done = json.loads(line)
            latencies += done["latencies"]
            failures += done["failures"]
        wall = time.perf_counter() - started
    finally:
        for proc in procs:  # none is left writing into a folder about to be removed
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return {
        "saves": len(latencies),
        "failed": len(failures),
        "failures": failures[:10],
        "seconds": wall,
        "saves_per_s": len(latencies) / wall,
        "p50_ms": percentile(latencies, 0.50) * 1000,
        "p95_ms": percentile(latencies, 0.95) * 1000,
        "max_ms": max(latencies) * 1000,
    }


def check(path: Path, expected: int) -> None:
    connection = sqlite3.connect(path)
    try:
        ok = connection.execute("PRAGMA integrity_check").fetchone()[0]
        written = connection.execute("SELECT count(*) FROM progress_report WHERE text LIKE '并发保存 第 % 次'").fetchone()[0]
        saved = connection.execute("SELECT count(*) FROM duban_save WHERE note = '报送进展'").fetchone()[0]
    finally:
        connection.close()
    if ok != "ok" or written != expected or saved != expected:
        sys.exit(f"FAILED: {path.name}: integrity {ok}, {written} reports and {saved} save ids of {expected}")


def make_template(folder: Path) -> tuple[Path, int]:
    from sqlalchemy import select

    from desktop.models import Task
    from desktop.services.workspace import create_database

    path = folder / "template.duban"
    database = create_database(path, with_sample=True)
    with database.read() as session:
        task_id = session.scalars(select(Task.id).order_by(Task.id)).first()
    database.close()
    return path, task_id


def show_profile(profile: Path) -> list[str]:
    import io
    import pstats

    out = io.StringIO()
    stats = pstats.Stats(str(profile), stream=out)
    stats.sort_stats("cumulative").print_stats(30)
    out.write("\n--- by own time ---\n")
    stats.sort_stats("tottime").print_stats(20)
    return out.getvalue().splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--saves", type=int, default=200, help="saves per writer (default 200)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--folder", type=Path, help="where the database files go (default: inside benchmarks/results)")
    parser.add_argument("--profile", action="store_true", help="add a round with the first Duban writer under cProfile")
    parser.add_argument("--worker", choices=SUBJECTS, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--task-id", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return 0

    os.environ.setdefault("DUBAN_HOME", tempfile.mkdtemp(prefix="duban-bench-home-"))
    RESULTS_DIR.mkdir(exist_ok=True)
    base = args.folder or RESULTS_DIR
    base.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".concurrent_writers-", dir=base))
    kind = fs_type(folder)
    print(f"Files in {folder} ({kind}); {args.writers} writers x {args.saves} saves, {args.rounds} rounds", flush=True)
    if kind in ("tmpfs", "ramfs"):
        print("WARNING: that folder is in memory; the goal is about a normal disk (use --folder)", flush=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    rounds: list[dict] = []
    profile_lines: list[str] = []
    try:
        template, task_id = make_template(folder)
        for number in range(args.rounds + (1 if args.profile else 0)):
            profiling = args.profile and number == args.rounds
            order = SUBJECTS if number % 2 == 0 else tuple(reversed(SUBJECTS))
            result = {}
            for subject in order:
                if profiling and subject != "duban":
                    continue
                path = folder / f"{subject}.duban"
                shutil.copyfile(template, path)
                profile_out = folder / "duban-writer.prof" if profiling else None
                result[subject] = run_subject(subject, path, args.writers, args.saves, task_id, profile_out)
                check(path, result[subject]["saves"])
                path.unlink()
            if profiling:
                profile_lines = show_profile(folder / "duban-writer.prof")
                print("\nProfile of one Duban writer (cProfile, while 8 write):")
                print("\n".join(profile_lines))
                continue
            result["ratio"] = result["duban"]["saves_per_s"] / result["sqlite"]["saves_per_s"]
            rounds.append(result)
            print(f"round {number + 1}: " + "; ".join(
                f"{s} {result[s]['saves_per_s']:.0f} saves/s, p50 {result[s]['p50_ms']:.1f} ms, p95 {result[s]['p95_ms']:.1f} ms,"
                f" max {result[s]['max_ms']:.0f} ms" + (f", {result[s]['failed']} FAILED" if result[s]["failed"] else "")
                for s in SUBJECTS) + f"; ratio {result['ratio']:.2f}", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    medians = {
        subject: {key: statistics.median(r[subject][key] for r in rounds)
                  for key in ("saves_per_s", "p50_ms", "p95_ms", "max_ms")}
        for subject in SUBJECTS
    }
    failed = {subject: sum(r[subject]["failed"] for r in rounds) for subject in SUBJECTS}
    ratio = medians["duban"]["saves_per_s"] / medians["sqlite"]["saves_per_s"]
    print(f"\n{'subject':<8} {'saves/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'failed':>7}   "
          f"(medians of {len(rounds)} rounds; failed: all rounds)")
    for subject in SUBJECTS:
        m = medians[subject]
        print(f"{subject:<8} {m['saves_per_s']:9.0f} {m['p50_ms']:8.1f} {m['p95_ms']:8.1f} {m['max_ms']:8.0f} {failed[subject]:7d}")
    met = ratio >= GOAL_RATIO
    print(f"\nRate ratio (duban / sqlite): {ratio:.2f}; goal >= {GOAL_RATIO:g}: {'MET' if met else 'NOT MET'}")

    result = {
        "timestamp": stamp,
        "command": reproduce_command(__file__),
        "writers": args.writers,
        "saves_per_writer": args.saves,
        "rounds": rounds,
        "medians": medians,
        "ratio": ratio,
        "goal_met": met,
        "failed": failed,
        "filesystem": kind,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "sqlalchemy": package_version("SQLAlchemy"),
        "profile": profile_lines,
    }
    write_result("concurrent_writers", stamp, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
