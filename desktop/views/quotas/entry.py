"""The entry row under the matrix: one line to record a publicity item, Enter saves it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.views.quotas.dialogs import CHANNELS, item_draft
from desktop.views.widgets import date_edit, fit_placeholder, fit_to_contents, to_qdate


class QuickEntry(QWidget):
    """One line to record an item: 事项, 科室, 日期, 标题, 渠道, 已采用, 链接; Enter saves."""

    #: Enter in 标题, 渠道 or 链接, or 登记 clicked: save the row.
    submitted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = QComboBox()
        self.section = QComboBox()
        for combo in (self.kind, self.section):
            fit_to_contents(combo)
        self.date = date_edit(dt.date.today())
        self.title = QLineEdit()
        fit_placeholder(self.title, self.tr("标题（回车保存）"))
        self.channel = QLineEdit()
        fit_placeholder(self.channel, self.tr("渠道/媒体"))
        completer = QCompleter(CHANNELS, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.channel.setCompleter(completer)
        self.published = QCheckBox(self.tr("已采用"))
        self.link = QLineEdit()
        fit_placeholder(self.link, self.tr("链接或文件"))
        self.save_button = QPushButton(self.tr("登记"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("登记：")))
        for widget, stretch in ((self.kind, 0), (self.section, 0), (self.date, 0), (self.title, 3),
                                (self.channel, 1), (self.published, 0), (self.link, 1), (self.save_button, 0)):
            layout.addWidget(widget, stretch)
        self.setTabOrder(self.kind, self.section)
        self.setTabOrder(self.section, self.date)
        self.setTabOrder(self.date, self.title)
        self.setTabOrder(self.title, self.channel)
        self.setTabOrder(self.channel, self.published)
        self.setTabOrder(self.published, self.link)
        for edit in (self.title, self.channel, self.link):
            edit.returnPressed.connect(self.submitted)
        self.save_button.clicked.connect(self.submitted)

    def set_choices(self, data, day: dt.date) -> None:
        """The 事项 and 科室 of *data* to choose from; the date moves into the plan's year (to *day* at most).

        What was chosen stays chosen; the first time, the 科室 is the matrix's first section, not （不属科室）.
        """
        for combo, choices in (
            (self.kind, [(f"{r.kind}", r.id) for r in data.rules]),
            (self.section, [(self.tr("（不属科室）"), None)] + [(s.name, s.id) for s in data.all_sections]),
        ):
            # An empty combo's currentData() is None, which is also （不属科室）'s: only a real choice is kept.
            chosen = combo.currentIndex() >= 0
            current = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                for label, value in choices:
                    combo.addItem(label, value)
                index = combo.findData(current) if chosen else -1
                if index < 0 and combo is self.section:
                    index = combo.findData(data.sections[0].id) if data.sections else min(1, combo.count() - 1)
                combo.setCurrentIndex(max(0, index))
        today = dt.date.today()
        if self.date.date() == to_qdate(today) and data.year != today.year:
            self.date.setDate(to_qdate(min(day, dt.date(data.year, 12, 31))))

    def choose_rule(self, rule_id: int) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(rule_id)))

    def choose_section(self, department_id: int | None) -> None:
        self.section.setCurrentIndex(max(0, self.section.findData(department_id)))

    def choose_month(self, year: int, month: int) -> None:
        """The same day of *month* (its last day at most)."""
        day = self.date.date()
        last = to_qdate(dt.date(year, month, 1)).daysInMonth()
        self.date.setDate(to_qdate(dt.date(year, month, min(day.day(), last))))

    def draft(self):
        return item_draft(self, self.channel.text())

    def clear_for_next(self) -> None:
        """Keep 事项, 科室, 日期 and 渠道 (the next item is usually alike); clear the rest."""
        self.title.clear()
        self.link.clear()
        self.published.setChecked(False)
        self.title.setFocus()
