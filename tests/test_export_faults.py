"""Exports that cannot be written: a full disk, a read-only folder, a share that vanished, a name too long.

Every export that writes a file (``duban export --xlsx``, ``duban forms export``, ``duban
calendar --ics``, ``duban print --pdf``, the quota matrix, and the same from the window's
menus) says so in one Chinese message, prints no traceback and no "Exception ignored"
(openpyxl's zip archive left open after ENOSPC used to complain from ``__del__``), leaves
no partial or temporary file, and never replaces a good file with a broken one.

The faults are real: the command line writes into a small tmpfs filled up (or remounted
read-only) in a private mount namespace (tests/faults/worker.py ``export``); the window
writes into the FUSE passthrough (tests/faults/eiofs.py) switched to ``full`` (ENOSPC) or
``all`` (EIO, the share gone); a name too long is refused by the kernel itself.
"""

from __future__ import annotations

import gc
import hashlib
import json
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop import cli
from desktop.settings import Settings
from desktop.views.main_window import MainWindow
from desktop.views.print_dialog import PrintDialog
from faults.harness import Worker, fuse_share, namespace_prefix, unavailable
from gui import wait_for_operations

pytestmark = pytest.mark.sqlite_only(
    reason="an export is written the same way whatever the database; the faults are those of the folder written to"
)

GOOD = "上次导出.xlsx"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _good_workbook(path: Path) -> Path:
    workbook = Workbook()
    workbook.active["A1"] = "上次导出的完整文件"
    workbook.save(path)
    return path


def _exports(database: Path) -> list[list[str]]:
    db = str(database)
    return [
        ["export", db, "--xlsx", "{dir}/整个计划.xlsx"],
        ["export", db, "--xlsx", "{dir}/" + GOOD, "--overwrite"],
        ["forms", "export", db, "--out", "{dir}/台帐"],
        ["calendar", db, "--ics", "{dir}/督办日历.ics"],
        ["print", db, "checklist", "--pdf", "{dir}/督察清单.pdf"],
    ]


def _assert_complete(path: Path) -> None:
    """A file an export left behind is whole: it opens."""
    if path.suffix == ".xlsx":
        load_workbook(path).close()
    elif path.suffix == ".pdf":
        data = path.read_bytes()
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), path
    elif path.suffix == ".ics":
        text = path.read_text(encoding="utf-8")
        assert text.startswith("BEGIN:VCALENDAR") and text.rstrip().endswith("END:VCALENDAR"), path
    else:
        raise AssertionError(f"an unexpected file was left: {path}")


# -- the command line, on a real full (or read-only) disk ---------------------------------------


@pytest.mark.parametrize(
    "case, free",
    [("full", 0), ("full", 16384), ("read-only", 0)],
    ids=["disk-full", "room-for-part-of-a-file", "read-only-folder"],
)
def test_cli_exports_to_a_full_or_read_only_disk_say_so_in_one_line_and_leave_no_file(sample_path, tmp_path, case, free):
    prefix = namespace_prefix()
    if prefix is None:
        unavailable("cannot mount a small tmpfs: 'unshare -m' (root) / 'unshare -rm' (user namespaces) not available")
    good = _good_workbook(tmp_path / "good.xlsx")
    folder, out = tmp_path / "disk", tmp_path / "left"
    folder.mkdir()
    out.mkdir()
    how = ["--fill", "--free", free] if case == "full" else ["--read-only"]
    worker = Worker("export", "--dir", folder, "--out", out, "--mount", "2m", "--keep", f"{GOOD}={good}",
                    "--run", json.dumps(_exports(sample_path), ensure_ascii=False), *how, prefix=prefix)
    try:
        report = worker.read(timeout=150)
    finally:
        worker.close()
    assert report["filesystem"] == "tmpfs", report
    if case == "full":
        assert report["free_bytes"] <= free, report
    expected = "磁盘已满" if case == "full" else "该位置不允许写入"
    failed = 0
    for run in report["runs"]:
        assert "Traceback" not in run["stderr"] and "Exception ignored" not in run["stderr"], run
        if run["returncode"] == 0:  # it fitted into the room left
            assert free and run["stderr"] == "", run
            continue
        failed += 1
        assert run["returncode"] == 1, run
        assert run["stderr"].startswith("错误：") and run["stderr"].count("错误：") == 1, run
        assert expected in run["stderr"] and "再试" in run["stderr"], run
        if any(GOOD in part for part in run["argv"]):
            assert "原有的同名文件没有改动" in run["stderr"], run
    if free == 0:
        assert failed == len(report["runs"]), report["runs"]
    else:
        assert failed >= 1, report["runs"]  # the whole plan does not fit into 16 KB
    left = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert not [name for name in left if ".duban-" in name or name.endswith(".part")], left
    assert _digest(out / GOOD) == _digest(good)  # the good file was not replaced by a broken one
    for name in left - {GOOD}:
        assert free, left  # nothing at all fits on a full or read-only disk
        _assert_complete(out / name)
    if free == 0:
        assert left == {GOOD}, left  # not even the forms' folder is left behind


def test_a_name_too_long_is_one_message_from_every_export(sample_path, tmp_path, capsys):
    long = "很长的文件名" * 15  # 270 bytes in UTF-8: more than a name may have
    db = str(sample_path)
    for argv in (
        ["export", db, "--xlsx", str(tmp_path / f"{long}.xlsx")],
        ["forms", "export", db, "--out", str(tmp_path / long)],
        ["calendar", db, "--ics", str(tmp_path / f"{long}.ics")],
        ["print", db, "checklist", "--pdf", str(tmp_path / f"{long}.pdf")],
    ):
        assert cli.main(argv) == 1, argv
        out, err = capsys.readouterr()
        assert err.startswith("错误：") and "文件名或文件夹路径太长" in err and "换一个短一些的文件名" in err, (argv, err)
        assert "Traceback" not in err and out == "", (argv, out, err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "sample.duban"]


# -- the share written to vanishes, or fills up (FUSE) -----------------------------------------


@pytest.fixture
def share(tmp_path):
    """A folder on the FUSE passthrough; ``share.fail("full")`` fills its disk, ``"all"`` takes it away."""
    with fuse_share(tmp_path) as mount:
        yield mount


@pytest.fixture
def unraisable(monkeypatch):
    """What Python would print as "Exception ignored in …" (e.g. from a ``__del__``), kept instead."""
    seen = []
    monkeypatch.setattr(sys, "unraisablehook", lambda info: seen.append(f"{info.exc_type.__name__}: {info.exc_value} in {info.object!r}"))
    yield seen


def test_cli_exports_to_a_share_that_vanished_say_so(sample_path, share, capsys, unraisable):
    db = str(sample_path)
    _good_workbook(share.backing / GOOD)
    share.fail("all")
    for argv in (
        ["export", db, "--xlsx", str(share.mountpoint / GOOD), "--overwrite"],
        ["forms", "export", db, "--out", str(share.mountpoint / "台帐")],
        ["calendar", db, "--ics", str(share.mountpoint / "督办日历.ics")],
        ["print", db, "checklist", "--pdf", str(share.mountpoint / "督察清单.pdf")],
    ):
        assert cli.main(argv) == 1, argv
        out, err = capsys.readouterr()
        assert err.startswith("错误：") and "网络驱动器可能已断开" in err and "Traceback" not in err, (argv, err)
    gc.collect()
    assert unraisable == []
    share.heal()
    assert [p.name for p in share.backing.iterdir()] == [GOOD]


def test_the_windows_exports_to_a_full_disk_show_one_message_and_write_nothing(
    qtbot, sample_path, share, monkeypatch, messages, unraisable
):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_loaded, timeout=20000):
        assert window.open_path(str(sample_path))
    good = _good_workbook(share.backing / GOOD)
    before = _digest(good)
    mnt = share.mountpoint
    answers: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (answers.pop(0), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: answers.pop(0))
    share.fail("full")

    def expect_one_warning(title: str) -> None:
        assert [kind for kind, _, _ in messages] == ["warning"], messages
        assert messages[0][1] == title and "磁盘已满" in messages[0][2] and "再试" in messages[0][2], messages
        messages.clear()

    answers.append(str(mnt / "整个计划.xlsx"))
    window.export_ledger_action.trigger()
    wait_for_operations(qtbot)
    expect_one_warning("没有导出")
    answers.append(str(mnt / GOOD))
    window.export_ledger_action.trigger()
    wait_for_operations(qtbot)
    assert "原有的同名文件没有改动" in messages[0][2]
    expect_one_warning("没有导出")
    answers.append(str(mnt / "台帐"))
    window.export_forms_action.trigger()
    wait_for_operations(qtbot)
    expect_one_warning("没有导出")
    window.tasks_tab.select_task(window.tasks_tab.model.row(0).id)
    answers.append(str(mnt))
    window.export_task_form_action.trigger()
    wait_for_operations(qtbot)
    expect_one_warning("没有导出")
    answers.append(str(mnt / "督办日历.ics"))
    window.export_calendar_action.trigger()
    wait_for_operations(qtbot)
    expect_one_warning("没有导出")

    window.export_pdf_action.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PrintDialog)
    answers.append(str(mnt / "督察清单.pdf"))
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    expect_one_warning("没有生成")
    dialog.reject()

    window.tabs.setCurrentWidget(window.quotas_tab)
    answers.append(str(mnt / "完成情况.xlsx"))
    window.quotas_tab.export_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)  # written in the background
    expect_one_warning("无法导出")

    gc.collect()
    assert unraisable == []
    share.heal()
    assert [p.name for p in share.backing.iterdir()] == [GOOD]
    assert _digest(good) == before
