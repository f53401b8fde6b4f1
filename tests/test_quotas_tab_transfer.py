"""The 指标 tab's sheets: items imported through a preview and the matrix exported, both off the GUI thread."""

from __future__ import annotations

import threading

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from desktop.services import quotas
from desktop.views.quotas.dialogs import ItemImportDialog
from desktop.views.quotas.matrix_model import STATE_ROLE
from gui import on_next_dialog, wait_for_operations
from quotas_gui import choose_kind, item_sheet, quotas_window, section_id


@pytest.fixture
def window(qtbot, sample_target):
    return quotas_window(qtbot, sample_target)


def test_import_from_excel_through_the_preview(window, qtbot, tmp_path, monkeypatch):
    tab = window.quotas_tab
    item_sheet(tmp_path / "六月.xlsx", monkeypatch, [
        ["媒体报道", "人才科", "人才飞地见成效", "2022-06-10", "柳州日报"],
        ["媒体报道", "人才科", "", "2022-06-11", ""],
    ])
    shown, done = [], []

    def finished(box):
        done.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    def preview(dialog):
        assert isinstance(dialog, ItemImportDialog)
        shown.append([dialog.table.item(r, 6).text() for r in range(dialog.table.rowCount())])
        assert dialog.ok_button.text() == "导入 1 条"
        on_next_dialog(finished)
        dialog.ok_button.click()

    on_next_dialog(preview)
    tab.import_button.click()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert shown == [["", "缺少标题"]] and done == ["已导入 1 条宣传条目。"]
    # The save announced itself: the tab shows the new item without being told.
    choose_kind(tab, "媒体报道")
    cell = tab.cell_index(section_id(tab, "人才科"), 6)
    assert (cell.data(), cell.data(STATE_ROLE)) == ("1/1", "met")


def _slow_preview(monkeypatch):
    """Reading a sheet takes until the returned event is set; the threads it was read on are kept."""
    from desktop.services import quota_import

    release, threads = threading.Event(), []
    real = quota_import.preview_items

    def preview_items(*args, **kwargs):
        threads.append(threading.current_thread())
        assert release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(quota_import, "preview_items", preview_items)
    return release, threads


def _progress(window):
    return next((d for d in window.findChildren(QProgressDialog) if d.isVisible()), None)


def test_a_sheet_is_read_off_the_gui_thread_behind_a_progress_dialog(window, qtbot, tmp_path, monkeypatch):
    tab = window.quotas_tab
    item_sheet(tmp_path / "七月.xlsx", monkeypatch, [["媒体报道", "人才科", "七月的报道", "2022-07-10", "柳州日报"]])
    release, threads = _slow_preview(monkeypatch)
    previews = []

    def preview(dialog):
        previews.append(dialog.ok_button.text())
        dialog.reject()

    on_next_dialog(preview)
    tab.import_button.click()
    # While the sheet is being read, the window goes on: the progress dialog comes up and says what is read.
    qtbot.waitUntil(lambda: _progress(window) is not None, timeout=5000)
    assert _progress(window).labelText() == "正在读取 七月.xlsx…"
    assert threads and threads[0] is not threading.main_thread()
    assert previews == []
    release.set()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert previews == ["导入 1 条"] and _progress(window) is None
    wait_for_operations(qtbot)
    assert quotas.list_items(tab.database, tab.plan_id) == []  # the preview was closed: nothing imported


def test_cancelling_the_reading_shows_no_preview_and_imports_nothing(window, qtbot, tmp_path, monkeypatch):
    tab = window.quotas_tab
    item_sheet(tmp_path / "七月.xlsx", monkeypatch, [["媒体报道", "人才科", "七月的报道", "2022-07-10", "柳州日报"]])
    release, _threads = _slow_preview(monkeypatch)
    opened = []
    monkeypatch.setattr(ItemImportDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    tab.import_button.click()
    qtbot.waitUntil(lambda: _progress(window) is not None, timeout=5000)
    qtbot.mouseClick(_progress(window).findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    wait_for_operations(qtbot)
    assert opened == [] and _progress(window) is None
    assert quotas.list_items(tab.database, tab.plan_id) == []


def test_a_broken_sheet_gives_one_message_and_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    tab = window.quotas_tab
    broken = tmp_path / "坏表格.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    monkeypatch.setattr("desktop.views.quotas.transfer.QFileDialog.getOpenFileName", lambda *a, **k: (str(broken), ""))
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: messages.append((title, text)))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: messages.append((title, text)))
    tab.import_button.click()
    wait_for_operations(qtbot)
    assert len(messages) == 1 and messages[0][0] == "无法导入" and "坏表格.xlsx" in messages[0][1], messages
    assert "Traceback" not in messages[0][1]
    assert quotas.list_items(tab.database, tab.plan_id) == []


def test_export_the_matrix_and_read_only(window, qtbot, tmp_path, monkeypatch):
    tab = window.quotas_tab
    choose_kind(tab, "改革信息")
    target = tmp_path / "完成情况.xlsx"
    monkeypatch.setattr("desktop.views.quotas.transfer.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.export_button.click()
    wait_for_operations(qtbot)
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "2022年宣传推广完成情况"
    assert [sheet.cell(r, 1).value for r in range(4, 8)] == ["规配科", "重大科", "人才科", "全市要求"]
    assert sheet["F4"].value == "0/1" and sheet["F7"].value == "0/2" and sheet.freeze_panes == "B4"

    window.set_read_only(True, "测试")
    assert not tab.entry.isEnabled() and not tab.import_button.isEnabled()
    assert not tab.edit_rule_button.isEnabled() and not tab.delete_item_button.isEnabled()
    assert tab.export_button.isEnabled()
    window.set_read_only(False)
    assert tab.entry.isEnabled()


def test_the_matrix_is_written_off_the_gui_thread_and_a_failure_is_one_message(window, qtbot, tmp_path, monkeypatch):
    from desktop.excel import quota_matrix

    tab = window.quotas_tab
    threads = []
    real = quota_matrix.export_matrix

    def export_matrix(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(quota_matrix, "export_matrix", export_matrix)
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: messages.append((title, text)))
    not_a_folder = tmp_path / "一个文件"
    not_a_folder.write_text("不是文件夹")
    answers = [str(tmp_path / "完成情况.xlsx"), str(not_a_folder / "完成情况.xlsx")]
    monkeypatch.setattr(
        "desktop.views.quotas.transfer.QFileDialog.getSaveFileName", lambda *a, **k: (answers.pop(0), "")
    )
    tab.export_button.click()
    wait_for_operations(qtbot)
    assert threads and threads[0] is not threading.main_thread()
    assert messages == [] and load_workbook(tmp_path / "完成情况.xlsx").active["A1"].value == "2022年宣传推广完成情况"

    tab.export_button.click()
    wait_for_operations(qtbot)
    assert len(messages) == 1 and messages[0][0] == "无法导出" and "Traceback" not in messages[0][1], messages
    assert not_a_folder.read_text() == "不是文件夹"
