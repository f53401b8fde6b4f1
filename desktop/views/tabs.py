"""The tabs of the main window, each in its own module: 任务 (:mod:`desktop.views.tasks_tab`),
日历 (:mod:`desktop.views.calendar_tab`), 人员 (:mod:`desktop.views.people_tab`) and 指标
(:mod:`desktop.views.quotas_tab`); ``CalendarTab``, ``PeopleTab`` and ``QuotasTab`` are re-exported here.

Each tab receives the open database and plan from the main window through :meth:`load`.
The services are imported when a tab first loads, not with these modules: they bring
SQLAlchemy, and the window is shown before that is needed (see
:mod:`desktop.services.startup`).
"""

from __future__ import annotations

from desktop.views.calendar_tab import CalendarTab
from desktop.views.people_tab import PeopleTab
from desktop.views.quotas_tab import QuotasTab

__all__ = ["CalendarTab", "PeopleTab", "QuotasTab"]
