"""Reading the document's fuzzy periods into real date windows.

The notice gives periods, not dates: 第三季度, 3月起, 6月、10月, 12月, 7月备检,
4-5月备检, 实时备检, 6 月前. :func:`parse_period` turns such words into a list of
:class:`Window` for a plan year; the words themselves are kept beside the dates so
that Duban can show them as written.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class Window:
    """A date window; ``end`` is None when it is open-ended (3月起)."""

    start: dt.date
    end: dt.date | None

    def contains(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Period:
    """What a fuzzy period says: its windows, or that it is continuous (实时)."""

    text: str
    windows: tuple[Window, ...]
    continuous: bool = False


class PeriodError(ValueError):
    """The words do not name a period Duban can read."""


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month(value: str) -> int:
    month = int(value)
    if not 1 <= month <= 12:
        raise PeriodError(value)
    return month


def parse_period(text: str, year: int) -> Period:
    """Read *text* (e.g. ``第三季度``, ``5月、9月备检``) for the plan *year*.

    >>> parse_period("第三季度", 2022).windows
    (Window(start=datetime.date(2022, 7, 1), end=datetime.date(2022, 9, 30)),)
    """
    words = re.sub(r"\s+", "", text).removesuffix("备检")
    if not words:
        raise PeriodError(text)
    if words in ("实时", "随时", "全年"):
        return Period(text, (), continuous=True)
    quarter = re.fullmatch(r"第([一二三四1-4])季度", words)
    if quarter:
        q = _QUARTERS[quarter.group(1)]
        return Period(text, (Window(dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q)),))
    since = re.fullmatch(r"(\d{1,2})月起", words)
    if since:
        return Period(text, (Window(dt.date(year, _month(since.group(1)), 1), None),))
    before = re.fullmatch(r"(\d{1,2})月(?:底)?前", words)
    if before:
        month = _month(before.group(1))
        return Period(text, (Window(dt.date(year, 1, 1), month_end(year, month)),))
    windows = []
    for part in re.split(r"[、，,和及]", words):
        span = re.fullmatch(r"(\d{1,2})月?[-－—~至到](\d{1,2})月", part)
        single = re.fullmatch(r"(\d{1,2})月", part)
        if span:
            first, last = _month(span.group(1)), _month(span.group(2))
            if last < first:
                raise PeriodError(text)
            windows.append(Window(dt.date(year, first, 1), month_end(year, last)))
        elif single:
            month = _month(single.group(1))
            windows.append(Window(dt.date(year, month, 1), month_end(year, month)))
        else:
            raise PeriodError(text)
    return Period(text, tuple(windows))


def parse_deadline(text: str, year: int) -> dt.date:
    """The date a deadline such as ``6 月前`` (by the end of June) falls on."""
    period = parse_period(text, year)
    if period.continuous or not period.windows or period.windows[-1].end is None:
        raise PeriodError(text)
    return period.windows[-1].end
