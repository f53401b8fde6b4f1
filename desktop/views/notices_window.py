"""督办单登记簿: the notices issued, filtered by grade, section and state; issuing, answering and withdrawing them.

One window beside the main one (督办 → 督办单登记簿). Issuing runs through the operation
helper; the register keeps itself current with a :class:`~desktop.views.operations.Refresher`
(a notice issued from the task editor, or answered by an accepted report, shows at once).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Change
from desktop.models.enums import NoticeGrade, NoticeState
from desktop.views.operations import Operation, Refresher
from desktop.views.register_window import PlanRegister, RegisterWindow, show_register
from desktop.views.table_model import Column
from desktop.views.text_dialog import ask_text
from desktop.views.widgets import fit_columns, fit_placeholder, fit_to_contents, label_of, make_table, selected_row

from desktop.services.notice_documents import GRADE_COLOURS


_icons: dict[NoticeGrade, QIcon] = {}


def grade_icon(grade: NoticeGrade) -> QIcon:
    """A square of the grade's colour (a notice is not a light: a square, not a dot)."""
    if grade not in _icons:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setBrush(QColor(GRADE_COLOURS[grade]))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(2, 2, 10, 10)
        painter.end()
        _icons[grade] = QIcon(pixmap)
    return _icons[grade]


def _grade_column(title: str) -> Column:
    return Column(title, lambda r: list(NoticeGrade).index(r.grade), display=lambda r: label_of(r.grade),
                  icon=lambda r: grade_icon(r.grade))


class DraftsDialog(QDialog):
    """签发督办单: the notices the items deserve today, each ticked to issue; the requirement can be reworded."""

    def __init__(self, drafts, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("签发督办单"))
        self.drafts = drafts
        self.view, self.model = make_table([
            _grade_column(self.tr("等级")),
            Column(self.tr("事项"), lambda d: d.title),
            Column(self.tr("科室"), lambda d: d.section_name),
            Column(self.tr("接收人"), lambda d: d.person_name),
            Column(self.tr("期限"), lambda d: d.deadline.isoformat() if d.deadline else ""),
            Column(self.tr("逾期工作日"), lambda d: d.days_late, align_right=True),
            Column(self.tr("回复期限"), lambda d: d.reply_by.isoformat()),
            Column(self.tr("原因"), lambda d: d.reason),
        ], self)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.model.set_rows(drafts)
        fit_columns(self.view)
        self.view.selectAll()
        note = QLabel(self.tr("按等级规则（逾期、临期、再次督办）列出今天应发的督办单；选中要签发的行。编号在保存时按年度顺序分配。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = buttons.addButton(self.tr("签发所选"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.requirement = QPlainTextEdit()
        self.requirement.setPlaceholderText(self.tr("督办要求：留空则按等级用默认措辞；填写则用于所选的每一份"))
        self.requirement.setMaximumHeight(self.requirement.fontMetrics().lineSpacing() * 4)
        self.requirement.setTabChangesFocus(True)
        layout.addWidget(note)
        layout.addWidget(self.view)
        layout.addWidget(self.requirement)
        layout.addWidget(buttons)
        self.resize(980, 460)

    def requirement_text(self) -> str | None:
        """The 督办要求 typed for the chosen notices; None: each keeps its grade's default wording."""
        return self.requirement.toPlainText().strip() or None

    def chosen(self) -> list:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.drafts[row] for row in rows]


class NoticeRegister(PlanRegister, QWidget):
    """The register's table, filters and buttons."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.grade_filter = QComboBox()
        self.grade_filter.addItem(self.tr("全部等级"), None)
        for grade in NoticeGrade:
            self.grade_filter.addItem(label_of(grade), grade)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("全部状态"), None)
        for state in NoticeState:
            self.state_filter.addItem(label_of(state), state)
        self.section_filter = QComboBox()
        self.section_filter.addItem(self.tr("全部科室"), None)
        for combo in (self.grade_filter, self.state_filter, self.section_filter):
            fit_to_contents(combo)
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.view, self.model = make_table([
            Column(self.tr("编号"), lambda r: (r.year, r.number), display=lambda r: r.number_text),
            _grade_column(self.tr("等级")),
            Column(self.tr("状态"), lambda r: label_of(r.state)),
            Column(self.tr("科室"), lambda r: r.section_name),
            Column(self.tr("接收人"), lambda r: r.person_name),
            Column(self.tr("事项"), lambda r: r.title),
            Column(self.tr("期限"), lambda r: r.deadline.isoformat() if r.deadline else ""),
            Column(self.tr("逾期工作日"), lambda r: r.days_late, align_right=True),
            Column(self.tr("签发日期"), lambda r: r.issued_on.isoformat()),
            Column(self.tr("回复期限"), lambda r: r.reply_by.isoformat()),
            Column(self.tr("回复或作废"), lambda r: r.answer_note or r.withdrawn_reason),
        ], self)
        self.count_label = QLabel()
        self.issue_button = QPushButton(self.tr("签发督办单…"))
        self.issue_all_button = QPushButton(self.tr("为所有逾期事项生成督办单…"))
        self.answered_button = QPushButton(self.tr("标为已回复…"))
        self.withdraw_button = QPushButton(self.tr("作废…"))
        self.preview_button = QPushButton(self.tr("打印预览…"))
        self.preview_button.clicked.connect(self.preview)
        self.word_button = QPushButton(self.tr("导出 Word…"))
        self.word_button.setToolTip(self.tr("保存为可编辑的 Word 文件（.docx），盖章前可修改"))
        self.pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.word_button.clicked.connect(lambda: self.export(".docx"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.issue_button.clicked.connect(lambda: self.issue(overdue_only=False))
        self.issue_all_button.clicked.connect(lambda: self.issue(overdue_only=True))
        self.answered_button.clicked.connect(self.mark_answered)
        self.withdraw_button.clicked.connect(self.withdraw)
        filters = QHBoxLayout()
        for widget in (self.grade_filter, self.state_filter, self.section_filter, self.count_label):
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.issue_button, self.issue_all_button, self.answered_button, self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.word_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.refresher = Refresher(self, Change.NOTICES | Change.REPORTS | Change.PLAN, lambda _note: self.load())

    # -- reading -----------------------------------------------------------------------------

    def load(self) -> None:
        from desktop.services import notices

        if self.database is None or self.plan_id is None:
            self.model.set_rows([])
            return
        rows = notices.register(self.database, self.plan_id, grade=self.grade_filter.currentData(),
                                state=self.state_filter.currentData(), section=self.section_filter.currentData())
        self._fill_sections(notices.register(self.database, self.plan_id))
        self.model.set_rows(rows)
        fit_columns(self.view)
        self.count_label.setText(self.tr("共 {0} 份").format(len(rows)))
        writable = not getattr(self.database, "read_only", False)
        for button in (self.issue_button, self.issue_all_button, self.answered_button, self.withdraw_button):
            button.setEnabled(writable)

    def _fill_sections(self, rows) -> None:
        chosen = self.section_filter.currentData()
        sections = sorted({r.section_name for r in rows if r.section_name})
        known = [self.section_filter.itemData(i) for i in range(1, self.section_filter.count())]
        if known == sections:
            return
        self.section_filter.blockSignals(True)
        while self.section_filter.count() > 1:
            self.section_filter.removeItem(1)
        for section in sections:
            self.section_filter.addItem(section, section)
        self.section_filter.setCurrentIndex(max(0, self.section_filter.findData(chosen)) if chosen else 0)
        self.section_filter.blockSignals(False)

    # -- acting ------------------------------------------------------------------------------

    def issue(self, *, overdue_only: bool, task_id: int | None = None, uids=None) -> None:
        """签发: the drafts of today (overdue ones only, or one task's), chosen in a dialog, issued in one save."""
        from desktop.services import notices

        if self.database is None or self.plan_id is None:
            return
        today = self.window_.tasks_tab.today()
        drafts = notices.drafts(self.database, self.plan_id, today, yellow_days=self.window_.tasks_tab.yellow_days,
                                uids=set(uids) if uids else None)
        if overdue_only:
            drafts = [d for d in drafts if d.days_late > 0]
        if task_id is not None:
            drafts = [d for d in drafts if d.task_id == task_id]
        if not drafts:
            QMessageBox.information(self, self.tr("签发督办单"), self.tr(
                "今天没有需要督办的事项：没有逾期的，也没有在黄灯期限内到期而本期未报送进展的。"))
            return
        dialog = DraftsDialog(drafts, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return
        chosen, requirement = dialog.chosen(), dialog.requirement_text()
        from desktop.settings import REPORTER_NAME, Settings

        issued_by = Settings().get(REPORTER_NAME) or ""
        Operation(self, self.database, lambda _p: notices.issue_many(self.database, self.plan_id, chosen, today,
                                                                      requirement=requirement, issued_by=issued_by),
                  title=self.tr("没有签发")).success(lambda ids: self._issued(len(ids))).run_in_background()

    def _issued(self, count: int) -> None:
        self.window_.statusBar().showMessage(self.tr("已签发 {0} 份督办单").format(count), 8000)

    def mark_answered(self) -> None:
        from desktop.services import notices

        row = selected_row(self.view)
        if row is None or row.state is not NoticeState.OPEN:
            QMessageBox.information(self, self.tr("标为已回复"), self.tr("请先选中一份待回复的督办单。"))
            return
        today = self.window_.tasks_tab.today()
        ask_text(self, self.tr("标为已回复"), self.tr("回复情况（如“书面说明已收到”）："),
                 lambda note: notices.mark_answered(self.database, row.id, row.version, today, note))

    def withdraw(self) -> None:
        from desktop.services import notices

        row = selected_row(self.view)
        if row is None or row.state is NoticeState.WITHDRAWN:
            QMessageBox.information(self, self.tr("作废"), self.tr("请先选中一份没有作废的督办单。"))
            return
        ask_text(self, self.tr("作废"), self.tr("作废原因（编号 {0} 保留，不再使用）：").format(row.number_text),
                 lambda reason: notices.withdraw(self.database, row.id, row.version, reason))


    def preview(self) -> None:
        """打印预览 of the selected notice, in 公文 layout; printed from there."""
        from desktop.errors import UserError
        from desktop.services.notice_documents import notice_document
        from desktop.views.document_preview import preview_document

        row = selected_row(self.view)
        if row is None:
            QMessageBox.information(self, self.tr("打印预览"), self.tr("请先选中一份督办单。"))
            return
        try:
            document = notice_document(self.database, row.id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("打印预览"), error.message)
            return
        self.preview_dialog = preview_document(self, document, f"{row.number_text} {row.section_name}")

    def export(self, suffix: str) -> None:
        """导出 Word / PDF: the selected notice in 公文 layout, to a file the person names."""
        from desktop.services.notice_documents import export_notice
        from desktop.views.document_preview import ask_document_path

        row = selected_row(self.view)
        if row is None:
            QMessageBox.information(self, self.tr("导出督办单"), self.tr("请先选中一份督办单。"))
            return
        path = ask_document_path(self, self.tr("导出督办单"), self.window_.dialog_folder(),
                                 f"{row.number_text} {row.section_name}", suffix)
        if path is None:
            return
        database, notice_id = self.database, row.id
        Operation(self, database, lambda _p: export_notice(database, notice_id, path), title=self.tr("没有导出")).success(
            lambda written: self.window_.statusBar().showMessage(self.tr("已导出 {0}").format(written), 8000)
        ).failure(lambda error: QMessageBox.warning(self, self.tr("没有导出"), error.message)).run_in_background()


class NoticesWindow(RegisterWindow):
    """督办单登记簿, a window of its own beside the main one (one of it)."""

    def title(self) -> str:
        return self.tr("督办单登记簿")

    def make_register(self, window) -> NoticeRegister:
        return NoticeRegister(window, self)


def show_notices(window) -> NoticesWindow | None:
    """督办 → 督办单登记簿: the register, opened once and brought to the front after."""
    return show_register(window, NoticesWindow)


class NoticeSettingsDialog(QDialog):
    """督办 → 督办单设置: the number's format and the grading (kept in the file: every PC numbers alike)."""

    def __init__(self, database, plan_id: int, parent=None):
        from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox

        from desktop.services import notices

        super().__init__(parent)
        self.database, self.plan_id = database, plan_id
        self.setWindowTitle(self.tr("督办单设置"))
        current = notices.notice_settings(database, plan_id)
        self.number_format = QLineEdit(current.number_format)
        fit_placeholder(self.number_format, self.tr("如 〔{year}〕第 {number} 号"))
        self.preview = QLabel()
        self.red_after = QSpinBox()
        self.red_after.setRange(0, 250)
        self.red_after.setValue(current.red_after)
        self.red_after.setSuffix(self.tr(" 个工作日"))
        self.reply_days = QSpinBox()
        self.reply_days.setRange(1, 60)
        self.reply_days.setValue(current.reply_days)
        self.reply_days.setSuffix(self.tr(" 个工作日"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        rule = QLabel(self.tr(
            "提示单：期限在黄灯时间内、本期尚未报送进展；黄色督办单：已逾期，或同一事项再次提示；"
            "红色督办单：逾期超过下面的工作日数，或同一事项再次督办。"))
        rule.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(rule)
        form.addRow(self.tr("编号格式"), self.number_format)
        form.addRow(self.tr("示例"), self.preview)
        form.addRow(self.tr("逾期多久发红色督办单"), self.red_after)
        form.addRow(self.tr("回复期限"), self.reply_days)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.number_format.textChanged.connect(lambda _text: self._preview())
        self._preview()

    def values(self):
        from desktop.services.notices import NoticeSettings

        return NoticeSettings(self.number_format.text().strip(), self.red_after.value(), self.reply_days.value())

    def _preview(self) -> None:
        self.preview.setText(self.values().number_text(2022, 7))

    def accept(self) -> None:
        """Saved on 确定; a refused format is said here and the dialog stays open with what was typed."""
        from desktop.errors import UserError
        from desktop.services import notices

        try:
            notices.save_notice_settings(self.database, self.plan_id, self.values())
        except UserError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        super().accept()
