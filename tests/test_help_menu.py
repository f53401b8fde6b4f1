"""帮助 → 使用指南 and 关于督办台, and the window's keyboard shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop
from desktop.settings import HELP_WINDOW_GEOMETRY, Settings
from desktop.views.help_dialog import HelpDialog
from desktop.views.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    from desktop.app import create_application

    create_application()  # as at start-up: the icon, Qt's buttons in Chinese
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    return window


def help_actions(window) -> dict[str, QAction]:
    return {action.text(): action for action in window.help_menu.actions()}


def test_f1_opens_the_chinese_user_guide(window, qtbot):
    assert window.guide_action.shortcut() == QKeySequence("F1")
    assert "使用指南(&G)" in help_actions(window)
    qtbot.keyClick(window, Qt.Key.Key_F1)

    def guides():  # the windows on screen that show the guide, as a person sees them
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: len(guides()) == 1)
    (guide,) = guides()
    text = guide.browser.toPlainText()
    for topic in ("打开计划", "交办", "导入返回的台帐", "打印督察清单", "网络驱动器", "备份", "日历"):
        assert topic in text
    assert guide.windowTitle() == "督办台使用指南"
    assert [b.text() for b in guide.buttons.buttons()] == ["关闭"]
    guide.buttons.buttons()[0].click()
    assert not guide.isVisible()
    assert not Settings().get(HELP_WINDOW_GEOMETRY).isEmpty()


@pytest.mark.sqlite_only(reason="the About box names the open file")
def test_about_names_version_database_schema_and_qt(window, sample_path):
    assert window.open_path(str(sample_path))
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text()))
            box.accept()
        else:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    help_actions(window)["关于督办台(&A)"].trigger()
    title, text = seen[0]
    assert title == "关于督办台"
    assert f"督办台 Duban {desktop.__version__}" in text
    assert str(sample_path) in text
    from desktop.db.revisions import HEAD_REVISION

    assert f"架构版本：{HEAD_REVISION}" in text
    assert "Qt 6." in text and "PySide6 6." in text


def test_every_shortcut_of_the_window_is_unique(window):
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            key = sequence.toString()
            if not key:
                continue
            context = action.shortcutContext()
            owner = action.parent()
            scope = "window" if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut) \
                else f"{type(owner).__name__}"
            assert (scope, key) not in seen, f"{key} is used by both {seen[(scope, key)]!r} and {action.text()!r}"
            seen[(scope, key)] = action.text()
    window_keys = {key for scope, key in seen if scope == "window"}
    for wanted in ("Ctrl+O", "Ctrl+N", "Ctrl+T", "Ctrl+I", "Ctrl+E", "Ctrl+P", "Ctrl+F", "F5", "F1", "Ctrl+Z",
                   "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"):
        assert wanted in window_keys, wanted


def test_ctrl_number_switches_tabs_and_ctrl_f_goes_to_the_filter(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.tasks_tab
    qtbot.waitUntil(lambda: window.tasks_tab.filter_edit.hasFocus())


def test_the_guide_follows_the_language(qtbot):
    from desktop.settings import LANGUAGE
    from desktop.views.help_dialog import HelpDialog

    settings = Settings()
    settings.set(LANGUAGE, "en")
    guide = HelpDialog(settings)
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "Duban user guide" in text and "Hand out the ledger forms" in text
