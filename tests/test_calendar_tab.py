"""The 日历 tab: navigating months and weeks, the painted grid's hit test, opening an entry, filters, the agenda."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

import pytest

from desktop.lights import Light
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop.views import calendar_tab as calendar_module
from desktop.views.calendar_month import kind_code
from desktop.views.calendar_tab import AGENDA, WEEK, CalendarTab
from gui import wait_for_operations

TODAY = dt.date(2022, 6, 27)


class Kind(enum.Enum):
    INSPECTION = "inspection"
    PREPARATION = "preparation"
    TASK_DEADLINE = "task_deadline"
    MEASURE_DEADLINE = "measure_deadline"
    MILESTONE = "milestone"
    COLLECTION = "collection"
    QUOTA_DUE = "quota_due"
    EVENT = "event"


@dataclass(frozen=True)
class Item:
    uid: str
    kind: Kind
    title: str
    start: dt.date
    end: dt.date
    as_written: str = ""
    sections: tuple[str, ...] = ()
    light: int = 1
    source: str = "task"
    source_id: int | None = None
    task_id: int | None = None
    series: str | None = None
    rrule: str | None = None
    reason: str = ""


ITEMS = [
    Item("t7", Kind.TASK_DEADLINE, "建立揭榜制项目库", dt.date(2022, 7, 15), dt.date(2022, 7, 15), "7月15日前",
         ("规配科",), 2, "task", 7, 7),
    Item("m3", Kind.MEASURE_DEADLINE, "推行赛马制", dt.date(2022, 7, 20), dt.date(2022, 7, 20), "7月20日",
         ("人才科",), 3, "measure", 3, 8),
    Item("i1", Kind.INSPECTION, "督查科技创新政策落实", dt.date(2022, 7, 1), dt.date(2022, 9, 30), "第三季度",
         ("规配科", "人才科"), 1, "inspection", 1, None),
    Item("q1", Kind.QUOTA_DUE, "报送宣传信息", dt.date(2022, 6, 10), dt.date(2022, 6, 10), "每月10日前",
         ("办公室",), 1, "quota_rule", 1, None),
]


class FakeLayer:
    def __init__(self, items):
        self.items = list(items)
        self.calls: list[tuple[dt.date, dt.date]] = []

    def __call__(self, database, plan_id, start, end, **options):
        self.calls.append((start, end))
        return [i for i in self.items if i.start <= end and i.end >= start]


@pytest.fixture
def layer(monkeypatch):
    fake = FakeLayer(ITEMS)
    monkeypatch.setattr(calendar_module, "calendar_items", fake)
    return fake


@pytest.fixture
def layouts(monkeypatch):
    """The first days of the month grids laid out (six weeks each), in order."""
    from desktop.views import calendar_month

    laid_out: list[dt.date] = []
    real = calendar_month.lay_out

    def spy(items, first, weeks, order):
        if weeks == 6:
            laid_out.append(first)
        return real(items, first, weeks, order)

    monkeypatch.setattr(calendar_month, "lay_out", spy)
    return laid_out


@pytest.fixture
def tab(qtbot, layer):
    tab = CalendarTab()
    tab.today = lambda: TODAY
    tab.database, tab.plan_id = object(), 1  # what load() sets; the fake layer ignores them
    tab.resize(1200, 800)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.go_today()
    return tab


def test_buttons_and_keys_navigate_months(tab, qtbot):
    assert tab.title() == "2022年6月"
    qtbot.mouseClick(tab.toolbar.next_button, Qt.MouseButton.LeftButton)
    assert tab.title() == "2022年7月"
    tab.month_view.setFocus()
    QTest.keyClick(tab.month_view, Qt.Key.Key_PageDown)
    assert tab.title() == "2022年8月"
    QTest.keyClick(tab.month_view, Qt.Key.Key_PageUp)
    QTest.keyClick(tab.month_view, Qt.Key.Key_PageUp)
    assert tab.title() == "2022年6月"
    qtbot.mouseClick(tab.toolbar.prev_button, Qt.MouseButton.LeftButton)
    assert tab.title() == "2022年5月"
    for _ in range(8):
        qtbot.mouseClick(tab.toolbar.prev_button, Qt.MouseButton.LeftButton)
    assert tab.title() == "2021年9月"
    QTest.keyClick(tab.month_view, Qt.Key.Key_Home)
    assert tab.title() == "2022年6月"
    qtbot.mouseClick(tab.toolbar.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.toolbar.today_button, Qt.MouseButton.LeftButton)
    assert tab.title() == "2022年6月"


def test_each_month_is_read_once_for_its_visible_weeks_and_its_neighbours_ahead(layouts, tab, qtbot, layer):
    june, july, may = (
        (dt.date(2022, 5, 30), dt.date(2022, 7, 10)),
        (dt.date(2022, 6, 27), dt.date(2022, 8, 7)),
        (dt.date(2022, 4, 25), dt.date(2022, 6, 5)),
    )
    qtbot.waitUntil(lambda: len(layer.calls) == 3)  # once June is shown, July and May are read too
    assert layer.calls == [june, july, may]
    july_first = tab.month_view.first_day + dt.timedelta(days=28)
    assert layouts.count(july_first) == 1  # July is laid out ahead too
    qtbot.mouseClick(tab.toolbar.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.toolbar.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.toolbar.next_button, Qt.MouseButton.LeftButton)
    assert tab.title() == "2022年7月"
    assert tab.month_view.first_day == july_first
    assert layouts.count(july_first) == 1  # and not again when shown
    assert layer.calls[:3] == [june, july, may]
    assert len(layer.calls) == len(set(layer.calls))  # nothing read twice
    tab.forget()
    tab.go_today()
    assert layer.calls[-1] == june


def test_an_entry_on_its_day_is_hit_and_clicking_it_shows_it(tab, qtbot):
    qtbot.mouseClick(tab.toolbar.next_button, Qt.MouseButton.LeftButton)
    grid = tab.month_view
    rect = grid.item_rect("t7")
    assert rect is not None
    assert grid.day_rect(dt.date(2022, 7, 15)).contains(rect.center())
    assert grid.item_at(rect.center()).uid == "t7"
    assert grid.day_at(rect.center()) == dt.date(2022, 7, 15)
    assert grid.item_at(QPoint(rect.left() - 5, rect.center().y())) is None  # the day before, nothing there
    QTest.mouseClick(grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert grid.selected_uid == "t7"
    assert "建立揭榜制项目库" in tab.side.details.text()
    assert "7月15日前" in tab.side.details.text()
    assert "规配科" in tab.side.details.text()
    assert tab.side.open_button.isEnabled()
    assert "2022年7月15日 共 2 项" == tab.side.day_label.text()  # and the inspection window over it
    assert tab.side.day_list.count() == 2


def test_a_fuzzy_window_is_one_span_shown_as_written(tab, qtbot):
    qtbot.mouseClick(tab.toolbar.next_button, Qt.MouseButton.LeftButton)
    grid = tab.month_view
    rect = grid.item_rect("i1")
    assert grid.day_at(rect.center()) in {dt.date(2022, 7, 1), dt.date(2022, 7, 2), dt.date(2022, 7, 3)}
    assert rect.width() > grid.day_rect(dt.date(2022, 7, 1)).width() * 2  # Fri..Sun of the first week
    QTest.mouseClick(grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert "第三季度" in tab.side.details.text()
    assert "2022-07-01 ~ 2022-09-30" in tab.side.details.text()
    assert not tab.side.open_button.isEnabled()
    # the window runs on through every week of July
    assert all(any(i.uid == "i1" for i in grid.items_on(dt.date(2022, 7, d))) for d in range(1, 32))


def test_double_click_on_a_task_entry_opens_the_task(tab, qtbot):
    qtbot.mouseClick(tab.toolbar.next_button, Qt.MouseButton.LeftButton)
    grid = tab.month_view
    rect = grid.item_rect("m3")
    with qtbot.waitSignal(tab.open_task) as blocker:
        QTest.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [8]
    opened = []
    tab.open_task.connect(opened.append)
    QTest.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=grid.item_rect("i1").center())
    assert opened == []  # an inspection has no task: its details are shown
    assert "督查科技创新政策落实" in tab.side.details.text()


def test_filters_hide_entries(tab, qtbot):
    qtbot.mouseClick(tab.toolbar.next_button, Qt.MouseButton.LeftButton)
    grid = tab.month_view
    assert grid.item_rect("t7") and grid.item_rect("m3")
    tab.set_section_filter("人才科")
    assert tab.toolbar.section_combo.currentText() == "人才科"
    assert grid.item_rect("t7") is None
    assert grid.item_rect("m3") is not None and grid.item_rect("i1") is not None
    tab.set_kind_visible("inspection", False)
    assert grid.item_rect("i1") is None and grid.item_rect("m3") is not None
    assert tab.toolbar.kind_button.text() == "类别（8）"  # 9 kinds (督办回复 since issue 18), one hidden
    tab.set_section_filter("")
    tab.set_kind_visible("inspection", True)
    assert all(grid.item_rect(uid) for uid in ("t7", "m3", "i1"))


def test_overflowing_days_say_how_many_more(tab, qtbot, layer):
    layer.items = [Item(f"x{n}", Kind.MILESTONE, f"节点{n}", dt.date(2022, 6, 15), dt.date(2022, 6, 15)) for n in range(40)]
    tab.forget()
    tab.go_today()
    grid = tab.month_view
    hidden = grid.hidden_count(dt.date(2022, 6, 15))
    shown = sum(1 for n in range(40) if grid.item_rect(f"x{n}"))
    assert hidden > 0 and shown > 0 and hidden + shown == 40
    grid.grab()  # paints


def test_week_view_and_agenda(tab, qtbot):
    tab.go_to(dt.date(2022, 7, 14))
    tab.set_view(WEEK)
    assert tab.title() == "2022年7月11日–17日"
    assert tab.week_view.item_rect("t7") is not None
    QTest.keyClick(tab.week_view, Qt.Key.Key_PageDown)
    assert tab.title() == "2022年7月18日–24日"
    assert tab.week_view.item_rect("m3") is not None
    tab.set_view(AGENDA)
    assert tab.title().startswith("2022年7月21日起")
    rows = [tab.upcoming.model.row(r) for r in range(tab.upcoming.model.rowCount())]
    assert [r.uid for r in rows] == ["i1"]  # the window still running; the 20th is past
    tab.go_to(dt.date(2022, 7, 1))
    rows = [tab.upcoming.model.row(r) for r in range(tab.upcoming.model.rowCount())]
    assert [r.uid for r in rows] == ["i1", "t7", "m3"]
    model = tab.upcoming.model
    assert [model.index(1, c).data() for c in range(6)] == [
        "2022-07-15", "任务期限", "建立揭榜制项目库", "7月15日前", "规配科", "黄灯"]
    # The light is a coloured dot too, the colour of the task list's.
    from desktop.views.task_list_model import LIGHT_COLOURS

    icon = model.index(1, 5).data(Qt.ItemDataRole.DecorationRole)
    image = icon.pixmap(14, 14).toImage()
    assert image.pixelColor(7, 7) == LIGHT_COLOURS[Light.YELLOW]
    assert model.index(1, 2).data(Qt.ItemDataRole.DecorationRole) is None
    tab.set_kind_visible("task_deadline", False)
    assert tab.upcoming.model.rowCount() == 2


def _plan_id(database):
    from sqlalchemy import select

    from desktop.models import Plan

    with database.read() as session:
        return session.scalar(select(Plan.id))


@pytest.fixture
def sample_tab(qtbot, sample_db):
    tab = CalendarTab()
    tab.today = lambda: TODAY
    tab.resize(1400, 900)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.load(sample_db, _plan_id(sample_db))
    return tab


def test_the_sample_plan_month_by_month(sample_tab, qtbot):
    tab = sample_tab
    tab.go_to(dt.date(2022, 7, 1))
    assert tab.title() == "2022年7月"
    items = tab.month_items(2022, 7)
    window = next(i for i in items if i.as_written == "第三季度")
    rect = tab.month_view.item_rect(window.uid)
    assert rect is not None
    QTest.mouseClick(tab.month_view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert "第三季度" in tab.side.details.text()
    # a task's deadline: double-clicking it asks to open the task
    task_entry = next(i for i in tab.month_items(2022, 6) if i.task_id is not None and i.start.month == 6)
    tab.go_to(task_entry.start)
    rect = tab.month_view.item_rect(task_entry.uid)
    if rect is None:  # under "+N 项" on a crowded day: filter down to its kind and section
        tab.set_kind_visible(kind_code(task_entry), True)
        for code in list(tab.toolbar.kind_actions):
            tab.set_kind_visible(code, code == kind_code(task_entry))
        rect = tab.month_view.item_rect(task_entry.uid)
    with qtbot.waitSignal(tab.open_task) as blocker:
        QTest.mouseDClick(tab.month_view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [task_entry.task_id]


def test_the_sample_plan_sections_and_agenda(sample_tab):
    tab = sample_tab
    tab.go_to(dt.date(2022, 6, 1))
    sections = [tab.toolbar.section_combo.itemText(i) for i in range(1, tab.toolbar.section_combo.count())]
    assert "规配科" in sections
    tab.set_view(AGENDA)
    shown = [tab.upcoming.model.row(r) for r in range(tab.upcoming.model.rowCount())]
    assert shown and all(i.end >= dt.date(2022, 6, 1) and i.start <= dt.date(2022, 6, 30) for i in shown)
    tab.set_section_filter("规配科")
    assert all("规配科" in tab.upcoming.model.row(r).sections for r in range(tab.upcoming.model.rowCount()))


def test_timeline_of_tasks_and_measures_with_overdue_in_red(tab, qtbot):
    from desktop.views.calendar_tab import TIMELINE

    tab.set_view(TIMELINE)
    assert tab.title() == "2022年 任务与措施时间轴"
    timeline = tab.timeline
    assert [i.uid for i in timeline.rows] == ["t7", "m3"]  # the task's row, then its measure (task 8)
    assert not timeline.is_overdue(timeline.rows[0])
    timeline.today = dt.date(2022, 8, 1)
    assert timeline.is_overdue(timeline.rows[1])  # red light, date past
    rect = timeline.bar_rect(1)
    assert timeline.item_at(rect.center()).uid == "m3"
    with qtbot.waitSignal(tab.open_task) as blocker:
        QTest.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [8]
    timeline.grab()
    qtbot.mouseClick(tab.toolbar.next_button, Qt.MouseButton.LeftButton)
    assert tab.title() == "2023年 任务与措施时间轴"
    assert timeline.rows == []


def test_a_calendar_entry_opens_its_task_in_the_tasks_tab_even_when_filtered_out(qtbot, sample_target):
    from desktop.settings import Settings
    from desktop.views.main_window import MainWindow

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(sample_target))
    tasks_tab = window.tasks_tab
    second = tasks_tab.model.row(1)
    tasks_tab.filter_edit.setText("没有这样的任务")
    assert tasks_tab.model.rowCount() == 0
    window.tabs.setCurrentWidget(window.calendar_tab)
    window.calendar_tab.open_task.emit(second.id)
    assert window.tabs.currentWidget() is tasks_tab
    assert tasks_tab.filter_edit.text() == ""
    assert tasks_tab.editor.snapshot is not None and tasks_tab.editor.snapshot.id == second.id


def test_file_export_calendar_writes_an_ics_file(qtbot, sample_target, tmp_path, monkeypatch):
    import vobject
    from PySide6.QtWidgets import QFileDialog

    from desktop.settings import Settings
    from desktop.views.main_window import MainWindow

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_path(str(sample_target))
    out = tmp_path / "督办日历"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    # The automatic backup made on opening may report in the status bar after the export does.
    said = []
    window.statusBar().messageChanged.connect(said.append)
    window.export_calendar_action.trigger()
    wait_for_operations(qtbot)
    written = tmp_path / "督办日历.ics"
    calendar = vobject.readOne(written.read_text(encoding="utf-8"))
    summaries = [event.summary.value for event in calendar.vevent_list]
    assert summaries and any("备检" in s for s in summaries)
    assert any("已导出日历" in message for message in said)


def test_the_office_marks_a_rest_day_and_the_monthly_deadline_moves_before_it(qtbot, sample_target):
    import datetime as dt

    from PySide6.QtCore import QDate, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.calendar.items import ItemKind, calendar_items
    from desktop.settings import Settings
    from desktop.views.main_window import MainWindow
    from desktop.views.workday_dialog import WorkdayDialog

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_path(str(sample_target))

    def july(database):
        items = calendar_items(database, window.plan.id, dt.date(2022, 7, 1), dt.date(2022, 7, 31))
        return sorted(i.start for i in items if i.kind is ItemKind.COLLECTION)

    assert july(window.database) == [dt.date(2022, 7, 25)]  # a Monday
    rows_seen = []

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WorkdayDialog):
            QTimer.singleShot(10, fill)
            return
        dialog.day_edit.setDate(QDate(2022, 7, 25))
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("休息"))
        dialog.note_edit.setText("单位安排")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        rows_seen.append([dialog.table.item(0, c).text() for c in range(3)])
        dialog.reject()

    QTimer.singleShot(0, fill)
    window.workdays_action.trigger()
    assert rows_seen == [["2022-07-25", "休息", "单位安排"]]
    assert july(window.database) == [dt.date(2022, 7, 22)]  # the Friday before


def test_the_office_sets_deadlines_on_rest_days_to_move_after_and_the_calendar_follows(qtbot, sample_target):
    import datetime as dt

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.calendar.items import ItemKind, calendar_items
    from desktop.settings import Settings
    from desktop.views.main_window import MainWindow
    from desktop.views.workday_dialog import WorkdayDialog

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_path(str(sample_target))

    def june_collection():
        items = calendar_items(window.database, window.plan.id, dt.date(2022, 6, 1), dt.date(2022, 6, 30))
        return [i.start for i in items if i.kind is ItemKind.COLLECTION]

    assert june_collection() == [dt.date(2022, 6, 24)]  # the 25th is a Saturday: the Friday before
    seen = {}

    def choose():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WorkdayDialog):
            QTimer.singleShot(10, choose)
            return
        dialog.pages.setCurrentIndex(1)
        page = dialog.shift_page
        seen["rows"] = [
            (page.table.item(r, 0).text(), page.table.item(r, 1).text(), page.combos[r].currentText())
            for r in range(page.table.rowCount())
        ]
        media = next(r for r, row in enumerate(seen["rows"]) if row[:2] == ("媒体报道", "规配科"))
        QTest.keyClick(page.combos[media], Qt.Key.Key_Down)  # 顺延到之后第一个工作日
        QTest.keyClick(page.deadline_combo, Qt.Key.Key_Down)
        seen["after"] = (page.combos[media].currentText(), page.deadline_combo.currentText())
        dialog.reject()

    QTimer.singleShot(0, choose)
    window.workdays_action.trigger()
    assert ("媒体报道", "规配科", "提前到之前最后一个工作日") in seen["rows"]
    assert ("改革信息", "全市", "提前到之前最后一个工作日") in seen["rows"]
    assert seen["after"] == ("顺延到之后第一个工作日", "顺延到之后第一个工作日")
    assert june_collection() == [dt.date(2022, 6, 27)]  # now the Monday after
    from desktop.calendar.shift_rules import rest_day_rules
    from desktop.models.enums import RestDayShift

    assert rest_day_rules(window.database, window.plan.id).deadlines is RestDayShift.AFTER


def test_the_timeline_heads_a_task_without_a_deadline_and_double_clicking_it_opens_the_task(sample_tab, qtbot):
    from desktop.calendar.timeline import TaskHeading
    from desktop.views.calendar_tab import TIMELINE

    tab = sample_tab
    tab.go_to(dt.date(2022, 6, 1))
    tab.set_view(TIMELINE)
    timeline = tab.timeline
    index, heading = next((n, r) for n, r in enumerate(timeline.rows) if isinstance(r, TaskHeading))
    assert timeline.rows[index + 1].task_id == heading.task_id
    rect = timeline.bar_rect(index)
    assert timeline.item_at(rect.center()) is heading
    with qtbot.waitSignal(tab.open_task) as blocker:
        QTest.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [heading.task_id]
    assert heading.title in tab.side.details.text()
