"""The 指标 tab of the main window (任务, 日历 and 人员 have their own modules,
:mod:`desktop.views.tasks_tab`, :mod:`desktop.views.calendar_tab` and :mod:`desktop.views.people_tab`;
``CalendarTab`` and ``PeopleTab`` are re-exported here).

Each tab receives the open database and plan from the main window through
:meth:`load` and asks :mod:`desktop.services.rows` for what it lists. Editing comes
with each area's own work; here every tab lists the plan's real rows.

The services are imported when a tab first loads, not with this module: they bring
SQLAlchemy, and the window is shown before that is needed (see
:mod:`desktop.services.startup`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.views.calendar_tab import CalendarTab
from desktop.views.list_view import FilteredTable
from desktop.views.people_tab import PeopleTab
from desktop.views.table_model import Column


class _SplitTab(QWidget):
    """A main table over a secondary one; subclasses build both, then call :meth:`_place`."""

    def _place(self, main: FilteredTable, secondary: QWidget) -> None:
        self.main = main
        self.secondary = secondary
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(main)
        self.splitter.addWidget(secondary)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)


class QuotasTab(_SplitTab):
    def __init__(self, parent=None):
        super().__init__(parent)
        quotas = FilteredTable(
            self.tr("宣传推广指标"),
            [
                Column(self.tr("序号"), lambda r: r.seq, align_right=True),
                Column(self.tr("事项"), lambda r: r.kind),
                Column(self.tr("责任"), lambda r: r.owner),
                Column(self.tr("要求（原文）"), lambda r: r.as_written),
                Column(self.tr("折合频次"), lambda r: r.requirement),
                Column(self.tr("内容"), lambda r: r.subject),
                Column(self.tr("归集"), lambda r: r.collection),
                Column(self.tr("统筹科室"), lambda r: r.coordinator),
            ],
            stretch_column=5,
        )
        indicators = FilteredTable(
            self.tr("数值目标"),
            [
                Column(self.tr("任务"), lambda r: r.task_code),
                Column(self.tr("指标"), lambda r: r.name),
                Column(self.tr("目标"), lambda r: r.target, align_right=True),
                Column(self.tr("单位"), lambda r: r.unit),
                Column(self.tr("最新实际值"), lambda r: r.latest, align_right=True),
                Column(self.tr("截至"), lambda r: r.as_of),
            ],
            stretch_column=1,
        )
        self._place(quotas, indicators)

    def load(self, database, plan_id: int | None) -> None:
        from desktop.services import rows as row_service

        self.main.set_rows(row_service.quota_rows(database, plan_id) if plan_id else [])
        self.secondary.set_rows(row_service.indicator_rows(database, plan_id) if plan_id else [])


__all__ = ["CalendarTab", "PeopleTab", "QuotasTab"]
