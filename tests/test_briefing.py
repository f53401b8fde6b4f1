"""定期通报 on the sample plan: June 2022 (both tasks with their lights, who did not report, the quotas),
a quarter, bad periods, a notice issued in the period, 先进 only by the objective rules, the overview's counts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.lights import Light
from desktop.models import ProgressReport, Task
from desktop.services import notices, quotas, reports
from desktop.services.briefing import briefing, briefing_for_overview, period_of
from desktop.services.editing import ValidationError
from desktop.services.rows import task_rows

JUNE_30 = dt.date(2022, 6, 30)


def plan_id(db) -> int:
    with db.read() as session:
        return session.scalar(select(Task.plan_id))


def june(db, **kwargs):
    start, end, _label = period_of("2022-06")
    return briefing(db, plan_id(db), start, end, **kwargs)


def test_period_of_reads_a_month_or_a_quarter():
    assert period_of("2022-06") == (dt.date(2022, 6, 1), JUNE_30, "2022年6月")
    assert period_of(" 2022-6 ", 2022)[:2] == (dt.date(2022, 6, 1), JUNE_30)
    assert period_of("2022年6月")[2] == "2022年6月"
    assert period_of("2022-Q2") == (dt.date(2022, 4, 1), JUNE_30, "2022年第二季度")
    assert period_of("2022q4")[:2] == (dt.date(2022, 10, 1), dt.date(2022, 12, 31))
    assert period_of("2022年第三季度")[:2] == (dt.date(2022, 7, 1), dt.date(2022, 9, 30))


@pytest.mark.parametrize(
    ("text", "says"),
    [("2022-13", "月份 13 不存在"), ("abc", "无法识别通报期间“abc”"), ("2022-Q5", "2022-Q2"), ("", "2022-06")],
)
def test_period_of_refuses_what_is_no_month_or_quarter(text, says):
    with pytest.raises(ValidationError) as raised:
        period_of(text)
    assert says in str(raised.value)


def test_a_period_outside_the_plan_year_is_refused_in_chinese(sample_db):
    with pytest.raises(ValidationError, match="不在本计划的年度（2022年）之内"):
        period_of("2021-06", 2022)
    with pytest.raises(ValidationError, match="不在本计划的年度（2022年）之内"):
        briefing(sample_db, plan_id(sample_db), dt.date(2023, 1, 1), dt.date(2023, 1, 31))
    with pytest.raises(ValidationError, match="整月或整季度"):
        briefing(sample_db, plan_id(sample_db), dt.date(2022, 6, 1), dt.date(2022, 7, 31))
    with pytest.raises(ValidationError, match="早于所通报的期间"):
        june(sample_db, today=dt.date(2022, 5, 31))


def test_june_2022_names_both_tasks_with_the_lights_of_the_light_home(sample_db):
    pid = plan_id(sample_db)
    found = june(sample_db)
    assert (found.label, found.title, found.as_of) == ("2022年6月", "定期通报（2022年6月）", JUNE_30)
    rows = {row.code: row for row in task_rows(sample_db, pid, JUNE_30)}
    assert [t.code for t in found.tasks] == ["2-1", "2-2"]
    for task in found.tasks:
        row = rows[task.code]
        assert (int(task.light), task.light_reason) == (row.light, row.light_reason)
        assert task.light_label == Light(row.light).label
    with sample_db.read() as session:
        measures = dict(session.execute(
            select(Task.code, func.count()).select_from(Task).join(Task.measures).group_by(Task.code)).all())
    task = found.tasks[0]
    assert task.measures_active == measures["2-1"] and task.measures_done == 0
    assert (task.percent_done, task.measures_text) == (0, f"0/{measures['2-1']}（0%）")
    for task in found.tasks:
        assert task.last_report.startswith("2022-05-05 ") and len(task.last_report) <= 80
        assert "\n" not in task.last_report
    counts = found.counts
    by_light = [Light(r.light) for r in rows.values()]
    assert (counts.red, counts.yellow, counts.green, counts.grey) == tuple(
        by_light.count(light) for light in (Light.RED, Light.YELLOW, Light.GREEN, Light.GREY))
    assert counts.tasks == 2


def test_june_2022_lists_the_sections_that_did_not_report(sample_db):
    pid = plan_id(sample_db)
    with sample_db.read() as session:
        dates = set(session.scalars(select(ProgressReport.reported_on)))
    assert dates == {dt.date(2022, 5, 5)}  # the sample's only reports, before June
    found = june(sample_db)
    assert {u.section: u.task_codes for u in found.unreported} == {"规配科": ("2-1",), "人才科": ("2-2",)}
    assert {u.section: list(u.task_codes) for u in found.unreported} == reports.unreported(
        sample_db, pid, dt.date(2022, 6, 1), JUNE_30)
    assert next(u for u in found.unreported if u.section == "规配科").text == "2022年6月未报送 2-1 的进展"
    assert found.counts.sections_unreported == 2
    # A report dated in June takes the section off the list.
    reports.add_report(sample_db, found.tasks[1].task_id, "2022年6月", "人才飞地办法已印发。",
                       reported_on=dt.date(2022, 6, 20))
    again = june(sample_db)
    assert [u.section for u in again.unreported] == ["规配科"]


def test_june_2022_quota_completion_per_section_and_the_city_row(sample_db):
    found = june(sample_db)
    lines = {q.section: q for q in found.quotas}
    assert list(lines) == ["规配科", "重大科", "人才科", "全市要求"]
    city = lines["全市要求"]
    assert city.is_city and not any(q.is_city for q in found.quotas[:-1])
    assert (city.delivered, city.short) == (0, 2)
    assert any(s.startswith("改革信息（每月至少2项）：5月 0/2") for s in city.shortfalls)
    planning = lines["规配科"]
    assert planning.delivered == 0 and planning.short == 3 and planning.pending == 2
    assert planning.text.startswith(f"应报 {planning.required}，已报 0；未完成：改革信息（每月1项）：5月 0/1")
    counts = found.counts
    assert (counts.quotas_short, counts.quotas_met, counts.quotas_pending) == (
        sum(q.short for q in found.quotas), sum(q.met for q in found.quotas), sum(q.pending for q in found.quotas))
    # An item delivered in May for 规配科's monthly 改革信息 makes that requirement's May period met.
    data = quotas.load_data(sample_db, plan_id(sample_db))
    rule = next(r for r in data.rules if r.kind == "改革信息")
    section = next(s.id for s in data.sections if s.name == "规配科")
    quotas.add_item(sample_db, plan_id(sample_db), quotas.ItemDraft(rule.id, section, "规配科五月信息", dt.date(2022, 5, 20)))
    after = {q.section: q for q in june(sample_db).quotas}
    assert after["规配科"].delivered == 1 and after["规配科"].short == 2
    assert not any(s.startswith("改革信息（每月1项）") for s in after["规配科"].shortfalls)
    assert after["全市要求"].delivered == 1  # the city row counts every item of the bureau


def test_june_2022_lagging_sections_with_their_reasons_and_no_leading_one(sample_db):
    found = june(sample_db)
    assert found.leading == ()
    lagging = {v.section: v.reasons for v in found.lagging}
    assert set(lagging) == {"规配科", "人才科", "重大科"}
    assert lagging["人才科"][0] == "2022年6月未报送所牵头任务 2-2 的进展。"
    assert lagging["人才科"][1].startswith("宣传指标未完成：媒体报道")
    major = next(q for q in found.quotas if q.section == "重大科")
    assert major.shortfalls and lagging["重大科"] == (f"宣传指标未完成：{'；'.join(major.shortfalls)}。",)
    overdue = [i for i in found.overdue if i.section == "规配科"]
    assert overdue and found.counts.overdue == len(found.overdue)
    worst = max(i.working_days_late for i in overdue)
    assert f"有 {len(overdue)} 项逾期未完成" in lagging["规配科"][1] and f"已逾期 {worst} 个工作日" in lagging["规配科"][1]


def test_overdue_items_are_the_reminders_red_ones_late_in_working_days(sample_db):
    from desktop.calendar.reminders import reminder_items

    pid = plan_id(sample_db)
    found = briefing(sample_db, pid, dt.date(2022, 7, 1), dt.date(2022, 7, 31), today=dt.date(2022, 7, 5))
    red_tasks = [i for i in reminder_items(sample_db, pid, dt.date(2022, 7, 5), 0)
                 if i.light == Light.RED and i.kind.value in reports.TASK_KINDS]
    listed = [i for i in found.overdue if i.kind in ("任务期限", "措施期限", "时间节点")]
    assert len(listed) == len(red_tasks) > 0
    # 2022-06-30 to 2022-07-05: 3 working days, as the notices count them.
    assert {i.working_days_late for i in listed} == {3}
    assert all(i.text == "逾期 3 个工作日（期限 2022-06-30）" for i in listed)


def test_a_section_leads_only_by_the_rules_each_with_its_reason(sample_db):
    """人才科 reports in June and meets the quotas due by June: on the 先进 list, saying why."""
    pid = plan_id(sample_db)
    talent_task = next(t for t in june(sample_db).tasks if t.code == "2-2")
    reports.add_report(sample_db, talent_task.task_id, "2022年6月", "人才飞地办法已印发。",
                       reported_on=dt.date(2022, 6, 20))
    data = quotas.load_data(sample_db, pid)
    section = next(s.id for s in data.sections if s.name == "人才科")
    owed = {r.kind for r in data.rules for q in r.requirements if q.department_id == section and q.months != "12"}
    for rule in data.rules:
        if rule.kind in owed:
            quotas.add_item(sample_db, pid, quotas.ItemDraft(rule.id, section, f"人才科{rule.kind}", dt.date(2022, 6, 10)))
    found = june(sample_db)
    leading = {v.section: v.reasons for v in found.leading}
    assert list(leading) == ["人才科"]
    line = next(q for q in found.quotas if q.section == "人才科")
    assert leading["人才科"] == (
        "2022年6月按期报送了所牵头任务 2-2 的进展。",
        "没有逾期事项。",
        f"到期的宣传指标全部完成（应报 {line.required}，已报 {line.delivered}）。",
    )
    assert "人才科" not in {v.section for v in found.lagging}


def test_a_quarter_works(sample_db):
    pid = plan_id(sample_db)
    start, end, label = period_of("2022-Q3")
    found = briefing(sample_db, pid, start, end)
    assert (found.label, found.as_of) == ("2022年第三季度", dt.date(2022, 9, 30))
    assert {u.section: u.months for u in found.unreported} == {
        "规配科": ("2022年7月", "2022年8月", "2022年9月"), "人才科": ("2022年7月", "2022年8月", "2022年9月")}
    rows = task_rows(sample_db, pid, dt.date(2022, 9, 30))
    assert found.counts.red == sum(1 for r in rows if r.light == Light.RED) == 2
    assert [t.light for t in found.tasks] == [Light.RED, Light.RED]


def test_inspections_coming_up_after_june_with_their_preparation(sample_db):
    found = june(sample_db)
    titles = {i.title: i for i in found.inspections}
    assert "专项小组督察" in titles and "设区市督察" in titles
    assert "听取区直部门、设区市和县（市、区）汇报" not in titles  # under way since March, prepared all year
    line = titles["专项小组督察"]
    assert line.window == "第三季度（2022-07-01 至 2022-09-30）"
    assert line.preparation.startswith("7月备检（2022-07-01") and not line.prepared
    assert line.preparation_state.startswith("未备检（绿灯")


def test_indicators_against_target_with_the_latest_value_by_the_day(sample_db):
    found = june(sample_db)
    by_name = {i.name: i for i in found.indicators}
    assert by_name["全社会研发经费支出占地区生产总值比重"].text == "目标 2%；尚无报送的数值"
    assert by_name["支持柳州市首个揭榜制科技项目资金"].latest_on == dt.date(2022, 5, 5)
    # Before the value was reported, the briefing does not know it.
    april = briefing(sample_db, plan_id(sample_db), dt.date(2022, 4, 1), dt.date(2022, 4, 30))
    assert {i.name: i.latest for i in april.indicators}["支持柳州市首个揭榜制科技项目资金"] is None


def test_a_notice_issued_in_the_period_is_counted(sample_db):
    pid = plan_id(sample_db)
    day = dt.date(2022, 6, 27)
    draft = next(d for d in notices.drafts(sample_db, pid, day) if d.task_id is not None)
    notices.issue(sample_db, pid, draft, day, issued_by="改革办")
    found = june(sample_db)
    assert (found.counts.notices_issued, found.counts.notices_answered) == (1, 0)
    assert [(n.section, n.issued, n.answered) for n in found.notices] == [(draft.section_name, 1, 0)]
    assert found.notices[0].text == "签发督办单 1 份，已回复 0 份"
    later = briefing(sample_db, pid, dt.date(2022, 7, 1), dt.date(2022, 7, 31))
    assert later.counts.notices_issued == 0


def test_the_overview_shows_the_briefings_counts_for_the_same_day(sample_db):
    pid = plan_id(sample_db)
    day = dt.date(2022, 6, 27)
    counts = briefing_for_overview(sample_db, pid, day)
    assert counts == june(sample_db, today=day).counts
    assert counts.as_of == day
    rows = task_rows(sample_db, pid, day)
    assert counts.yellow == sum(1 for r in rows if r.light == Light.YELLOW)


def test_a_briefing_counts_only_what_was_accepted_and_answered_by_its_day(sample_db):
    """The June 通报 made later does not count a report accepted, or a notice answered, in July."""
    from desktop.models import Notice

    pid = plan_id(sample_db)
    day = dt.date(2022, 6, 27)
    draft = next(d for d in notices.drafts(sample_db, pid, day) if d.task_id is not None)
    notices.issue(sample_db, pid, draft, day, issued_by="改革办")
    task = next(t for t in june(sample_db).tasks if t.task_id == draft.task_id)
    before = task.last_report
    report_id = reports.add_report(sample_db, draft.task_id, "2022年6月", "六月进展：办法已印发。",
                                   reported_on=dt.date(2022, 6, 28))
    reports.accept_report(sample_db, report_id)
    reviewed = dt.date(2022, 7, 3)
    with sample_db.write() as session:  # reviewed (and so answered) on 3 July
        session.get(ProgressReport, report_id).reviewed_on = reviewed
        for notice in session.scalars(select(Notice).where(Notice.task_id == draft.task_id)):
            assert notice.answered_on is not None
            notice.answered_on = reviewed

    as_of_june = june(sample_db)
    assert next(t for t in as_of_june.tasks if t.task_id == draft.task_id).last_report == before
    assert (as_of_june.counts.notices_issued, as_of_june.counts.notices_answered) == (1, 0)
    as_of_july = june(sample_db, today=dt.date(2022, 7, 5))
    assert next(t for t in as_of_july.tasks if t.task_id == draft.task_id).last_report.startswith(
        "2022-06-28 六月进展")
    assert (as_of_july.counts.notices_issued, as_of_july.counts.notices_answered) == (1, 1)
    assert any("截至通报日已审核通过" in note for note in as_of_june.notes)
