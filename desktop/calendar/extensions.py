"""How an extended deadline reads: “原定 6 月 30 日，经批准延至 7 月 15 日” (no database here).

The one home of the words: the editor, the ledger printout, the 附件2 forms, the 通报 and the
calendar's tooltip all call :func:`extension_phrase` with the item's chain of approved
extensions, oldest first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.i18n import tr


@dataclass(frozen=True)
class Step:
    """One approved extension: the deadline before it (and its words) and the one after."""

    original_date: dt.date | None
    original_text: str
    new_date: dt.date


def day_words(day: dt.date | None) -> str:
    """6 月 30 日 (the year only when it is not the plan's: the caller adds it when needed)."""
    if day is None:
        return tr("Extensions", "未定日期")
    return tr("Extensions", "{0} 月 {1} 日").format(day.month, day.day)


def _original(step: Step) -> str:
    words = day_words(step.original_date)
    text = (step.original_text or "").strip()
    if text and text.replace(" ", "") != words.replace(" ", ""):
        return tr("Extensions", "“{0}”（{1}）").format(text, words)
    return words


def extension_phrase(steps: Sequence[Step], current: dt.date | None = None) -> str:
    """原定 6 月 30 日，经批准延至 7 月 15 日; with more steps: 第一次延至 …、第二次延至 …; "" with none.

    *current* is the item's deadline now: when it was corrected directly after the last
    approval, the phrase says so (，后更正为 7 月 20 日).
    """
    if not steps:
        return ""
    phrase = _moves(steps)
    if current is not None and current != steps[-1].new_date:
        phrase += tr("Extensions", "，后更正为 {0}").format(day_words(current))
    return phrase


def _moves(steps: Sequence[Step]) -> str:
    if len(steps) == 1:
        return tr("Extensions", "原定 {0}，经批准延至 {1}").format(_original(steps[0]), day_words(steps[0].new_date))
    moves = "、".join(
        # {2}: the number in digits, for a language that does not count in Chinese numerals.
        tr("Extensions", "第{0}次延至 {1}").format(ordinal(number), day_words(step.new_date), number)
        for number, step in enumerate(steps, start=1)
    )
    return tr("Extensions", "原定 {0}，经批准{1}").format(_original(steps[0]), moves)


def ordinal(number: int) -> str:
    """一, 二, 三 … (the count of an extension, as 第一次)."""
    digits = "一二三四五六七八九十"
    return digits[number - 1] if 1 <= number <= 10 else str(number)


__all__ = ["Step", "day_words", "extension_phrase", "ordinal"]
