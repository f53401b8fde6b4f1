"""Schema revisions: created by Alembic, recorded in the file, newer ones refused."""

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.db.database import Database
from desktop.db.sqlite import SQLITE_APPLICATION_ID
from desktop.db.schema import HEAD_REVISION, KNOWN_REVISIONS, check_file, script_revisions
from desktop.errors import DatabaseFileError, DatabaseUnavailableError, SchemaTooNewError
from desktop.models import Base, Meta

from backends import execute, is_url, scalar


def digest(target) -> str:
    """A file's bytes; on a server, what any write of Duban's would change (its facts, revision, log)."""
    if is_url(target):
        return repr(
            execute(target, "SELECT key, value FROM duban_meta ORDER BY key")
            + execute(target, "SELECT version_num FROM alembic_version")
            + execute(target, "SELECT count(*), max(id) FROM audit_entry")
        )
    return hashlib.sha256(Path(target).read_bytes()).hexdigest()


def test_known_revisions_match_the_migration_scripts():
    assert list(KNOWN_REVISIONS) == script_revisions()


def test_migrated_schema_matches_the_models(empty_db):
    with empty_db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_new_file_records_revision_identity_and_application_id(empty_db):
    target = empty_db.target.path or empty_db.target.url
    assert scalar(target, "SELECT version_num FROM alembic_version") == HEAD_REVISION
    if empty_db.target.is_file:  # a server database is told apart by its duban_meta table alone
        assert scalar(target, "PRAGMA application_id") == SQLITE_APPLICATION_ID
    meta = empty_db.meta()
    assert meta["application"] == "Duban"
    assert len(meta["database_id"]) == 36
    assert meta["created_by_version"]


def _pretend_newer(target, min_writer: str | None) -> None:
    execute(target, "UPDATE alembic_version SET version_num = '9999_future'")
    if min_writer is None:
        execute(target, "DELETE FROM duban_meta WHERE key = 'min_writer_version'")
    else:
        execute(target, "UPDATE duban_meta SET value = :value WHERE key = 'min_writer_version'", {"value": min_writer})


def test_file_a_newer_duban_requires_opens_read_only_and_says_which_version(sample_target):
    _pretend_newer(sample_target, "9.1.0")
    before = digest(sample_target)
    database = Database.open(sample_target)
    try:
        assert database.read_only
        assert "Duban 9.1.0 或更新版本" in database.read_only_reason
        assert "9999_future" in database.read_only_reason
        assert database.meta()["application"] == "Duban"  # it can still be looked at
        with pytest.raises(DatabaseUnavailableError, match="9.1.0"):
            with database.write():
                pass
    finally:
        database.close()
    assert digest(sample_target) == before
    with pytest.raises(SchemaTooNewError, match="9.1.0"):
        Database.open(sample_target, allow_read_only=False)
    assert digest(sample_target) == before


def test_newer_file_that_names_no_writer_version_is_read_only(sample_target):
    _pretend_newer(sample_target, None)
    database = Database.open(sample_target)
    try:
        assert database.read_only and "更新版本" in database.read_only_reason
    finally:
        database.close()


def test_newer_file_this_version_may_write_opens_for_writing(sample_target):
    import desktop

    _pretend_newer(sample_target, desktop.__version__)
    database = Database.open(sample_target)
    try:
        assert not database.read_only
        with database.write(note="t") as session:
            session.merge(Meta(key="probe", value="1"))
        assert database.meta()["probe"] == "1"
        assert scalar(sample_target, "SELECT version_num FROM alembic_version") == "9999_future"
    finally:
        database.close()


def test_file_without_a_recorded_revision_is_refused(sample_target):
    execute(sample_target, "DELETE FROM alembic_version")
    with pytest.raises(DatabaseFileError, match="架构版本缺失"):
        Database.open(sample_target)


def test_database_of_another_program_is_refused_unchanged(tmp_path):
    path = tmp_path / "gnucash.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE accounts (guid TEXT, name TEXT)")
    raw.execute("INSERT INTO accounts VALUES ('1', 'Assets')")
    raw.commit()
    raw.close()
    before = digest(path)
    with pytest.raises(DatabaseFileError, match="其他程序"):
        Database.open(path)
    assert digest(path) == before


def test_text_file_is_not_a_database(tmp_path):
    path = tmp_path / "notes.duban"
    path.write_text("这不是数据库", encoding="utf-8")
    with pytest.raises(DatabaseFileError, match="不是督办台数据库文件") as info:
        Database.open(path)
    assert "扩展名为 .duban" not in info.value.message  # it has that extension already
    other = tmp_path / "notes.txt"
    other.write_text("这不是数据库", encoding="utf-8")
    with pytest.raises(DatabaseFileError, match="不是 SQLite 数据库.*扩展名为 .duban"):
        Database.open(other)


@pytest.mark.sqlite_only(reason="a damaged SQLite file")
def test_truncated_database_is_reported_as_damaged(sample_path):
    data = sample_path.read_bytes()
    sample_path.write_bytes(data[:150])
    with pytest.raises(DatabaseFileError, match="损坏"):
        check_file(sample_path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DatabaseFileError, match="找不到文件"):
        Database.open(tmp_path / "nope.duban")
    with pytest.raises(DatabaseFileError, match="文件夹"):
        Database.open(tmp_path)
    assert not (tmp_path / "nope.duban").exists()


@pytest.mark.sqlite_only(reason="creating a file (a server database with data: test_engine)")
def test_create_refuses_existing_file_and_missing_folder(sample_path, tmp_path):
    before = digest(sample_path)
    with pytest.raises(DatabaseFileError, match="已存在"):
        Database.create(sample_path)
    assert digest(sample_path) == before
    with pytest.raises(DatabaseFileError, match="不存在"):
        Database.create(tmp_path / "missing" / "a.duban")


def test_empty_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "blank.duban"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 1")  # makes SQLite write its header
    raw.close()
    with pytest.raises(DatabaseFileError, match="空的 SQLite"):
        Database.open(path)


@pytest.mark.sqlite_only(reason="a file is backed up before its upgrade (both backends: the next test)")
def test_older_file_is_upgraded_on_open_and_its_search_index_filled(sample_path, duban_home):
    from desktop.db.engine import create_engine_for
    from desktop.db.schema import downgrade, migration_transaction
    from desktop.db.target import Target

    engine = create_engine_for(Target(path=sample_path))
    with engine.connect() as connection, migration_transaction(connection):
        downgrade(connection, "0001")
    engine.dispose()
    raw = sqlite3.connect(sample_path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert raw.execute("SELECT count(*) FROM measure").fetchone()[0] == 7
    assert "search_key" not in [row[1] for row in raw.execute("PRAGMA table_info(task)")]
    raw.close()

    database = Database.open(sample_path)
    database.close()
    # A verified backup of the old file was taken first, in the PC's own backup folder.
    backup = database.upgrade_backup
    assert backup is not None and backup.exists() and duban_home / "backups" in backup.parents
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    old.close()
    raw = sqlite3.connect(sample_path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert raw.execute("SELECT value FROM duban_meta WHERE key = 'min_writer_version'").fetchone()[0] == "0.3.0"
    assert raw.execute("SELECT counter FROM duban_revision").fetchone()[0] == 0
    keys = [row[0] for row in raw.execute("SELECT search_key FROM task ORDER BY id")]
    counts = [raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("measure", "milestone", "progress_report", "membership")]
    raw.close()
    # Recreating the task table must not cascade into its children.
    assert counts == [7, 4, 2, 28]
    assert "jbz" in keys[0] and "jiebangzhi" in keys[0]
    raw = sqlite3.connect(sample_path)
    linked = raw.execute("SELECT count(*) FROM audit_entry WHERE table_name = 'measure' AND task_id IS NOT NULL").fetchone()[0]
    raw.close()
    assert linked == 7  # history written before the upgrade is found by task
    assert "rcfd" in keys[1] and "rencaifeidi" in keys[1]


def test_an_older_database_is_upgraded_on_open_and_keeps_its_data(sample_target):
    """Every migration runs down and up again on each backend; nothing is lost on the way."""
    from sqlalchemy import inspect

    from desktop.db.engine import create_engine_for
    from desktop.db.schema import downgrade, migration_transaction
    from desktop.db.target import Target

    tables = ("task", "measure", "milestone", "progress_report", "membership", "task_unit", "inspection_unit", "audit_entry")
    before = [scalar(sample_target, f"SELECT count(*) FROM {table}") for table in tables]
    engine = create_engine_for(Target.parse(str(sample_target)))
    with engine.connect() as connection, migration_transaction(connection):
        downgrade(connection, "0001")
    with engine.connect() as connection:
        assert "search_key" not in [column["name"] for column in inspect(connection).get_columns("task")]
    engine.dispose()
    assert scalar(sample_target, "SELECT version_num FROM alembic_version") == "0001"

    Database.open(sample_target).close()
    assert scalar(sample_target, "SELECT version_num FROM alembic_version") == HEAD_REVISION
    assert [scalar(sample_target, f"SELECT count(*) FROM {table}") for table in tables] == before
    keys = [row[0] for row in execute(sample_target, "SELECT search_key FROM task ORDER BY id")]
    assert "jbz" in keys[0] and "rcfd" in keys[1]
    linked = scalar(sample_target, "SELECT count(*) FROM audit_entry WHERE table_name = 'measure' AND task_id IS NOT NULL")
    assert linked == 7  # history written before the upgrade is found by task
