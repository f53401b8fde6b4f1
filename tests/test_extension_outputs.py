"""An approved extension keeps its original date wherever the deadline is shown: the printed
ledger (read back from the PDF), the 附件2 forms, the 定期通报 and the calendar."""

from __future__ import annotations

import datetime as dt

import docx
from openpyxl import load_workbook
from sqlalchemy import select
from test_extensions import JULY_15, JULY_5, ask, facts
from test_printing import pdftotext, squeeze

from desktop.models import Task
from desktop.printing.pdf import render_pdf
from desktop.printing.table import PageSetup
from desktop.services import extensions
from desktop.services.briefing import briefing
from desktop.services.briefing_document import briefing_document
from desktop.services.forms_export import export_task_form
from desktop.services.notice_documents import write_document
from desktop.services.printouts import ReportOptions, reports

PHRASE = "人才飞地政策出台：原定 “6 月前”（6 月 30 日），经批准延至 7 月 15 日"


def approved(db):
    plan_id, task_id, milestone, section = facts(db)
    request = ask(db, milestone.id, section)
    leader = extensions.leaders(db, plan_id, JULY_5)[0].person_id
    extensions.approve_extension(db, request, leader, dt.date(2022, 7, 1), "同意")
    return plan_id, task_id


def test_the_printed_ledger_keeps_the_original_date(qapp, sample_db, tmp_path):
    plan_id, task_id = approved(sample_db)
    table = reports()["ledger"].build(sample_db, plan_id, ReportOptions(today=JULY_5))
    (row,) = [r for r in table.rows if r[0] == "2-2"]
    assert row[3].endswith("【延期】" + PHRASE)
    assert not any("延期" in cell for r in table.rows if r[0] == "2-1" for cell in r)
    out = tmp_path / "台帐.pdf"
    render_pdf(table, out, PageSetup(landscape=True))
    text = squeeze(pdftotext(out))
    assert squeeze("原定“6月前”（6月30日），经批准延至7月15日") in text
    assert squeeze("人才飞地政策出台") in text


def test_a_pending_request_is_not_printed(qapp, sample_db):
    plan_id, task_id, milestone, section = facts(sample_db)
    ask(sample_db, milestone.id, section)
    table = reports()["ledger"].build(sample_db, plan_id, ReportOptions(today=JULY_5))
    assert not any("延期" in cell for r in table.rows for cell in r)


def test_the_form_shows_the_extension_beside_the_cells_to_fill_in(sample_db, tmp_path):
    plan_id, task_id = approved(sample_db)
    path = export_task_form(sample_db, task_id, tmp_path, "2022年7月", dt.date(2022, 7, 25))
    sheet = load_workbook(path).worksheets[0]
    texts = [str(cell.value or "") for row in sheet.iter_rows() for cell in row]
    assert any(text.endswith("【延期】" + PHRASE) for text in texts)
    # Only the read-only reference column (G) carries it: the import reads C and D.
    cells = [cell for row in sheet.iter_rows() for cell in row if "【延期】" in str(cell.value or "")]
    assert [cell.column_letter for cell in cells] == ["G"]


def test_a_form_with_an_extension_imports_back_only_what_was_filled_in(sample_db, tmp_path):
    from pathlib import Path

    from desktop.excel.cells import set_text
    from desktop.services import forms_import

    plan_id, task_id = approved(sample_db)
    path = export_task_form(sample_db, task_id, tmp_path, "2022年7月", dt.date(2022, 7, 25))
    workbook = load_workbook(path)
    set_text(workbook.worksheets[0]["D5"], "人才飞地管理办法已提交市委人才工作领导小组会议审定。")
    workbook.save(path)
    (preview,) = forms_import.preview_files(sample_db, plan_id, [Path(path)])
    (row,) = preview.rows
    assert row.new_text == "人才飞地管理办法已提交市委人才工作领导小组会议审定。"
    assert "延期" not in row.new_text and "延期" not in (row.old_text or "")


def test_the_briefing_names_the_extensions_of_its_period(qapp, sample_db, tmp_path):
    plan_id, task_id = approved(sample_db)
    july = briefing(sample_db, plan_id, dt.date(2022, 7, 1), dt.date(2022, 7, 31), today=JULY_5)
    assert july.extensions.lines == (
        ("2-2", "人才飞地政策出台", PHRASE.split("：", 1)[1], "人才科", "管伟荣 7 月 1 日批准"),
    )
    assert july.extensions.text == "本期批准延期 1 项，累计 1 项：人才科 1 项（累计 1 项）。"
    june = briefing(sample_db, plan_id, dt.date(2022, 6, 1), dt.date(2022, 6, 30))
    assert june.extensions.lines == () and june.extensions.text == "本期没有批准的延期申请。"
    path = write_document(briefing_document(sample_db, plan_id, july), tmp_path / "通报.pdf")
    printed = squeeze(pdftotext(path))
    assert "四、延期情况" in printed and "本期批准延期1项" in printed
    # The PDF's cell wraps after “7 月 15” (pdftotext reads the next cell in between).
    assert squeeze("原定“6月前”（6月30日），经批准延至7月15") in printed
    document = docx.Document(str(write_document(briefing_document(sample_db, plan_id, july), tmp_path / "通报.docx")))
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    assert ["2-2", "人才飞地政策出台", PHRASE.split("：", 1)[1], "人才科", "管伟荣 7 月 1 日批准"] in rows


def test_the_task_list_counts_extensions(sample_db):
    from desktop.services.rows import task_rows

    plan_id, task_id = approved(sample_db)
    counts = {row.code: row.extensions for row in task_rows(sample_db, plan_id, JULY_5)}
    assert counts == {"2-1": 0, "2-2": 1}
    with sample_db.read() as session:
        assert session.scalar(select(Task.code).where(Task.id == task_id)) == "2-2"
    assert JULY_15.month == 7


def test_the_timeline_marks_the_original_date_and_draws_the_slip(qtbot, sample_db):
    from PySide6.QtGui import QColor

    from desktop.views.calendar_tab import TIMELINE, CalendarTab
    from desktop.views.calendar_timeline import SLIP

    plan_id, task_id = approved(sample_db)
    tab = CalendarTab()
    tab.today = lambda: JULY_5
    tab.resize(1400, 900)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.load(sample_db, plan_id)
    tab.go_to(JULY_5)
    tab.set_view(TIMELINE)
    timeline = tab.timeline
    index, row = next((n, r) for n, r in enumerate(timeline.rows) if r.source == "milestone" and r.task_id == task_id)
    assert row.end == JULY_15 and row.light != 3  # the light follows the new date: not red on 5 July
    assert timeline.slip_of(row).phrase == "原定 “6 月前”（6 月 30 日），经批准延至 7 月 15 日"
    assert timeline.written_text(row) == "7月15日前（原定 6 月 30 日）"
    x0, x1 = timeline.slip_line(index)
    rect = timeline.bar_rect(index)
    assert x0 == int(timeline._x(dt.date(2022, 7, 1))) and x1 == rect.right() and x0 < x1
    image = timeline.grab().toImage()
    assert QColor(image.pixel(x0, rect.center().y() - 3)) == SLIP  # the original date's tick
    # The dashed slip runs along the bar's middle from the original date to the new one.
    dashed = [x for x in range(x0 + 2, x1 - 8) if QColor(image.pixel(x, rect.center().y())) == SLIP]
    assert dashed and min(dashed) < x0 + 10 and max(dashed) > x1 - 20
    # The items not extended draw no slip.
    assert all(timeline.slip_line(n) is None for n in range(len(timeline.rows)) if n != index)


def test_the_printed_timeline_keeps_the_original_date(qapp, sample_db, tmp_path):
    plan_id, task_id = approved(sample_db)
    table = reports()["timeline"].build(sample_db, plan_id, ReportOptions(today=JULY_5))
    (row,) = [r for r in table.rows if r[0].endswith("人才飞地政策出台")]
    assert row[1] == "7月15日前（原定 6 月 30 日）"
    assert row[2:14] == ["■"] * 5 + ["△30", "▲15"] + [""] * 5
    assert row[-1] == ""  # no longer overdue on 5 July
    assert any("△ 经批准延期的原定期限" in note for note in table.notes)
    others = [r for r in table.rows if r is not row]
    assert not any("△" in cell or "原定" in cell for r in others for cell in r)
    out = tmp_path / "时间轴.pdf"
    render_pdf(table, out, PageSetup(landscape=True))
    assert squeeze("（原定6月30日）") in squeeze(pdftotext(out))
