"""What the 指标 tab shows: the plan's quota data, the 事项 chosen and the day counted to.

:class:`Scope` is the bar above the pages (the 事项 filter and the year's summary) and the
one place the pages read the loaded data and the matrix from.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.i18n import tr
from desktop.views.wrapping_edit import WrappingLabel


class Scope(QWidget):
    """The 事项 filter and summary bar, holding the quota data and the matrix the pages show."""

    #: The person chose another 事项 (not sent while the data is being loaded).
    kind_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database = None
        self.plan_id: int | None = None
        #: :class:`desktop.services.quotas.QuotaData` of the plan, or None.
        self.data = None
        #: The working-day calendar the periods are shifted by.
        self.calendar = None
        #: The matrix last counted (:meth:`count`).
        self.matrix = None
        #: Nothing may be changed (the window's read-only state or a read-only database).
        self.read_only = False
        #: The day the matrix is counted to; None: today (tests set a fixed day).
        self.today: dt.date | None = None
        self._shift_cache: dict = {}
        self.kind_filter = QComboBox()
        self.kind_filter.setMinimumWidth(140)
        self.kind_filter.currentIndexChanged.connect(self._kind_chosen)
        self.summary = WrappingLabel()
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(QLabel(tr("QuotasTab", "事项：")))
        self._layout.addWidget(self.kind_filter)
        self._layout.addWidget(self.summary, 1)

    def add_button(self, button: QWidget) -> None:
        """A button at the bar's right end (import, export)."""
        self._layout.addWidget(button)

    def day(self) -> dt.date:
        return self.today or dt.date.today()

    def kind(self) -> str | None:
        """The 事项 chosen; None: all of them."""
        return self.kind_filter.currentData()

    def load(self, database, plan_id: int | None) -> None:
        """Read the plan's quota data and working days; the 事项 chosen stays chosen if it still exists."""
        from desktop.workdays import load_calendar
        from desktop.services import quotas

        self.database, self.plan_id = database, plan_id
        if plan_id is None:
            self.data = self.matrix = None
            return
        self.calendar = load_calendar(database)
        self._shift_cache = {}
        self.data = quotas.load_data(database, plan_id)
        current = self.kind()
        with QSignalBlocker(self.kind_filter):
            self.kind_filter.clear()
            self.kind_filter.addItem(tr("QuotasTab", "全部事项"), None)
            for kind in self.data.kinds:
                self.kind_filter.addItem(kind, kind)
            self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current)))

    def choose_kind(self, kind: str) -> None:
        """Show *kind* as if the person chose it."""
        index = self.kind_filter.findData(kind)
        if index >= 0 and index != self.kind_filter.currentIndex():
            self.kind_filter.setCurrentIndex(index)

    def count(self):
        """Count the matrix of the 事项 chosen from the data held; the summary follows."""
        from desktop.services import quotas

        self.matrix = quotas.compute_matrix(self.data, self.calendar, self.day(), self.kind(), self._shift_cache)
        self._show_summary()
        return self.matrix

    def refresh_counts(self) -> None:
        """Read the counts of the year's items again (after an edit or a delete)."""
        from desktop.services import quotas

        self.data = quotas.refresh_counts(self.database, self.data)

    def item_added(self, draft) -> None:
        """Count an item just saved here without reading the counts again."""
        from desktop.services import quotas

        self.data = quotas.with_item_added(self.data, draft)

    def _kind_chosen(self) -> None:
        if self.data is not None:
            self.kind_changed.emit()

    def _show_summary(self) -> None:
        bureau = self.matrix.bureau
        short = sum(r.outstanding for r in self.matrix.rows if not r.is_bureau)
        self.summary.setText(
            tr("QuotasTab", "　{0} 年　截至 {1}：全局已报 {2} 条，各科室欠缺 {3} 条，全市要求欠缺 {4} 条").format(
                self.data.year, self.day().isoformat(), sum(c.month_delivered for c in bureau.cells), short,
                bureau.outstanding
            )
        )


def empty_matrix():
    """The matrix of no plan: no rows."""
    from desktop.quotas.matrix import Matrix

    return Matrix(0, [])
