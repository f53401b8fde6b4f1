"""The supervision loop through the services: register, break down, report, review, close; conflicts and undo."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.lights import Light, judge
from desktop.models import EventKind, ProgressReport, ReportState, Status, Task
from desktop.services import reports, task_parts, tasks
from desktop.services.editing import EditConflict, UndoStack, ValidationError
from desktop.services.rows import search_keys, task_rows
from desktop.services.history import task_history

D = dt.date
TODAY = D(2022, 6, 1)


def task_id(db, code):
    with db.read() as session:
        return session.scalars(select(Task.id).where(Task.code == code)).one()


def snapshot(db, code="2-1"):
    return tasks.load_task(db, task_id(db, code), today=TODAY)


def test_register_a_task_and_find_it_by_pinyin(sample_db):
    new_id, _ = tasks.create_task(sample_db, 1, "  推进科技金融改革  ")
    snap = tasks.load_task(sample_db, new_id)
    assert snap.fields["title"] == "推进科技金融改革"
    assert snap.fields["code"] == "2-3"  # the plan's numbering continued after 2-1, 2-2
    assert snap.events[0].kind is EventKind.CREATED
    keys = search_keys(sample_db, 1)
    assert "kjjr" in keys[new_id] and "tuijinkejijinrong" in keys[new_id]
    assert "jbz" in keys[task_id(sample_db, "2-1")]
    # initials are indexed for short texts only: the difficulties paragraph adds none
    assert "lzssgjzdzcd" not in keys[task_id(sample_db, "2-1")]


def test_new_codes_continue_the_plans_numbering_unless_typed(sample_db):
    first, _ = tasks.create_task(sample_db, 1, "甲")
    second, _ = tasks.create_task(sample_db, 1, "乙")
    typed, _ = tasks.create_task(sample_db, 1, "丙", code="专项A")
    assert [tasks.load_task(sample_db, i).fields["code"] for i in (first, second, typed)] == ["2-3", "2-4", "专项A"]
    assert tasks.load_task(sample_db, tasks.create_task(sample_db, 1, "丁")[0]).fields["code"] == "2-5"


def test_new_codes_fall_back_to_t_numbers_without_numbered_tasks(sample_db):
    with sample_db.write() as session:
        for task in session.scalars(select(Task).where(Task.plan_id == 1)):
            task.code = "甲" + task.code.replace("-", "乙").replace("1", "一").replace("2", "二")
    new_id, _ = tasks.create_task(sample_db, 1, "戊")
    assert tasks.load_task(sample_db, new_id).fields["code"] == "T3"


def test_bad_input_is_refused_with_a_message(sample_db):
    with pytest.raises(ValidationError, match="不能为空"):
        tasks.create_task(sample_db, 1, "   ")
    with pytest.raises(ValidationError, match="100000 个字"):
        tasks.create_task(sample_db, 1, "长" * 100_000)
    snap = snapshot(sample_db)
    result, _ = tasks.save_task(sample_db, snap.id, snap.version, snap.fields, {"special_group": "专项\x07小组\x00"})
    assert result.notices and "2 个不可见的控制字符" in result.notices[0]
    assert snapshot(sample_db).fields["special_group"] == "专项小组"
    with pytest.raises(ValidationError, match="早于计划年度"):
        task_parts.add_measure(sample_db, snap.id, {"title": "新措施", "due_date": D(2021, 12, 31)})
    with pytest.raises(ValidationError, match="已被另一项任务使用"):
        tasks.save_task(sample_db, snap.id, snapshot(sample_db).version, snap.fields, {"code": "2-2"})


def test_word_limit_needs_confirmation(sample_db):
    snap = snapshot(sample_db, "2-2")
    long_text = "难" * 250
    with pytest.raises(tasks.OverLimit) as info:
        tasks.save_task(sample_db, snap.id, snap.version, snap.fields, {"difficulties": long_text})
    assert info.value.count > 200
    assert snapshot(sample_db, "2-2").fields["difficulties"] != long_text
    tasks.save_task(sample_db, snap.id, snap.version, snap.fields, {"difficulties": long_text}, confirm_over_limit=True)
    assert snapshot(sample_db, "2-2").fields["difficulties"] == long_text


def test_edits_of_other_fields_merge_by_themselves(sample_db):
    mine = snapshot(sample_db)
    theirs = snapshot(sample_db)
    tasks.save_task(sample_db, theirs.id, theirs.version, theirs.fields, {"special_group": "他们的专项小组"})
    result, _ = tasks.save_task(sample_db, mine.id, mine.version, mine.fields, {"requirement": "我的要求"})
    after = snapshot(sample_db)
    assert after.fields["special_group"] == "他们的专项小组"
    assert after.fields["requirement"] == "我的要求"
    assert result.version == mine.version + 2


def test_edits_of_the_same_field_conflict_and_keep_both(sample_db):
    mine = snapshot(sample_db)
    tasks.save_task(sample_db, mine.id, mine.version, mine.fields, {"title": "对方改的标题"})
    with pytest.raises(EditConflict) as info:
        tasks.save_task(sample_db, mine.id, mine.version, mine.fields, {"title": "我改的标题"})
    conflict = info.value.conflicts[0]
    assert (conflict.original, conflict.mine, conflict.theirs) == (mine.fields["title"], "我改的标题", "对方改的标题")
    assert snapshot(sample_db).fields["title"] == "对方改的标题"
    # the person chooses theirs-then-mine: saving on top of the current version now works
    current = info.value.current
    tasks.save_task(sample_db, mine.id, info.value.current_version, current, {"title": "我改的标题"})
    assert snapshot(sample_db).fields["title"] == "我改的标题"


def test_undo_of_this_sessions_edits(sample_db):
    stack = UndoStack()
    snap = snapshot(sample_db)
    _, undo = tasks.save_task(sample_db, snap.id, snap.version, snap.fields, {"status": Status.ON_HOLD})
    stack.push(undo)
    measure_id, undo = task_parts.add_measure(sample_db, snap.id, {"title": "建立科技成果转化基金"})
    stack.push(undo)
    assert len(snapshot(sample_db).measures) == 5
    assert stack.undo(sample_db).startswith("新增措施")
    assert len(snapshot(sample_db).measures) == 4
    stack.undo(sample_db)
    assert snapshot(sample_db).fields["status"] is Status.IN_PROGRESS
    assert not stack.can_undo()


def test_undo_is_refused_when_someone_else_changed_it_since(sample_db):
    stack = UndoStack()
    snap = snapshot(sample_db)
    _, undo = tasks.save_task(sample_db, snap.id, snap.version, snap.fields, {"title": "甲"})
    stack.push(undo)
    later = snapshot(sample_db)
    tasks.save_task(sample_db, later.id, later.version, later.fields, {"title": "乙"})
    with pytest.raises(ValidationError, match="无法撤销"):
        stack.undo(sample_db)
    assert snapshot(sample_db).fields["title"] == "乙"


def test_measures_add_reorder_edit_delete(sample_db):
    snap = snapshot(sample_db, "2-2")
    new_id, _ = task_parts.add_measure(sample_db, snap.id, {"title": "设立人才飞地专项资金", "due_date": D(2022, 9, 30)})
    task_parts.move_measure(sample_db, new_id, -1)
    titles = [m.title for m in snapshot(sample_db, "2-2").measures]
    assert titles[2] == "设立人才飞地专项资金" and titles[3] == "优化服务手段"
    measure = next(m for m in snapshot(sample_db, "2-2").measures if m.id == new_id)
    task_parts.save_measure(sample_db, new_id, measure.version, {"status": measure.status}, {"status": Status.DONE})
    assert next(m for m in snapshot(sample_db, "2-2").measures if m.id == new_id).status is Status.DONE
    task_parts.delete_measure(sample_db, new_id)
    assert len(snapshot(sample_db, "2-2").measures) == 3
    assert "szrcfdzxzj" not in search_keys(sample_db, 1)[snap.id]


def test_indicator_values_show_progress_toward_the_target(sample_db):
    snap = snapshot(sample_db)
    rd = next(i for i in snap.indicators if i.name.startswith("全社会研发经费"))
    assert rd.progress is None
    task_parts.add_indicator_value(sample_db, rd.id, D(2022, 6, 30), 1.5, "统计局半年数据")
    task_parts.add_indicator_value(sample_db, rd.id, D(2022, 9, 30), 1.8)
    rd = next(i for i in snapshot(sample_db).indicators if i.id == rd.id)
    assert [v.value for v in rd.values] == [1.5, 1.8]
    assert rd.progress == pytest.approx(0.9)
    with pytest.raises(ValidationError, match="不是数字"):
        task_parts.add_indicator_value(sample_db, rd.id, D(2022, 10, 1), "很多")


def test_reports_corrected_returned_accepted(sample_db):
    snap = snapshot(sample_db, "2-2")
    with pytest.raises(tasks.OverLimit):
        reports.add_report(sample_db, snap.id, "2022年6月", "进" * 301)
    report_id = reports.add_report(sample_db, snap.id, "2022年6月", "《人才飞地管理暂行办法》已印发。", author="黄轶君")
    reports.return_report(sample_db, report_id, "请补充培育人才飞地的进展")
    corrected = reports.correct_report(sample_db, report_id, "《人才飞地管理暂行办法》已印发，已对接 2 家人才飞地。")
    reports.accept_report(sample_db, corrected)
    after = snapshot(sample_db, "2-2")
    by_id = {r.id: r for r in after.reports}
    assert by_id[report_id].state is ReportState.RETURNED and by_id[report_id].superseded
    assert by_id[report_id].review_note == "请补充培育人才飞地的进展"
    assert by_id[corrected].supersedes_id == report_id and by_id[corrected].state is ReportState.ACCEPTED
    assert "《人才飞地管理暂行办法》已印发。" == by_id[report_id].text  # the old text is kept
    kinds = [e.kind for e in after.events]
    assert kinds[:4] == [EventKind.REPORT_ACCEPTED, EventKind.REPORT_CORRECTED, EventKind.REPORT_RETURNED, EventKind.REPORT_ADDED]
    with pytest.raises(ValidationError, match="已经被更正过"):
        reports.correct_report(sample_db, report_id, "再改一次")
    over = reports.add_report(sample_db, snap.id, "2022年7月", "进" * 301, confirm_over_limit=True)
    with sample_db.read() as session:
        assert session.get(ProgressReport, over).over_limit


def test_close_and_reopen_are_recorded(sample_db):
    snap = snapshot(sample_db, "2-2")
    tasks.close_task(sample_db, snap.id, "政策已出台", today=D(2022, 7, 1))
    closed = snapshot(sample_db, "2-2")
    assert closed.closed_on == D(2022, 7, 1) and closed.fields["status"] is Status.DONE
    assert closed.light.light is Light.GREEN
    with pytest.raises(ValidationError, match="已经办结"):
        tasks.close_task(sample_db, snap.id)
    tasks.reopen_task(sample_db, snap.id, "需补充材料")
    reopened = snapshot(sample_db, "2-2")
    assert reopened.closed_on is None and reopened.fields["status"] is Status.IN_PROGRESS
    assert [e.kind for e in reopened.events][:2] == [EventKind.REOPENED, EventKind.CLOSED]


def test_history_names_who_and_old_and_new(sample_db):
    snap = snapshot(sample_db)
    tasks.save_task(sample_db, snap.id, snap.version, snap.fields, {"special_group": "开放合作体制改革专项小组"})
    history = task_history(sample_db, snap.id)
    change = next(h for h in history if h.field == "专项小组")
    assert (change.old, change.new) == ("", "开放合作体制改革专项小组")
    assert change.who and change.machine
    measure = snap.measures[0]
    task_parts.save_measure(sample_db, measure.id, measure.version, {"status": measure.status}, {"status": Status.DONE})
    history = task_history(sample_db, snap.id)
    assert history[0].what == "措施" and (history[0].field, history[0].old, history[0].new) == ("状态", "推进中", "已完成")


def test_traffic_light_rules():
    start = D(2022, 5, 5)
    assert judge(Status.IN_PROGRESS, [D(2022, 6, 30)], D(2022, 7, 1)).light is Light.RED
    # 2022-06-27 (Mon) to 06-30 (Thu): 3 working days left -> yellow
    assert judge(Status.IN_PROGRESS, [D(2022, 6, 30)], D(2022, 6, 27)).light is Light.YELLOW
    assert judge(Status.IN_PROGRESS, [D(2022, 6, 30)], D(2022, 6, 24)).light is Light.GREEN
    # National Day week: 2022-09-30 (Fri) to 2022-10-10 (Mon) holds 2 working days (10-8, 10-9 are 调休 Saturdays/Sundays)
    assert judge(Status.IN_PROGRESS, [D(2022, 10, 10)], D(2022, 9, 30)).light is Light.YELLOW
    lagging = judge(Status.IN_PROGRESS, [D(2022, 12, 31)], D(2022, 11, 1), start=start, progress=0.25)
    assert lagging.light is Light.YELLOW and "进度落后" in lagging.reason
    assert judge(Status.IN_PROGRESS, [D(2022, 12, 31)], D(2022, 11, 1), start=start, progress=0.75).light is Light.GREEN
    assert judge(Status.ON_HOLD, [D(2022, 1, 1)], D(2022, 7, 1)).light is Light.GREY
    assert judge(Status.DONE, [D(2022, 1, 1)], D(2022, 7, 1)).light is Light.GREEN


def test_task_rows_carry_the_light(sample_db):
    rows = {r.code: r for r in task_rows(sample_db, 1, today=D(2022, 7, 1))}
    assert rows["2-1"].light == Light.RED and "已逾期" in rows["2-1"].light_reason
    rows = {r.code: r for r in task_rows(sample_db, 1, today=D(2022, 6, 28))}
    assert rows["2-1"].light == Light.YELLOW


def test_reminders_by_section(sample_db):
    found = reports.reminders(sample_db, 1, today=D(2022, 6, 27), working_days=7)
    assert {i.section for i in found.due_soon} == {"规配科", "人才科"}
    assert found.overdue == []
    assert set(found.unreported) == {"规配科", "人才科"}
    text = found.as_text()
    assert "【规配科】" in text and "赛马制政策出台" in text and "2022年6月尚未报送进展" in text
    late = reports.reminders(sample_db, 1, today=D(2022, 7, 5))
    # The three measures, their three milestones and task 2-1's own deadline (均应于 6 月前出台).
    assert len(late.overdue) == 7 and "已逾期 5 天" in late.as_text()
    assert "柳州市建立“三制一补”机制激发创新活力，加快建国家创新型城市" in {i.what for i in late.overdue}
    assert "逾期 7 项，7 个工作日内到期 0 项（只计任务、措施和时间节点" in late.summary()
    reports.add_report(sample_db, task_id(sample_db, "2-2"), "2022年7月", "已印发", reported_on=D(2022, 7, 4))
    assert set(reports.reminders(sample_db, 1, today=D(2022, 7, 5)).unreported) == {"规配科"}


def test_reminder_text_numbers_the_parts_shown_and_names_the_tasks_of_no_section(sample_db):
    tasks.create_task(sample_db, 1, "推进科技金融改革", code="T3")
    found = reports.reminders(sample_db, 1, today=D(2022, 6, 27), working_days=7)
    assert found.overdue == [] and found.due_soon  # nothing overdue: the first part shown is 一
    headings = [line for line in found.as_text().splitlines() if line[1:2] == "、"]
    assert headings == ["一、7 个工作日内到期：", "二、2022年6月尚未报送进展："]
    assert "（未指定科室）" not in found.as_text()
    unreported = found.as_text().split("二、")[-1].splitlines()
    assert unreported[-1] == "【未指定科室】 T3"  # after the sections, under a heading like theirs
    assert "3 个科室 2022年6月未报送" in found.summary()
