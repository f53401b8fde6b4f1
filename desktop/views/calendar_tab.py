"""The 日历 tab: a month view, a week view, an agenda of the coming days and the plan's whole list.

Entries come from ``desktop.calendar.items.calendar_items`` for the visible range only,
read once per month and kept (switching back is instant, until the next :meth:`load`);
the grid lays them out once per month and filter, and paints without reading anything.
Clicking an entry shows it in the side panel; double-clicking an entry that belongs to a
task emits :attr:`CalendarTab.open_task` with the task's id.

The data layer is imported when the tab first loads, not with this module (it brings
SQLAlchemy; see :mod:`desktop.services.startup`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QScrollArea, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop.changes import Change
from desktop.errors import UserError
from desktop.views.calendar_lists import all_table, upcoming_table
from desktop.views.calendar_month import CalendarGrid, kind_code, month_grid_start
from desktop.views.calendar_side import CalendarSidePanel
from desktop.views.calendar_timeline import TimelineView
from desktop.views.calendar_toolbar import AGENDA, ALL, MONTH, TIMELINE, WEEK, CalendarToolbar
from desktop.views.operations import Refresher


#: What the calendar shows: every dated thing, who it is for, and the working days.
SHOWN = (
    Change.TASKS | Change.MEASURES | Change.REPORTS | Change.INSPECTIONS | Change.QUOTAS | Change.WORKDAYS
    | Change.PEOPLE | Change.DEPARTMENTS | Change.PLAN | Change.SETTINGS | Change.NOTICES
)


def calendar_items(database, plan_id, start, end, **options) -> list[Any]:
    """The plan's dated entries overlapping *start*..*end* (the data layer, imported when first needed)."""
    from desktop.calendar.items import calendar_items as read

    return read(database, plan_id, start, end, **options)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


class CalendarTab(QWidget):
    """Month / week / agenda views of the plan's dated entries, filtered by section and kind."""

    open_task = Signal(int)
    #: Any entry double-clicked (after ``open_task`` for those of a task): the window may open its inspection or quota.
    item_activated = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = dt.date.today
        #: The lights' yellow window (desktop.lights.DEFAULT_YELLOW_DAYS until the window sets it).
        self.yellow_days = 3
        self.database = None
        self.plan_id: int | None = None
        #: Every dated thing and the working days: the month cache is dropped on any change to them.
        self.refresher = Refresher(self, SHOWN, lambda _note: self.load(self.refresher.database, self.refresher.plan_id))
        self.anchor = self.today()  # the day the views are about
        self.view_index = MONTH
        self._month_cache: dict[tuple[int, int], list[Any]] = {}
        self._range_cache: dict[tuple[dt.date, dt.date], list[Any]] = {}
        self._sections: list[str] = []
        self.section_filter = ""
        self.hidden_kinds: set[str] = set()
        self._workday_cache: dict[dt.date, bool] = {}
        self._workdays = None
        self._task_titles: dict[int, str] = {}
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(0)
        self._prefetch_timer.timeout.connect(self._prefetch)

        self.toolbar = CalendarToolbar()
        self._build_views()
        # side panel: the chosen day's entries and the chosen entry
        self.side = CalendarSidePanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self._connect()
        self._refresh()

    def _build_views(self) -> None:
        """The month and week grids, the 日程 list, the timeline and the 全部 list, in one stack."""
        self.month_view = CalendarGrid(6)
        self.week_view = CalendarGrid(1)
        self.upcoming = upcoming_table()
        self.agenda = all_table()
        self.timeline = TimelineView()
        self.timeline_scroll = QScrollArea()
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setWidget(self.timeline)
        self.stack = QStackedWidget()
        for widget in (self.month_view, self.week_view, self.upcoming, self.timeline_scroll, self.agenda):
            self.stack.addWidget(widget)

    def _connect(self) -> None:
        toolbar = self.toolbar
        toolbar.prev_button.clicked.connect(lambda: self.step(-1))
        toolbar.next_button.clicked.connect(lambda: self.step(1))
        toolbar.today_button.clicked.connect(self.go_today)
        toolbar.view_buttons.idClicked.connect(self.set_view)
        toolbar.agenda_days_combo.currentIndexChanged.connect(lambda _i: self._refresh())
        toolbar.section_combo.currentIndexChanged.connect(self._section_changed)
        for code, action in toolbar.kind_actions.items():
            action.toggled.connect(lambda _checked, c=code: self._kind_toggled(c))
        self.timeline.item_clicked.connect(lambda item: self.show_item(item, list_day=False))
        self.timeline.item_activated.connect(self.activate)
        for grid in (self.month_view, self.week_view):
            grid.item_clicked.connect(self.show_item)
            grid.item_activated.connect(self.activate)
            grid.day_clicked.connect(self.show_day)
        self.upcoming.current_row_changed.connect(lambda item: item is not None and self.show_item(item))
        self.upcoming.view.doubleClicked.connect(lambda _index: self._activate_current())
        self.side.day_picked.connect(self.go_to)
        self.side.item_chosen.connect(lambda item: self.show_item(item, list_day=False))
        self.side.item_activated.connect(self.activate)
        for key, handler in ((QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.step(-1)),
                             (QKeySequence.StandardKey.MoveToNextPage, lambda: self.step(1))):
            action = QAction(self)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(handler)
            self.addAction(action)
        home = QAction(self)
        home.setShortcut(QKeySequence(Qt.Key.Key_Home))
        home.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        home.triggered.connect(self.go_today)
        self.addAction(home)

    # -- loading ------------------------------------------------------------------------------

    def attach(self, database, plan_id: int | None) -> None:
        """Show *plan_id* of *database* from now on, and keep it current (loaded now if shown)."""
        self.refresher.attach(database, plan_id)

    def load(self, database, plan_id: int | None) -> None:
        """Show *plan_id* of *database*: forget what was read, read the visible month again."""
        from desktop.workdays import load_calendar
        from desktop.services import rows as row_service

        another = database is not self.database or plan_id != self.plan_id
        self.database, self.plan_id = database, plan_id
        self._workdays = load_calendar(database)  # the official calendar with the office's corrections
        from desktop.calendar.timeline import task_titles
        from desktop.services.extensions import timeline_slips

        # Headings of the timeline for tasks without a deadline of their own.
        self._task_titles = task_titles(database, plan_id) if plan_id else {}
        # 延期: the original date of an extended deadline, marked on the timeline.
        self.timeline.slips = timeline_slips(database, plan_id) if plan_id else {}
        self._workday_cache.clear()
        self.forget()
        rows = row_service.agenda_rows(database, plan_id) if plan_id else []
        self.agenda.set_rows(rows)
        if another:
            # Another plan opens on today, or on its first dated entry when it is of another year
            # (the same plan reloaded, after changes from other PCs, stays where it was).
            years = {r.start.year for r in rows if r.start is not None}
            opening = self.today()
            if years and opening.year not in years:
                opening = min(r.start for r in rows if r.start is not None)
            self._pick(opening)
        self._refresh()

    def forget(self) -> None:
        """Drop what was read and laid out: the next views read the database again."""
        self._month_cache.clear()
        self._range_cache.clear()
        self.month_view.forget_layouts()
        self.week_view.forget_layouts()

    def _is_workday(self, day: dt.date) -> bool:
        known = self._workday_cache.get(day)
        if known is None:
            if self._workdays is None:
                from desktop.workdays import DEFAULT_CALENDAR

                self._workdays = DEFAULT_CALENDAR
            known = self._workday_cache[day] = self._workdays.is_workday(day)
        return known

    def month_items(self, year: int, month: int) -> list[Any]:
        """The entries of the month grid of *year*-*month* (read once, then kept)."""
        key = (year, month)
        if key not in self._month_cache:
            first = month_grid_start(dt.date(year, month, 1))
            self._month_cache[key] = self._read(first, first + dt.timedelta(days=41))
            self._update_sections(self._month_cache[key])
        return self._month_cache[key]

    def range_items(self, start: dt.date, end: dt.date) -> list[Any]:
        key = (start, end)
        if key not in self._range_cache:
            self._range_cache[key] = self._read(start, end)
            self._update_sections(self._range_cache[key])
        return self._range_cache[key]

    def _read(self, start: dt.date, end: dt.date) -> list[Any]:
        if self.database is None or not self.plan_id:
            return []
        return list(calendar_items(self.database, self.plan_id, start, end, today=self.today(), workdays=self._workdays,
                                   yellow_days=self.yellow_days))

    # -- filters ------------------------------------------------------------------------------

    def _accepts(self, item) -> bool:
        if self.hidden_kinds and kind_code(item) in self.hidden_kinds:
            return False
        return not self.section_filter or self.section_filter in item.sections

    def filtered(self, items: Sequence[Any]) -> list[Any]:
        if not self.hidden_kinds and not self.section_filter:
            return list(items)
        return [item for item in items if self._accepts(item)]

    def set_section_filter(self, section: str) -> None:
        combo = self.toolbar.section_combo
        index = combo.findData(section)
        if index < 0:
            combo.addItem(section, section)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def set_kind_visible(self, code: str, visible: bool) -> None:
        self.toolbar.kind_actions[code].setChecked(visible)

    def _kind_toggled(self, code: str) -> None:
        if self.toolbar.kind_actions[code].isChecked():
            self.hidden_kinds.discard(code)
        else:
            self.hidden_kinds.add(code)
        self.toolbar.show_hidden_kinds(len(self.hidden_kinds))
        self._refresh()

    def _section_changed(self, _index: int) -> None:
        self.section_filter = self.toolbar.section_combo.currentData() or ""
        self._refresh()

    def _update_sections(self, items: Sequence[Any]) -> None:
        new = {s for item in items for s in item.sections} - set(self._sections)
        if not new:
            return
        self._sections = sorted(set(self._sections) | new)
        self.toolbar.set_sections(self._sections, self.section_filter)

    # -- navigation ---------------------------------------------------------------------------

    def set_view(self, index: int) -> None:
        """Show view *index*; the day picked in the month or week grid is the day the next view is about."""
        if index != self.view_index and self.view_index in (MONTH, WEEK):
            picked = self._grid().selected_day
            if picked is not None:
                self._pick(picked)
        self.view_index = index
        self.toolbar.view_buttons.button(index).setChecked(True)
        self.stack.setCurrentIndex(index)
        self.toolbar.agenda_days_combo.setVisible(index == AGENDA)
        self._refresh()

    def step(self, direction: int) -> None:
        """◀ / ▶: a month back or on (a week in the week view, the agenda's length in the agenda)."""
        if self.view_index == WEEK:
            self.anchor += dt.timedelta(days=7 * direction)
        elif self.view_index == AGENDA:
            self.anchor += dt.timedelta(days=self.toolbar.agenda_days_combo.currentData() * direction)
        elif self.view_index == TIMELINE:
            self.anchor = _add_months(self.anchor, 12 * direction)
        else:
            self.anchor = _add_months(self.anchor, direction)
        self._pick(self.anchor)
        self._refresh()

    def go_today(self) -> None:
        self.go_to(self.today())

    def go_to(self, day: dt.date) -> None:
        """Show the month, week or days of *day*, with *day* picked."""
        self._pick(day)
        self._refresh()

    def _pick(self, day: dt.date) -> None:
        """*day* is the day the views are about, and the one picked in both grids."""
        self.anchor = day
        self.month_view.selected_day = self.week_view.selected_day = None  # set to the anchor when shown

    def _grid(self) -> CalendarGrid:
        return self.week_view if self.view_index == WEEK else self.month_view

    def _refresh(self) -> None:
        anchor = self.anchor
        if self.view_index == WEEK:
            monday = anchor - dt.timedelta(days=anchor.weekday())
            sunday = monday + dt.timedelta(days=6)
            items = self.month_items(monday.year, monday.month)
            self._show_grid(self.week_view, monday, None, (monday.year, monday.month), items)
            if monday.month == sunday.month:
                title = self.tr("{0}年{1}月{2}日–{3}日").format(monday.year, monday.month, monday.day, sunday.day)
            else:
                title = self.tr("{0}年{1}月{2}日–{3}月{4}日").format(
                    monday.year, monday.month, monday.day, sunday.month, sunday.day)
        elif self.view_index == AGENDA:
            days = self.toolbar.agenda_days_combo.currentData()
            end = anchor + dt.timedelta(days=days - 1)
            items = self.range_items(anchor, end)
            shown = sorted(self.filtered(items), key=lambda i: (i.start, i.end, kind_code(i), i.title))
            self.upcoming.set_rows(shown)
            title = self.tr("{0}年{1}月{2}日起 {3} 天").format(anchor.year, anchor.month, anchor.day, days)
        elif self.view_index == TIMELINE:
            year = anchor.year
            items = self.range_items(dt.date(year, 1, 1), dt.date(year, 12, 31))
            self.timeline.today = self.today()
            self.timeline.set_items(year, self.filtered(items), self._task_titles)
            title = self.tr("{0}年 任务与措施时间轴").format(year)
        elif self.view_index == ALL:
            title = self.tr("全部事项")
        else:
            items = self.month_items(anchor.year, anchor.month)
            self._show_grid(self.month_view, month_grid_start(anchor), (anchor.year, anchor.month), (anchor.year, anchor.month), items)
            title = self.tr("{0}年{1}月").format(anchor.year, anchor.month)
        if self.view_index not in (MONTH, WEEK):
            self.side.show_date(self.anchor)  # the grids show their picked day's entries, which shows it
        self.toolbar.title_label.setText(title)
        self.toolbar.set_navigable(self.view_index != ALL)

    def _show_grid(self, grid: CalendarGrid, first: dt.date, focus, month: tuple[int, int], items: Sequence[Any]) -> None:
        grid.today = self.today()
        grid.is_workday = self._is_workday
        grid.set_range(first, focus)
        # The grid keeps each month's layout under this key, so switching back does not lay it out again.
        grid.set_items(_Lazy(lambda: self.filtered(items)), self._layout_key(month))
        if grid is self.month_view:
            self._prefetch_timer.start()
        # The side panel lists the day the view is about (the anchor), until another is clicked.
        if grid.selected_day is None or not first <= grid.selected_day <= grid.last_day:
            grid.selected_day = self.anchor
        self.show_day(grid.selected_day, grid)

    def _layout_key(self, month: tuple[int, int]) -> tuple:
        return (month, self.section_filter, frozenset(self.hidden_kinds))

    def _prefetch(self) -> None:
        """Once the month is shown: read and lay out the months before and after, so ◀ ▶ are instant."""
        if self.view_index != MONTH or self.database is None or not self.plan_id:
            return
        for delta in (1, -1):
            day = _add_months(self.anchor, delta)
            first, key = month_grid_start(day), self._layout_key((day.year, day.month))
            if self.month_view.has_layout(first, key):
                continue
            try:
                items = self.month_items(day.year, day.month)
            except UserError:
                return  # said when that month is shown
            self.month_view.prepare(first, self.filtered(items), key)

    def title(self) -> str:
        return self.toolbar.title_label.text()

    # -- the side panel -----------------------------------------------------------------------

    def show_day(self, day: dt.date, grid: CalendarGrid | None = None) -> None:
        """List *day*'s entries in the side panel (all of them, also those under "+N 项")."""
        if grid is None:
            grid = self._grid()
        self.side.list_day(day, grid.items_on(day))

    def show_item(self, item, list_day: bool = True) -> None:
        """The entry's title, dates as written, sections and light in the side panel."""
        if list_day and self.view_index in (MONTH, WEEK):
            grid = self._grid()
            day = grid.selected_day if grid.selected_day and item.start <= grid.selected_day <= item.end else item.start
            self.show_day(day)
        self.side.show_item(item)

    def activate(self, item) -> None:
        """Double click: open the entry's task, or show the entry when it has none."""
        if item is None:
            return
        self.show_item(item)
        if item.task_id is not None:
            self.open_task.emit(item.task_id)
        self.item_activated.emit(item)

    def _activate_current(self) -> None:
        self.activate(self.upcoming.current_row())


class _Lazy:
    """A sequence computed when first iterated (the filtered entries, needed only when not laid out yet)."""

    def __init__(self, make):
        self._make, self._items = make, None

    def __iter__(self):
        if self._items is None:
            self._items = self._make()
        return iter(self._items)


__all__ = ["CalendarTab", "calendar_items"]
