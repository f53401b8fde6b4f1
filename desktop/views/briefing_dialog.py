"""督办 → 定期通报: choose a month or a quarter and a document number; the 通报 is written to Word or PDF.

What the briefing says comes from :mod:`desktop.services.briefing`; the writing runs through the
operation helper (off the GUI thread, behind a progress dialog).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from desktop.i18n import tr
from desktop.views.document_preview import ask_document_path
from desktop.views.operations import Operation
from desktop.views.widgets import fit_placeholder, fit_to_contents


def periods(year: int) -> list[tuple[str, str]]:
    """(what period_of reads, what a person reads) for each month and quarter of *year*."""
    from desktop.services.briefing.period import month_label, quarter_label

    return ([(f"{year}-{m:02}", month_label(year, m)) for m in range(1, 13)]
            + [(f"{year}-Q{q}", quarter_label(year, q)) for q in range(1, 5)])


def default_period(year: int, today: dt.date) -> str:
    """The last month ended by *today* in the plan's year (December once the year is over; January before it)."""
    if today.year > year:
        return f"{year}-12"
    if today.year < year or today.month == 1:
        return f"{year}-01"
    return f"{year}-{today.month - 1:02}"


class BriefingDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("定期通报"))
        year = window.plan.year
        self.period = QComboBox()
        for code, label in periods(year):
            self.period.addItem(label, code)
        self.period.setCurrentIndex(self.period.findData(default_period(year, window.tasks_tab.today())))
        fit_to_contents(self.period)
        self.number = QLineEdit()
        fit_placeholder(self.number, self.tr("发文字号，如 柳科改办〔2022〕3号（可不填）"))
        note = QLabel(self.tr(
            "通报按所选月份或季度的最后一天判断红黄绿灯和逾期；先进、后进只按按时报送、无逾期事项、宣传指标完成三条"
            "规则列出，并写明理由。Word 文件可在盖章前修改。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.word_button = buttons.addButton(self.tr("导出 Word…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = buttons.addButton(self.tr("导出 PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button = buttons.addButton(self.tr("打印预览…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.preview)
        self.word_button.clicked.connect(lambda: self.export(".docx"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("通报期间"), self.period)
        form.addRow(self.tr("发文字号"), self.number)
        form.addRow(buttons)

    def export(self, suffix: str) -> None:
        window = self.window_
        code, label = self.period.currentData(), self.period.currentText()
        path = ask_document_path(self, self.tr("保存定期通报"), window.dialog_folder(),
                                 self.tr("{0}定期通报").format(label), suffix)
        if path is None:
            return
        database, plan_id, number = window.database, window.plan.id, self.number.text().strip()
        yellow_days = window.tasks_tab.yellow_days

        def work(_progress):
            from desktop.services.briefing import briefing, period_of
            from desktop.services.briefing_document import briefing_document
            from desktop.services.notice_documents import write_document

            start, end, _label = period_of(code)
            made = briefing(database, plan_id, start, end, yellow_days=yellow_days)
            # The file dialog already asked before replacing an existing file.
            return write_document(briefing_document(database, plan_id, made, number=number), path, overwrite=True)

        Operation(self, database, work, title=self.tr("没有生成通报")).with_progress(
            self.tr("正在生成定期通报…")
        ).success(self._written).failure(
            lambda error: QMessageBox.warning(self, self.tr("没有生成通报"), error.message)
        ).run_in_background()

    def preview(self) -> None:
        """打印预览 of the 通报 (read in the background), printed from the preview."""
        window = self.window_
        code, number = self.period.currentData(), self.number.text().strip()
        database, plan_id, yellow_days = window.database, window.plan.id, window.tasks_tab.yellow_days

        def work(_progress):
            from desktop.services.briefing import briefing, period_of
            from desktop.services.briefing_document import briefing_document

            start, end, _label = period_of(code)
            return briefing_document(database, plan_id, briefing(database, plan_id, start, end,
                                                                 yellow_days=yellow_days), number=number)

        def show(document) -> None:
            from desktop.views.document_preview import preview_document

            self.preview_dialog = preview_document(self, document, document.title)

        Operation(self, database, work, title=self.tr("没有生成通报")).with_progress(
            self.tr("正在生成定期通报…")
        ).success(show).failure(
            lambda error: QMessageBox.warning(self, self.tr("没有生成通报"), error.message)
        ).run_in_background()

    def _written(self, path) -> None:
        self.window_.statusBar().showMessage(self.tr("已生成 {0}").format(path), 8000)
        self.accept()


def show_briefing(window) -> None:
    if window.database is None or window.plan is None:
        QMessageBox.information(window, tr("MainWindow", "督办台"), tr("MainWindow", "请先打开一个数据库。"))
        return
    BriefingDialog(window).exec()
