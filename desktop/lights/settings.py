"""The lights' two settings, read in one place.

* ``tasks/yellow_working_days``: a deadline this many working days away (or fewer) is yellow;
* ``calendar/reminder_working_days``: the reminders (the bar on 任务, the 提醒 panel, the tray
  and the printed 逾期/临期清单) list what falls due within this many working days.

The old ``tasks/reminder_days`` (calendar days, for the bar alone) is no longer read: the
bar now lists the same window as the panel, and a stored value is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.lights.rules import DEFAULT_YELLOW_DAYS

#: How many working days ahead the reminders look by default, and at most.
DEFAULT_REMINDER_WORKING_DAYS = 7
MAX_REMINDER_WORKING_DAYS = 15


@dataclass(frozen=True)
class LightSettings:
    yellow_days: int = DEFAULT_YELLOW_DAYS
    reminder_working_days: int = DEFAULT_REMINDER_WORKING_DAYS


def read_light_settings(settings) -> LightSettings:
    """The lights' settings of *settings* (a :class:`desktop.settings.Settings`), out-of-range values clamped."""
    from desktop.settings import CALENDAR_REMINDER_WORKING_DAYS, YELLOW_WORKING_DAYS

    yellow = min(max(int(settings.get(YELLOW_WORKING_DAYS)), 0), 60)
    reminder = min(max(int(settings.get(CALENDAR_REMINDER_WORKING_DAYS)), 1), MAX_REMINDER_WORKING_DAYS)
    return LightSettings(yellow, reminder)


def write_light_settings(settings, values: LightSettings) -> None:
    from desktop.settings import CALENDAR_REMINDER_WORKING_DAYS, YELLOW_WORKING_DAYS

    settings.set(YELLOW_WORKING_DAYS, values.yellow_days)
    settings.set(CALENDAR_REMINDER_WORKING_DAYS, values.reminder_working_days)


__all__ = [
    "DEFAULT_REMINDER_WORKING_DAYS",
    "MAX_REMINDER_WORKING_DAYS",
    "LightSettings",
    "read_light_settings",
    "write_light_settings",
]
