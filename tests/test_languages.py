"""Languages: Chinese by default (Qt's buttons too), English chosen in the menu shows after a restart; the translation is complete."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from desktop.app import create_application, install_translators
from desktop.settings import LANGUAGE, Settings
from desktop.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def chinese_after(qapp):
    """Every test leaves the application in Chinese, as the others expect."""
    yield
    install_translators(qapp, "zh_CN")


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def close_message_box(seen: list[str]) -> None:
    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)


def test_chinese_is_the_default_with_qt_buttons_in_chinese(qtbot, chinese_after):
    app = create_application(language=Settings().language())
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert menu_titles(window)[:2] == ["文件(&F)", "编辑(&E)"]
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == sorted(["确定", "取消", "关闭"])
    assert app.translate("QPlatformTheme", "Cancel") == "取消"


def file_dialog_labels(qtbot) -> list[str]:
    """The labels of Qt's own file dialog (the one Linux shows), as a person sees them."""
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_qt_file_dialog_speaks_chinese_and_english_stays_english(qtbot, chinese_after):
    app = create_application(language="zh_CN")
    # The mnemonic labels of Qt 6, which qtbase_zh_CN.qm has only without the "&":
    assert file_dialog_labels(qtbot) == ["查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："]
    assert app.translate("QFileDialog", "Look in:") == "查找范围："
    assert app.translate("QFileDialog", "Files of &type:") == "文件类型(&T)："
    assert app.translate("QFileDialog", "no such label &x") == "no such label &x"
    install_translators(app, "en")
    assert file_dialog_labels(qtbot) == ["&Look in:", "File &name:", "Files of &type:"]
    assert app.translate("QFileDialog", "Look in:") == "Look in:"


def test_choosing_english_shows_english_menus_after_a_restart(qtbot, chinese_after):
    app = create_application(language="zh_CN")
    settings = Settings()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.edit_menu.aboutToShow.emit()
    seen: list[str] = []
    close_message_box(seen)
    window.language_actions["en"].trigger()
    assert seen and "The language will change to English when you restart Duban." in seen[0]
    assert window.language_actions["en"].isChecked() and not window.language_actions["zh_CN"].isChecked()
    assert menu_titles(window)[0] == "文件(&F)"  # this window stays as it was built
    window.close()

    # The restart: a new process reads the settings, installs the translators, builds a window.
    settings = Settings()
    assert settings.get(LANGUAGE) == "en"
    create_application(language=settings.language())
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert menu_titles(again) == ["&File", "&Edit", "&Supervision", "&View", "&Help"]
    assert again.tabs.tabText(0) == "Tasks"
    assert again.tasks_tab.new_button.text() == "New task"  # a self.tr() in another class
    assert again.open_action.text() == "&Open…"
    # Duban's non-widget strings go through desktop.i18n.tr:
    from desktop.i18n import tr

    assert tr("Lights", "红灯") == "Red"
    assert app.translate("Labels", "推进中") == "In progress"


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def test_english_window_title_is_duban_and_closing_a_task_is_complete(qtbot, sample_target, chinese_after):
    app = create_application(language="en")
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(sample_target))
    # Qt shows the title followed by the application's display name.
    shown = f"{window.windowTitle()} — {app.applicationDisplayName()}"
    assert window.windowTitle().startswith("Duban — ") and app.applicationDisplayName() == "Duban"
    assert shown.endswith(" — Duban") and not has_chinese(shown.replace("柳科通〔2022〕20号", "")), shown  # the plan's own number
    editor = window.tasks_tab.editor
    assert (editor.close_button.text(), editor.reopen_button.text()) == ("Complete", "Reopen")
    install_translators(app, "zh_CN")
    assert app.applicationDisplayName() == "督办台"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_filter_boxes_show_their_whole_text_at_1366(qtbot, sample_target, language, chinese_after):
    create_application(language=language)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_path(str(sample_target))
    tab = window.tasks_tab
    # The filter box beside them keeps room for its whole hint.
    hint = tab.filter_edit.placeholderText()
    assert tab.filter_edit.width() >= tab.filter_edit.fontMetrics().horizontalAdvance(hint) + 10, (
        tab.filter_edit.width(), hint)
    window.tabs.setCurrentWidget(window.calendar_tab)
    calendar_combo = window.calendar_tab.toolbar.section_combo
    window.tabs.setCurrentWidget(tab)
    for combo in [tab.section_combo, tab.leader_combo, tab.status_combo, tab.due_combo, calendar_combo]:
        if combo is calendar_combo:
            window.tabs.setCurrentWidget(window.calendar_tab)
        assert combo.isVisible() and combo.count() > 1
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            qtbot.wait(20)
            text = combo.currentText()
            needed = combo.fontMetrics().horizontalAdvance(text) + 20  # the arrow and the frame
            assert combo.width() >= needed, (text, combo.width(), needed)
        combo.setCurrentIndex(0)


def test_the_english_translation_is_complete_and_compiled():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "check"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, (
        "Strings without a finished English translation, or a stale .ts/.qm. Run "
        ".venv/bin/python scripts/translations.py update, translate in resources/translations/duban_en.ts, "
        "then scripts/translations.py build:\n" + proc.stdout + proc.stderr
    )


def test_check_finds_a_new_string_and_update_keeps_the_translations(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    source = tmp_path / "desktop"
    (source / "views").mkdir(parents=True)
    (source / "views" / "w.py").write_text(
        "class W:\n    def f(self):\n        return self.tr('保存'), tr('Cli', '错误')\n", encoding="utf-8"
    )
    strings, problems = translations.extract(source)
    assert problems == []
    assert {c: list(v) for c, v in strings.items()} == {"W": ["保存"], "Cli": ["错误"]}
    assert strings["W"]["保存"] == ["desktop/views/w.py:3"]
    ts = tmp_path / "t.ts"
    translations.write_ts(ts, "en_US", translations.merged(strings, {}))
    contexts = translations.read_ts(ts)
    assert contexts["W"]["保存"].type == "unfinished"
    contexts["W"]["保存"].translation, contexts["W"]["保存"].type = "Save", ""
    translations.write_ts(ts, "en_US", contexts)
    # The string vanishes from the code: kept, marked vanished; a new one is unfinished.
    (source / "views" / "w.py").write_text("class W:\n    def f(self):\n        return self.tr('关闭')\n", encoding="utf-8")
    strings, _ = translations.extract(source)
    merged = translations.merged(strings, translations.read_ts(ts))
    assert merged["W"]["保存"].type == "vanished" and merged["W"]["保存"].translation == "Save"
    assert merged["W"]["关闭"].type == "unfinished"


def test_strings_the_extractor_cannot_place_are_problems_and_painter_translate_is_not_one(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    source = tmp_path / "desktop"
    source.mkdir()
    (source / "w.py").write_text(
        "class W:\n"
        "    def f(self, tab, painter):\n"
        "        painter.translate(4, 5)\n"  # a QPainter move, not a translation
        "        QCoreApplication.translate('Ctx', '确定')\n"
        "        return tab.tr('日期')\n",  # in tab's class context, unknown here
        encoding="utf-8",
    )
    strings, problems = translations.extract(source)
    assert {c: list(v) for c, v in strings.items()} == {"Ctx": ["确定"]}
    assert len(problems) == 1 and "desktop/w.py:5" in problems[0] and "another object" in problems[0]
