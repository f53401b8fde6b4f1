"""The start-up task list (read without SQLAlchemy) must equal the full one."""

import datetime as dt
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import select

from desktop.models import Department, Milestone, Task, TaskUnit, TaskUnitRole
from desktop.services.rows import task_rows
from desktop.services.startup import preview_task_rows

#: The preview reads a SQLite file through the standard library; a server database waits for the full open.
pytestmark = pytest.mark.sqlite_only(reason="the start-up preview reads SQLite files through sqlite3")


def test_preview_equals_full_rows_on_the_sample(sample_db, sample_path):
    preview = preview_task_rows(sample_path)
    assert preview.doc_number == "柳科通〔2022〕20号"
    assert preview.tasks == task_rows(sample_db, 1)
    assert [t.code for t in preview.tasks] == ["2-1", "2-2"]


def test_preview_follows_edits(sample_db, sample_path):
    with sample_db.write() as session:
        task = session.scalars(select(Task).where(Task.code == "2-2")).one()
        extra = session.scalars(select(Department).where(Department.short_name == "法监科")).one()
        session.add(TaskUnit(task_id=task.id, department_id=extra.id, role=TaskUnitRole.LEAD, position=9))
        session.add(Milestone(task_id=task.id, title="早的节点", due_date=dt.date(2022, 3, 1), done_on=dt.date(2022, 3, 1)))
        session.add(Milestone(task_id=task.id, title="较早节点", due_date=dt.date(2022, 4, 15)))
        task.responsible_person_id = None
    rows = task_rows(sample_db, 1)
    assert preview_task_rows(sample_path).tasks == rows
    second = rows[1]
    assert second.lead_section == "人才科、法监科"
    assert second.next_deadline == dt.date(2022, 4, 15)  # the done milestone does not count
    assert second.responsible == "黄轶君 人才引智与对外合作科科长"


def test_preview_declines_what_it_cannot_read_quickly(tmp_path, sample_path):
    assert preview_task_rows(tmp_path / "missing.duban") is None
    text = tmp_path / "text.duban"
    text.write_text("not a database", encoding="utf-8")
    assert preview_task_rows(text) is None
    raw = sqlite3.connect(sample_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    assert preview_task_rows(sample_path) is None


def test_preview_module_does_not_load_sqlalchemy():
    code = "import sys, desktop.services.startup, desktop.views.main_window; print('sqlalchemy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_preview_reads_only_the_first_screen(sample_db, sample_path):
    from desktop.services import tasks

    for number in range(5):
        tasks.create_task(sample_db, 1, f"新任务{number}")
    full = task_rows(sample_db, 1)
    assert len(full) == 7
    assert preview_task_rows(sample_path, limit=3).tasks == full[:3]
    assert task_rows(sample_db, 1, limit=3) == full[:3]
    assert task_rows(sample_db, 1, task_id=full[4].id) == [full[4]]
