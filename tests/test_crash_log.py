"""The log file: written at start, rotating; the crash dialog names it and copies the details."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop
from desktop import crash, logs


@pytest.fixture
def log_file(duban_home, monkeypatch):
    """A fresh configuration of the log in this test's data folder, removed afterwards."""
    monkeypatch.setattr(logs, "_handler", None)
    path = logs.configure()
    yield path
    handler = logs._handler
    logging.getLogger().removeHandler(handler)
    handler.close()


def test_the_log_starts_with_the_version_and_platform(log_file, duban_home):
    assert log_file == duban_home / "logs" / "duban.log"
    logs._handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert f"Duban {desktop.__version__} starting" in text
    assert "Python" in text
    assert isinstance(logs._handler, logging.handlers.RotatingFileHandler)
    assert logs._handler.maxBytes == 1024 * 1024 and logs._handler.backupCount == 5


def test_a_crash_shows_plain_words_copies_details_and_names_the_log(log_file, qtbot, monkeypatch):
    shown = []

    def fake_exec(box):
        shown.append(box)
        for button in box.buttons():
            if button.text() == "复制详细信息":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        raise KeyError("no such column")
    except KeyError:
        crash._excepthook(*sys.exc_info())
    box = shown[0]
    assert "意外错误" in box.text() and "Traceback" not in box.text()
    assert str(log_file) in box.informativeText()
    copied = QApplication.clipboard().text()
    assert "KeyError" in copied and str(log_file) in copied and desktop.__version__ in copied
    logs._handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in logged and "KeyError: 'no such column'" in logged


def test_the_log_rotates(log_file):
    logger = logging.getLogger("desktop.test")
    line = "x" * 1000
    for _ in range(1200):  # about 1.2 MB
        logger.info(line)
    logs._handler.flush()
    assert (log_file.parent / "duban.log.1").exists()
    assert log_file.stat().st_size <= 1024 * 1024


def test_an_error_in_a_background_thread_is_logged(log_file, monkeypatch):
    import threading

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install()
    assert threading.excepthook is crash._thread_excepthook

    def fail():
        raise ValueError("in the background")

    thread = threading.Thread(target=fail, name="poller")
    thread.start()
    thread.join()
    logs._handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error in thread poller" in logged and "ValueError: in the background" in logged
