"""A live character counter for texts the ledger limits (200 字, 300 字)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QPlainTextEdit


def count_words(text: str) -> int:
    return len(re.sub(r"\s", "", text))


class WordCounter(QLabel):
    """Shows “N / limit 字” under one or more text boxes; red with an explanation past the limit."""

    def __init__(self, label: str, limit: int, edits: list[QPlainTextEdit], parent=None):
        super().__init__(parent)
        self.label = label
        self.limit = limit
        self.edits = edits
        for edit in edits:
            edit.textChanged.connect(self.update_count)
        self.update_count()

    def count(self) -> int:
        return sum(count_words(edit.toPlainText()) for edit in self.edits)

    def is_over(self) -> bool:
        return self.count() > self.limit

    def update_count(self) -> None:
        count = self.count()
        if count > self.limit:
            self.setText(
                self.tr("{0}：{1} / {2} 字，超出 {3} 字。台帐要求在 {2} 字以内；超出时保存需要确认，并在台帐中标出。").format(
                    self.label, count, self.limit, count - self.limit
                )
            )
            self.setStyleSheet("color: #d32f2f; font-weight: bold;")
        else:
            self.setText(self.tr("{0}：{1} / {2} 字").format(self.label, count, self.limit))
            self.setStyleSheet("color: #555;")
        self.setWordWrap(True)
