"""The writer-version gate: a file that asks for a newer Duban is only looked at, by every writer.

``duban_meta.min_writer_version`` is obeyed whatever the schema revision: a file at a revision
this Duban knows (the head) that says ``9.9.9`` opens read-only with the reason in the window,
is refused by every command that writes (one line, exit 1, file unchanged), on SQLite files
and on PostgreSQL alike, and a write is refused even when the file was gated after it was opened.
"""

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

import desktop
from desktop.cli import EXIT_OK, EXIT_USER_ERROR, main
from desktop.db.database import Database
from desktop.db.revisions import HEAD_REVISION
from desktop.db.sqlite import SchemaState, newer_reason
from desktop.errors import DatabaseUnavailableError, SchemaTooNewError
from desktop.models import Meta
from desktop.settings import Settings
from desktop.views.main_window import MainWindow

from backends import execute, scalar
from test_cli import digest, one_line_error

NEWER = "9.9.9"


def gate(target, version: str = NEWER) -> None:
    execute(target, "UPDATE duban_meta SET value = :value WHERE key = 'min_writer_version'", {"value": version})
    assert scalar(target, "SELECT version_num FROM alembic_version") == HEAD_REVISION  # a revision this Duban knows


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_stated_writer_version_is_obeyed_whatever_the_revision():
    known = SchemaState(revision=HEAD_REVISION, is_duban=True, tables=["duban_meta"], min_writer_version=NEWER)
    assert not known.writable_by_this_version
    assert NEWER in newer_reason(known) and desktop.__version__ in newer_reason(known)
    assert SchemaState(revision=HEAD_REVISION, is_duban=True, min_writer_version="0.2.0").writable_by_this_version
    assert SchemaState(revision=HEAD_REVISION, is_duban=True, min_writer_version=None).writable_by_this_version
    assert SchemaState(revision="9999_future", is_duban=True, min_writer_version="0.2.0").writable_by_this_version
    assert not SchemaState(revision="9999_future", is_duban=True, min_writer_version=None).writable_by_this_version


def test_a_known_revision_asking_for_a_newer_writer_opens_read_only(sample_target):
    gate(sample_target)
    before = digest(sample_target)
    database = Database.open(sample_target)
    try:
        assert database.read_only
        assert f"Duban {NEWER} 或更新版本" in database.read_only_reason
        assert database.meta()["application"] == "Duban"  # still looked at
        with pytest.raises(DatabaseUnavailableError, match=NEWER):
            with database.write() as session:
                session.merge(Meta(key="probe", value="1"))
    finally:
        database.close()
    with pytest.raises(SchemaTooNewError, match=NEWER):
        Database.open(sample_target, allow_read_only=False)
    assert digest(sample_target) == before


def test_a_write_is_refused_when_the_file_was_gated_after_it_was_opened(sample_target):
    database = Database.open(sample_target)
    try:
        assert not database.read_only
        gate(sample_target)  # a newer Duban raised it meanwhile
        before = digest(sample_target)
        with pytest.raises(SchemaTooNewError, match=NEWER):
            with database.write(note="t") as session:
                session.merge(Meta(key="probe", value="1"))
        assert database.read_only and NEWER in database.read_only_reason
        with pytest.raises(DatabaseUnavailableError, match=NEWER):
            with database.write(bump=False):
                pass
        assert digest(sample_target) == before
        assert "probe" not in database.meta()
    finally:
        database.close()


def test_forms_import_refuses_a_file_asking_for_a_newer_writer(sample_target, tmp_path, capsys):
    folder = tmp_path / "返回"
    folder.mkdir()
    code, _, _ = run(capsys, "forms", "export", sample_target, "--out", folder, "--period", "2022年6月")
    assert code == EXIT_OK
    for number, path in enumerate(sorted(folder.glob("*.xlsx"))):
        workbook = openpyxl.load_workbook(path)
        workbook.worksheets[0]["D5"] = f"第 {number} 科的新进展"
        workbook.save(path)
    gate(sample_target)
    before = digest(sample_target)
    code, out, err = run(capsys, "forms", "import", sample_target, folder)
    assert code == EXIT_USER_ERROR and out == ""
    line = one_line_error(err)
    assert f"Duban {NEWER} 或更新版本" in line and "只能查看" in line
    assert digest(sample_target) == before
    # Looking is still allowed: a dry run reads the forms and writes nothing.
    code, out, _ = run(capsys, "forms", "import", sample_target, folder, "--dry-run", "--json")
    assert code == EXIT_OK and '"status": "ready"' in out
    assert digest(sample_target) == before


def test_the_window_opens_it_read_only_and_shows_why(qtbot, sample_target, monkeypatch):
    shown = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, **kwargs: shown.append(args[1:3]))
    gate(sample_target)
    before = digest(sample_target)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(sample_target))
    qtbot.waitUntil(lambda: window.watcher is None or not window.watcher.busy(), timeout=10_000)
    assert window.database.read_only
    assert window.banner.isVisible()
    assert "只读" in window.banner.text() and f"Duban {NEWER}" in window.banner.text()
    assert not window.import_action.isEnabled()
    assert not window.tasks_tab.new_button.isEnabled()
    assert window.tasks_tab.model.rowCount() == 2  # everything can still be looked at
    window.close()
    assert shown == []
    assert digest(sample_target) == before


@pytest.mark.sqlite_only(reason="restore writes a SQLite file")
def test_restore_neither_writes_over_such_a_file_nor_restores_such_a_backup(sample_copy, tmp_path, capsys):
    good, gated = sample_copy("good.duban"), sample_copy("gated.duban")
    gate(gated)
    code, out, _ = run(capsys, "backup", good, "--to", tmp_path / "backups")
    assert code == EXIT_OK
    backup = next((tmp_path / "backups").rglob("*.duban"))
    before = digest(gated)
    for extra in ((), ("--force",)):
        code, out, err = run(capsys, "restore", backup, gated, *extra)
        assert code == EXIT_USER_ERROR and out == ""
        assert f"Duban {NEWER}" in one_line_error(err) and "没有恢复" in err
        assert digest(gated) == before
    new = tmp_path / "new.duban"
    code, out, err = run(capsys, "restore", gated, new)
    assert code == EXIT_USER_ERROR and f"Duban {NEWER}" in one_line_error(err)
    assert not new.exists()
