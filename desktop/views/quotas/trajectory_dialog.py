"""序时进度: the small editor of an indicator's monthly plan, opened from the 数值目标 page.

Whether the indicator is judged against a plan, its baseline and deadline, a value per
month (empty: the linear value, shown grey in the field) and the plan-wide margin for red.
What was typed is checked here before the save runs, so a bad number keeps the dialog open.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from desktop.errors import UserError
from desktop.views.task_dialogs import OptionalDate


def _text(value: float | None) -> str:
    return "" if value is None else f"{round(value, 4):g}"


class TrajectoryDialog(QDialog):
    """The trajectory of one indicator (*view*: :class:`desktop.services.trajectories.TrajectoryView`)."""

    def __init__(self, name: str, unit: str, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.setWindowTitle(self.tr("序时进度：{0}").format(name))
        self.tracked = QCheckBox(self.tr("按序时进度考核（实际值落后于当月序时目标时亮黄灯）"))
        self.tracked.setChecked(view.tracked)
        self.target = QLabel(self.tr("目标 {0}{1}").format(_text(view.target), unit) if view.target is not None
                             else self.tr("未定目标值：不能按序时进度考核"))
        self.baseline = QLineEdit(_text(view.baseline))
        self.baseline.setPlaceholderText(self.tr("空：从第一个实际值开始"))
        self.deadline = OptionalDate(self.tr("目标期限"), view.deadline, dt.date(view.year, 12, 31))
        self.margin = QLineEdit(_text(view.margin))
        form = QFormLayout()
        form.addRow(self.tracked)
        form.addRow(self.tr("目标值："), self.target)
        form.addRow(self.tr("年初基数："), self.baseline)
        form.addRow(self.tr("期限（空：年底）："), self.deadline)
        form.addRow(self.tr("红灯界限（目标的 %，全计划通用）："), self.margin)
        months = QGroupBox(self.tr("各月序时目标（留空按线性计算）"))
        grid = QGridLayout(months)
        #: Month (1..12) → its field.
        self.months: dict[int, QLineEdit] = {}
        for month in range(1, 13):
            field = QLineEdit(_text(view.typed.get(month)))
            field.setPlaceholderText(_text(view.planned[month - 1]))
            self.months[month] = field
            row, column = divmod(month - 1, 4)
            grid.addWidget(QLabel(self.tr("{0}月").format(month)), row, 2 * column)
            grid.addWidget(field, row, 2 * column + 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(months)
        layout.addWidget(self.buttons)

    def values(self) -> dict:
        """What to save (the keywords of :func:`desktop.services.trajectories.save_trajectory`), checked."""
        from desktop.services.trajectories import parse_months, parse_number

        return {
            "tracked": self.tracked.isChecked(),
            "baseline": parse_number(self.baseline.text(), self.tr("年初基数")),
            "deadline": self.deadline.value(),
            "months": parse_months({month: field.text() for month, field in self.months.items()}),
        }

    def margin_value(self) -> float:
        from desktop.services.trajectories import parse_margin

        return parse_margin(self.margin.text())

    def accept(self) -> None:
        try:
            self.values()
            self.margin_value()
        except UserError as error:
            QMessageBox.warning(self, self.tr("无法保存"), error.message)
            return
        super().accept()
