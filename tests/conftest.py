"""Shared fixtures: offscreen Qt, a private data folder per test, fresh databases per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402

from desktop.db.database import Database  # noqa: E402
from desktop.paths import HOME_ENV  # noqa: E402
from desktop.services.workspace import create_database  # noqa: E402

#: A copy of the source document (shared/seed/000_f71081c4433714c6.txt), notice 柳科通〔2022〕20号.
SEED_DOCUMENT = Path(__file__).resolve().parent / "data" / "seed_document.txt"


@pytest.fixture(autouse=True)
def duban_home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own data folder, so settings and default databases never leak."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory) -> Path:
    """The sample database built once; tests get copies (building it runs every migration)."""
    path = tmp_path_factory.mktemp("template") / "sample.duban"
    create_database(path, with_sample=True).close()
    return path


@pytest.fixture
def sample_path(sample_template, tmp_path) -> Path:
    path = tmp_path / "sample.duban"
    shutil.copyfile(sample_template, path)
    return path


@pytest.fixture
def sample_db(sample_path):
    database = Database.open(sample_path)
    yield database
    database.close()


@pytest.fixture
def empty_db(tmp_path):
    database = create_database(tmp_path / "empty.duban", with_sample=False)
    yield database
    database.close()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The source document the built-in plan was transcribed from."""
    return SEED_DOCUMENT.read_text(encoding="utf-8")
