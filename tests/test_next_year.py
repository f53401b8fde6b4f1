"""新建年度计划 (issue 19, point 4): the 2023 plan made from the sample 2022 plan, in the services and the CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from desktop.cli import EXIT_OK, EXIT_USER_ERROR, main
from desktop.db.database import Database
from desktop.db.schema import HEAD_REVISION
from desktop.errors import UserError
from desktop.models import (
    AuditEntry,
    DateWindow,
    Group,
    GroupKind,
    Inspection,
    Membership,
    Person,
    Plan,
    ProgressReport,
    QuotaRequirement,
    QuotaRule,
    Task,
    TaskEvent,
)
from desktop.services import tasks, workspace
from desktop.services.next_year import (
    PlanReadOnlyError,
    carry_candidates,
    create_next_year,
    default_doc_number,
    ensure_editable,
)

from backends import scalar


def _roster(session, plan_id):
    """The leadership group's members in order: (position, name, role)."""
    return session.execute(
        select(Membership.position, Person.name, Membership.role)
        .join(Group, Group.id == Membership.group_id)
        .join(Person, Person.id == Membership.person_id)
        .where(Group.plan_id == plan_id, Group.kind == GroupKind.LEADERSHIP, Membership.end_date.is_(None))
        .order_by(Membership.position)
    ).all()


def _rules(session, plan_id):
    return [
        (rule.seq, rule.kind, rule.content, len(rule_requirements))
        for rule, rule_requirements in (
            (rule, session.scalars(select(QuotaRequirement).where(QuotaRequirement.rule_id == rule.id)).all())
            for rule in session.scalars(select(QuotaRule).where(QuotaRule.plan_id == plan_id).order_by(QuotaRule.seq))
        )
    ]


def test_a_2023_plan_from_the_sample_keeps_members_rules_and_carries_the_open_tasks(sample_db):
    old = workspace.current_plan(sample_db)
    made = create_next_year(sample_db, old.id, 2023)
    assert made.year == 2023 and made.doc_number == "柳科通〔2023〕（待定）号"
    with sample_db.read() as session:
        roster_2022, roster_2023 = _roster(session, old.id), _roster(session, made.id)
        assert len(roster_2023) == 20
        assert roster_2023 == roster_2022
        assert roster_2023[0].name == "管伟荣" and roster_2023[-1].name == "黄轶君"
        rules = _rules(session, made.id)
        assert len(rules) == 5 and rules == _rules(session, old.id)
        carried = session.scalars(select(Task).where(Task.plan_id == made.id).order_by(Task.position)).all()
        originals = session.scalars(select(Task).where(Task.plan_id == old.id).order_by(Task.position)).all()
        assert [t.code for t in carried] == ["2-1", "2-2"]
        assert [t.origin_task_id for t in carried] == [t.id for t in originals]
        assert [t.title for t in carried] == [t.title for t in originals]
        # No report is copied; the 2022 reports stay with the 2022 tasks.
        new_ids = [t.id for t in carried]
        assert session.scalar(select(func.count()).where(ProgressReport.task_id.in_(new_ids))) == 0
        assert session.scalar(
            select(func.count()).where(ProgressReport.task_id.in_([t.id for t in originals]))
        ) == 2
        # Each carried task says where it came from in its loop.
        notes = session.scalars(select(TaskEvent.note).where(TaskEvent.task_id == new_ids[0])).all()
        assert notes == ["由 2022 年计划结转（原编号 2-1）"]
        # The inspection calendar moved a year: 第三季度 of 2023.
        windows = session.execute(
            select(DateWindow.start, DateWindow.end, DateWindow.text)
            .join(Inspection).where(Inspection.plan_id == made.id).order_by(Inspection.seq, DateWindow.id)
        ).all()
        assert windows[0] == (dt.date(2023, 7, 1), dt.date(2023, 9, 30), "第三季度")
        assert all(w.start.year == 2023 for w in windows)
        assert session.get(Plan, made.id).origin_plan_id == old.id
        assert session.get(Plan, made.id).issue_date == dt.date(2023, 5, 5)
        # Audited: every copied row has its insert in the history, under the new plan.
        audited = dict(session.execute(
            select(AuditEntry.table_name, func.count()).where(AuditEntry.plan_id == made.id).group_by(AuditEntry.table_name)
        ).all())
        assert audited["task"] == 2 and audited["membership"] == 28 and audited["quota_rule"] == 5
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "task", AuditEntry.row_id == new_ids[0])
        ).one()
        assert json.loads(entry.changes)["origin_task_id"] == originals[0].id
        assert entry.note == "新建年度计划" and entry.task_id == new_ids[0]
    # The 2022 plan stays, read-only; the window shows the newest.
    summaries = workspace.plans(sample_db)
    assert [(p.year, p.read_only) for p in summaries] == [(2023, False), (2022, True)]
    assert workspace.current_plan(sample_db).id == made.id


def test_only_the_ticked_open_tasks_are_carried(sample_db):
    old = workspace.current_plan(sample_db)
    first, second = (c.id for c in carry_candidates(sample_db, old.id))
    tasks.close_task(sample_db, second, today=dt.date(2022, 12, 20))
    assert [c.code for c in carry_candidates(sample_db, old.id)] == ["2-1"]
    with pytest.raises(UserError, match="尚未办结"):
        create_next_year(sample_db, old.id, 2023, carry=[second])
    made = create_next_year(sample_db, old.id, 2023, carry=[])
    assert made.counts["task"] == 0 and made.counts["person"] == 21
    with sample_db.read() as session:
        assert session.scalar(select(func.count()).where(Task.plan_id == made.id)) == 0


def test_what_cannot_be_made_is_refused_in_plain_words(sample_db):
    old = workspace.current_plan(sample_db)
    with pytest.raises(UserError, match="须晚于"):
        create_next_year(sample_db, old.id, 2022)
    with pytest.raises(UserError, match="已被本文件中的另一个计划使用"):
        create_next_year(sample_db, old.id, 2023, doc_number="柳科通〔2022〕20号")
    create_next_year(sample_db, old.id, 2023)
    with pytest.raises(UserError, match="不能再结转一次"):
        create_next_year(sample_db, old.id, 2024)
    with sample_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Plan)) == 2


def test_the_previous_plan_refuses_edits(sample_db):
    old = workspace.current_plan(sample_db)
    made = create_next_year(sample_db, old.id, 2023)
    with sample_db.read() as session:
        ensure_editable(session, made.id)  # the new plan may be edited
        with pytest.raises(PlanReadOnlyError) as refused:
            ensure_editable(session, old.id)
    assert refused.value.message == "2022 年计划已结转到 2023 年计划，只能查看，不能修改。请切换到 2023 年计划后再修改。"
    task_id = carry_candidates(sample_db, old.id)[0].id
    snap = tasks.load_task(sample_db, task_id)
    with pytest.raises(PlanReadOnlyError):
        tasks.save_task(sample_db, task_id, snap.version, snap.fields, {"title": "改了"})
    with pytest.raises(PlanReadOnlyError):
        tasks.create_task(sample_db, old.id, "新任务")
    from desktop.services import reports

    with pytest.raises(PlanReadOnlyError):
        reports.add_report(sample_db, task_id, "2023年1月", "补报进展")
    with sample_db.read() as session:
        assert session.scalar(select(func.count()).where(ProgressReport.task_id == task_id)) == 1
    # The new year's copy of the same task takes reports as usual.
    with sample_db.read() as session:
        carried = session.scalar(select(Task.id).where(Task.origin_task_id == task_id))
    assert reports.add_report(sample_db, carried, "2023年1月", "新年度进展") > 0


def test_default_number_names_the_new_year():
    assert default_doc_number("柳科通〔2022〕20号", 2023) == "柳科通〔2023〕（待定）号"
    assert default_doc_number("年度方案", 2023) == "年度方案（2023 年）"


# -- the command line --------------------------------------------------------------------------


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_new_info_and_the_plan_option(qapp, sample_target, tmp_path, capsys):
    code, out, err = run(capsys, "plan", "new", sample_target, "--from", "2022", "--year", "2023", "--carry", "all")
    assert code == EXIT_OK, err
    assert "新建 2023 年计划：柳科通〔2023〕（待定）号" in out and "结转任务 2 项" in out
    code, out, _ = run(capsys, "info", sample_target)
    assert "柳科通〔2022〕20号" in out and "已结转到 2023 年计划，只读" in out
    assert "柳科通〔2023〕（待定）号" in out
    assert "  plan: 2" in out and "  task: 4" in out

    code, out, err = run(capsys, "print", sample_target, "roster", "--pdf", tmp_path / "2022.pdf", "--plan", "2022")
    assert code == EXIT_OK, err
    assert (tmp_path / "2022.pdf").stat().st_size > 1000
    code, out, err = run(capsys, "forms", "export", sample_target, "--out", tmp_path / "forms", "--plan", "2022")
    assert code == EXIT_OK, err
    assert list((tmp_path / "forms").glob("*.xlsx"))
    code, out, err = run(capsys, "export", sample_target, "--xlsx", tmp_path / "plan.xlsx")
    assert code == EXIT_OK, err
    from openpyxl import load_workbook

    assert load_workbook(tmp_path / "plan.xlsx").properties.title.startswith("柳科通〔2023〕（待定）号")
    code, out, err = run(capsys, "export", sample_target, "--xlsx", tmp_path / "old.xlsx", "--plan", "2022")
    assert code == EXIT_OK, err
    assert load_workbook(tmp_path / "old.xlsx").properties.title.startswith("柳科通〔2022〕20号")

    code, out, err = run(capsys, "print", sample_target, "roster", "--pdf", tmp_path / "x.pdf", "--plan", "2021")
    assert code == EXIT_USER_ERROR
    assert "没有 2021 年的计划（已有：2022、2023）" in err and len(err.strip().splitlines()) == 1
    code, out, err = run(capsys, "plan", "new", sample_target, "--from", "2022", "--year", "2024")
    assert code == EXIT_USER_ERROR and "不能再结转一次" in err


def test_plan_new_without_carrying(sample_target, capsys):
    code, out, err = run(capsys, "plan", "new", sample_target, "--from", "2022", "--year", "2023", "--carry", "none")
    assert code == EXIT_OK, err
    assert "结转任务 0 项" in out
    assert scalar(sample_target, "SELECT count(*) FROM task") == 2


# -- an older file -----------------------------------------------------------------------------


def test_a_02_file_is_upgraded_in_place_and_makes_the_next_year(sample_target):
    """The sample as the 0.2 release leaves it (revision 0009) opens, upgrades and makes its 2023 plan."""
    from sqlalchemy import inspect

    from desktop.db.engine import create_engine_for
    from desktop.db.schema import downgrade, migration_transaction
    from desktop.db.target import Target

    tables = ("task", "measure", "progress_report", "membership", "quota_rule", "audit_entry")
    before = [scalar(sample_target, f"SELECT count(*) FROM {table}") for table in tables]
    engine = create_engine_for(Target.parse(str(sample_target)))
    with engine.connect() as connection, migration_transaction(connection):
        downgrade(connection, "0009")
    with engine.connect() as connection:
        assert "origin_task_id" not in [c["name"] for c in inspect(connection).get_columns("task")]
        assert "origin_plan_id" not in [c["name"] for c in inspect(connection).get_columns("plan")]
    engine.dispose()
    assert scalar(sample_target, "SELECT version_num FROM alembic_version") == "0009"

    database = Database.open(sample_target)
    try:
        assert scalar(sample_target, "SELECT version_num FROM alembic_version") == HEAD_REVISION
        assert [scalar(sample_target, f"SELECT count(*) FROM {table}") for table in tables] == before
        old = workspace.current_plan(database)
        made = create_next_year(database, old.id, 2023)
        assert made.counts["task"] == 2 and made.counts["membership"] == 28
    finally:
        database.close()
    assert scalar(sample_target, "SELECT count(*) FROM progress_report") == before[2]
    assert scalar(sample_target, "SELECT count(*) FROM task WHERE origin_task_id IS NOT NULL") == 2


def test_a_carried_task_history_says_where_it_came_from(sample_db):
    from desktop.services.history import task_history

    old = workspace.current_plan(sample_db)
    made = create_next_year(sample_db, old.id, 2023)
    with sample_db.read() as session:
        task_id = session.scalar(select(Task.id).where(Task.plan_id == made.id, Task.code == "2-1"))
    rows = task_history(sample_db, task_id)
    assert ("立项", "由 2022 年计划结转（原编号 2-1）") in {(row.what, row.new) for row in rows}
    whats = {row.what for row in rows}
    assert {"新增任务", "新增措施", "新增时间节点", "新增指标", "新增承办科室"} <= whats, whats
    assert not any(row.what.isascii() for row in rows), whats


def test_a_carried_indicator_starts_the_year_without_last_year_s_trajectory(sample_db):
    """序时进度 is a year's plan: a carried indicator is not tracked and has no typed months; the margin is kept."""
    from desktop.models import Indicator, IndicatorMonth
    from desktop.services import trajectories

    old = workspace.current_plan(sample_db)
    with sample_db.read() as session:
        indicator = session.scalars(
            select(Indicator).join(Task).where(Task.plan_id == old.id, Indicator.target.is_not(None))
        ).first()
        indicator_id, name = indicator.id, indicator.name
    trajectories.save_trajectory(sample_db, indicator_id, tracked=True, baseline="1.8", deadline=dt.date(2022, 11, 30),
                                 months={"6": "1.95"})
    trajectories.set_margin(sample_db, old.id, "15")
    made = create_next_year(sample_db, old.id, 2023)
    with sample_db.read() as session:
        carried = session.scalars(select(Indicator).join(Task).where(Task.plan_id == made.id, Indicator.name == name)).one()
        assert (carried.tracked, carried.baseline, carried.deadline) == (False, None, None)
        assert session.scalar(select(func.count()).select_from(IndicatorMonth)
                              .where(IndicatorMonth.indicator_id == carried.id)) == 0
        # Last year's stays as it was.
        assert session.get(Indicator, indicator_id).tracked is True
        assert session.get(Plan, made.id).indicator_margin == 15
    # And last year's can no longer be changed.
    with pytest.raises(UserError, match="只能查看"):
        trajectories.save_trajectory(sample_db, indicator_id, tracked=True, baseline="1.7", months={"7": "1.9"})
    with pytest.raises(UserError, match="只能查看"):
        trajectories.set_margin(sample_db, old.id, "5")


def test_forms_import_takes_the_plan_option(sample_target, tmp_path, capsys):
    """A form of the 2022 plan checks against 2022 with --plan (the newest plan says it is another plan's);
    importing into 2022 once it was carried over is refused in plain words and writes nothing."""
    from openpyxl import load_workbook

    assert run(capsys, "plan", "new", sample_target, "--from", "2022", "--year", "2023")[0] == EXIT_OK
    code, _out, err = run(capsys, "forms", "export", sample_target, "--out", tmp_path, "--plan", "2022", "--task", "2-1")
    assert code == EXIT_OK, err
    (form,) = tmp_path.glob("*.xlsx")
    book = load_workbook(form)
    book["攻坚台帐"]["D5"] = "六月进展：已出台办法。"
    book.save(form)
    code, out, _err = run(capsys, "forms", "import", sample_target, form, "--dry-run")
    assert code != EXIT_OK and "这份表格属于另一个计划（柳科通〔2022〕20号）" in out
    code, out, _err = run(capsys, "forms", "import", sample_target, form, "--plan", "2022", "--dry-run")
    assert code == EXIT_OK and "可导入" in out
    reports_before = scalar(sample_target, "SELECT count(*) FROM progress_report")
    code, out, _err = run(capsys, "forms", "import", sample_target, form, "--plan", "2022")
    assert code != EXIT_OK and "2022 年计划已结转到 2023 年计划，只能查看，不能修改" in out
    assert scalar(sample_target, "SELECT count(*) FROM progress_report") == reports_before
