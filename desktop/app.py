"""Starting the window: the Qt application, translations, crash handler, the first database."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop
from desktop import crash
from desktop.settings import LAST_FILE, Settings

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(desktop.APP_NAME)
    app.setOrganizationName(desktop.ORGANIZATION)
    app.setApplicationDisplayName(desktop.APP_DISPLAY_NAME)
    app.setApplicationVersion(desktop.__version__)
    install_translators(app)
    return app


def install_translators(app: QApplication) -> None:
    """Chinese first: Qt's own dialogs and buttons in zh_CN (Duban's strings are written in Chinese)."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    translator = QTranslator(app)
    if translator.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)


def open_initial(window, path: str | None, settings: Settings) -> bool:
    """Open the file named on the command line, else the last one, else the default database."""
    if path:
        if window.open_path(path):
            return True
    else:
        last = settings.get(LAST_FILE)
        if last and window.open_path(last):
            return True
    return window.open_default()


def run(path: str | None = None, *, smoke_test: bool = False) -> int:
    app = create_application()
    crash.install()
    from desktop.views.main_window import MainWindow

    settings = Settings()
    window = MainWindow(settings)
    if smoke_test:
        # No dialog may wait for a person during a smoke test.
        QMessageBox.warning = staticmethod(lambda *args, **kwargs: log.error("%s", args[2:3]))
    window.show()
    opened = open_initial(window, path, settings)
    if smoke_test:
        app.processEvents()
        ok = opened and window.tasks_tab.main.model.rowCount() > 0 and window.isVisible()
        window.close()
        return 0 if ok else 1
    if not opened:
        QTimer.singleShot(0, window.choose_and_open)
    return app.exec()
