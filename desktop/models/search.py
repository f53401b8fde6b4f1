"""The search indexes of tasks and people: texts with their pinyin, so ``jbz`` finds 揭榜制
and ``zln`` or ``zhonglina`` finds 钟丽娜.

Each task keeps a ``search_key``: all its texts and its measures' texts, lower-cased,
then the pinyin initials and full pinyin of its short texts (code, title, units,
special group, measure titles). Pinyin is left out for long prose: initials run
together over a paragraph match almost any two letters. The services refresh the key
on every save that touches those texts; filtering thousands of tasks is then a
substring test per row, with no pinyin conversion while typing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

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
    # A task from outside the plan is found by its document's number and its instruction.
    "source_number",
    "source_text",
)
#: The short fields whose pinyin is indexed too (with the measures' titles).
PINYIN_FIELDS = ("code", "title", "responsible_unit", "responsible_person_text", "special_group")

_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")


@functools.lru_cache(maxsize=20_000)
def pinyin_of_run(run: str) -> tuple[str, str]:
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(run)), "".join(lazy_pinyin(run, style=Style.FIRST_LETTER))


def pinyin_forms(text: str) -> tuple[str, str]:
    """(full pinyin, initials) of *text*; other characters are kept as they are."""
    full, initials, last = [], [], 0
    for match in _HAN_RUN.finditer(text):
        between = text[last : match.start()]
        full.append(between)
        initials.append(between)
        run_full, run_initials = pinyin_of_run(match.group())
        full.append(run_full)
        initials.append(run_initials)
        last = match.end()
    full.append(text[last:])
    initials.append(text[last:])
    return "".join(full), "".join(initials)


def build_search_key(texts: Iterable[str], pinyin_texts: Iterable[str]) -> str:
    plain = "\n".join(t for t in texts if t)
    forms = [pinyin_forms(t) for t in pinyin_texts if t]
    initials = "\n".join(i for _, i in forms)
    full = "\n".join(f for f, _ in forms)
    return "\n".join((plain, initials, full)).lower()


def task_search_key(fields: dict, measures: Sequence[tuple[str, str]]) -> str:
    """The key of a task with these *fields* and (title, description) *measures*."""
    texts = [fields.get(name) or "" for name in TASK_TEXT_FIELDS]
    pinyin_texts = [fields.get(name) or "" for name in PINYIN_FIELDS]
    for title, description in measures:
        texts += [title, description]
        pinyin_texts.append(title)
    return build_search_key(texts, pinyin_texts)


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
    key = task_search_key({name: getattr(task, name) for name in TASK_TEXT_FIELDS}, measures)
    if task.search_key != key:
        # Not through the ORM: the key is an index, and must not bump the task's version
        # (that would make a concurrent edit of the task look like a conflict) nor be audited.
        session.execute(update(Task.__table__).where(Task.__table__.c.id == task_id).values(search_key=key))
        session.expire(task, ["search_key"])


def fill_missing_search_keys(session: Session) -> int:
    """Compute the key of every task and person that has none (after an upgrade or a bulk load)."""
    from desktop.models import Task

    ids = session.scalars(select(Task.id).where(Task.search_key == "")).all()
    for task_id in ids:
        refresh_search_key(session, task_id)
    return len(ids) + fill_missing_person_keys(session)


#: A person's fields in their key; only the name's pinyin is indexed (a title's initials
#: would match almost any two letters).
PERSON_TEXT_FIELDS = ("name", "title", "phone", "email", "note")


def person_search_key(fields: dict) -> str:
    return build_search_key([fields.get(name) or "" for name in PERSON_TEXT_FIELDS], [fields.get("name") or ""])


def refresh_person_search_key(session: Session, person_id: int) -> None:
    """Recompute one person's key from what the session holds (call after a flush); like :func:`refresh_search_key`."""
    from desktop.models import Person

    person = session.get(Person, person_id)
    if person is None:
        return
    key = person_search_key({name: getattr(person, name) for name in PERSON_TEXT_FIELDS})
    if person.search_key != key:
        table = Person.__table__
        session.execute(update(table).where(table.c.id == person_id).values(search_key=key))
        session.expire(person, ["search_key"])


def fill_missing_person_keys(session: Session) -> int:
    from desktop.models import Person

    ids = session.scalars(select(Person.id).where(Person.search_key == "")).all()
    for person_id in ids:
        refresh_person_search_key(session, person_id)
    return len(ids)
