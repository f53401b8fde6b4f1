"""What GUI tests do the way a person does: type through the input method, read a table's column."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent


def type_with_ime(widget, text: str) -> None:
    """Type Chinese the way a person does: the input method commits the text."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def model_texts(model, column: int) -> list:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def wait_for_operations(qtbot, timeout: int = 20000) -> None:
    """Wait until every operation the window started in the background has finished and reported."""
    from desktop.views.operations import running

    qtbot.waitUntil(lambda: not running(), timeout=timeout)
