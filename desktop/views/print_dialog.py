"""File → 打印…: choose a printout, its filters and its faces, then preview it, print it or save it as PDF.

The printout's table is built, its faces chosen and a PDF drawn on a worker thread
(:mod:`desktop.views.background`) while a busy bar with a 取消 button shows in the dialog
itself (Esc cancels too), so a long report never freezes the window and no box is left
over what comes next. Printing paints on the QPrinter on the worker too, which Qt allows;
only the print preview paints on the GUI thread, because the preview widget asks for its
pages there: by then the table is built and its faces chosen, so painting is quick.
On a PC with no printer installed, 打印… is greyed out and the dialog says why; preview and PDF still work.

The 字体 row shows the faces a printout is set in and lets the person pick others
(settings ``printing/title_font`` and ``printing/body_font``, "" for 自动);
:func:`desktop.printing.fonts.choose_fonts` tries the picked face first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.lights.settings import read_light_settings
from desktop.printing.fonts import PrintFonts, choose_fonts
from desktop.printing.pdf import check_pdf_path, paint, prepare_printer, render, write_pdf
from desktop.printing.table import PageSetup, Table
from desktop.services.printouts import Report, ReportOptions, reports
from desktop.services.sections import Section
from desktop.settings import PRINT_BODY_FONT, PRINT_TITLE_FONT, Settings
from desktop.views.background import Task

#: What the dialog does when the person presses Enter, by the menu entry that opened it.
PREVIEW, PDF, PRINT = "preview", "pdf", "print"


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


def chinese_families() -> list[str]:
    """The installed faces that declare Simplified Chinese, as the 字体 boxes offer them.

    Windows lists each CJK face a second time as "@Face", for vertical text: those are left out.
    """
    return [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese) if not f.startswith("@")]


class PrintDialog(QDialog):
    """The printouts of the open plan, their filters and orientation, and the three ways out."""

    #: A PDF was written, with its path.
    exported = Signal(str)
    #: A document went to the printer.
    printed = Signal()

    def __init__(self, database, plan_id: int, sections: list[Section], folder: str = "", default: str = PRINT,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.plan_id = plan_id
        self.folder = folder
        #: Where the print faces are kept: the settings choose_fonts reads.
        self.settings = Settings()
        self.reports = list(reports().values())
        #: The background job running now, if any (kept so it lives until it reports back).
        self.task: Task | None = None
        #: The print preview while it is open.
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.setWindowTitle(self.tr("打印"))

        self.report_combo = QComboBox()
        for report in self.reports:
            self.report_combo.addItem(report.label, report.key)
        self.section_combo = QComboBox()
        self.section_combo.addItem(self.tr("全部"), None)
        for section in sections:
            self.section_combo.addItem(section.display_name, section.name)
        dates = self._dates_row_widget()
        self.form = QFormLayout()
        self.form.addRow(self.tr("打印内容"), self.report_combo)
        self.form.addRow(self.tr("时间范围"), dates)
        self.form.addRow(self.tr("牵头科室"), self.section_combo)
        self.form.addRow(self.tr("纸张"), self._paper_row_widget())
        self.form.addRow(self.tr("字体"), self._fonts_row_widget())
        self._dates_row, self._section_row = dates, self.section_combo

        buttons = self._buttons()
        self.busy_row = self._busy_row()
        self.no_printer_label = self._no_printer_label()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.no_printer_label)
        layout.addWidget(self.busy_row)
        layout.addWidget(buttons)
        self._default_button = self._choose_default_button(default)

        self.report_combo.currentIndexChanged.connect(self._report_chosen)
        self.title_font_combo.currentIndexChanged.connect(lambda: self._font_chosen(self.title_font_combo))
        self.body_font_combo.currentIndexChanged.connect(lambda: self._font_chosen(self.body_font_combo))
        self._report_chosen()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _dates_row_widget(self) -> QWidget:
        """从 [date] 到 [date]: an end not ticked is not limited."""
        today = QDate.currentDate()
        self.start_check = QCheckBox(self.tr("从"))
        self.start_edit = self._date_edit(today)
        self.end_check = QCheckBox(self.tr("到"))
        self.end_edit = self._date_edit(today.addMonths(1))
        self.start_check.toggled.connect(self.start_edit.setEnabled)
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        dates = QWidget()
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.start_check, self.start_edit, self.end_check, self.end_edit):
            dates_row.addWidget(widget)
        dates_row.addStretch(1)
        dates.setToolTip(self.tr("不勾选的一端不限日期。"))
        return dates

    def _paper_row_widget(self) -> QWidget:
        self.landscape_radio = QRadioButton(self.tr("横向"))
        self.portrait_radio = QRadioButton(self.tr("纵向"))
        orientation_group = QButtonGroup(self)
        orientation_group.addButton(self.landscape_radio)
        orientation_group.addButton(self.portrait_radio)
        orientation = QWidget()
        orientation_row = QHBoxLayout(orientation)
        orientation_row.setContentsMargins(0, 0, 0, 0)
        orientation_row.addWidget(self.landscape_radio)
        orientation_row.addWidget(self.portrait_radio)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4"), "A4")
        self.paper_combo.addItem(self.tr("A3（宽表，如时间轴）"), "A3")
        orientation_row.addSpacing(12)
        orientation_row.addWidget(self.paper_combo)
        orientation_row.addStretch(1)
        return orientation

    def _fonts_row_widget(self) -> QWidget:
        """The title and body faces, and a line saying which faces the printout is set in."""
        self.title_font_combo = self._font_combo(PRINT_TITLE_FONT)
        self.body_font_combo = self._font_combo(PRINT_BODY_FONT)
        self.fonts_label = QLabel()
        self.fonts_label.setWordWrap(True)
        self.fonts_label.setEnabled(False)  # greyed: it tells, it does not ask
        fonts = QWidget()
        fonts_column = QVBoxLayout(fonts)
        fonts_column.setContentsMargins(0, 0, 0, 0)
        fonts_row = QHBoxLayout()
        fonts_row.addWidget(QLabel(self.tr("标题")))
        fonts_row.addWidget(self.title_font_combo, 1)
        fonts_row.addSpacing(12)
        fonts_row.addWidget(QLabel(self.tr("正文")))
        fonts_row.addWidget(self.body_font_combo, 1)
        fonts_column.addLayout(fonts_row)
        fonts_column.addWidget(self.fonts_label)
        fonts.setToolTip(self.tr("“自动”从这台电脑上的中文字体中选用（标题黑体类，正文仿宋、宋体类）。"
                                 "选定的字体缺字时，该处仍自动改用能显示的字体。"))
        return fonts

    def _buttons(self) -> QDialogButtonBox:
        self.preview_button = QPushButton(self.tr("打印预览"))
        self.pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_)
        buttons = QDialogButtonBox()
        buttons.addButton(QPushButton(self.tr("关闭")), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.preview_button, self.pdf_button, self.print_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        return buttons

    def _busy_row(self) -> QWidget:
        """Work in progress shows here, in the dialog, with its 取消 (Esc cancels too)."""
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # busy: how long the database takes is not known
        self.busy_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        busy_row = QWidget()
        busy_layout = QHBoxLayout(busy_row)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 1)
        busy_layout.addWidget(self.cancel_button)
        policy = busy_row.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the dialog does not jump when work starts and ends
        busy_row.setSizePolicy(policy)
        busy_row.hide()
        return busy_row

    def _no_printer_label(self) -> QLabel:
        """Shown, and 打印… greyed out, on a PC with no printer installed."""
        label = QLabel(self.tr("这台电脑没有安装打印机：可以先打印预览或导出 PDF，再到有打印机的电脑上打印。"))
        label.setWordWrap(True)
        if not has_printer():
            self.print_button.setEnabled(False)
            self.print_button.setToolTip(label.text())
        else:
            label.hide()
        return label

    def _choose_default_button(self, default: str) -> QPushButton:
        """The button of the menu entry that opened the dialog (打印预览 when there is no printer)."""
        button = {PREVIEW: self.preview_button, PDF: self.pdf_button}.get(default, self.print_button)
        if not button.isEnabled():
            button = self.preview_button
        button.setDefault(True)
        button.setFocus()
        return button

    def _font_combo(self, key) -> QComboBox:
        """自动, then the installed Chinese faces; the saved choice is selected (listed even if it is gone)."""
        combo = QComboBox()
        combo.addItem(self.tr("自动"), "")
        for family in chinese_families():
            combo.addItem(family, family)
        saved = self.settings.get(key).strip()
        if saved:
            index = combo.findData(saved)
            if index < 0:
                combo.addItem(self.tr("{0}（未安装）").format(saved), saved)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _date_edit(self, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        return edit

    # -- what to print -------------------------------------------------------------------

    def report(self) -> Report:
        return self.reports[self.report_combo.currentIndex()]

    def _report_chosen(self) -> None:
        report = self.report()
        self.form.setRowVisible(self._dates_row, "dates" in report.filters)
        self.form.setRowVisible(self._section_row, "section" in report.filters)
        (self.landscape_radio if report.landscape else self.portrait_radio).setChecked(True)
        self._show_fonts()

    # -- faces ---------------------------------------------------------------------------

    def _font_chosen(self, combo: QComboBox) -> None:
        key = PRINT_TITLE_FONT if combo is self.title_font_combo else PRINT_BODY_FONT
        self.settings.set(key, combo.currentData() or "")
        self._show_fonts()

    def _show_fonts(self, fonts: PrintFonts | None = None) -> None:
        """Say which faces the printout is set in: *fonts* as chosen for its table, else for its usual text.

        The choice itself is :func:`choose_fonts`'s (the picked faces first, then the automatic lists);
        without a table it is made for the report's name and page numbers, which is quick.
        """
        if fonts is None:
            report = self.report()
            sample = self.tr("第 1 页 共 2 页")
            try:
                fonts = choose_fonts([report.label], [report.label, sample, "0123456789"])
            except UserError as error:
                self.fonts_label.setText(error.message)
                return
        self.fonts_label.setText(self.tr("打印使用：标题 {0}，正文 {1}").format(fonts.title, fonts.body))

    def options(self) -> ReportOptions:
        filters = self.report().filters

        def day(check: QCheckBox, edit: QDateEdit) -> dt.date | None:
            if "dates" not in filters or not check.isChecked():
                return None
            return edit.date().toPython()

        section = self.section_combo.currentData() if "section" in filters else None
        ahead = read_light_settings(self.settings).reminder_working_days  # the 逾期/临期清单's window
        start, end = day(self.start_check, self.start_edit), day(self.end_check, self.end_edit)
        return ReportOptions(start=start, end=end, section=section, reminder_working_days=ahead)

    def setup(self) -> PageSetup:
        return PageSetup(landscape=self.landscape_radio.isChecked(), paper=self.paper_combo.currentData())

    def _builder(self):
        """The table's build as a function of no GUI state, to run on the worker."""
        report, database, plan_id, options = self.report(), self.database, self.plan_id, self.options()
        return lambda: report.build(database, plan_id, options)

    # -- the three ways out --------------------------------------------------------------

    def preview(self) -> None:
        """Build the table and choose its faces in the background, then open the print preview.

        The preview paints on the GUI thread (its widget asks for the pages there), from the
        table and faces made beforehand. It is opened, not exec'd: nothing waits in a nested
        event loop while it is shown, and it is window-modal over this dialog only.
        """
        build, label, setup = self._builder(), self.report().label, self.setup()

        def work(task: Task) -> tuple[Table, PrintFonts] | None:
            table = build()
            if task.cancelled():
                return None
            return table, choose_fonts(table.title_texts(), table.body_texts())

        self._run(work, lambda prepared: self._show_preview(prepared, label, setup), self.tr("正在准备打印预览…"))

    def _show_preview(self, prepared: tuple[Table, PrintFonts] | None, label: str, setup: PageSetup) -> None:
        if prepared is None:
            return
        table, fonts = prepared
        self._show_fonts(fonts)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, setup)
        printer.setDocName(label)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.printer_ = printer  # the dialog does not own its printer: it lives as long as the dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("打印预览 — {0}").format(label))
        dialog.paintRequested.connect(lambda device: self.paint_on(table, device, fonts, setup))
        dialog.finished.connect(self._preview_closed)
        # Qt's default size shows almost nothing of a page: take most of the screen.
        screen = (self.screen() or dialog.screen()).availableGeometry()
        dialog.resize(int(screen.width() * 0.85), int(screen.height() * 0.9))
        self.preview_dialog = dialog
        dialog.open()

    def _preview_closed(self) -> None:
        self.preview_dialog = None

    def paint_on(self, table: Table, printer: QPrinter, fonts: PrintFonts | None = None,
                 setup: PageSetup | None = None) -> None:
        """Draw *table* on *printer* in the orientation the printer has now (the preview can turn it)."""
        landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
        try:
            paint(table, replace(setup or self.setup(), landscape=landscape), printer, fonts)
        except UserError as error:
            QMessageBox.warning(self, self.tr("无法打印"), error.message)

    def export_pdf(self) -> None:
        label = self.report().label
        suggested = str(Path(self.folder) / f"{label}.pdf") if self.folder else f"{label}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 PDF"), suggested, self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        build, setup = self._builder(), self.setup()

        def work(task: Task) -> str | None:
            # the save dialog has already asked before replacing a file
            target = check_pdf_path(path, overwrite=True)
            table = build()
            if task.cancelled():
                return None
            data, _ = render(table, setup)
            if task.cancelled():
                return None
            write_pdf(target, data)
            return str(target)

        self._run(work, self._exported, self.tr("正在生成 PDF…"))

    def _exported(self, path: str | None) -> None:
        if path:
            self.exported.emit(path)

    def print_(self) -> None:
        if not has_printer():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.setup())
        printer.setDocName(self.report().label)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        build = self._builder()
        landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
        setup = replace(self.setup(), landscape=landscape)

        def work(task: Task) -> bool:
            table = build()
            if task.cancelled():
                return False
            # Qt allows painting on a QPrinter from a worker thread.
            paint(table, setup, printer)
            return True

        self._run(work, lambda sent: sent and self.printed.emit(), self.tr("正在打印…"), keep=printer)

    # -- running in the background ---------------------------------------------------------

    def busy(self) -> bool:
        return self.task is not None

    def _run(self, work, on_finished, label: str, keep=None) -> None:
        """Run *work* on the worker while the dialog shows *label* and a busy bar; *on_finished* gets its result here.

        Not a progress dialog: one of those, closed before it had shown, still popped up
        seconds later (its show timer kept running) over the print preview, modal and deaf
        to its own 取消. The busy row is part of this dialog and goes when the work does.
        """
        if self.busy():
            return
        task = Task(work)
        task.keep = keep  # what the worker uses and must outlive it (the printer)

        def finished(result) -> None:
            self._finish()
            on_finished(result)

        def failed(error: UserError) -> None:
            self._finish()
            QMessageBox.warning(self, self.tr("没有生成"), error.message)

        task.finished.connect(finished)
        task.failed.connect(failed)
        self.task = task
        self.busy_label.setText(label)
        self.busy_row.show()
        self._set_buttons_enabled(False)
        self.cancel_button.setFocus()
        task.start()

    def cancel(self) -> None:
        """Stop waiting for the work in progress: its result is dropped and the dialog is usable again."""
        if self.task is not None:
            self.task.cancel()
            self._finish()

    def _finish(self) -> None:
        self.task = None
        had_focus = self.cancel_button.hasFocus()
        self.busy_row.hide()
        self._set_buttons_enabled(True)
        if had_focus:
            self._default_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # While work runs, Esc cancels the work; the dialog stays open for another try.
        if event.key() == Qt.Key.Key_Escape and self.busy():
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self.cancel()
        super().done(result)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        self.preview_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled and has_printer())


def open_print_dialog(window, default: str = PRINT) -> PrintDialog | None:
    """Show the print dialog for *window*'s open plan (window-modal, not blocking)."""
    from desktop.services.sections import plan_sections

    try:
        sections = plan_sections(window.database, window.plan.id)
    except UserError as error:
        QMessageBox.warning(window, tr("MainWindow", "无法读取数据库"), error.message)
        return None
    dialog = PrintDialog(window.database, window.plan.id, sections, window.dialog_folder(), default, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
