"""What a 延期申请 moves: a measure's or milestone's deadline, or a task's own (its 要求 line's).

One place reads and writes the deadline of each kind of item, so asking, approving and
withdrawing treat them alike. A task's own deadline is the one its 要求 line sets
(:func:`desktop.calendar.entries.task_deadline`) until an approved extension moves it into
``Task.deadline``; the calendar reads that first.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.calendar.entries import task_deadline
from desktop.i18n import tr
from desktop.models import Measure, Milestone, Plan, Task
from desktop.services.editing import ValidationError


def find_item(session, measure_id: int | None, milestone_id: int | None, task_id: int | None = None):
    """The measure, the milestone, or (neither given) the task whose deadline is to move."""
    if measure_id is not None and milestone_id is not None or (measure_id, milestone_id, task_id) == (None, None, None):
        raise ValidationError(tr("Extensions", "请选择要延期的一项措施或时间节点。"))
    if measure_id is not None:
        item = session.get(Measure, measure_id)
    elif milestone_id is not None:
        item = session.get(Milestone, milestone_id)
    else:
        item = session.get(Task, task_id)
    if item is None:
        raise ValidationError(tr("Extensions", "要延期的措施或时间节点已被删除。"))
    return item


def deadline_of(session, item) -> tuple[dt.date | None, str]:
    """The item's deadline now and its words (a milestone's 6 月前, a task's 6 月前出台; "" for a measure)."""
    if isinstance(item, Task):
        if item.deadline is not None:
            return item.deadline, item.deadline_text or ""
        year = session.scalar(select(Plan.year).where(Plan.id == item.plan_id))
        found = task_deadline(item.requirement, year)
        return (found[1], found[0]) if found else (None, "")
    return item.due_date, getattr(item, "due_text", "") or ""


def move_deadline(item, day: dt.date | None, words: str) -> None:
    """Set the item's deadline (and a milestone's or task's words); a task's None: back to its 要求 line."""
    if isinstance(item, Task):
        item.deadline, item.deadline_text = day, (words if day is not None else "")
        return
    item.due_date = day
    if isinstance(item, Milestone):
        item.due_text = words


def current_task_deadline(database, task_id: int) -> dt.date | None:
    """The task's own deadline now (moved by an extension, or as its 要求 line says), for the request dialog."""
    with database.read() as session:
        task = session.get(Task, task_id)
        return deadline_of(session, task)[0] if task is not None else None


__all__ = ["current_task_deadline", "deadline_of", "find_item", "move_deadline"]
