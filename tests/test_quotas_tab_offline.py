"""The 指标 tab when the share vanishes: items entered or imported are kept on this PC and saved once when it is back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services import quotas
from desktop.views.quotas.dialogs import ItemImportDialog
from gui import on_next_dialog, type_with_ime, wait_for_operations
from quotas_gui import choose_kind, click_cell, item_sheet, quotas_window, section_id

D = dt.date


def _window_on_file(qtbot, path, monkeypatch):
    """The window on a SQLite file, 指标 shown; message boxes answered at once, their texts kept."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(("warning", title, text)))
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a, **k: shown.append(("information", title, text))
    )
    window = quotas_window(qtbot, path)
    _settle(qtbot, window)
    return window, shown


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.watcher is None or not window.watcher.busy(), timeout=10_000)


def _share_back(qtbot, window, away, path) -> None:
    """The network drive is back: the next poll notices, and the kept edits are saved."""
    away.rename(path)
    window.watcher.poll()
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.pending_label.isVisible(), timeout=10_000)
    _settle(qtbot, window)


def _count(path, sql, params=()):
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchone()[0]
    finally:
        connection.close()


def _replayed_again_adds_nothing(window, entries, path, title) -> None:
    """Replaying the same edits again (the file had them) saves nothing twice."""
    from desktop.services import recovery

    assert recovery.replay(window.database, window.watcher.recovery).applied == []
    for entry in entries:  # as if the recovery file still held them
        window.watcher.recovery.add(entry)
    result = recovery.replay(window.database, window.watcher.recovery)
    assert result.applied == [] and [e.save_id for e in result.already] == [e.save_id for e in entries]
    assert len(window.watcher.recovery) == 0
    assert _count(path, "SELECT count(*) FROM publicity_item WHERE title = ?", (title,)) == 1


@pytest.mark.sqlite_only(reason="a vanished network share is a file that disappears")
def test_an_item_entered_while_the_share_is_gone_is_kept_and_saved_once_when_it_is_back(qtbot, sample_path, monkeypatch):
    window, shown = _window_on_file(qtbot, sample_path, monkeypatch)
    tab = window.quotas_tab
    choose_kind(tab, "改革信息")
    guipei = section_id(tab, "规配科")
    click_cell(qtbot, tab, guipei, 6)
    away = sample_path.with_name("gone.duban")
    sample_path.rename(away)  # the network drive drops

    type_with_ime(tab.entry.title, "断网时登记的改革信息")
    type_with_ime(tab.entry.channel, "自治区改革信息简报")
    qtbot.keyClick(tab.entry.title, Qt.Key.Key_Return)
    assert [(kind, title) for kind, title, _ in shown] == [("warning", "暂存在本机")]
    assert "网络驱动器" in shown[0][2] and "这条宣传条目已暂存在本机" in shown[0][2] and "只登记一次" in shown[0][2]
    assert tab.entry.title.text() == "" and tab.entry.channel.text() == "自治区改革信息简报"  # not typed twice
    (entry,) = window.watcher.recovery.entries()
    assert entry.kind == "quota_item" and entry.label == "宣传条目“断网时登记的改革信息”（2022-06-01）"
    assert [item["title"] for item in entry.payload["items"]] == ["断网时登记的改革信息"]
    _settle(qtbot, window)
    assert window.pending_label.isVisible() and "1 项修改暂存在本机" in window.pending_label.text()
    assert tab.cell_index(guipei, 6).data() == "0/1"  # not counted before it is saved

    _share_back(qtbot, window, away, sample_path)
    assert len(window.watcher.recovery) == 0
    qtbot.waitUntil(lambda: tab.cell_index(guipei, 6).data() == "1/1", timeout=5000)  # the tab is shown: reloaded
    item = next(i for i in quotas.list_items(window.database, tab.plan_id) if i.title == "断网时登记的改革信息")
    assert (item.section, item.date, item.channel, item.kind) == ("规配科", D(2022, 6, 1), "自治区改革信息简报", "改革信息")
    assert _count(sample_path, "SELECT count(*) FROM duban_save WHERE save_id = ?", (entry.save_id,)) == 1
    assert [kind for kind, _, _ in shown] == ["warning"]  # nothing else was said
    _replayed_again_adds_nothing(window, [entry], sample_path, "断网时登记的改革信息")


@pytest.mark.sqlite_only(reason="a vanished network share is a file that disappears")
def test_an_import_confirmed_while_the_share_is_gone_is_kept_and_saved_once_when_it_is_back(
    qtbot, sample_path, tmp_path, monkeypatch
):
    window, shown = _window_on_file(qtbot, sample_path, monkeypatch)
    tab = window.quotas_tab
    item_sheet(tmp_path / "六月归集.xlsx", monkeypatch, [
        ["媒体报道", "人才科", "断网时导入的报道", "2022-06-10", "柳州日报"],
        ["媒体报道", "", "断网时导入的全局报道", "2022-06-12", "广西日报"],
    ])
    away = sample_path.with_name("gone.duban")

    def preview(dialog):
        assert isinstance(dialog, ItemImportDialog) and dialog.ok_button.text() == "导入 2 条"
        sample_path.rename(away)  # the drive drops while the person reads the preview
        dialog.ok_button.click()

    on_next_dialog(preview)
    tab.import_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)  # the import is saved in the background
    wait_for_operations(qtbot)
    assert [(kind, title) for kind, title, _ in shown] == [("warning", "暂存在本机")]
    assert "网络驱动器" in shown[0][2] and "这 2 条宣传条目已暂存在本机" in shown[0][2] and "只导入一次" in shown[0][2]
    (entry,) = window.watcher.recovery.entries()
    assert entry.kind == "quota_import" and entry.label == "从 六月归集.xlsx 导入的 2 条宣传条目"
    assert [item["title"] for item in entry.payload["items"]] == ["断网时导入的报道", "断网时导入的全局报道"]

    _share_back(qtbot, window, away, sample_path)
    choose_kind(tab, "媒体报道")
    qtbot.waitUntil(lambda: tab.cell_index(section_id(tab, "人才科"), 6).data() == "1/1", timeout=5000)
    titles = [i.title for i in quotas.list_items(window.database, tab.plan_id)]
    assert sorted(titles) == ["断网时导入的全局报道", "断网时导入的报道"]
    assert _count(sample_path, "SELECT count(*) FROM duban_save WHERE note = '导入宣传条目：六月归集.xlsx'") == 1
    _replayed_again_adds_nothing(window, [entry], sample_path, "断网时导入的报道")
