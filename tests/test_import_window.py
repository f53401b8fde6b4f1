"""Importing returned forms from the window: the menu, dropping files, the preview, the choice."""

import datetime as dt

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QProgressDialog
import pytest

from desktop.settings import Settings
from desktop.views.import_dialog import ImportPreviewDialog
from desktop.views.main_window import MainWindow
from gui import wait_for_operations
from test_forms_import import TITLE_1, TITLE_2, identity_for, make_form


@pytest.fixture
def window(qtbot, sample_target):
    window = MainWindow(Settings())
    window.tasks_tab.today = lambda: dt.date(2022, 6, 27)
    qtbot.addWidget(window)
    window.show()
    window.open_path(str(sample_target))
    return window


def answer_dialogs(*handlers):
    """Answer the next modal dialogs in turn, as a person would."""
    queue = list(handlers)

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, QProgressDialog) or not queue:
            if queue:
                QTimer.singleShot(10, run)
            return
        handler = queue.pop(0)
        handler(dialog)
        if queue:
            QTimer.singleShot(10, run)

    QTimer.singleShot(0, run)


def close_message(dialog):
    assert isinstance(dialog, QMessageBox)
    dialog.accept()


def test_import_through_the_menu_with_preview(window, qtbot, tmp_path, monkeypatch):
    good = make_form(tmp_path / "规配科.xlsx", [("2-1", TITLE_1, "", "第二批揭榜需求已发布。")],
                     identity=identity_for(window.database, ["2-1"]))
    reworded = make_form(tmp_path / "人才科自制.xlsx",
                         [("1", "柳州市建立飞地引才机制拓宽人才和项目引进转化渠道推进人才强市战略", "", "已认定 1 家人才飞地。")])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(good), str(reworded)], ""))
    seen = {}
    messages = []

    def review(dialog):
        assert isinstance(dialog, ImportPreviewDialog)
        items = dialog.items()
        seen["states"] = [(row.status, item.checkState(0)) for item, _p, row in items]
        dialog.tree.setCurrentItem(items[1][0])
        seen["old"], seen["new"] = dialog.old_text.toPlainText(), dialog.new_text.toPlainText()
        dialog.findChild(QDialogButtonBox).buttons()[0].click()  # 导入所选

    def done(dialog):
        messages.append(dialog.text())
        dialog.accept()

    answer_dialogs(review, done)
    window.import_action.trigger()
    wait_for_operations(qtbot)
    assert seen["states"] == [("ready", Qt.CheckState.Checked), ("needs-confirmation", Qt.CheckState.Unchecked)]
    assert seen["old"].startswith("《柳州市“人才飞地”管理暂行办法》") and seen["new"] == "已认定 1 家人才飞地。"
    assert "已导入 1 项进展" in messages[0]
    editor = window.tasks_tab.editor
    window.tasks_tab.select_task(window.tasks_tab.model.row(0).id)
    assert editor.reports_model.rowCount() == 2
    assert editor.report_text.toPlainText().count("第二批揭榜需求已发布") == 1


def test_dropping_files_on_the_window_imports_them(window, qtbot, tmp_path):
    form = make_form(tmp_path / "人才科.xlsx", [("2-2", TITLE_2, "", "人才飞地办法已印发。")],
                     identity=identity_for(window.database, ["2-2"]))
    messages = []

    def review(dialog):
        dialog.findChild(QDialogButtonBox).buttons()[0].click()

    def done(dialog):
        messages.append(dialog.text())
        dialog.accept()

    answer_dialogs(review, done)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(form))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    wait_for_operations(qtbot)
    assert "已导入 1 项进展" in messages[0]


def test_choosing_none_imports_nothing(window, qtbot, tmp_path, monkeypatch):
    form = make_form(tmp_path / "规配科.xlsx", [("2-1", TITLE_1, "", "新内容")], identity=identity_for(window.database, ["2-1"]))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(form)], ""))

    def refuse(dialog):
        dialog.findChild(QDialogButtonBox).buttons()[1].click()  # 全部不导入

    answer_dialogs(refuse)
    window.import_action.trigger()
    wait_for_operations(qtbot)
    window.tasks_tab.select_task(window.tasks_tab.model.row(0).id)
    assert window.tasks_tab.editor.reports_model.rowCount() == 1


def test_hand_out_forms_and_export_the_plan_from_the_menu(window, qtbot, tmp_path, monkeypatch):
    import openpyxl

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    window.export_forms_action.trigger()
    wait_for_operations(qtbot)
    names = sorted(p.name for p in tmp_path.glob("*.xlsx"))
    assert len(names) == 2 and "2 个台帐表" in shown[-1]
    window.export_task_form_action.trigger()
    wait_for_operations(qtbot)
    assert any("2-1" in p.name for p in tmp_path.glob("*.xlsx"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "整个计划"), ""))
    window.export_ledger_action.trigger()
    wait_for_operations(qtbot)
    workbook = openpyxl.load_workbook(tmp_path / "整个计划.xlsx")
    assert {"任务", "措施", "进展台帐", "督察清单", "宣传推广", "人员"} <= set(workbook.sheetnames)


def test_importing_before_the_tasks_tab_was_ever_shown(qtbot, sample_target, tmp_path, monkeypatch):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.people_tab)  # the file opens on another tab
    window.open_path(str(sample_target))
    form = make_form(tmp_path / "规配科.xlsx", [("2-1", TITLE_1, "", "新内容")], identity=identity_for(window.database, ["2-1"]))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(form)], ""))
    messages = []
    answer_dialogs(lambda d: d.findChild(QDialogButtonBox).buttons()[0].click(), lambda d: (messages.append(d.text()), d.accept()))
    window.import_action.trigger()
    wait_for_operations(qtbot)
    assert "已导入 1 项进展" in messages[0]
    window.tabs.setCurrentWidget(window.tasks_tab)
    window.tasks_tab.select_task(window.tasks_tab.model.row(0).id)
    assert window.tasks_tab.editor.reports_model.rowCount() == 2


def test_the_window_s_section_export_skips_the_tasks_no_section_leads(window, qtbot, tmp_path, monkeypatch):
    from desktop.services.tasks import create_task

    create_task(window.database, window.plan.id, "无牵头科室的任务", code="2-3")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    window.export_forms_action.trigger()
    wait_for_operations(qtbot)
    names = sorted(p.name for p in tmp_path.glob("*.xlsx"))
    assert len(names) == 2 and not any("未指定科室" in name for name in names)
    assert "2 个台帐表" in shown[-1]
    assert "跳过 1 项未指定牵头科室的任务" in shown[-1] and "2-3 无牵头科室的任务" in shown[-1]
