"""One light and one reminder list (issue 16): every view shows the light desktop.lights gives.

The property test changes random measures, milestones and inspections of the sample plan and
picks a random day and yellow window; the task list, the task editor, the person page, the
calendar, the reminder panel, the reminder bar and the overdue printout must then agree with
the module and with each other on every item they share.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.calendar.items import ItemKind, calendar_items
from desktop.calendar.reminders import due_reminders, reminder_items
from desktop.errors import UserError
from desktop.lights import DueLights, Light, judge
from desktop.lights.deadlines import read_deadline_rule
from desktop.lights.settings import read_light_settings
from desktop.models import Inspection, Measure, Milestone, Person, Plan
from desktop.models.enums import Status
from desktop.printing.overdue import overdue_table
from desktop.services.printouts import read_overdue
from desktop.services import reports
from desktop.services.people import person_page
from desktop.services.rows import task_rows
from desktop.services.tasks import load_task

D = dt.date
HEARINGS = "听取区直部门、设区市和县（市、区）汇报"
EVALUATION = "第三方评估"  # 第二季度: over at the end of June


def plan_of(database) -> int:
    with database.read() as session:
        return session.scalar(select(Plan.id))


def inspection_id(database, item: str) -> int:
    with database.read() as session:
        return session.scalar(select(Inspection.id).where(Inspection.item == item))


def head_of_every_inspection(database) -> int:
    """A person whose page lists every inspection of the sample plan (the head of a section in all of them)."""
    with database.read() as session:
        people = session.scalars(select(Person.id)).all()
    for person in people:
        page = person_page(database, person, D(2022, 1, 3))
        if sum(1 for h in page.holdings if h.kind == "inspection") == 7:
            return person
    raise AssertionError("no person answers for every inspection")


def quota_holder(database) -> int:
    """A person whose page lists a section's own quotas (not only the ones they coordinate)."""
    with database.read() as session:
        people = session.scalars(select(Person.id)).all()
    for person in people:
        page = person_page(database, person, D(2022, 1, 3))
        if any(h.kind == "quota" and h.item_id > 0 for h in page.holdings):
            return person
    raise AssertionError("nobody answers for a section's quota")


def page_light(database, person: int, kind: str, item_id: int, today: dt.date, yellow_days: int = 3):
    page = person_page(database, person, today, yellow_days)
    return next(h for h in page.holdings if h.kind == kind and h.item_id == item_id)


def calendar_of(database, today: dt.date, yellow_days: int = 3):
    plan = plan_of(database)
    return calendar_items(database, plan, D(2022, 1, 1), D(2022, 12, 31), today=today, yellow_days=yellow_days)


# -- the two examples of the issue, on the sample plan ----------------------------------------------


@pytest.mark.parametrize(
    "today, light",
    [(D(2022, 5, 10), Light.GREEN), (D(2022, 12, 28), Light.YELLOW), (D(2023, 2, 1), Light.GREY), (D(2026, 12, 7), Light.GREY)],
)
def test_the_hearings_preparation_has_one_light_on_the_person_page_and_in_the_agenda(
    sample_db, qtbot, today, light
):
    from desktop.views.calendar_tab import AGENDA, CalendarTab

    person = head_of_every_inspection(sample_db)
    row = page_light(sample_db, person, "inspection", inspection_id(sample_db, HEARINGS), today)
    tab = CalendarTab()
    qtbot.addWidget(tab)
    tab.today = lambda: today
    tab.load(sample_db, plan_of(sample_db))
    tab.go_to(D(2022, 12, 1))
    tab.set_view(AGENDA)
    shown = [tab.upcoming.model.row(r) for r in range(tab.upcoming.model.rowCount())]
    preparation = next(i for i in shown if i.title == f"{HEARINGS}（备检）")
    assert row.light == preparation.light == light
    assert row.light_reason == preparation.reason
    if light is not Light.GREY:
        assert "实时备检" in row.light_reason


def test_a_past_inspection_is_past_not_postponed_everywhere(sample_db):
    today = D(2022, 8, 1)
    person = head_of_every_inspection(sample_db)
    evaluation = inspection_id(sample_db, EVALUATION)
    row = page_light(sample_db, person, "inspection", evaluation, today)
    assert row.light == Light.GREY and "督查时间已过" in row.light_reason and "暂缓" not in row.light_reason
    assert Light.GREY.label == "无灯"
    on_calendar = [i for i in calendar_of(sample_db, today) if i.source == "inspection" and i.source_id == evaluation]
    assert {i.kind for i in on_calendar} == {ItemKind.INSPECTION, ItemKind.PREPARATION}
    assert {i.light for i in on_calendar} == {Light.GREY} and not any(i.open for i in on_calendar)
    panel = due_reminders(sample_db, plan_of(sample_db), today)
    assert not [i for i in panel if i.source_id == evaluation and i.source == "inspection"]
    # Before it ended, the unprepared evaluation was red on the person page, in the calendar and in the panel.
    during = D(2022, 6, 15)
    assert page_light(sample_db, person, "inspection", evaluation, during).light == Light.RED
    assert any(i.source_id == evaluation and i.source == "inspection" for i in due_reminders(sample_db, plan_of(sample_db), during))


def test_the_bar_and_the_panel_say_what_they_count(sample_db):
    today = D(2022, 7, 5)
    plan = plan_of(sample_db)
    bar = reports.reminders(sample_db, plan, today)
    panel = reminder_items(sample_db, plan, today)
    panel_overdue = [i for i in panel if i.light == Light.RED]
    assert len(panel_overdue) > len(bar.overdue)  # the panel also counts inspections and quotas
    assert f"逾期 {len(bar.overdue)} 项" in bar.summary() and "只计任务、措施和时间节点" in bar.summary()
    from desktop.calendar.reminders import notification_text

    first_line = notification_text(panel)[1].split("\n")[0]
    assert first_line.startswith(f"共 {len(panel_overdue)} 项已逾期") and "督查、备检和宣传指标" in first_line
    # What the bar counts is exactly the panel's list kept to the tasks' kinds.
    task_kinds = [i for i in panel_overdue if i.kind.value in reports.TASK_KINDS]
    assert sorted(i.end for i in task_kinds) == sorted(i.due for i in bar.overdue)


# -- one setting --------------------------------------------------------------------------------------


def test_one_reminder_setting_and_the_old_one_is_ignored(tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.settings import CALENDAR_REMINDER_WORKING_DAYS, YELLOW_WORKING_DAYS, Settings

    path = tmp_path / "duban.ini"
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue("tasks/reminder_days", 30)  # the bar's own window, in calendar days, before issue 16
    raw.sync()
    values = read_light_settings(Settings(path))
    assert values.reminder_working_days == CALENDAR_REMINDER_WORKING_DAYS.default == 7
    assert values.yellow_days == YELLOW_WORKING_DAYS.default
    store = Settings(path)
    store.set(CALENDAR_REMINDER_WORKING_DAYS, 40)  # out of range: the most the reminders look ahead
    assert read_light_settings(store).reminder_working_days == 15


def test_the_window_reads_one_reminder_window_for_bar_panel_and_tray(qtbot, sample_target):
    from desktop.settings import CALENDAR_REMINDER_WORKING_DAYS, YELLOW_WORKING_DAYS, Settings
    from desktop.views.main_window import MainWindow

    store = Settings()
    store.set(CALENDAR_REMINDER_WORKING_DAYS, 9)
    store.set(YELLOW_WORKING_DAYS, 5)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_path(str(sample_target))
    assert window.reminder_panel.working_days == window.tasks_tab.reminder_working_days == 9
    assert window.reminder_panel.yellow_days == window.tasks_tab.yellow_days == window.calendar_tab.yellow_days == 5
    assert "9 个工作日内到期" in window.tasks_tab.reminder_panel.summary.text()
    assert "9 个工作日内到期" in window.reminder_panel.summary.text()


# -- the property ------------------------------------------------------------------------------------

STATUSES = [Status.NOT_STARTED, Status.IN_PROGRESS, Status.DONE, Status.ON_HOLD]
days_of_the_plan = st.dates(D(2022, 1, 1), D(2022, 12, 31))


# No shrinking: each example writes to the database, and a counterexample as drawn is readable enough.
@settings(
    max_examples=12,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    today=st.dates(D(2021, 12, 1), D(2023, 2, 28)),
    yellow_days=st.integers(0, 10),
    measure_changes=st.lists(st.tuples(st.integers(0, 10**6), days_of_the_plan, st.sampled_from(STATUSES)), max_size=4),
    milestone_changes=st.lists(st.tuples(st.integers(0, 10**6), days_of_the_plan, st.booleans()), max_size=3),
    prepared=st.lists(st.booleans(), min_size=7, max_size=7),
)
def test_every_view_shows_the_light_of_the_module(
    sample_db, today, yellow_days, measure_changes, milestone_changes, prepared
):
    database, plan = sample_db, plan_of(sample_db)
    person = head_of_every_inspection(database)
    _change(database, person, measure_changes, milestone_changes, prepared)
    with database.read() as session:
        rule = read_deadline_rule(session, plan)
    lights = DueLights(today, rule.calendar, yellow_days)
    on_calendar = calendar_of(database, today, yellow_days)
    by_uid = {i.uid: i for i in on_calendar}

    # The calendar: each deadline's light is the module's for the day it falls on.
    measures = _measures(database)
    for item in on_calendar:
        if item.kind is ItemKind.MEASURE_DEADLINE:
            verdict = lights.due(item.end, status=measures[item.source_id][1])
            assert (item.light, item.reason) == (int(verdict.light), verdict.reason)

    # The task list, the editor and the person page: the module's judgement of the task and its measures.
    rows = {r.id: r for r in task_rows(database, plan, today, yellow_days)}
    for task_id, row in rows.items():
        snapshot = load_task(database, task_id, today, yellow_days)
        assert (row.light, row.light_reason) == (int(snapshot.light.light), snapshot.light.reason)
        deadlines = _open_deadlines(database, task_id, rule)
        expected = judge(Status(row.status_code), deadlines, today, start=snapshot.plan_start,
                         progress=_progress(snapshot), yellow_days=yellow_days, calendar=rule.calendar)
        assert row.light == int(expected.light)
        for measure in snapshot.measures:
            uid = next((u for u, i in by_uid.items() if i.source == "measure" and i.source_id == measure.id), None)
            if uid is not None:
                assert int(measure.light.light) == by_uid[uid].light
    page = person_page(database, person, today, yellow_days)
    checked_quotas: list[int] = []
    assert {"measure", "inspection"} <= {h.kind for h in page.holdings} or not measure_changes
    quotas = person_page(database, quota_holder(database), today, yellow_days).holdings
    for holding in page.holdings + tuple(h for h in quotas if h.kind == "quota"):
        if holding.kind == "task":
            assert holding.light == rows[holding.item_id].light
        elif holding.kind == "measure":
            found = [i for i in on_calendar if i.source == "measure" and i.source_id == holding.item_id]
            if found:
                assert holding.light == found[0].light and holding.light_reason == found[0].reason
        elif holding.kind == "inspection":
            mine = [i for i in on_calendar if i.source == "inspection" and i.source_id == holding.item_id]
            if holding.due is not None:
                kind = ItemKind.PREPARATION if any(i.kind is ItemKind.PREPARATION and i.end == holding.due for i in mine) \
                    else ItemKind.INSPECTION
                same = [i for i in mine if i.kind is kind and holding.due in (i.start, i.end)]
                assert holding.light in {i.light for i in same}
            else:
                assert {i.light for i in mine} == {holding.light}
        elif holding.kind == "quota" and holding.due is not None and holding.light is not None:
            prefix = f"{ItemKind.QUOTA_DUE.value}-quota-{holding.item_id}-s-"
            same = [i for i in on_calendar if i.uid.startswith(prefix) and i.end == holding.due]
            if same:  # a section's own due date (a duty in given months is the sections' together)
                assert holding.light == same[0].light
                checked_quotas.append(holding.item_id)

    assert checked_quotas or not D(2022, 1, 1) <= today <= D(2022, 12, 31)

    # The reminder panel and the bar: the calendar's light, and every red item is listed.
    if today.year == 2022 and today.month < 12:
        _check_the_reminders(database, plan, today, yellow_days, on_calendar, by_uid)


def _check_the_reminders(database, plan, today, yellow_days, on_calendar, by_uid) -> None:
    """The reminder panel and the bar agree with the calendar; the overdue printout with the bar."""
    panel = reminder_items(database, plan, today, yellow_days=yellow_days)
    for item in panel:
        if item.uid in by_uid:
            assert item.light == by_uid[item.uid].light
    listed = {i.uid for i in panel}
    assert {i.uid for i in on_calendar if i.light == Light.RED and i.end <= today} <= listed
    bar = reports.reminders(database, plan, today, yellow_days=yellow_days)
    for entry in bar.overdue:
        assert entry.light == Light.RED
    for entry in bar.due_soon:
        assert entry.light != Light.RED
    # The printout lists the bar's items, overdue exactly when the light is red.
    try:
        printed = overdue_table(read_overdue(database, plan, None, today))
    except UserError:
        printed = None
    if printed is not None:
        states = [row[4] for row in printed.rows]
        assert sum("已逾期" in s for s in states) == len(bar.overdue)


def _change(database, person, measure_changes, milestone_changes, prepared) -> None:
    with database.write("test") as session:
        measures = session.scalars(select(Measure).order_by(Measure.id)).all()
        for index, due, status in measure_changes:
            measure = measures[index % len(measures)]
            # *person* answers for it: the person page lists it with its light.
            measure.due_date, measure.status, measure.owner_person_id = due, status, person
        milestones = session.scalars(select(Milestone).order_by(Milestone.id)).all()
        for index, due, done in milestone_changes:
            milestone = milestones[index % len(milestones)]
            milestone.due_date, milestone.done_on = due, (due if done else None)
        for inspection, ready in zip(session.scalars(select(Inspection).order_by(Inspection.seq)), prepared):
            inspection.prepared = ready


def _measures(database) -> dict[int, tuple[dt.date | None, Status]]:
    with database.read() as session:
        return {m.id: (m.due_date, m.status) for m in session.scalars(select(Measure))}


def _open_deadlines(database, task_id, rule) -> list[dt.date]:
    with database.read() as session:
        found = [rule(m.due_date) for m in session.scalars(select(Measure).where(Measure.task_id == task_id))
                 if m.due_date and m.status in (Status.NOT_STARTED, Status.IN_PROGRESS)]
        found += [rule(m.due_date) for m in session.scalars(select(Milestone).where(Milestone.task_id == task_id))
                  if m.due_date and m.done_on is None]
    return found


def _progress(snapshot) -> float | None:
    active = [m for m in snapshot.measures if m.status is not Status.ON_HOLD]
    return sum(m.status is Status.DONE for m in active) / len(active) if active else None


def test_a_deadline_on_a_saturday_is_red_on_that_saturday_in_every_view(sample_db, qtbot):
    """The measure due on Saturday 25 June falls due on Friday the 24th (the plan's rule): red on the 25th everywhere."""
    from desktop.views.tasks_tab import TasksTab

    plan, saturday = plan_of(sample_db), D(2022, 6, 25)
    with sample_db.write("test") as session:
        measure = session.scalars(select(Measure).where(Measure.due_date.is_not(None)).order_by(Measure.id)).first()
        measure.due_date, measure_id, task = saturday, measure.id, measure.task_id
    tab = TasksTab()
    qtbot.addWidget(tab)
    tab.today = lambda: saturday
    tab.load(sample_db, plan)
    model = tab.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "灯")
    row = next(r for r in range(model.rowCount()) if model.row(r).id == task)
    assert model.index(row, column).data() == "红灯"
    assert "已逾期 1 天（期限 2022-06-24）" in model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    on_calendar = next(i for i in calendar_of(sample_db, saturday) if i.source == "measure" and i.source_id == measure_id)
    assert (on_calendar.end, on_calendar.light) == (D(2022, 6, 24), Light.RED)
    snapshot = load_task(sample_db, task, saturday)
    assert next(m for m in snapshot.measures if m.id == measure_id).light.light is Light.RED
    assert snapshot.light.light is Light.RED


def test_the_reminder_panel_says_why_an_entry_is_red(sample_db, qtbot):
    from desktop.views.reminders import CalendarReminderPanel

    panel = CalendarReminderPanel(user="alice")
    qtbot.addWidget(panel)
    panel.load(sample_db, plan_of(sample_db), D(2022, 6, 15))
    rows = [panel.list.item(n) for n in range(panel.list.count())]
    evaluation = next(r for r in rows if r.text().endswith(f"督查  {EVALUATION}"))
    assert evaluation.toolTip().startswith("红灯：督查已开始（2022-04-01 至 2022-06-30），尚未备检")


def test_a_task_with_nothing_dated_has_no_light_in_the_list_the_editor_and_the_person_page(sample_db):
    from desktop.services import tasks

    plan = plan_of(sample_db)
    today = D(2022, 6, 27)
    undated, _ = tasks.create_task(sample_db, plan, "尚未分解的事项")
    all_done, _ = tasks.create_task(sample_db, plan, "措施均已完成的事项")
    with sample_db.write() as session:
        session.add(Measure(task_id=all_done, title="已完成的措施", due_date=D(2022, 3, 1), status=Status.DONE))
    rows = {r.id: r for r in task_rows(sample_db, plan, today)}
    assert (rows[undated].light, rows[undated].light_reason) == (int(Light.GREY), "未定期限")
    assert load_task(sample_db, undated, today).light.reason == "未定期限"
    # something dated, all of it done: on track, not undated
    assert rows[all_done].light == int(Light.GREEN) == int(load_task(sample_db, all_done, today).light.light)
    assert judge(Status.NOT_STARTED, [], today, dated=False).light is Light.GREY
    assert judge(Status.DONE, [], today, dated=False).light is Light.GREEN
    assert judge(Status.ON_HOLD, [], today, dated=False).reason == "暂缓"
