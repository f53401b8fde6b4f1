"""A register (督办单登记簿, 批示件登记簿) in a window of its own beside the main one, one of each.

A subclass names its title and makes its register widget (which has a ``refresher`` and
``attach(database, plan_id)``); :func:`show_register` opens it, or brings the open one to
the front, on the plan the window shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from desktop.i18n import tr


class PlanRegister:
    """What a register widget shares: it shows the plan its main window (``window_``) shows, read again
    by its ``refresher`` when the window attaches it."""

    def attach(self, database, plan_id) -> None:
        self.refresher.attach(database, plan_id)

    @property
    def database(self):
        return self.window_.database

    @property
    def plan_id(self):
        return self.window_.plan.id if self.window_.plan else None


class RegisterWindow(QDialog):
    #: The window's first height (its width is 1,100).
    first_height = 560

    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.title())
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.register = self.make_register(window)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.register)
        self.resize(1100, self.first_height)

    def title(self) -> str:
        raise NotImplementedError

    def make_register(self, window) -> QWidget:
        raise NotImplementedError


def show_register(window, kind: type[RegisterWindow]) -> RegisterWindow | None:
    """The register of *kind*, opened once and brought to the front after; None without an open plan."""
    if window.database is None or window.plan is None:
        QMessageBox.information(window, tr("MainWindow", "督办台"), tr("MainWindow", "请先打开一个数据库。"))
        return None
    register = window.findChild(kind)
    if register is None:
        register = kind(window)
    register.register.attach(window.database, window.plan.id)
    register.show()
    register.raise_()
    register.register.refresher.refresh_now()
    return register
