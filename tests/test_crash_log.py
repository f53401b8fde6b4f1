"""The log file: written at start, rotating; the crash dialog names it and copies the details."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop
from desktop import crash, logs


@pytest.fixture
def log_file(duban_home):
    """A fresh configuration of the log in this test's data folder, removed afterwards."""
    logs.close()
    path = logs.configure()
    yield path
    logs.close()


def test_the_log_starts_with_the_version_and_platform(log_file, duban_home):
    assert log_file == duban_home / "logs" / "duban.log"
    logs.flush()
    text = log_file.read_text(encoding="utf-8")
    assert f"Duban {desktop.__version__} starting" in text
    assert "Python" in text


def test_a_crash_shows_plain_words_copies_details_and_names_the_log(log_file, qtbot, monkeypatch):
    shown = []

    def fake_exec(box):
        shown.append(box)
        for button in box.buttons():
            if button.text() == "复制详细信息":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    crash.install()
    try:
        raise KeyError("no such column")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    box = shown[0]
    assert "意外错误" in box.text() and "Traceback" not in box.text()
    assert str(log_file) in box.informativeText()
    copied = QApplication.clipboard().text()
    assert "KeyError" in copied and str(log_file) in copied and desktop.__version__ in copied
    logs.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in logged and "KeyError: 'no such column'" in logged


def test_the_log_rotates_at_1_mb_and_keeps_five_older_files(log_file):
    logger = logging.getLogger("desktop.test")
    line = "x" * 1000
    for _ in range(1200):  # about 1.2 MB
        logger.info(line)
    logs.flush()
    assert (log_file.parent / "duban.log.1").exists()
    assert log_file.stat().st_size <= 1024 * 1024
    for _ in range(6000):  # about 6 MB more
        logger.info(line)
    logs.flush()
    assert (log_file.parent / "duban.log.5").exists() and not (log_file.parent / "duban.log.6").exists()
    assert all((log_file.parent / f"duban.log.{n}").stat().st_size <= 1024 * 1024 for n in range(1, 6))


def test_an_error_in_a_background_thread_is_logged(log_file, monkeypatch):
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install()

    def fail():
        raise ValueError("in the background")

    thread = threading.Thread(target=fail, name="poller")
    thread.start()
    thread.join()
    logs.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error in thread poller" in logged and "ValueError: in the background" in logged
