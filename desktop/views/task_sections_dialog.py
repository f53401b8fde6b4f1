"""The dialog that picks a task's 牵头科室 and 合办科室 (from the task editor's 基本信息 page)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout


class SectionsDialog(QDialog):
    """Pick the 牵头科室 and 合办科室 of a task from the plan's departments."""

    def __init__(self, departments, lead_ids, co_ids, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("牵头科室与合办科室"))
        self.lead = self._list(departments, lead_ids)
        self.co = self._list(departments, co_ids)
        row = QHBoxLayout()
        for title, widget in ((self.tr("牵头科室"), self.lead), (self.tr("合办科室"), self.co)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            row.addLayout(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    @staticmethod
    def _list(departments, checked) -> QListWidget:
        widget = QListWidget()
        for department in departments:
            item = QListWidgetItem(department.name)
            item.setData(Qt.ItemDataRole.UserRole, department.id)
            item.setCheckState(Qt.CheckState.Checked if department.id in checked else Qt.CheckState.Unchecked)
            widget.addItem(item)
        return widget

    @staticmethod
    def checked(widget: QListWidget) -> list[int]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def result_ids(self) -> tuple[list[int], list[int]]:
        return self.checked(self.lead), self.checked(self.co)


__all__ = ["SectionsDialog"]
