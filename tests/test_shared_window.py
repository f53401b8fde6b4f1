"""The window on a shared file: other PCs' saves appear, who else is in, outages, read-only files."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.db import presence
from desktop.db.database import Database
from desktop.services import tasks
from desktop.settings import Settings
from desktop.views.main_window import MainWindow
from gui import type_with_ime

TODAY = dt.date(2022, 6, 27)


def open_window(qtbot, target) -> MainWindow:
    window = MainWindow(Settings())
    window.tasks_tab.today = lambda: TODAY
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(target))
    settle(qtbot, window)
    return window


def settle(qtbot, window) -> None:
    """Wait until the window's background jobs (poll, heartbeat, backup, replay) are done."""
    qtbot.waitUntil(lambda: window.watcher is None or not window.watcher.busy(), timeout=10_000)




def first_task(window):
    return window.tasks_tab.model.row(0)


def test_another_pcs_save_appears_without_losing_what_is_being_typed(qtbot, sample_target, messages):
    window = open_window(qtbot, sample_target)
    editor = window.tasks_tab.editor
    task = first_task(window)
    window.tasks_tab.select_task(task.id)
    # The person starts typing the expected results; the pause that saves it has not come yet.
    results = editor.text_fields["expected_results"]
    results.clear()
    type_with_ime(results, "我正在写的预期成果")
    # Meanwhile a colleague on another PC changes the title of the same task.
    other = Database.open(sample_target)
    try:
        snapshot = tasks.load_task(other, task.id)
        tasks.save_task(other, task.id, snapshot.version, snapshot.fields, {"title": "同事改过的标题"})
    finally:
        other.close()
    window.watcher.poll()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.tasks_tab.model.row(0).title == "同事改过的标题", timeout=5000)
    assert "同事改过的标题" in editor.header.text()
    assert results.toPlainText() == "我正在写的预期成果"
    editor.flush()
    saved = tasks.load_task(window.database, task.id)
    assert saved.fields["title"] == "同事改过的标题"
    assert saved.fields["expected_results"] == "我正在写的预期成果"
    assert not messages


def test_a_line_being_typed_keeps_its_base_so_an_overlapping_change_is_not_overwritten(qtbot, sample_target, messages, monkeypatch):
    window = open_window(qtbot, sample_target)
    editor = window.tasks_tab.editor
    task = first_task(window)
    window.tasks_tab.select_task(task.id)
    title = editor.line_fields["title"]
    title.setFocus()
    title.selectAll()
    type_with_ime(title, "我的标题")
    other = Database.open(sample_target)
    try:
        snapshot = tasks.load_task(other, task.id)
        tasks.save_task(other, task.id, snapshot.version, snapshot.fields, {"title": "同事的标题"})
    finally:
        other.close()
    window.watcher.poll()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.tasks_tab.model.row(0).title == "同事的标题", timeout=5000)
    assert title.text() == "我的标题"  # still being typed
    seen = []
    from desktop.views import task_field_saving

    class Recorder:
        def __init__(self, conflict, parent):
            self.conflict = conflict

        def exec(self):
            seen.append([(c.mine, c.theirs) for c in self.conflict.conflicts])
            return 0

    monkeypatch.setattr(task_field_saving, "ConflictDialog", Recorder)
    qtbot.keyClick(title, Qt.Key.Key_Return)  # the line is finished
    assert seen == [[("我的标题", "同事的标题")]]
    assert tasks.load_task(window.database, task.id).fields["title"] == "同事的标题"


def test_own_saves_do_not_count_as_changes_from_elsewhere(qtbot, sample_target, messages):
    window = open_window(qtbot, sample_target)
    refreshed = []
    window.watcher.changed_elsewhere.connect(lambda: refreshed.append(1))
    window.watcher.poll()
    settle(qtbot, window)
    editor = window.tasks_tab.editor
    window.tasks_tab.select_task(first_task(window).id)
    editor.save({"title": "我自己改的标题"})
    window.watcher.poll()
    settle(qtbot, window)
    assert refreshed == []


def test_who_else_has_the_file_open_is_shown(qtbot, sample_target, messages):
    other = Database.open(sample_target)
    try:
        colleague = presence.register(other)
        window = open_window(qtbot, sample_target)
        window.watcher.heartbeat()
        settle(qtbot, window)
        assert "另有 1 人打开" in window.presence_label.text()
        assert "（" in window.presence_label.toolTip()
        presence.end(other, colleague)
        window.watcher.heartbeat()
        settle(qtbot, window)
        assert window.presence_label.text() == "只有您打开着此文件"
        # The window's own session is in the file while it is open, and gone when it closes.
        assert len(presence.active(other)) == 1
        window.close()
        assert presence.active(other) == []
    finally:
        other.close()


@pytest.mark.sqlite_only(reason="a vanished network share is a file that disappears")
def test_an_edit_made_while_the_share_is_gone_is_kept_and_saved_once_when_it_returns(qtbot, sample_path, messages):
    window = open_window(qtbot, sample_path)
    editor = window.tasks_tab.editor
    task = first_task(window)
    window.tasks_tab.select_task(task.id)
    away = sample_path.with_name("gone.duban")
    sample_path.rename(away)  # the network drive drops
    results = editor.text_fields["expected_results"]
    results.clear()
    type_with_ime(results, "断网时写的预期成果")
    editor.flush()
    assert messages and messages[-1][1] == "暂存在本机"
    assert "网络驱动器" in messages[-1][2] and "只保存一次" in messages[-1][2]
    settle(qtbot, window)
    assert window.pending_label.isVisible() and "1 项修改暂存在本机" in window.pending_label.text()
    window.watcher.poll()
    settle(qtbot, window)
    assert window.banner.isVisible() and "无法访问数据库" in window.banner.text()
    assert results.toPlainText() == "断网时写的预期成果"  # still on screen
    away.rename(sample_path)  # the drive is back
    window.watcher.poll()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.pending_label.isVisible(), timeout=5000)
    assert not window.banner.isVisible()
    assert tasks.load_task(window.database, task.id).fields["expected_results"] == "断网时写的预期成果"
    assert len(window.watcher.recovery) == 0
    raw = sqlite3.connect(sample_path)
    edits = raw.execute("SELECT count(*) FROM duban_save WHERE note = '修改任务'").fetchone()[0]
    audited = raw.execute(
        "SELECT count(*) FROM audit_entry WHERE table_name = 'task' AND action = 'update' AND changes LIKE '%断网时写的预期成果%'"
    ).fetchone()[0]
    raw.close()
    assert edits == 1 and audited == 1


@pytest.mark.sqlite_only(reason="the schema rule is read from a SQLite file here")
def test_a_file_only_a_newer_duban_may_write_opens_read_only_and_says_so(qtbot, sample_path, messages):
    raw = sqlite3.connect(sample_path)
    raw.execute("UPDATE alembic_version SET version_num = '0099'")
    raw.execute("UPDATE duban_meta SET value = '9.0' WHERE key = 'min_writer_version'")
    raw.commit()
    raw.close()
    before = sample_path.read_bytes()
    window = open_window(qtbot, sample_path)
    assert window.banner.isVisible()
    assert "只读" in window.banner.text() and "Duban 9.0" in window.banner.text()
    tab = window.tasks_tab
    tab.select_task(first_task(window).id)
    assert tab.editor.line_fields["title"].isReadOnly()
    assert tab.editor.text_fields["expected_results"].isReadOnly()
    assert not tab.new_button.isEnabled()
    assert not tab.editor.close_button.isEnabled()
    assert not window.import_action.isEnabled()
    assert tab.model.rowCount() > 0  # everything can still be looked at
    window.close()
    assert messages == []  # no error on every click
    assert sample_path.read_bytes() == before


@pytest.mark.sqlite_only(reason="quick_check is SQLite's")
def test_a_damaged_file_switches_to_read_only_and_offers_a_backup(qtbot, sample_path, messages, monkeypatch):
    offered = []
    import desktop.views.restore_dialog as restore_dialog

    monkeypatch.setattr(restore_dialog, "offer_restore", lambda parent, path, folder, **kw: offered.append((path, kw)) or False)
    window = open_window(qtbot, sample_path)
    window.watcher.damaged.emit(["*** in database main ***\nPage 12: btreeInitPage() returns error code 11"])
    assert window.database.read_only
    assert "检查未通过" in window.banner.text()
    assert offered and offered[0][0] == sample_path and "检查未通过" in offered[0][1]["problem"]
    assert window.tasks_tab.editor.line_fields["title"].isReadOnly()


def test_the_daily_backup_is_taken_when_the_file_opens(qtbot, sample_target, backend, duban_home, messages):
    open_window(qtbot, sample_target)
    backups = list((duban_home / "backups").rglob("*.duban"))
    if backend == "sqlite":
        assert len(backups) == 1
    else:
        assert backups == []  # a server is backed up with its own tools


def test_a_change_from_elsewhere_waits_while_a_dialog_is_open(qtbot, sample_target, messages):
    from PySide6.QtWidgets import QDialog

    window = open_window(qtbot, sample_target)
    task = first_task(window)
    other = Database.open(sample_target)
    try:
        snapshot = tasks.load_task(other, task.id)
        tasks.save_task(other, task.id, snapshot.version, snapshot.fields, {"title": "对话框关闭后才显示"})
    finally:
        other.close()
    dialog = QDialog(window)  # e.g. a progress report being written
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    window.watcher.poll()
    settle(qtbot, window)
    qtbot.wait(200)
    assert window.tasks_tab.model.row(0).title != "对话框关闭后才显示"  # not refreshed underneath the dialog
    dialog.close()
    qtbot.waitUntil(lambda: window.tasks_tab.model.row(0).title == "对话框关闭后才显示", timeout=5000)


@pytest.mark.sqlite_only(reason="a vanished network share is a file that disappears")
def test_a_measure_that_could_not_be_saved_comes_back_in_its_dialog(qtbot, sample_path, messages):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.views.task_dialogs import MeasureDialog

    window = open_window(qtbot, sample_path)
    editor = window.tasks_tab.editor
    window.tasks_tab.select_task(first_task(window).id)
    away = sample_path.with_name("gone.duban")
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MeasureDialog):
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog.title_edit.text())
        if len(seen) > 2:
            dialog.reject()  # never wait for ever
            return
        if len(seen) == 1:
            type_with_ime(dialog.title_edit, "断网时添加的措施")
            dialog.due.check.setChecked(True)
            sample_path.rename(away)  # the drive drops while the person types
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        else:
            away.rename(sample_path)  # back: the person presses OK again
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
            return
        QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    editor.add_measure()
    assert seen == ["", "断网时添加的措施"]  # the dialog came back with the text in it
    assert messages and "网络驱动器" in messages[0][2]
    assert "断网时添加的措施" in [m.title for m in tasks.load_task(window.database, first_task(window).id).measures]
