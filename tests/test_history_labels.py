"""A task's history reads in words: every table, column, code and id of the audit log has its label."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from desktop.app import install_translators
from desktop.models import Department, Indicator, Person, ReportState, Status, Task, TaskLevel
from desktop.models.enums import GroupKind, ReportSource, TaskUnitRole
from desktop.services import reports, task_parts, tasks
from desktop.services.history import task_history

ASCII_WORD = re.compile(r"[A-Za-z_]{2,}")
CODES = {m.value for e in (Status, TaskLevel, TaskUnitRole, ReportSource, ReportState, GroupKind) for m in e}


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh_CN")


def _ids(db):
    with db.read() as session:
        task_ids = session.scalars(select(Task.id).order_by(Task.position)).all()
        people = session.execute(select(Person.id, Person.name).order_by(Person.id).limit(2)).all()
        sections = session.scalars(select(Department.id).order_by(Department.id).limit(2)).all()
        indicator = session.scalar(select(Indicator.id).where(Indicator.task_id == task_ids[0]))
    return task_ids, people, sections, indicator


def _every_kind_of_change(db):
    """Edit the first task and everything under it the ways the editor does."""
    task_ids, people, sections, indicator = _ids(db)
    first = task_ids[0]
    snap = tasks.load_task(db, first)
    changes = {"level": TaskLevel.CITY, "status": Status.ON_HOLD, "responsible_person_id": people[1].id}
    tasks.save_task(db, first, snap.version, snap.fields, changes)
    measure = snap.measures[0]
    task_parts.save_measure(
        db, measure.id, measure.version,
        {"status": measure.status, "owner_person_id": measure.owner_person_id},
        {"status": Status.DONE, "owner_person_id": people[0].id},
    )
    task_parts.move_measure(db, snap.measures[1].id, -1)
    milestone_id, _ = task_parts.add_milestone(db, first, {"title": "出台细则", "due_date": dt.date(2022, 9, 30)})
    task_parts.delete_milestone(db, milestone_id)
    task_parts.add_indicator_value(db, indicator, dt.date(2022, 6, 30), 1.5, "统计局")
    tasks.set_task_sections(db, first, [sections[1]], [sections[0]])
    report_id = reports.add_report(db, first, "2022年6月", "完成调研", author="张三")
    reports.return_report(db, report_id, "请补充数字")
    return first, people


def test_no_code_or_column_name_is_left_in_any_history(sample_db):
    first, people = _every_kind_of_change(sample_db)
    task_ids, *_ = _ids(sample_db)
    seen_tables = set()
    for task_id in task_ids:
        for row in task_history(sample_db, task_id):
            seen_tables.add(row.what)
            assert not ASCII_WORD.search(row.what), row
            assert not ASCII_WORD.search(row.field), row
            assert row.old not in CODES and row.new not in CODES, row
    # The sample's groups, the sections, milestones, values and reports all appeared in words.
    assert {"新增专项小组", "新增承办科室", "删除承办科室", "新增时间节点", "删除时间节点", "新增指标实际值"} <= seen_tables
    assert not any("group" in what for what in seen_tables)


def test_changed_values_read_as_labels_and_names(sample_db):
    first, people = _every_kind_of_change(sample_db)
    rows = task_history(sample_db, first)
    by_field = {(row.what, row.field): row for row in rows if row.field}
    assert (by_field[("任务", "级别")].new) == "市级改革攻坚事项"
    assert (by_field[("任务", "状态")].old, by_field[("任务", "状态")].new) == ("推进中", "暂缓")
    assert by_field[("任务", "责任人")].new == people[1].name
    assert (by_field[("措施", "状态")].new, by_field[("措施", "负责人")].new) == ("已完成", people[0].name)
    moved = by_field[("措施", "顺序")]
    assert moved.old.isdigit() and moved.new.isdigit() and moved.old != moved.new
    assert (by_field[("进展台帐", "审核状态")].old, by_field[("进展台帐", "审核状态")].new) == ("待审核", "已退回")
    assert by_field[("进展台帐", "审核意见")].new == "请补充数字"
    added_sections = [row.new for row in rows if row.what == "新增承办科室"]
    assert any(name.endswith("（牵头科室）") for name in added_sections)
    assert any(name.endswith("（合办科室）") for name in added_sections)
    # No id, version or search key is shown as a change.
    assert not {"search_key", "version", "id"} & {row.field for row in rows}


def test_history_in_english_uses_english_labels(sample_db, english):
    first, _people = _every_kind_of_change(sample_db)
    rows = task_history(sample_db, first)
    whats = {row.what for row in rows}
    assert "Task" in whats and any(w.startswith("Added") for w in whats), whats
    assert not any(re.search(r"[\u4e00-\u9fff]", row.what + row.field) for row in rows), rows[:5]
