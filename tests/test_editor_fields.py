"""The task editor's fields and the options' 本机报送人, driven as a person does."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.lights.settings import LightSettings
from desktop.settings import REPORTER_NAME, Settings
from desktop.views.options_dialog import OptionsDialog
from desktop.views.wrapping_edit import WrappingLineEdit
from gui import type_over


def test_the_reporter_is_edited_in_the_options_and_saved_on_ok(qtbot):
    Settings().set(REPORTER_NAME, "改革办")
    dialog = OptionsDialog(LightSettings(3, 7))
    qtbot.addWidget(dialog)
    assert dialog.reporter.text() == "改革办"
    type_over(dialog.reporter, "体改科 张三")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert Settings().get(REPORTER_NAME) == "体改科 张三"


def test_a_wrapping_line_grows_and_enter_finishes(qtbot):
    edit = WrappingLineEdit()
    qtbot.addWidget(edit)
    edit.resize(300, 30)
    edit.show()
    one = edit.height()
    finished = []
    edit.editingFinished.connect(lambda: finished.append(edit.text()))
    type_over(edit, "很长的文字" * 20)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert finished == ["很长的文字" * 20] and "\n" not in edit.text()
    assert edit.height() > one and edit.line_count() > 1
