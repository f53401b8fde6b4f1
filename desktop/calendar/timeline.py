"""Which calendar entries a timeline of the plan year shows, and in what order (no Qt).

Shared by the 日历 tab's timeline view and the printed timeline: task deadlines, measure
deadlines and milestones, grouped by task, the task's own deadline first. A task whose
要求 names no deadline of its own still heads its group: a :class:`TaskHeading` spanning
its measures and milestones, as red as the worst of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

#: The kinds on the timeline, in the order of a task's rows.
TIMELINE_KINDS = ("task_deadline", "measure_deadline", "milestone")
#: The kind code of a heading row (a task without a deadline of its own).
HEADING = "task"


@dataclass(frozen=True)
class TaskHeading:
    """The first row of a task's group when the task has no deadline of its own."""

    uid: str
    title: str
    start: dt.date
    end: dt.date
    sections: tuple[str, ...]
    light: int
    task_id: int
    kind: str = HEADING
    as_written: str = ""
    source: str = "task"
    series: str | None = None
    rrule: str | None = None
    #: The reason of its most urgent entry's light (the heading's light is theirs).
    reason: str = ""
    open: bool = True

    @property
    def source_id(self) -> int:
        return self.task_id


def _kind(item: Any) -> str:
    return getattr(item.kind, "value", item.kind)


def is_heading(item: Any) -> bool:
    """Whether *item* heads its task's group (the task's own deadline, or a heading)."""
    return _kind(item) in ("task_deadline", HEADING)


def timeline_rows(items: Sequence[Any], task_titles: Mapping[int, str] | None = None) -> list[Any]:
    """The entries of the timeline in their order: by task, the task's deadline first.

    With *task_titles* (task id → "code title"), a task that has measures or milestones on
    the timeline but no deadline of its own gets a :class:`TaskHeading` row first.
    """
    order = {code: index for index, code in enumerate(TIMELINE_KINDS)}
    chosen = [i for i in items if _kind(i) in order]
    if task_titles:
        groups: dict[int, list[Any]] = {}
        for item in chosen:
            if item.task_id is not None:
                groups.setdefault(item.task_id, []).append(item)
        for task_id, members in groups.items():
            if task_id not in task_titles or any(_kind(i) == "task_deadline" for i in members):
                continue
            sections = next((i.sections for i in members if i.sections), ())
            worst = max(members, key=lambda i: int(i.light))
            chosen.append(
                TaskHeading(
                    uid=f"task-heading-{task_id}",
                    title=task_titles[task_id],
                    start=min(i.start for i in members),
                    end=max(i.end for i in members),
                    sections=tuple(sections),
                    light=int(worst.light),
                    task_id=task_id,
                    reason=f"{worst.title}：{worst.reason}" if worst.reason else "",
                )
            )
    rank = {**order, HEADING: -1}
    return sorted(chosen, key=lambda i: (i.task_id is None, i.task_id or 0, rank[_kind(i)], i.end, i.title))


def task_titles(database, plan_id: int) -> dict[int, str]:
    """Task id → "code title" of the plan's tasks, for the timeline's headings."""
    from sqlalchemy import select

    from desktop.models import Task

    t = Task.__table__.c
    with database.read() as session:
        return {row.id: f"{row.code} {row.title}" for row in session.execute(select(t.id, t.code, t.title).where(t.plan_id == plan_id))}
