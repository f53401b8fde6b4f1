"""A 督办单 or 提示单 as the office sends it: the notice's record turned into an :class:`OfficialDocument`.

The writers in :mod:`desktop.printing.official_pdf` and :mod:`desktop.printing.official_docx`
lay it out (公文, GB/T 9704); this module only says what it says. The issuer is the leading
group's office (领导小组办公室), as in the notice's own 附件 3 (定期通报, 督查督办).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from desktop.db.database import Database
from desktop.errors import TargetExistsError, UserError
from desktop.i18n import tr
from desktop.memory import collector_paused
from desktop.models import Group, GroupKind, Notice, NoticeGrade, NoticeState, Plan
from desktop.printing.official import OfficialDocument, Paragraph, TableBlock
from desktop.printing.table import printed_date
from desktop.services.editing import ValidationError
from desktop.services.notices import read_settings

#: The grades' colours, the one home (the register's squares and the documents' marks): 提示 blue,
#: 黄色督办 amber (to read on white paper), 红色督办 red.
GRADE_COLOURS = {NoticeGrade.PROMPT: "#1565c0", NoticeGrade.YELLOW: "#b26a00", NoticeGrade.RED: "#c62828"}


def grade_mark(grade: NoticeGrade) -> str:
    return {
        NoticeGrade.PROMPT: tr("Notices", "提示"),
        NoticeGrade.YELLOW: tr("Notices", "黄色督办"),
        NoticeGrade.RED: tr("Notices", "红色督办"),
    }[grade]


def chinese_date(day: dt.date | None) -> str:
    """2022年6月30日 as every printout writes it (:func:`~desktop.printing.table.printed_date`); "" for no date."""
    return printed_date(day) if day else ""


def issuer_of(session, plan_id: int) -> str:
    """领导小组办公室 under the leading group's full name, else the plan's issuer."""
    groups = dict(session.execute(
        select(Group.kind, Group.name).where(Group.plan_id == plan_id).order_by(Group.position)
    ).all())
    plan_issuer = session.scalar(select(Plan.issuer).where(Plan.id == plan_id)) or ""
    leadership, office = groups.get(GroupKind.LEADERSHIP), groups.get(GroupKind.OFFICE)
    if leadership and office:
        return leadership + office.removeprefix("领导小组")
    return office or plan_issuer


def notice_document(database: Database, notice_id: int) -> OfficialDocument:
    """The notice as the office sends it, with the facts copied in when it was issued."""
    with database.read() as session:
        notice = session.get(Notice, notice_id)
        if notice is None:
            raise ValidationError(tr("Notices", "这份督办单已不存在。"))
        settings = read_settings(session, notice.plan_id)
        issuer = issuer_of(session, notice.plan_id)
        plan_title = session.scalar(select(Plan.title).where(Plan.id == notice.plan_id)) or ""
    prompt = notice.grade is NoticeGrade.PROMPT
    late = (tr("Notices", "已逾期 {0} 个工作日").format(notice.days_late) if notice.days_late
            else tr("Notices", "尚未到期"))
    facts = TableBlock(
        (tr("Notices", "项目"), tr("Notices", "内容")),
        (
            (tr("Notices", "督办事项"), notice.title),
            (tr("Notices", "责任科室"), notice.section_name),
            (tr("Notices", "责任人"), notice.person_name),
            (tr("Notices", "完成期限"), chinese_date(notice.deadline)),
            (tr("Notices", "逾期情况"), late),
            (tr("Notices", "最近报送"), notice.last_report),
        ),
        widths=(1.0, 4.0),
    )
    intro = (tr("Notices", "根据《{0}》督查督办工作要求，下列事项即将到期，特此提示：") if prompt
             else tr("Notices", "根据《{0}》督查督办工作要求，下列事项未按期完成，现予督办：")).format(plan_title)
    blocks = [
        Paragraph(intro),
        facts,
        Paragraph(tr("Notices", "一、督办要求"), "heading1"),
        Paragraph(notice.requirement),
        Paragraph(tr("Notices", "二、回复要求"), "heading1"),
        Paragraph(tr("Notices", "请于{0}前将办理情况书面报送领导小组办公室。").format(chinese_date(notice.reply_by))),
    ]
    if notice.state is NoticeState.WITHDRAWN:
        blocks.append(Paragraph(tr("Notices", "（本单已作废：{0}）").format(notice.withdrawn_reason), "note"))
    recipient = f"{notice.section_name}（{notice.person_name}）：" if notice.person_name else f"{notice.section_name}："
    return OfficialDocument(
        issuer=issuer,
        title=tr("Notices", "督办提示单") if prompt else tr("Notices", "督办单"),
        number=settings.number_text(notice.year, notice.number),
        blocks=tuple(blocks),
        recipient=recipient,
        date=chinese_date(notice.issued_on),
        mark=tr("Notices", "已作废") if notice.state is NoticeState.WITHDRAWN else grade_mark(notice.grade),
        mark_colour="#555555" if notice.state is NoticeState.WITHDRAWN else GRADE_COLOURS[notice.grade],
    )


def write_document(document: OfficialDocument, path: str | Path, *, overwrite: bool = False) -> Path:
    """An official document (督办单, 通报) to *path*: a Word file (.docx, editable before stamping) or a PDF, by
    the suffix; an existing file is replaced only with *overwrite* (a file dialog has asked already)."""
    from desktop.printing.official_docx import write_official_docx
    from desktop.printing.official_pdf import write_official_pdf

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise ValidationError(tr("Notices", "请选择 .docx（Word）或 .pdf 文件名：{0}").format(path.name))
    if path.exists() and not overwrite:
        raise TargetExistsError(tr("Printing", "文件 {0} 已存在。督办台不会覆盖已有文件；请换一个文件名，或先移走旧文件。")
                                .format(path))
    if not path.parent.is_dir():
        raise UserError(tr("Printing", "文件夹 {0} 不存在。请先创建它或换一个位置。").format(path.parent))
    with collector_paused():  # a 通报 of a large plan is a few hundred thousand objects
        (write_official_docx if suffix == ".docx" else write_official_pdf)(document, path)
    return path


def export_notice(database: Database, notice_id: int, path: str | Path) -> Path:
    """The notice written to *path* (.docx or .pdf), replacing a file there."""
    return write_document(notice_document(database, notice_id), path, overwrite=True)
