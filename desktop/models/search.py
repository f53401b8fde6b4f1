"""The task search index: texts with their pinyin, so ``jbz`` finds 揭榜制.

Each task keeps a ``search_key``: its own texts and its measures' texts, lower-cased,
followed by the same texts in full pinyin and in pinyin initials (pypinyin). The
services refresh it on every save that touches those texts; filtering thousands of
tasks is then a substring test per row, with no pinyin conversion while typing.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

TASK_TEXT_FIELDS = (
    "code",
    "title",
    "difficulties",
    "expected_results",
    "responsible_unit",
    "responsible_person_text",
    "special_group",
    "requirement",
)


def build_search_key(texts: Iterable[str]) -> str:
    from pypinyin import Style, lazy_pinyin

    plain = "\n".join(t for t in texts if t)
    full = "".join(lazy_pinyin(plain, errors="default"))
    initials = "".join(lazy_pinyin(plain, style=Style.FIRST_LETTER, errors="default"))
    return "\n".join((plain, full, initials)).lower()


def matches(search_key: str, needle: str) -> bool:
    """Whether *needle* (as typed) is found in the key: in the text, its pinyin or its initials."""
    return needle.strip().lower() in search_key


def refresh_search_key(session: Session, task_id: int) -> None:
    """Recompute one task's key from what the session now holds (call after a flush)."""
    from desktop.models import Measure, Task

    task = session.get(Task, task_id)
    if task is None:
        return
    measures = session.execute(
        select(Measure.title, Measure.description).where(Measure.task_id == task_id).order_by(Measure.position)
    ).all()
    texts = [getattr(task, name) for name in TASK_TEXT_FIELDS]
    for title, description in measures:
        texts += [title, description]
    key = build_search_key(texts)
    if task.search_key != key:
        # Not through the ORM: the key is an index, and must not bump the task's version
        # (that would make a concurrent edit of the task look like a conflict) nor be audited.
        session.execute(update(Task.__table__).where(Task.__table__.c.id == task_id).values(search_key=key))
        session.expire(task, ["search_key"])


def fill_missing_search_keys(session: Session) -> int:
    """Compute the key of every task that has none (after an upgrade or a bulk load)."""
    from desktop.models import Task

    ids = session.scalars(select(Task.id).where(Task.search_key == "")).all()
    for task_id in ids:
        refresh_search_key(session, task_id)
    return len(ids)
