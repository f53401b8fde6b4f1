"""Paths that cannot be a database: a name too long, a pipe, a symbolic link loop, a failing share.

Every command and the window answer at once with one Chinese message (the command with exit
status 1), never a traceback, never waiting on a pipe; nothing is created beside the path.
Each command runs as a process of its own, so one that hangs on a pipe fails its test instead
of hanging the suite.
"""

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.app import open_initial
from desktop.paths import default_database_path
from desktop.settings import Settings
from desktop.views.main_window import MainWindow

from faults.harness import REPO_ROOT, fuse_share, worker_env

#: Every command that takes a database, with what else it needs (OUT is a fresh output path).
VERBS = {
    "info": ["info", "DB"],
    "check": ["check", "DB"],
    "backup": ["backup", "DB", "--to", "OUT"],
    "export": ["export", "DB", "--xlsx", "OUT.xlsx"],
    "forms export": ["forms", "export", "DB", "--out", "OUT"],
    "forms import": ["forms", "import", "DB", "FORMS"],
    "print": ["print", "DB", "checklist", "--pdf", "OUT.pdf"],
    "calendar": ["calendar", "DB", "--ics", "OUT.ics"],
    "agenda": ["agenda", "DB"],
    "init": ["init", "DB"],
    "restore onto it": ["restore", "BACKUP", "DB"],
    "restore from it": ["restore", "DB", "NEW"],
}


def long_name(folder):
    return folder / ("督" * 100 + ".duban")  # 300 bytes in UTF-8


def fifo(folder):
    path = folder / "x.duban"
    os.mkfifo(path)
    return path


def symlink_loop(folder):
    path = folder / "loop.duban"
    os.symlink(folder / "other.duban", path)
    os.symlink(path, folder / "other.duban")
    return path


KINDS = {"name-too-long": long_name, "fifo": fifo, "symlink-loop": symlink_loop}
MESSAGES = {"name-too-long": "文件名太长", "fifo": "不是普通文件", "symlink-loop": "循环的符号链接"}


def duban(argv, tmp_path, timeout=60):
    """Run the command line; one that hangs (a FIFO opened for reading, a share that never
    answers) fails the test by its timeout, not by a timed assertion."""
    env = {**worker_env(), "DUBAN_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, argv)],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=REPO_ROOT, timeout=timeout,
    )
    return done


def listing(folder):
    return sorted(os.listdir(folder))


@pytest.mark.sqlite_only(reason="paths of files")
@pytest.mark.parametrize("kind", KINDS)
def test_every_command_answers_at_once_with_one_line(kind, sample_path, tmp_path):
    place = tmp_path / "place"
    place.mkdir()
    bad = KINDS[kind](place)
    before = listing(place)
    forms = tmp_path / "forms"
    forms.mkdir()
    replace = {"DB": bad, "BACKUP": sample_path, "FORMS": forms, "NEW": tmp_path / "new.duban"}
    for name, template in VERBS.items():
        argv = [replace.get(a, a) for a in template]
        argv = [tmp_path / "out" / name.replace(" ", "-") / a[3:] if isinstance(a, str) and a.startswith("OUT") else a for a in argv]
        done = duban(argv, tmp_path)
        assert done.returncode == 1, f"{name}: exit {done.returncode}\n{done.stderr}"
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("错误："), f"{name}: {done.stderr}"
        assert MESSAGES[kind] in lines[0], f"{name}: {lines[0]}"
        assert listing(place) == before, name
        assert not (tmp_path / "new.duban").exists()
    if kind == "fifo":
        assert os.path.exists(bad) and not os.path.isfile(bad)


@pytest.mark.sqlite_only(reason="paths of files")
def test_a_name_whose_journal_name_would_be_too_long(tmp_path):
    path = tmp_path / ("a" * 245 + ".duban")  # 251 bytes: fits, but its -journal beside it would not
    done = duban(["init", path], tmp_path)
    assert done.returncode == 1 and "文件名太长" in done.stderr and not path.exists()


@pytest.fixture
def shown(monkeypatch):
    messages = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, **k: messages.append((title, text)))
    return messages


@pytest.mark.sqlite_only(reason="paths of files")
@pytest.mark.parametrize("kind", KINDS)
def test_the_window_says_what_is_wrong(kind, qtbot, tmp_path, shown, monkeypatch):
    bad = KINDS[kind](tmp_path)
    settings = Settings()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert not window.open_path(str(bad))  # a hang here (a FIFO opened for reading) ends in the test's timeout
    assert shown and MESSAGES[kind] in shown[-1][1]
    # Started on it: the message, then the default database, as for a missing file.
    assert open_initial(window, str(bad), settings)
    assert MESSAGES[kind] in shown[-1][1]
    assert window.database.target.path == default_database_path()
    # File → New there: refused with the message, nothing made.
    before = listing(tmp_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.new_action.trigger()
    assert MESSAGES[kind] in shown[-1][1] or "已存在" in shown[-1][1]
    assert listing(tmp_path) == before
    window.close()


@pytest.mark.sqlite_only(reason="the window started as a process on a bad path")
def test_the_window_started_on_a_name_too_long_does_not_crash(tmp_path):
    done = duban(["--smoke-test", long_name(tmp_path)], tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr  # it showed the message and opened the default database
    assert "Traceback" not in done.stderr
    # The smoke test logs the message box it would have shown.
    logged = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "home").rglob("*.log"))
    assert "文件名太长" in logged and "Traceback" not in logged


@pytest.mark.sqlite_only(reason="a FUSE filesystem over a folder")
def test_a_share_that_fails_every_operation_is_said_so(sample_path, tmp_path):
    with fuse_share(tmp_path, sample_path) as mount:
        mount.fail("all")
        for verb in ("info", "check", "agenda"):
            done = duban([verb, tmp_path / "mnt" / "shared.duban"], tmp_path)
            lines = done.stderr.strip().splitlines()
            assert done.returncode == 1 and len(lines) == 1, f"{verb}: {done.stderr}"
            assert "无法访问" in lines[0] and "网络驱动器可能已断开" in lines[0], lines[0]
