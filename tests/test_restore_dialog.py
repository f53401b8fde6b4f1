"""File → Restore from backup: the list of backups, the confirmation, the restore."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from desktop.db.backup import list_backups, make_backup
from desktop.settings import BACKUP_FOLDER, Settings
from desktop.views.restore_dialog import RestoreDialog, configured_backup_folder, offer_restore
from backup_files import add_session, corrupt_a_middle_page, execute, task_title

pytestmark = pytest.mark.sqlite_only(reason="backups are of SQLite files")

NOW = dt.datetime(2022, 6, 27, 9, 30)


def answer_dialogs(*handlers):
    """Answer the next modal dialogs in turn, as a person would.

    A handler clicks through :func:`later`, so that it returns before the dialog it opens runs its
    own event loop, in which the next answer is given.
    """
    queue = list(handlers)
    last = []

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None or (last and dialog is last[-1]) or busy(dialog):  # not open yet, still closing, working
            QTimer.singleShot(10, run)
            return
        last[:] = [dialog]
        queue.pop(0)(dialog)
        if queue:
            QTimer.singleShot(10, run)

    QTimer.singleShot(0, run)
    return queue


def busy(dialog) -> bool:
    """The restore runs in the background: its progress, or the dialog waiting for it."""
    return isinstance(dialog, QProgressDialog) or (isinstance(dialog, RestoreDialog) and dialog.operation is not None)


def later(button):
    QTimer.singleShot(0, button.click)


@pytest.fixture
def backups(sample_path, tmp_path):
    folder = tmp_path / "backups"
    older = make_backup(sample_path, folder, now=NOW - dt.timedelta(days=1))
    newer = make_backup(sample_path, folder, now=NOW, reason="manual")
    return folder, older, newer


def test_the_list_shows_time_size_and_kind_newest_first(qtbot, sample_path, backups):
    folder, older, newer = backups
    dialog = RestoreDialog(sample_path, folder)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["2022-06-27 09:30:00", "2022-06-26 09:30:00"]
    assert [table.item(r, 2).text() for r in range(2)] == ["手动", "自动"]
    assert table.item(0, 1).text().endswith("KB")
    assert dialog.selected_backup().path == newer.path
    assert dialog.restore_button.isEnabled()


def test_restore_through_the_dialog(qtbot, sample_path, backups):
    folder, older, newer = backups
    original = task_title(sample_path)
    execute(sample_path, "UPDATE task SET title = '改过的标题' WHERE code = '2-1'")
    seen = {}

    def choose_older(dialog):
        assert isinstance(dialog, RestoreDialog)
        dialog.select(1)
        assert dialog.selected_backup().path == older.path
        later(dialog.restore_button)

    def confirm(box):
        assert isinstance(box, QMessageBox)
        seen["question"] = box.text()
        later(box.button(QMessageBox.StandardButton.Yes))

    def done(box):
        assert isinstance(box, QMessageBox)
        seen["done"] = box.text()
        later(box.button(QMessageBox.StandardButton.Ok))

    left = answer_dialogs(choose_older, confirm, done)
    assert offer_restore(None, sample_path, folder) is True
    assert not left
    assert "恢复会用备份替换当前数据，当前数据会先另存一份备份" in seen["question"]
    assert "2022-06-26 09:30:00" in seen["question"]
    assert "恢复前的数据已另存为备份" in seen["done"]
    assert task_title(sample_path) == original
    kinds = [b.reason for b in list_backups(sample_path, folder)]
    assert sorted(kinds) == ["auto", "before-restore", "manual"]
    before = next(b for b in list_backups(sample_path, folder) if b.reason == "before-restore")
    assert task_title(before.path) == "改过的标题"


def test_cancelling_the_confirmation_changes_nothing(qtbot, sample_path, backups):
    folder, _, _ = backups
    execute(sample_path, "UPDATE task SET title = '改过的标题' WHERE code = '2-1'")

    def restore(dialog):
        later(dialog.restore_button)

    def cancel(box):
        later(box.button(QMessageBox.StandardButton.Cancel))

    def close(dialog):
        assert isinstance(dialog, RestoreDialog)
        dialog.reject()

    answer_dialogs(restore, cancel, close)
    assert offer_restore(None, sample_path, folder) is False
    assert task_title(sample_path) == "改过的标题"
    assert len(list_backups(sample_path, folder)) == 2


def test_a_refused_restore_is_explained(qtbot, sample_path, backups):
    folder, _, _ = backups
    add_session(sample_path, heartbeat=dt.datetime.now())
    seen = {}

    def restore(dialog):
        later(dialog.restore_button)

    def confirm(box):
        later(box.button(QMessageBox.StandardButton.Yes))

    def warning(box):
        seen["warning"] = box.text()
        box.accept()

    def close(dialog):
        assert isinstance(dialog, RestoreDialog)
        dialog.reject()

    answer_dialogs(restore, confirm, warning, close)
    assert offer_restore(None, sample_path, folder) is False
    assert "张三" in seen["warning"] and "PC-07" in seen["warning"]


def test_after_a_failed_check_the_newest_good_backup_is_chosen(qtbot, sample_path, backups):
    folder, older, newer = backups
    corrupt_a_middle_page(newer.path)
    dialog = RestoreDialog(sample_path, folder, problem="数据库检查未通过：页 53 已损坏")
    qtbot.addWidget(dialog)
    assert dialog.selected_backup().path == older.path
    assert dialog.intro.text().startswith("数据库检查未通过")


def test_no_backups_yet(qtbot, sample_path, tmp_path):
    dialog = RestoreDialog(sample_path, tmp_path / "none")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert not dialog.restore_button.isEnabled()


def test_the_backup_folder_setting(duban_home, tmp_path):
    settings = Settings()
    assert configured_backup_folder(settings) == duban_home / "backups"
    settings.set(BACKUP_FOLDER, str(tmp_path / "elsewhere"))
    assert configured_backup_folder(settings) == tmp_path / "elsewhere"
