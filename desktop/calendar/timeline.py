"""Which calendar entries a timeline of the plan year shows, and in what order (no Qt).

Shared by the 日历 tab's timeline view and the printed timeline: task deadlines, measure
deadlines and milestones, grouped by task, the task's own deadline first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: The kinds on the timeline, in the order of a task's rows.
TIMELINE_KINDS = ("task_deadline", "measure_deadline", "milestone")


def _kind(item: Any) -> str:
    return getattr(item.kind, "value", item.kind)


def timeline_rows(items: Sequence[Any]) -> list[Any]:
    """The entries of the timeline in their order: by task, the task's deadline first."""
    order = {code: index for index, code in enumerate(TIMELINE_KINDS)}
    chosen = [i for i in items if _kind(i) in order]
    return sorted(chosen, key=lambda i: (i.task_id is None, i.task_id or 0, order[_kind(i)], i.end, i.title))
