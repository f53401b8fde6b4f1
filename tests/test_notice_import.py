"""A new notice's attachment tables (.xlsx, the seed's layout) into the 2023 plan: preview, then import (issue 19 stretch)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from sqlalchemy import func, select

from desktop.cli import EXIT_OK, EXIT_USER_ERROR, main
from desktop.errors import UserError
from desktop.models import DateWindow, Department, Inspection, InspectionUnit, QuotaRule, Task, TaskUnitRole
from desktop.services import workspace
from desktop.services.next_year import create_next_year
from desktop.services.notice_import import ADD, SKIP, import_notice, preview_notice
from desktop.settings import Settings
from desktop.views.main_window import MainWindow
from gui import model_texts
from notice_files import NEW_TASK, OLD_TASK, write_notice


@pytest.fixture
def plan_2023(sample_db):
    old = workspace.current_plan(sample_db)
    return create_next_year(sample_db, old.id, 2023, carry=[old_id for old_id in _first_task(sample_db, old.id)])


def _first_task(database, plan_id):
    with database.read() as session:
        return [session.scalar(select(Task.id).where(Task.plan_id == plan_id, Task.code == "2-1"))]


def test_the_preview_says_what_each_row_becomes_and_writes_nothing(sample_db, plan_2023, tmp_path):
    path = write_notice(tmp_path / "notice.xlsx")
    preview = preview_notice(sample_db, plan_2023.id, path)
    rows = [(item.attachment, item.number, item.title, item.action) for item in preview.items]
    assert rows == [
        ("附件 2", "2-3", NEW_TASK, ADD),
        ("附件 2", "2-1", OLD_TASK, SKIP),  # carried over already
        ("附件 3", "1", "设区市督察", SKIP),
        ("附件 3", "2", "年中专项督察", ADD),
        ("附件 3", "3", "随机抽查", ADD),
        ("附件 4", "1", "改革信息", SKIP),
        ("附件 4", "2", "典型案例", ADD),
    ]
    assert preview.items[4].note == "新增督查事项；时间“择机”无法识别，未排入日历"
    assert preview.skipped_sheets == ["说明"]
    with sample_db.read() as session:
        assert session.scalar(select(func.count()).where(Task.plan_id == plan_2023.id)) == 1


def test_import_adds_the_new_rows_with_their_dates_and_sections(sample_db, plan_2023, tmp_path):
    path = write_notice(tmp_path / "notice.xlsx")
    import_notice(sample_db, plan_2023.id, path)
    with sample_db.read() as session:
        task = session.scalars(select(Task).where(Task.plan_id == plan_2023.id, Task.code == "2-3")).one()
        assert (task.title, task.difficulties, task.expected_results) == (NEW_TASK, "转化渠道不畅。", "技术合同成交额增长 10%。")
        assert task.requirement == "要求：年底前出台实施方案。"
        assert task.responsible_person_text == "周兵 成果转化与区域创新科科长" and task.origin_task_id is None
        inspection = session.scalars(
            select(Inspection).where(Inspection.plan_id == plan_2023.id, Inspection.item == "年中专项督察")).one()
        windows = session.execute(select(DateWindow.kind, DateWindow.start, DateWindow.end)
                                  .where(DateWindow.inspection_id == inspection.id).order_by(DateWindow.id)).all()
        assert [(w.start, w.end) for w in windows] == [
            (dt.date(2023, 4, 1), dt.date(2023, 6, 30)), (dt.date(2023, 5, 1), dt.date(2023, 5, 31))]
        assert inspection.preparation_text == "5月备检"
        units = session.execute(select(InspectionUnit.role, Department.short_name).join(Department)
                                .where(InspectionUnit.inspection_id == inspection.id).order_by(InspectionUnit.position)).all()
        assert units == [(TaskUnitRole.LEAD, "规配科"), (TaskUnitRole.CO, "重大科"), (TaskUnitRole.CO, "人才科")]
        assert session.scalar(select(func.count()).where(QuotaRule.plan_id == plan_2023.id)) == 6
    # Importing the same file again adds nothing.
    again = preview_notice(sample_db, plan_2023.id, path)
    assert all(item.action == SKIP for item in again.items)


def test_the_previous_plan_and_a_wrong_file_are_refused(sample_db, plan_2023, tmp_path):
    path = write_notice(tmp_path / "notice.xlsx")
    old = [p for p in workspace.plans(sample_db) if p.read_only][0]
    with pytest.raises(UserError, match="只能查看"):
        import_notice(sample_db, old.id, path)
    other = tmp_path / "other.xlsx"
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["姓名", "电话"])
    workbook.save(other)
    with pytest.raises(UserError, match="没有找到附件表格"):
        preview_notice(sample_db, plan_2023.id, other)


def test_plan_import_from_the_command_line(sample_target, tmp_path, capsys):
    path = write_notice(tmp_path / "notice.xlsx")
    assert main(["plan", "new", str(sample_target), "--from", "2022", "--year", "2023"]) == EXIT_OK
    capsys.readouterr()
    assert main(["plan", "import", str(sample_target), str(path), "--dry-run"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "预览：将导入 4 行，跳过 3 行（未写入数据库）。" in out
    assert main(["plan", "import", str(sample_target), str(path)]) == EXIT_OK
    assert "已导入 4 行到 柳科通〔2023〕（待定）号，跳过 3 行。" in capsys.readouterr().out
    assert main(["plan", "import", str(sample_target), str(path), "--plan", "2022"]) == EXIT_USER_ERROR
    assert "只能查看" in capsys.readouterr().err


def test_import_through_the_file_menu_with_its_preview(qtbot, sample_db, plan_2023, tmp_path, monkeypatch):
    path = write_notice(tmp_path / "notice.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning: {a[2]}"))
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    window.set_database(sample_db)
    qtbot.waitUntil(lambda: model_texts(window.tasks_tab.model, 0) == ["2-1"])
    window.import_notice_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "notice_import_dialog", None) is not None and window.notice_import_dialog.isVisible())
    dialog = window.notice_import_dialog
    table = dialog.table
    assert [table.item(row, 4).text() for row in range(table.rowCount())] == ["新增", "跳过", "跳过", "新增", "新增", "跳过", "新增"]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=20000)
    qtbot.waitUntil(lambda: model_texts(window.tasks_tab.model, 0) == ["2-1", "2-3"])
    window.close()
