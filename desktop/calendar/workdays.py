"""The working-day calendar with the office's corrections (table ``workday_override``).

``chinesecalendar`` knows the official table (weekends, public holidays, the make-up
working days 调休) up to the last year the State Council has published; for a later year,
or to correct a day, the office adds rows here and every deadline follows them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, inspect, select

from desktop.db.database import Database
from desktop.workdays import WorkdayCalendar


@dataclass(frozen=True)
class Override:
    day: dt.date
    is_workday: bool
    note: str


def read_overrides(session) -> dict[dt.date, bool]:
    """The corrections as *day* → is a working day, read in *session* (empty before revision 0004)."""
    from desktop.models import WorkdayOverride

    if not inspect(session.connection()).has_table(WorkdayOverride.__tablename__):
        return {}
    table = WorkdayOverride.__table__
    return {row.day: bool(row.is_workday) for row in session.execute(select(table.c.day, table.c.is_workday))}


def load_calendar(database: Database) -> WorkdayCalendar:
    """The official calendar with the office's corrections of *database*."""
    with database.read() as session:
        return WorkdayCalendar(read_overrides(session))


def list_overrides(database: Database) -> list[Override]:
    from desktop.models import WorkdayOverride

    with database.read() as session:
        rows = session.scalars(select(WorkdayOverride).order_by(WorkdayOverride.day)).all()
        return [Override(r.day, r.is_workday, r.note) for r in rows]


def set_override(database: Database, day: dt.date, is_workday: bool, note: str = "") -> None:
    """Record that *day* is (or is not) a working day, replacing an earlier correction of it."""
    from desktop.models import WorkdayOverride

    label = "工作日" if is_workday else "休息日"
    with database.write(f"设定 {day.isoformat()} 为{label}") as session:
        row = session.get(WorkdayOverride, day)
        if row is None:
            session.add(WorkdayOverride(day=day, is_workday=is_workday, note=note))
        else:
            row.is_workday = is_workday
            row.note = note


def remove_override(database: Database, day: dt.date) -> None:
    """Go back to the official table for *day*."""
    from desktop.models import WorkdayOverride

    with database.write(f"取消 {day.isoformat()} 的工作日设定") as session:
        session.execute(delete(WorkdayOverride).where(WorkdayOverride.day == day))
