"""帮助: the user guide (bundled HTML in resources/help/) and the About box's text."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

import desktop
from desktop.i18n import tr
from desktop.paths import help_dir
from desktop.settings import HELP_WINDOW_GEOMETRY

GUIDE_FILE = "guide.html"


def guide_path(language: str = "zh_CN"):
    """The guide in the window's language when there is one, else the Chinese one."""
    if language != "zh_CN":
        translated = help_dir() / f"guide_{language}.html"
        if translated.exists():
            return translated
    return help_dir() / GUIDE_FILE


class HelpDialog(QDialog):
    """The user guide: open the plan, hand out forms, import returned ones, print; sharing, backups, the calendar."""

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("督办台使用指南"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        path = guide_path(settings.language())
        self.browser.setSearchPaths([str(path.parent)])
        if path.exists():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(self.tr("找不到使用指南文件：{0}").format(path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.buttons = buttons
        geometry = settings.get(HELP_WINDOW_GEOMETRY)
        if geometry is None or geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(760, 640)

    def closeEvent(self, event) -> None:
        self.settings.set(HELP_WINDOW_GEOMETRY, self.saveGeometry())
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.settings.set(HELP_WINDOW_GEOMETRY, self.saveGeometry())
        super().done(result)


def schema_revision(database) -> str:
    """The open database's schema revision (Alembic's), or a dash."""
    if database is None:
        return "—"
    try:
        return database.schema_revision() or "—"
    except Exception:  # the About box must open even when the database cannot be read
        return "—"


def about_text(database) -> str:
    where = database.display_name() if database is not None else tr("About", "未打开数据库")
    return tr(
        "About",
        "督办台 Duban {0}\n改革攻坚任务督办：任务、日历、人员、指标。\n\n"
        "数据库：{1}\n架构版本：{2}\n\nQt {3}，PySide6 {4}，Python {5}",
    ).format(desktop.__version__, where, schema_revision(database), qVersion(), pyside_version, platform.python_version())
