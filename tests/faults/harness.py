"""The test side of tests/faults: starting worker processes and the FUSE filesystem, reading files behind Duban's back."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

FAULTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = FAULTS_DIR.parent.parent
WORKER = FAULTS_DIR / "worker.py"
EIOFS = FAULTS_DIR / "eiofs.py"


def worker_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


class Worker:
    """A worker process (``tests/faults/worker.py COMMAND ...``) reporting JSON lines on stdout."""

    def __init__(self, command: str, *args, prefix: tuple[str, ...] = (), env: dict | None = None):
        self.argv = [*prefix, sys.executable, str(WORKER), command, *map(str, args)]
        self._stderr = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self.proc = subprocess.Popen(
            self.argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
            cwd=REPO_ROOT,
            env=env or worker_env(),
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self._lines.put(line)
        self._lines.put(None)

    def stderr(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read()[-4000:]

    def read(self, timeout: float = 60) -> dict:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no answer from {self.argv[3:5]} in {timeout} s\n{self.stderr()}") from None
        if line is None:
            self.proc.wait(timeout=10)
            raise AssertionError(f"{self.argv[3:5]} ended (exit {self.proc.returncode}) without answering\n{self.stderr()}")
        return json.loads(line)

    def expect(self, event: str, timeout: float = 60) -> dict:
        message = self.read(timeout)
        assert message.get("event") == event, f"expected {event!r}, got {message}\n{self.stderr()}"
        return message

    def send(self, text: str) -> None:
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def request(self, timeout: float = 60, **command) -> dict:
        self.send(json.dumps(command, ensure_ascii=False, default=str))
        return self.read(timeout)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.kill()
        for stream in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(Exception):
                stream.close()
        self._stderr.close()


# -- reading the file behind Duban's back --------------------------------------------------------


@contextlib.contextmanager
def raw(path: Path, mode: str = "rw"):
    """A plain sqlite3 connection. ``rw`` rolls back a hot journal first, as any SQLite program would."""
    connection = sqlite3.connect(f"file:{path}?mode={mode}", uri=True, isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def integrity(path: Path) -> list[str]:
    with raw(path) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]


def foreign_key_problems(path: Path) -> list[tuple]:
    with raw(path) as connection:
        return connection.execute("PRAGMA foreign_key_check").fetchall()


def scalar(path: Path, sql: str, params: tuple = ()):
    with raw(path) as connection:
        row = connection.execute(sql, params).fetchone()
        return row[0] if row else None


def column(path: Path, sql: str, params: tuple = ()) -> list:
    with raw(path) as connection:
        return [row[0] for row in connection.execute(sql, params)]


def table_counts(path: Path, tables=("task", "measure", "progress_report", "task_event", "audit_entry", "duban_meta")) -> dict:
    with raw(path) as connection:
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def read_confirmed(path: Path) -> list[str]:
    """The save ids a worker confirmed; a line cut off by a kill is not a confirmation."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    lines = text.split("\n")
    return [line for line in lines[:-1] if line]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def unavailable(reason: str) -> None:
    """Skip where the fault cannot be made; in CI, where scripts/test.sh provides it, fail instead."""
    import pytest

    if in_ci():
        pytest.fail(f"{reason}. In CI (CI=true) this test must run, not be skipped.", pytrace=False)
    pytest.skip(reason)


def namespace_prefix() -> tuple[str, ...] | None:
    """``unshare`` for a private mount namespace where a worker may mount a tmpfs (dies with it)."""
    if shutil.which("unshare") is None:
        return None
    prefix = ("unshare", "-m") if os.geteuid() == 0 else ("unshare", "-rm")
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    return prefix if probe.returncode == 0 else None


# -- FUSE -------------------------------------------------------------------------------------------


def fuse_unavailable() -> str | None:
    """Why the FUSE test cannot run here, or None."""
    if not sys.platform.startswith("linux"):
        return "FUSE tests need Linux"
    if not os.path.exists("/dev/fuse"):
        return "no /dev/fuse on this machine"
    try:
        import fuse  # noqa: F401
    except (ImportError, OSError, EnvironmentError) as exc:
        return f"fusepy or libfuse2 missing ({exc}); bash scripts/test.sh installs them (Debian package fuse)"
    if os.geteuid() != 0 and shutil.which("fusermount") is None:
        return "fusermount missing (Debian package fuse)"
    return None


@contextlib.contextmanager
def fuse_share(tmp_path: Path, database: Path | None = None) -> Iterator[FuseMount]:
    """A folder on the EIO passthrough (:class:`FuseMount`), unmounted for sure at the end.

    *database*, when given, is copied onto the share as ``shared.duban`` first. The mount's
    ``backing`` is the real folder beneath it. Skipped where FUSE cannot run (failed in CI).
    """
    reason = fuse_unavailable()
    if reason:
        unavailable(reason)
    backing = tmp_path / "backing"
    backing.mkdir()
    if database is not None:
        shutil.copyfile(database, backing / "shared.duban")
    mount = FuseMount(backing, tmp_path / "mnt", tmp_path / "switch")
    mount.backing = backing
    try:
        yield mount
    finally:
        mount.unmount()


class FuseMount:
    """The EIO passthrough filesystem (:mod:`eiofs`) in its own process, mounted on *mountpoint*."""

    def __init__(self, backing: Path, mountpoint: Path, switch: Path):
        self.mountpoint = mountpoint
        self.switch = switch
        mountpoint.mkdir(parents=True, exist_ok=True)
        self._log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, str(EIOFS), str(backing), str(mountpoint), str(switch)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            cwd=REPO_ROOT,
            env=worker_env(),
        )
        deadline = time.monotonic() + 20
        while not os.path.ismount(mountpoint):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                log = self.log()
                self.unmount()
                raise AssertionError(f"the FUSE filesystem did not mount (exit {self.proc.returncode}):\n{log}")
            time.sleep(0.02)

    def log(self) -> str:
        self._log.seek(0)
        return self._log.read()[-4000:]

    def fail(self, mode: str = "all") -> None:
        self.switch.write_text(mode, encoding="utf-8")

    def heal(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.switch.unlink()

    def unmount(self) -> None:
        """Unmount for sure: fusermount -u, then lazily, then umount -l; then end the process."""
        self.heal()
        for command in (["fusermount", "-u"], ["fusermount", "-uz"], ["umount", "-l"]):
            if not os.path.ismount(self.mountpoint):
                break
            if shutil.which(command[0]):
                subprocess.run([*command, str(self.mountpoint)], capture_output=True, timeout=30)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


# -- what the fault tests check ------------------------------------------------------------------


def lock_timeouts(results: list[dict]) -> list[dict]:
    """The saves that failed because the lock file was not free for 10 s; any other failure fails the test."""
    errors = [e for r in results for e in r["errors"]]
    for error in errors:
        assert error["type"] == "DatabaseUnavailableError" and "秒仍未结束" in error["message"], error
    assert [r["still_pending"] for r in results] == [0] * len(results)
    return errors


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def writer_saves(path: Path, tag_like: str) -> tuple[list[str], list[str]]:
    """(periods of the writers' reports, ids in duban_save of the writers' saves): they must be the same."""
    periods = column(path, "SELECT period FROM progress_report WHERE text LIKE ?", (tag_like,))
    saved = column(path, "SELECT save_id FROM duban_save WHERE note = '报送进展'")
    return periods, saved


def close_all(workers) -> None:
    for worker in workers:
        if worker is not None:
            worker.close()
