"""The calendar's data layer: fuzzy periods as windows, recurring deadlines on working days,
back-scheduled preparation, the office's working-day corrections."""

import datetime as dt

import pytest
from sqlalchemy import insert, select, update

from desktop.calendar.items import ItemKind, Shift, calendar_items, preparation_windows, task_deadline
from desktop.recurrence import monthly_deadlines, monthly_on, shifted
from desktop.lights import Light
from desktop.models import DateWindow, Inspection, Milestone, Plan, Task, WindowKind
from desktop.workdays import WorkdayCalendar, list_overrides, load_calendar, remove_override, set_override

D = dt.date
YEAR = (D(2022, 1, 1), D(2022, 12, 31))
OFFICIAL = WorkdayCalendar()


def plan_id(database):
    with database.read() as session:
        return session.scalar(select(Plan.id))


def year_items(database, **kwargs):
    return calendar_items(database, plan_id(database), *YEAR, today=kwargs.pop("today", D(2022, 5, 10)), **kwargs)


def windows_of(items, kind, title):
    return [(i.start, i.end, i.as_written) for i in items if i.kind is kind and i.title == title]


# -- every fuzzy period of the seed ---------------------------------------------------------

INSPECTIONS = {
    # item: (inspection windows, preparation windows); each (start, end, as written)
    "设区市督察": (
        [(D(2022, 7, 1), D(2022, 9, 30), "第三季度")],
        [(D(2022, 7, 1), D(2022, 7, 31), "7月备检")],
    ),
    "专项小组督察": (
        [(D(2022, 7, 1), D(2022, 9, 30), "第三季度")],
        [(D(2022, 7, 1), D(2022, 7, 31), "7月备检")],
    ),
    "自治区党委深改委专项督察": (
        [(D(2022, 10, 1), D(2022, 12, 31), "第四季度")],
        [(D(2022, 7, 1), D(2022, 7, 31), "7月备检")],
    ),
    "听取区直部门、设区市和县（市、区）汇报": (
        [(D(2022, 3, 1), D(2022, 12, 31), "3月起")],  # open-ended: shown to the plan year's end
        [(D(2022, 1, 1), D(2022, 12, 31), "实时备检")],  # continuous: the whole plan year
    ),
    "定期通报": (
        [(D(2022, 6, 1), D(2022, 6, 30), "6月、10月"), (D(2022, 10, 1), D(2022, 10, 31), "6月、10月")],
        [(D(2022, 5, 1), D(2022, 5, 31), "5月、9月备检"), (D(2022, 9, 1), D(2022, 9, 30), "5月、9月备检")],
    ),
    "第三方评估": (
        [(D(2022, 4, 1), D(2022, 6, 30), "第二季度")],
        [(D(2022, 4, 1), D(2022, 5, 31), "4-5月备检")],
    ),
    "绩效考评": (
        [(D(2022, 12, 1), D(2022, 12, 31), "12月")],
        [(D(2022, 10, 1), D(2022, 12, 31), "10-12月备检")],
    ),
}


def test_every_fuzzy_period_of_the_checklist_becomes_its_window(sample_db):
    items = year_items(sample_db)
    for item, (inspection, preparation) in INSPECTIONS.items():
        assert windows_of(items, ItemKind.INSPECTION, item) == inspection, item
        assert windows_of(items, ItemKind.PREPARATION, f"{item}（备检）") == preparation, item


def test_preparation_is_assigned_to_the_lead_and_co_sections_lead_first(sample_db):
    items = year_items(sample_db)
    first = next(i for i in items if i.kind is ItemKind.PREPARATION and i.title == "设区市督察（备检）")
    assert first.sections == ("法监科", "规配科", "重大科", "人才科")
    assert first.source == "inspection" and first.source_id is not None and first.task_id is None
    report = next(i for i in items if i.kind is ItemKind.PREPARATION and i.title.startswith("定期通报"))
    assert report.sections[:2] == ("规配科", "法监科")


def test_deadlines_and_month_bound_duties_of_the_seed(sample_db):
    items = year_items(sample_db)
    by_kind = lambda kind: [(i.title, i.start, i.end, i.as_written) for i in items if i.kind is kind]  # noqa: E731
    # 均应于 6 月前出台: by 30 June (a Thursday, a working day).
    assert [(t[1], t[3]) for t in by_kind(ItemKind.TASK_DEADLINE)] == [(D(2022, 6, 30), "6 月前出台")]
    milestones = by_kind(ItemKind.MILESTONE)
    # Each with its task's number, as measures are: 人才飞地 is 2-2's.
    assert {t[0] for t in milestones} == {"2-1 国家创新型城市政策出台", "2-1 赛马制政策出台", "2-1 双轨制政策出台", "2-2 人才飞地政策出台"}
    assert {(t[1], t[3]) for t in milestones} == {(D(2022, 6, 30), "6 月前")}
    assert {(t[1], t[3]) for t in by_kind(ItemKind.MEASURE_DEADLINE)} == {(D(2022, 6, 30), "6 月前")}
    events = {t[0]: t[1:] for t in by_kind(ItemKind.EVENT)}
    assert events["新闻发布：研发经费奖补政策"] == (D(2022, 5, 1), D(2022, 5, 31), "5 月一场")
    assert events["新闻发布：国家创新型城市"] == (D(2022, 6, 1), D(2022, 6, 30), "6 月一场")
    assert events["经验交流推广：总结任务经验"] == (D(2022, 5, 1), D(2022, 6, 30), "5-6 月")
    assert events["优秀成果评选：任务经验参评"] == (D(2022, 12, 1), D(2022, 12, 31), "12 月")
    task_item = next(i for i in items if i.kind is ItemKind.MILESTONE)
    assert task_item.task_id is not None


def test_monthly_collection_on_the_25th_from_the_plans_first_month(sample_db):
    items = year_items(sample_db)
    collection = [i for i in items if i.kind is ItemKind.COLLECTION]
    # The plan was issued in May 2022; June 25 and September 25 are weekend days, December 25 a Sunday.
    assert [i.start for i in collection] == [
        D(2022, 5, 25), D(2022, 6, 24), D(2022, 7, 25), D(2022, 8, 25),
        D(2022, 9, 23), D(2022, 10, 25), D(2022, 11, 25), D(2022, 12, 23),
    ]
    assert {i.as_written for i in collection} == {"每月25日前"}
    assert collection[0].title == "媒体报道情况归集到法监科"
    assert {i.rrule for i in collection} == {"FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20221231"}
    assert len({i.series for i in collection}) == 1 and len({i.uid for i in collection}) == 8
    # The UID carries the nominal date, so a moved occurrence keeps it.
    assert "20220625" in collection[1].uid


def test_quota_due_dates_every_month_and_every_two_months(sample_db):
    items = year_items(sample_db)
    due = lambda title: [i.start for i in items if i.kind is ItemKind.QUOTA_DUE and i.title == title]  # noqa: E731
    # 1 条/月: month ends; 2022-07-31 is a Sunday → Friday the 29th; 2022-12-31 a Saturday → the 30th.
    assert due("改革信息：规配科") == [
        D(2022, 5, 31), D(2022, 6, 30), D(2022, 7, 29), D(2022, 8, 31),
        D(2022, 9, 30), D(2022, 10, 31), D(2022, 11, 30), D(2022, 12, 30),
    ]
    # 1 条/2 月 from May: June, August, October, December.
    assert due("改革信息：重大科") == [D(2022, 6, 30), D(2022, 8, 31), D(2022, 10, 31), D(2022, 12, 30)]
    # Media reports, collected by the 25th.
    assert due("媒体报道：人才科") == [D(2022, 6, 24), D(2022, 8, 25), D(2022, 10, 25), D(2022, 12, 23)]
    rrules = {i.rrule for i in items if i.kind is ItemKind.QUOTA_DUE and i.title == "改革信息：重大科"}
    assert rrules == {"FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1;UNTIL=20221231"}


# -- the 25th through 2022–2026 on China's working-day calendar ----------------------------

#: Hand-checked against the State Council's holiday notices: every 25th from 2022 to 2026 that
#: is not a working day, and the last working day before it. All other 25ths stay.
MOVED_25THS = {
    D(2022, 6, 25): D(2022, 6, 24),  # Saturday
    D(2022, 9, 25): D(2022, 9, 23),  # Sunday
    D(2022, 12, 25): D(2022, 12, 23),  # Sunday
    D(2023, 1, 25): D(2023, 1, 20),  # Wednesday in the Spring Festival holiday (21–27 Jan)
    D(2023, 2, 25): D(2023, 2, 24),
    D(2023, 3, 25): D(2023, 3, 24),
    D(2023, 11, 25): D(2023, 11, 24),
    D(2024, 2, 25): D(2024, 2, 23),  # the Sunday after the Spring Festival week (18 Feb was the 调休 Sunday)
    D(2024, 5, 25): D(2024, 5, 24),
    D(2024, 8, 25): D(2024, 8, 23),
    D(2025, 1, 25): D(2025, 1, 24),  # Saturday before the Spring Festival (26 Jan, a Sunday, is worked)
    D(2025, 5, 25): D(2025, 5, 23),
    D(2025, 10, 25): D(2025, 10, 24),
    D(2026, 1, 25): D(2026, 1, 23),
    D(2026, 4, 25): D(2026, 4, 24),
    D(2026, 7, 25): D(2026, 7, 24),
    D(2026, 9, 25): D(2026, 9, 24),  # Friday, Mid-Autumn Festival
    D(2026, 10, 25): D(2026, 10, 23),
}


def test_25th_of_the_month_deadlines_2022_to_2026():
    deadlines = monthly_deadlines(25, D(2022, 1, 1), D(2026, 12, 31), OFFICIAL)
    assert len(deadlines) == 60
    for nominal, actual in deadlines:
        assert actual == MOVED_25THS.get(nominal, nominal), nominal
    # 2023-06-25 is a Sunday, but a make-up working day (调休) after the Dragon Boat Festival: it stays.
    assert dict(deadlines)[D(2023, 6, 25)] == D(2023, 6, 25)


def test_holidays_and_make_up_saturdays():
    # National Day: a deadline in the Golden Week goes back to the last working day of September …
    assert shifted(D(2022, 10, 5), OFFICIAL) == D(2022, 9, 30)
    assert shifted(D(2024, 10, 3), OFFICIAL) == D(2024, 9, 30)  # 29 Sep 2024 (Sunday) was worked; 30 Sep too
    # … or, when the rule says "after", forward to the first working day after it: the 调休 Saturday.
    assert shifted(D(2022, 10, 5), OFFICIAL, Shift.AFTER) == D(2022, 10, 8)
    # 调休 Saturdays are working days and keep their deadline.
    assert shifted(D(2022, 10, 8), OFFICIAL) == D(2022, 10, 8)
    assert shifted(D(2023, 10, 7), OFFICIAL) == D(2023, 10, 7)
    # Spring Festival 2022 (31 Jan – 6 Feb): 29 and 30 Jan were worked.
    assert shifted(D(2022, 2, 3), OFFICIAL) == D(2022, 1, 30)
    assert shifted(D(2022, 1, 29), OFFICIAL) == D(2022, 1, 29)
    assert shifted(D(2022, 2, 3), OFFICIAL, Shift.AFTER) == D(2022, 2, 7)


def test_every_two_months_and_month_ends_as_rrules():
    rule = monthly_on(-1, D(2022, 6, 1), D(2022, 12, 31), interval=2)
    assert rule.text() == "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1;UNTIL=20221231"
    assert rule.dates() == [D(2022, 6, 30), D(2022, 8, 31), D(2022, 10, 31), D(2022, 12, 31)]
    # The RRULE text means the same to dateutil's own parser.
    from dateutil.rrule import rrulestr

    parsed = rrulestr(rule.text(), dtstart=dt.datetime(2022, 6, 30))
    assert [d.date() for d in parsed] == rule.dates()


def test_task_deadline_words():
    assert task_deadline("要求：国家创新型城市政策、赛马制政策、双轨制政策均应于 6 月前出台。", 2022) == (
        "6 月前出台",
        D(2022, 6, 30),
    )
    assert task_deadline("要求：按时报送。", 2022) is None


# -- back-scheduling ---------------------------------------------------------------------------


def test_preparation_back_scheduled_from_the_window_as_stored():
    # 第四季度 with 7月备检: three months before the window; moved to Q1 of the next year, it follows.
    assert preparation_windows("第四季度", "7月备检", 2022, [(D(2022, 10, 1), D(2022, 12, 31))]) == [
        (0, D(2022, 7, 1), D(2022, 7, 31))
    ]
    assert preparation_windows("第四季度", "7月备检", 2022, [(D(2023, 1, 1), D(2023, 3, 31))]) == [
        (0, D(2022, 10, 1), D(2022, 10, 31))
    ]
    # Two windows, two preparations, each one month before its own window.
    assert preparation_windows(
        "6月、10月", "5月、9月备检", 2022, [(D(2022, 7, 1), D(2022, 7, 31)), (D(2022, 11, 1), D(2022, 11, 30))]
    ) == [(0, D(2022, 6, 1), D(2022, 6, 30)), (1, D(2022, 10, 1), D(2022, 10, 31))]
    assert preparation_windows("12月", "10-12月备检", 2022, [(D(2022, 12, 1), D(2022, 12, 31))]) == [
        (0, D(2022, 10, 1), D(2022, 12, 31))
    ]
    assert preparation_windows("第三季度", "实时备检", 2022, [(D(2022, 7, 1), D(2022, 9, 30))]) is None
    assert preparation_windows("择机", "7月备检", 2022, [(D(2022, 7, 1), D(2022, 9, 30))]) is None


def test_moving_an_inspection_moves_its_preparation(sample_db):
    with sample_db.write("move") as session:
        inspection_id = session.scalar(select(Inspection.id).where(Inspection.item == "设区市督察"))
        session.execute(
            update(DateWindow)
            .where(DateWindow.inspection_id == inspection_id, DateWindow.kind == WindowKind.INSPECTION)
            .values(start=D(2022, 9, 1), end=D(2022, 11, 30))
        )
    items = year_items(sample_db)
    assert windows_of(items, ItemKind.INSPECTION, "设区市督察") == [(D(2022, 9, 1), D(2022, 11, 30), "第三季度")]
    # 7月备检 is the window's first month: now September. The stored preparation window is not used.
    assert windows_of(items, ItemKind.PREPARATION, "设区市督察（备检）") == [(D(2022, 9, 1), D(2022, 9, 30), "7月备检")]
    # The other inspection with the same words did not move; the UIDs did not change with the move.
    assert windows_of(items, ItemKind.PREPARATION, "专项小组督察（备检）") == [(D(2022, 7, 1), D(2022, 7, 31), "7月备检")]
    before = {i.uid for i in year_items(sample_db)}
    assert before == {i.uid for i in items}


def test_preparation_light_follows_the_prepared_tick(sample_db):
    today = D(2022, 8, 10)
    prep = lambda: next(  # noqa: E731
        i for i in year_items(sample_db, today=today) if i.kind is ItemKind.PREPARATION and i.title == "设区市督察（备检）"
    )
    assert prep().light == Light.RED  # July has passed, not prepared
    with sample_db.write("tick") as session:
        session.execute(update(Inspection).where(Inspection.item == "设区市督察").values(prepared=True))
    assert prep().light == Light.GREEN


# -- the office's corrections -----------------------------------------------------------------


def test_an_override_changes_a_deadline_and_can_be_taken_back(sample_db):
    collection = lambda: [  # noqa: E731
        i.start for i in year_items(sample_db) if i.kind is ItemKind.COLLECTION and i.start.month == 6
    ]
    assert collection() == [D(2022, 6, 24)]
    set_override(sample_db, D(2022, 6, 24), False, "临时停工")
    assert load_calendar(sample_db).overrides == {D(2022, 6, 24): False}
    assert collection() == [D(2022, 6, 23)]
    set_override(sample_db, D(2022, 6, 25), True, "加班")  # the 25th itself made a working day
    assert collection() == [D(2022, 6, 25)]
    assert [(o.day, o.is_workday, o.note) for o in list_overrides(sample_db)] == [
        (D(2022, 6, 24), False, "临时停工"),
        (D(2022, 6, 25), True, "加班"),
    ]
    set_override(sample_db, D(2022, 6, 25), False, "更正")  # replaces, does not duplicate
    assert len(list_overrides(sample_db)) == 2
    remove_override(sample_db, D(2022, 6, 24))
    remove_override(sample_db, D(2022, 6, 25))
    assert collection() == [D(2022, 6, 24)]


def test_a_year_the_library_does_not_know_uses_weekends_until_the_office_adds_it():
    calendar = WorkdayCalendar()
    if calendar.knows_year(2031):
        pytest.skip("chinesecalendar knows 2031")
    assert shifted(D(2031, 1, 25), calendar) == D(2031, 1, 24)  # a Saturday
    corrected = WorkdayCalendar({D(2031, 1, 24): False, D(2031, 1, 23): False})
    assert shifted(D(2031, 1, 25), corrected) == D(2031, 1, 22)


def test_shift_after_per_kind(sample_db):
    items = year_items(sample_db, shifts={ItemKind.COLLECTION: Shift.AFTER})
    june = [i.start for i in items if i.kind is ItemKind.COLLECTION and i.start.month in (6, 7)]
    assert june == [D(2022, 6, 27), D(2022, 7, 25)]


# -- the view's contract ------------------------------------------------------------------------


def test_items_overlap_the_range_sorted_with_stable_uids(sample_db):
    pid = plan_id(sample_db)
    june = calendar_items(sample_db, pid, D(2022, 6, 1), D(2022, 6, 30), today=D(2022, 6, 1))
    assert june == sorted(june, key=lambda i: (i.start, list(ItemKind).index(i.kind), i.title))
    assert all(i.start <= D(2022, 6, 30) and i.end >= D(2022, 6, 1) for i in june)
    assert {i.kind for i in june} >= {ItemKind.INSPECTION, ItemKind.COLLECTION, ItemKind.MILESTONE, ItemKind.EVENT}
    again = calendar_items(sample_db, pid, D(2022, 6, 1), D(2022, 6, 30), today=D(2022, 6, 1))
    assert [i.uid for i in again] == [i.uid for i in june]
    assert len({i.uid for i in june}) == len(june)
    database_id = sample_db.meta()["database_id"]
    assert all(database_id in i.uid for i in june)
    # Editing a title does not change a UID.
    with sample_db.write("rename") as session:
        session.execute(update(Milestone).where(Milestone.title == "赛马制政策出台").values(title="赛马制政策印发"))
    renamed = calendar_items(sample_db, pid, D(2022, 6, 1), D(2022, 6, 30), today=D(2022, 6, 1))
    assert {i.uid for i in renamed} == {i.uid for i in june}


def test_lights_as_of_today(sample_db):
    pid = plan_id(sample_db)
    light = lambda today: next(  # noqa: E731
        i.light
        for i in calendar_items(sample_db, pid, D(2022, 6, 1), D(2022, 6, 30), today=today)
        if i.kind is ItemKind.MILESTONE and i.title == "2-1 赛马制政策出台"
    )
    assert light(D(2022, 5, 10)) == Light.GREEN
    assert light(D(2022, 6, 28)) == Light.YELLOW
    assert light(D(2022, 7, 1)) == Light.RED


def test_five_thousand_items_in_a_month_are_all_read(sample_db):
    """Every one of 5,000 dated items in a month is read (how fast is benchmarks/calendar_month.py's job)."""
    pid = plan_id(sample_db)
    with sample_db.write("many") as session:
        task_id = session.scalar(select(Task.id).order_by(Task.id))
        session.execute(
            insert(Milestone),
            [
                {"task_id": task_id, "title": f"节点{n}", "due_text": "3月", "due_date": D(2022, 3, 1 + n % 31), "source": "", "version": 1}
                for n in range(5000)
            ],
        )
    items = calendar_items(sample_db, pid, D(2022, 3, 1), D(2022, 3, 31), today=D(2022, 3, 10))
    milestones = [i for i in items if i.kind is ItemKind.MILESTONE and i.title.split(" ", 1)[-1].startswith("节点")]
    assert len(milestones) == 5000
    assert len({i.uid for i in milestones}) == 5000
    assert all(D(2022, 2, 1) <= i.start <= D(2022, 3, 31) for i in milestones)  # moved off rest days, never later


# -- where a rest-day deadline goes, as stored -----------------------------------------------


def test_the_stored_rules_move_rest_day_deadlines_before_or_after(sample_db):
    from desktop.calendar.shift_rules import rest_day_rules, set_deadline_shift, set_requirement_shift
    from desktop.models.enums import RestDayShift

    pid = plan_id(sample_db)
    rules = rest_day_rules(sample_db, pid)
    assert rules.deadlines is RestDayShift.BEFORE
    media = [r for r in rules.requirements if r.kind == "媒体报道" and r.owner != "全市"]
    assert [r.owner for r in media] == ["规配科", "重大科", "人才科"]
    assert media[0].text == "1 条/2 月（每月 25 日前归集）"
    # Duties in given months (press conferences in May and June) are windows, not deadlines.
    assert not [r for r in rules.requirements if r.kind == "新闻发布" and r.owner != "全市"]

    # The collection day follows the first requirement collected on it (规配科's), the due dates each their own.
    set_requirement_shift(sample_db, media[0].requirement_id, RestDayShift.AFTER, media[0].version)
    items = year_items(sample_db)
    collection = [i.start for i in items if i.kind is ItemKind.COLLECTION and i.start.month in (6, 7, 9, 10)]
    assert collection == [D(2022, 6, 27), D(2022, 7, 25), D(2022, 9, 26), D(2022, 10, 25)]
    due = lambda title: [i.start for i in items if i.kind is ItemKind.QUOTA_DUE and i.title == title]  # noqa: E731
    assert due("媒体报道：规配科")[0] == D(2022, 6, 27)  # the 25th, a Saturday → Monday
    assert due("媒体报道：人才科")[0] == D(2022, 6, 24)  # still before

    # One-off deadlines follow the plan's rule: a milestone on Sunday 31 July 2022.
    with sample_db.write("测试") as session:
        task = session.scalars(select(Task).order_by(Task.id)).first()
        session.add(Milestone(task_id=task.id, title="周日的节点", due_date=D(2022, 7, 31)))
    before = [i.start for i in year_items(sample_db) if i.title.endswith("周日的节点")]
    assert before == [D(2022, 7, 29)]
    set_deadline_shift(sample_db, pid, RestDayShift.AFTER, rules.plan_version)
    after = [i.start for i in year_items(sample_db) if i.title.endswith("周日的节点")]
    assert after == [D(2022, 8, 1)]
    # A caller may still override one kind for a run.
    assert [
        i.start for i in year_items(sample_db, shifts={ItemKind.MILESTONE: Shift.BEFORE}) if i.title.endswith("周日的节点")
    ] == [D(2022, 7, 29)]


def test_a_rule_changed_on_another_pc_meanwhile_is_not_overwritten(sample_db):
    from desktop.calendar.shift_rules import rest_day_rules, set_deadline_shift, set_requirement_shift
    from desktop.db.database import ConflictError
    from desktop.models.enums import RestDayShift

    pid = plan_id(sample_db)
    seen = rest_day_rules(sample_db, pid)
    set_deadline_shift(sample_db, pid, RestDayShift.AFTER, seen.plan_version)
    with pytest.raises(ConflictError, match="另一台电脑"):
        set_deadline_shift(sample_db, pid, RestDayShift.BEFORE, seen.plan_version)
    first = seen.requirements[0]
    set_requirement_shift(sample_db, first.requirement_id, RestDayShift.AFTER, first.version)
    with pytest.raises(ConflictError):
        set_requirement_shift(sample_db, first.requirement_id, RestDayShift.BEFORE, first.version)
    now = rest_day_rules(sample_db, pid)
    assert now.deadlines is RestDayShift.AFTER and now.requirements[0].shift is RestDayShift.AFTER


def test_the_city_wide_minimums_are_on_the_calendar_counting_every_section(sample_db):
    from desktop.models import PublicityItem, QuotaRule

    items = year_items(sample_db)
    city = [i for i in items if i.kind is ItemKind.QUOTA_DUE and i.sections == ("全市",)]
    titles = sorted({i.title for i in city})
    assert titles == [
        "媒体报道：全市每月至少 1 篇",
        "改革信息：全市每月至少 2 条（向自治区党委改革办报送）",
        "新闻发布：全市年内至少 1 次",
        "经验交流推广：全市年内 1 次经验交流现场会",
    ]
    monthly = [i.start for i in city if i.title.startswith("改革信息")]
    assert monthly[:3] == [D(2022, 5, 31), D(2022, 6, 30), D(2022, 7, 29)]
    assert [i.start for i in city if i.title.startswith("新闻发布")] == [D(2022, 12, 30)]

    # Two items from two different sections in June meet the city's 2; May's none stays red.
    with sample_db.write("测试") as session:
        rule = session.scalars(select(QuotaRule).where(QuotaRule.kind == "改革信息")).one()
        from desktop.models import Department

        sections = session.scalars(select(Department).order_by(Department.position)).all()[:2]
        for n, section in enumerate(sections):
            session.add(
                PublicityItem(plan_id=rule.plan_id, rule_id=rule.id, department_id=section.id, title=f"信息{n}", date=D(2022, 6, 10 + n))
            )
    later = year_items(sample_db, today=D(2022, 7, 10))
    lights = {i.start: i.light for i in later if i.title.startswith("改革信息：全市")}
    assert lights[D(2022, 6, 30)] == Light.GREEN
    assert lights[D(2022, 5, 31)] == Light.RED


def test_a_task_without_a_deadline_of_its_own_heads_its_measures_on_the_timeline(sample_db):
    from desktop.calendar.timeline import TaskHeading, task_titles, timeline_rows

    items = year_items(sample_db, today=D(2022, 12, 1))
    titles = task_titles(sample_db, plan_id(sample_db))
    rows = timeline_rows(items, titles)
    headings = [r for r in rows if isinstance(r, TaskHeading)]
    by_task = {h.task_id: h for h in headings}
    own = {i.task_id for i in items if i.kind is ItemKind.TASK_DEADLINE}
    grouped = {i.task_id for i in rows if i.task_id is not None}
    # Every task on the timeline is headed: by its own deadline, or by a heading.
    assert grouped == own | set(by_task) and not own & set(by_task)
    heading = next(h for h in headings if h.title.startswith("2-2 "))
    members = [r for r in rows if r.task_id == heading.task_id and r is not heading]
    assert rows.index(heading) == rows.index(members[0]) - 1
    assert heading.start == min(m.start for m in members) and heading.end == max(m.end for m in members)
    assert heading.light == max(m.light for m in members)
    # Without titles (an old caller), no headings.
    assert not [r for r in timeline_rows(items) if isinstance(r, TaskHeading)]
