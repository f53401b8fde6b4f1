"""A dialog asking for one piece of text (a title, a reason) that keeps it when it is refused.

Unlike ``QInputDialog.getText`` its box is wide enough for a 40-character Chinese title (or
several lines of a reason), 确定 stays off while a required text is empty, and a
:class:`~desktop.errors.UserError` from the action leaves the dialog open with the text and
the message shown inside it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.views.widgets import error_label

#: Characters a line should show without scrolling (a task title is up to about 40).
WIDE_CHARACTERS = 44


class TextDialog(QDialog):
    """Asks for *label*; on 确定 runs *submit(text)* and closes only if it succeeds.

    :attr:`result_value` is what *submit* returned once the dialog is accepted.
    """

    def __init__(
        self,
        title: str,
        label: str,
        submit: Callable[[str], Any],
        *,
        multiline: bool = False,
        required: bool = True,
        text: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit, self.required, self.result_value = submit, required, None
        self.edit = QPlainTextEdit(text) if multiline else QLineEdit(text)
        if multiline:
            self.edit.setTabChangesFocus(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.addRow(label, self.edit)
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update_ok)
        width = self.fontMetrics().horizontalAdvance("中" * WIDE_CHARACTERS)
        self.edit.setMinimumWidth(width)
        if multiline:
            self.edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self._update_ok()

    def text(self) -> str:
        return self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        if self.required and not self.text().strip():
            return
        try:
            self.result_value = self.submit(self.text())
        except UserError as error:
            self.show_error(error.message)
            self.edit.setFocus()
            return
        super().accept()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not self.required or bool(self.text().strip())
        )


def ask_text(parent: QWidget, title: str, label: str, submit: Callable[[str], Any], **options) -> Any:
    """Run a :class:`TextDialog`; the result of *submit*, or None when cancelled."""
    dialog = TextDialog(title, label, submit, parent=parent, **options)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_value
