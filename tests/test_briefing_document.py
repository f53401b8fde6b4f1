"""The June 2022 定期通报 of the sample plan as the office sends it: Word, PDF, the command line and the dialog."""

from __future__ import annotations

import datetime as dt
import subprocess

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from desktop.cli import EXIT_OK, EXIT_USER_ERROR, main
from desktop.models import Task
from desktop.services.briefing import briefing, period_of
from desktop.services.briefing_document import briefing_document
from desktop.services.notice_documents import write_document
from desktop.services.rows import task_rows
from desktop.settings import REPORTER_NAME, Settings
from gui import on_next_dialog, wait_for_operations

JUNE_30 = dt.date(2022, 6, 30)


def plan_id(db) -> int:
    with db.read() as session:
        return session.scalar(select(Task.plan_id))


def june(db):
    start, end, _label = period_of("2022-06")
    return briefing(db, plan_id(db), start, end)


def docx_texts(path) -> tuple[str, list[list[str]]]:
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    return text, rows


def test_the_june_briefing_names_both_tasks_with_their_lights_who_did_not_report_and_the_quotas(sample_db, tmp_path):
    made = june(sample_db)
    document = briefing_document(sample_db, plan_id(sample_db), made, number="柳科改办〔2022〕3号")
    path = write_document(document, tmp_path / "通报.docx")
    text, rows = docx_texts(path)
    assert "关于2022年6月改革攻坚任务推进情况的通报" in text.replace("\n", "")
    assert "柳科改办〔2022〕3号" in text and "领导小组办公室" in text
    # Both tasks, each with the light the light's home gives on 30 June.
    lights = {row.code: row for row in task_rows(sample_db, plan_id(sample_db), JUNE_30)}
    task_rows_printed = {r[0]: r for r in rows if len(r) == 6 and r[0] in ("2-1", "2-2")}
    assert set(task_rows_printed) == {"2-1", "2-2"}
    for code, printed in task_rows_printed.items():
        state = next(s for s in made.tasks if s.code == code)
        assert printed[3] == state.light_label and int(state.light) == lights[code].light
    # The sections that did not report, and the quota table with its 全市要求 row.
    assert made.unreported and all(u.text in text for u in made.unreported)
    assert any(r[0] == "全市要求" for r in rows)
    counts = made.counts
    assert f"红灯 {counts.red} 项" in text and f"{counts.sections_unreported} 个科室未按时报送进展" in text
    # 先进/后进 come with their reasons.
    assert all(f"{v.section}：" in text for v in made.lagging)


def test_the_pdf_reads_back_the_same_facts(qapp, sample_db, tmp_path):
    made = june(sample_db)
    path = write_document(briefing_document(sample_db, plan_id(sample_db), made), tmp_path / "通报.pdf")
    printed = "".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                                     text=True).stdout.split())
    for fact in ("2022年6月改革攻坚任务推进情况的通报", "2-1", "2-2", "全市要求", "先进与后进"):
        assert fact in printed, fact
    with pytest.raises(Exception, match="已存在"):
        write_document(briefing_document(sample_db, plan_id(sample_db), made), path)


def test_the_command_line_writes_the_briefing_and_refuses_to_overwrite(sample_target, tmp_path, capsys):
    out = tmp_path / "june.docx"
    code = main(["briefing", str(sample_target), "--month", "2022-06", "--docx", str(out)])
    said = capsys.readouterr()
    assert code == EXIT_OK and out.exists() and "定期通报（2022年6月）" in said.out
    text, _rows = docx_texts(out)
    assert "2022年6月" in text
    code = main(["briefing", str(sample_target), "--month", "2022-06", "--docx", str(out)])
    assert code == EXIT_USER_ERROR and "--overwrite" in capsys.readouterr().err
    code = main(["briefing", str(sample_target), "--month", "2022-13", "--pdf", str(tmp_path / "x.pdf")])
    assert code == EXIT_USER_ERROR and "月份" in capsys.readouterr().err
    code = main(["briefing", str(sample_target), "--month", "2022-Q3", "--pdf", str(tmp_path / "q3.pdf")])
    assert code == EXIT_OK and (tmp_path / "q3.pdf").exists()


def test_the_dialog_writes_the_chosen_month_to_word(qtbot, sample_target, tmp_path, monkeypatch):
    from desktop.views.briefing_dialog import BriefingDialog
    from desktop.views.main_window import MainWindow

    Settings().set(REPORTER_NAME, "改革办")
    window = MainWindow(Settings())
    window.tasks_tab.today = lambda: dt.date(2022, 7, 5)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(sample_target))
    out = tmp_path / "通报"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    seen = []

    def export(dialog):
        assert isinstance(dialog, BriefingDialog)
        seen.append(dialog.period.currentText())  # the last month ended: June
        dialog.number.setText("柳科改办〔2022〕3号")
        qtbot.mouseClick(dialog.word_button, Qt.MouseButton.LeftButton)

    on_next_dialog(export)
    window.briefing_action.trigger()
    wait_for_operations(qtbot)
    written = tmp_path / "通报.docx"
    qtbot.waitUntil(written.exists)
    assert seen == ["2022年6月"]
    text, _rows = docx_texts(written)
    assert "柳科改办〔2022〕3号" in text and "2022年6月" in text


def test_the_dialog_previews_the_briefing(qtbot, sample_target):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from desktop.views.briefing_dialog import BriefingDialog
    from desktop.views.main_window import MainWindow

    Settings().set(REPORTER_NAME, "改革办")
    window = MainWindow(Settings())
    window.tasks_tab.today = lambda: dt.date(2022, 7, 5)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(sample_target))
    dialog = BriefingDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: getattr(dialog, "preview_dialog", None) is not None and dialog.preview_dialog.isVisible())
    preview = dialog.preview_dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 2)
    assert "2022年6月" in dialog.preview_dialog.windowTitle()
    dialog.preview_dialog.close()
