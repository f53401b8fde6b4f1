"""File → 连接数据库服务器: the address of a database on a PostgreSQL server, and its password.

The password has a field of its own that does not show what is typed; it is put into
the URL only when the dialog is accepted, and the window shows the address without it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from desktop.db.target import parse_server_url, server_url_with_password


class ServerDialog(QDialog):
    def __init__(self, initial: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("连接数据库服务器"))
        self.url_edit = QLineEdit(initial)
        self.url_edit.setPlaceholderText("postgresql://用户名@服务器:5432/数据库名")
        self.url_edit.setMinimumWidth(420)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("地址中没有密码时填写"))
        hint = QLabel(
            self.tr("数据库地址由管理员提供，例如 postgresql://duban@db.example:5432/duban。数据库需先用 duban init 建立。")
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("连接"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("数据库地址"), self.url_edit)
        form.addRow(self.tr("密码"), self.password_edit)
        form.addRow(hint)
        form.addRow(self.buttons)
        self.url_edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(parse_server_url(self.url_edit.text()) is not None)

    def url(self) -> str | None:
        """The address with the password put in (as a URL string), or None when it is not one."""
        return server_url_with_password(self.url_edit.text(), self.password_edit.text())


def ask_database_url(parent=None, initial: str = "") -> str | None:
    """Ask for a server database's address; None when the person cancels."""
    dialog = ServerDialog(initial, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.url()
