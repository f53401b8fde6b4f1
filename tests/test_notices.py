"""督办单 and 提示单 on the sample plan: grades at fixed dates, yearly numbers, answers, withdrawals, two PCs at once."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.lights import Light
from desktop.models import Notice, NoticeGrade, NoticeState, NoticeSubject, ProgressReport, Task
from desktop.services import notices, reports
from desktop.services.editing import ValidationError
from desktop.services.history import task_history

ROOT = Path(__file__).resolve().parent.parent
JUNE_27, JULY_5, AUGUST_15 = dt.date(2022, 6, 27), dt.date(2022, 7, 5), dt.date(2022, 8, 15)


def plan_id(db) -> int:
    with db.read() as session:
        return session.scalar(select(Task.plan_id))


def task_draft(db, day, code="2-1"):
    drafts = notices.drafts(db, plan_id(db), day)
    return next(d for d in drafts if d.subject is NoticeSubject.TASK and d.title.startswith(code))


def test_the_grading_rule():
    red, yellow, green = int(Light.RED), int(Light.YELLOW), int(Light.GREEN)
    assert notices.grade_for(yellow, 0, 0, False, 10) is NoticeGrade.PROMPT
    assert notices.grade_for(yellow, 0, 0, True, 10) is None  # reported this round: nothing to prompt
    assert notices.grade_for(yellow, 0, 1, False, 10) is NoticeGrade.YELLOW
    assert notices.grade_for(red, 3, 0, False, 10) is NoticeGrade.YELLOW
    assert notices.grade_for(red, 11, 0, True, 10) is NoticeGrade.RED
    assert notices.grade_for(red, 2, 1, False, 10) is NoticeGrade.RED  # a second notice on the same item
    assert notices.grade_for(green, 0, 0, False, 10) is None


def test_each_grade_from_the_sample_plan_at_fixed_dates(sample_db):
    prompt = task_draft(sample_db, JUNE_27)
    assert prompt.grade is NoticeGrade.PROMPT and prompt.days_late == 0
    assert (prompt.section_name, prompt.person_name) == ("规配科", "钟丽娜")
    assert prompt.deadline == dt.date(2022, 6, 30) and prompt.reply_by == dt.date(2022, 6, 30)
    assert prompt.last_report.startswith("2022-05-05")
    late = task_draft(sample_db, JULY_5)
    assert late.grade is NoticeGrade.YELLOW and late.days_late == 3 and late.reply_by == dt.date(2022, 7, 8)
    very_late = task_draft(sample_db, AUGUST_15)
    assert very_late.grade is NoticeGrade.RED and very_late.days_late > 10
    # A city-wide minimum is the office's own: no section receives a notice for it.
    august = notices.drafts(sample_db, plan_id(sample_db), AUGUST_15)
    assert all(d.section_name != "全市" for d in august)
    # A section's quota shortfall goes to the section's head.
    quota = next(d for d in august if d.subject is NoticeSubject.QUOTA and d.section_name == "规配科")
    assert quota.person_name == "钟丽娜" and quota.grade is NoticeGrade.RED


def test_numbers_run_yearly_and_a_withdrawn_number_is_never_reused(sample_db):
    pid = plan_id(sample_db)
    first = notices.issue(sample_db, pid, task_draft(sample_db, JULY_5), JULY_5, issued_by="改革办")
    # The same item again: its second notice is red.
    again = task_draft(sample_db, JULY_5)
    assert again.grade is NoticeGrade.RED
    second = notices.issue(sample_db, pid, again, JULY_5)
    rows = {r.id: r for r in notices.register(sample_db, pid)}
    assert (rows[first].number, rows[second].number) == (1, 2)
    assert rows[first].number_text == "〔2022〕第 1 号"
    notices.withdraw(sample_db, second, rows[second].version, "重复签发")
    third = notices.issue(sample_db, pid, again, JULY_5)
    rows = {r.id: r for r in notices.register(sample_db, pid)}
    assert rows[third].number == 3 and rows[second].state is NoticeState.WITHDRAWN
    assert rows[second].withdrawn_reason == "重复签发"
    with pytest.raises(ValidationError, match="作废"):
        notices.withdraw(sample_db, second, rows[second].version, "再次")
    with pytest.raises(ValidationError, match="不能为空"):
        notices.withdraw(sample_db, first, rows[first].version, "  ")


def test_the_next_accepted_report_answers_the_notices_and_undo_reopens_them(sample_db):
    pid = plan_id(sample_db)
    draft = task_draft(sample_db, JULY_5)
    notice_id = notices.issue(sample_db, pid, draft, JULY_5)
    report_id = reports.add_report(sample_db, draft.task_id, "2022年7月", "已出台双轨制政策", reported_on=JULY_5)
    undo = reports.accept_report(sample_db, report_id)
    row = next(r for r in notices.register(sample_db, pid) if r.id == notice_id)
    assert row.state is NoticeState.ANSWERED and "2022年7月" in row.answer_note
    undo.action(sample_db)
    row = next(r for r in notices.register(sample_db, pid) if r.id == notice_id)
    assert row.state is NoticeState.OPEN and row.answered_on is None


def test_the_office_marks_a_notice_answered_and_the_register_filters(sample_db):
    pid = plan_id(sample_db)
    drafts = [d for d in notices.drafts(sample_db, pid, JULY_5) if d.subject in (NoticeSubject.TASK, NoticeSubject.MILESTONE)]
    ids = notices.issue_many(sample_db, pid, drafts, JULY_5)
    assert [r.number for r in sorted(notices.register(sample_db, pid), key=lambda r: r.number)] == list(
        range(1, len(ids) + 1))
    row = next(r for r in notices.register(sample_db, pid) if r.id == ids[0])
    notices.mark_answered(sample_db, row.id, row.version, dt.date(2022, 7, 7), "书面说明已收到")
    assert [r.id for r in notices.register(sample_db, pid, state=NoticeState.ANSWERED)] == [ids[0]]
    assert {r.section_name for r in notices.register(sample_db, pid, section="人才科")} == {"人才科"}
    assert all(r.grade is NoticeGrade.YELLOW for r in notices.register(sample_db, pid, grade=NoticeGrade.YELLOW))
    counts = notices.monthly_counts(sample_db, pid, 2022)
    assert sum(issued for issued, _ in counts.values()) == len(ids)
    assert sum(answered for _, answered in counts.values()) == 1


def test_a_notice_is_on_its_task_s_history(sample_db):
    pid = plan_id(sample_db)
    draft = task_draft(sample_db, JULY_5)
    notices.issue(sample_db, pid, draft, JULY_5)
    rows = task_history(sample_db, draft.task_id)
    assert any(r.what == "新增督办单" and r.new.startswith("黄色督办单 第 1 号") for r in rows), rows[:3]


def test_a_retried_save_issues_once_without_skipping_a_number(sample_db):
    pid = plan_id(sample_db)
    draft = task_draft(sample_db, JULY_5)
    first = notices.issue(sample_db, pid, draft, JULY_5, save_id="retry-1")
    again = notices.issue(sample_db, pid, draft, JULY_5, save_id="retry-1")
    assert again == first
    with sample_db.read() as session:
        assert session.scalars(select(Notice.number)).all() == [1]
    later = notices.issue(sample_db, pid, draft, JULY_5)
    assert next(r.number for r in notices.register(sample_db, pid) if r.id == later) == 2


def test_the_settings_are_kept_in_the_file_and_checked(sample_db):
    pid = plan_id(sample_db)
    notices.save_notice_settings(sample_db, pid, notices.NoticeSettings("柳科督〔{year}〕{number} 号", 5, 2))
    settings = notices.notice_settings(sample_db, pid)
    assert settings.number_text(2022, 7) == "柳科督〔2022〕7 号" and settings.red_after == 5
    assert task_draft(sample_db, JULY_5).reply_by == dt.date(2022, 7, 7)
    with pytest.raises(ValidationError, match="{number}"):
        notices.save_notice_settings(sample_db, pid, notices.NoticeSettings("〔{year}〕", 5, 2))
    with pytest.raises(ValidationError, match="占位符"):
        notices.save_notice_settings(sample_db, pid, notices.NoticeSettings("{number}{who}", 5, 2))


WORKER = """
import datetime as dt, sys
from desktop.db.database import Database
from desktop.services import notices
db = Database.open(sys.argv[1])
day = dt.date(2022, 7, 5)
drafts = notices.drafts(db, int(sys.argv[2]), day)
for n in range(int(sys.argv[3])):
    notices.issue(db, int(sys.argv[2]), drafts[n % len(drafts)], day)
db.close()
"""


@pytest.mark.sqlite_only(reason="two processes on one file; a server's row lock is the same rule, tested by the PostgreSQL run of the others")
def test_two_processes_issuing_at_once_take_every_number_once(sample_target, sample_db):
    pid = plan_id(sample_db)
    sample_db.close()
    each = 8
    workers = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(sample_target), str(pid), str(each)], cwd=ROOT)
        for _ in range(2)
    ]
    assert all(w.wait(timeout=120) == 0 for w in workers)
    from desktop.db.database import Database

    db = Database.open(sample_target)
    try:
        with db.read() as session:
            numbers = sorted(session.scalars(select(Notice.number).where(Notice.plan_id == pid)))
            assert session.scalar(select(ProgressReport.id).limit(1)) is not None
    finally:
        db.close()
    assert numbers == list(range(1, 2 * each + 1))


def test_an_open_notice_is_on_the_calendar_at_its_reply_date_until_answered(sample_db):
    from desktop.calendar.entries import ItemKind
    from desktop.calendar.items import collect

    pid = plan_id(sample_db)
    draft = task_draft(sample_db, JULY_5)
    notice_id = notices.issue(sample_db, pid, draft, JULY_5)

    def replies(today):
        collected = collect(sample_db, pid, dt.date(2022, 7, 1), dt.date(2022, 7, 31), today=today)
        return [i for i in collected.expand(dt.date(2022, 7, 1), dt.date(2022, 7, 31)) if i.kind is ItemKind.NOTICE_REPLY]

    [shown] = replies(JULY_5)
    assert shown.start == dt.date(2022, 7, 8) and shown.title.startswith("〔2022〕第 1 号 2-1")
    assert shown.sections == ("规配科",) and shown.task_id == draft.task_id and shown.light != Light.RED
    assert replies(dt.date(2022, 7, 11))[0].light == Light.RED  # the reply is late
    row = notices.register(sample_db, pid)[0]
    notices.mark_answered(sample_db, notice_id, row.version, dt.date(2022, 7, 7), "已书面说明")
    assert replies(JULY_5) == []


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_a_notice_reads_back_from_word_and_pdf_with_its_facts(qapp, sample_db, tmp_path):
    import docx

    from desktop.services.notice_documents import export_notice

    pid = plan_id(sample_db)
    draft = task_draft(sample_db, JULY_5)
    notice_id = notices.issue(sample_db, pid, draft, JULY_5, requirement="请于 7 月 8 日前说明 { DATE } 原因")
    word = export_notice(sample_db, notice_id, tmp_path / "督办单.docx")
    document = docx.Document(str(word))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "〔2022〕第 1 号" in text and "督办单" in text and "规配科（钟丽娜）：" in text
    assert "黄色督办" in text and "2022年7月8日" in text and "{ DATE }" in text  # the section's text, as text
    assert "已逾期 3 个工作日" in cells and "2022年6月30日" in cells
    assert any(c.startswith("2-1 柳州市建立") for c in cells)
    assert "领导小组办公室" in text
    pdf = export_notice(sample_db, notice_id, tmp_path / "督办单.pdf")
    printed = "".join(_pdf_text(pdf).split())
    for fact in ("〔2022〕第1号", "督办单", "规配科", "已逾期3个工作日", "2022年7月8日", "黄色督办"):
        assert fact in printed, fact
    with pytest.raises(ValidationError, match=".docx"):
        export_notice(sample_db, notice_id, tmp_path / "督办单.txt")
