"""文件 menu actions that take a while run off the GUI thread: the exports, 立即备份 and 从备份恢复.

Each is driven from the menu as a person does; the file dialogs answer with a path. A
destination that cannot be written is one message in Chinese, not a traceback.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.db import backup
from desktop.services import plan_export, tasks
from desktop.settings import BACKUP_FOLDER, Settings
from desktop.views.main_window import MainWindow
from desktop.views.restore_dialog import RestoreDialog
from gui import wait_for_operations
from test_restore_dialog import answer_dialogs, later


@pytest.fixture
def window(qtbot, sample_target):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_loaded, timeout=20000):
        assert window.open_path(str(sample_target))
    return window


def threads_of(monkeypatch, module, name: str) -> list[threading.Thread]:
    """Record the thread *module.name* runs on, and let it run."""
    seen = []
    real = getattr(module, name)

    def recorded(*args, **kwargs):
        seen.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return seen


def test_the_plan_is_exported_off_the_gui_thread(window, qtbot, tmp_path, monkeypatch, messages):
    threads = threads_of(monkeypatch, plan_export, "export_ledger")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "整个计划"), ""))
    window.export_ledger_action.trigger()
    wait_for_operations(qtbot)
    assert (tmp_path / "整个计划.xlsx").is_file()
    assert threads and threads[0] is not threading.main_thread()
    assert messages == [("information", "已导出", f"已导出到 {tmp_path / '整个计划.xlsx'}")]


def test_an_export_that_cannot_be_written_is_one_message(window, qtbot, tmp_path, monkeypatch, messages):
    blocker = tmp_path / "一个文件"
    blocker.write_text("不是文件夹")
    target = blocker / "整个计划.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_ledger_action.trigger()
    wait_for_operations(qtbot)
    assert [(kind, title) for kind, title, _ in messages] == [("warning", "没有导出")]
    text = messages[0][2]
    assert "Traceback" not in text and any("\u4e00" <= c <= "\u9fff" for c in text), text
    assert blocker.read_text() == "不是文件夹"


@pytest.mark.sqlite_only(reason="backups are of database files")
def test_backup_now_runs_off_the_gui_thread(window, qtbot, tmp_path, monkeypatch, messages):
    folder = tmp_path / "备份"
    window.settings.set(BACKUP_FOLDER, str(folder))
    threads = threads_of(monkeypatch, backup, "make_backup")
    window.backup_action.trigger()
    wait_for_operations(qtbot)
    assert threads and threads[0] is not threading.main_thread()
    made = [b for b in backup.list_backups(window.database.target.path, folder) if b.reason == backup.MANUAL]
    assert len(made) == 1
    assert messages == [("information", "已备份", f"已备份并校验：{made[0].path}")]


@pytest.mark.sqlite_only(reason="backups are of database files")
def test_a_backup_folder_that_cannot_be_made_is_one_message(window, qtbot, tmp_path, messages):
    blocker = tmp_path / "一个文件"
    blocker.write_text("不是文件夹")
    window.settings.set(BACKUP_FOLDER, str(blocker / "备份"))
    window.backup_action.trigger()
    wait_for_operations(qtbot)
    assert [(kind, title) for kind, title, _ in messages] == [("warning", "备份没有成功")]
    assert "Traceback" not in messages[0][2]


@pytest.mark.sqlite_only(reason="backups are of database files")
def test_restore_from_the_menu_brings_the_backed_up_content_back(window, qtbot, tmp_path, messages):
    window.settings.set(BACKUP_FOLDER, str(tmp_path / "备份"))
    window.backup_action.trigger()
    wait_for_operations(qtbot)
    first = window.tasks_tab.model.row(0)
    snapshot = tasks.load_task(window.database, first.id)
    tasks.save_task(window.database, first.id, snapshot.version, snapshot.fields, {"title": "备份之后改的标题"})
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: window.tasks_tab.model.row(0).title == "备份之后改的标题")
    before = window.database

    def choose_manual(dialog):
        assert isinstance(dialog, RestoreDialog)
        rows = [row for row, b in enumerate(dialog.backups) if b.reason == backup.MANUAL]
        dialog.select(rows[0])
        later(dialog.restore_button)

    def confirm(box):
        assert isinstance(box, QMessageBox)
        later(box.button(QMessageBox.StandardButton.Yes))

    left = answer_dialogs(choose_manual, confirm)
    window.restore_action.trigger()
    assert not left
    wait_for_operations(qtbot)
    assert [(kind, title) for kind, title, _ in messages][-1] == ("information", "已恢复")
    assert window.database is not before  # opened again: every tab loads the restored file
    qtbot.waitUntil(lambda: window.tasks_tab.model.row(0).title == first.title)
    assert window.tasks_tab.model.row(0).title != "备份之后改的标题"
