"""Dialogs of the 指标 tab: a quota rule with its requirements, one publicity item, an import preview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models.enums import RestDayShift
from desktop.views.widgets import date_edit, from_qdate

#: Common outlets offered as completions (any text may be typed).
CHANNELS = ["柳州日报", "广西日报", "科技日报", "柳州科技微信公众号", "自治区改革信息简报", "柳州电视台", "广西新闻网"]
#: Period choices of the rule editor: label → every_months (0: given months).
PERIODS = [("每月", 1), ("每 2 个月", 2), ("每季度", 3), ("每半年", 6), ("每年", 12), ("指定月份", 0)]


def item_draft(form, channel: str, note: str = ""):
    """The item *form* shows: its ``kind``, ``section``, ``date``, ``title``, ``published`` and ``link`` widgets."""
    from desktop.services.quotas import ItemDraft

    return ItemDraft(
        rule_id=form.kind.currentData(),
        department_id=form.section.currentData(),
        title=form.title.text(),
        date=from_qdate(form.date.date()),
        channel=channel,
        published=form.published.isChecked(),
        link=form.link.text(),
        note=note,
    )


class ItemDialog(QDialog):
    """Edit one submitted item."""

    def __init__(self, data, item=None, *, rule_id=None, department_id=None, day=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改宣传条目") if item else self.tr("登记宣传条目"))
        self.resize(560, 320)
        form = QFormLayout()
        self.kind = QComboBox()
        for rule in data.rules:
            self.kind.addItem(f"{rule.seq}. {rule.kind}", rule.id)
        self.section = QComboBox()
        self.section.addItem(self.tr("（不属科室）"), None)
        for section in data.all_sections:
            self.section.addItem(section.name, section.id)
        self.date = date_edit(item.date if item else (day or dt.date.today()))
        self.title = QLineEdit(item.title if item else "")
        self.channel = QComboBox()
        self.channel.setEditable(True)
        self.channel.addItems(CHANNELS)
        self.channel.setCurrentText(item.channel if item else "")
        self.published = QCheckBox(self.tr("已采用/已刊发"))
        self.published.setChecked(bool(item and item.published))
        self.link = QLineEdit(item.link if item else "")
        self.link.setPlaceholderText(self.tr("网址或文件位置"))
        self.note = QLineEdit(item.note if item else "")
        self._select(self.kind, item.rule_id if item else rule_id)
        self._select(self.section, item.department_id if item else department_id)
        form.addRow(self.tr("事项"), self.kind)
        form.addRow(self.tr("科室"), self.section)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("标题"), self.title)
        form.addRow(self.tr("渠道/媒体"), self.channel)
        form.addRow("", self.published)
        form.addRow(self.tr("链接或文件"), self.link)
        form.addRow(self.tr("备注"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def draft(self):
        return item_draft(self, self.channel.currentText(), self.note.text())


class RuleDialog(QDialog):
    """A quota rule: the 事项 and its texts, and its requirements one per line.

    ``save`` is called with (fields, requirements) when the person saves; a
    :class:`UserError` it raises is shown and the dialog stays open with everything typed.
    """

    COLUMNS = ["责任", "数量", "至少", "周期", "指定月份", "起算月", "归集日", "遇休息日", "欠缺结转", "内容", "要求（原文）"]

    def column_titles(self) -> list[str]:
        titles = [
            self.tr("责任"), self.tr("数量"), self.tr("至少"), self.tr("周期"), self.tr("指定月份"), self.tr("起算月"),
            self.tr("归集日"), self.tr("遇休息日"), self.tr("欠缺结转"), self.tr("内容"), self.tr("要求（原文）"),
        ]
        return titles

    def period_choices(self) -> list[tuple[str, int]]:
        """PERIODS with their labels translated."""
        labels = {
            1: self.tr("每月"), 2: self.tr("每 2 个月"), 3: self.tr("每季度"), 6: self.tr("每半年"), 12: self.tr("每年"),
            0: self.tr("指定月份"),
        }
        return [(labels[every], every) for _label, every in PERIODS]

    def __init__(self, data, rule=None, save=None, parent=None):
        super().__init__(parent)
        self.data = data
        self.save = save
        self.setWindowTitle(self.tr("修改宣传推广规则") if rule else self.tr("新增宣传推广规则"))
        self.resize(1180, 560)
        form = QFormLayout()
        self.kind = QLineEdit(rule.kind if rule else "")
        self.coordinator = QComboBox()
        self.coordinator.addItem(self.tr("（无）"), None)
        for section in data.all_sections:
            self.coordinator.addItem(section.name, section.id)
        if rule:
            index = self.coordinator.findData(rule.coordinator_id)
            self.coordinator.setCurrentIndex(max(0, index))
        self.content = QPlainTextEdit(rule.content.strip() if rule else "")
        self.plan_text = QPlainTextEdit(rule.plan_text.strip() if rule else "")
        self.method = QLineEdit(rule.method if rule else "")
        for edit in (self.content, self.plan_text):
            edit.setFixedHeight(54)
        form.addRow(self.tr("事项"), self.kind)
        form.addRow(self.tr("归集/统筹科室"), self.coordinator)
        form.addRow(self.tr("宣传推广内容"), self.content)
        form.addRow(self.tr("市科技局工作计划"), self.plan_text)
        form.addRow(self.tr("方式"), self.method)
        self.responsible = rule.responsible if rule else ""

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(self.column_titles())
        self.table.horizontalHeader().setSectionResizeMode(9, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self._ids: list[int | None] = []
        for requirement in (rule.requirements if rule else ()):
            self.add_requirement(requirement)
        if not rule:
            self.add_requirement()
        add = QPushButton(self.tr("添加要求"))
        add.clicked.connect(lambda: self.add_requirement())
        remove = QPushButton(self.tr("删除所选要求"))
        remove.clicked.connect(self.remove_requirement)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("数量要求（起算月 0 = 计划首月；归集日 0 = 期末最后一天）")))
        row.addStretch(1)
        row.addWidget(add)
        row.addWidget(remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def add_requirement(self, r=None) -> int:
        from desktop.services.quotas import RequirementDraft

        r = r or RequirementDraft()
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(r.id)
        owner = QComboBox()
        owner.addItem(self.tr("全市"), None)
        for section in self.data.all_sections:
            owner.addItem(section.name, section.id)
        owner.setCurrentIndex(max(0, owner.findData(r.department_id)))
        amount = QSpinBox()
        amount.setRange(1, 1000)
        amount.setValue(r.amount)
        at_least = QCheckBox()
        at_least.setChecked(r.at_least)
        period = QComboBox()
        for label, every in self.period_choices():
            period.addItem(label, every)
        every = 0 if r.months or not r.every_months else r.every_months
        index = period.findData(every)
        period.setCurrentIndex(index if index >= 0 else 0)
        months = QLineEdit(r.months)
        months.setPlaceholderText("5,6")
        start = QSpinBox()
        start.setRange(0, 12)
        start.setValue(r.start_month or 0)
        collect = QSpinBox()
        collect.setRange(0, 31)
        collect.setValue(r.collect_day or 0)
        shift = QComboBox()
        for member in RestDayShift:
            shift.addItem(tr("Labels", member.label), member.value)
        shift.setCurrentIndex(max(0, shift.findData(r.rest_day_shift.value)))
        carry = QCheckBox()
        carry.setChecked(r.carry_over)
        for column, widget in enumerate((owner, amount, at_least, period, months, start, collect, shift, carry)):
            self.table.setCellWidget(row, column, widget)
        self.table.setItem(row, 9, QTableWidgetItem(r.subject))
        self.table.setItem(row, 10, QTableWidgetItem(r.text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(9, QHeaderView.ResizeMode.Stretch)
        return row

    def remove_requirement(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        del self._ids[row]

    def widget(self, row: int, column: int):
        return self.table.cellWidget(row, column)

    def fields(self) -> dict:
        return {
            "kind": self.kind.text(),
            "coordinator_id": self.coordinator.currentData(),
            "content": self.content.toPlainText(),
            "plan_text": self.plan_text.toPlainText(),
            "method": self.method.text(),
            "responsible": self.responsible,
        }

    def requirements(self) -> list:
        from desktop.services.quotas import RequirementDraft

        result = []
        for row in range(self.table.rowCount()):
            cell = self.widget
            every = cell(row, 3).currentData() or None
            months = cell(row, 4).text().strip()
            if every is None and not months:
                months = "?"  # refused by the check with a message naming the line
            result.append(
                RequirementDraft(
                    id=self._ids[row],
                    department_id=cell(row, 0).currentData(),
                    amount=cell(row, 1).value(),
                    at_least=cell(row, 2).isChecked(),
                    every_months=every,
                    months=months if every is None else "",
                    start_month=cell(row, 5).value() or None,
                    collect_day=cell(row, 6).value() or None,
                    rest_day_shift=RestDayShift(cell(row, 7).currentData()),
                    carry_over=cell(row, 8).isChecked(),
                    subject=(self.table.item(row, 9) or QTableWidgetItem()).text(),
                    text=(self.table.item(row, 10) or QTableWidgetItem()).text(),
                )
            )
        return result

    def _save(self) -> None:
        if self.save is None:
            self.accept()
            return
        try:
            self.save(self.fields(), self.requirements())
        except UserError as error:
            QMessageBox.warning(self, self.tr("无法保存规则"), error.message)
            return
        self.accept()


class ItemImportDialog(QDialog):
    """The rows of a sheet before anything is written: what will be imported, skipped, or is wrong."""

    def __init__(self, preview, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("导入宣传条目：预览"))
        self.resize(960, 520)
        ready = len(preview.ready)
        summary = QLabel(
            self.tr("{0}：共 {1} 行，可导入 {2} 条，重复跳过 {3} 条，有错误 {4} 行（有错误的行不会导入）。").format(
                preview.path.name, len(preview.rows), ready, preview.duplicates, preview.errors
            )
        )
        summary.setWordWrap(True)
        self.table = QTableWidget(len(preview.rows), 7)
        self.table.setHorizontalHeaderLabels(
            [self.tr("行"), self.tr("状态"), self.tr("事项"), self.tr("科室"), self.tr("日期"), self.tr("标题"), self.tr("说明")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        colours = {"ready": "#e8f5e9", "duplicate": "#fff8e1", "error": "#fdecea"}
        for index, row in enumerate(preview.rows):
            values = [str(row.row), row.status_label, row.kind, row.section, row.date_text, row.title, "；".join(row.messages)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(QColor(colours[row.status]))
                if column == 6:
                    item.setToolTip(value)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("导入 {0} 条").format(ready))
        self.ok_button.setEnabled(ready > 0)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
