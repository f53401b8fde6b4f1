"""Shared fixtures: offscreen Qt, a private data folder per test, fresh databases per test.

Every test that uses a database runs twice, once on a SQLite file and once on a PostgreSQL
server: the ``backend`` fixture is parametrized ``sqlite`` / ``postgresql`` (the ids show in
the test names), and the database fixtures follow it:

* ``sample_target``: where a fresh copy of the sample plan lives: a file path on SQLite, a
  database URL (a ``str``) on PostgreSQL; ``sample_copy()`` makes more. ``sample_db`` is it
  opened; ``empty_db`` is a new database without a plan; ``new_target`` is somewhere a
  database can be created. :mod:`backends` runs SQL on a target behind Duban's back.
* ``sample_path``: a copy of the sample as a SQLite *file*, for tests about files by nature.
  Those are marked ``@pytest.mark.sqlite_only(reason=...)`` and run on SQLite only; a test
  asking for ``sample_path`` without the mark fails on PostgreSQL, so none is left out silently.

PostgreSQL is reached through ``DUBAN_TEST_PG_URL``, an admin URL of a server where the tests
may create and drop databases (``bash scripts/test.sh`` starts a throwaway one). The sample
plan is built once per session into a template database; each test gets a copy made with
``CREATE DATABASE … TEMPLATE`` and dropped afterwards. Without a server the PostgreSQL runs
are skipped with the reason (``DUBAN_TEST_PG_UNAVAILABLE``, set by the test script), except
in CI (``CI=true``), where they fail.
"""

from __future__ import annotations

import itertools
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

BACKENDS = ("sqlite", "postgresql")
PG_URL_ENV = "DUBAN_TEST_PG_URL"
PG_UNAVAILABLE_ENV = "DUBAN_TEST_PG_UNAVAILABLE"


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): the test is about SQLite files by nature and runs on the sqlite backend only",
    )


def pytest_generate_tests(metafunc) -> None:
    """Run every test that uses a database on each backend (sqlite_only tests on SQLite alone)."""
    if "backend" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker("sqlite_only")
    if marker is not None and not (marker.kwargs.get("reason") or marker.args):
        raise pytest.UsageError(f"{metafunc.definition.nodeid}: sqlite_only needs a reason")
    metafunc.parametrize("backend", ["sqlite"] if marker is not None else list(BACKENDS), indirect=True)


@pytest.fixture
def backend(request) -> str:
    """``sqlite`` or ``postgresql``: which kind of database this run of the test uses."""
    return request.param


@pytest.fixture(autouse=True)
def duban_home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own data folder, so settings and default databases never leak."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


# -- PostgreSQL ----------------------------------------------------------------------------


class PgServer:
    """The test server: databases made and dropped through an admin connection."""

    def __init__(self, admin_url: str):
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.pool import NullPool

        self.url = make_url(admin_url)
        if self.url.drivername == "postgresql":
            self.url = self.url.set(drivername="postgresql+psycopg")
        self.engine = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.prefix = f"duban_test_{os.getpid()}"
        self._numbers = itertools.count(1)

    def execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.engine.connect() as connection:
            connection.execute(text(sql))

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def new_database(self, template: str | None = None, name: str | None = None) -> str:
        """A new database (a copy of *template*, or empty); its name."""
        name = name or f"{self.prefix}_{next(self._numbers)}"
        self.drop(name)
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_all(self) -> None:
        from sqlalchemy import text

        with self.engine.connect() as connection:
            names = connection.execute(text("SELECT datname FROM pg_database")).scalars().all()
        for name in names:
            if name.startswith(self.prefix + "_"):
                self.drop(name)
        self.engine.dispose()


def _pg_unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}. In CI (CI=true) the PostgreSQL runs must run, not be skipped.", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_server():
    url = os.environ.get(PG_URL_ENV)
    if not url:
        _pg_unavailable(
            os.environ.get(PG_UNAVAILABLE_ENV)
            or f"PostgreSQL not available: {PG_URL_ENV} is not set (bash scripts/test.sh starts a throwaway server)"
        )
    try:
        server = PgServer(url)
        server.execute("SELECT 1")
    except Exception as exc:  # the variable names a server the tests were promised: never skip
        pytest.fail(f"PostgreSQL at {PG_URL_ENV}={url} cannot be used: {exc}", pytrace=False)
    yield server
    server.drop_all()


@pytest.fixture(scope="session")
def pg_sample_template(pg_server) -> str:
    """The sample plan built once on the server (every migration runs); tests get copies."""
    name = pg_server.new_database(name=f"{pg_server.prefix}_sample_tpl")
    create_database(pg_server.url_of(name), with_sample=True).close()
    return name


@pytest.fixture(scope="session")
def pg_empty_template(pg_server) -> str:
    name = pg_server.new_database(name=f"{pg_server.prefix}_empty_tpl")
    create_database(pg_server.url_of(name), with_sample=False).close()
    return name


@pytest.fixture
def pg_database(pg_server):
    """Makes server databases for one test (``pg_database()`` empty, or a copy of a template), dropped after it."""
    made = []

    def make(template: str | None = None) -> str:
        name = pg_server.new_database(template)
        made.append(name)
        return pg_server.url_of(name)

    yield make
    for name in made:
        pg_server.drop(name)


# -- databases on either backend -------------------------------------------------------------


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory) -> Path:
    """The sample database file built once; tests get copies (building it runs every migration)."""
    path = tmp_path_factory.mktemp("template") / "sample.duban"
    create_database(path, with_sample=True).close()
    return path


@pytest.fixture
def sample_copy(backend, request, tmp_path):
    """Makes fresh copies of the sample plan: ``sample_copy(name)`` is a file path (sqlite) or a URL (postgresql)."""
    if backend == "sqlite":
        template = request.getfixturevalue("sample_template")

        def copy_file(name: str = "sample.duban") -> Path:
            path = tmp_path / name
            shutil.copyfile(template, path)
            return path

        return copy_file
    template = request.getfixturevalue("pg_sample_template")
    databases = request.getfixturevalue("pg_database")
    return lambda name=None: databases(template)


@pytest.fixture
def sample_target(sample_copy) -> Path | str:
    """A fresh copy of the sample plan: a file path (sqlite) or a database URL (postgresql)."""
    return sample_copy()


@pytest.fixture
def new_target(backend, request, tmp_path) -> Path | str:
    """Where a new database can be created: a file not there yet, or an empty server database."""
    if backend == "sqlite":
        return tmp_path / "new.duban"
    return request.getfixturevalue("pg_database")()


@pytest.fixture
def sample_path(backend, request) -> Path:
    """The sample copy as a SQLite file (the same as ``sample_target``), for tests about files.

    Tests using it are marked sqlite_only; on PostgreSQL it fails rather than skips.
    """
    if backend != "sqlite":
        pytest.fail("sample_path is a SQLite file: mark the test sqlite_only(reason=...) or use sample_target")
    return request.getfixturevalue("sample_target")


@pytest.fixture
def sample_db(sample_target):
    database = Database.open(sample_target)
    yield database
    database.close()


@pytest.fixture
def empty_db(backend, request, tmp_path):
    if backend == "sqlite":
        database = create_database(tmp_path / "empty.duban", with_sample=False)
    else:
        database = Database.open(request.getfixturevalue("pg_database")(request.getfixturevalue("pg_empty_template")))
    yield database
    database.close()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The source document the built-in plan was transcribed from."""
    return SEED_DOCUMENT.read_text(encoding="utf-8")


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str, str]]:
    """Message boxes answered at once (as a person reads and clicks OK), kept as (kind, title, text)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str, str]] = []

    def record(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    return shown


#: The font sets every printing test runs under: the faces Debian's two common Chinese font
#: packages bring (fonts-noto-cjk, fonts-wqy-microhei), as (title face, text face).
FONT_SETS = {
    "noto": ("Noto Sans CJK SC", "Noto Serif CJK SC"),
    "wqy": ("WenQuanYi Micro Hei", "WenQuanYi Micro Hei"),
}


def require_font_sets(*names: str) -> None:
    """Skip where a face of the named font sets (default all) is not installed; in CI, fail instead."""
    from PySide6.QtGui import QFontDatabase

    from desktop.printing.fonts import ensure_gui_application

    ensure_gui_application()
    installed = {name.casefold() for name in QFontDatabase.families()}
    wanted = {face for name in (names or FONT_SETS) for face in FONT_SETS[name]}
    missing = sorted(face for face in wanted if face.casefold() not in installed)
    if missing:
        reason = f"{', '.join(missing)} not installed (bash scripts/test.sh installs fonts-noto-cjk and fonts-wqy-microhei)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}. In CI (CI=true) the printing tests must run under every font set.", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(params=sorted(FONT_SETS))
def font_set(request, duban_home) -> tuple[str, str]:
    """Printouts set in one font set (the print-font settings); skipped where it is not installed, failed in CI.

    ``bash scripts/test.sh`` installs both packages, so a layout that depends on the font fails there.
    """
    from desktop.settings import PRINT_BODY_FONT, PRINT_TITLE_FONT, Settings

    require_font_sets(request.param)
    title, body = FONT_SETS[request.param]
    settings = Settings()
    settings.set(PRINT_TITLE_FONT, title)
    settings.set(PRINT_BODY_FONT, body)
    return title, body
