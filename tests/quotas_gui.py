"""Helpers of the 指标 tab tests: the window on a plan, its cells, its kind filter, a sheet to import."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from PySide6.QtCore import Qt

from desktop.settings import Settings
from desktop.views.main_window import MainWindow

TODAY = dt.date(2022, 7, 1)


def quotas_window(qtbot, target):
    """The main window on *target* with 指标 shown, its today ``TODAY``."""
    window = MainWindow(Settings())
    window.quotas_tab.today = TODAY
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert window.open_path(str(target))
    window.tabs.setCurrentWidget(window.quotas_tab)
    return window


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
