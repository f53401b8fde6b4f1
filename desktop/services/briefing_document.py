"""The 定期通报 as the office sends it: a :class:`~desktop.services.briefing.Briefing` turned into an :class:`OfficialDocument`.

What the briefing says is decided in :mod:`desktop.services.briefing` (its counts are the one
home of the numbers, its 先进/后进 lists follow objective rules with their reasons); this module
only arranges it in the order of a 通报: 总体情况, the tasks, what is overdue, who did not report,
the 督办单, the publicity quotas, the numeric targets, the inspections coming up, 先进 and 后进.
"""

from __future__ import annotations

import datetime as dt

from desktop.db.database import Database
from desktop.i18n import tr
from desktop.printing.official import OfficialDocument, Paragraph, TableBlock
from desktop.services.notice_documents import chinese_date, issuer_of

_NUMERALS = "一二三四五六七八九十"


def _part_headings() -> tuple[str, ...]:
    """The headings of the parts, numbered as they appear (a part with nothing to say still says so)."""
    return (
        tr("Briefing", "总体情况"), tr("Briefing", "任务推进情况"), tr("Briefing", "逾期事项"),
        tr("Briefing", "延期情况"), tr("Briefing", "进展报送情况"), tr("Briefing", "督办情况"), tr("Briefing", "宣传推广指标完成情况"),
        tr("Briefing", "数值目标"), tr("Briefing", "近期督查与迎检准备"), tr("Briefing", "先进与后进"),
    )


def _heading(index: int, text: str) -> Paragraph:
    return Paragraph(f"{_NUMERALS[index]}、{text}", "heading1")


def _summary(briefing) -> Paragraph:
    c = briefing.counts
    tasks = (
        tr("Briefing", "共有督办任务 {0} 项（改革攻坚任务 {1} 项，领导批示、会议纪要等计划外任务 {2} 项）").format(
            c.tasks, c.tasks - c.outside, c.outside)
        if c.outside else tr("Briefing", "共有改革攻坚任务 {0} 项").format(c.tasks)
    )
    text = tr(
        "Briefing",
        "截至{0}，{1}：红灯 {2} 项、黄灯 {3} 项、绿灯 {4} 项、无灯 {5} 项；逾期事项 {6} 项；"
        "{7} 个科室未按时报送进展；本期签发督办单 {8} 份，已回复 {9} 份；宣传推广指标已完成 {10} 项、欠缺 {11} 项、"
        "未到期 {12} 项。",
    ).format(chinese_date(c.as_of), tasks, c.red, c.yellow, c.green, c.grey, c.overdue, c.sections_unreported,
             c.notices_issued, c.notices_answered, c.quotas_met, c.quotas_short, c.quotas_pending)
    return Paragraph(text)


def _verdict(verdict) -> str:
    """规配科：reason；reason。 (each reason's own full stop dropped, one at the end)."""
    return f"{verdict.section}：{'；'.join(r.rstrip('。；; ') for r in verdict.reasons)}。"


def _table_or(headings, rows, widths, nothing: str) -> list:
    return [TableBlock(tuple(headings), tuple(tuple(r) for r in rows), widths)] if rows else [Paragraph(nothing)]


def _extensions(found) -> list:
    """延期情况: the counts per section, and a line per extended item (the original deadline kept)."""
    if found is None:
        return [Paragraph(tr("Briefing", "本期没有批准的延期申请。"))]
    blocks: list = [Paragraph(found.text)]
    if found.lines:
        headings = (tr("Briefing", "任务"), tr("Briefing", "措施或节点"), tr("Briefing", "期限"),
                    tr("Briefing", "申请科室"), tr("Briefing", "审批"))
        blocks.append(TableBlock(headings, tuple(tuple(line) for line in found.lines), (0.7, 2.0, 3.0, 1.3, 2.0)))
    return blocks


def _parts(briefing) -> list[list]:
    tasks = _table_or(
        (tr("Briefing", "编号"), tr("Briefing", "改革攻坚落实事项"), tr("Briefing", "牵头科室"), tr("Briefing", "灯"), tr("Briefing", "措施完成"), tr("Briefing", "最近审核通过的进展")),
        [(s.code, s.title, s.lead_section, s.light_label, s.measures_text, s.last_report) for s in briefing.tasks],
        (0.8, 2.5, 1.0, 0.8, 1.6, 3.1), tr("Briefing", "本计划尚无任务。"),
    )
    overdue = _table_or(
        (tr("Briefing", "事项"), tr("Briefing", "类别"), tr("Briefing", "科室"), tr("Briefing", "期限"), tr("Briefing", "逾期")),
        [(o.title, o.kind, o.section, o.deadline.isoformat(), o.text) for o in briefing.overdue],
        (3.5, 1.0, 1.0, 1.2, 2.2), tr("Briefing", "没有逾期事项。"),
    )
    extended = _extensions(briefing.extensions)
    unreported = [Paragraph(tr("Briefing", "{0}：{1}。").format(u.section, u.text)) for u in briefing.unreported] or [Paragraph(tr("Briefing", "各科室均按时报送了进展。"))]
    notices = [Paragraph(n.text) for n in briefing.notices] or [Paragraph(tr("Briefing", "本期没有签发督办单。"))]
    quotas = _table_or(
        (tr("Briefing", "科室"), tr("Briefing", "应报"), tr("Briefing", "已报"), tr("Briefing", "完成情况")),
        [(q.section, str(q.required), str(q.delivered), q.text) for q in briefing.quotas],
        (1.2, 0.7, 0.7, 5.0), tr("Briefing", "本计划没有宣传推广指标。"),
    )
    indicators = _table_or(
        (tr("Briefing", "任务"), tr("Briefing", "指标"), tr("Briefing", "目标与实际")),
        [(i.task_code, i.name, i.text) for i in briefing.indicators],
        (0.6, 3.0, 3.5), tr("Briefing", "本计划没有数值目标。"),
    )
    inspections = _table_or(
        (tr("Briefing", "督查事项"), tr("Briefing", "督查时间"), tr("Briefing", "备检"), tr("Briefing", "准备情况")),
        [(i.title, i.window, i.preparation, i.preparation_state) for i in briefing.inspections],
        (2.5, 1.5, 1.5, 2.5), tr("Briefing", "近两个月没有督查。"),
    )
    verdicts = [Paragraph(tr("Briefing", "（一）先进科室"), "heading2")]
    verdicts += [Paragraph(_verdict(v)) for v in briefing.leading] or [
        Paragraph(tr("Briefing", "本期没有科室同时做到按时报送、无逾期事项、宣传指标全部完成。"))]
    verdicts.append(Paragraph(tr("Briefing", "（二）需要加快进度的科室"), "heading2"))
    verdicts += [Paragraph(_verdict(v)) for v in briefing.lagging] or [
        Paragraph(tr("Briefing", "无。"))]
    return [[_summary(briefing)], tasks, overdue, extended, unreported, notices, quotas, indicators, inspections, verdicts]


def briefing_document(database: Database, plan_id: int, briefing, *, number: str = "",
                      issued_on: dt.date | None = None) -> OfficialDocument:
    """The 通报 of *briefing* as the leading group's office sends it, numbered *number* (e.g. 柳科改办〔2022〕3号)."""
    with database.read() as session:
        issuer = issuer_of(session, plan_id)
    blocks: list = [Paragraph(tr("Briefing", "现将{0}改革攻坚任务推进情况通报如下：").format(briefing.label))]
    for index, (heading, part) in enumerate(zip(_part_headings(), _parts(briefing))):
        blocks.append(_heading(index, heading))
        blocks.extend(part)
    blocks.append(Paragraph(tr(
        "Briefing", "请各科室对照通报，逾期事项抓紧办结，未报送的及时补报，需要加快进度的科室认真分析原因、落实整改。")))
    blocks.extend(Paragraph(note, "note") for note in briefing.notes)
    return OfficialDocument(
        issuer=issuer,
        title=tr("Briefing", "关于{0}改革攻坚任务推进情况的通报").format(briefing.label),
        number=number,
        blocks=tuple(blocks),
        recipient=tr("Briefing", "局各科室、局属各单位："),
        date=chinese_date(issued_on or briefing.as_of),
    )
