"""Where Duban's files are: the bundled resources and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: The environment variable that moves the user's data and settings (tests, portable use).
HOME_ENV = "DUBAN_HOME"
DATABASE_SUFFIX = ".duban"
DEFAULT_DATABASE_NAME = "督办台" + DATABASE_SUFFIX
SAMPLE_DATABASE_NAME = "示例计划-2022" + DATABASE_SUFFIX


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    """Duban's compiled translations (``duban_en.qm``); Qt's own are in ``qt/`` below it in a frozen build."""
    return resources_dir() / "translations"


def icon_file(size: int = 256) -> Path:
    return resources_dir() / "icons" / f"duban-{size}.png"


def help_dir() -> Path:
    return resources_dir() / "help"


def sample_plan_file() -> Path:
    return resources_dir() / "plans" / "liukotong-2022-20.toml"


def user_data_dir() -> Path:
    """The per-user folder for the default database, logs and settings."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "Duban"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Duban"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "duban"


def log_file_path() -> Path:
    return user_data_dir() / "logs" / "duban.log"


#: Names a default database may have been given before Duban files had their own extension:
#: such a file is kept in use rather than a new, empty ``督办台.duban`` made beside it.
LEGACY_DEFAULT_NAMES = ("督办台.sqlite", "督办台.db", "duban.sqlite", "duban.db")


def default_database_path() -> Path:
    """``督办台.duban`` in the user's data folder, or the default database of an earlier version found there."""
    folder = user_data_dir()
    current = folder / DEFAULT_DATABASE_NAME
    if not current.exists():
        for name in LEGACY_DEFAULT_NAMES:
            if (folder / name).is_file():
                return folder / name
    return current


def sample_database_path() -> Path:
    return user_data_dir() / SAMPLE_DATABASE_NAME
