"""What GUI tests do the way a person does: type through the input method, finish a line, click a list's row,
read a table's column."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QProgressDialog


def type_with_ime(widget, text: str) -> None:
    """Type Chinese the way a person does: the input method commits the text."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def type_text(widget, text: str) -> None:
    """Type into a field: Latin letters key by key, Chinese through the input method, as a person does."""
    from PySide6.QtTest import QTest

    widget.setFocus()
    if text.isascii():
        QTest.keyClicks(widget, text)
    else:
        type_with_ime(widget, text)


def choose(combo, text: str) -> None:
    """Pick the entry of a combo box that reads *text*, else the first that starts with it."""
    index = combo.findText(text)
    if index < 0:
        index = next((i for i in range(combo.count()) if combo.itemText(i).startswith(text)), -1)
    assert index >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(index)


def type_over(widget, text: str) -> None:
    """Select everything a field shows and type *text* over it (through the input method)."""
    widget.setFocus()
    widget.selectAll()
    type_with_ime(widget, text)


def finish_line(qtbot, edit, text: str) -> None:
    """Type *text* over a line edit's text and press Enter, as a person finishing the line does."""
    type_over(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def click_list_row(qtbot, widget, row: int) -> None:
    """Click row *row* of a list widget."""
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def model_texts(model, column: int) -> list:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def wait_for_operations(qtbot, timeout: int = 20000) -> None:
    """Wait until every operation the window started in the background has finished and reported."""
    from desktop.views.operations import running

    qtbot.waitUntil(lambda: not running(), timeout=timeout)


def on_next_dialog(handler):
    """Answer the next dialog with *handler* (a progress dialog is passed over: it goes by itself)."""

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, QProgressDialog):
            QTimer.singleShot(10, run)
            return
        handler(dialog)

    QTimer.singleShot(0, run)
