"""The 指标 tab driven the way a person uses it: the keyboard entry row, cells, dialogs, charts.

Importing and exporting sheets are in test_quotas_tab_transfer.py, a vanished share in test_quotas_tab_offline.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.db.database import Database
from desktop.models.enums import RestDayShift
from desktop.services import quotas
from desktop.views.quotas.dialogs import ItemDialog, RuleDialog
from desktop.views.quotas.matrix_model import COLOURS, STATE_ROLE
from gui import model_texts, on_next_dialog, type_with_ime
from quotas_gui import choose_kind, click_cell, quotas_window, section_id

D = dt.date


@pytest.fixture
def window(qtbot, sample_target):
    return quotas_window(qtbot, sample_target)


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
