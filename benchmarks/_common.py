"""What the benchmark scripts share: where things are, launching a subject, summing up, provenance."""

from __future__ import annotations

import os
import shlex
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
TIMEOUT_S = 300


def launch(cmd: list[str], env: dict[str, str], timeout: float = TIMEOUT_S) -> float:
    """Run *cmd* to completion; its wall time in ms. A non-zero exit aborts the benchmark."""
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout)
    elapsed = (time.perf_counter() - started) * 1000.0
    if proc.returncode != 0:
        sys.exit(f"FAILED (exit {proc.returncode}): {shlex.join(cmd)}\n{proc.stdout}{proc.stderr}")
    return elapsed


def summarize(samples: list[float]) -> dict[str, float]:
    return {"median_ms": statistics.median(samples), "min_ms": min(samples), "max_ms": max(samples), "n": len(samples)}


def package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def machine() -> dict[str, str | None]:
    """What a result was measured with: Python, PySide6 and the platform."""
    import platform

    return {"python": platform.python_version(), "pyside6": package_version("PySide6"), "platform": platform.platform()}


def reproduce_command(script: str) -> str:
    """The command line that ran *script* (pass ``__file__``), relative to the repository root."""
    python = os.path.relpath(sys.executable, REPO_ROOT) if sys.executable.startswith(str(REPO_ROOT)) else sys.executable
    return shlex.join([python, os.path.relpath(script, REPO_ROOT), *sys.argv[1:]])


def write_result(name: str, stamp: str, result: dict) -> Path:
    """Write *result* to ``results/<name>-<stamp>.json`` and say where, and how to run it again."""
    import json

    out = RESULTS_DIR / f"{name}-{stamp}.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nResults: {out.relative_to(REPO_ROOT)}")
    print(f"Reproduce: {result['command']}")
    return out
