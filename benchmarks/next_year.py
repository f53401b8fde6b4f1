"""Benchmark: 新建年度计划 on the large generated plan (5,000 tasks): the next year with every open task carried over.

Each run copies the database made by ``benchmarks/generate_plan.py`` (a plan is carried over
once), opens the copy and times :func:`desktop.services.next_year.create_next_year` whole: the
checks, the copies of the organisation, groups, quota rules and inspections, every open task
with its sections, measures, milestones and indicators, and the audit entries of all of them,
in one write transaction. The median of --runs runs is printed. Goal: at most 10 s.

The database is one made by ``benchmarks/generate_plan.py``; without a path, one is generated
(5,000 tasks, seed 1) into a temporary folder.

Run from the repo root:  .venv/bin/python benchmarks/next_year.py [DATABASE] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import REPO_ROOT, RESULTS_DIR, reproduce_command, write_result  # noqa: E402

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tasks_services import generate  # noqa: E402 - the same generated plan as the other benchmarks

GOAL_SECONDS = 10.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", nargs="?", type=Path, help="a database made by generate_plan.py")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from desktop.db.database import Database
    from desktop.services.next_year import carry_candidates, create_next_year
    from desktop.services.workspace import current_plan

    RESULTS_DIR.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    samples: list[float] = []
    facts: dict = {}
    with tempfile.TemporaryDirectory(prefix="duban-bench-") as tmp:
        source = args.database
        if source is None:
            source = Path(tmp, "plan.duban")
            generate(source)
        for run in range(args.runs):
            copy = Path(tmp, f"run-{run}.duban")
            shutil.copyfile(source, copy)
            database = Database.open(copy)
            try:
                plan = current_plan(database)
                open_tasks = len(carry_candidates(database, plan.id))
                started = time.perf_counter()
                made = create_next_year(database, plan.id, plan.year + 1)
                samples.append(time.perf_counter() - started)
                facts = {"open tasks": open_tasks, "copied": made.counts}
                assert made.counts["task"] == open_tasks
            finally:
                database.close()
            copy.unlink()
    median = statistics.median(samples)
    counts = facts["copied"]
    print(f"\n新建年度计划 carrying {counts['task']} open tasks ({counts['measure']} measures, "
          f"{counts['milestone']} milestones, {counts['indicator']} indicators), {args.runs} runs")
    verdict = "MET" if median <= GOAL_SECONDS else "NOT MET"
    print(f"  median {median:6.2f} s  (min {min(samples):.2f}, max {max(samples):.2f})  goal <= {GOAL_SECONDS:g} s: {verdict}")
    result = {"timestamp": stamp, "command": reproduce_command(__file__), "median_s": median, "samples_s": samples,
              "facts": facts}
    write_result("next_year", stamp, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
