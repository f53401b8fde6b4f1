"""An inspection opened from the calendar: moving its window moves its preparation; 已备检 turns it green."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.calendar.items import ItemKind, calendar_items
from desktop.db.database import ConflictError
from desktop.errors import UserError
from desktop.lights import Light
from desktop.models import Inspection, Plan
from desktop.services.inspections import inspection_detail, save_inspection

D = dt.date


def ids(database, item="设区市督察"):
    with database.read() as session:
        return session.scalar(select(Plan.id)), session.scalar(select(Inspection.id).where(Inspection.item == item))


def entries(database, plan_id, item="设区市督察", today=D(2022, 5, 10)):
    found = calendar_items(database, plan_id, D(2022, 1, 1), D(2022, 12, 31), today=today)
    return {i.kind: (i.start, i.end, i.light) for i in found if i.title in (item, f"{item}（备检）")}


def test_the_detail_reads_the_checklist_row_as_written(sample_db):
    _plan, inspection = ids(sample_db)
    detail = inspection_detail(sample_db, inspection)
    assert detail.time_text == "第三季度" and detail.preparation_text == "7月备检"
    assert [(w.start, w.end) for w in detail.windows] == [(D(2022, 7, 1), D(2022, 9, 30))]
    assert detail.lead and detail.lead[0] == "法监科"
    assert detail.preparation() == [(D(2022, 7, 1), D(2022, 7, 31))]
    # Moved a month on, the preparation moves with it.
    assert detail.preparation([(D(2022, 8, 1), D(2022, 10, 31))]) == [(D(2022, 8, 1), D(2022, 8, 31))]


def test_moving_the_window_moves_the_preparation_and_prepared_turns_green(sample_db):
    plan, inspection = ids(sample_db)
    before = entries(sample_db, plan)
    assert before[ItemKind.INSPECTION][:2] == (D(2022, 7, 1), D(2022, 9, 30))
    assert before[ItemKind.PREPARATION][:2] == (D(2022, 7, 1), D(2022, 7, 31))
    detail = inspection_detail(sample_db, inspection)
    window = detail.windows[0]
    save_inspection(sample_db, detail, {window.id: (D(2022, 9, 1), D(2022, 11, 30))}, prepared=False)
    after = entries(sample_db, plan)
    assert after[ItemKind.INSPECTION][:2] == (D(2022, 9, 1), D(2022, 11, 30))
    assert after[ItemKind.PREPARATION][:2] == (D(2022, 9, 1), D(2022, 9, 30))
    late = entries(sample_db, plan, today=D(2022, 10, 10))
    assert late[ItemKind.PREPARATION][2] == Light.RED
    save_inspection(sample_db, inspection_detail(sample_db, inspection), {}, prepared=True)
    assert entries(sample_db, plan, today=D(2022, 10, 10))[ItemKind.PREPARATION][2] == Light.GREEN


def test_bad_dates_and_a_change_from_another_pc_are_refused_and_nothing_is_saved(sample_db):
    plan, inspection = ids(sample_db)
    detail = inspection_detail(sample_db, inspection)
    window = detail.windows[0]
    with pytest.raises(UserError, match="结束日期早于开始日期"):
        save_inspection(sample_db, detail, {window.id: (D(2022, 9, 1), D(2022, 8, 1))}, prepared=False)
    with pytest.raises(UserError, match="2022 年"):
        save_inspection(sample_db, detail, {window.id: (D(2023, 1, 1), None)}, prepared=False)
    save_inspection(sample_db, detail, {}, prepared=True)  # another PC ticks it meanwhile
    with pytest.raises(ConflictError, match="另一台电脑"):
        save_inspection(sample_db, detail, {window.id: (D(2022, 8, 1), D(2022, 10, 31))}, prepared=False)
    assert entries(sample_db, plan)[ItemKind.INSPECTION][:2] == (D(2022, 7, 1), D(2022, 9, 30))
    assert inspection_detail(sample_db, inspection).prepared


def test_double_clicking_an_inspection_in_the_agenda_opens_it_and_moving_it_moves_the_calendar(qtbot, sample_target):
    from desktop.settings import Settings
    from desktop.views.calendar_tab import AGENDA
    from desktop.views.inspection_dialog import InspectionDialog
    from desktop.views.main_window import MainWindow

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    assert window.open_path(str(sample_target))
    window.tabs.setCurrentWidget(window.calendar_tab)
    tab = window.calendar_tab
    tab.today = lambda: D(2022, 7, 1)
    tab.go_to(D(2022, 7, 1))
    tab.set_view(AGENDA)
    model, view = tab.upcoming.model, tab.upcoming.view
    row = next(r for r in range(model.rowCount()) if model.row(r).title == "设区市督察" and model.row(r).kind is ItemKind.INSPECTION)
    seen = {}

    def move():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, InspectionDialog):
            QTimer.singleShot(10, move)
            return
        seen["before"] = dialog.preparation_label.text()
        edit = dialog.rows[0].start_edit
        edit.setFocus()
        edit.setDate(QDate(2022, 8, 1))
        dialog.rows[0].end_edit.setDate(QDate(2022, 10, 31))
        seen["after"] = dialog.preparation_label.text()
        dialog.prepared_box.setFocus()
        QTest.keyClick(dialog.prepared_box, Qt.Key.Key_Space)
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, move)
    index = tab.upcoming.proxy.mapFromSource(model.index(row, 1))
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert seen["before"].startswith("2022-07-01 ～ 2022-07-31")
    assert seen["after"].startswith("2022-08-01 ～ 2022-08-31")
    plan, inspection = ids(window.database)
    moved = entries(window.database, plan)
    assert moved[ItemKind.INSPECTION][:2] == (D(2022, 8, 1), D(2022, 10, 31))
    assert moved[ItemKind.PREPARATION][:2] == (D(2022, 8, 1), D(2022, 8, 31))
    assert inspection_detail(window.database, inspection).prepared
    # The agenda was read again: the entry now starts in August.
    tab.go_to(D(2022, 8, 1))
    starts = [model.row(r).start for r in range(model.rowCount()) if model.row(r).title == "设区市督察"]
    assert D(2022, 8, 1) in starts



def test_double_clicking_a_quota_duty_shows_its_cell_on_the_quotas_tab(qtbot, sample_target):
    from desktop.settings import Settings
    from desktop.views.calendar_tab import AGENDA
    from desktop.views.main_window import MainWindow

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    assert window.open_path(str(sample_target))
    window.tabs.setCurrentWidget(window.calendar_tab)
    tab = window.calendar_tab
    tab.go_to(D(2022, 6, 1))
    tab.set_view(AGENDA)
    model, view = tab.upcoming.model, tab.upcoming.view
    row = next(r for r in range(model.rowCount()) if model.row(r).title == "改革信息：规配科" and model.row(r).end.month == 6)
    index = tab.upcoming.proxy.mapFromSource(model.index(row, 2))
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    quotas = window.quotas_tab
    assert window.tabs.currentWidget() is quotas
    assert quotas.kind_filter.currentText() == "改革信息"
    current = quotas.matrix_view.currentIndex()
    assert quotas.matrix.rows[current.row()].name == "规配科" and current.column() == 6
    assert quotas.selected_cell[1] == 6
