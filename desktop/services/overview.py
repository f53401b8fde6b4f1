"""总览: the leader's page as plain data, read by the same code as the 定期通报 of the day's month.

:func:`overview` asks :func:`desktop.services.briefing.briefing` for the month of *today* as of
*today* (the plan's year bounds the day: after the year, its last day; before it, its first),
so every count on the page is the count the 通报 of that day prints. Only the per-section view
is arranged here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.lights import DEFAULT_YELLOW_DAYS
from desktop.periods import month_end
from desktop.services.briefing import Briefing, briefing, plan_year


@dataclass(frozen=True)
class SectionLine:
    section: str
    overdue: int
    #: Did not report on its tasks this month.
    unreported: bool
    quotas_short: int
    #: The worst first: most overdue, then not reported, then quotas short.
    @property
    def weight(self) -> tuple:
        return (-self.overdue, not self.unreported, -self.quotas_short, self.section)


@dataclass(frozen=True)
class Overview:
    day: dt.date
    briefing: Briefing
    sections: tuple[SectionLine, ...]


def overview_day(year: int, today: dt.date) -> dt.date:
    """*today*, kept inside the plan's *year*."""
    return min(max(today, dt.date(year, 1, 1)), dt.date(year, 12, 31))


def overview(database, plan_id: int, today: dt.date, *, yellow_days: int = DEFAULT_YELLOW_DAYS) -> Overview:
    day = overview_day(plan_year(database, plan_id), today)
    made = briefing(database, plan_id, day.replace(day=1), month_end(day.year, day.month), today=day,
                    yellow_days=yellow_days)
    overdue: dict[str, int] = {}
    for item in made.overdue:
        overdue[item.section] = overdue.get(item.section, 0) + 1
    unreported = {u.section for u in made.unreported}
    short = {q.section: q.short for q in made.quotas if not q.is_city}
    names = set(overdue) | unreported | set(short)
    lines = [SectionLine(name, overdue.get(name, 0), name in unreported, short.get(name, 0)) for name in names if name]
    lines.sort(key=lambda line: line.weight)
    return Overview(day, made, tuple(lines))
