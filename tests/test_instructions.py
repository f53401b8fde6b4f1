"""Work from outside the plan (issue 19, point 3): a 领导批示 task on the sample plan runs the whole loop,
keeps its own numbering, prints in 批示件办理情况, and leaves the plan's 附件 tables as they were."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from test_printing import column_streams, page_size, pdftotext, squeeze

from desktop.lights import Light
from desktop.models import Department, NoticeState, Person, Task, TaskSource
from desktop.printing.pdf import render_pdf
from desktop.printing.table import PageSetup
from desktop.services import notices, reports, task_parts, tasks
from desktop.services.editing import ValidationError
from desktop.services.history import task_history
from desktop.services.instructions import NewInstruction, create_instruction_task, read_instructions
from desktop.services.printouts import ReportOptions
from desktop.services.printouts import reports as printouts
from desktop.services.workspace import current_plan

INSTRUCTION = "请科技局牵头，会同财政局抓紧研究科技金融支持政策，7月底前报市政府。"
JULY_5, AUGUST_15 = dt.date(2022, 7, 5), dt.date(2022, 8, 15)


def _plan_people_sections(db):
    plan_id = current_plan(db).id
    with db.read() as session:
        people = dict(session.execute(select(Person.name, Person.id).where(Person.plan_id == plan_id)).all())
        sections = dict(session.execute(select(Department.short_name, Department.id).where(Department.plan_id == plan_id)).all())
    return plan_id, people, sections


def _instruction(db, **changes):
    plan_id, people, sections = _plan_people_sections(db)
    fields = dict(
        source=TaskSource.INSTRUCTION, title="研究科技金融支持政策", number="柳科批〔2022〕3号",
        date=dt.date(2022, 5, 20), leader_id=people["邱明宏"], text=INSTRUCTION,
        section_id=sections["规配科"], deadline=dt.date(2022, 6, 30),
    )
    fields.update(changes)
    task_id, _undo = create_instruction_task(db, plan_id, NewInstruction(**fields))
    return plan_id, task_id


def test_a_leaders_instruction_runs_the_whole_loop_and_prints(sample_db, tmp_path, qapp):
    plan_id, task_id = _instruction(sample_db)
    snap = tasks.load_task(sample_db, task_id, today=JULY_5)
    assert snap.fields["code"] == "批-1"
    assert snap.fields["source"] is TaskSource.INSTRUCTION and snap.fields["source_text"] == INSTRUCTION
    assert [m.due_date for m in snap.milestones] == [dt.date(2022, 6, 30)]
    # 分解: a measure; 反馈 and 审核: a report accepted.
    task_parts.add_measure(sample_db, task_id, {"title": "起草支持政策", "due_date": dt.date(2022, 6, 30)})
    report_id = reports.add_report(sample_db, task_id, "2022年6月", "已形成政策初稿，征求财政局意见。", author="规配科",
                                   reported_on=dt.date(2022, 6, 28))
    reports.accept_report(sample_db, report_id)
    # Overdue on 5 July: the red light, and a 督办单 for it among the day's drafts.
    row = read_instructions(sample_db, plan_id, today=JULY_5)[0]
    assert (row.code, row.leader, row.section, row.light) == ("批-1", "邱明宏", "规配科", Light.RED)
    assert row.report_text.startswith("已形成政策初稿")
    drafts = [d for d in notices.drafts(sample_db, plan_id, JULY_5) if d.task_id == task_id]
    assert drafts, "an overdue instruction gets a 督办单"
    notice_id = notices.issue(sample_db, plan_id, drafts[0], JULY_5, issued_by="改革办")
    registered = [r for r in notices.register(sample_db, plan_id) if r.id == notice_id]
    assert registered and registered[0].state is NoticeState.OPEN and registered[0].section_name == "规配科"
    # The printed list, read back.
    table = printouts()["instructions"].build(sample_db, plan_id, ReportOptions(today=JULY_5))
    out = tmp_path / "instructions.pdf"
    pagination = render_pdf(table, out, PageSetup(landscape=printouts()["instructions"].landscape))
    assert page_size(out)[0] > page_size(out)[1]  # A4 landscape
    assert "批示件办理情况" in squeeze(pdftotext(out))
    columns = column_streams(out, pagination)
    expected = ["领导批示", "柳科批〔2022〕3号", "2022-05-20", "邱明宏", "请科技局牵头，会同财政局抓紧研究", "批-1研究科技金融支持政策",
                "规配科", "2022-06-30", "红灯", "2022-06-28：已形成政策初稿，征求财政局意见。"]
    assert [squeeze(c) for c in columns] == [squeeze(e) if i != 4 else squeeze(INSTRUCTION) for i, e in enumerate(expected)]
    # 办结: the list says so, and the red light no longer counts.
    tasks.close_task(sample_db, task_id, "已报市政府", today=AUGUST_15)
    row = read_instructions(sample_db, plan_id, today=AUGUST_15)[0]
    assert row.closed_on == AUGUST_15 and row.light is not Light.RED
    table = printouts()["instructions"].build(sample_db, plan_id, ReportOptions(today=AUGUST_15))
    assert table.rows[0][8] == "已办结" and "已办结 1 件" in table.notes[0]


def test_own_numbering_and_the_plan_numbering_kept_apart(sample_db):
    plan_id, first = _instruction(sample_db)
    _, second = _instruction(sample_db, title="第二件批示")
    _, meeting = _instruction(sample_db, source=TaskSource.MEETING, title="会议议定事项", leader_id=None,
                              leader_text="市政府分管副市长")
    _, assigned = _instruction(sample_db, source=TaskSource.ASSIGNED, title="自治区交办事项", leader_id=None)
    codes = [tasks.load_task(sample_db, i).fields["code"] for i in (first, second, meeting, assigned)]
    assert codes == ["批-1", "批-2", "会-1", "交-1"]
    # A plan task made after them continues the plan's numbering, not 交-2.
    plain, _ = tasks.create_task(sample_db, plan_id, "新的年度任务")
    assert tasks.load_task(sample_db, plain).fields["code"] == "2-3"
    # The register: filtered by source and by leader.
    assert {r.code for r in read_instructions(sample_db, plan_id)} == {"批-1", "批-2", "会-1", "交-1"}
    assert [r.code for r in read_instructions(sample_db, plan_id, source=TaskSource.MEETING)] == ["会-1"]
    assert {r.code for r in read_instructions(sample_db, plan_id, leader="邱明宏")} == {"批-1", "批-2"}  # 交-1 names no leader
    assert [r.leader for r in read_instructions(sample_db, plan_id, leader="市政府分管副市长")] == ["市政府分管副市长"]


def test_bad_input_is_refused_in_plain_chinese(sample_db):
    with pytest.raises(ValidationError, match="批示领导"):
        _instruction(sample_db, leader_id=None, leader_text="  ")
    with pytest.raises(ValidationError, match="原文"):
        _instruction(sample_db, text="")
    with pytest.raises(ValidationError, match="不能为空"):
        _instruction(sample_db, title=" ")
    with pytest.raises(ValidationError, match="早于计划年度"):
        _instruction(sample_db, deadline=dt.date(2021, 12, 31))


def test_source_fields_are_edited_and_audited_in_words(sample_db):
    plan_id, people, _ = _plan_people_sections(sample_db)
    _, task_id = _instruction(sample_db)
    snap = tasks.load_task(sample_db, task_id)
    changes = {"source_number": "柳科批〔2022〕4号", "source_leader_id": people["黄轶君"], "source_date": dt.date(2022, 5, 21)}
    tasks.save_task(sample_db, task_id, snap.version, snap.fields, changes)
    with pytest.raises(ValidationError, match="原文"):
        snap = tasks.load_task(sample_db, task_id)
        tasks.save_task(sample_db, task_id, snap.version, snap.fields, {"source_text": " "})
    rows = {(r.what, r.field): r for r in task_history(sample_db, task_id) if r.field}
    assert (rows[("任务", "来文文号")].old, rows[("任务", "来文文号")].new) == ("柳科批〔2022〕3号", "柳科批〔2022〕4号")
    assert (rows[("任务", "批示领导")].old, rows[("任务", "批示领导")].new) == ("邱明宏", "黄轶君")
    assert rows[("任务", "来文日期")].new == "2022-05-21"
    # Found by its number in the task list's filter.
    from desktop.services.rows import search_keys

    assert "柳科批〔2022〕4号" in search_keys(sample_db, plan_id)[task_id]


def test_the_plans_ledger_is_unchanged_and_the_old_tasks_are_the_plans(sample_db, tmp_path, qapp):
    plan_id = current_plan(sample_db).id
    before = printouts()["ledger"].build(sample_db, plan_id, ReportOptions(today=AUGUST_15))
    _instruction(sample_db)
    after = printouts()["ledger"].build(sample_db, plan_id, ReportOptions(today=AUGUST_15))
    assert after.rows == before.rows and len(after.rows) > 0
    with sample_db.read() as session:
        sources = session.scalars(select(Task.source).where(Task.plan_id == plan_id).order_by(Task.position)).all()
    assert sources[:2] == [TaskSource.PLAN, TaskSource.PLAN] and sources[-1] is TaskSource.INSTRUCTION


def test_a_02_file_upgrades_in_place_and_takes_instructions(sample_target, tmp_path, qapp):
    """A file as 0.2 left it (revision 0009, no source columns): opened, upgraded, its tasks 年度方案, its data kept."""
    from sqlalchemy import inspect

    from backends import scalar
    from desktop.db.database import Database
    from desktop.db.engine import create_engine_for
    from desktop.db.revisions import HEAD_REVISION, MIN_WRITER_VERSION
    from desktop.db.schema import downgrade, migration_transaction
    from desktop.db.target import Target

    engine = create_engine_for(Target.parse(str(sample_target)))
    with engine.connect() as connection, migration_transaction(connection):
        downgrade(connection, "0009")
    with engine.connect() as connection:
        assert "source" not in [c["name"] for c in inspect(connection).get_columns("task")]
    engine.dispose()
    counts = [scalar(sample_target, f"SELECT count(*) FROM {t}") for t in ("task", "measure", "progress_report", "notice")]

    database = Database.open(sample_target)
    try:
        assert scalar(sample_target, "SELECT version_num FROM alembic_version") == HEAD_REVISION
        assert scalar(sample_target, "SELECT value FROM duban_meta WHERE key = 'min_writer_version'") == MIN_WRITER_VERSION[HEAD_REVISION]
        assert [scalar(sample_target, f"SELECT count(*) FROM {t}") for t in ("task", "measure", "progress_report", "notice")] == counts
        assert scalar(sample_target, "SELECT count(*) FROM task WHERE source <> 'plan'") == 0
        _, task_id = _instruction(database)
        assert tasks.load_task(database, task_id).fields["code"] == "批-1"
        assert [r.code for r in read_instructions(database, current_plan(database).id)] == ["批-1"]
    finally:
        database.close()


def test_the_list_from_the_command_line_and_its_plain_refusal_when_empty(sample_target, tmp_path, capsys):
    from desktop.cli import main
    from desktop.db.database import Database

    out = tmp_path / "批示件.pdf"
    assert main(["print", str(sample_target), "instructions", "--pdf", str(out), "--today", "2022-07-05"]) == 1
    assert "没有领导批示、会议纪要或上级交办的任务" in capsys.readouterr().err and not out.exists()
    database = Database.open(sample_target)
    try:
        _instruction(database, source=TaskSource.MEETING, leader_id=None, leader_text="市政府分管副市长")
    finally:
        database.close()
    assert main(["print", str(sample_target), "instructions", "--pdf", str(out), "--today", "2022-07-05"]) == 0
    squashed = squeeze(pdftotext(out))
    assert "批示件办理情况" in squashed and "会议纪要" in squashed and "会-1" in squashed and "市政府分" in squashed


def test_the_plans_workbook_names_each_tasks_source(sample_db, tmp_path):
    from openpyxl import load_workbook

    from desktop.services.plan_export import export_ledger

    plan_id, _ = _instruction(sample_db)
    out = export_ledger(sample_db, plan_id, tmp_path / "plan.xlsx")
    sheet = load_workbook(out)["任务"]
    headings = [c.value for c in sheet[1]]
    rows = {row[0]: dict(zip(headings, row)) for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]}
    assert rows["2-1"]["任务来源"] == "年度方案" and not rows["2-1"]["来文文号"]
    assert (rows["批-1"]["任务来源"], rows["批-1"]["来文文号"], rows["批-1"]["批示领导"]) == ("领导批示", "柳科批〔2022〕3号", "邱明宏")
    assert rows["批-1"]["批示原文"] == INSTRUCTION


def test_the_section_reports_on_it_through_the_same_ledger_form(sample_db, tmp_path):
    """反馈 runs through the form the section fills in, as for the plan's tasks."""
    from pathlib import Path

    import openpyxl

    from desktop.excel.cells import set_text
    from desktop.services import forms_import
    from desktop.services.forms_export import export_task_form

    plan_id, task_id = _instruction(sample_db)
    path = export_task_form(sample_db, task_id, tmp_path, "2022年6月", dt.date(2022, 6, 25))
    workbook = openpyxl.load_workbook(path)
    set_text(workbook.worksheets[0]["D5"], "政策初稿已送财政局会签。")
    workbook.save(path)
    previews = forms_import.preview_files(sample_db, plan_id, [Path(path)])
    assert [row.task_id for row in previews[0].rows] == [task_id]
    forms_import.apply(sample_db, previews, chosen=lambda p, r: True)
    snap = tasks.load_task(sample_db, task_id)
    assert [r.text for r in snap.reports] == ["政策初稿已送财政局会签。"]


def test_an_open_instruction_carried_into_the_next_year_keeps_its_source_and_its_leader(sample_db):
    """新建年度计划 carries an open instruction: its source with it, the leader the new plan's own person."""
    from desktop.services.next_year import create_next_year

    plan_id, task_id = _instruction(sample_db)
    made = create_next_year(sample_db, plan_id, 2023, carry=[task_id])
    with sample_db.read() as session:
        carried = session.scalars(select(Task).where(Task.plan_id == made.id)).one()
        leader = session.get(Person, carried.source_leader_id)
        assert (carried.code, carried.source, carried.source_number) == ("批-1", TaskSource.INSTRUCTION, "柳科批〔2022〕3号")
        assert (leader.name, leader.plan_id) == ("邱明宏", made.id)
    assert [r.code for r in read_instructions(sample_db, made.id)] == ["批-1"]


def test_the_briefing_counts_instructions_apart_from_the_plans_tasks(sample_db):
    from desktop.services.briefing import briefing, period_of
    from desktop.services.briefing_document import briefing_document

    start, end, _label = period_of("2022-06")
    before = briefing(sample_db, current_plan(sample_db).id, start, end)
    assert (before.counts.tasks, before.counts.outside) == (2, 0)
    def summary(made) -> str:
        texts = [getattr(block, "text", "") for block in briefing_document(sample_db, plan_id, made).blocks]
        return next(text for text in texts if text.startswith("截至"))

    plan_id = current_plan(sample_db).id
    assert "共有改革攻坚任务 2 项：" in summary(before)
    plan_id, task_id = _instruction(sample_db)
    after = briefing(sample_db, plan_id, start, end)
    assert (after.counts.tasks, after.counts.outside) == (3, 1)
    assert [t.outside for t in after.tasks if t.task_id == task_id] == [True]
    assert "共有督办任务 3 项（改革攻坚任务 2 项，领导批示、会议纪要等计划外任务 1 项）：" in summary(after)
