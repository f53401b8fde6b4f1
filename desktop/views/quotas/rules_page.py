"""规则: one line per requirement of every quota rule; a rule is edited in its dialog."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import tr
from desktop.views.list_view import FilteredTable
from desktop.views.quotas.tables import keep_current
from desktop.views.table_model import Column


@dataclass(frozen=True, slots=True)
class RuleRow:
    """One requirement of a rule, as the 规则 page lists it."""

    rule: object
    requirement_id: int
    seq: int
    kind: str
    owner: str
    as_written: str
    requirement: str
    subject: str
    collection: str
    shift: str
    carry: str
    coordinator: str

    @property
    def id(self):
        return self.requirement_id


class RulesPage(QWidget):
    """The rules' requirements with 新增规则, 修改规则 and 删除规则."""

    #: The rule to edit; None: a new one.
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = FilteredTable(
            tr("QuotasTab", "宣传推广指标"),
            [
                Column(tr("QuotasTab", "序号"), lambda r: r.seq, align_right=True),
                Column(tr("QuotasTab", "事项"), lambda r: r.kind),
                Column(tr("QuotasTab", "责任"), lambda r: r.owner),
                Column(tr("QuotasTab", "要求（原文）"), lambda r: r.as_written),
                Column(tr("QuotasTab", "折合频次"), lambda r: r.requirement),
                Column(tr("QuotasTab", "内容"), lambda r: r.subject),
                Column(tr("QuotasTab", "归集"), lambda r: r.collection),
                Column(tr("QuotasTab", "遇休息日"), lambda r: r.shift),
                Column(tr("QuotasTab", "欠缺结转"), lambda r: r.carry),
                Column(tr("QuotasTab", "统筹科室"), lambda r: r.coordinator),
            ],
            stretch_column=5,
        )
        self.table.view.doubleClicked.connect(lambda _: self._edit())
        self.new_button = QPushButton(tr("QuotasTab", "新增规则…"))
        self.new_button.clicked.connect(lambda: self.edit_requested.emit(None))
        self.edit_button = QPushButton(tr("QuotasTab", "修改规则…"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(tr("QuotasTab", "删除规则"))
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def current_rule(self):
        row = self.table.current_row()
        return row.rule if row is not None else None

    def load(self, data) -> None:
        """One line per requirement of *data*'s rules; the current line stays current."""
        from desktop.services.quotas import describe

        rows = []
        for rule in data.rules:
            for r in rule.requirements:
                rows.append(
                    RuleRow(
                        rule, r.id, rule.seq, rule.kind,
                        tr("QuotasTab", "全市") if r.department_id is None else data.section_name(r.department_id),
                        r.text, describe(r), r.subject,
                        tr("QuotasTab", "每月{0}日前").format(r.collect_day) if r.collect_day else "",
                        tr("QuotasTab", "提前") if r.rest_day_shift.value == "before" else tr("QuotasTab", "顺延"),
                        tr("QuotasTab", "结转") if r.carry_over else "",
                        rule.coordinator,
                    )
                )
        keep_current(self.table, rows, lambda r: r.requirement_id)

    def clear(self) -> None:
        self.table.set_rows([])

    def _edit(self) -> None:
        rule = self.current_rule()
        if rule is not None:
            self.edit_requested.emit(rule)

    def _delete(self) -> None:
        rule = self.current_rule()
        if rule is not None:
            self.delete_requested.emit(rule)
