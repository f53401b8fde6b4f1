"""An unexpected error is shown once in plain words with its details to copy; a user error as its message."""

import sys
import threading

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import crash
from desktop.errors import UserError


def capture_boxes(monkeypatch):
    shown = []

    def fake_exec(box):
        shown.append(box)
        for button in box.buttons():
            if button.text() == "复制详细信息":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def raise_and_hook(monkeypatch, exc):
    """Raise *exc* and hand it to the hook Duban installs, as Python does with an uncaught error."""
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    crash.install()
    try:
        raise exc
    except Exception:
        sys.excepthook(*sys.exc_info())


def test_a_bug_shows_one_dialog_with_copyable_details(qtbot, monkeypatch, caplog):
    shown = capture_boxes(monkeypatch)
    raise_and_hook(monkeypatch, ZeroDivisionError("division by zero"))
    assert len(shown) == 1
    box = shown[0]
    assert "意外错误" in box.text()
    assert "ZeroDivisionError" in box.detailedText()
    assert "ZeroDivisionError" in QApplication.clipboard().text()
    assert "unexpected error" in caplog.text


def test_a_user_error_shows_its_message_without_a_traceback(qtbot, monkeypatch):
    shown = capture_boxes(monkeypatch)
    raise_and_hook(monkeypatch, UserError("网络驱动器已断开，请检查网络连接后再试。"))
    assert shown[0].text() == "网络驱动器已断开，请检查网络连接后再试。"
    assert shown[0].detailedText() == ""


def test_install_replaces_the_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    crash.install()
    assert sys.excepthook is not sys.__excepthook__
    assert threading.excepthook is not threading.__excepthook__
