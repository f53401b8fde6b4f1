"""数值目标: the tasks' numeric indicators, and the chosen one's values against its target.

An indicator judged by 序时进度 shows its light (:mod:`desktop.lights.trajectory`) in the list,
and its chart draws the month by month plan (dashed) against the actual values; its
trajectory is edited in :class:`desktop.views.quotas.trajectory_dialog.TrajectoryDialog`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.i18n import tr
from desktop.views.charts import LineChart, Series
from desktop.views.list_view import FilteredTable
from desktop.views.quotas.tables import keep_current
from desktop.views.table_model import Column
from desktop.views.task_list_model import light_icon


class TargetsPage(QSplitter):
    """The indicators on the left; the chart of the one selected on the right."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        #: Indicator id → the light of a tracked indicator on the day shown.
        self.lights: dict = {}
        self.table = FilteredTable(
            tr("QuotasTab", "数值目标"),
            [
                Column(tr("QuotasTab", "任务"), lambda r: r.task_code),
                Column(tr("QuotasTab", "指标"), lambda r: r.name),
                Column(tr("QuotasTab", "目标"), lambda r: r.target, align_right=True),
                Column(tr("QuotasTab", "单位"), lambda r: r.unit),
                Column(tr("QuotasTab", "最新实际值"), lambda r: r.latest, align_right=True),
                Column(tr("QuotasTab", "截至"), lambda r: r.as_of),
                Column(tr("QuotasTab", "序时进度"), self._light, display=self._light_text,
                       tooltip=self._light_tooltip, icon=self._light_icon),
            ],
            stretch_column=1,
        )
        self.table.current_row_changed.connect(lambda _row: self._show_indicator())
        self.edit_button = QPushButton(tr("QuotasTab", "序时进度…"))
        self.edit_button.clicked.connect(self.edit_trajectory)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        self.chart = LineChart(tr("QuotasTab", "数值目标"))
        self.chart.empty_text = tr("QuotasTab", "选择一个指标，查看实际值与目标。")
        #: The values of every indicator (:func:`desktop.services.quotas.indicator_series`).
        self.series: list = []
        #: The trajectory of the indicator shown (:class:`desktop.services.trajectories.TrajectoryView`), or None.
        self.trajectory = None
        self.database, self.plan_id, self.day = None, None, dt.date.today()
        self.read_only = False
        self.addWidget(left)
        self.addWidget(self.chart)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def _light(self, row):
        verdict = self.lights.get(row.id)
        return int(verdict.light) if verdict is not None else None

    def _light_icon(self, row):
        light = self._light(row)
        return light_icon(light) if light is not None else None

    def _light_text(self, row) -> str:
        verdict = self.lights.get(row.id)
        return verdict.light.label if verdict is not None else tr("QuotasTab", "未设")

    def _light_tooltip(self, row) -> str:
        verdict = self.lights.get(row.id)
        return f"{verdict.light.label}：{verdict.reason}" if verdict is not None else tr(
            "QuotasTab", "未按序时进度考核：点“序时进度…”设置")

    def load(self, database, plan_id: int, day: dt.date | None = None) -> None:
        """Read the indicators; the one selected stays selected (the first if none was)."""
        from desktop.services import quotas, trajectories
        from desktop.services import rows as row_service

        self.database, self.plan_id, self.day = database, plan_id, day or dt.date.today()
        self.series = quotas.indicator_series(database, plan_id)
        self.lights = trajectories.plan_lights(database, plan_id, self.day)
        keep_current(self.table, row_service.indicator_rows(database, plan_id), lambda r: r.id)
        if self.table.current_row() is None:
            self.table.select_first()
        self._show_indicator()

    def clear(self) -> None:
        self.database = self.plan_id = None
        self.table.set_rows([])

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.edit_button.setEnabled(not read_only)

    def _show_indicator(self) -> None:
        from desktop.services import trajectories

        row = self.table.current_row()
        series = next((s for s in self.series if row is not None and s.id == row.id), None)
        self.trajectory = None
        if series is None:
            self.chart.set_data([], [], title=tr("QuotasTab", "数值目标"))
            return
        unit = f"（{series.unit}）" if series.unit else ""
        references = []
        if series.target is not None:
            references.append(
                Series(tr("QuotasTab", "目标 {0}{1}").format(f"{series.target:g}", series.unit), [series.target],
                       "#c62828", dashed=True)
            )
        if row.id in self.lights and self.database is not None:
            self.trajectory = view = trajectories.trajectory_view(self.database, row.id, self.day)
            lines = [Series(tr("QuotasTab", "序时目标"), list(view.planned), "#9aa5b1", dashed=True),
                     Series(tr("QuotasTab", "实际值"), list(view.actual), "#1565c0")]
            months = [tr("QuotasTab", "{0}月").format(m) for m in range(1, 13)]
            title = tr("QuotasTab", "{0}{1}：序时目标与实际").format(series.label, unit)
            self.chart.set_data(months, lines, title=title, y_label=series.unit, references=references)
            return
        days = [day for day, _ in series.values]
        labels = [day.isoformat() for day in days] or [tr("QuotasTab", "尚无实际值")]
        values = [value for _, value in series.values] or [None]
        lines = [Series(tr("QuotasTab", "实际值"), values, "#1565c0")]
        self.chart.set_data(labels, lines, title=f"{series.label}{unit}", y_label=series.unit, references=references)

    def edit_trajectory(self) -> None:
        """Edit the selected indicator's trajectory in its dialog; the save runs as an operation."""
        from desktop.errors import UserError
        from desktop.services import trajectories
        from desktop.views.operations import Operation
        from desktop.views.quotas.trajectory_dialog import TrajectoryDialog

        row = self.table.current_row()
        if row is None or self.database is None or self.read_only:
            return
        database, plan_id = self.database, self.plan_id
        try:
            view = trajectories.trajectory_view(database, row.id, self.day)
        except UserError as error:
            QMessageBox.warning(self, tr("QuotasTab", "无法打开"), error.message)
            return
        dialog = TrajectoryDialog(row.name, row.unit, view, parent=self)
        if not dialog.exec():
            return
        values, margin = dialog.values(), dialog.margin_value()

        def work(_progress):
            trajectories.save_trajectory(database, row.id, **values)
            if margin != view.margin:
                trajectories.set_margin(database, plan_id, margin)

        Operation(self, database, work, title=tr("QuotasTab", "没有保存序时进度")).failure(
            lambda error: QMessageBox.warning(self, tr("QuotasTab", "无法保存"), error.message)
        ).run_in_background()

