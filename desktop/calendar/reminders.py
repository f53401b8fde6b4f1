"""Reminders: what is overdue and what falls due in the next working days, less what was dismissed.

Derived from the calendar (:func:`desktop.calendar.items.collect`) as of *today*; only
the dismissals are stored (table ``reminder_dismissal``), per OS user, so each person
sees their own list. An item is

* overdue when its light is red (past its date and not done);
* due soon when it is not done and falls within *working_days* working days of *today*
  (the database's working-day calendar: holidays do not count). The lights are read with
  *working_days* as the yellow threshold, so a due-soon item is yellow.

Done, on-hold and lapsed reminder-only items (the monthly collection once past) are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, inspect, select

from desktop.calendar.items import CalendarItem, ItemKind, collect
from desktop.i18n import tr
from desktop.lights import Light

DEFAULT_WORKING_DAYS = 7
#: The calendar's lights call anything more than 31 days away green whatever the holidays;
#: 31 days hold at least this many working days even over the Spring Festival.
MAX_WORKING_DAYS = 15
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


def due_reminders(
    database,
    plan_id: int,
    today: dt.date | None = None,
    working_days: int = DEFAULT_WORKING_DAYS,
    user: str | None = None,
) -> list[CalendarItem]:
    """Overdue items, then those due within *working_days* working days, each by date; dismissed ones left out."""
    if not 0 <= working_days <= MAX_WORKING_DAYS:
        raise ValueError(f"working_days must be 0..{MAX_WORKING_DAYS}, not {working_days}")
    today = today or dt.date.today()
    # Wide enough for any holiday: the lights then tell which are within the working days.
    horizon = today + dt.timedelta(days=31)
    collected = collect(database, plan_id, None, horizon, today=today, yellow_days=working_days)
    calendar = collected.calendar
    hidden = dismissed(database, user)
    overdue, soon = [], []
    for item in collected.expand(None, horizon):
        if item.uid in hidden:
            continue
        if item.light == Light.RED.value:
            overdue.append(item)
        elif item.light == Light.YELLOW.value:
            # An inspection is due when its window opens; everything else by its end.
            due = item.start if item.kind is ItemKind.INSPECTION else item.end
            if calendar.working_days_until(today, due) <= working_days:
                soon.append(item)
    overdue.sort(key=lambda i: (i.end, i.start, i.title))
    soon.sort(key=lambda i: (i.end, i.start, i.title))
    return overdue + soon


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
    parts = []
    if overdue:
        parts.append(tr("Reminders", "{0} 项已逾期").format(overdue))
    if soon:
        parts.append(tr("Reminders", "{0} 项 {1} 个工作日内到期").format(soon, working_days))
    title = tr("Reminders", "督办提醒")
    lines = [tr("Reminders", "，").join(parts)]
    for item in items[:TITLES_SHOWN]:
        lines.append(f"{item.end.month}月{item.end.day}日 {item.kind.label} {item.title}")
    if len(items) > TITLES_SHOWN:
        lines.append(tr("Reminders", "等 {0} 项").format(len(items)))
    return title, "\n".join(lines)


__all__ = [
    "DEFAULT_WORKING_DAYS",
    "MAX_WORKING_DAYS",
    "dismiss",
    "dismissed",
    "due_reminders",
    "is_overdue",
    "notification_text",
    "undismiss_all",
]
