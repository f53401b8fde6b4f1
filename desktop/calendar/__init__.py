"""The calendar: everything in a plan that has a date, as dated items (no Qt here).

* :mod:`desktop.calendar.items`: :func:`calendar_items`, the occurrences in a date range;
* :mod:`desktop.calendar.entries`: the entries (kinds, items, series) and the rules the collectors share;
* :mod:`desktop.calendar.sources`: one collector per source;
* :mod:`desktop.recurrence` (beside workdays): the recurring duties as RFC 5545 rules (dateutil's rrule),
  each occurrence moved off rest days by the working-day calendar;
* :mod:`desktop.calendar.ics`: the iCalendar export;
* :mod:`desktop.calendar.agenda`: the agenda as text (``duban agenda``).
"""
