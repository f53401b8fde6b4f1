"""The parts of a 定期通报, each read from the one home of its rule (none is computed again here).

* tasks: the task list's rows (:func:`desktop.services.rows.task_rows`: the light of
  :mod:`desktop.lights`, the measures it is judged on) and the ledger's last accepted report
  (:func:`desktop.models.task.latest_accepted`);
* overdue items: the reminders' one computation (:func:`desktop.calendar.reminders.reminder_items`),
  working days late as the notices count them (:func:`desktop.services.notices.working_days_late`);
* who did not report: the reminder round (:func:`desktop.services.reports.unreported`), month by month;
* notices: :func:`desktop.services.notices.monthly_counts`;
* indicators: :func:`desktop.services.quotas.indicator_series`;
* inspections: the calendar's items (:func:`desktop.calendar.items.calendar_items`), which
  derive the preparation, and the inspection's 已备检 tick (:func:`desktop.services.inspections.inspection_detail`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from dateutil.relativedelta import relativedelta
from sqlalchemy import or_, select

from desktop.calendar.entries import ItemKind
from desktop.calendar.reminders import due_date, is_overdue, reminder_items
from desktop.i18n import tr
from desktop.lights import Light
from desktop.models import ProgressReport, ReportState, Task
from desktop.models.task import latest_accepted
from desktop.periods import month_end
from desktop.services.briefing.period import month_label, months_of
from desktop.services.briefing.shapes import (
    IndicatorLine,
    InspectionLine,
    NoticeLine,
    OverdueItem,
    TaskState,
    UnreportedSection,
)
from desktop.services.row_types import TaskRow

#: The overdue items a 通报 lists: the tasks' own dated things and the inspections' preparation.
#: Publicity duties (宣传指标, 宣传活动, 归集) are judged in the quota completion instead, once.
OVERDUE_KINDS = (ItemKind.TASK_DEADLINE, ItemKind.MEASURE_DEADLINE, ItemKind.MILESTONE, ItemKind.PREPARATION)
REPORT_LINE = 80


def kind_labels() -> dict[ItemKind, str]:
    return {
        ItemKind.TASK_DEADLINE: tr("Briefing", "任务期限"),
        ItemKind.MEASURE_DEADLINE: tr("Briefing", "措施期限"),
        ItemKind.MILESTONE: tr("Briefing", "时间节点"),
        ItemKind.PREPARATION: tr("Briefing", "备检"),
    }


def one_line(day: dt.date | None, text: str, limit: int = REPORT_LINE) -> str:
    """*text* on one line after its date, cut to *limit* characters with an ellipsis."""
    line = " ".join(f"{day.isoformat() if day else ''} {' '.join(text.split())}".split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


# -- tasks -----------------------------------------------------------------------------------


def last_reports(database, plan_id: int, as_of: dt.date) -> dict[int, str]:
    """Task id → its last report dated and accepted by *as_of*, on one line (the ledger's rule)."""
    by_task: dict[int, list] = defaultdict(list)
    with database.read() as session:
        # Rows, not ORM objects (a large plan has tens of thousands of reports); only the accepted
        # ones can be chosen, and latest_accepted chooses among them by its one rule.
        reports = session.execute(
            select(ProgressReport.task_id, ProgressReport.id, ProgressReport.reported_on, ProgressReport.state,
                   ProgressReport.text)
            .join(Task, Task.id == ProgressReport.task_id)
            .where(Task.plan_id == plan_id, ProgressReport.reported_on <= as_of,
                   ProgressReport.state == ReportState.ACCEPTED,
                   # Accepted by then: a report reviewed after the day was not yet accepted on it.
                   or_(ProgressReport.reviewed_on.is_(None), ProgressReport.reviewed_on <= as_of))
        ).all()
    for report in reports:
        by_task[report.task_id].append(report)
    chosen = {task_id: latest_accepted(found) for task_id, found in by_task.items()}
    return {task_id: one_line(r.reported_on, r.text) for task_id, r in chosen.items() if r is not None}


def task_states(rows: list[TaskRow], reports: dict[int, str]) -> tuple[TaskState, ...]:
    states = []
    for row in rows:
        light = Light(row.light)
        percent = round(100 * row.measures_done / row.measures_active) if row.measures_active else None
        measures = (
            tr("Briefing", "{0}/{1}（{2}%）").format(row.measures_done, row.measures_active, percent)
            if percent is not None else tr("Briefing", "无措施")
        )
        states.append(TaskState(
            row.id, row.code, row.title, row.lead_section, light, light.label, row.light_reason,
            row.measures_done, row.measures_active, percent, measures,
            reports.get(row.id, tr("Briefing", "（尚无审核通过的进展）")),
            row.source_code != "plan",
        ))
    return tuple(states)


# -- overdue and unreported ------------------------------------------------------------------


def overdue_items(database, plan_id, as_of, yellow_days, collected, codes: dict[int, str], unassigned: str):
    """The items red on *as_of* (:data:`OVERDUE_KINDS`), the longest overdue first; *collected* the plan as of then."""
    from desktop.services.notices import working_days_late

    labels = kind_labels()
    found = []
    calendar = collected.calendar
    for item in reminder_items(database, plan_id, as_of, 0, yellow_days=yellow_days, collected=collected):
        if not is_overdue(item) or item.kind not in labels:
            continue
        due = due_date(item)
        late = working_days_late(calendar, due, as_of)
        code = codes.get(item.task_id, "")
        title = item.title.removeprefix(f"{code} ") if code else item.title
        text = tr("Briefing", "逾期 {0} 个工作日（期限 {1}）").format(late, due.isoformat())
        section = next((s for s in item.sections if s), unassigned)
        found.append(OverdueItem(title, labels[item.kind], section, code, due, late, text))
    found.sort(key=lambda i: (-i.working_days_late, i.deadline, i.task_code, i.title))
    return tuple(found)


def unreported_sections(database, plan_id: int, start: dt.date, end: dt.date, as_of: dt.date):
    """The sections that did not report in some month of the period (each month a reminder round, up to *as_of*)."""
    from desktop.services.reports import unreported

    codes: dict[str, list[str]] = {}
    months: dict[str, list[str]] = {}
    for first, last in months_of(start, min(end, as_of)):
        label = month_label(first.year, first.month)
        for section, missing in unreported(database, plan_id, first, last).items():
            known = codes.setdefault(section, [])
            known.extend(c for c in missing if c not in known)
            months.setdefault(section, []).append(label)
    found = []
    for section in sorted(codes):
        text = tr("Briefing", "{0}未报送 {1} 的进展").format("、".join(months[section]), "、".join(codes[section]))
        found.append(UnreportedSection(section, tuple(codes[section]), tuple(months[section]), text))
    return tuple(found)


# -- notices, indicators, inspections --------------------------------------------------------


def notice_lines(database, plan_id: int, start: dt.date, end: dt.date, as_of: dt.date) -> tuple[NoticeLine, ...]:
    """Per section, the notices issued in the period and how many of them were answered by *as_of*
    (withdrawn ones left out)."""
    from desktop.services.notices import monthly_counts

    totals: dict[str, list[int]] = {}
    for (section, month), (issued, answered) in monthly_counts(database, plan_id, start.year, as_of).items():
        if start.month <= month <= end.month:
            entry = totals.setdefault(section, [0, 0])
            entry[0] += issued
            entry[1] += answered
    return tuple(
        NoticeLine(section, issued, answered,
                   tr("Briefing", "签发督办单 {0} 份，已回复 {1} 份").format(issued, answered))
        for section, (issued, answered) in sorted(totals.items())
    )


def _number(value: float) -> str:
    return f"{value:g}"


def indicator_lines(database, plan_id: int, as_of: dt.date) -> tuple[IndicatorLine, ...]:
    """Each numeric indicator: its target, its latest value by *as_of* and the one before; a tracked one its
    序时进度 (序时目标 X，实际 Y，落后 Z) as :func:`desktop.lights.trajectory.judge_indicator` judges it."""
    from desktop.services.quotas import indicator_series
    from desktop.services.trajectories import plan_trajectories

    trajectories, margin = plan_trajectories(database, plan_id)
    lines = []
    for series in indicator_series(database, plan_id):
        values = [(day, value) for day, value in series.values if day <= as_of]
        latest = values[-1] if values else (None, None)
        previous = values[-2] if len(values) > 1 else (None, None)
        unit = series.unit
        target = (tr("Briefing", "目标 {0}{1}").format(_number(series.target), unit) if series.target is not None
                  else tr("Briefing", "未定目标值"))
        if latest[0] is None:
            actual = tr("Briefing", "尚无报送的数值")
        else:
            actual = tr("Briefing", "最新 {0}{1}（{2}）").format(_number(latest[1]), unit, latest[0].isoformat())
            if previous[0] is not None:
                actual += tr("Briefing", "，较上次 {0:+g}").format(latest[1] - previous[1])
            if series.target is not None:
                actual += tr("Briefing", "，为目标的 {0}%").format(round(100 * latest[1] / series.target))
        text = f"{target}；{actual}"
        if series.id in trajectories:
            text += "；" + trajectory_text(trajectories[series.id], as_of, margin)
        lines.append(IndicatorLine(series.task_code, series.name, unit, series.target, latest[1], latest[0],
                                   previous[1], previous[0], text))
    return tuple(lines)


def trajectory_text(trajectory, as_of: dt.date, margin: float) -> str:
    """序时目标 1.9%，实际 1.7%，落后 0.2 个百分点（黄灯） — the month's plan against the latest value."""
    from desktop.lights.trajectory import judge_indicator, number

    verdict = judge_indicator(trajectory, as_of, margin)
    unit = trajectory.unit
    month = as_of.month if as_of.year == trajectory.year else (12 if as_of.year > trajectory.year else None)
    plan = trajectory.planned(month) if month is not None else None
    reported = trajectory.actual(as_of)
    if plan is None:
        return tr("Briefing", "序时进度：{0}").format(verdict.reason)
    if reported is None:
        text = tr("Briefing", "序时目标 {0}{1}，尚无实际值").format(number(plan), unit)
    else:
        behind = trajectory.shortfall(plan, reported[1])
        text = tr("Briefing", "序时目标 {0}{1}，实际 {2}{1}").format(number(plan), unit, number(reported[1]))
        points = tr("Briefing", "个百分点") if unit in ("%", "％") else unit
        text += (tr("Briefing", "，落后 {0} {1}").format(number(behind), points) if behind > 1e-9
                 else tr("Briefing", "，达到序时进度"))
    return tr("Briefing", "{0}（{1}）").format(text, verdict.light.label)


def inspection_window(end: dt.date) -> tuple[dt.date, dt.date]:
    """The two months after a period ending *end*, whose inspections the 通报 lists."""
    later = end + relativedelta(months=2)
    return end + dt.timedelta(days=1), month_end(later.year, later.month)


def inspection_lines(database, plan_id: int, end: dt.date, collected):
    """Inspections coming up in the two months after the period, with their preparation.

    One is listed when a window of it opens in those months, or its preparation (not the
    all-year 实时备检) falls in them; one already under way and prepared all year is not news.
    *collected* is the plan as of the 通报's day, read through :func:`inspection_window` at least.
    """
    from desktop.services.inspections import inspection_detail

    first, horizon = inspection_window(end)
    items = collected.expand(first, horizon)
    by_inspection: dict[int, dict[ItemKind, list]] = defaultdict(lambda: defaultdict(list))
    for item in items:
        if item.kind in (ItemKind.INSPECTION, ItemKind.PREPARATION) and item.source_id is not None:
            by_inspection[item.source_id][item.kind].append(item)
    lines = []
    for inspection_id, kinds in by_inspection.items():
        detail = inspection_detail(database, inspection_id)
        opening = [i for i in kinds[ItemKind.INSPECTION] if i.start >= first]
        preparing = [] if detail.continuous else kinds[ItemKind.PREPARATION]
        if not opening and not preparing:
            continue
        window = (opening or kinds[ItemKind.INSPECTION] or [None])[0]
        prep = preparing[0] if preparing else None
        lines.append(InspectionLine(
            inspection_id, detail.item, _span(window, detail.time_text), window.start if window else None,
            _span(prep, detail.preparation_text), prep.start if prep else None, detail.prepared,
            _preparation_state(detail.prepared, prep), tuple((window or prep).sections),
        ))
    lines.sort(key=lambda line: (line.preparation_start or line.window_start or horizon, line.title))
    return tuple(lines)


def _span(item, words: str) -> str:
    if item is None:
        return words or tr("Briefing", "（未定）")
    return tr("Briefing", "{0}（{1} 至 {2}）").format(item.as_written or words, item.start.isoformat(),
                                                    item.end.isoformat())


def _preparation_state(prepared: bool, prep) -> str:
    if prepared:
        return tr("Briefing", "已备检")
    if prep is None:
        return tr("Briefing", "未备检")
    return tr("Briefing", "未备检（{0}：{1}）").format(Light(prep.light).label, prep.reason)


__all__ = [
    "OVERDUE_KINDS",
    "REPORT_LINE",
    "indicator_lines",
    "trajectory_text",
    "inspection_lines",
    "inspection_window",
    "kind_labels",
    "last_reports",
    "notice_lines",
    "one_line",
    "overdue_items",
    "task_states",
    "unreported_sections",
]
