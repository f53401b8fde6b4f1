"""The 进展台帐 page of the task editor: reports, corrections and review (a part of :class:`TaskEditor`)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from desktop.errors import DatabaseUnavailableError, UserError
from desktop.i18n import tr
from desktop.models.enums import ReportState
from desktop.services.editing import clean_text
from desktop.settings import REPORTER_NAME, Settings
from desktop.views.table_model import Column, format_value
from desktop.views.task_dialogs import ReportDialog
from desktop.views.text_dialog import ask_text
from desktop.views.widgets import label_of, make_table, selected_row


class TaskReportsPage:
    """Builds and runs the page; mixed into the editor, whose database and snapshot it uses."""

    def _build_reports(self) -> QWidget:
        self.reports_view, self.reports_model = make_table(
            [
                Column(self.tr("期次"), lambda r: r.period),
                Column(self.tr("报送日期"), lambda r: r.reported_on),
                Column(self.tr("报送人"), lambda r: r.author),
                Column(self.tr("来源"), lambda r: label_of(r.source)),
                Column(self.tr("状态"), lambda r: label_of(r.state),
                       display=lambda r: label_of(r.state) + (self.tr("（已更正）") if r.superseded else "")),
                Column(self.tr("字数"), lambda r: len("".join(r.text.split())),
                       display=lambda r: str(len("".join(r.text.split()))) + (self.tr(" 超字数") if r.over_limit else "")),
                Column(self.tr("进展情况"), lambda r: r.text.replace("\n", " ")),
            ]
        )
        self.reports_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_report())
        self.report_text = QTextBrowser()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.reports_view)
        split.addWidget(self.report_text)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addLayout(
            self._buttons(
                (self.tr("报送进展"), self.add_report),
                (self.tr("更正"), self.correct_report),
                (self.tr("退回"), self.return_report),
                (self.tr("审核通过"), self.accept_report),
            )
        )
        layout.addWidget(split)
        return widget

    def _show_report(self) -> None:
        report = selected_row(self.reports_view)
        if report is None:
            self.report_text.setHtml("")
            return
        parts = [f"<p><b>{html.escape(report.period)}</b>　{html.escape(report.author)}　{format_value(report.reported_on)}"]
        if report.over_limit:
            parts.append(f" <span style='color:#d32f2f'>{html.escape(self.tr('超过 300 字'))}</span>")
        parts.append("</p>")
        parts.append("<p>" + html.escape(report.text).replace("\n", "<br>") + "</p>")
        if report.state is ReportState.RETURNED:
            parts.append(f"<p style='color:#d32f2f'>{html.escape(self.tr('退回原因：'))}{html.escape(report.review_note)}</p>")
        elif report.review_note:
            parts.append(f"<p>{html.escape(self.tr('审核意见：'))}{html.escape(report.review_note)}</p>")
        self.report_text.setHtml("".join(parts))

    # -- reports ---------------------------------------------------------------------------

    def _report_dialog(self, dialog: ReportDialog, save, keep=None) -> None:
        """Show *dialog* until its report is saved or the person cancels; nothing typed is lost.

        *save(fields, confirm_over_limit)* stores the report; past 300 字 the person is
        asked first, and saying no goes back to the dialog with the text still in it.
        *keep(fields)*, when given, makes the recovery-file entry for a report that could not
        be saved because the database is out of reach.
        """
        from desktop.services.tasks import OverLimit

        while dialog.exec() == QDialog.DialogCode.Accepted:
            fields = dialog.fields()
            try:
                try:
                    save(fields, False)
                except OverLimit as over:
                    answer = QMessageBox.question(
                        self, self.tr("超过字数"), over.message,
                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
                    )
                    if answer != QMessageBox.StandardButton.Yes:
                        continue
                    save(fields, True)
            except DatabaseUnavailableError as error:
                if keep is None or self.database.read_only:
                    QMessageBox.warning(self, self.tr("没有保存"), error.message)
                    continue
                if self._keep_report(keep(fields), error):
                    return
                continue
            except UserError as error:
                QMessageBox.warning(self, self.tr("没有保存"), error.message)
                continue
            self.reload()
            self.task_changed.emit(self.snapshot.id)
            return

    def _keep_report(self, entry, error) -> bool:
        """The file cannot be reached: keep the report in the recovery file on this PC."""
        from desktop.views.shared_file import keep_for_later

        kept = self.tr("这条进展已暂存在本机的恢复文件中，数据库可以访问后会自动保存，只保存一次。")
        if not keep_for_later(self, self.database, entry, error, kept):
            return False
        self.kept_for_later.emit()
        return True

    def reporter_name(self) -> str:
        """This PC's 报送人 (setting ``reports/reporter_name``); asked once, when it is not set yet."""
        settings = Settings()
        name = settings.get(REPORTER_NAME).strip()
        if name:
            return name

        def keep(text: str) -> str:
            text = clean_text(tr("Reports", "报送人"), text, required=True, max_length=100).text.strip()
            settings.set(REPORTER_NAME, text)
            return text

        return ask_text(
            self,
            self.tr("本机报送人"),
            self.tr("在这台电脑上报送进展的人（姓名或科室），以后每次报送都会预先填好，报送时仍可修改："),
            keep,
        ) or ""

    def add_report(self) -> None:
        from desktop.services import reports

        from desktop.services import recovery

        today = self.today()
        task_id = self.snapshot.id
        code = self.snapshot.fields.get("code", "")
        save_id = recovery.new_save_id()
        author = self.reporter_name()
        dialog = ReportDialog(tr("Reports", "{0}年{1}月").format(today.year, today.month), author, parent=self)
        self._report_dialog(
            dialog,
            lambda f, confirm: reports.add_report(
                self.database, task_id, f["period"], f["text"], author=f["author"], reported_on=today,
                confirm_over_limit=confirm, save_id=save_id,
            ),
            keep=lambda f: recovery.PendingSave(
                save_id, "report",
                {"task_id": task_id, "period": f["period"], "text": f["text"], "author": f["author"],
                 "reported_on": today.isoformat()},
                self.tr("任务 {0} 的进展（{1}）").format(code, f["period"]),
            ),
        )

    def correct_report(self) -> None:
        from desktop.services import reports

        report = selected_row(self.reports_view)
        if report is None:
            return
        dialog = ReportDialog(report.period, self.reporter_name(), report.text, correcting=True, parent=self)
        self._report_dialog(
            dialog,
            lambda f, confirm: reports.correct_report(
                self.database, report.id, f["text"], author=f["author"], confirm_over_limit=confirm
            ),
        )

    def return_report(self) -> None:
        from desktop.services import reports

        report = selected_row(self.reports_view)
        if report is None:
            return
        self._ask_and_save(
            self.tr("退回"),
            self.tr("退回原因（报送科室会看到）："),
            lambda reason: reports.return_report(self.database, report.id, reason),
            required=True,
        )

    def accept_report(self) -> None:
        from desktop.services import reports

        report = selected_row(self.reports_view)
        if report is None:
            return
        self._ask_and_save(
            self.tr("审核通过"),
            self.tr("审核意见（可不填）："),
            lambda note: reports.accept_report(self.database, report.id, note),
        )
