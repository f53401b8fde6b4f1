"""Start-up benchmark: Duban's window against a bare PySide6 window.

Measures the wall time from launching a subprocess until it exits, for
  duban:      ``python -m desktop --first-paint PATH``: exits as soon as the main window is
              shown with the sample plan's task rows in it (the goal's measure);
  duban-full: ``python -m desktop --smoke-test PATH``: also waits until the database layer
              has opened the file and every tab has loaded its rows (for information);
  bare:       ``python benchmarks/bare_window.py`` (QMainWindow, QTabWidget, four empty QTableViews).
The subjects are alternated (order rotated each round) to spread machine noise.
Goal: Duban's (first-paint) median at most 3x the bare window's.

Run from the repo root:  .venv/bin/python benchmarks/startup.py [--runs N] [--importtime]
Results go to benchmarks/results/startup-<timestamp>.json.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from _common import BENCH_DIR, REPO_ROOT, RESULTS_DIR, launch, package_version, reproduce_command, summarize, write_result
GOAL_RATIO = 3.0
TIMEOUT_S = 120


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="measured runs of each subject (default 15)")
    parser.add_argument("--warmup", type=int, default=2, help="discarded runs of each subject first (default 2)")
    parser.add_argument("--importtime", action="store_true",
                        help="also run Duban once under -X importtime and list the costliest top-level imports")
    parser.add_argument("--top", type=int, default=15, help="imports to list with --importtime (default 15)")
    args = parser.parse_args()
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be >= 1 and --warmup >= 0")
    return args


def parse_importtime(stderr: str) -> list[tuple[int, int, str]]:
    """(cumulative us, self us, module) for each top-level (not nested) import in -X importtime output."""
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "imported package" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:"):].split("|", 2)
        if name.startswith("  "):  # one space after "|", more means nested under another import
            continue
        rows.append((int(cumulative_us), int(self_us), name.strip()))
    return sorted(rows, reverse=True)


def report_importtime(duban_cmd: list[str], env: dict[str, str], top: int, stamp: str) -> list[dict]:
    cmd = [sys.executable, "-X", "importtime", *duban_cmd[1:]]
    proc = subprocess.run(cmd, env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=TIMEOUT_S)
    if proc.returncode != 0:
        sys.exit(f"FAILED (exit {proc.returncode}): {shlex.join(cmd)}\n{proc.stderr}")
    raw_log = RESULTS_DIR / f"importtime-{stamp}.txt"
    raw_log.write_text(proc.stderr, encoding="utf-8")
    rows = parse_importtime(proc.stderr)
    total_ms = sum(r[0] for r in rows) / 1000.0
    print(f"\nTop {top} top-level imports of Duban by cumulative time (all top-level: {total_ms:.0f} ms)")
    print(f"{'cumul ms':>9} {'self ms':>8}  module")
    for cumulative, self_us, name in rows[:top]:
        print(f"{cumulative / 1000:9.1f} {self_us / 1000:8.1f}  {name}")
    print(f"Full log: {raw_log.relative_to(REPO_ROOT)}")
    return [{"module": n, "cumulative_ms": c / 1000, "self_ms": s / 1000} for c, s, n in rows[:top]]


def main() -> int:
    args = parse_args()
    RESULTS_DIR.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    with tempfile.TemporaryDirectory(prefix="duban-bench-") as tmp:
        env = dict(os.environ, DUBAN_HOME=str(Path(tmp, "home")), QT_QPA_PLATFORM="offscreen")
        db_path = str(Path(tmp, "bench.duban"))
        launch([sys.executable, "-m", "desktop", "init", db_path], env)
        subjects = {
            "duban": [sys.executable, "-m", "desktop", "--first-paint", db_path],
            "duban-full": [sys.executable, "-m", "desktop", "--smoke-test", db_path],
            "bare": [sys.executable, str(BENCH_DIR / "bare_window.py")],
        }
        print(f"Warm-up: {args.warmup} run(s) each; measuring {args.runs} run(s) each, alternating ...")
        for _ in range(args.warmup):
            for cmd in subjects.values():
                launch(cmd, env)
        samples: dict[str, list[float]] = {name: [] for name in subjects}
        for i in range(args.runs):
            names = list(subjects)
            order = names[i % len(names):] + names[: i % len(names)]
            for name in order:
                samples[name].append(launch(subjects[name], env))
        stats = {name: summarize(s) for name, s in samples.items()}
        ratio = stats["duban"]["median_ms"] / stats["bare"]["median_ms"]
        full_ratio = stats["duban-full"]["median_ms"] / stats["bare"]["median_ms"]
        met = ratio <= GOAL_RATIO

        print(f"\n{'subject':<8} {'median ms':>10} {'min ms':>8} {'max ms':>8}")
        for name, s in stats.items():
            print(f"{name:<8} {s['median_ms']:10.1f} {s['min_ms']:8.1f} {s['max_ms']:8.1f}")
        print(f"\nRatio of medians (duban / bare): {ratio:.2f}x; goal <= {GOAL_RATIO:g}x: {'MET' if met else 'NOT MET'}")

        top_imports = report_importtime(subjects["duban"], env, args.top, stamp) if args.importtime else None

    result = {
        "timestamp": stamp,
        "command": reproduce_command(__file__),
        "runs": args.runs,
        "warmup": args.warmup,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "pyside6": package_version("PySide6-Essentials") or package_version("PySide6"),
        "stats": stats,
        "samples_ms": samples,
        "ratio": ratio,
        "full_ratio": full_ratio,
        "goal_ratio": GOAL_RATIO,
        "goal_met": met,
        "top_imports": top_imports,
    }
    write_result("startup", stamp, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
