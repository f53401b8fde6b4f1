"""Schema revisions: created by Alembic, recorded in the file, newer ones refused."""

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.db.database import Database
from desktop.db.sqlite import SQLITE_APPLICATION_ID
from desktop.db.schema import HEAD_REVISION, KNOWN_REVISIONS, check_file, script_revisions
from desktop.errors import DatabaseFileError, SchemaTooNewError
from desktop.models import Base


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_known_revisions_match_the_migration_scripts():
    assert list(KNOWN_REVISIONS) == script_revisions()


def test_migrated_schema_matches_the_models(empty_db):
    with empty_db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_new_file_records_revision_identity_and_application_id(empty_db):
    path = empty_db.target.path
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert raw.execute("PRAGMA application_id").fetchone()[0] == SQLITE_APPLICATION_ID
    raw.close()
    meta = empty_db.meta()
    assert meta["application"] == "Duban"
    assert len(meta["database_id"]) == 36
    assert meta["created_by_version"]


def test_file_of_a_newer_duban_is_refused_and_left_alone(sample_path):
    raw = sqlite3.connect(sample_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.commit()
    raw.close()
    before = digest(sample_path)
    with pytest.raises(SchemaTooNewError, match="更新版本") as info:
        Database.open(sample_path)
    assert "9999_future" in str(info.value)
    assert digest(sample_path) == before


def test_file_without_a_recorded_revision_is_refused(sample_path):
    raw = sqlite3.connect(sample_path)
    raw.execute("DELETE FROM alembic_version")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseFileError, match="架构版本缺失"):
        Database.open(sample_path)


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
    with pytest.raises(DatabaseFileError, match="不是 SQLite"):
        Database.open(path)


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


def test_older_file_is_upgraded_on_open_and_its_search_index_filled(sample_path):
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
    raw = sqlite3.connect(sample_path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
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
