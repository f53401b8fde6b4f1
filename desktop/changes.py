"""What a save changed, in the words the screens listen for.

Every committed :meth:`~desktop.db.database.Database.write` reports a :class:`Change`
computed from the tables it wrote (:func:`change_for_tables`), so no call site has to
declare it and none can forget. The window turns these into one notification per user
action (:mod:`desktop.views.operations`); each tab refreshes for the kinds it shows.
Plain Python: the services and the database layer use it without Qt.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Change(enum.Flag):
    TASKS = enum.auto()
    #: Measures, milestones and numeric indicators (with their values).
    MEASURES = enum.auto()
    REPORTS = enum.auto()
    PEOPLE = enum.auto()
    DEPARTMENTS = enum.auto()
    INSPECTIONS = enum.auto()
    QUOTAS = enum.auto()
    WORKDAYS = enum.auto()
    #: This PC's dismissed reminders.
    REMINDERS = enum.auto()
    PLAN = enum.auto()
    #: 督办单 and 提示单 issued, answered or withdrawn.
    NOTICES = enum.auto()
    #: This PC's settings (the lights' yellow window, how far reminders look ahead).
    SETTINGS = enum.auto()
    #: Another database was opened, or this one restored: everything is new.
    DATABASE = enum.auto()
    #: Whatever is kept in the database: what another PC's save (or F5) may have changed.
    DATA = TASKS | MEASURES | REPORTS | PEOPLE | DEPARTMENTS | INSPECTIONS | QUOTAS | WORKDAYS | REMINDERS | PLAN | NOTICES
    EVERYTHING = DATA | SETTINGS | DATABASE

    @classmethod
    def nothing(cls) -> Change:
        return cls(0)


#: Which kind of change a write to each table is. Tables not named here (the audit log,
#: the revision counter, save ids, presence rows) are bookkeeping and change nothing shown.
TABLE_CHANGES: dict[str, Change] = {
    "task": Change.TASKS,
    "task_unit": Change.TASKS,
    "measure": Change.MEASURES,
    "milestone": Change.MEASURES,
    "indicator": Change.MEASURES,
    "indicator_value": Change.MEASURES,
    "indicator_month": Change.MEASURES,
    "extension": Change.MEASURES,
    "progress_report": Change.REPORTS,
    "department": Change.DEPARTMENTS,
    "person": Change.PEOPLE,
    "person_absence": Change.PEOPLE,
    "group": Change.PEOPLE,
    "membership": Change.PEOPLE,
    "contact": Change.PEOPLE,
    "responsibility_history": Change.PEOPLE,
    "inspection": Change.INSPECTIONS,
    "date_window": Change.INSPECTIONS,
    "inspection_unit": Change.INSPECTIONS,
    "quota_rule": Change.QUOTAS,
    "quota_requirement": Change.QUOTAS,
    "publicity_item": Change.QUOTAS,
    "workday_override": Change.WORKDAYS,
    "reminder_dismissal": Change.REMINDERS,
    "plan": Change.PLAN,
    "notice": Change.NOTICES,
}


def change_for_tables(names: Iterable[str]) -> Change:
    """The kinds of change a save that wrote the tables *names* made."""
    what = Change.nothing()
    for name in names:
        what |= TABLE_CHANGES.get(name, Change.nothing())
    return what


@dataclass(frozen=True)
class ChangeNote:
    """One notification: what changed, and whether another PC saved it."""

    what: Change
    #: Saved by another PC (found by polling the shared file); ``what`` is then :attr:`Change.DATA`.
    elsewhere: bool = False

    def touches(self, interests: Change) -> bool:
        return bool(self.what & interests)
