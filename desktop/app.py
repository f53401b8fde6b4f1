"""Starting the window: the Qt application, translations, crash handler, the first database."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop
from desktop import crash
from desktop.paths import default_database_path
from desktop.services.startup import preview_task_rows
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


def initial_file(path: str | None, settings: Settings) -> Path:
    """The file start-up opens: the one named on the command line, else the last one, else the default."""
    if path:
        return Path(path)
    last = settings.get(LAST_FILE)
    if last and Path(last).exists():
        return Path(last)
    return default_database_path()


def open_initial(window, path: str | None, settings: Settings, db_url: str | None = None) -> bool:
    """Open the start-up file; when it cannot be opened, fall back to the default database.

    A database URL (``--db-url``) is opened as it is; when the server cannot be reached,
    the window says so and opens nothing else, so that nobody types into a local file
    believing it is the office's server.
    """
    if db_url:
        return window.open_path(db_url)
    first = initial_file(path, settings)
    if first != default_database_path() and window.open_path(str(first)):
        return True
    return window.open_default()


def run(
    path: str | None = None, *, db_url: str | None = None, smoke_test: bool = False, first_paint: bool = False
) -> int:
    """Show the window and run until it closes (on *path*, or on the database at *db_url*).

    ``smoke_test`` opens the file fully, checks that the tasks tab has rows and exits;
    ``first_paint`` exits as soon as the window shows its task rows (start-up benchmark).
    """
    if db_url is None and path and "://" in path and not Path(path).exists():
        path, db_url = None, path  # duban postgresql://… works like --db-url
    app = create_application()
    crash.install(unattended=smoke_test or first_paint)
    from desktop.views.main_window import MainWindow

    settings = Settings()
    window = MainWindow(settings)
    if smoke_test or first_paint:
        # No dialog may wait for a person in a smoke test or benchmark.
        QMessageBox.warning = staticmethod(lambda *args, **kwargs: log.error("%s", args[2:3]))
    window.show()
    # The preview reads a SQLite file; a server database waits for the full open.
    preview = None if db_url else preview_task_rows(initial_file(path, settings))
    if preview is not None:
        window.show_preview(preview)
    if first_paint:
        app.processEvents()
        shown = window.isVisible() and window.tasks_tab.model.rowCount() > 0
        return 0 if shown else 1
    if smoke_test:
        opened = open_initial(window, path, settings, db_url)
        app.processEvents()
        ok = opened and window.tasks_tab.model.rowCount() > 0 and window.isVisible()
        window.close()
        return 0 if ok else 1

    def finish_opening() -> None:
        if not open_initial(window, path, settings, db_url) and not db_url:
            window.choose_and_open()

    QTimer.singleShot(0, finish_opening)
    return app.exec()
