"""The one home of the traffic lights (红黄绿灯) and of the reminder window.

* :mod:`desktop.lights.rules` — the rule (:func:`judge`), the :class:`Light` and its :class:`Verdict`;
* :mod:`desktop.lights.kinds` — the rule applied to each kind of dated thing (:class:`DueLights`);
* :mod:`desktop.lights.trajectory` — a numeric indicator against its monthly plan (序时进度), and a
  task's light raised to its indicators' (:func:`desktop.lights.trajectory.with_indicators`);
* :mod:`desktop.lights.settings` — the two settings: how early the light turns yellow, and how
  many working days ahead the reminders look.

Every view (task list and editor, person page, calendar, reminders, tray, printouts) asks here.
"""

from desktop.lights.kinds import DueLights
from desktop.lights.rules import DEFAULT_YELLOW_DAYS, LAG_TOLERANCE, Light, Verdict, judge, rule_text

__all__ = ["DEFAULT_YELLOW_DAYS", "LAG_TOLERANCE", "DueLights", "Light", "Verdict", "judge", "rule_text"]
