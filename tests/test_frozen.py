"""The one-folder build (installer/duban.spec) builds, and the built program opens the sample plan.

PyInstaller builds into a temporary folder (30-90 s on the CI machine); the built duban-cli
creates a fresh copy of the built-in plan (the bundled plan file and Alembic migrations),
and the windowed program opens it offscreen with --smoke-test and exits 0.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def frozen_dir(tmp_path_factory) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing: it is in the test extra (pip install -e .[test])", pytrace=False)
    work = tmp_path_factory.mktemp("pyinstaller")
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "installer" / "duban.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-6000:]
    return work / "dist" / "Duban"


@pytest.mark.timeout(1200)
def test_the_built_program_opens_the_sample_plan(frozen_dir, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DUBAN_HOME=str(tmp_path / "home"))
    plan = tmp_path / "示例.duban"
    init = subprocess.run([str(frozen_dir / f"duban-cli{EXE_SUFFIX}"), "init", str(plan)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert init.returncode == 0, init.stdout + init.stderr
    assert plan.exists()
    smoke = subprocess.run([str(frozen_dir / f"Duban{EXE_SUFFIX}"), "--smoke-test", str(plan)],
                           capture_output=True, text=True, env=env, timeout=120)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    match = re.search(r"smoke test: window shown, (\d+) tasks from (.+), (\d+) of (\d+) tabs shown", smoke.stdout)
    assert match, smoke.stdout + smoke.stderr
    assert int(match.group(1)) > 0
    assert Path(match.group(2).strip()).name == plan.name
    assert match.group(3) == match.group(4) == "5"  # 人员, 指标 and 总览 are built on first showing: their modules are in
    # The log was written, and Qt's Chinese translation (确定/取消) was found in the bundle.
    log = (tmp_path / "home" / "logs" / "duban.log").read_text(encoding="utf-8")
    assert "starting" in log and "frozen" in log
    assert "translation qtbase_zh_CN not found" not in log


@pytest.mark.timeout(1200)
def test_the_build_bundles_resources_translations_and_migrations(frozen_dir):
    internal = frozen_dir / "_internal"
    assert (internal / "resources" / "plans" / "liukotong-2022-20.toml").exists()
    assert (internal / "resources" / "icons" / "duban-256.png").exists()
    assert (internal / "resources" / "translations" / "duban_en.qm").exists()
    assert (internal / "resources" / "help" / "guide.html").exists()
    assert list((internal / "desktop" / "migrations" / "versions").glob("0001_*.py"))
    assert list(internal.rglob("qtbase_zh_CN.qm")), "Qt's own Chinese translation (确定/取消) is bundled"
    # Only Chinese and English of Qt's translations: the folder stays lean.
    assert not list(internal.rglob("qtbase_de.qm"))
