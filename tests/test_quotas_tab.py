"""The 指标 tab driven the way a person uses it: the keyboard entry row, cells, dialogs, import, export."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QProgressDialog, QPushButton

from desktop.db.database import Database
from desktop.models.enums import RestDayShift
from desktop.services import quotas
from desktop.settings import Settings
from desktop.views.main_window import MainWindow
from desktop.views.quotas.dialogs import ItemDialog, ItemImportDialog, RuleDialog
from desktop.views.quotas.matrix_model import COLOURS, STATE_ROLE
from gui import model_texts, type_with_ime, wait_for_operations

D = dt.date
TODAY = D(2022, 7, 1)


@pytest.fixture
def window(qtbot, sample_target):
    window = MainWindow(Settings())
    window.quotas_tab.today = TODAY
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert window.open_path(str(sample_target))
    window.tabs.setCurrentWidget(window.quotas_tab)
    return window




def on_next_dialog(handler):
    """Answer the next dialog with *handler* (a progress dialog is passed over: it goes by itself)."""

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, QProgressDialog):
            QTimer.singleShot(10, run)
            return
        handler(dialog)

    QTimer.singleShot(0, run)


def click_cell(qtbot, tab, department_id, month, double=False):
    index = tab.cell_index(department_id, month)
    assert index.isValid()
    view = tab.matrix_view
    view.scrollTo(index)
    point = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    return index


def section_id(tab, name):
    return next(s.id for s in tab.data.all_sections if s.name == name)


def item_sheet(path, monkeypatch, rows):
    """A returned publicity sheet with *rows* at *path*, which the 导入 button's file dialog then picks."""
    workbook = Workbook()
    workbook.active.append(["事项", "科室", "标题", "日期", "渠道"])
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    monkeypatch.setattr("desktop.views.quotas.transfer.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), ""))
    return path


def choose_kind(tab, kind):
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(kind))


def test_entering_items_with_the_keyboard_turns_the_cell_green(window, qtbot):
    tab = window.quotas_tab
    choose_kind(tab, "改革信息")
    guipei = section_id(tab, "规配科")
    index = click_cell(qtbot, tab, guipei, 6)
    assert (index.data(), index.data(STATE_ROLE)) == ("0/1", "short")
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == COLOURS["short"]
    # The click chose the section and the month in the entry row; the kind comes from the filter.
    assert tab.entry.kind.currentText() == "改革信息" and tab.entry.section.currentText() == "规配科"
    assert tab.entry.date.date().month() == 6 and tab.entry.date.date().year() == 2022
    assert "规配科　6月　改革信息：0 条" in tab.cell_label.text()

    type_with_ime(tab.entry.title, "柳州市三制一补机制激发创新活力")
    type_with_ime(tab.entry.channel, "自治区改革信息简报")
    qtbot.keyClick(tab.entry.title, Qt.Key.Key_Return)
    index = tab.cell_index(guipei, 6)
    assert (index.data(), index.data(STATE_ROLE)) == ("1/1", "met")
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == COLOURS["met"]
    assert tab.matrix_view.currentIndex() == index  # the selection stays on the cell
    # The row is ready for the next item at once: title empty and focused, the rest kept.
    assert tab.entry.title.text() == "" and tab.entry.title.hasFocus()
    assert tab.entry.channel.text() == "自治区改革信息简报"
    type_with_ime(tab.entry.title, "第二条信息")
    qtbot.keyClick(tab.entry.title, Qt.Key.Key_Return)
    assert tab.cell_index(guipei, 6).data() == "2/1"
    assert [r.title for r in tab.cell_items.model.rows()] == ["第二条信息", "柳州市三制一补机制激发创新活力"]
    assert "2 条" in tab.cell_label.text()
    bureau = tab.cell_index(None, 6)
    assert (bureau.data(), bureau.data(STATE_ROLE)) == ("2/2", "met")
    items = quotas.list_items(tab.database, tab.plan_id)
    assert {(i.channel, i.date.month, i.section) for i in items} == {("自治区改革信息简报", 6, "规配科")}


def test_an_item_entered_here_is_shown_without_reading_the_plan_again(window, qtbot, monkeypatch):
    from desktop.views.operations import changes_of

    tab = window.quotas_tab
    choose_kind(tab, "改革信息")
    guipei = section_id(tab, "规配科")
    click_cell(qtbot, tab, guipei, 6)
    reads = []
    real = quotas.load_data
    monkeypatch.setattr(quotas, "load_data", lambda *a, **k: reads.append(a) or real(*a, **k))
    type_with_ime(tab.entry.title, "只算一次的信息")
    qtbot.keyClick(tab.entry.title, Qt.Key.Key_Return)
    changes_of(tab.database).flush()  # whatever notification is on its way arrives
    assert tab.cell_index(guipei, 6).data() == "1/1" and reads == []
    # A save this tab did not make (the recovery file's, another tab's) is read as before.
    rule = next(r.id for r in tab.data.rules if r.kind == "改革信息")
    quotas.add_item(tab.database, tab.plan_id, quotas.ItemDraft(rule, guipei, "别处保存的信息", D(2022, 6, 8)))
    changes_of(tab.database).flush()
    assert tab.cell_index(guipei, 6).data() == "2/1" and len(reads) == 1
    assert "别处保存的信息" in model_texts(tab.cell_items.model, 3)


def test_an_empty_title_gets_a_message_and_nothing_is_lost(window, qtbot):
    tab = window.quotas_tab
    type_with_ime(tab.entry.channel, "柳州日报")
    seen = []

    def answer(dialog):
        seen.append(dialog.text())
        dialog.button(QMessageBox.StandardButton.Ok).click()

    on_next_dialog(answer)
    qtbot.keyClick(tab.entry.channel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen))
    assert "“标题”不能为空" in seen[0]
    assert tab.entry.channel.text() == "柳州日报"
    assert quotas.list_items(tab.database, tab.plan_id) == []


def test_clicking_a_cell_lists_its_items_and_a_double_click_edits_one(window, qtbot, sample_target):
    tab = window.quotas_tab
    data = tab.data
    rules = {r.kind: r.id for r in data.rules}
    zhongda = section_id(tab, "重大科")
    for title, day in (("揭榜挂帅", D(2022, 5, 20)), ("重大专项", D(2022, 6, 2)), ("七月信息", D(2022, 7, 2))):
        quotas.add_item(tab.database, tab.plan_id, quotas.ItemDraft(rules["改革信息"], zhongda, title, day))
    window.refresh_from_elsewhere()
    choose_kind(tab, "改革信息")
    click_cell(qtbot, tab, zhongda, 6)
    assert tab.cell_index(zhongda, 6).data() == "2/1"  # 1 every 2 months: May–June, shown in June
    assert tab.cell_index(zhongda, 5).data() == "1" and tab.cell_index(zhongda, 5).data(STATE_ROLE) == "in_period"
    assert [r.title for r in tab.cell_items.model.rows()] == ["重大专项"]

    # Another PC adds an item: the refresh keeps the selected cell and shows the new count.
    other = Database.open(sample_target)
    try:
        quotas.add_item(other, tab.plan_id, quotas.ItemDraft(rules["改革信息"], zhongda, "别处登记", D(2022, 6, 9)))
    finally:
        other.close()
    window.refresh_from_elsewhere()
    assert tab.matrix_view.currentIndex() == tab.cell_index(zhongda, 6)
    assert tab.cell_index(zhongda, 6).data() == "3/1"
    assert [r.title for r in tab.cell_items.model.rows()] == ["别处登记", "重大专项"]

    def edit(dialog):
        assert isinstance(dialog, ItemDialog) and dialog.title.text() == "别处登记"
        dialog.title.setText("改过的标题")
        dialog.published.setChecked(True)
        dialog.date.setDate(dialog.date.date().addMonths(1))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    on_next_dialog(edit)
    row = next(i for i, r in enumerate(tab.cell_items.model.rows()) if r.title == "别处登记")
    view = tab.cell_items.view
    index = tab.cell_items.proxy.mapFromSource(tab.cell_items.model.index(row, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: tab.cell_index(zhongda, 6).data() == "2/1")
    assert tab.cell_index(zhongda, 7).data() == "2"
    moved = next(i for i in quotas.list_items(tab.database, tab.plan_id) if i.title == "改过的标题")
    assert moved.published and moved.date == D(2022, 7, 9)


def test_an_edit_made_stale_by_another_pc_gets_a_message(window, qtbot, sample_target):
    tab = window.quotas_tab
    rule = tab.data.rules[0].id
    quotas.add_item(tab.database, tab.plan_id, quotas.ItemDraft(rule, None, "原标题", D(2022, 6, 1)))
    window.refresh_from_elsewhere()
    tab.pages.setCurrentIndex(1)
    tab.items.view.selectRow(0)
    messages = []

    def edit(dialog):
        other = Database.open(sample_target)
        try:
            item = quotas.list_items(other, tab.plan_id)[0]
            quotas.save_item(other, item.id, item.version, quotas.ItemDraft(rule, None, "别人改的", item.date))
        finally:
            other.close()
        dialog.title.setText("我改的")

        def answer(box):
            messages.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()

        on_next_dialog(answer)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    on_next_dialog(edit)
    tab.edit_item_button.click()
    qtbot.waitUntil(lambda: bool(messages))
    assert "刚被另一台电脑上的同事修改过" in messages[0]
    assert [i.title for i in tab.items.model.rows()] == ["别人改的"]


def test_editing_a_rule_in_its_dialog(window, qtbot):
    tab = window.quotas_tab
    tab.pages.setCurrentIndex(2)
    assert tab.main.proxy.rowCount() == 18
    tab.main.view.selectRow(1)  # 改革信息, 规配科, 1 条/月
    seen = []

    def edit(dialog):
        assert isinstance(dialog, RuleDialog) and dialog.kind.text() == "改革信息"
        assert dialog.table.rowCount() == 4
        shift = dialog.widget(1, 7)
        assert shift.currentText() == RestDayShift.BEFORE.label
        shift.setCurrentIndex(shift.findText(RestDayShift.AFTER.label))
        dialog.widget(1, 8).setChecked(True)  # carry a shortfall into the next month
        dialog.widget(1, 6).setValue(25)
        seen.append(True)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    on_next_dialog(edit)
    tab.edit_rule_button.click()
    qtbot.waitUntil(lambda: bool(seen) and tab.main.model.rows()[1].carry == "结转")
    row = tab.main.model.rows()[1]
    assert (row.shift, row.collection, row.requirement) == ("顺延", "每月25日前", "每月1项")
    requirement = tab.data.rules[0].requirements[1]
    assert requirement.carry_over and requirement.rest_day_shift is RestDayShift.AFTER and requirement.collect_day == 25
    # With carry-over, May's missing item is owed again in June (due the 27th: the 25th is a Saturday).
    choose_kind(tab, "改革信息")
    june = tab.cell_index(section_id(tab, "规配科"), 6)
    assert june.data() == "0/2 (转1)"
    assert "2022-06-27到期" in june.data(Qt.ItemDataRole.ToolTipRole)


def test_a_bad_rule_keeps_the_dialog_open_with_a_message(window, qtbot):
    tab = window.quotas_tab
    messages = []

    def fill(dialog):
        dialog.kind.setText("")
        dialog.widget(0, 3).setCurrentIndex(5)  # 指定月份
        dialog.widget(0, 4).setText("5,6")

        def answer(box):
            messages.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()
            QTimer.singleShot(0, lambda: (dialog.kind.setText("新闻发布（补）"),
                                          dialog.findChild(QDialogButtonBox).button(
                                              QDialogButtonBox.StandardButton.Save).click()))

        on_next_dialog(answer)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    on_next_dialog(fill)
    tab.new_rule_button.click()
    assert "“事项”不能为空" in messages[0]
    assert tab.kind_filter.findData("新闻发布（补）") > 0
    new = tab.data.rules[-1]
    assert (new.kind, new.seq, new.requirements[0].months, new.requirements[0].department_id) == ("新闻发布（补）", 6, "5,6", None)


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
    assert [sheet.cell(r, 1).value for r in range(4, 8)] == ["规配科", "重大科", "人才科", "全局合计"]
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


def test_charts_and_numeric_targets(window, qtbot, tmp_path):
    tab = window.quotas_tab
    tab.pages.setCurrentIndex(3)
    assert tab.bar_chart.categories == ["规配科", "重大科", "人才科"]
    assert [s.values for s in tab.bar_chart.series] == [[6, 3, 3], [0, 0, 0]]
    assert tab.line_chart.series[0].values[3:6] == [0, 2, 12]  # 规配科 2 in May; all three 10 in June
    assert tab.line_chart.series[1].values[6] == 0 and tab.line_chart.series[1].values[7] is None
    tab.grab().save(str(tmp_path / "charts.png"))
    tab.pages.setCurrentIndex(4)
    assert tab.indicator_chart.title == "2-1 全社会研发经费支出占地区生产总值比重（%）"
    assert tab.indicator_chart.references[0].values == [2.0]
    tab.secondary.view.selectRow(2)
    assert tab.indicator_chart.series[0].values == [5.0] and tab.indicator_chart.categories == ["2022-05-05"]


def test_deleting_an_item_from_the_items_page(window, qtbot):
    tab = window.quotas_tab
    choose_kind(tab, "改革信息")
    rule = tab.data.rules[0].id
    guipei = section_id(tab, "规配科")
    for title in ("留下的", "删掉的"):
        quotas.add_item(tab.database, tab.plan_id, quotas.ItemDraft(rule, guipei, title, D(2022, 5, 3)))
    window.refresh_from_elsewhere()
    assert tab.cell_index(guipei, 5).data() == "2/1"
    tab.pages.setCurrentIndex(1)
    assert tab.items.proxy.rowCount() == 2
    tab.items.filter_edit.setText("删掉")
    tab.items.view.selectRow(0)
    on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    tab.delete_item_button.click()
    assert [i.title for i in tab.items.model.rows()] == ["留下的"]
    assert tab.cell_index(guipei, 5).data() == "1/1"
    assert tab.cell_index(guipei, 5).data(STATE_ROLE) == "met"


# -- the share vanishes: items kept on this PC and saved once when it is back -----------------


def _window_on_file(qtbot, path, monkeypatch):
    """The window on a SQLite file, 指标 shown; message boxes answered at once, their texts kept."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(("warning", title, text)))
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a, **k: shown.append(("information", title, text))
    )
    window = MainWindow(Settings())
    window.quotas_tab.today = TODAY
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert window.open_path(str(path))
    window.tabs.setCurrentWidget(window.quotas_tab)
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
