"""The plan switcher: which of the file's plans (one a year) the window shows, and whether it may be edited.

A combo box beside the tabs lists the plans, newest first. Choosing one goes through the
change bus (:meth:`~desktop.views.operations.ChangeBus.select_plan`): every tab hears
:attr:`~desktop.changes.Change.DATABASE` and reads the chosen plan anew, shown or when next
shown. A plan the next year's plan was made from is shown read-only, the banner saying why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QWidget

from desktop.changes import Change
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.views.operations import Refresher, changes_of


def plan_read_only_reason(plan) -> str:
    """Why the plan *plan* (a PlanSummary) is not edited any more ("" when it may be)."""
    return plan.read_only_reason if plan is not None else ""


def plan_entry(plan) -> str:
    """A plan as the switcher lists it: its year and number, and whether it is read-only."""
    text = tr("PlanSwitcher", "{0} 年：{1}").format(plan.year, plan.doc_number)
    return text + tr("PlanSwitcher", "（只读）") if plan.read_only else text


class PlanSwitcher(QWidget):
    """计划：[2023 年：柳科通〔2023〕… ▾] in the tab bar's corner."""

    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.combo = QComboBox()
        self.combo.setObjectName("planSwitcher")
        self.combo.setToolTip(tr("PlanSwitcher", "本文件中的年度计划；上一年度的计划只能查看"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.activated.connect(self._chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(QLabel(tr("PlanSwitcher", "计划：")))
        layout.addWidget(self.combo)
        self.plans: list = []
        # Another PC's new plan (or this one's) adds an entry; a plan carried over turns read-only.
        self.refresher = Refresher(self, Change.PLAN, lambda _note: self.reload())

    def attach(self, database, plan_id: int | None) -> None:
        """The window opened *database* showing *plan_id*: the bus starts with it."""
        if database is not None:
            changes_of(database).plan_id = plan_id
        self.refresher.attach(database, plan_id)
        self.reload()

    def reload(self) -> None:
        from desktop.services import workspace

        database = self.refresher.database
        self.plans = workspace.plans(database) if database is not None else []
        window = self.window_
        shown = window.plan.id if window.plan is not None else None
        self.combo.clear()
        for plan in self.plans:
            self.combo.addItem(plan_entry(plan), plan.id)
        index = self.combo.findData(shown)
        self.combo.setCurrentIndex(index)
        self.setVisible(bool(self.plans))
        current = next((plan for plan in self.plans if plan.id == shown), None)
        if current is not None and current != window.plan:
            window.plan = current  # e.g. carried over into a new plan meanwhile: read-only now
            self.show_state()

    def _chosen(self, index: int) -> None:
        plan_id = self.combo.itemData(index)
        window = self.window_
        if plan_id is None or window.plan is None or plan_id == window.plan.id:
            return
        self.show_plan(plan_id)

    def show_plan(self, plan_id: int) -> None:
        """Show the plan *plan_id*: announced on the bus, so every tab reads it."""
        from desktop.services import workspace

        window = self.window_
        database = window.database
        window.tasks_tab.editor.flush()
        try:
            window.plan = workspace.plan_summary(database, plan_id)
        except UserError as error:
            QMessageBox.warning(window, tr("PlanSwitcher", "无法切换计划"), error.message)
            return
        bus = changes_of(database)
        bus.select_plan(plan_id)
        bus.flush()
        self.combo.setCurrentIndex(self.combo.findData(plan_id))
        self.show_state()
        window.check_reminders(force=True)

    def show_state(self) -> None:
        """The status bar, the title and the read-only state of the plan shown."""
        window = self.window_
        plan = window.plan
        if plan is None or window.database is None:
            return
        location = window.database.display_name()
        window.plan_label.setText(tr("MainWindow", "计划：{0}").format(plan.doc_number))
        window.plan_label.setToolTip(plan.title)
        window.setWindowTitle(tr("MainWindow", "督办台 — {0}（{1}）").format(plan.doc_number, Path(location).name))
        window.apply_read_only()
