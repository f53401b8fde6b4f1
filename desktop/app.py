"""Starting the window: the Qt application, translations, crash handler, the first database."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop
from desktop import crash, logs
from desktop.i18n import tr
from desktop.paths import default_database_path, icon_file, translations_dir
from desktop.services.startup import preview_task_rows
from desktop.settings import LAST_FILE, Settings

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None, language: str = "zh_CN") -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(desktop.APP_NAME)
    app.setOrganizationName(desktop.ORGANIZATION)
    app.setApplicationVersion(desktop.__version__)
    app.setWindowIcon(application_icon())
    install_translators(app, language)
    from desktop.views import collector

    collector.install()
    return app


def application_icon() -> QIcon:
    """The red seal with 督, in every size drawn (the taskbar, title bar and Alt+Tab pick theirs)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = icon_file(size)
        if path.exists():
            icon.addFile(str(path))
    return icon


def qt_translation_dirs() -> list[str]:
    """Where Qt's own translations (qtbase_*.qm) are: Qt's folder, then the copy bundled with Duban."""
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        dirs += [str(package / "Qt" / "translations"), str(package / "translations")]  # Linux, Windows wheels
    except (ImportError, TypeError):
        pass
    dirs.append(str(translations_dir() / "qt"))
    return dirs


class QtBaseTranslator(QTranslator):
    """Qt's own translation, also for labels Qt 6 gave a mnemonic that the shipped file lacks.

    qtbase_zh_CN.qm translates "Look in:" and "Files of type:" but not the "&Look in:" and
    "Files of &type:" the file dialog shows now; those are looked up without the "&" and
    given back with the key in Qt's Chinese form, "查找范围(&L)：".
    """

    def translate(self, context, source, disambiguation=None, n=-1):
        # None, not "", for "no translation": Qt then asks the next translator or keeps the source.
        text = super().translate(context, source, disambiguation, n)
        if text or source.count("&") != 1 or source.endswith("&"):
            return text or None
        text = super().translate(context, source.replace("&", ""), disambiguation, n)
        if not text:
            return None
        key = source[source.index("&") + 1].upper()
        colon = text[-1] if text[-1] in "：:" else ""
        return f"{text.removesuffix(colon)}(&{key}){colon}"


def install_translators(app: QApplication, language: str = "zh_CN") -> list[QTranslator]:
    """The window's language: Chinese (Duban's own strings, and Qt's buttons 确定/取消) or English.

    Translators installed by an earlier call are removed first, so that a new window after
    a change of language (and the tests) read the new one.
    """
    for old in getattr(app, "_duban_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        wanted = [("duban_en", [str(translations_dir())])]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        wanted = [("qtbase_zh_CN", qt_translation_dirs())]
    for name, folders in wanted:
        translator = QtBaseTranslator(app) if name.startswith("qtbase") else QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folders)
    app._duban_translators = installed
    # Qt appends the display name to every window title: "Duban" in English.
    app.setApplicationDisplayName(tr("MainWindow", "督办台"))
    return installed


def initial_file(path: str | None, settings: Settings) -> Path:
    """The file start-up opens: the one named on the command line, else the last one, else the default."""
    if path:
        return Path(path)
    last = settings.get(LAST_FILE)
    if last and os.path.exists(last):
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
    unattended = smoke_test or first_paint
    logs.configure()
    settings = Settings()
    app = create_application(language=settings.language())
    crash.install(unattended=unattended)
    server = None
    if not unattended:
        from desktop import single_instance

        handed = path or db_url
        if single_instance.hand_over(str(Path(handed).resolve()) if path else handed):
            log.info("handed %r to the Duban already running", handed)
            return 0
        server = single_instance.InstanceServer(parent=app)
        server.listen()
    from desktop.views.main_window import MainWindow

    window = MainWindow(settings)
    if server is not None:
        server.path_received.connect(window.bring_forward)
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
        rows = window.tasks_tab.model.rowCount()
        # Every tab is shown once: a module the frozen build left out fails here, not at a person's desk.
        shown_tabs = 0
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            shown_tabs += window.tabs.currentIndex() == index and window.tabs.widget(index).isVisible()
        window.tabs.setCurrentIndex(0)
        ok = opened and rows > 0 and window.isVisible() and shown_tabs == window.tabs.count()
        if sys.stdout is not None:  # a windowed program on Windows has no console
            where = window.database.display_name() if window.database is not None else "-"
            print(
                f"smoke test: window {'shown' if window.isVisible() else 'NOT shown'}, {rows} tasks from {where},"
                f" {shown_tabs} of {window.tabs.count()} tabs shown",
                flush=True,
            )
        window.close()
        return 0 if ok else 1

    def finish_opening() -> None:
        if not open_initial(window, path, settings, db_url) and not db_url:
            window.choose_and_open()

    QTimer.singleShot(0, finish_opening)
    return app.exec()
