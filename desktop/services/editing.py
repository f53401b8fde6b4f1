"""What every edit shares: checking input, saving fields against a version, undo.

A save names the version it was made from and the values it started from. When the
row has moved on meanwhile (another PC saved), the fields are merged one by one:
a field only one side changed takes that side's value by itself; a field both sides
changed differently is a conflict, raised as :class:`EditConflict` with the original,
mine and theirs so the person chooses. Nothing is overwritten silently.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.errors import UserError
from desktop.i18n import tr

#: The most text one field takes; longer input (a whole document pasted) is refused, not cut.
MAX_TEXT_LENGTH = 20_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")


class ValidationError(UserError):
    """Input that cannot be saved as it is; the message says why and what to do."""


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: int = 0

    def notice(self, label: str) -> str:
        if not self.removed:
            return ""
        return tr("Editing", "“{0}”中有 {1} 个不可见的控制字符，已删除。").format(label, self.removed)


def clean_text(label: str, text: str, *, required: bool = False, max_length: int = MAX_TEXT_LENGTH) -> Cleaned:
    """Normalise line ends, drop invisible control characters, refuse empty or overlong text."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    cleaned, removed = _CONTROL.subn("", text)
    if required and not cleaned.strip():
        raise ValidationError(tr("Editing", "“{0}”不能为空。请填写后再保存。").format(label))
    if len(cleaned) > max_length:
        raise ValidationError(
            tr("Editing", "“{0}”有 {1} 个字，超过了 {2} 字的上限，没有保存。文字仍在编辑框中，请删减后再保存。").format(
                label, len(cleaned), max_length
            )
        )
    return Cleaned(cleaned.strip() if required else cleaned, removed)


def word_count(text: str) -> int:
    """Characters as the ledger counts them (字): everything but whitespace."""
    return len(re.sub(r"\s", "", text or ""))


def check_date_in_plan(label: str, day: dt.date | None, plan_year: int) -> None:
    if day is None:
        return
    if day.year < plan_year:
        raise ValidationError(
            tr("Editing", "“{0}”（{1}）早于计划年度 {2} 年。请检查日期。").format(label, day.isoformat(), plan_year)
        )
    if day.year > plan_year + 10:
        raise ValidationError(tr("Editing", "“{0}”（{1}）不像是有效的日期。请检查年份。").format(label, day.isoformat()))


@dataclass(frozen=True)
class FieldConflict:
    field: str
    label: str
    original: Any
    mine: Any
    theirs: Any


class EditConflict(UserError):
    """Another PC changed the same fields; carries what the person needs to choose."""

    def __init__(self, what: str, conflicts: list[FieldConflict], current_version: int, current: dict):
        super().__init__(
            tr("Editing", "“{0}”刚被另一台电脑上的同事修改过，有 {1} 处与您的修改不同。请逐项选择保留哪一个版本。").format(
                what, len(conflicts)
            )
        )
        self.what = what
        self.conflicts = conflicts
        self.current_version = current_version
        self.current = current


@dataclass
class SaveResult:
    version: int
    #: Fields whose values came from another PC's save and were merged in.
    merged_theirs: dict = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)


def next_position(session, position, *where) -> int:
    """One past the largest *position* (a column) of the rows *where* chooses: 1 for the first row."""
    from sqlalchemy import func, select

    return (session.scalar(select(func.max(position)).where(*where)) or 0) + 1


def row_to_remove(session, model: type, row_id: int, version: int, conflict: Callable[[Any], str]) -> Any:
    """The row of *model* that a removal made from its *version* deletes; None when it is gone already.

    When another PC changed the row since, :class:`~desktop.db.database.ConflictError` with the
    message *conflict* gives for the row: the person refreshes and decides again.
    """
    from desktop.db.database import ConflictError

    row = session.get(model, row_id)
    if row is not None and row.version != version:
        raise ConflictError(conflict(row))
    return row


def plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def save_fields(
    obj: Any,
    what: str,
    labels: Mapping[str, str],
    base_version: int,
    original: Mapping[str, Any],
    changes: Mapping[str, Any],
) -> dict:
    """Apply *changes* to *obj* (loaded in a write session), merging with edits made since *base_version*.

    Returns the values the row held before (for undo). Raises :class:`EditConflict`.
    """
    if obj.version != base_version:
        conflicts = []
        for name, mine in changes.items():
            theirs = getattr(obj, name)
            if plain(theirs) != plain(original.get(name)) and plain(theirs) != plain(mine):
                conflicts.append(FieldConflict(name, labels.get(name, name), original.get(name), mine, theirs))
        if conflicts:
            current = {name: getattr(obj, name) for name in labels}
            raise EditConflict(what, conflicts, obj.version, current)
    before = {name: getattr(obj, name) for name in changes}
    for name, value in changes.items():
        setattr(obj, name, value)
    return before


@dataclass(frozen=True)
class Undo:
    """How to take one edit back: a label for the menu and the action (given the database)."""

    label: str
    action: Callable[[Any], Any]


class UndoStack:
    """The edits of this session, newest last. Undoing one that others changed since is refused."""

    def __init__(self, limit: int = 100):
        self._items: list[Undo] = []
        self.limit = limit

    def push(self, undo: Undo | None) -> None:
        if undo is None:
            return
        self._items.append(undo)
        del self._items[: -self.limit]

    def can_undo(self) -> bool:
        return bool(self._items)

    def next_label(self) -> str:
        return self._items[-1].label if self._items else ""

    def undo(self, database) -> str:
        """Undo the newest edit; returns its label. A refused undo stays off the stack."""
        undo = self._items.pop()
        try:
            undo.action(database)
        except EditConflict as conflict:
            raise ValidationError(
                tr("Editing", "无法撤销“{0}”：{1} 已被他人修改。请手动修改。").format(undo.label, conflict.what)
            ) from conflict
        return undo.label

    def clear(self) -> None:
        self._items.clear()
