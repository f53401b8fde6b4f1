"""Every declared setting reads back what was stored, in a new Settings (a new start); each key is declared once."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PySide6.QtCore import QByteArray

from desktop import settings as settings_module
from desktop.settings import (
    BACKUP_FOLDER,
    CALENDAR_REMINDER_WORKING_DAYS,
    LANGUAGE,
    LAST_FILE,
    MAIN_WINDOW_GEOMETRY,
    RECENT_FILES,
    TASKS_SPLITTER_STATE,
    Key,
    Settings,
)
from desktop.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent

VALUES = {
    list: ["/share/督办/2022.duban", "D:/本机/旧版.sqlite"],
    str: "/share/备份",
    int: 11,
    QByteArray: QByteArray(b"\x01\x02state\xff"),
}


def declared_keys() -> list[Key]:
    return [value for value in vars(settings_module).values() if isinstance(value, Key)]


def test_every_key_round_trips_through_the_ini_file(duban_home):
    keys = declared_keys()
    names = {key.name for key in keys}
    assert {k.name for k in (RECENT_FILES, LAST_FILE, BACKUP_FOLDER, CALENDAR_REMINDER_WORKING_DAYS,
                             MAIN_WINDOW_GEOMETRY, TASKS_SPLITTER_STATE, LANGUAGE)} <= names
    assert len(names) == len(keys), "a key name declared twice"
    fresh = Settings()
    for key in keys:
        assert fresh.get(key) == key.default or (key.type is QByteArray and fresh.get(key).isEmpty())
    stored = Settings()
    for key in keys:
        value = "en" if key is LANGUAGE else VALUES[key.type]
        stored.set(key, value)
    stored.sync()
    assert (duban_home / "duban.ini").exists()
    again = Settings()
    for key in keys:
        expected = "en" if key is LANGUAGE else VALUES[key.type]
        assert again.get(key) == expected, key.name
    assert again.language() == "en"


def test_an_unknown_language_falls_back_to_chinese():
    settings = Settings()
    settings.set(LANGUAGE, "fr")
    assert settings.language() == "zh_CN"


def test_the_window_keeps_its_geometry_and_the_tasks_splitter(qtbot):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    window.resize(1400, 900)
    window.tasks_tab.splitter.setSizes([300, 700])
    sizes = window.tasks_tab.splitter.sizes()
    geometry = window.saveGeometry()
    window.close()
    assert Settings().get(MAIN_WINDOW_GEOMETRY) == geometry
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    again.show()
    assert again.tasks_tab.splitter.sizes()[0] == sizes[0]  # the task list keeps its width


def test_settings_go_through_desktop_settings_only():
    """No other module makes its own QSettings: every key is declared once, in desktop/settings.py."""
    proc = subprocess.run(["grep", "-rln", "QSettings", str(ROOT / "desktop")], capture_output=True, text=True)
    users = sorted(Path(line).relative_to(ROOT).as_posix() for line in proc.stdout.split())
    assert users == ["desktop/settings.py"]
    key_names = re.findall(r'Key\("([^"]+)"', (ROOT / "desktop" / "settings.py").read_text(encoding="utf-8"))
    assert len(key_names) == len(set(key_names))
