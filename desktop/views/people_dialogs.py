"""The 人员 tab's dialogs: a person, a departure, an absence, a successor, a removal, a department,
a contact and a group seat. Each only collects values; the tab saves them through the services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop.i18n import tr
from desktop.models.enums import DepartmentKind, Role
from desktop.views.widgets import date_edit, fit_placeholder, from_qdate, to_qdate


def fill_combo(combo: QComboBox, choices: Sequence[tuple[object, str]], current=None, empty: str | None = None) -> None:
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for value, label in choices:
        combo.addItem(label, value)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)


class FormDialog(QDialog):
    """A titled form with OK and Cancel; subclasses add rows to :attr:`form`."""

    def __init__(self, title: str, parent=None, intro: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


class PersonDialog(FormDialog):
    """A person's name, title, department and ways to reach them."""

    def __init__(self, departments: Sequence[tuple[int, str]], fields: dict | None = None, parent=None):
        super().__init__(tr("People", "编辑人员") if fields else tr("People", "新增人员"), parent)
        fields = fields or {}
        self.name_edit = QLineEdit(fields.get("name", ""))
        self.title_edit = QLineEdit(fields.get("title", ""))
        self.department_combo = QComboBox()
        fill_combo(self.department_combo, departments, fields.get("department_id"), empty=tr("People", "（无）"))
        self.phone_edit = QLineEdit(fields.get("phone", ""))
        self.email_edit = QLineEdit(fields.get("email", ""))
        self.note_edit = QPlainTextEdit(fields.get("note", ""))
        self.note_edit.setMaximumHeight(70)
        for label, widget in (
            (tr("People", "姓名"), self.name_edit),
            (tr("People", "职务"), self.title_edit),
            (tr("People", "部门"), self.department_combo),
            (tr("People", "电话"), self.phone_edit),
            (tr("People", "邮箱"), self.email_edit),
            (tr("People", "备注"), self.note_edit),
        ):
            self.form.addRow(label, widget)
        self.name_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> dict:
        return {
            "name": self.name_edit.text(),
            "title": self.title_edit.text(),
            "department_id": self.department_combo.currentData(),
            "phone": self.phone_edit.text(),
            "email": self.email_edit.text(),
            "note": self.note_edit.toPlainText(),
        }


def _successor_combo(choices, exclude: int | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(tr("People", "（请选择接任人）"), None)
    for choice in choices:
        if choice.id != exclude and choice.active:
            combo.addItem(choice.label, choice.id)
    return combo


class DepartureDialog(FormDialog):
    """离任 on a date; optionally the successor in the same step."""

    def __init__(self, person_id: int, name: str, day: dt.date, choices, acting_preview: Sequence[str] = (), parent=None):
        super().__init__(
            tr("People", "{0} 离任").format(name),
            parent,
            tr("People", "离任后，在指定接任人之前，{0}的各项职务按“顺位代替”由下一顺位的人员代行。").format(name),
        )
        self.date_edit = date_edit(day)
        self.form.addRow(tr("People", "离任日期"), self.date_edit)
        if acting_preview:
            preview = QLabel("\n".join(acting_preview))
            preview.setWordWrap(True)
            self.form.addRow(tr("People", "现在的代行"), preview)
        self.successor_check = QCheckBox(tr("People", "同时指定接任人"))
        self.successor_combo = _successor_combo(choices, person_id)
        self.effective_edit = date_edit(day)
        self.form.addRow(self.successor_check)
        self.form.addRow(tr("People", "接任人"), self.successor_combo)
        self.form.addRow(tr("People", "接任日期"), self.effective_edit)
        self.successor_check.toggled.connect(self._update)
        self.successor_combo.currentIndexChanged.connect(self._update)
        self.date_edit.dateChanged.connect(lambda d: self.effective_edit.setDate(d))
        self._update()

    def _update(self, *_args) -> None:
        named = self.successor_check.isChecked()
        self.successor_combo.setEnabled(named)
        self.effective_edit.setEnabled(named)
        self.ok_button.setEnabled(not named or self.successor_combo.currentData() is not None)

    def values(self) -> tuple[dt.date, int | None, dt.date | None]:
        successor = self.successor_combo.currentData() if self.successor_check.isChecked() else None
        return from_qdate(self.date_edit.date()), successor, from_qdate(self.effective_edit.date()) if successor else None


class AbsenceDialog(FormDialog):
    """暂离 from a day to a day (both included)."""

    def __init__(self, name: str, day: dt.date, parent=None):
        super().__init__(
            tr("People", "{0} 暂离").format(name),
            parent,
            tr("People", "暂离期间，{0}的各项职务按“顺位代替”由下一顺位的人员代行；期满自动恢复。").format(name),
        )
        self.start_edit = date_edit(day)
        self.end_edit = date_edit(day + dt.timedelta(days=6))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(tr("People", "例如：外出学习、休假"))
        self.form.addRow(tr("People", "开始"), self.start_edit)
        self.form.addRow(tr("People", "结束（含当日）"), self.end_edit)
        self.form.addRow(tr("People", "说明"), self.note_edit)
        self.start_edit.dateChanged.connect(self._update)
        self.end_edit.dateChanged.connect(self._update)

    def _update(self, *_args) -> None:
        self.ok_button.setEnabled(self.start_edit.date() <= self.end_edit.date())

    def values(self) -> tuple[dt.date, dt.date, str]:
        return from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date()), self.note_edit.text()


class SuccessorDialog(FormDialog):
    """指定接任人: who, from when, and the list of what passes to them."""

    def __init__(self, person_id: int, name: str, choices, moving: Sequence[str], day: dt.date, parent=None):
        super().__init__(
            tr("People", "指定 {0} 的接任人").format(name),
            parent,
            tr("People", "接任人自接任日期起承担以下全部职务和事务；{0}的任职记录保留在历史中。").format(name),
        )
        self.successor_combo = _successor_combo(choices, person_id)
        self.effective_edit = date_edit(day)
        self.form.addRow(tr("People", "接任人"), self.successor_combo)
        self.form.addRow(tr("People", "接任日期"), self.effective_edit)
        self.moving = QListWidget()
        self.moving.addItems(list(moving) or [tr("People", "（目前没有负责的事务）")])
        self.extra.addWidget(QLabel(tr("People", "将移交：")))
        self.extra.addWidget(self.moving)
        self.successor_combo.currentIndexChanged.connect(
            lambda: self.ok_button.setEnabled(self.successor_combo.currentData() is not None)
        )
        self.ok_button.setEnabled(False)

    def values(self) -> tuple[int, dt.date]:
        return self.successor_combo.currentData(), from_qdate(self.effective_edit.date())


class RemovePersonDialog(FormDialog):
    """删除人员: refused while they hold something, unless a successor is named here."""

    def __init__(self, person_id: int, name: str, holdings: Sequence[str], choices, parent=None):
        if holdings:
            intro = tr("People", "{0} 还负责以下 {1} 项事务。删除前须指定接任人，由其承担这些事务；"
                                 "如果此人只是离任，请改用“离任”，以保留任职历史。").format(name, len(holdings))
        else:
            intro = tr("People", "确定删除 {0} 吗？删除后无法恢复。离任的人员请改用“离任”，以保留任职历史。").format(name)
        super().__init__(tr("People", "删除人员"), parent, intro)
        self.holdings = QListWidget()
        self.successor_combo = _successor_combo(choices, person_id)
        if holdings:
            self.holdings.addItems(list(holdings))
            self.extra.addWidget(self.holdings)
            self.form.addRow(tr("People", "接任人"), self.successor_combo)
            self.successor_combo.currentIndexChanged.connect(
                lambda: self.ok_button.setEnabled(self.successor_combo.currentData() is not None)
            )
            self.ok_button.setEnabled(False)
        self.ok_button.setText(tr("People", "删除"))

    def values(self) -> int | None:
        return self.successor_combo.currentData()


class DepartmentDialog(FormDialog):
    def __init__(self, fields: dict | None = None, parent=None):
        super().__init__(tr("People", "编辑部门") if fields else tr("People", "新增部门"), parent)
        fields = fields or {}
        self.name_edit = QLineEdit(fields.get("name", ""))
        self.name_edit.setPlaceholderText(tr("People", "例如：法规与监督诚信科"))
        self.short_edit = QLineEdit(fields.get("short_name", ""))
        self.short_edit.setPlaceholderText(tr("People", "例如：法监科"))
        self.kind_combo = QComboBox()
        fill_combo(self.kind_combo, [(k, tr("Labels", k.label)) for k in DepartmentKind], fields.get("kind", DepartmentKind.SECTION))
        self.note_edit = QLineEdit(fields.get("note", ""))
        self.form.addRow(tr("People", "全称"), self.name_edit)
        self.form.addRow(tr("People", "简称"), self.short_edit)
        self.form.addRow(tr("People", "类别"), self.kind_combo)
        self.form.addRow(tr("People", "备注"), self.note_edit)
        self.name_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> dict:
        return {
            "name": self.name_edit.text(),
            "short_name": self.short_edit.text(),
            "kind": self.kind_combo.currentData(),
            "note": self.note_edit.text(),
        }


class ContactDialog(FormDialog):
    def __init__(self, units: Sequence[tuple[int, str]], fields: dict | None = None, parent=None):
        super().__init__(tr("People", "编辑联系方式") if fields else tr("People", "新增联系方式"), parent)
        fields = fields or {}
        self.name_edit = QLineEdit(fields.get("name", ""))
        self.unit_combo = QComboBox()
        fill_combo(self.unit_combo, units, fields.get("department_id"), empty=tr("People", "（无）"))
        self.email_edit = QLineEdit(fields.get("email", ""))
        self.phone_edit = QLineEdit(fields.get("phone", ""))
        self.purpose_edit = QLineEdit(fields.get("purpose", ""))
        for label, widget in (
            (tr("People", "名称"), self.name_edit),
            (tr("People", "单位"), self.unit_combo),
            (tr("People", "邮箱"), self.email_edit),
            (tr("People", "电话"), self.phone_edit),
            (tr("People", "用途"), self.purpose_edit),
        ):
            self.form.addRow(label, widget)
        self.name_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> dict:
        return {
            "name": self.name_edit.text(),
            "department_id": self.unit_combo.currentData(),
            "email": self.email_edit.text(),
            "phone": self.phone_edit.text(),
            "purpose": self.purpose_edit.text(),
        }


class AddSeatDialog(FormDialog):
    """A new seat of a group: its role, and the person or (for 牵头科室, 合办科室) the section holding it."""

    def __init__(self, roles: Sequence[Role], department_roles: Sequence[Role], people, departments, parent=None):
        super().__init__(tr("People", "添加小组成员"), parent)
        self.department_roles = tuple(department_roles)
        self.people = [(c.id, c.label) for c in people if c.active]
        self.departments = list(departments)
        self.role_combo = QComboBox()
        fill_combo(self.role_combo, [(r, tr("Labels", r.label)) for r in roles])
        self.holder_combo = QComboBox()
        self.title_edit = QLineEdit()
        fit_placeholder(self.title_edit, tr("People", "名单上印在姓名旁的职务（默认为本人职务）"))
        self.form.addRow(tr("People", "职务"), self.role_combo)
        self.form.addRow(tr("People", "人员或科室"), self.holder_combo)
        self.form.addRow(tr("People", "名单职务"), self.title_edit)
        self.role_combo.currentIndexChanged.connect(self._fill_holders)
        self.holder_combo.currentIndexChanged.connect(
            lambda: self.ok_button.setEnabled(self.holder_combo.currentData() is not None)
        )
        self._fill_holders()

    def _fill_holders(self, *_args) -> None:
        by_department = self.role_combo.currentData() in self.department_roles
        fill_combo(self.holder_combo, self.departments if by_department else self.people, empty=tr("People", "（请选择）"))
        self.title_edit.setEnabled(not by_department)
        self.ok_button.setEnabled(False)

    def values(self) -> dict:
        role = self.role_combo.currentData()
        holder = self.holder_combo.currentData()
        if role in self.department_roles:
            return {"role": role, "department_id": holder}
        return {"role": role, "person_id": holder, "title": self.title_edit.text()}


__all__ = [
    "AbsenceDialog",
    "AddSeatDialog",
    "ContactDialog",
    "DepartmentDialog",
    "DepartureDialog",
    "FormDialog",
    "PersonDialog",
    "RemovePersonDialog",
    "SuccessorDialog",
    "from_qdate",
    "to_qdate",
]
