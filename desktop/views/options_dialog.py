"""Edit → 红黄绿灯与提醒: how early a deadline turns the light yellow, how far ahead reminders look,
and this PC's 报送人 (who the next progress report is from)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMessageBox, QSpinBox

from desktop.errors import UserError
from desktop.lights.settings import MAX_REMINDER_WORKING_DAYS, LightSettings
from desktop.services.editing import clean_text
from desktop.settings import REPORTER_NAME, Settings
from desktop.views.widgets import fit_placeholder
from desktop.views.wrapping_edit import WrappingLabel


class OptionsDialog(QDialog):
    """The lights' two settings (:mod:`desktop.lights.settings`), both in working days, and the
    本机报送人 (setting ``reports/reporter_name``), saved here when 确定 is clicked."""

    def __init__(self, values: LightSettings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("红黄绿灯与提醒"))
        self.yellow = QSpinBox()
        self.yellow.setRange(0, 60)
        self.yellow.setValue(values.yellow_days)
        self.yellow.setSuffix(self.tr(" 个工作日"))
        self.reminder = QSpinBox()
        self.reminder.setRange(1, MAX_REMINDER_WORKING_DAYS)
        self.reminder.setValue(values.reminder_working_days)
        self.reminder.setSuffix(self.tr(" 个工作日"))
        self.reporter = QLineEdit(Settings().get(REPORTER_NAME))
        fit_placeholder(self.reporter, self.tr("未设置：第一次报送进展时会询问"))
        form = QFormLayout(self)
        form.addRow(self.tr("期限前多少个工作日亮黄灯"), self.yellow)
        reminder_label = WrappingLabel(
            self.tr("提醒（任务页的提醒栏、右侧提醒栏、系统通知、逾期/临期清单）列出多少个工作日内到期"))
        reminder_label.setMinimumWidth(320)
        form.addRow(reminder_label, self.reminder)
        form.addRow(self.tr("本机报送人"), self.reporter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> LightSettings:
        return LightSettings(self.yellow.value(), self.reminder.value())

    def accept(self) -> None:
        """Keep the 报送人 (emptied: asked again at the next report); a bad name is said and the box stays."""
        try:
            name = clean_text(self.tr("本机报送人"), self.reporter.text(), max_length=100).text.strip()
        except UserError as error:
            QMessageBox.warning(self, self.tr("没有保存"), error.message)
            return
        Settings().set(REPORTER_NAME, name)
        super().accept()
