"""Edit → 红黄灯与提醒设置: how early a deadline turns the light yellow, and how far ahead reminders look."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox


class OptionsDialog(QDialog):
    """How early a deadline turns the light yellow, and how far ahead the reminders look."""

    def __init__(self, yellow_days: int, reminder_days: int, calendar_working_days: int = 7, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("红黄灯与提醒设置"))
        self.yellow = QSpinBox()
        self.yellow.setRange(0, 60)
        self.yellow.setValue(yellow_days)
        self.yellow.setSuffix(self.tr(" 个工作日"))
        self.reminder = QSpinBox()
        self.reminder.setRange(1, 120)
        self.reminder.setValue(reminder_days)
        self.reminder.setSuffix(self.tr(" 天"))
        self.calendar_reminder = QSpinBox()
        self.calendar_reminder.setRange(1, 15)
        self.calendar_reminder.setValue(calendar_working_days)
        self.calendar_reminder.setSuffix(self.tr(" 个工作日"))
        form = QFormLayout(self)
        form.addRow(self.tr("期限前多少个工作日亮黄灯"), self.yellow)
        form.addRow(self.tr("提醒栏列出多少天内到期"), self.reminder)
        form.addRow(self.tr("日历提醒（右侧提醒栏和系统通知）列出多少个工作日内到期"), self.calendar_reminder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[int, int, int]:
        return self.yellow.value(), self.reminder.value(), self.calendar_reminder.value()
