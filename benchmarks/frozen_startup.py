"""Start-up of the frozen build (installer/duban.spec) against the non-frozen program, and the folder's size.

Builds the one-folder program with PyInstaller into build/frozen/ (or reuses it with --reuse),
then measures, alternating, the wall time from launch until exit of
  frozen:        ``build/frozen/dist/Duban/Duban --first-paint DB``: exits as soon as the main
                 window shows the sample plan's task rows (the same flag benchmarks/startup.py times);
  frozen-full:   ``Duban --smoke-test DB``: also opens the database fully and loads the tabs;
  python:        ``python -m desktop --first-paint DB``: benchmarks/startup.py's "duban" subject,
                 measured in the same run for comparison.
The database is made by the frozen duban-cli (its bundled plan and migrations).

Run from the repo root:  .venv/bin/python benchmarks/frozen_startup.py [--runs 5] [--reuse]
Results go to benchmarks/results/frozen-startup-<timestamp>.json.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from _common import REPO_ROOT, RESULTS_DIR, launch, package_version, reproduce_command, summarize, write_result

BUILD_DIR = REPO_ROOT / "build" / "frozen"
EXE = ".exe" if sys.platform == "win32" else ""


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each subject (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="discarded runs of each subject first (default 1)")
    parser.add_argument("--reuse", action="store_true", help="use build/frozen/dist/Duban if it is there")
    args = parser.parse_args()
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be >= 1 and --warmup >= 0")
    return args


def build() -> float:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(BUILD_DIR / "dist"),
         "--workpath", str(BUILD_DIR / "work"), str(REPO_ROOT / "installer" / "duban.spec")],
        cwd=REPO_ROOT, capture_output=True, text=True,
    )
    if proc.returncode != 0:
        sys.exit(f"PyInstaller failed:\n{proc.stdout}{proc.stderr}")
    return time.perf_counter() - started


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> int:
    args = parse_args()
    RESULTS_DIR.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    frozen = BUILD_DIR / "dist" / "Duban"
    build_s = None
    if not (args.reuse and (frozen / f"Duban{EXE}").exists()):
        print("Building the frozen program with PyInstaller ...")
        build_s = build()
        print(f"Built in {build_s:.0f} s")
    size_bytes, file_count = folder_size(frozen)
    with tempfile.TemporaryDirectory(prefix="duban-bench-") as tmp:
        env = dict(os.environ, DUBAN_HOME=str(Path(tmp, "home")), QT_QPA_PLATFORM="offscreen")
        db_path = str(Path(tmp, "bench.duban"))
        launch([str(frozen / f"duban-cli{EXE}"), "init", db_path], env)
        subjects = {
            "frozen": [str(frozen / f"Duban{EXE}"), "--first-paint", db_path],
            "frozen-full": [str(frozen / f"Duban{EXE}"), "--smoke-test", db_path],
            "python": [sys.executable, "-m", "desktop", "--first-paint", db_path],
        }
        print(f"Warm-up: {args.warmup} run(s) each; measuring {args.runs} run(s) each, alternating ...")
        for _ in range(args.warmup):
            for cmd in subjects.values():
                launch(cmd, env)
        samples: dict[str, list[float]] = {name: [] for name in subjects}
        for i in range(args.runs):
            names = list(subjects)
            for name in names[i % len(names):] + names[: i % len(names)]:
                samples[name].append(launch(subjects[name], env))
    stats = {name: summarize(s) for name, s in samples.items()}
    print(f"\n{'subject':<12} {'median ms':>10} {'min ms':>8} {'max ms':>8}")
    for name, s in stats.items():
        print(f"{name:<12} {s['median_ms']:10.1f} {s['min_ms']:8.1f} {s['max_ms']:8.1f}")
    print(f"\nFrozen folder: {size_bytes / 1e6:.1f} MB in {file_count} files ({frozen.relative_to(REPO_ROOT)})")
    print(f"Frozen first paint / non-frozen first paint: {stats['frozen']['median_ms'] / stats['python']['median_ms']:.2f}x")
    result = {
        "timestamp": stamp,
        "command": reproduce_command(__file__),
        "runs": args.runs,
        "warmup": args.warmup,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "pyside6": package_version("PySide6-Essentials") or package_version("PySide6"),
        "pyinstaller": package_version("pyinstaller"),
        "build_seconds": build_s,
        "folder_bytes": size_bytes,
        "folder_files": file_count,
        "stats": stats,
        "samples_ms": samples,
    }
    write_result("frozen-startup", stamp, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
