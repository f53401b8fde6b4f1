"""数值目标: the tasks' numeric indicators, and the chosen one's values against its target."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from desktop.i18n import tr
from desktop.views.charts import LineChart, Series
from desktop.views.list_view import FilteredTable
from desktop.views.quotas.tables import keep_current
from desktop.views.table_model import Column


class TargetsPage(QSplitter):
    """The indicators on the left; the chart of the one selected on the right."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.table = FilteredTable(
            tr("QuotasTab", "数值目标"),
            [
                Column(tr("QuotasTab", "任务"), lambda r: r.task_code),
                Column(tr("QuotasTab", "指标"), lambda r: r.name),
                Column(tr("QuotasTab", "目标"), lambda r: r.target, align_right=True),
                Column(tr("QuotasTab", "单位"), lambda r: r.unit),
                Column(tr("QuotasTab", "最新实际值"), lambda r: r.latest, align_right=True),
                Column(tr("QuotasTab", "截至"), lambda r: r.as_of),
            ],
            stretch_column=1,
        )
        self.table.current_row_changed.connect(lambda _row: self._show_indicator())
        self.chart = LineChart(tr("QuotasTab", "数值目标"))
        self.chart.empty_text = tr("QuotasTab", "选择一个指标，查看实际值与目标。")
        #: The values of every indicator (:func:`desktop.services.quotas.indicator_series`).
        self.series: list = []
        self.addWidget(self.table)
        self.addWidget(self.chart)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def load(self, database, plan_id: int) -> None:
        """Read the indicators; the one selected stays selected (the first if none was)."""
        from desktop.services import quotas
        from desktop.services import rows as row_service

        self.series = quotas.indicator_series(database, plan_id)
        keep_current(self.table, row_service.indicator_rows(database, plan_id), lambda r: r.id)
        if self.table.current_row() is None:
            self.table.select_first()
        self._show_indicator()

    def clear(self) -> None:
        self.table.set_rows([])

    def _show_indicator(self) -> None:
        row = self.table.current_row()
        series = next((s for s in self.series if row is not None and s.id == row.id), None)
        if series is None:
            self.chart.set_data([], [], title=tr("QuotasTab", "数值目标"))
            return
        days = [day for day, _ in series.values]
        labels = [day.isoformat() for day in days] or [tr("QuotasTab", "尚无实际值")]
        values = [value for _, value in series.values] or [None]
        lines = [Series(tr("QuotasTab", "实际值"), values, "#1565c0")]
        references = []
        if series.target is not None:
            references.append(
                Series(tr("QuotasTab", "目标 {0}{1}").format(f"{series.target:g}", series.unit), [series.target],
                       "#c62828", dashed=True)
            )
        unit = f"（{series.unit}）" if series.unit else ""
        self.chart.set_data(labels, lines, title=f"{series.label}{unit}", y_label=series.unit, references=references)
