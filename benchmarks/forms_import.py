"""Benchmark: importing 200 returned forms against openpyxl alone loading the same 200 files.

In one run: 200 forms are exported from a fresh sample database (one task form each,
alternating the plan's two tasks) and filled in with a different text each, as sections
return them. Then, alternating, for N rounds on fresh copies of the database:
  openpyxl:  ``openpyxl.load_workbook(path)`` for each of the 200 files;
  duban:     ``forms_import.preview_files`` + ``forms_import.apply`` on the 200 files
             (read, check, match, and write 200 new progress reports).
Goal: Duban's median at most 1.5x openpyxl's. The memory peak of one import of the 200
forms is measured in a separate process (ru_maxrss); goal: under 300 MB.

Run from the repo root:  .venv/bin/python benchmarks/forms_import.py [--forms 200] [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = Path(__file__).resolve().parent / "results"
sys.path.insert(0, str(REPO_ROOT))
GOAL_RATIO = 1.5
GOAL_MB = 300


def make_forms(folder: Path, count: int) -> tuple[Path, list[Path]]:
    import openpyxl
    from sqlalchemy import select

    from desktop.excel.cells import set_text
    from desktop.services.forms_export import export_task_form
    from desktop.models import Task
    from desktop.services.workspace import create_database

    database_path = folder / "plan.duban"
    database = create_database(database_path, with_sample=True)
    with database.read() as session:
        task_ids = session.scalars(select(Task.id).order_by(Task.id)).all()
    forms = []
    for number in range(count):
        out = folder / "forms" / f"{number:03d}"
        out.mkdir(parents=True)
        path = export_task_form(database, task_ids[number % len(task_ids)], out, "2022年6月", dt.date(2022, 6, 25))
        workbook = openpyxl.load_workbook(path)
        set_text(workbook.worksheets[0]["D5"], f"第 {number} 份返回的台帐：揭榜制需求征集已完成，赛马制方案已报批。" * 3)
        workbook.save(path)
        forms.append(path)
    database.close()
    return database_path, forms


def time_openpyxl(forms: list[Path]) -> float:
    import openpyxl

    start = time.perf_counter()
    for path in forms:
        openpyxl.load_workbook(path)
    return (time.perf_counter() - start) * 1000


def time_duban(database_path: Path, forms: list[Path], scratch: Path) -> float:
    from desktop.db.database import Database
    from desktop.services import forms_import as fi

    copy = scratch / "copy.duban"
    shutil.copyfile(database_path, copy)
    database = Database.open(copy)
    start = time.perf_counter()
    previews = fi.preview_files(database, 1, forms)
    results = fi.apply(database, previews)
    elapsed = (time.perf_counter() - start) * 1000
    imported = sum(r.imported for r in results)
    database.close()
    copy.unlink()
    if imported != len(forms):
        sys.exit(f"FAILED: imported {imported} of {len(forms)} forms")
    return elapsed


_PEAK_SCRIPT = """
import resource, shutil, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from desktop.db.database import Database
from desktop.services import forms_import as fi
copy = Path({scratch!r}) / "peak.duban"
shutil.copyfile({database!r}, copy)
database = Database.open(copy)
forms = [Path(p) for p in {forms!r}]
fi.apply(database, fi.preview_files(database, 1, forms))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def memory_peak_mb(database_path: Path, forms: list[Path], scratch: Path) -> float:
    script = _PEAK_SCRIPT.format(
        root=str(REPO_ROOT), scratch=str(scratch), database=str(database_path), forms=[str(f) for f in forms]
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return int(done.stdout.strip().splitlines()[-1]) / 1024  # ru_maxrss is in KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--forms", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("DUBAN_HOME", tempfile.mkdtemp(prefix="duban-bench-home-"))
    with tempfile.TemporaryDirectory(prefix="duban-bench-forms-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        database_path, forms = make_forms(folder, args.forms)
        print(f"Made {len(forms)} filled-in forms in {time.perf_counter() - start:.1f} s")
        time_openpyxl(forms[:10])  # warm the file cache and the imports
        samples: dict[str, list[float]] = {"openpyxl": [], "duban": []}
        for run in range(args.runs):
            order = ["openpyxl", "duban"] if run % 2 == 0 else ["duban", "openpyxl"]
            for name in order:
                if name == "openpyxl":
                    samples[name].append(time_openpyxl(forms))
                else:
                    samples[name].append(time_duban(database_path, forms, folder))
        peak = memory_peak_mb(database_path, forms, folder)
    medians = {name: statistics.median(values) for name, values in samples.items()}
    ratio = medians["duban"] / medians["openpyxl"]
    print(f"\n{'subject':<10} {'median ms':>10} {'min ms':>8} {'max ms':>8}")
    for name, values in samples.items():
        print(f"{name:<10} {statistics.median(values):10.1f} {min(values):8.1f} {max(values):8.1f}")
    print(f"\nRatio of medians (duban / openpyxl): {ratio:.2f}x; goal <= {GOAL_RATIO:g}x: {'MET' if ratio <= GOAL_RATIO else 'NOT MET'}")
    print(f"Memory peak of one import of {len(forms)} forms: {peak:.0f} MB; goal < {GOAL_MB} MB: {'MET' if peak < GOAL_MB else 'NOT MET'}")
    RESULTS_DIR.mkdir(exist_ok=True)
    out = RESULTS_DIR / f"forms_import-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps({"forms": len(forms), "runs": args.runs, "samples_ms": samples, "medians_ms": medians,
                               "ratio": ratio, "peak_mb": peak}, indent=2), encoding="utf-8")
    print(f"Results: {out.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
