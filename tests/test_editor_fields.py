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


def test_one_responsible_person_row_with_the_notice_wording_as_its_note(qtbot, sample_target):
    from PySide6.QtWidgets import QLabel

    from desktop.views.main_window import MainWindow

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(sample_target))
    tab = window.tasks_tab
    tab.view.selectRow(0)
    editor = tab.editor
    labels = [w.text() for w in editor.findChildren(QLabel) if w.isVisibleTo(editor)]
    assert labels.count("责任人") == 1, labels
    wording = editor.snapshot.fields["responsible_person_text"]
    assert wording and editor.person_note.isVisibleTo(editor)
    assert editor.person_note.text() == f"通知原文：{wording}"
    # A task whose notice names no one has no note under the picker.
    editor.snapshot.fields["responsible_person_text"] = ""
    editor._show_person_note()
    assert not editor.person_note.isVisibleTo(editor) and editor.person_note.text() == ""


def test_a_wrapping_label_is_as_tall_as_its_lines_in_a_narrow_form(qtbot):
    from PySide6.QtWidgets import QFormLayout, QPushButton, QWidget

    from desktop.views.wrapping_edit import WrappingLabel

    holder = QWidget()
    qtbot.addWidget(holder)
    form = QFormLayout(holder)
    label = WrappingLabel("Lead: Policy and Regulation Section, High-tech Section; co: Science Popularisation Section")
    form.addRow("Sections", label)
    form.addRow("", QPushButton("Choose sections…"))
    holder.resize(260, 200)
    holder.show()
    qtbot.waitExposed(holder)
    one_line = label.fontMetrics().height()
    assert label.height() >= label.heightForWidth(label.width()) > 2 * one_line
