"""Period arithmetic of the publicity quotas: every rule of the seed, due dates on the working-day
calendar, and shortfalls carried into the next period."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.recurrence import Shift, shifted
from desktop.models.enums import RestDayShift
from desktop.quotas.counting import Spec, State, outstanding, parse_months, periods, spans, tally
from desktop.services import quotas
from desktop.workdays import WorkdayCalendar

D = dt.date


@pytest.fixture
def plan_id(sample_db) -> int:
    from desktop.services.workspace import current_plan

    return current_plan(sample_db).id
OFFICIAL = WorkdayCalendar()
BEFORE = lambda day: shifted(day, OFFICIAL, Shift.BEFORE)  # noqa: E731
AFTER = lambda day: shifted(day, OFFICIAL, Shift.AFTER)  # noqa: E731


def test_spans_of_each_kind_of_requirement():
    # 1 a month from the plan's first month (May).
    assert spans(Spec(1, every_months=1), 5) == [(m, m) for m in range(5, 13)]
    # 1 every 2 months from May: May–June, July–August, September–October, November–December.
    assert spans(Spec(1, every_months=2), 5) == [(5, 6), (7, 8), (9, 10), (11, 12)]
    # Starting in June, the last period is cut at December.
    assert spans(Spec(1, every_months=2), 6) == [(6, 7), (8, 9), (10, 11), (12, 12)]
    # A start month of the requirement's own wins over the plan's.
    assert spans(Spec(1, every_months=3, start_month=1), 5) == [(1, 3), (4, 6), (7, 9), (10, 12)]
    # Yearly: one period from the start to December.
    assert spans(Spec(1, every_months=12), 5) == [(5, 12)]
    assert spans(Spec(1), 1) == [(1, 12)]
    # Given months: each run of consecutive months is one period.
    assert spans(Spec(1, months=(5, 6)), 5) == [(5, 6)]
    assert spans(Spec(1, months=(6, 12)), 5) == [(6, 6), (12, 12)]
    assert spans(Spec(2, months=(12,)), 5) == [(12, 12)]


def test_parse_months():
    assert parse_months("5,6") == (5, 6)
    assert parse_months("12、6") == (6, 12)
    assert parse_months([6, 5, 5]) == (5, 6)
    with pytest.raises(ValueError):
        parse_months("13")
    with pytest.raises(ValueError):
        parse_months("五月")


def _seed_specs(sample_db, plan_id):
    data = quotas.load_data(sample_db, plan_id)
    names = {s.id: s.name for s in data.all_sections}
    result = {}
    for rule in data.rules:
        for r in rule.requirements:
            owner = "全市" if r.department_id is None else names[r.department_id]
            key = (rule.kind, owner, r.subject)
            result[key] = (r, data)
    return result


def test_every_rule_of_the_seed(sample_db, plan_id):
    specs = _seed_specs(sample_db, plan_id)
    data = next(iter(specs.values()))[1]
    assert (data.year, data.first_month) == (2022, 5)
    requirements = {(r.rule_id, r.department_id, r.label) for r in data.requirements()}
    assert len(requirements) == 18
    expected = {
        # 改革信息: the city at least 2 a month; 规配科 1 a month; 重大科, 人才科 1 every 2 months.
        ("改革信息", "全市", "向自治区党委改革办报送"): [(m, m, 2) for m in range(5, 13)],
        ("改革信息", "规配科", ""): [(m, m, 1) for m in range(5, 13)],
        ("改革信息", "重大科", ""): [(5, 6, 1), (7, 8, 1), (9, 10, 1), (11, 12, 1)],
        ("改革信息", "人才科", ""): [(5, 6, 1), (7, 8, 1), (9, 10, 1), (11, 12, 1)],
        # 新闻发布: the city at least once a year; 规配科 two, in May and June.
        ("新闻发布", "全市", ""): [(5, 12, 1)],
        ("新闻发布", "规配科", "研发经费奖补政策"): [(5, 5, 1)],
        ("新闻发布", "规配科", "国家创新型城市"): [(6, 6, 1)],
        # 媒体报道: the city at least 1 a month; each section 1 every 2 months, collected by the 25th.
        ("媒体报道", "全市", ""): [(m, m, 1) for m in range(5, 13)],
        ("媒体报道", "规配科", ""): [(5, 6, 1), (7, 8, 1), (9, 10, 1), (11, 12, 1)],
        ("媒体报道", "重大科", ""): [(5, 6, 1), (7, 8, 1), (9, 10, 1), (11, 12, 1)],
        ("媒体报道", "人才科", ""): [(5, 6, 1), (7, 8, 1), (9, 10, 1), (11, 12, 1)],
        # 经验交流推广: the city once a year; the three sections summarise in May–June.
        ("经验交流推广", "全市", ""): [(5, 12, 1)],
        ("经验交流推广", "规配科", "总结任务经验"): [(5, 6, 1)],
        ("经验交流推广", "重大科", "总结任务经验"): [(5, 6, 1)],
        ("经验交流推广", "人才科", "总结任务经验"): [(5, 6, 1)],
        # 优秀成果评选: December.
        ("优秀成果评选", "规配科", "任务经验参评"): [(12, 12, 1)],
        ("优秀成果评选", "重大科", "任务经验参评"): [(12, 12, 1)],
        ("优秀成果评选", "人才科", "任务经验参评"): [(12, 12, 1)],
    }
    assert set(specs) == set(expected)
    for key, want in expected.items():
        r, data = specs[key]
        assert r.rest_day_shift is RestDayShift.BEFORE and not r.carry_over and r.start_month is None, key
        spec = next(q.spec for q in data.requirements() if q.id == r.id)
        got = [(p.first_month, p.last_month, p.amount) for p in periods(spec, 2022, data.first_month, BEFORE)]
        assert got == want, key


def test_due_dates_of_the_seed_on_the_working_day_calendar(sample_db, plan_id):
    specs = _seed_specs(sample_db, plan_id)

    def due(key):
        r, data = specs[key]
        spec = next(q.spec for q in data.requirements() if q.id == r.id)
        return [p.due for p in periods(spec, 2022, data.first_month, BEFORE)]

    # Month ends; 2022-07-31 is a Sunday → Friday the 29th; 2022-12-31 a Saturday → the 30th.
    assert due(("改革信息", "规配科", "")) == [
        D(2022, 5, 31), D(2022, 6, 30), D(2022, 7, 29), D(2022, 8, 31),
        D(2022, 9, 30), D(2022, 10, 31), D(2022, 11, 30), D(2022, 12, 30),
    ]
    assert due(("改革信息", "重大科", "")) == [D(2022, 6, 30), D(2022, 8, 31), D(2022, 10, 31), D(2022, 12, 30)]
    # Media reports: the 25th of the period's last month; 2022-06-25 is a Saturday, 12-25 a Sunday.
    assert due(("媒体报道", "人才科", "")) == [D(2022, 6, 24), D(2022, 8, 25), D(2022, 10, 25), D(2022, 12, 23)]
    assert due(("新闻发布", "规配科", "研发经费奖补政策")) == [D(2022, 5, 31)]
    assert due(("经验交流推广", "全市", "")) == [D(2022, 12, 30)]
    assert due(("优秀成果评选", "人才科", "任务经验参评")) == [D(2022, 12, 30)]


def test_the_25th_on_rest_days_and_make_up_working_days():
    monthly_25th = Spec(1, every_months=1, collect_day=25)
    nominal = {p.last_month: p.nominal_due for p in periods(monthly_25th, 2022, 1, BEFORE)}
    due = {p.last_month: p.due for p in periods(monthly_25th, 2022, 1, BEFORE)}
    assert nominal[9] == D(2022, 9, 25)
    # A 25th that is a Sunday goes back to Friday the 23rd, or forward to Monday the 26th.
    assert due[9] == D(2022, 9, 23)
    assert {p.last_month: p.due for p in periods(monthly_25th, 2022, 1, AFTER)}[9] == D(2022, 9, 26)
    # 2023-06-25 is a Sunday but a make-up working day (调休) after the Dragon Boat Festival: it stays.
    june = periods(Spec(1, months=(6,), collect_day=25), 2023, 1, BEFORE)
    assert [p.due for p in june] == [D(2023, 6, 25)]
    # 2023-01-25 is in the Spring Festival holiday: back to Friday the 20th.
    assert periods(Spec(1, months=(1,), collect_day=25), 2023, 1, BEFORE)[0].due == D(2023, 1, 20)
    # A collection day in the National Day holiday: back to 30 September, or forward to the 调休 Saturday.
    october_5th = Spec(1, months=(10,), collect_day=5)
    assert periods(october_5th, 2022, 1, BEFORE)[0].due == D(2022, 9, 30)
    assert periods(october_5th, 2022, 1, AFTER)[0].due == D(2022, 10, 8)
    # A 调休 Saturday is a working day and keeps its date.
    assert periods(Spec(1, months=(10,), collect_day=8), 2022, 1, BEFORE)[0].due == D(2022, 10, 8)
    # A collection day past the month's end is its last day (the 31st in February).
    assert periods(Spec(1, months=(2,), collect_day=31), 2022, 1)[0].nominal_due == D(2022, 2, 28)


def test_states_and_carry_over():
    spec = Spec(1, every_months=1, carry_over=True)
    plan_periods = periods(spec, 2022, 5)
    today = D(2022, 8, 15)
    # May: nothing (short 1); June: 1 of 2 (short 1); July: 3 of 2 (met); August: not yet due.
    outcomes = tally(spec, plan_periods, {6: 1, 7: 3}, today)
    got = [(o.period.last_month, o.required, o.carried_in, o.delivered, o.state) for o in outcomes[:5]]
    assert got == [
        (5, 1, 0, 0, State.SHORT),
        (6, 2, 1, 1, State.SHORT),
        (7, 2, 1, 3, State.MET),
        (8, 1, 0, 0, State.PENDING),
        (9, 1, 0, 0, State.PENDING),
    ]
    assert outstanding(spec, outcomes) == 0
    # Without carry-over each period stands alone and the shortfalls add up.
    alone = Spec(1, every_months=1)
    outcomes = tally(alone, plan_periods, {6: 1, 7: 3}, today)
    assert [(o.required, o.state) for o in outcomes[:3]] == [(1, State.SHORT), (1, State.MET), (1, State.MET)]
    assert outstanding(alone, outcomes) == 1
    # Carried shortfalls pile up until met; what is owed is the last past-due period's shortfall.
    outcomes = tally(spec, plan_periods, {}, D(2022, 8, 1))
    assert [o.required for o in outcomes[:4]] == [1, 2, 3, 4]
    assert outstanding(spec, outcomes) == 3
    # A period met early is met before its due date.
    outcomes = tally(Spec(1, every_months=2), periods(Spec(1, every_months=2), 2022, 5), {5: 1}, D(2022, 5, 2))
    assert outcomes[0].state is State.MET and outcomes[1].state is State.PENDING


def test_the_plan_file_can_set_carry_over_start_month_and_rest_day_shift(empty_db, tmp_path):
    from desktop.services.plan_file import load_plan
    from desktop.services.workspace import sample_plan_file

    old = '{ department = "发展规划与资源配置科", amount = 1, every_months = 1, text = "1 条/月" }'
    text = sample_plan_file().read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, old[:-2] + ', carry_over = true, start_month = 1, rest_day_shift = "after" }')
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    with empty_db.write() as session:
        plan_id = load_plan(session, path).id
    rule = quotas.load_data(empty_db, plan_id).rules[0]
    changed = rule.requirements[1]
    assert (changed.carry_over, changed.start_month, changed.rest_day_shift) == (True, 1, RestDayShift.AFTER)
    assert [(r.carry_over, r.start_month, r.rest_day_shift) for r in rule.requirements[2:]] == [
        (False, None, RestDayShift.BEFORE)
    ] * 2
