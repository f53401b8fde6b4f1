"""How the calendar grid lays its entries out in lanes: computed once per month and filter.

Each week row of the grid gets lanes (horizontal bars); an entry of several days keeps one
lane across the week, a day's one-day entries fill the gaps, and windows of
:data:`LONG_SPAN_DAYS` or more go under them. Nothing here paints or reads the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

#: Lanes laid out per day at most (more than any screen shows); the entries beyond are only counted.
LANE_CAP = 80
#: Windows this long or longer are laid out under the day's own entries.
LONG_SPAN_DAYS = 8


class Placed:
    """An entry placed in one week row: from column c0 to c1 (inclusive), in lane *lane*."""

    __slots__ = ("item", "c0", "c1", "lane", "continues_before", "continues_after")

    def __init__(self, item, c0: int, c1: int, lane: int, before: bool, after: bool):
        self.item, self.c0, self.c1, self.lane = item, c0, c1, lane
        self.continues_before, self.continues_after = before, after


#: rows, buckets, spans, day_lanes, row_lanes (see :func:`lay_out`).
Layout = tuple[list[list[Placed]], list[list[Any]], list[Any], list[tuple[list[int], int]], list[int]]


def lay_out(items: Iterable[Any], first: dt.date, weeks: int, order: Callable[[Any], Any]) -> Layout:
    """Lay *items* out in lanes over *weeks* weeks from *first* (those outside are left out).

    Returns, per week row, the placed entries sorted by lane; per day, its one-day entries
    (sorted by *order*); the entries of more than one day; per day, the lanes of those and how
    many one-day entries it has; and per week row, how many lanes it needs.
    """
    cells = 7 * weeks
    last = first + dt.timedelta(days=cells - 1)
    buckets: list[list[Any]] = [[] for _ in range(cells)]
    spans = []
    for item in items:
        start, end = item.start, item.end
        if start > last or end < first:
            continue
        if start == end:
            buckets[(start - first).days].append(item)
        else:
            spans.append(item)
    rows: list[list[Placed]] = [[] for _ in range(weeks)]
    occupied: list[set[int]] = [set() for _ in range(cells)]  # the spans' lanes of each day
    floor = [0] * cells  # lanes below this are taken (by one-day entries and the spans among them)

    def place(item, floors: bool) -> None:
        start, end = max(item.start, first), min(item.end, last)
        offset, stop = (start - first).days, (end - first).days
        while offset <= stop:
            row, c0 = divmod(offset, 7)
            c1 = min(6, c0 + stop - offset)
            a, b = row * 7 + c0, row * 7 + c1 + 1
            used = set().union(*occupied[a:b])
            lane = max(floor[a:b]) if floors else 0
            while lane in used:
                lane += 1
            for cell in range(a, b):
                occupied[cell].add(lane)
            if lane < LANE_CAP:
                rows[row].append(Placed(item, c0, c1, lane, a > (item.start - first).days,
                                         b - 1 < (item.end - first).days))
            offset = b

    # Entries of a week or less first (the longer first, so they keep one lane across the
    # week), then each day's one-day entries in the gaps, then the long windows (a quarter,
    # "3月起", the year's 实时备检) under them: a day's own deadlines are not pushed into
    # "+N 项" by windows that run through every day of the month.
    spans.sort(key=lambda i: (max(i.start, first), -(i.end - i.start).days, i.title))
    long_spans = [i for i in spans if (i.end - i.start).days >= LONG_SPAN_DAYS]
    for item in spans:
        if (item.end - item.start).days < LONG_SPAN_DAYS:
            place(item, False)
    day_lanes: list[tuple[list[int], int]] = []  # per cell: the spans' lanes, and how many one-day entries
    for index, bucket in enumerate(buckets):
        taken = occupied[index]
        row, column = divmod(index, 7)
        lane = 0
        if bucket:
            bucket.sort(key=order)
            placed = rows[row]
            for position, item in enumerate(bucket):
                while lane in taken:
                    lane += 1
                if lane >= LANE_CAP:
                    # The rest are only counted (more than any screen shows): past the cap
                    # the exact lanes do not matter, only that the row needs more than fit.
                    lane += len(bucket) - position
                    break
                placed.append(Placed(item, column, column, lane, False, False))
                lane += 1
        floor[index] = lane
    for item in long_spans:
        place(item, True)
    row_lanes = [0] * weeks
    for index, bucket in enumerate(buckets):
        taken = occupied[index]
        row = index // 7
        row_lanes[row] = max(row_lanes[row], floor[index], max(taken, default=-1) + 1)
        day_lanes.append((sorted(taken), len(bucket)))
    for row in rows:
        row.sort(key=lambda p: p.lane)
    return rows, buckets, spans, day_lanes, row_lanes


__all__ = ["LANE_CAP", "LONG_SPAN_DAYS", "Layout", "Placed", "lay_out"]
