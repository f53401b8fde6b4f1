"""A one-line field that wraps: a long title or requirement shows whole, on as many lines as it needs.

:class:`WrappingLineEdit` is a :class:`QPlainTextEdit` that behaves like a :class:`QLineEdit`
where the editor relies on it: Enter finishes instead of starting a new line, pasted line
breaks become spaces, ``editingFinished`` is emitted on Enter and on leaving the field, and
``text()``/``setText()``/``isModified()``/``setModified()``/``setMaxLength()`` read as a line
edit's do. Its height follows the wrapped lines of its text, from one line up to
:data:`MAX_LINES`; past that it scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QSizePolicy

#: The most lines the field grows to before it scrolls.
MAX_LINES = 6
#: A line edit's default limit, kept so a huge paste is cut the way it was before.
DEFAULT_MAX_LENGTH = 32767


class WrappingLineEdit(QPlainTextEdit):
    #: Enter was pressed, or the field lost focus after a change.
    editingFinished = Signal()
    returnPressed = Signal()

    def __init__(self, text: str = "", parent=None, *, min_lines: int = 1, max_lines: int = MAX_LINES):
        super().__init__(parent)
        self.min_lines, self.max_lines = min_lines, max_lines
        self._max_length = DEFAULT_MAX_LENGTH
        self._changed_since_finished = False
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().setDocumentMargin(2)
        self.textChanged.connect(self._text_changed)
        self.setText(text)

    # -- what a line edit offers ------------------------------------------------------------

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(_one_line(text)[: self._max_length])
        self._changed_since_finished = False

    def isModified(self) -> bool:
        return self.document().isModified()

    def setModified(self, modified: bool) -> None:
        self.document().setModified(modified)

    def maxLength(self) -> int:
        return self._max_length

    def setMaxLength(self, length: int) -> None:
        self._max_length = length
        if len(self.toPlainText()) > length:
            self.setPlainText(self.toPlainText()[:length])

    # -- Enter, pasting, leaving --------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.returnPressed.emit()
            self._finish()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:
        if source.hasText():
            room = max(self._max_length - len(self.toPlainText()) + len(self.textCursor().selectedText()), 0)
            self.textCursor().insertText(_one_line(source.text())[:room])
            self.ensureCursorVisible()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self._changed_since_finished:
            self._finish()

    def _finish(self) -> None:
        self._changed_since_finished = False
        self.editingFinished.emit()

    def _text_changed(self) -> None:
        self._changed_since_finished = True
        self._fit_height()

    # -- the height follows the text ------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_height()

    def line_count(self) -> int:
        """The lines the text takes at the field's present width."""
        lines = 0
        block = self.document().begin()
        while block.isValid():
            layout = block.layout()
            lines += max(layout.lineCount() if layout is not None else 1, 1)
            block = block.next()
        return lines

    def _line_height(self) -> float:
        """A line's height as laid out (a Chinese fallback font may make it taller than the font's own)."""
        lines, pixels = 0, 0.0
        layout = self.document().documentLayout()
        block = self.document().begin()
        while block.isValid():
            if block.layout() is not None and block.layout().lineCount():
                lines += block.layout().lineCount()
                pixels += layout.blockBoundingRect(block).height()
            block = block.next()
        return max(pixels / lines if lines else 0.0, float(self.fontMetrics().lineSpacing()))

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        inner = lines * self._line_height() + 2 * self.document().documentMargin()
        return int(inner + 0.999) + margins.top() + margins.bottom() + 2 * self.frameWidth() + 2

    def _fit_height(self) -> None:
        lines = min(max(self.line_count(), self.min_lines), self.max_lines)
        height = self._height_for(lines)
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._height_for(min(max(self.line_count(), self.min_lines), self.max_lines)))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for(self.min_lines))


class WrappingLabel(QLabel):
    """A word-wrapped label that asks for the height its lines need, also inside a form's row
    (where a wrapped label beside a button otherwise keeps one line's height and is cut)."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_height()

    def _lines_height(self, width: int) -> int:
        """The height of the text wrapped at *width* (measured afresh: QLabel's own answer keeps an old minimum)."""
        margins = self.contentsMargins()
        room = width - margins.left() - margins.right() - 2 * self.margin()
        if room <= 0 or not self.text():
            return -1
        if self.textFormat() == Qt.TextFormat.RichText or (
            self.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(self.text())
        ):
            return self.heightForWidth(width)
        flags = int(Qt.TextFlag.TextWordWrap) | int(self.alignment())
        text = self.fontMetrics().boundingRect(QRect(0, 0, room, 100000), flags, self.text())
        return text.height() + margins.top() + margins.bottom() + 2 * self.margin()

    def _fit_height(self) -> None:
        height = self._lines_height(self.width()) if self.width() > 0 else -1
        if height > 0 and (height != self.minimumHeight() or height != self.maximumHeight()):
            # Exactly its lines: not cut, and not stretched by a layout with room to spare.
            self.setFixedHeight(height)


def _one_line(text: str) -> str:
    """Line breaks as spaces, as a line edit pastes them."""
    return (text or "").replace("\r\n", " ").replace("\r", " ").replace("\n", " ").replace("\u2029", " ")


__all__ = ["MAX_LINES", "WrappingLabel", "WrappingLineEdit"]
