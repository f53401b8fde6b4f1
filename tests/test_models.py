"""Models: version counters catch stale saves, every change is audited, lazy loads fail loudly."""

import json

import pytest
from sqlalchemy import delete, select
from sqlalchemy.exc import InvalidRequestError

from desktop.db.database import ConflictError
from desktop.models import AuditEntry, Department, Measure, Plan, Status, Task


def test_version_counter_increments_on_each_save(sample_db):
    with sample_db.write() as session:
        task = session.scalars(select(Task).where(Task.code == "2-1")).one()
        assert task.version == 1
        task.status = Status.DONE
    with sample_db.read() as session:
        assert session.scalars(select(Task).where(Task.code == "2-1")).one().version == 2


def test_save_from_stale_data_is_detected_not_overwritten(sample_db):
    with sample_db.read() as session:
        stale = session.scalars(select(Task).where(Task.code == "2-2")).one()
    # Another PC saves first.
    with sample_db.write() as session:
        session.scalars(select(Task).where(Task.code == "2-2")).one().special_group = "对方的修改"
    with pytest.raises(ConflictError, match="另一台电脑"):
        with sample_db.write() as session:
            mine = session.merge(stale, load=False)
            mine.special_group = "我的修改"
    with sample_db.read() as session:
        assert session.scalars(select(Task).where(Task.code == "2-2")).one().special_group == "对方的修改"


def test_every_change_is_audited_with_who_what_old_and_new(sample_db):
    with sample_db.write(note="测试") as session:
        session.info["actor"] = ("zhangsan", "PC-07")
        measure = session.scalars(select(Measure).where(Measure.title == "深化“揭榜制”")).one()
        measure.status = Status.DONE
        department = Department(plan_id=1, name="临时科室", kind="section")
        session.add(department)
    with sample_db.write() as session:
        session.delete(session.scalars(select(Department).where(Department.name == "临时科室")).one())
    with sample_db.read() as session:
        update = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "measure", AuditEntry.action == "update")
        ).one()
        assert (update.os_user, update.machine, update.note) == ("zhangsan", "PC-07", "测试")
        assert json.loads(update.changes) == {"status": ["in_progress", "done"]}
        assert update.plan_id is None or update.plan_id == 1
        insert = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "department", AuditEntry.action == "insert")
            .order_by(AuditEntry.id.desc())
        ).first()
        assert json.loads(insert.changes)["name"] == "临时科室"
        delete = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "department", AuditEntry.action == "delete")
        ).one()
        assert json.loads(delete.changes)["name"] == "临时科室"
        assert delete.os_user  # the OS user of this process
        assert delete.row_id == insert.row_id


def test_a_failed_write_leaves_no_audit_entry(sample_db):
    with sample_db.read() as session:
        before = session.query(AuditEntry).count()
    with pytest.raises(RuntimeError):
        with sample_db.write() as session:
            session.scalars(select(Task)).first().status = Status.ON_HOLD
            session.flush()
            raise RuntimeError("interrupted")
    with sample_db.read() as session:
        assert session.query(AuditEntry).count() == before
        assert all(t.status is Status.IN_PROGRESS for t in session.scalars(select(Task)))


def test_lazy_loading_is_refused(sample_db):
    with sample_db.read() as session:
        task = session.scalars(select(Task)).first()
        with pytest.raises(InvalidRequestError):
            _ = task.measures


def test_foreign_keys_are_enforced(sample_db):
    from desktop.errors import UserError
    from sqlalchemy.exc import IntegrityError

    with pytest.raises((IntegrityError, UserError)):
        with sample_db.write() as session:
            session.add(Department(plan_id=999, name="孤儿", kind="section"))


def test_a_department_still_in_use_cannot_be_deleted(sample_db):
    from desktop.errors import UserError
    from sqlalchemy.exc import IntegrityError

    with pytest.raises((IntegrityError, UserError)):
        with sample_db.write() as session:
            session.execute(delete(Department).where(Department.short_name == "规配科"))
    with sample_db.read() as session:
        assert session.query(Department).filter_by(short_name="规配科").count() == 1


def test_deleting_a_plan_removes_everything_it_holds(sample_db):
    with sample_db.write() as session:
        session.delete(session.get(Plan, 1))
    with sample_db.read() as session:
        assert session.query(Task).count() == 0
        assert session.query(Measure).count() == 0
        assert session.query(Department).count() == 0
