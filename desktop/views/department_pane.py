"""The departments and the outside contacts of the 人员 tab, each a list with its buttons.

A department has a full and a short name (法规与监督诚信科 / 法监科); removing one still
referred to is refused with the list of what refers to it. The contacts (the notice's mailboxes
and phone numbers) copy to the clipboard with Ctrl+C or their context menu.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.views.copy_menu import CopySupport
from desktop.views.list_view import FilteredTable
from desktop.views.table_model import ROW_ROLE, Column


def select_id(table: FilteredTable, row_id) -> bool:
    """Select the row whose object has *row_id* (after a reload); False when it is gone or filtered out."""
    for row in range(table.proxy.rowCount()):
        index = table.proxy.index(row, 0)
        if getattr(index.data(ROW_ROLE), "id", None) == row_id:
            table.view.selectRow(row)
            return True
    return False


def saved(parent, action, retry=None) -> bool:
    """Run a save; a refusal (with its list, if it has one) is shown, not raised.

    When another PC changed the same fields meanwhile and *retry* is given, the person chooses
    field by field (:class:`~desktop.views.conflict_dialog.ConflictDialog`) and *retry*
    ``(version, current values, chosen changes)`` saves the choice.
    """
    from desktop.services.editing import EditConflict

    try:
        action()
    except EditConflict as conflict:
        if retry is None:
            QMessageBox.warning(parent, tr("DepartmentPane", "没有保存"), conflict.message)
            return False
        from desktop.views.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(conflict, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        version, current, chosen = conflict.current_version, conflict.current, dialog.chosen()
        return not chosen or saved(parent, lambda: retry(version, current, chosen), retry)
    except UserError as error:
        lines = getattr(error, "lines", None)
        text = error.message + ("\n\n" + "\n".join(f"· {line}" for line in lines) if lines else "")
        QMessageBox.warning(parent, tr("DepartmentPane", "没有保存"), text)
        return False
    return True


class _ListPane(QWidget):
    """A list with 新增 / 编辑 / 删除 buttons; subclasses read their rows and do the three actions."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database = None
        self.plan_id = None
        self.read_only = False

    def _place(self, table: FilteredTable, add_text: str) -> None:
        self.table = table
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.remove_button = QPushButton(self.tr("删除"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        table.view.doubleClicked.connect(lambda _index: self.edit())
        table.current_row_changed.connect(lambda _row: self._update_buttons())
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(table)
        self._update_buttons()

    def rows(self, database, plan_id) -> list:  # subclasses
        raise NotImplementedError

    def load(self, database, plan_id) -> None:
        """(Re)read the rows; the selected one stays selected."""
        self.database, self.plan_id = database, plan_id
        current = self.table.current_row()
        self.table.set_rows(self.rows(database, plan_id) if plan_id else [])
        if current is not None:
            select_id(self.table, current.id)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def _editable(self) -> bool:
        return not self.read_only and self.database is not None and self.plan_id is not None

    def _update_buttons(self) -> None:
        editable = self._editable()
        chosen = self.table.current_row() is not None
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and chosen)
        self.remove_button.setEnabled(editable and chosen)


class DepartmentsPane(_ListPane):
    def __init__(self, parent=None):
        super().__init__(parent)
        table = FilteredTable(
            self.tr("部门与单位"),
            [
                Column(self.tr("全称"), lambda r: r.name),
                Column(self.tr("简称"), lambda r: r.short_name),
                Column(self.tr("类别"), lambda r: r.kind_label),
                Column(self.tr("人数"), lambda r: r.people, align_right=True),
                Column(self.tr("备注"), lambda r: r.note),
            ],
            stretch_column=4,
            refit=False,
        )
        self._place(table, self.tr("新增部门…"))

    def rows(self, database, plan_id) -> list:
        from desktop.services.departments import department_rows

        return department_rows(database, plan_id)

    def add(self) -> None:
        from desktop.services.departments import create_department
        from desktop.views.people_dialogs import DepartmentDialog

        if not self._editable():
            return
        dialog = DepartmentDialog(parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        created = []
        if saved(self, lambda: created.append(create_department(self.database, self.plan_id, **dialog.values()))):
            self.load(self.database, self.plan_id)
            select_id(self.table, created[0])
            self.changed.emit()

    def edit(self) -> None:
        from desktop.services.departments import save_department
        from desktop.views.people_dialogs import DepartmentDialog

        row = self.table.current_row()
        if row is None or not self._editable():
            return
        dialog = DepartmentDialog(row.fields, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = {k: v for k, v in dialog.values().items() if v != row.fields[k]}
        if not changes:
            return

        def save(version=row.version, original=row.fields, values=changes):
            save_department(self.database, row.id, version, original, values)

        if saved(self, save, save):
            self.load(self.database, self.plan_id)
            self.changed.emit()

    def remove(self) -> None:
        from desktop.services.departments import remove_department

        row = self.table.current_row()
        if row is None or not self._editable():
            return
        answer = QMessageBox.question(self, self.tr("删除部门"), self.tr("确定删除“{0}”吗？").format(row.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if saved(self, lambda: remove_department(self.database, row.id, row.version)):
            self.load(self.database, self.plan_id)
            self.changed.emit()


def contact_line(row) -> str:
    """自治区改革信息报送邮箱（自治区党委改革办） gxgxx2022@163.com 2806426: a contact as one line to paste."""
    name = f"{row.name}（{row.unit}）" if row.unit and row.unit != row.name else row.name
    return " ".join(part for part in (name, row.email, row.phone) if part)


class ContactsPane(_ListPane):
    def __init__(self, parent=None):
        super().__init__(parent)
        table = FilteredTable(
            self.tr("外部联系方式"),
            [
                Column(self.tr("名称"), lambda r: r.name),
                Column(self.tr("单位"), lambda r: r.unit),
                Column(self.tr("邮箱"), lambda r: r.email),
                Column(self.tr("电话"), lambda r: r.phone),
                Column(self.tr("用途"), lambda r: r.purpose),
            ],
            stretch_column=4,
            refit=False,
        )
        self._place(table, self.tr("新增联系方式…"))
        self.copy = CopySupport(
            table.view,
            [(self.tr("复制邮箱"), lambda r: r.email), (self.tr("复制电话"), lambda r: r.phone)],
            contact_line,
        )
        table.view.setToolTip(self.tr("Ctrl+C 复制所选单元格；右键可复制邮箱、电话或整行"))

    def rows(self, database, plan_id) -> list:
        from desktop.services.rows import contact_rows

        return contact_rows(database, plan_id)

    def _units(self) -> list[tuple[int, str]]:
        from desktop.services.departments import department_rows

        return [(d.id, d.name) for d in department_rows(self.database, self.plan_id)]

    def add(self) -> None:
        from desktop.services.departments import create_contact
        from desktop.views.people_dialogs import ContactDialog

        if not self._editable():
            return
        dialog = ContactDialog(self._units(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if saved(self, lambda: create_contact(self.database, self.plan_id, **dialog.values())):
            self.load(self.database, self.plan_id)
            self.changed.emit()

    def _current_contact(self):
        """The selected contact and its (version, fields) as saved now; None when there is none to change
        (one deleted meanwhile reloads the list)."""
        from desktop.services.departments import contact_fields

        row = self.table.current_row()
        if row is None or not self._editable():
            return None
        found = contact_fields(self.database, row.id)
        if found is None:
            self.load(self.database, self.plan_id)
            return None
        return row, found

    def edit(self) -> None:
        from desktop.services.departments import save_contact
        from desktop.views.people_dialogs import ContactDialog

        current = self._current_contact()
        if current is None:
            return
        row, (version, fields) = current
        dialog = ContactDialog(self._units(), fields, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = {k: v for k, v in dialog.values().items() if v != fields[k]}

        def save(base=version, original=fields, values=changes):
            save_contact(self.database, row.id, base, original, values)

        if changes and saved(self, save, save):
            self.load(self.database, self.plan_id)

    def remove(self) -> None:
        from desktop.services.departments import remove_contact

        current = self._current_contact()
        if current is None:
            return
        row, found = current
        answer = QMessageBox.question(self, self.tr("删除联系方式"), self.tr("确定删除“{0}”吗？").format(row.name))
        if answer == QMessageBox.StandardButton.Yes and saved(self, lambda: remove_contact(self.database, row.id, found[0])):
            self.load(self.database, self.plan_id)


__all__ = ["ContactsPane", "DepartmentsPane", "contact_line", "saved", "select_id"]
