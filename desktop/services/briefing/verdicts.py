"""先进 and 后进 from objective rules anyone can check, each with its reasons; and the counts.

Never from how much a section did (reports written, items entered): only whether it reported
in each month's round, whether it has overdue items, and whether its quotas are met.

* 后进: any of — did not report in a month of the period; has overdue items (how many, the
  worst working days late); a quota requirement short (which).
* 先进: all of — reported for every open task it leads in every month of the period; no
  overdue items; every quota requirement due by the period's end met. A section with none of
  these to judge (no open task to report on, no requirement due) is on neither list; nor is
  one whose requirement is not yet due and not yet met.
"""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.lights import Light
from desktop.services.briefing.shapes import (
    Counts,
    NoticeLine,
    OverdueItem,
    QuotaLine,
    SectionVerdict,
    TaskState,
    UnreportedSection,
)


def rule_notes() -> tuple[str, ...]:
    return (
        tr("Briefing", "先进：本期各月按期报送了所牵头任务的进展，没有逾期事项，到期的宣传指标全部完成。"),
        tr("Briefing", "后进：本期有一个月未报送进展，或有逾期事项，或有宣传指标未完成（任一即是）。"),
        tr("Briefing", "先进、后进只按以上规则判断，不按报送条数等工作量排名；两者都不符合的科室不列入。"),
        tr("Briefing", "逾期事项只计任务、措施、时间节点和备检，按工作日计；宣传指标只在完成情况中计一次。"),
        tr("Briefing", "进展只计截至通报日已审核通过的，督办单只计截至通报日已回复的；任务办结和措施完成按生成本通报时的记录。"),
    )


def _lagging_reasons(unreported, overdue, quota) -> list[str]:
    reasons = []
    if unreported is not None:
        reasons.append(tr("Briefing", "{0}未报送所牵头任务 {1} 的进展。").format(
            "、".join(unreported.months), "、".join(unreported.task_codes)))
    if overdue:
        worst = max(overdue, key=lambda i: i.working_days_late)
        reasons.append(tr("Briefing", "有 {0} 项逾期未完成，最长的“{1}”已逾期 {2} 个工作日。").format(
            len(overdue), worst.title, worst.working_days_late))
    if quota is not None and quota.shortfalls:
        reasons.append(tr("Briefing", "宣传指标未完成：{0}。").format("；".join(quota.shortfalls)))
    return reasons


def _leading_reasons(label, codes: list[str], quota: QuotaLine | None) -> list[str] | None:
    """The reasons a section leads, or None when it does not (or has nothing to be judged on)."""
    due = quota is not None and quota.required > 0
    if quota is not None and not quota.all_met:
        return None
    if not codes and not due:
        return None
    reasons = []
    if codes:
        reasons.append(tr("Briefing", "{0}按期报送了所牵头任务 {1} 的进展。").format(label, "、".join(codes)))
    else:
        reasons.append(tr("Briefing", "本期没有须报送进展的牵头任务。"))
    reasons.append(tr("Briefing", "没有逾期事项。"))
    if due:
        reasons.append(tr("Briefing", "到期的宣传指标全部完成（应报 {0}，已报 {1}）。").format(
            quota.required, quota.delivered))
    else:
        reasons.append(tr("Briefing", "本期没有到期的宣传指标。"))
    return reasons


def section_verdicts(
    label: str,
    tasks: tuple[TaskState, ...],
    open_codes: set[str],
    unreported: tuple[UnreportedSection, ...],
    overdue: tuple[OverdueItem, ...],
    quotas: tuple[QuotaLine, ...],
    unassigned: str,
) -> tuple[tuple[SectionVerdict, ...], tuple[SectionVerdict, ...]]:
    """(先进, 后进), each in section order by name."""
    leads: dict[str, list[str]] = {}
    for task in tasks:
        for section in filter(None, task.lead_section.split("、")):
            if task.code in open_codes:
                leads.setdefault(section, []).append(task.code)
            else:
                leads.setdefault(section, [])
    missing = {u.section: u for u in unreported}
    late: dict[str, list[OverdueItem]] = {}
    for item in overdue:
        late.setdefault(item.section, []).append(item)
    quota_of = {q.section: q for q in quotas if not q.is_city}
    sections = (set(leads) | set(quota_of) | set(missing) | set(late)) - {unassigned}
    leading, lagging = [], []
    for section in sorted(sections):
        reasons = _lagging_reasons(missing.get(section), late.get(section, []), quota_of.get(section))
        if reasons:
            lagging.append(SectionVerdict(section, tuple(reasons)))
            continue
        reasons = _leading_reasons(label, leads.get(section, []), quota_of.get(section))
        if reasons is not None:
            leading.append(SectionVerdict(section, tuple(reasons)))
    return tuple(leading), tuple(lagging)


def counts_of(
    as_of: dt.date,
    tasks: tuple[TaskState, ...],
    overdue: tuple[OverdueItem, ...],
    unreported: tuple[UnreportedSection, ...],
    notices: tuple[NoticeLine, ...],
    quotas: tuple[QuotaLine, ...],
) -> Counts:
    lights = [task.light for task in tasks]
    return Counts(
        as_of,
        red=lights.count(Light.RED),
        yellow=lights.count(Light.YELLOW),
        green=lights.count(Light.GREEN),
        grey=lights.count(Light.GREY),
        overdue=len(overdue),
        sections_unreported=len(unreported),
        notices_issued=sum(n.issued for n in notices),
        notices_answered=sum(n.answered for n in notices),
        quotas_met=sum(q.met for q in quotas),
        quotas_short=sum(q.short for q in quotas),
        quotas_pending=sum(q.pending for q in quotas),
        outside=sum(task.outside for task in tasks),
    )


__all__ = ["counts_of", "rule_notes", "section_verdicts"]
