"""图表: each section's items delivered against required, and the year's cumulative line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from desktop.i18n import tr
from desktop.views.charts import BarChart, LineChart, Series


class ChartsPage(QSplitter):
    """A bar per section (required and delivered, of the periods due by the day counted to) and the year's lines."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.bar_chart = BarChart(tr("QuotasTab", "各科室完成情况（截至统计日）"))
        self.bar_chart.empty_text = tr("QuotasTab", "没有科室的数量要求。")
        self.line_chart = LineChart(tr("QuotasTab", "全年累计：已报与应报"))
        self.line_chart.empty_text = tr("QuotasTab", "没有数量要求。")
        self.addWidget(self.bar_chart)
        self.addWidget(self.line_chart)

    def show_matrix(self, matrix, year: int, day: dt.date) -> None:
        self._show_sections(matrix, day)
        self._show_year(matrix, year, day)

    def _show_sections(self, matrix, day: dt.date) -> None:
        due_rows = []
        for row in (r for r in matrix.rows if not r.is_bureau and r.required):
            required = sum(o.period.amount for c in row.cells for _, o in c.outcomes if o.period.due <= day)
            delivered = sum(o.delivered for c in row.cells for _, o in c.outcomes if o.period.due <= day)
            due_rows.append((row.name, required, delivered))
        self.bar_chart.set_data(
            [name for name, _, _ in due_rows],
            [Series(tr("QuotasTab", "应报（已到期）"), [r for _, r, _ in due_rows], "#9aa5b1"),
             Series(tr("QuotasTab", "已报"), [d for _, _, d in due_rows], "#2e7d32")],
            y_label=tr("QuotasTab", "条"),
        )

    def _show_year(self, matrix, year: int, day: dt.date) -> None:
        sections = [r for r in matrix.rows if not r.is_bureau]
        months = list(range(1, 13))
        required, delivered = [], []
        total_required = total_delivered = 0
        for month in months:
            for row in sections:
                total_required += sum(o.period.amount for _, o in row.cells[month - 1].outcomes)
            total_delivered += sum(r.cells[month - 1].month_delivered for r in sections)
            required.append(total_required)
            delivered.append(total_delivered if dt.date(year, month, 1) <= day else None)
        self.line_chart.set_data(
            [tr("QuotasTab", "{0}月").format(m) for m in months],
            [Series(tr("QuotasTab", "应报累计（各科室）"), required, "#9aa5b1", dashed=True),
             Series(tr("QuotasTab", "已报累计"), delivered, "#1565c0")],
            y_label=tr("QuotasTab", "条"),
        )
