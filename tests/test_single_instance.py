"""A second start of Duban hands its file to the first one and exits 0; a stale socket does not block."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from desktop import single_instance
from desktop.settings import Settings
from desktop.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
HAND_OVER = (
    "import sys\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "app = QCoreApplication(sys.argv)\n"
    "from desktop.single_instance import hand_over\n"
    "sys.exit(0 if hand_over(sys.argv[1] or None, sys.argv[2]) else 3)\n"
)


def close(server, qtbot) -> None:
    """As the application does at exit: the server and its connections are deleted by Qt, not by Python's GC later."""
    server.close()
    server.deleteLater()
    qtbot.wait(50)


def unique_name() -> str:
    return f"duban-test-{uuid.uuid4().hex[:12]}"


def start_hand_over(path: str, name: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", HAND_OVER, path, name], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_the_server_name_is_per_user_and_data_folder(duban_home, monkeypatch, tmp_path):
    first = single_instance.server_name()
    assert first.startswith("duban-") and first == single_instance.server_name()
    monkeypatch.setenv("DUBAN_HOME", str(tmp_path / "other"))
    assert single_instance.server_name() != first


def test_a_second_start_hands_its_path_to_the_running_window(qtbot, tmp_path):
    server = single_instance.InstanceServer(unique_name())
    assert server.listen()
    try:
        path = str(tmp_path / "共享" / "计划.duban")
        with qtbot.waitSignal(server.path_received, timeout=30000) as received:
            second = start_hand_over(path, server.name)
        assert second.wait(30) == 0, second.stderr.read()
        assert received.args == [path]
    finally:
        close(server, qtbot)


def test_nobody_listening_means_no_hand_over(qapp):
    assert single_instance.hand_over("/x.duban", unique_name()) is False


@pytest.mark.skipif(sys.platform == "win32", reason="a stale socket file is a Unix matter (Windows pipes vanish)")
def test_a_stale_socket_from_a_crashed_duban_is_removed(qtbot):
    name = unique_name()
    stale = Path(QDir.tempPath()) / name
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(str(stale))
    leftover.close()  # the file stays, nobody listens: what a crash leaves
    assert stale.exists()
    server = single_instance.InstanceServer(name)
    try:
        assert server.listen()
        with qtbot.waitSignal(server.path_received, timeout=30000) as received:
            second = start_hand_over("", name)
        assert second.wait(30) == 0
        assert received.args == [""]
    finally:
        close(server, qtbot)


@pytest.mark.sqlite_only(reason="the window opens a file handed over")
def test_the_window_comes_forward_and_opens_a_handed_file(qtbot, sample_path, tmp_path, monkeypatch):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    window.bring_forward(str(sample_path))
    assert window.database is not None and Path(window.database.display_name()) == sample_path
    # The same file again: nothing is asked, the window stays on it.
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    window.showMinimized()
    window.bring_forward(str(sample_path.parent / "." / sample_path.name))
    assert asked == [] and not window.isMinimized()
    # Another file: asked first; "No" keeps the open one.
    window.bring_forward(str(tmp_path / "other.duban"))
    assert len(asked) == 1 and Path(window.database.display_name()) == sample_path


@pytest.mark.sqlite_only(reason="two real processes on one file")
@pytest.mark.timeout(240)
def test_two_real_processes_second_exits_and_first_takes_the_file(sample_path, tmp_path):
    home = tmp_path / "shared-home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DUBAN_HOME=str(home))
    log = home / "logs" / "duban.log"
    first = subprocess.Popen([sys.executable, "-m", "desktop", str(sample_path)], cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not (log.exists() and "single instance: listening" in log.read_text(encoding="utf-8")):
            assert first.poll() is None, first.stderr.read()
            assert time.monotonic() < deadline, "the first Duban never started listening"
            time.sleep(0.2)
        second = subprocess.run([sys.executable, "-m", "desktop", str(sample_path)], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        while "a second start handed over" not in log.read_text(encoding="utf-8"):
            assert time.monotonic() < deadline, log.read_text(encoding="utf-8")
            time.sleep(0.2)
        text = log.read_text(encoding="utf-8")
        assert f"a second start handed over {str(sample_path)!r}" in text
        assert "handed" in text and first.poll() is None  # the first keeps running; only one window
    finally:
        first.terminate()
        try:
            first.wait(30)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait(30)
