"""The 人员 and 指标 tabs of the main window (任务 and 日历 have their own modules,
:mod:`desktop.views.tasks_tab` and :mod:`desktop.views.calendar_tab`; ``CalendarTab`` is re-exported here).

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


class PeopleTab(_SplitTab):
    def __init__(self, parent=None):
        super().__init__(parent)
        people = FilteredTable(
            self.tr("人员与小组职务"),
            [
                Column(self.tr("姓名"), lambda r: r.name),
                Column(self.tr("职务"), lambda r: r.title),
                Column(self.tr("部门"), lambda r: r.department),
                Column(self.tr("小组职务"), lambda r: r.roles),
                Column(self.tr("电话"), lambda r: r.phone),
                Column(self.tr("邮箱"), lambda r: r.email),
                Column(
                    self.tr("状态"),
                    lambda r: r.active,
                    display=lambda r: self.tr("在岗") if r.active else self.tr("已离任"),
                ),
            ],
            stretch_column=3,
        )
        contacts = FilteredTable(
            self.tr("外部联系方式"),
            [
                Column(self.tr("名称"), lambda r: r.name),
                Column(self.tr("单位"), lambda r: r.unit),
                Column(self.tr("邮箱"), lambda r: r.email),
                Column(self.tr("电话"), lambda r: r.phone),
                Column(self.tr("用途"), lambda r: r.purpose),
            ],
            stretch_column=4,
        )
        self._place(people, contacts)

    def load(self, database, plan_id: int | None) -> None:
        from desktop.services import rows as row_service

        self.main.set_rows(row_service.people_rows(database, plan_id) if plan_id else [])
        self.secondary.set_rows(row_service.contact_rows(database, plan_id) if plan_id else [])


from desktop.views.quotas_tab import QuotasTab  # noqa: E402 (the 指标 tab has its own module)


__all__ = ["CalendarTab", "PeopleTab", "QuotasTab"]
