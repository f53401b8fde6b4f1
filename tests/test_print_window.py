"""File → 打印… on the sample plan: choose the printout, filters and faces, preview, export PDF, print."""

import subprocess
import threading

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QToolBar

from desktop.services.printouts import reports
from desktop.settings import PRINT_BODY_FONT, PRINT_TITLE_FONT, Settings
from desktop.views import print_dialog as print_dialog_module
from desktop.views.main_window import MainWindow
from desktop.views.print_dialog import PrintDialog
from gui import choose

NO_PRINTER = "这台电脑没有安装打印机：可以先打印预览或导出 PDF，再到有打印机的电脑上打印。"


@pytest.fixture
def window(qtbot, sample_target):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_loaded):
        assert window.open_path(str(sample_target))
    yield window
    for dialog in window.findChildren(PrintDialog):
        dialog.reject()


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


@pytest.fixture
def printers(monkeypatch):
    """Which printers the PC has: none unless a test installs some."""
    names = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: list(names)))
    return names


def open_from_menu(window, text="打印(&P)…") -> PrintDialog:
    (action,) = [a for a in window.file_menu.actions() if a.text() == text]
    action.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PrintDialog)
    return dialog


def set_dates(qtbot, dialog, start=None, end=None):
    for check, edit, day in ((dialog.start_check, dialog.start_edit, start), (dialog.end_check, dialog.end_edit, end)):
        if day is None:
            continue
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
        assert edit.isEnabled()
        edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return "".join(text.split())


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def save_as(monkeypatch, path):
    asked = []

    def answer(parent, title, suggested, filters, *a, **k):
        asked.append((title, suggested, filters))
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def slow_report(monkeypatch, dialog):
    """Make the dialog's report wait, while it is built on the worker, until the returned event is set."""
    release = threading.Event()
    report = dialog.report()

    def slow_build(*args):
        release.wait(10)
        return report.build(*args)

    slow = type(report)(report.key, report.label, report.landscape, slow_build, report.filters)
    monkeypatch.setattr(dialog, "report", lambda: slow)
    return release


def test_the_menu_offers_print_preview_and_pdf(window, printers):
    texts = [a.text() for a in window.file_menu.actions()]
    assert ["打印(&P)…", "打印预览(&V)…", "导出 PDF(&D)…"] == [t for t in texts if "打印" in t or "PDF" in t]
    dialog = open_from_menu(window, "导出 PDF(&D)…")
    assert dialog.windowTitle() == "打印"
    assert dialog.pdf_button.isDefault()
    assert [dialog.report_combo.itemText(i) for i in range(dialog.report_combo.count())][0] == "督察清单"
    sections = [dialog.section_combo.itemText(i) for i in range(dialog.section_combo.count())]
    assert sections[0] == "全部" and "法监科" in sections and "规配科" in sections
    assert dialog.landscape_radio.isChecked()
    dialog.reject()


def test_export_a_date_window_of_the_checklist(window, qtbot, tmp_path, monkeypatch, printers, warnings):
    dialog = open_from_menu(window)
    choose(dialog.report_combo, "督察清单")
    set_dates(qtbot, dialog, "2022-07-01", "2022-08-31")
    out = tmp_path / "七八月督察清单"  # the extension is added
    asked = save_as(monkeypatch, out)
    with qtbot.waitSignal(dialog.exported, timeout=20000) as exported:
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
        assert not dialog.pdf_button.isEnabled()  # busy while the worker runs
    assert asked and asked[0][2] == "PDF 文件 (*.pdf)"
    written = tmp_path / "七八月督察清单.pdf"
    assert exported.args == [str(written)]
    text = pdf_text(written)
    assert "督查时间：2022-07-01至2022-08-31" in text
    assert "设区市督察" in text and "专项小组督察" in text and "听取区直部门" in text
    assert "自治区党委深改委专项督察" not in text and "绩效考评" not in text and "第三方评估" not in text
    assert pdf_pages(written) == 1
    assert warnings == []
    assert dialog.pdf_button.isEnabled() and not dialog.busy()
    assert not list(tmp_path.glob(".duban-*"))


def test_the_work_runs_off_the_gui_thread(window, qtbot, tmp_path, monkeypatch, printers):
    dialog = open_from_menu(window)
    threads = []
    report = dialog.report()
    original = report.build

    def build(*args):
        threads.append(threading.current_thread())
        return original(*args)

    monkeypatch.setattr(dialog, "report", lambda: type(report)(report.key, report.label, True, build, report.filters))
    save_as(monkeypatch, tmp_path / "清单.pdf")
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.pdf_button.click()
    assert threads and threads[0] is not threading.main_thread()


def test_cancelling_the_export_writes_nothing(window, qtbot, tmp_path, monkeypatch, printers, warnings):
    dialog = open_from_menu(window)
    release = slow_report(monkeypatch, dialog)
    save_as(monkeypatch, tmp_path / "清单.pdf")
    dialog.pdf_button.click()
    assert dialog.busy()
    task = dialog.task
    assert dialog.busy_row.isVisible() and dialog.busy_label.text() == "正在生成 PDF…"
    assert dialog.cancel_button.text() == "取消"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy() and dialog.pdf_button.isEnabled() and not dialog.busy_row.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not task.running(), timeout=20000)
    assert not (tmp_path / "清单.pdf").exists()
    assert warnings == []


def test_a_section_with_nothing_to_print_warns_and_writes_nothing(window, qtbot, tmp_path, monkeypatch, printers,
                                                                   warnings):
    dialog = open_from_menu(window)
    choose(dialog.section_combo, "人才科")
    save_as(monkeypatch, tmp_path / "人才科.pdf")
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
    assert warnings == [("没有生成", "人才科没有牵头的督察事项，没有生成清单。")]
    assert not dialog.busy()
    assert list(tmp_path.glob("*.pdf")) == [] and not list(tmp_path.glob(".duban-*"))


def test_without_a_printer_printing_is_greyed_out_and_says_why(window, qtbot, printers, tmp_path, monkeypatch):
    dialog = open_from_menu(window)
    assert not dialog.print_button.isEnabled()
    assert dialog.no_printer_label.isVisible() and dialog.no_printer_label.text() == NO_PRINTER
    assert dialog.print_button.toolTip() == NO_PRINTER
    assert dialog.preview_button.isEnabled() and dialog.pdf_button.isEnabled()
    assert dialog.preview_button.isDefault()  # Enter does what still works
    dialog.grab().save(str(tmp_path / "print_dialog.png"))
    dialog.reject()

    printers.append("办公室打印机")
    dialog = open_from_menu(window)
    assert dialog.print_button.isEnabled() and dialog.print_button.isDefault()
    assert not dialog.no_printer_label.isVisible()


def open_preview(qtbot, dialog) -> QPrintPreviewDialog:
    """Press 打印预览 and wait for the preview to be shown with its pages."""
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview_dialog is not None and dialog.preview_dialog.isVisible(), timeout=20000)
    preview = dialog.preview_dialog
    qtbot.waitUntil(lambda: preview_widget(preview).pageCount() > 0, timeout=20000)
    return preview


def preview_widget(preview) -> QPrintPreviewWidget:
    return preview.findChild(QPrintPreviewWidget)


def toolbar_button(preview, *texts):
    """The preview's tool button whose action reads one of *texts* (Qt's English, or its Chinese translation)."""
    for toolbar in preview.findChildren(QToolBar):
        for action in toolbar.actions():
            if action.text() in texts:
                return toolbar.widgetForAction(action)
    raise AssertionError(f"no {texts} in the preview's tool bar")


def modal_windows() -> list:
    """The visible top-level windows that block others, topmost last as far as Qt tells."""
    return [
        w for w in QApplication.topLevelWidgets()
        if w.isVisible() and (w.isModal() or w.windowModality() != Qt.WindowModality.NonModal)
    ]


def assert_nothing_over(preview, dialog):
    assert QApplication.activeModalWidget() is preview
    assert set(modal_windows()) == {dialog, preview}
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    assert not dialog.busy() and not dialog.busy_row.isVisible()


def test_the_preview_of_every_printout_zooms_and_turns_pages(window, qtbot, printers, warnings, font_set):
    import datetime as dt

    from desktop.models import TaskSource
    from desktop.services.instructions import NewInstruction, create_instruction_task

    # The 批示件办理情况 list needs a task from outside the plan; the sample has none.
    create_instruction_task(window.database, window.plan.id, NewInstruction(
        TaskSource.MEETING, "落实局务会议定事项", "局务会纪要〔2022〕5号", dt.date(2022, 6, 2), None, "",
        "会议议定：由规配科牵头，8月底前完成科技金融政策调研。", None, dt.date(2022, 8, 31)))
    dialog = open_from_menu(window, "打印预览(&V)…")
    labels = [r.label for r in reports().values()]
    assert [dialog.report_combo.itemText(i) for i in range(dialog.report_combo.count())] == labels
    turned = []
    for label in labels:
        choose(dialog.report_combo, label)
        preview = open_preview(qtbot, dialog)
        assert preview.windowTitle() == f"打印预览 — {label}"
        assert_nothing_over(preview, dialog)
        widget = preview_widget(preview)

        zoom = widget.zoomFactor()
        qtbot.mouseClick(toolbar_button(preview, "Zoom in", "放大"), Qt.MouseButton.LeftButton)
        assert widget.zoomFactor() > zoom, label

        pages, page = widget.pageCount(), widget.currentPage()
        qtbot.mouseClick(toolbar_button(preview, "Next page", "下一页"), Qt.MouseButton.LeftButton)
        if pages >= 2:
            assert widget.currentPage() == page + 1, label
            turned.append(label)
        assert_nothing_over(preview, dialog)

        qtbot.keyClick(preview, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: dialog.preview_dialog is None, timeout=5000)
        assert QApplication.activeModalWidget() is dialog
        assert dialog.preview_button.isEnabled()
    assert turned, "no printout of the sample plan has two pages: the next-page button went untried"
    assert warnings == []


def test_nothing_pops_up_over_the_preview_later(window, qtbot, printers, warnings, font_set):
    """Seconds after it opened, the preview is still the window on top (no forgotten 请稍候 box)."""
    dialog = open_from_menu(window, "打印预览(&V)…")
    choose(dialog.report_combo, "攻坚台帐")
    preview = open_preview(qtbot, dialog)
    qtbot.wait(4500)  # a progress dialog's own show timer, 4 s, once brought one up here
    assert_nothing_over(preview, dialog)
    widget = preview_widget(preview)
    if widget.pageCount() >= 2:
        qtbot.mouseClick(toolbar_button(preview, "Next page", "下一页"), Qt.MouseButton.LeftButton)
        assert widget.currentPage() == 2
    preview.close()
    qtbot.waitUntil(lambda: dialog.preview_dialog is None, timeout=5000)
    assert warnings == []


@pytest.mark.parametrize("how", ["Esc", "取消"])
def test_preparing_a_preview_can_be_cancelled(window, qtbot, monkeypatch, printers, warnings, how):
    dialog = open_from_menu(window, "打印预览(&V)…")
    release = slow_report(monkeypatch, dialog)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.busy()
    # the progress is in the dialog: no other window comes up
    assert dialog.busy_row.isVisible() and dialog.busy_label.text() == "正在准备打印预览…"
    assert modal_windows() == [dialog] and QApplication.activeModalWidget() is dialog
    assert not dialog.preview_button.isEnabled()
    task = dialog.task
    if how == "Esc":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy() and not dialog.busy_row.isVisible()
    assert dialog.isVisible(), "Esc while preparing cancels the work, not the dialog"
    assert dialog.preview_button.isEnabled() and dialog.pdf_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not task.running(), timeout=20000)
    qtbot.wait(100)
    assert dialog.preview_dialog is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintPreviewDialog)]
    assert modal_windows() == [dialog]

    # usable again: this time the preview comes
    preview = open_preview(qtbot, dialog)
    assert_nothing_over(preview, dialog)
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.preview_dialog is None, timeout=5000)
    # Esc with nothing running closes the dialog, as it always did
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert warnings == []


def test_print_preview_paints_the_chosen_rows(window, qtbot, tmp_path, printers, warnings):
    out = tmp_path / "preview.pdf"

    def paint_preview(preview):
        """Let the preview paint on a PDF printer, with its page set up, as it paints on screen."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPageLayout(preview.printer().pageLayout())
        preview.paintRequested.emit(printer)

    dialog = open_from_menu(window, "打印预览(&V)…")
    assert dialog.preview_button.isDefault()
    choose(dialog.section_combo, "规配科")
    preview = open_preview(qtbot, dialog)
    assert preview.windowTitle() == "打印预览 — 督察清单"
    paint_preview(preview)
    text = pdf_text(out)
    assert "牵头科室：规配科" in text
    # rows 4, 5 and 6, which 规配科 leads
    assert "3月起" in text and "6月、10月" in text and "第二季度" in text
    assert "第三季度" not in text and "第四季度" not in text
    assert "842 x 595" in page_size(out)  # A4 landscape, the checklist's default
    preview.close()
    qtbot.waitUntil(lambda: dialog.preview_dialog is None, timeout=5000)

    qtbot.mouseClick(dialog.portrait_radio, Qt.MouseButton.LeftButton)
    preview = open_preview(qtbot, dialog)
    paint_preview(preview)
    assert "595 x 842" in page_size(out)
    assert "核对人" in pdf_text(out)
    preview.close()
    assert warnings == []


def page_size(path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return next(line for line in info.splitlines() if line.startswith("Page size:"))


def test_printing_paints_on_the_chosen_printer(window, qtbot, tmp_path, monkeypatch, printers, warnings):
    printers.append("办公室打印机")
    out = tmp_path / "printed.pdf"

    class FakePrintDialog:
        """The person picks the printer and presses 打印; here the printer writes a PDF."""

        def __init__(self, printer, parent):
            self.printer = printer

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            return PrintDialog.DialogCode.Accepted

    monkeypatch.setattr(print_dialog_module, "QPrintDialog", FakePrintDialog)
    dialog = open_from_menu(window)
    set_dates(qtbot, dialog, start="2022-10-01")
    with qtbot.waitSignal(dialog.printed, timeout=20000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    text = pdf_text(out)
    assert "督查时间：2022-10-01至不限" in text
    # rows 3, 4, 5 and 7: open-ended windows and those from October on
    assert "第四季度" in text and "3月起" in text and "6月、10月" in text and "绩效考评" in text
    assert "第三季度" not in text and "第二季度" not in text
    assert warnings == []


def test_without_a_plan_the_dialog_does_not_open(qtbot, monkeypatch):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    window.print_action.trigger()
    assert told == ["请先打开一个含计划的数据库。"]
    assert QApplication.activeModalWidget() is None


def test_the_timeline_exported_on_a3_from_the_dialog(window, qtbot, tmp_path, monkeypatch, printers, warnings):
    from test_printing import page_size

    dialog = open_from_menu(window)
    choose(dialog.report_combo, "任务与措施时间轴")
    assert dialog.landscape_radio.isChecked()
    choose(dialog.paper_combo, "A3（宽表，如时间轴）")
    save_as(monkeypatch, tmp_path / "时间轴")
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "时间轴.pdf"
    assert tuple(round(v) for v in page_size(written)) == (1191, 842)  # A3 landscape
    assert "任务与措施时间轴" in pdf_text(written)
    assert warnings == []


def pick(qtbot, combo, text):
    """Open *combo*'s list and click *text* in it, as a person does."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered"
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5000)
    model_index = combo.model().index(index, 0)
    view.scrollTo(model_index)
    qtbot.wait(QApplication.doubleClickInterval() + 100)  # the list ignores a release this soon after it opens
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model_index).center())
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=5000)
    assert combo.currentText() == text


def pdf_fonts(path) -> list[str]:
    """The names of the fonts embedded in a PDF, without their subset prefix, spaces or case."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    names = [line.split()[0] for line in out.splitlines()[2:] if line.strip()]
    return [name.split("+", 1)[-1].replace(" ", "").casefold() for name in names]


def face_in(face: str, fonts: list[str]) -> bool:
    wanted = face.replace(" ", "").casefold()
    return any(name.startswith(wanted) for name in fonts)


def test_the_print_faces_are_shown_and_a_picked_text_face_is_used(window, qtbot, tmp_path, monkeypatch, printers,
                                                                   warnings, font_set):
    title, body = font_set
    other = "WenQuanYi Micro Hei" if body != "WenQuanYi Micro Hei" else "Noto Serif CJK SC"
    dialog = open_from_menu(window, "导出 PDF(&D)…")
    assert dialog.fonts_label.isVisible()
    for combo, saved in ((dialog.title_font_combo, title), (dialog.body_font_combo, body)):
        assert combo.isVisible()
        assert combo.itemText(0) == "自动" and combo.itemData(0) == ""
        assert combo.currentText() == saved  # the font set's faces, from the settings
        offered = [combo.itemText(i) for i in range(1, combo.count())]
        assert {"Noto Serif CJK SC", "WenQuanYi Micro Hei"} <= set(offered)
    assert dialog.fonts_label.text() == f"打印使用：标题 {title}，正文 {body}"

    pick(qtbot, dialog.body_font_combo, other)
    assert Settings().get(PRINT_BODY_FONT) == other and Settings().get(PRINT_TITLE_FONT) == title
    assert dialog.fonts_label.text() == f"打印使用：标题 {title}，正文 {other}"

    save_as(monkeypatch, tmp_path / "清单.pdf")
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    fonts = pdf_fonts(tmp_path / "清单.pdf")
    assert face_in(other, fonts) and face_in(title, fonts), fonts
    if body != title:
        assert not face_in(body, fonts), fonts
    assert warnings == []

    # 自动 is the empty setting; the label says what it comes to
    pick(qtbot, dialog.body_font_combo, "自动")
    assert Settings().get(PRINT_BODY_FONT) == ""
    assert dialog.fonts_label.text().startswith(f"打印使用：标题 {title}，正文 ")
    dialog.reject()
    # the next dialog shows the choice kept
    dialog = open_from_menu(window, "导出 PDF(&D)…")
    assert dialog.body_font_combo.currentText() == "自动" and dialog.title_font_combo.currentText() == title
