"""The 日历 tab's toolbar: ◀ 今天 ▶, the title, the view switcher and the filters (by section and kind)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from desktop.i18n import tr
from desktop.views.calendar_month import kind_labels
from desktop.views.widgets import fit_to_contents
from desktop.views.wrapping_edit import WrappingLabel

MONTH, WEEK, AGENDA, TIMELINE, ALL = range(5)
AGENDA_DAYS = (30, 90, 365)


class CalendarToolbar(QWidget):
    """The widgets above the calendar's views; the tab connects to them and keeps the filter state."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.prev_button = QToolButton(text="◀")
        self.prev_button.setToolTip(tr("CalendarTab", "上一个月、上一周或上一段（PgUp）"))
        self.today_button = QPushButton(tr("CalendarTab", "今天"))
        self.today_button.setToolTip(tr("CalendarTab", "回到今天（Home）"))
        self.next_button = QToolButton(text="▶")
        self.next_button.setToolTip(tr("CalendarTab", "下一个月、下一周或下一段（PgDn）"))
        # Wraps rather than widening the window (“2022年 任务与措施时间轴” is long in English).
        self.title_label = WrappingLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        view_row = self._build_view_buttons()
        self.agenda_days_combo = QComboBox()
        for days in AGENDA_DAYS:
            self.agenda_days_combo.addItem(tr("CalendarTab", "{0} 天").format(days), days)
        self.agenda_days_combo.setToolTip(tr("CalendarTab", "日程列出的天数"))
        self.section_combo = QComboBox()
        self.section_combo.addItem(tr("CalendarTab", "全部科室"), "")
        fit_to_contents(self.section_combo)
        self._build_kind_menu()

        # Shown in the 日程 view only, keeping its room in the others so that nothing beside it moves.
        policy = self.agenda_days_combo.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.agenda_days_combo.setSizePolicy(policy)
        self.agenda_days_combo.setVisible(False)

        # The view switcher comes first: nothing before it changes width (the title, the 日程's
        # days, the sections and 类别（N） do), so 月 / 周 / 日程 stay where the hand left them.
        toolbar = QHBoxLayout(self)
        toolbar.setContentsMargins(0, 0, 0, 0)
        toolbar.addLayout(view_row)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.prev_button)
        toolbar.addWidget(self.today_button)
        toolbar.addWidget(self.next_button)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.title_label, 1)  # the room to spare: one line where it can
        toolbar.addWidget(self.agenda_days_combo)
        toolbar.addSpacing(12)
        toolbar.addWidget(QLabel(tr("CalendarTab", "科室：")))
        toolbar.addWidget(self.section_combo)
        toolbar.addWidget(self.kind_button)

    def _build_view_buttons(self) -> QHBoxLayout:
        self.view_buttons = QButtonGroup(self)
        view_row = QHBoxLayout()
        view_row.setSpacing(0)
        names = (tr("CalendarTab", "月"), tr("CalendarTab", "周"), tr("CalendarTab", "日程"), tr("CalendarTab", "时间轴"),
                 tr("CalendarTab", "全部"))
        for index, text in enumerate(names):
            button = QToolButton(text=text)
            button.setCheckable(True)
            button.setChecked(index == MONTH)
            self.view_buttons.addButton(button, index)
            view_row.addWidget(button)
        self.view_buttons.button(ALL).setToolTip(
            tr("CalendarTab", "计划中带日期的全部事项（督查、备检、节点与宣传），可按文字筛选"))
        return view_row

    def _build_kind_menu(self) -> None:
        """类别: a menu of the kinds of entries, each checked while shown (:attr:`kind_actions`)."""
        self.kind_button = QToolButton(text=tr("CalendarTab", "类别"))
        self.kind_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kind_menu = QMenu(self.kind_button)
        self.kind_actions: dict[str, QAction] = {}
        for code, label in kind_labels().items():
            action = QAction(label, self.kind_menu)
            action.setCheckable(True)
            action.setChecked(True)
            self.kind_menu.addAction(action)
            self.kind_actions[code] = action
        self.kind_button.setMenu(self.kind_menu)

    def show_hidden_kinds(self, hidden: int) -> None:
        """类别, or 类别（N） with the number of kinds shown when *hidden* of them are not."""
        shown = len(self.kind_actions) - hidden
        self.kind_button.setText(tr("CalendarTab", "类别") if not hidden else tr("CalendarTab", "类别（{0}）").format(shown))

    def set_sections(self, sections: Sequence[str], current: str) -> None:
        """List 全部科室 and *sections*, keeping *current* chosen (without signalling a change)."""
        self.section_combo.blockSignals(True)
        self.section_combo.clear()
        self.section_combo.addItem(tr("CalendarTab", "全部科室"), "")
        for section in sections:
            self.section_combo.addItem(section, section)
        self.section_combo.setCurrentIndex(max(0, self.section_combo.findData(current)))
        self.section_combo.blockSignals(False)

    def set_navigable(self, navigable: bool) -> None:
        for button in (self.prev_button, self.today_button, self.next_button):
            button.setEnabled(navigable)


__all__ = ["AGENDA", "AGENDA_DAYS", "ALL", "MONTH", "TIMELINE", "WEEK", "CalendarToolbar"]
