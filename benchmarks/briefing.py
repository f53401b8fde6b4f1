"""Benchmark: the 定期通报 of the large generated plan (5,000 tasks), to Word and to PDF.

Each run reads the month's briefing from the database (``desktop.services.briefing.briefing``:
lights, overdue items, reports, notices, quotas, indicators, inspections), arranges it as a
公文 (``briefing_document``) and writes it (``write_document``) as .docx and as .pdf, each
timed whole (reading included). The median of --runs runs is printed. Goal: at most 5 s each.

The database is one made by ``benchmarks/generate_plan.py``; without a path, one is generated
(5,000 tasks, seed 1) into a temporary folder.

Run from the repo root:  .venv/bin/python benchmarks/briefing.py [DATABASE] [--runs 3] [--month 2022-06]
"""

from __future__ import annotations

import argparse
import os
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

GOAL_SECONDS = 5.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", nargs="?", type=Path, help="a database made by generate_plan.py")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--month", default="", help="the period (default: the plan year's June)")
    args = parser.parse_args()

    from desktop.db.database import Database
    from desktop.printing.fonts import ensure_gui_application
    from desktop.services.briefing import briefing, period_of, plan_year
    from desktop.services.briefing_document import briefing_document
    from desktop.services.notice_documents import write_document

    ensure_gui_application()
    RESULTS_DIR.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    with tempfile.TemporaryDirectory(prefix="duban-bench-") as tmp:
        path = args.database
        if path is None:
            path = Path(tmp, "plan.duban")
            generate(path)
        database = Database.open(path)
        try:
            plan_id = 1
            start, end, _label = period_of(args.month or f"{plan_year(database, plan_id)}-06")
            samples: dict[str, list[float]] = {".docx": [], ".pdf": []}
            facts = {}
            for run in range(args.runs):
                for suffix in samples:  # alternating, so that a noisy moment does not hit one kind only
                    started = time.perf_counter()
                    made = briefing(database, plan_id, start, end)
                    document = briefing_document(database, plan_id, made)
                    out = write_document(document, Path(tmp, f"briefing-{run}{suffix}"))
                    samples[suffix].append(time.perf_counter() - started)
                    facts = {"tasks": made.counts.tasks, "overdue": made.counts.overdue,
                             "bytes " + suffix: out.stat().st_size}
        finally:
            database.close()
    medians = {suffix: statistics.median(values) for suffix, values in samples.items()}
    print(f"\n定期通报 {start:%Y-%m} of {facts['tasks']} tasks ({facts['overdue']} overdue items), {args.runs} runs each")
    for suffix, median in medians.items():
        verdict = "MET" if median <= GOAL_SECONDS else "NOT MET"
        print(f"  {suffix:<6} median {median:6.2f} s  (min {min(samples[suffix]):.2f}, max {max(samples[suffix]):.2f})"
              f"  goal <= {GOAL_SECONDS:g} s: {verdict}")
    result = {"timestamp": stamp, "command": reproduce_command(__file__), "medians_s": medians, "samples_s": samples,
              "facts": facts}
    write_result("briefing", stamp, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
