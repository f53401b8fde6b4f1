"""Every setting Duban keeps, each declared once with its default.

Settings live in an INI file in the user's data folder (``duban.ini``), so that
``DUBAN_HOME`` moves them along with the default database (tests, portable use).
Window geometry is kept apart from preferences, under ``window/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop.paths import user_data_dir

MAX_RECENT_FILES = 8


@dataclass(frozen=True)
class Key:
    name: str
    default: Any
    type: type


RECENT_FILES = Key("files/recent", [], list)
LAST_FILE = Key("files/last", "", str)
#: A deadline this many working days away (or fewer) turns the light yellow.
YELLOW_WORKING_DAYS = Key("tasks/yellow_working_days", 3, int)
#: The reminders (the bar on 任务, the 提醒 dock, the tray, the printed list) look this many working days ahead (1-15).
CALENDAR_REMINDER_WORKING_DAYS = Key("calendar/reminder_working_days", 7, int)
#: Where automatic backups go ("" = the default: ``backups`` in the user's data folder, on this PC).
BACKUP_FOLDER = Key("backup/folder", "", str)
MAIN_WINDOW_GEOMETRY = Key("window/main/geometry", QByteArray(), QByteArray)
MAIN_WINDOW_STATE = Key("window/main/state", QByteArray(), QByteArray)
#: The 任务 tab's split between the task list and the editor.
TASKS_SPLITTER_STATE = Key("window/main/tasks_splitter", QByteArray(), QByteArray)
#: The task list's columns as the person arranged them (order, hidden, widths: QHeaderView's state;
#: empty = fitted to the window), and the column keys that state was saved with (another set: not used).
TASKS_HEADER_STATE = Key("window/main/tasks_header", QByteArray(), QByteArray)
TASKS_HEADER_COLUMNS = Key("window/main/tasks_header_columns", "", str)
#: The user guide's window.
HELP_WINDOW_GEOMETRY = Key("window/help/geometry", QByteArray(), QByteArray)
#: The language of the window: "zh_CN" (the default) or "en". Takes effect at the next start.
LANGUAGE = Key("ui/language", "zh_CN", str)
LANGUAGES = ("zh_CN", "en")
#: The faces printouts are set in, by role ("" = chosen automatically from the installed fonts,
#: see desktop.printing.fonts). A face that is gone or lacks a character falls back to the choice.
#: Who reports progress from this PC (报送人 of a new report); asked the first time a report is added.
REPORTER_NAME = Key("reports/reporter_name", "", str)
PRINT_TITLE_FONT = Key("printing/title_font", "", str)
PRINT_BODY_FONT = Key("printing/body_font", "", str)


class Settings:
    """Typed access to the declared keys."""

    def __init__(self, path: Path | None = None):
        self.path = path or user_data_dir() / "duban.ini"
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: Key) -> Any:
        value = self._store.value(key.name, key.default)
        if key.type is list:
            if value is None or value == "":
                return []
            return [value] if isinstance(value, str) else list(value)
        if key.type is str:
            return "" if value is None else str(value)
        if key.type is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return key.default
        return value

    def language(self) -> str:
        value = self.get(LANGUAGE)
        return value if value in LANGUAGES else LANGUAGE.default

    def set(self, key: Key, value: Any) -> None:
        self._store.setValue(key.name, value)

    def sync(self) -> None:
        self._store.sync()

    def recent_files(self) -> list[str]:
        return self.get(RECENT_FILES)

    def remember_file(self, path: str) -> None:
        """Put *path* first in the recent files and make it the file to reopen next time."""
        recent = [p for p in self.recent_files() if p != path]
        recent.insert(0, path)
        self.set(RECENT_FILES, recent[:MAX_RECENT_FILES])
        self.set(LAST_FILE, path)

    def forget_file(self, path: str) -> None:
        self.set(RECENT_FILES, [p for p in self.recent_files() if p != path])
        if self.get(LAST_FILE) == path:
            self.set(LAST_FILE, "")
