"""Edit → 红黄绿灯与提醒: how early a deadline turns the light yellow, and how far ahead reminders look."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox

from desktop.lights.settings import MAX_REMINDER_WORKING_DAYS, LightSettings


class OptionsDialog(QDialog):
    """The lights' two settings (:mod:`desktop.lights.settings`), both in working days."""

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
        form = QFormLayout(self)
        form.addRow(self.tr("期限前多少个工作日亮黄灯"), self.yellow)
        form.addRow(self.tr("提醒（任务页的提醒栏、右侧提醒栏、系统通知、逾期/临期清单）列出多少个工作日内到期"), self.reminder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> LightSettings:
        return LightSettings(self.yellow.value(), self.reminder.value())
