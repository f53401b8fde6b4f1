"""The screen audit itself: it sees a cut label, button, hint, column heading and tab, and passes whole ones."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget

from tests.screen_audit import clipped_texts

LONG = "柳州市建立“三制一补”机制激发创新活力"


def _shown(qtbot, *widgets, width=400):
    root = QWidget()
    layout = QVBoxLayout(root)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.resize(width, 300)
    root.show()
    qtbot.waitExposed(root)
    return root


def test_whole_texts_pass(qtbot):
    root = _shown(qtbot, QLabel("编号"), QPushButton("新建任务"), QLineEdit())
    assert clipped_texts(root) == []


def test_each_kind_of_cut_text_is_named(qtbot):
    label = QLabel(LONG)
    label.setFixedWidth(60)
    button = QPushButton("从 Excel 导入条目…")
    button.setFixedWidth(50)
    edit = QLineEdit()
    edit.setPlaceholderText("筛选：姓名、拼音或首字母（如 zln）、职务、科室")
    edit.setFixedWidth(80)
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["改革攻坚落实事项", "灯"])
    view = QTableView()
    view.setModel(model)
    view.horizontalHeader().resizeSection(0, 30)
    tabs = QTabWidget()
    for name in ("基本信息", "措施", "时间节点", "指标", "进展台帐", "历史"):
        tabs.addTab(QWidget(), name)
    tabs.setFixedWidth(160)
    root = _shown(qtbot, label, button, edit, view, tabs)
    problems = "\n".join(clipped_texts(root))
    assert f"label {LONG!r}" in problems
    assert "button '从 Excel 导入条目…'" in problems
    assert "the hint '筛选：" in problems
    assert "column heading '改革攻坚落实事项'" in problems and "'灯'" not in problems
    assert "scrolled off the bar" in problems
