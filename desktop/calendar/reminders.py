"""Reminders: the one computation of what is overdue and what falls due in the next working days.

Derived from the calendar (:func:`desktop.calendar.items.collect`) as of *today*, with the
lights of :mod:`desktop.lights`; the reminder bar on 任务 and the printed 逾期/临期清单
(:func:`desktop.services.reports.reminders`), the 提醒 panel and the tray all read
:func:`reminder_items`. An item is

* overdue when its light is red;
* due soon when something is still to be done by its date (not done, not on hold, not an
  inspection that is over) and that date falls within *working_days* working days of *today*
  (the database's working-day calendar: holidays do not count). Its light is the light as
  everywhere else (yellow within the yellow window, else green).

Only the dismissals are stored (table ``reminder_dismissal``), per OS user: the panel and the
tray leave out what this person dismissed (:func:`due_reminders`); the bar does not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from sqlalchemy import delete, inspect, select

from desktop.calendar.items import CalendarItem, Collected, ItemKind, collect
from desktop.i18n import tr
from desktop.lights import DEFAULT_YELLOW_DAYS, Light
from desktop.lights.settings import DEFAULT_REMINDER_WORKING_DAYS as DEFAULT_WORKING_DAYS
#: 31 days hold at least this many working days even over the Spring Festival.
from desktop.lights.settings import MAX_REMINDER_WORKING_DAYS as MAX_WORKING_DAYS

#: How many titles the notification names.
TITLES_SHOWN = 3


def _user(user: str | None) -> str:
    if user:
        return user
    from desktop.models.audit import current_actor

    return current_actor()[0]


def dismissed(database, user: str | None = None) -> set[str]:
    """The UIDs *user* (default: this OS user) dismissed; empty on a file older than revision 0005."""
    from desktop.models import ReminderDismissal

    table = ReminderDismissal.__table__
    with database.read() as session:
        if not inspect(session.connection()).has_table(table.name):
            return set()
        return set(session.scalars(select(table.c.uid).where(table.c.os_user == _user(user))))


def is_overdue(item: CalendarItem) -> bool:
    return item.light == Light.RED.value


def reminder_horizon(today: dt.date) -> dt.date:
    """How far ahead the reminders read: wide enough for any holiday (the working days are counted after)."""
    return today + dt.timedelta(days=31)


def reminder_items(
    database,
    plan_id: int,
    today: dt.date | None = None,
    working_days: int = DEFAULT_WORKING_DAYS,
    *,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
    hidden: Collection[str] = (),
    collected: Collected | None = None,
) -> list[CalendarItem]:
    """Overdue items, then those due within *working_days* working days, each by date; *hidden* UIDs left out.

    *collected* is the plan when the caller has read it already (:func:`collect` with *today*
    and *yellow_days*, from the beginning through :func:`reminder_horizon` at least).
    """
    if not 0 <= working_days <= MAX_WORKING_DAYS:
        raise ValueError(f"working_days must be 0..{MAX_WORKING_DAYS}, not {working_days}")
    today = today or dt.date.today()
    horizon = reminder_horizon(today)
    if collected is None:
        collected = collect(database, plan_id, None, horizon, today=today, yellow_days=yellow_days)
    calendar = collected.calendar
    overdue, soon = [], []
    for item in collected.expand(None, horizon):
        if item.uid in hidden:
            continue
        if item.light == Light.RED.value:
            overdue.append(item)
        elif item.open and calendar.working_days_until(today, due_date(item), limit=working_days) <= working_days:
            soon.append(item)
    overdue.sort(key=lambda i: (i.end, i.start, i.title))
    soon.sort(key=lambda i: (i.end, i.start, i.title))
    return overdue + soon


def due_date(item: CalendarItem) -> dt.date:
    """When *item* falls due: an inspection when its window opens, everything else by its end."""
    return item.start if item.kind is ItemKind.INSPECTION else item.end


def due_reminders(
    database,
    plan_id: int,
    today: dt.date | None = None,
    working_days: int = DEFAULT_WORKING_DAYS,
    user: str | None = None,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
) -> list[CalendarItem]:
    """:func:`reminder_items` less what *user* (default: this OS user) dismissed: the 提醒 panel and the tray."""
    return reminder_items(
        database, plan_id, today, working_days, yellow_days=yellow_days, hidden=dismissed(database, user)
    )


def dismiss(database, uid: str, user: str | None = None) -> None:
    """Do not remind *user* (default: this OS user) of *uid* again."""
    from desktop.models import ReminderDismissal

    who = _user(user)
    # Personal bookkeeping: other PCs need not reload for it (no revision bump).
    with database.write(tr("Reminders", "不再提醒"), bump=False) as session:
        row = session.get(ReminderDismissal, (who, uid))
        if row is None:
            session.add(ReminderDismissal(os_user=who, uid=uid, dismissed_at=dt.datetime.now().replace(microsecond=0)))


def undismiss_all(database, user: str | None = None) -> int:
    """Remind *user* of everything again; how many dismissals were forgotten."""
    from desktop.models import ReminderDismissal

    with database.write(tr("Reminders", "恢复全部提醒"), bump=False) as session:
        result = session.execute(delete(ReminderDismissal).where(ReminderDismissal.os_user == _user(user)))
        return result.rowcount or 0


def notification_text(
    items: Sequence[CalendarItem], working_days: int = DEFAULT_WORKING_DAYS
) -> tuple[str, str] | None:
    """(title, body) of the tray message for *items*, or None when there is nothing to say."""
    if not items:
        return None
    overdue = sum(1 for i in items if is_overdue(i))
    soon = len(items) - overdue
    title = tr("Reminders", "督办提醒")
    lines = [summary_text(overdue, soon, working_days)]
    for item in items[:TITLES_SHOWN]:
        lines.append(f"{item.end.month}月{item.end.day}日 {item.kind.label} {item.title}")
    if len(items) > TITLES_SHOWN:
        lines.append(tr("Reminders", "等 {0} 项").format(len(items)))
    return title, "\n".join(lines)


def summary_text(overdue: int, soon: int, working_days: int) -> str:
    """What the panel and the tray count, said in the count (the bar on 任务 counts fewer kinds)."""
    return tr(
        "Reminders",
        "共 {0} 项已逾期、{1} 项 {2} 个工作日内到期（含任务、措施、时间节点、督查、备检和宣传指标，不含已“不再提醒”的）",
    ).format(overdue, soon, working_days)


__all__ = [
    "DEFAULT_WORKING_DAYS",
    "MAX_WORKING_DAYS",
    "dismiss",
    "dismissed",
    "due_reminders",
    "is_overdue",
    "due_date",
    "notification_text",
    "reminder_horizon",
    "reminder_items",
    "summary_text",
    "undismiss_all",
]
