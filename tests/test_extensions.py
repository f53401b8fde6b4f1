"""延期申请 (issue 19, point 1): a request changes nothing until a leader approves it; approving
moves the item's deadline and the light with it, keeps the original date, and the history tells
an approved extension from a direct correction."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from desktop.calendar.extensions import Step, extension_phrase
from desktop.lights import Light
from desktop.models import Department, Extension, ExtensionState, Milestone, Person, Plan, Task
from desktop.services import extensions, task_parts
from desktop.services.editing import ValidationError
from desktop.services.history import task_history
from desktop.services.rows import task_rows

JUNE_30 = dt.date(2022, 6, 30)
JULY_5 = dt.date(2022, 7, 5)
JULY_15 = dt.date(2022, 7, 15)
JULY_29 = dt.date(2022, 7, 29)


def facts(db):
    """The plan, the second task (人才飞地: one milestone due 6 月前, no dated measure), 人才科."""
    with db.read() as session:
        plan_id = session.scalar(select(Plan.id))
        task_id = session.scalars(select(Task.id).order_by(Task.position)).all()[1]
        milestone = session.scalars(select(Milestone).where(Milestone.task_id == task_id)).one()
        section = session.scalar(select(Department.id).where(Department.short_name == "人才科"))
    return plan_id, task_id, milestone, section


def row_of(db, plan_id, task_id, today=JULY_5):
    return next(row for row in task_rows(db, plan_id, today) if row.id == task_id)


def milestone_of(db, milestone_id):
    with db.read() as session:
        row = session.get(Milestone, milestone_id)
        return row.due_date, row.due_text


def ask(db, milestone_id, section, new_date=JULY_15, reason="政策需征求市财政局意见"):
    return extensions.request_extension(
        db, milestone_id=milestone_id, new_date=new_date, reason=reason, department_id=section,
        requested_by="覃靖涛", requested_on=dt.date(2022, 6, 25),
    )


def test_the_leaders_are_the_leadership_group_leader_first(sample_db):
    plan_id, *_ = facts(sample_db)
    found = extensions.leaders(sample_db, plan_id, JULY_5)
    assert [(leader.name, leader.role) for leader in found[:2]] == [("管伟荣", "组长"), ("李荣军", "副组长")]
    assert len(found) == 20


def test_approval_moves_the_light_and_keeps_the_original_date(sample_db):
    plan_id, task_id, milestone, section = facts(sample_db)
    assert milestone.due_date == JUNE_30
    assert row_of(sample_db, plan_id, task_id).light == Light.RED
    request = ask(sample_db, milestone.id, section)
    # Pending: nothing moves.
    assert milestone_of(sample_db, milestone.id) == (JUNE_30, "6 月前")
    assert row_of(sample_db, plan_id, task_id).light == Light.RED
    leader = extensions.leaders(sample_db, plan_id, JULY_5)[0]
    extensions.approve_extension(sample_db, request, leader.person_id, dt.date(2022, 7, 1), "同意")
    assert milestone_of(sample_db, milestone.id) == (JULY_15, "")
    row = row_of(sample_db, plan_id, task_id)
    assert row.light in (Light.GREEN, Light.YELLOW) and row.next_deadline == JULY_15
    assert row.extensions == 1
    (shown,) = extensions.task_extensions(sample_db, task_id)
    assert (shown.state, shown.original_date, shown.original_text, shown.decided_by) == (
        ExtensionState.APPROVED, JUNE_30, "6 月前", "管伟荣"
    )
    assert extensions.item_phrases([shown]) == {
        ("milestone", milestone.id): "原定 “6 月前”（6 月 30 日），经批准延至 7 月 15 日"
    }


def test_a_refused_request_changes_nothing(sample_db):
    plan_id, task_id, milestone, section = facts(sample_db)
    request = ask(sample_db, milestone.id, section)
    leader = extensions.leaders(sample_db, plan_id, JULY_5)[1]
    extensions.refuse_extension(sample_db, request, leader.person_id, dt.date(2022, 7, 1), "理由不充分")
    assert milestone_of(sample_db, milestone.id) == (JUNE_30, "6 月前")
    assert row_of(sample_db, plan_id, task_id).light == Light.RED
    assert row_of(sample_db, plan_id, task_id).extensions == 0
    (shown,) = extensions.task_extensions(sample_db, task_id)
    assert shown.state is ExtensionState.REFUSED and shown.decision_note == "理由不充分"
    with pytest.raises(ValidationError, match="不能再审批"):
        extensions.approve_extension(sample_db, request, leader.person_id, dt.date(2022, 7, 2))


def test_only_a_leadership_group_member_decides_and_bad_input_is_refused(sample_db):
    plan_id, task_id, milestone, section = facts(sample_db)
    with pytest.raises(ValidationError, match="理由"):
        ask(sample_db, milestone.id, section, reason="  ")
    with pytest.raises(ValidationError, match="不晚于现在的期限"):
        ask(sample_db, milestone.id, section, new_date=dt.date(2022, 6, 1))
    with pytest.raises(ValidationError, match="日期"):
        ask(sample_db, milestone.id, section, new_date=None)
    request = ask(sample_db, milestone.id, section)
    leaders = {leader.person_id for leader in extensions.leaders(sample_db, plan_id, JULY_5)}
    with sample_db.read() as session:
        outsider = session.scalars(select(Person.id).where(Person.id.not_in(leaders))).first()
    with pytest.raises(ValidationError, match="不是领导小组成员"):
        extensions.approve_extension(sample_db, request, outsider, dt.date(2022, 7, 1))
    with pytest.raises(ValidationError, match="审批"):
        extensions.approve_extension(sample_db, request, None, dt.date(2022, 7, 1))
    assert milestone_of(sample_db, milestone.id) == (JUNE_30, "6 月前")


def test_extensions_chain_and_withdrawing_restores_the_previous_date(sample_db):
    plan_id, task_id, milestone, section = facts(sample_db)
    leader = extensions.leaders(sample_db, plan_id, JULY_5)[0].person_id
    first = ask(sample_db, milestone.id, section)
    extensions.approve_extension(sample_db, first, leader, dt.date(2022, 7, 1))
    second = extensions.request_extension(
        sample_db, milestone_id=milestone.id, new_date=JULY_29, reason="市财政局尚未回复",
        department_id=section, requested_by="覃靖涛", requested_on=dt.date(2022, 7, 12), new_text="7 月底前出台",
    )
    extensions.approve_extension(sample_db, second, leader, dt.date(2022, 7, 13))
    assert milestone_of(sample_db, milestone.id) == (JULY_29, "7 月底前出台")
    rows = extensions.task_extensions(sample_db, task_id)
    assert extensions.item_phrases(rows)[("milestone", milestone.id)] == (
        "原定 “6 月前”（6 月 30 日），经批准第一次延至 7 月 15 日、第二次延至 7 月 29 日"
    )
    assert row_of(sample_db, plan_id, task_id, JULY_5).extensions == 2
    # The earlier approval cannot be withdrawn under the later one.
    with pytest.raises(ValidationError, match="最近的一次"):
        extensions.withdraw_extension(sample_db, first)
    extensions.withdraw_extension(sample_db, second, "误批")
    assert milestone_of(sample_db, milestone.id) == (JULY_15, "")
    history = [(row.field, row.old, row.new) for row in task_history(sample_db, task_id) if row.what == "时间节点"]
    assert ("期限（撤销延期，恢复原定）", "2022-07-29", "2022-07-15") in history
    assert ("期限（经批准延期）", "2022-07-15", "2022-07-29") in history
    extensions.withdraw_extension(sample_db, first)
    assert milestone_of(sample_db, milestone.id) == (JUNE_30, "6 月前")
    assert row_of(sample_db, plan_id, task_id).light == Light.RED
    assert {row.state for row in extensions.task_extensions(sample_db, task_id)} == {ExtensionState.WITHDRAWN}


def test_a_pending_request_withdrawn_changes_nothing(sample_db):
    plan_id, task_id, milestone, section = facts(sample_db)
    request = ask(sample_db, milestone.id, section)
    extensions.withdraw_extension(sample_db, request)
    assert milestone_of(sample_db, milestone.id) == (JUNE_30, "6 月前")
    with pytest.raises(ValidationError, match="只能撤销"):
        extensions.withdraw_extension(sample_db, request)


def test_a_measure_can_be_extended_too(sample_db):
    plan_id, *_ = facts(sample_db)
    snap_task = sample_db
    with sample_db.read() as session:
        from desktop.models import Measure

        measure = session.scalars(select(Measure).where(Measure.due_date == JUNE_30)).first()
    request = extensions.request_extension(
        snap_task, measure_id=measure.id, new_date=JULY_15, reason="等待上级文件", requested_on=dt.date(2022, 6, 20)
    )
    leader = extensions.leaders(sample_db, plan_id, JULY_5)[0].person_id
    extensions.approve_extension(sample_db, request, leader, dt.date(2022, 6, 28))
    with sample_db.read() as session:
        assert session.get(Measure, measure.id).due_date == JULY_15
    (row,) = extensions.task_extensions(sample_db, measure.task_id)
    assert extensions.item_phrases([row])[("measure", measure.id)] == "原定 6 月 30 日，经批准延至 7 月 15 日"


def test_the_history_tells_an_extension_from_a_correction(sample_db):
    plan_id, task_id, milestone, section = facts(sample_db)
    leader = extensions.leaders(sample_db, plan_id, JULY_5)[0].person_id
    request = ask(sample_db, milestone.id, section)
    extensions.approve_extension(sample_db, request, leader, dt.date(2022, 7, 1))
    _, version = milestone.id, None
    with sample_db.read() as session:
        current = session.get(Milestone, milestone.id)
        version, due = current.version, current.due_date
    task_parts.save_milestone(
        sample_db, milestone.id, version, {"due_date": due}, {"due_date": dt.date(2022, 7, 20)}
    )
    # The chain says the deadline was corrected after the approval; the approval can no longer be withdrawn.
    assert extensions.item_phrases(extensions.task_extensions(sample_db, task_id))[("milestone", milestone.id)] == (
        "原定 “6 月前”（6 月 30 日），经批准延至 7 月 15 日，后更正为 7 月 20 日"
    )
    with pytest.raises(ValidationError, match="直接更正"):
        extensions.withdraw_extension(sample_db, request)
    rows = task_history(sample_db, task_id)
    deadline_rows = [(row.field, row.old, row.new) for row in rows if row.what == "时间节点" and "期限" in row.field]
    assert ("期限更正（非延期）", "2022-07-15", "2022-07-20") in deadline_rows
    assert ("期限（经批准延期）", "2022-06-30", "2022-07-15") in deadline_rows
    assert any(row.what == "新增延期申请" and row.new == "申请延至 2022-07-15" for row in rows)
    assert any(row.what == "延期申请" and row.field == "审批状态" and row.new == "已批准" for row in rows)
    assert any(row.what == "延期申请" and row.field == "审批领导" and row.new == "管伟荣" for row in rows)
    assert all(row.who for row in rows)
    extension_rows = [row for row in rows if "延期申请" in row.what]
    assert extension_rows and not any(
        re.search(r"[A-Za-z_]{2,}", f"{row.field}{row.old}{row.new}") for row in extension_rows
    ), extension_rows


def test_the_phrase_reads_the_same_everywhere():
    assert extension_phrase([]) == ""
    assert extension_phrase([Step(JUNE_30, "", JULY_15)]) == "原定 6 月 30 日，经批准延至 7 月 15 日"
    assert extension_phrase([Step(JUNE_30, "6月30日", JULY_15)]) == "原定 6 月 30 日，经批准延至 7 月 15 日"


def test_deleting_the_milestone_deletes_its_requests(sample_db):
    plan_id, task_id, milestone, section = facts(sample_db)
    ask(sample_db, milestone.id, section)
    task_parts.delete_milestone(sample_db, milestone.id)
    with sample_db.read() as session:
        assert session.scalars(select(Extension)).all() == []


def test_a_0_2_file_is_upgraded_in_place_and_takes_extensions(sample_target):
    """The file of the current release (revision 0009, writers 0.2.0) opens, upgrades and keeps its data."""
    from backends import execute, scalar

    from desktop.db.database import Database
    from desktop.db.revisions import HEAD_REVISION
    from desktop.db.engine import create_engine_for
    from desktop.db.schema import downgrade, migration_transaction
    from desktop.db.target import Target

    tables = ("task", "measure", "milestone", "progress_report", "membership", "notice", "audit_entry")
    before = [scalar(sample_target, f"SELECT count(*) FROM {table}") for table in tables]
    engine = create_engine_for(Target.parse(str(sample_target)))
    with engine.connect() as connection, migration_transaction(connection):
        downgrade(connection, "0009")
    engine.dispose()
    execute(sample_target, "UPDATE duban_meta SET value = '0.2.0' WHERE key = 'min_writer_version'")
    assert scalar(sample_target, "SELECT version_num FROM alembic_version") == "0009"

    db = Database.open(sample_target)
    try:
        assert scalar(sample_target, "SELECT version_num FROM alembic_version") == HEAD_REVISION
        assert scalar(sample_target, "SELECT value FROM duban_meta WHERE key = 'min_writer_version'") == "0.3.0"
        assert [scalar(sample_target, f"SELECT count(*) FROM {table}") for table in tables] == before
        plan_id, task_id, milestone, section = facts(db)
        assert row_of(db, plan_id, task_id).light == Light.RED
        request = ask(db, milestone.id, section)
        extensions.approve_extension(db, request, extensions.leaders(db, plan_id, JULY_5)[0].person_id, JULY_5)
        assert milestone_of(db, milestone.id) == (JULY_15, "")
        assert row_of(db, plan_id, task_id).light != Light.RED
    finally:
        db.close()


def test_a_task_s_own_deadline_is_extended_and_put_back(sample_db):
    """2-1's 要求 line sets 6 月前出台; an approved extension moves the task's deadline on the calendar."""
    from desktop.calendar.items import calendar_items
    from desktop.models import Task as TaskModel

    plan_id, *_ = facts(sample_db)
    with sample_db.read() as session:
        first = session.scalars(select(TaskModel.id).order_by(TaskModel.position)).first()

    def task_deadline_item():
        items = calendar_items(sample_db, plan_id, dt.date(2022, 1, 1), dt.date(2022, 12, 31), today=JULY_5)
        (item,) = [i for i in items if i.source == "task" and i.source_id == first and i.kind.value == "task_deadline"]
        return item

    before = task_deadline_item()
    assert (before.end, before.as_written, before.light) == (JUNE_30, "6 月前出台", Light.RED)
    request = extensions.request_extension(
        sample_db, task_id=first, new_date=JULY_15, reason="政策出台需经市政府常务会议", requested_on=dt.date(2022, 6, 28),
    )
    assert task_deadline_item() == before  # pending: nothing moves
    leader = extensions.leaders(sample_db, plan_id, JULY_5)[0].person_id
    extensions.approve_extension(sample_db, request, leader, dt.date(2022, 6, 29))
    moved = task_deadline_item()
    assert (moved.end, moved.as_written) == (JULY_15, "7月15日前") and moved.light != Light.RED
    (row,) = extensions.task_extensions(sample_db, first)
    assert row.item_key == ("task", first) and row.item_title == "任务期限"
    assert extensions.item_phrases([row]) == {("task", first): "原定 “6 月前出台”（6 月 30 日），经批准延至 7 月 15 日"}
    history = [(h.what, h.field, h.old, h.new) for h in task_history(sample_db, first)]
    assert ("任务", "期限（经批准延期）", "", "2022-07-15") in history
    extensions.withdraw_extension(sample_db, request)
    assert task_deadline_item() == before  # back to its 要求 line
    with sample_db.read() as session:
        assert session.get(TaskModel, first).deadline is None


def test_a_task_carried_into_the_next_year_takes_its_requirement_s_deadline_again(sample_db):
    from desktop.models import Task as TaskModel
    from desktop.services.next_year import create_next_year

    plan_id, *_ = facts(sample_db)
    with sample_db.read() as session:
        first = session.scalars(select(TaskModel.id).order_by(TaskModel.position)).first()
    request = extensions.request_extension(sample_db, task_id=first, new_date=JULY_15, reason="等待市政府常务会议")
    extensions.approve_extension(sample_db, request, extensions.leaders(sample_db, plan_id, JULY_5)[0].person_id, JULY_5)
    made = create_next_year(sample_db, plan_id, 2023)
    with sample_db.read() as session:
        carried = session.scalars(select(TaskModel).where(TaskModel.plan_id == made.id, TaskModel.origin_task_id == first)).one()
        assert (carried.deadline, carried.deadline_text) == (None, "")
        assert session.get(TaskModel, first).deadline == JULY_15  # last year's plan keeps its extension
