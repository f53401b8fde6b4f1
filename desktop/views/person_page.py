"""A person's page: who they are, whether they serve, who acts for them, and everything they answer for.

The list of what they answer for (tasks, measures, inspections' preparation, quotas, group
seats) carries each item's traffic light; double-clicking an item of a task opens the task in
the 任务 tab. Below it, their absences and the history of their roles.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.lights import Light
from desktop.people.succession import Presence
from desktop.views.table_model import Column, RowTableModel
from desktop.views.task_list_model import light_icon
from desktop.views.widgets import make_table, selected_row

_ANSWERING_COLUMN = 4
_LIGHT_COLUMN = 0
#: 类别 and 编号: few distinct values each (a seat's 编号 is its group, 领导小组), fitted to the widest.
_SHORT_COLUMNS = {1: (64, lambda h: h.kind_label), 2: (52, lambda h: h.code)}
_DUE_COLUMN = 6
#: Tasks whose lights are read at once when a row without one is shown.
_LIGHTS_AT_ONCE = 150


class HoldingsModel(RowTableModel):
    """The holdings, with the light drawn as a coloured dot.

    A task's light may be left for later (``light_pending``): a leader answers for a thousand
    tasks. It is read when its row is first shown, with those of the rows around it, through
    :attr:`light_loader` (task ids → (light, reason, next deadline)); the holding is then
    filled in, so it is read once.
    """

    def __init__(self, columns, parent=None):
        super().__init__(columns, parent)
        self.light_loader = None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.column() in (_LIGHT_COLUMN, _DUE_COLUMN) and self.row(index.row()).light_pending:
            self._load_lights(index.row())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == _LIGHT_COLUMN:
            light = self.row(index.row()).light
            return light_icon(light) if light is not None else None
        return super().data(index, role)

    def _load_lights(self, row: int) -> None:
        from desktop.errors import UserError

        rows = self.rows()
        waiting = [h for h in rows[max(0, row - 20) :] if h.light_pending][:_LIGHTS_AT_ONCE]
        found = {}
        if self.light_loader is not None:
            try:
                found = self.light_loader([h.item_id for h in waiting])
            except UserError:
                found = {}  # the file is out of reach: no light, and no asking again on every paint
        for holding in waiting:
            holding.light_pending = False
            if holding.item_id in found:
                holding.light, holding.light_reason, holding.due = found[holding.item_id]
        first, last = rows.index(waiting[0]), rows.index(waiting[-1])
        # The rows painted before this one in the same pass are drawn again with their lights.
        QTimer.singleShot(0, lambda: self.dataChanged.emit(self.index(first, _LIGHT_COLUMN), self.index(last, _DUE_COLUMN)))


class PersonPageView(QWidget):
    #: Double-click on an item of a task: open it in the 任务 tab.
    open_task = Signal(int)
    #: The absence the person chose to remove: (id, version).
    absence_removed = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.page = None
        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.acting_label = QLabel()
        self.acting_label.setWordWrap(True)
        self.count_label = QLabel()

        self._build_holdings()
        self._build_lower()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.name_label, self.details_label, self.status_label, self.acting_label):
            top_layout.addWidget(widget)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("负责的事务")))
        heading.addWidget(self.count_label)
        heading.addStretch(1)
        top_layout.addLayout(heading)
        top_layout.addWidget(self.holdings_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.read_only = False
        self.show_page(None)

    def _build_holdings(self) -> None:
        """The list of what the person answers for, with lights."""

        def light_text(row) -> str:
            return Light(row.light).label if row.light is not None else ""

        self.holdings_view, self.holdings_model = make_table(
            [
                # The light first: on a narrow page it is what must stay in sight.
                Column(self.tr("灯"), lambda r: r.light, display=light_text,
                       tooltip=lambda r: f"{light_text(r)}：{r.light_reason}" if r.light is not None else ""),
                Column(self.tr("类别"), lambda r: r.kind_label),
                Column(self.tr("编号"), lambda r: r.code),
                Column(self.tr("事项"), lambda r: r.title),
                Column(self.tr("职责"), lambda r: r.role),
                Column(self.tr("现由"), lambda r: r.answering),
                Column(self.tr("期限"), lambda r: r.due),
            ],
            self,
            HoldingsModel,
        )
        self.holdings_view.doubleClicked.connect(self._open)
        # A leader's page lists a thousand tasks: the columns have set widths, not measured ones.
        header = self.holdings_view.horizontalHeader()
        header.setStretchLastSection(False)
        # 事项 keeps a readable width; a narrow page scrolls sideways rather than squeeze it away.
        for column, width in enumerate((60, 64, 52, 180, 96, 80, 84)):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self._fit_light_column()
        self.holdings_view.setToolTip(self.tr("双击任务、措施或工作小组，在“任务”页打开该任务"))

    def _fit_light_column(self) -> None:
        """The 灯 column as wide as its widest label with its dot (无灯 …), measured in the list's own font."""
        view = self.holdings_view
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font, option.fontMetrics = view.font(), view.fontMetrics()
        option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay | QStyleOptionViewItem.ViewItemFeature.HasDecoration
        extent = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
        option.decorationSize = QSize(extent, extent)
        option.decorationPosition = QStyleOptionViewItem.Position.Left
        widths = [view.horizontalHeader().sectionSizeHint(_LIGHT_COLUMN)]
        for light in Light:
            option.text, option.icon = light.label, light_icon(int(light))
            widths.append(view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), view).width())
        view.horizontalHeader().resizeSection(_LIGHT_COLUMN, max(widths) + view.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, view))

    def _fit_short_columns(self, holdings) -> None:
        """类别 and 编号 as wide as their widest value, each distinct value measured once (a page may list a thousand)."""
        header = self.holdings_view.horizontalHeader()
        metrics = self.holdings_view.fontMetrics()
        for column, (least, value) in _SHORT_COLUMNS.items():
            widest = max((metrics.horizontalAdvance(text) for text in {value(h) for h in holdings}), default=0)
            header.resizeSection(column, max(least, header.sectionSizeHint(column), min(widest + 16, 160)))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_light_column()

    def _build_lower(self) -> None:
        """The tabs under the list: the history of roles and the absences."""
        self.absences_view, self.absences_model = make_table(
            [
                Column(self.tr("开始"), lambda r: r.start),
                Column(self.tr("结束"), lambda r: r.end),
                Column(self.tr("说明"), lambda r: r.note),
            ]
        )
        self.remove_absence_button = QPushButton(self.tr("删除所选暂离"))
        self.remove_absence_button.clicked.connect(self._remove_absence)
        absences = QWidget()
        absence_layout = QVBoxLayout(absences)
        absence_layout.addWidget(self.absences_view)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_absence_button)
        absence_layout.addLayout(row)
        self.history_view, self.history_model = make_table(
            [
                Column(self.tr("起"), lambda r: r.start),
                Column(self.tr("止"), lambda r: r.end, display=lambda r: r.end.isoformat() if r.end else self.tr("至今")),
                Column(self.tr("职务或事项"), lambda r: r.what),
                Column(self.tr("任职者"), lambda r: r.holder),
                Column(self.tr("备注"), lambda r: r.note),
            ]
        )
        self.lower = QTabWidget()
        self.lower.addTab(self.history_view, self.tr("任职历史"))
        self.lower.addTab(absences, self.tr("暂离"))

    def show_page(self, page) -> None:
        """Show *page* (a :class:`~desktop.services.people.PersonPage`), or nothing."""
        self.page = page
        if page is None:
            self.name_label.setText(self.tr("（未选择人员）"))
            for label in (self.details_label, self.status_label, self.acting_label, self.count_label):
                label.setText("")
            self.holdings_model.set_rows([])
            self.absences_model.set_rows([])
            self.history_model.set_rows([])
            self._update_buttons()
            return
        fields = page.fields
        self.name_label.setText(page.name)
        details = [fields["title"], page.department, fields["phone"], fields["email"]]
        self.details_label.setText("　·　".join(d for d in details if d))
        away = page.presence is not Presence.SERVING
        self.status_label.setText(self.tr("状态：{0}").format(page.status))
        self.status_label.setStyleSheet("color: #b26a00; font-weight: bold;" if away else "")
        self.acting_label.setText(
            self.tr("顺位代替：") + "；".join(page.acting_lines) if page.acting_lines else ""
        )
        self.acting_label.setVisible(bool(page.acting_lines))
        self.holdings_model.set_rows(page.holdings)
        self._fit_short_columns(page.holdings)
        self.count_label.setText(self.tr("（{0} 项）").format(len(page.holdings)))
        self.holdings_view.setColumnHidden(_ANSWERING_COLUMN, not any(h.answering for h in page.holdings))
        self.absences_model.set_rows(page.absences)
        self.history_model.set_rows(page.history)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_absence_button.setEnabled(not self.read_only and bool(self.page and self.page.absences))

    def _open(self, index) -> None:
        holding = self.holdings_model.row(index.row()) if index.isValid() else None
        if holding is not None and holding.task_id is not None:
            self.open_task.emit(holding.task_id)

    def _remove_absence(self) -> None:
        absence = selected_row(self.absences_view)
        if absence is None and self.page is not None and len(self.page.absences) == 1:
            absence = self.page.absences[0]
        if absence is not None:
            self.absence_removed.emit(absence.id, absence.version)


__all__ = ["HoldingsModel", "PersonPageView"]
