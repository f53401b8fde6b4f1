"""Service-level benchmark of the task list and the task detail on a large plan.

Times, in one process, the median of N runs (default 15, after one discarded warm-up) of:
  task_rows:      ``desktop.services.rows.task_rows(database, 1)``: reads the whole task list;
  search_keys:    ``desktop.services.rows.search_keys(database, 1)``: task id -> search key,
                  read once, when the filter box is first used;
  filter <needle>: ``[r for r in rows if needle in keys[r.id]]`` over that list, the
                  substring test the filter box makes for each keystroke (needles 'j' and
                  'jb' by default; the model's other filters and its reset are not included);
  load_task:      ``desktop.services.tasks.load_task(database, task_id)``;
  task_history:   ``desktop.services.tasks.task_history(database, task_id)``;
  detail:         both of them, one after the other (what opening a task costs).
The task is the generated task with the most progress reports among those that have
audit entries, unless ``--task-id`` is given.

The database is one made by ``benchmarks/generate_plan.py``; without a path, one is
generated (5,000 tasks, 20,000 measures, 50,000 reports, seed 1) into a temporary folder.

Run from the repo root:

    .venv/bin/python benchmarks/tasks_services.py [PLAN.duban] [--runs 15] [--task-id ID]

Results go to benchmarks/results/tasks_services-<timestamp>.json (git-ignored).
"""

from __future__ import annotations

import argparse
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from _common import BENCH_DIR, REPO_ROOT, RESULTS_DIR, package_version, reproduce_command, summarize, write_result
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

PLAN_ID = 1
TABLES = ("task", "task_unit", "measure", "milestone", "indicator", "indicator_value", "progress_report", "audit_entry")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", nargs="?", type=Path,
                        help="a database made by generate_plan.py (default: generate one into a temporary folder)")
    parser.add_argument("--runs", type=int, default=15, help="measured runs of each subject (default 15)")
    parser.add_argument("--warmup", type=int, default=1, help="discarded runs of each subject first (default 1)")
    parser.add_argument("--task-id", type=int, help="the task to load (default: see above)")
    parser.add_argument("--needle", action="append", dest="needles",
                        help="a filter text to time (repeatable; default: j and jb)")
    args = parser.parse_args()
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be >= 1 and --warmup >= 0")
    args.needles = args.needles or ["j", "jb"]
    return args


def generate(path: Path) -> None:
    """Make the default large plan at *path* with generate_plan.py."""
    cmd = [sys.executable, str(BENCH_DIR / "generate_plan.py"), str(path), "--seed", "1"]
    print(f"Generating {path} ...", flush=True)
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"FAILED (exit {proc.returncode}): {shlex.join(cmd)}\n{proc.stdout}{proc.stderr}")
    print(f"Generated in {time.perf_counter() - started:.1f} s", flush=True)


def measure(fn: Callable[[], object], runs: int, warmup: int) -> tuple[list[float], object]:
    """Call *fn* warmup + runs times; the wall times of the measured calls in ms, and the last result."""
    result = None
    for _ in range(warmup):
        result = fn()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - started) * 1000.0)
    return samples, result


def table_counts(database) -> dict[str, int]:
    from sqlalchemy import text

    with database.read() as session:
        return {t: session.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in TABLES}


def pick_task(database) -> int:
    """The generated task with the most progress reports among those with audit entries."""
    from sqlalchemy import text

    with database.read() as session:
        task_id = session.execute(
            text(
                "SELECT r.task_id FROM progress_report r JOIN task t ON t.id = r.task_id "
                "WHERE t.plan_id = :plan AND r.task_id IN (SELECT task_id FROM audit_entry WHERE task_id IS NOT NULL) "
                "GROUP BY r.task_id ORDER BY count(*) DESC, r.task_id LIMIT 1"
            ),
            {"plan": PLAN_ID},
        ).scalar()
        if task_id is None:
            task_id = session.execute(
                text("SELECT min(id) FROM task WHERE plan_id = :plan"), {"plan": PLAN_ID}
            ).scalar()
    if task_id is None:
        sys.exit("The database has no tasks in plan 1.")
    return task_id


def run(path: Path, args: argparse.Namespace) -> dict:
    from desktop.db.database import Database
    from desktop.services.rows import search_keys, task_rows
    from desktop.services.tasks import load_task, task_history

    database = Database.open(path)
    try:
        counts = table_counts(database)
        task_id = args.task_id or pick_task(database)
        samples: dict[str, list[float]] = {}
        facts: dict[str, object] = {}

        samples["task_rows"], rows = measure(lambda: task_rows(database, PLAN_ID), args.runs, args.warmup)
        facts["task_rows"] = len(rows)
        samples["search_keys"], keys = measure(lambda: search_keys(database, PLAN_ID), args.runs, args.warmup)
        facts["search_keys"] = len(keys)
        facts["search_key_chars_total"] = sum(len(k) for k in keys.values())
        for needle in args.needles:
            needle = needle.strip().lower()
            samples[f"filter {needle!r}"], matched = measure(
                lambda: [r for r in rows if needle in keys.get(r.id, "")], args.runs, args.warmup
            )
            facts[f"filter {needle!r} matches"] = len(matched)

        samples["load_task"], snapshot = measure(lambda: load_task(database, task_id), args.runs, args.warmup)
        if snapshot is None:
            sys.exit(f"Task {task_id} does not exist.")
        samples["task_history"], history = measure(lambda: task_history(database, task_id), args.runs, args.warmup)
        samples["detail (load_task + task_history)"], _ = measure(
            lambda: (load_task(database, task_id), task_history(database, task_id)), args.runs, args.warmup
        )
        facts.update(
            task_id=task_id,
            task_code=snapshot.fields["code"],
            task_measures=len(snapshot.measures),
            task_milestones=len(snapshot.milestones),
            task_indicators=len(snapshot.indicators),
            task_reports=len(snapshot.reports),
            task_history_rows=len(history),
        )
    finally:
        database.close()
    return {"counts": counts, "facts": facts, "samples_ms": samples}


def main() -> int:
    args = parse_args()
    RESULTS_DIR.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    with tempfile.TemporaryDirectory(prefix="duban-bench-") as tmp:
        path = args.database
        if path is None:
            path = Path(tmp, "plan.duban")
            generate(path)
        elif not path.is_file():
            sys.exit(f"{path} does not exist. Make one with: .venv/bin/python benchmarks/generate_plan.py {path}")
        print(f"Timing {args.runs} run(s) each after {args.warmup} warm-up run(s) on {path} ...", flush=True)
        measured = run(path, args)

    stats = {name: summarize(s) for name, s in measured["samples_ms"].items()}
    counts, facts = measured["counts"], measured["facts"]
    print("\nRows: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    print(f"Task {facts['task_id']} ({facts['task_code']}): {facts['task_measures']} measures, "
          f"{facts['task_milestones']} milestones, {facts['task_indicators']} indicators, "
          f"{facts['task_reports']} reports, {facts['task_history_rows']} history rows")
    width = max(len(name) for name in stats)
    print(f"\n{'subject':<{width}} {'median ms':>10} {'min ms':>8} {'max ms':>8}")
    for name, s in stats.items():
        matches = facts.get(f"{name} matches")
        extra = f"   ({matches} of {facts['task_rows']} rows match)" if matches is not None else ""
        print(f"{name:<{width}} {s['median_ms']:10.2f} {s['min_ms']:8.2f} {s['max_ms']:8.2f}{extra}")

    result = {
        "timestamp": stamp,
        "command": reproduce_command(__file__),
        "database": str(args.database) if args.database else "generated (generate_plan.py --seed 1)",
        "runs": args.runs,
        "warmup": args.warmup,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlalchemy": package_version("SQLAlchemy"),
        "counts": counts,
        "facts": facts,
        "stats": stats,
        "samples_ms": measured["samples_ms"],
    }
    write_result("tasks_services", stamp, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
