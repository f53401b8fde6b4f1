"""Two people changed the same fields: show the original, mine and theirs, and let the person choose."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr


def _show(value: Any) -> str:
    if value is None or value == "":
        return tr("Conflict", "（空）")
    if isinstance(value, enum.Enum) and hasattr(value, "label"):
        return tr("Labels", value.label)
    return str(value)


class ConflictDialog(QDialog):
    """One row per conflicting field: 原值 | ○ 我的修改 | ○ 对方的修改. Mine is chosen by default."""

    def __init__(self, conflict, parent=None):
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("修改冲突"))
        self.setMinimumWidth(760)
        intro = QLabel(conflict.message + "\n" + self.tr("其他字段的修改已自动合并。两个版本都不会丢失：未选中的内容会记入历史。"))
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, heading in enumerate((self.tr("字段"), self.tr("原来"), self.tr("我的修改"), self.tr("对方的修改"))):
            label = QLabel(f"<b>{heading}</b>")
            grid.addWidget(label, 0, column)
        self.groups: dict[str, tuple[QButtonGroup, Any, Any]] = {}
        self.mine_buttons: dict[str, QRadioButton] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        for row, item in enumerate(conflict.conflicts, start=1):
            grid.addWidget(QLabel(item.label), row, 0)
            original = QLabel(_show(item.original))
            original.setWordWrap(True)
            grid.addWidget(original, row, 1)
            mine = QRadioButton(_show(item.mine))
            theirs = QRadioButton(_show(item.theirs))
            for button in (mine, theirs):
                button.setToolTip(button.text())
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            mine.setChecked(True)
            grid.addWidget(mine, row, 2)
            grid.addWidget(theirs, row, 3)
            self.groups[item.field] = (group, item.mine, item.theirs)
            self.mine_buttons[item.field] = mine
            self.theirs_buttons[item.field] = theirs
        holder = QWidget()
        holder.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存所选"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def choose_theirs(self, field: str) -> None:
        self.theirs_buttons[field].setChecked(True)

    def chosen(self) -> dict:
        """The values to save on top of theirs: only the fields where mine was kept."""
        return {field: mine for field, (_, mine, _) in self.groups.items() if self.mine_buttons[field].isChecked()}
