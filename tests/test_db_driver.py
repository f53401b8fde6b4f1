"""Rows written through the driver (the hot save path) look exactly like rows the ORM writes."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop.db.driver import insert_row, row_exists
from desktop.errors import UserError
from desktop.models import AuditEntry, ProgressReport, ReportSource, ReportState, Task, TaskEvent
from desktop.services import reports


def _task(database) -> int:
    with database.read() as session:
        return session.scalar(select(Task.id).order_by(Task.id).limit(1))


def _audit(database, table: str, row_id: int) -> AuditEntry:
    with database.read() as session:
        return session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.row_id == row_id)
        ).one()


def test_a_row_written_through_the_driver_reads_back_like_an_orm_row_with_the_same_audit(sample_db):
    task_id = _task(sample_db)
    at = dt.datetime(2022, 6, 1, 9, 30, 15, 123456)
    values = dict(
        task_id=task_id, period="2022年6月", text="两条路径写同一行。", author="张三", reported_on=dt.date(2022, 6, 1),
        source=ReportSource.MANUAL, source_ref="", source_hash="", state=ReportState.SUBMITTED, over_limit=True,
        created_at=at,
    )
    with sample_db.write(note="ORM") as session:
        orm = ProgressReport(**values)
        session.add(orm)
        session.flush()
        orm_id = orm.id
    with sample_db.write(note="driver") as session:
        driver_id = insert_row(session, ProgressReport.__table__, values)
        assert row_exists(session, "progress_report", driver_id)
        assert not row_exists(session, "progress_report", driver_id + 1000)
    with sample_db.read() as session:
        a, b = session.get(ProgressReport, orm_id), session.get(ProgressReport, driver_id)
        for column in ProgressReport.__table__.columns:
            if column.name != "id":
                assert getattr(a, column.name) == getattr(b, column.name), column.name
        assert b.created_at == at and b.reported_on == dt.date(2022, 6, 1) and b.over_limit is True
        assert b.state is ReportState.SUBMITTED and b.version == 1
    orm_audit, driver_audit = _audit(sample_db, "progress_report", orm_id), _audit(sample_db, "progress_report", driver_id)
    orm_changes, driver_changes = json.loads(orm_audit.changes), json.loads(driver_audit.changes)
    assert driver_changes.pop("id") == driver_id and orm_changes.pop("id") == orm_id
    assert driver_changes == orm_changes
    assert (driver_audit.action, driver_audit.task_id, driver_audit.note) == ("insert", task_id, "driver")
    assert (driver_audit.os_user, driver_audit.machine) == (orm_audit.os_user, orm_audit.machine)


def test_a_report_is_saved_with_its_event_and_refused_for_a_deleted_task(sample_db):
    task_id = _task(sample_db)
    report_id = reports.add_report(sample_db, task_id, "2022年7月", "按计划推进。", author="李四")
    with sample_db.read() as session:
        event = session.scalars(select(TaskEvent).where(TaskEvent.report_id == report_id)).one()
        assert event.task_id == task_id and event.note == "2022年7月"
        assert session.get(ProgressReport, report_id).author == "李四"
    with pytest.raises(UserError, match="已被删除"):
        reports.add_report(sample_db, 999_999, "2022年7月", "没有这项任务。")
