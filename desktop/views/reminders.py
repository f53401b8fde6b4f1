"""Reminders as a panel and as a system-tray message (issue 7).

:class:`CalendarReminderPanel` lists what is overdue and what falls due in the next
working days (``desktop.calendar.reminders``), with 不再提醒 to dismiss the selected one
for this OS user; double-clicking an entry that belongs to a task emits :attr:`open_task`,
any other entry :attr:`open_entry`.
:meth:`CalendarReminderPanel.check` reloads and returns the (title, body) for
:class:`TrayNotifier`, which shows it in the system tray where there is one and otherwise
only records it (offscreen, or a desktop without a tray). The window runs the daily timer.

The data layer is imported when first used, not with this module.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Change
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.views.operations import Refresher
from desktop.views.task_list_model import light_icon

UID_ROLE = Qt.ItemDataRole.UserRole
TASK_ROLE = Qt.ItemDataRole.UserRole + 1
#: desktop.calendar.reminders.DEFAULT_WORKING_DAYS, without importing the data layer here.
DEFAULT_WORKING_DAYS = 7


class CalendarReminderPanel(QWidget):
    """The reminders of one plan as of a day, for this OS user."""

    open_task = Signal(int)
    #: An entry without a task (an inspection, a quota duty) was double-clicked: the reminder item.
    open_entry = Signal(object)
    #: 签发督办单… on the selected reminder: its calendar UID.
    notice_requested = Signal(str)

    def __init__(self, parent=None, *, working_days: int | None = None, user: str | None = None):
        super().__init__(parent)
        self.working_days = working_days if working_days is not None else DEFAULT_WORKING_DAYS
        #: The lights' yellow window (desktop.lights.DEFAULT_YELLOW_DAYS until the window sets it).
        self.yellow_days = 3
        self.user = user
        self.database = None
        self.plan_id: int | None = None
        self.today: dt.date | None = None
        self.items: list[Any] = []
        #: Any change to a dated thing, or to what this person dismissed, reloads the list.
        self.refresher = Refresher(self, Change.DATA | Change.SETTINGS, lambda _note: self._follow())

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("reminderList")
        self.list.itemDoubleClicked.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        # The list's right-click menu: issue a 督办单 on the item.
        self.notice_action = QAction(self.tr("签发督办单…"), self.list)
        self.notice_action.triggered.connect(
            lambda _checked=False: self.selected_uid() and self.notice_requested.emit(self.selected_uid()))
        self.list.addAction(self.notice_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.dismiss_button = QPushButton(self.tr("不再提醒"))
        self.dismiss_button.setToolTip(self.tr("不再提醒所选事项（仅对本人）"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.restore_button = QPushButton(self.tr("恢复全部提醒"))
        self.restore_button.clicked.connect(self.undismiss_all)
        self.message = QLabel()
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_buttons()

    # -- data ---------------------------------------------------------------------------

    def load(self, database, plan_id: int | None, today: dt.date | None = None) -> None:
        """Show the reminders of *plan_id* in *database* as of *today* (default: the real today)."""
        self.database, self.plan_id = database, plan_id
        self.today = today or dt.date.today()
        if self.refresher.database is not database or self.refresher.plan_id != plan_id:
            self.refresher.attach(database, plan_id)
        self.reload()

    def _follow(self) -> None:
        """Reload, showing the plan the refresher follows (another may have been chosen on the bus)."""
        self.plan_id = self.refresher.plan_id
        self.reload()

    def forget(self) -> None:
        self.refresher.attach(None, None)
        self.database, self.plan_id, self.items = None, None, []
        self.list.clear()
        self.summary.clear()
        self.message.clear()
        self._update_buttons()

    def reload(self) -> None:
        from desktop.calendar.reminders import due_reminders

        self.message.clear()
        if self.database is None or self.plan_id is None:
            self.forget()
            return
        try:
            self.items = due_reminders(
                self.database, self.plan_id, self.today, self.working_days, user=self.user, yellow_days=self.yellow_days
            )
        except (UserError, LookupError) as error:
            self.items = []
            self.message.setText(str(error))
        self._fill()

    def check(self, database, plan_id: int | None, today: dt.date | None = None) -> tuple[str, str] | None:
        """Reload as of *today*; the (title, body) to notify, or None when nothing is due."""
        from desktop.calendar.reminders import notification_text

        self.load(database, plan_id, today)
        return notification_text(self.items, self.working_days)

    def _fill(self) -> None:
        from desktop.calendar.reminders import is_overdue, notification_text
        from desktop.lights import Light

        current = self.selected_uid()
        self.list.clear()
        for item in self.items:
            date = item.end if item.start == item.end or is_overdue(item) else item.start
            text = f"{date.isoformat()}  {tr('Labels', item.kind.label)}  {item.title}"
            row = QListWidgetItem(light_icon(item.light), text)
            row.setData(UID_ROLE, item.uid)
            row.setData(TASK_ROLE, item.task_id)
            tip = [f"{Light(item.light).label}：{item.reason}"] if item.reason else []
            tip += [item.as_written] if item.as_written else []
            if item.sections:
                tip.append("、".join(s for s in item.sections if s))
            row.setToolTip("\n".join(tip))
            self.list.addItem(row)
            if item.uid == current:
                self.list.setCurrentItem(row)
        found = notification_text(self.items, self.working_days)
        self.summary.setText(found[1].split("\n", 1)[0] if found else self.tr("没有逾期或近期到期的事项。"))
        self._update_buttons()

    # -- actions ------------------------------------------------------------------------

    def selected_uid(self) -> str | None:
        row = self.list.currentItem()
        return row.data(UID_ROLE) if row is not None else None

    def dismiss_selected(self) -> None:
        from desktop.calendar.reminders import dismiss

        uid = self.selected_uid()
        if uid is None or self.database is None:
            return
        try:
            dismiss(self.database, uid, user=self.user)
        except UserError as error:
            self.message.setText(str(error))
            return
        self.reload()

    def undismiss_all(self) -> None:
        from desktop.calendar.reminders import undismiss_all

        if self.database is None:
            return
        try:
            undismiss_all(self.database, user=self.user)
        except UserError as error:
            self.message.setText(str(error))
            return
        self.reload()

    def _activated(self, row: QListWidgetItem) -> None:
        task_id = row.data(TASK_ROLE)
        if task_id is not None:
            self.open_task.emit(int(task_id))
            return
        uid = row.data(UID_ROLE)
        item = next((i for i in self.items if i.uid == uid), None)
        if item is not None:
            self.open_entry.emit(item)

    def _update_buttons(self) -> None:
        self.dismiss_button.setEnabled(self.list.currentItem() is not None)
        self.restore_button.setEnabled(self.database is not None)


class TrayNotifier(QObject):
    """A system-tray icon that shows reminder messages; without a tray it only records them."""

    clicked = Signal()

    def __init__(self, icon: QIcon | None = None, parent=None):
        super().__init__(parent)
        self.last_message: tuple[str, str] | None = None
        self.shown = False
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon or QIcon(), self)
            self.tray.setToolTip(self.tr("督办台"))
            self.tray.messageClicked.connect(self.clicked)
            self.tray.activated.connect(lambda _reason: self.clicked.emit())
            self.tray.show()

    def notify(self, title: str, body: str) -> bool:
        """Show *title* / *body* in the tray; whether it was shown (it is recorded either way)."""
        self.last_message = (title, body)
        self.shown = False
        if self.tray is not None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)
            self.shown = True
        return self.shown

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
