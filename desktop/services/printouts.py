"""Every printout Duban makes, by key: what the window's print menu and ``duban print`` offer.

A report reads what it prints here, as plain data in one read session, and hands it to its
module in :mod:`desktop.printing`, which lays it out as a :class:`~desktop.printing.table.Table`;
the renderer (:mod:`desktop.printing.pdf`) turns any table into pages. The filters a report
does not use are ignored by it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models import (
    Department, GroupKind, Inspection, Person, Plan, QuotaScope, Task, TaskSource, TaskUnitRole, WindowKind,
)
from desktop.models.org import Group, Membership
from desktop.models.quota import PublicityItem, QuotaRequirement, QuotaRule
from desktop.models.task import latest_accepted, ledger_difficulty_text
from desktop.printing.table import Table

if TYPE_CHECKING:
    from desktop.printing.overdue import OverdueData
    # Each printout's module is loaded when that printout is made.
    from desktop.printing.checklist import ChecklistData, ChecklistFilter
    from desktop.printing.ledger import LedgerData
    from desktop.printing.quotas import QuotaMatrixData, QuotasData
    from desktop.printing.roster import RosterData
    from desktop.printing.timeline import TimelineData


def require_plan(session, plan_id: int) -> Plan:
    """The plan a printout is made of, or a message that it is gone."""
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise UserError(tr("Printing", "计划已不存在（可能刚被另一台电脑删除）。"))
    return plan


def _section(session, plan_id: int, name: str | None) -> Department | None:
    """The section a filter names (法规与监督诚信科, 法监科, 法监), or None without a filter."""
    from desktop.services.departments import find_department

    return find_department(session, plan_id, name) if name is not None else None


def _leads(units, section: Department | None) -> bool:
    return section is None or any(u.department_id == section.id and u.role is TaskUnitRole.LEAD for u in units)


# -- 附件 3 督察清单 ------------------------------------------------------------------------------


def _overlaps(windows, start: dt.date | None, end: dt.date | None) -> bool:
    for window in windows:
        if window.kind is not WindowKind.INSPECTION:
            continue
        if (end is None or window.start <= end) and (start is None or window.end is None or window.end >= start):
            return True
    return False


def read_checklist(database: Database, plan_id: int, which: ChecklistFilter | None = None) -> ChecklistData:
    """The inspections of plan *plan_id* that *which* chooses (all without it).

    Raises :class:`UserError` for a reversed date window or an unknown section.
    """
    from desktop.printing.checklist import ChecklistData, ChecklistFilter

    which = which or ChecklistFilter()
    if which.start and which.end and which.start > which.end:
        raise UserError(
            tr("Printing", "开始日期 {0} 晚于结束日期 {1}。请对调后再试。").format(which.start.isoformat(), which.end.isoformat())
        )
    with database.read() as session:
        plan = require_plan(session, plan_id)
        section = _section(session, plan_id, which.section)
        inspections = session.scalars(
            select(Inspection)
            .where(Inspection.plan_id == plan_id)
            .order_by(Inspection.seq, Inspection.id)
            .options(selectinload(Inspection.windows), selectinload(Inspection.units))
        ).all()
        dated = which.start is not None or which.end is not None
        rows = [
            [str(i.seq), i.item, i.content, i.inspector, i.inspected, i.time_text, i.plan_text, i.prepared]
            for i in inspections
            if (not dated or _overlaps(i.windows, which.start, which.end)) and _leads(i.units, section)
        ]
        return ChecklistData(rows, plan.checklist_title, plan.doc_number, section.display_name if section else "")


def checklist_printout(
    database: Database, plan_id: int, which: ChecklistFilter | None = None, today: dt.date | None = None
) -> Table:
    """The checklist of plan *plan_id*, filtered by *which*, dated *today* (see :func:`checklist_table`)."""
    from desktop.printing.checklist import ChecklistFilter, checklist_table

    which = which or ChecklistFilter()
    return checklist_table(read_checklist(database, plan_id, which), which, today)


# -- 附件 2 攻坚台帐 ------------------------------------------------------------------------------


def read_ledger(database: Database, plan_id: int, section: str | None, today: dt.date) -> LedgerData:
    """The tasks of plan *plan_id* (all, or those *section* leads) with who is responsible on *today*."""
    from desktop.printing.ledger import LedgerData, LedgerTask
    from desktop.services.extensions import task_phrases
    from desktop.services.handover import ledger_responsible

    with database.read() as session:
        plan = require_plan(session, plan_id)
        lead = _section(session, plan_id, section)
        tasks = session.scalars(
            select(Task)
            # 附件 2 is the notice's own table: work from outside the plan prints in 批示件办理情况.
            .where(Task.plan_id == plan_id, Task.source == TaskSource.PLAN)
            .order_by(Task.position, Task.id)
            .options(selectinload(Task.units), selectinload(Task.reports))
        ).all()
        responsible = ledger_responsible(session, plan_id, today)
        extended = task_phrases(session, [t.id for t in tasks])
        chosen = []
        for t in tasks:
            if not _leads(t.units, lead):
                continue
            report = latest_accepted(t.reports)
            chosen.append(
                LedgerTask(
                    code=t.code,
                    title=t.title,
                    difficulty=ledger_difficulty_text(t.difficulties.strip(), t.expected_results.strip()),
                    unit=t.responsible_unit,
                    person=responsible(t.id, t.responsible_person_id, t.responsible_person_text),
                    report_text=report.text if report is not None else None,
                    report_period=(report.period or "") if report is not None else "",
                    report_day=report.reported_on if report is not None else None,
                    extensions=tuple(extended.get(t.id, ())),
                )
            )
        return LedgerData(chosen, plan.doc_number, lead.display_name if lead else "")


# -- 附件 4 宣传推广清单 and its completion matrix ------------------------------------------------


def _counts(session, plan_id: int, year: int) -> dict[tuple[int, int | None], int]:
    """Items registered in *year*: per (rule, department), and per (rule, None) for all of a rule's items."""
    counts: dict[tuple[int, int | None], int] = {}
    rows = session.execute(
        select(PublicityItem.rule_id, PublicityItem.department_id, func.count(PublicityItem.id))
        .where(
            PublicityItem.plan_id == plan_id,
            PublicityItem.date >= dt.date(year, 1, 1),
            PublicityItem.date <= dt.date(year, 12, 31),
        )
        .group_by(PublicityItem.rule_id, PublicityItem.department_id)
    ).all()
    for rule_id, department_id, count in rows:
        counts[(rule_id, None)] = counts.get((rule_id, None), 0) + count
        if department_id is not None:
            counts[(rule_id, department_id)] = counts.get((rule_id, department_id), 0) + count
    return counts


def read_quotas(database: Database, plan_id: int, section: str | None) -> QuotasData:
    """The counting requirements of plan *plan_id* (all, or those *section* owes) with the items registered."""
    from desktop.printing.quotas import QuotaKind, QuotaLine, QuotasData
    from desktop.services.rows import describe_requirement

    with database.read() as session:
        plan = require_plan(session, plan_id)
        owner = _section(session, plan_id, section)
        rules = session.scalars(
            select(QuotaRule)
            .where(QuotaRule.plan_id == plan_id)
            .order_by(QuotaRule.seq, QuotaRule.id)
            .options(selectinload(QuotaRule.requirements).selectinload(QuotaRequirement.department))
        ).all()
        counts = _counts(session, plan_id, plan.year)
        kinds = []
        for rule in rules:
            lines = []
            for requirement in rule.requirements:
                if owner is not None and requirement.department_id != owner.id:
                    continue
                city = requirement.scope is QuotaScope.CITY or requirement.department is None
                duty = tr("Labels", QuotaScope.CITY.label) if city else requirement.department.display_name
                delivered = counts.get((rule.id, None if city else requirement.department_id), 0)
                lines.append(
                    QuotaLine(duty, requirement.text, describe_requirement(requirement), delivered, requirement.subject)
                )
            kinds.append(QuotaKind(rule.seq, rule.kind, rule.method, lines))
        return QuotasData(kinds, plan.doc_number, plan.year, owner.display_name if owner else "")


def read_quota_matrix(database: Database, plan_id: int, section: str | None, today: dt.date) -> QuotaMatrixData:
    """The completion matrix of every 事项 of plan *plan_id* on *today*, on the office's working days."""
    from desktop.printing.quotas import QuotaMatrixData
    from desktop.services import quotas
    from desktop.workdays import load_calendar

    with database.read() as session:
        plan = require_plan(session, plan_id)
        owner = _section(session, plan_id, section)
        doc_number = plan.doc_number
        chosen = (owner.id, owner.display_name) if owner is not None else None
    data = quotas.load_data(database, plan_id)
    calendar = load_calendar(database)
    matrices = [(kind, quotas.compute_matrix(data, calendar, today, kind)) for kind in data.kinds]
    return QuotaMatrixData(matrices, data.first_month, doc_number, chosen)


# -- 附件 1 领导小组名单 --------------------------------------------------------------------------


def read_roster(database: Database, plan_id: int, today: dt.date) -> RosterData:
    """The groups of plan *plan_id* with their seats as held on *today*."""
    from desktop.people.reading import read_succession, session_fetch
    from desktop.printing.roster import RosterData, RosterGroup

    with database.read() as session:
        plan = require_plan(session, plan_id)
        groups = session.scalars(select(Group).where(Group.plan_id == plan_id).order_by(Group.position, Group.id)).all()
        succession = read_succession(session_fetch(session), plan_id)
        codes = dict(session.execute(select(Task.id, Task.code).where(Task.plan_id == plan_id)).all())
        departments = dict(session.execute(select(Department.id, Department.name).where(Department.plan_id == plan_id)).all())
        person_titles = dict(session.execute(select(Person.id, Person.title).where(Person.plan_id == plan_id)).all())
        titles = {
            seat_id: title or person_titles.get(person_id, "")
            for seat_id, title, person_id in session.execute(
                select(Membership.id, Membership.title_in_group, Membership.person_id)
                .join(Group)
                .where(Group.plan_id == plan_id)
            )
        }
        printed = [
            RosterGroup(
                text=f"{group.label if group.kind is GroupKind.WORKING else ''}{group.name}",
                is_leadership=group.kind is GroupKind.LEADERSHIP,
                name=group.name,
                seats=succession.group_seats(group.id, today),
                task_code=codes.get(group.task_id),
            )
            for group in groups
        ]
        return RosterData(printed, succession, titles, departments, plan.doc_number)


# -- 逾期/临期清单 ------------------------------------------------------------------------------


def read_overdue(
    database: Database, plan_id: int, section: str | None, today: dt.date, working_days: int | None = None
) -> OverdueData:
    """The reminder bar's overdue and due-soon entries of plan *plan_id* on *today*, sections in the
    plan's order (the earliest first within one). Raises :class:`UserError` for an unknown section."""
    from desktop.lights.settings import DEFAULT_REMINDER_WORKING_DAYS
    from desktop.printing.overdue import OverdueData, OverdueEntry
    from desktop.services.departments import find_department
    from desktop.services.reports import reminders

    working_days = working_days or DEFAULT_REMINDER_WORKING_DAYS
    with database.read() as session:
        plan = require_plan(session, plan_id)
        wanted = find_department(session, plan_id, section).display_name if section is not None else None
        departments = session.scalars(
            select(Department).where(Department.plan_id == plan_id).order_by(Department.position, Department.id)
        )
        order = {d.display_name: index for index, d in enumerate(departments)}
        doc_number = plan.doc_number
    found = reminders(database, plan_id, today=today, working_days=working_days)
    items = [i for i in found.overdue + found.due_soon if wanted is None or i.section == wanted]
    # Stable: within a day, the reminder round's order (milestones, then measures, as the plan lists them).
    items.sort(key=lambda i: (order.get(i.section, len(order)), i.section, i.due))
    entries = [OverdueEntry(i.section, i.task_code, i.what, i.due, i.light) for i in items]
    return OverdueData(entries, wanted, today, working_days, doc_number)


# -- 任务与措施时间轴 ----------------------------------------------------------------------------


def read_timeline(database: Database, plan_id: int, today: dt.date) -> TimelineData:
    """The dated tasks, measures and milestones of plan *plan_id*'s year, as the timeline's rows."""
    from desktop.calendar.items import calendar_items
    from desktop.calendar.timeline import task_titles, timeline_rows
    from desktop.printing.timeline import TimelineData
    from desktop.services.extensions import timeline_slips

    with database.read() as session:
        plan = require_plan(session, plan_id)
        year, doc_number = plan.year, plan.doc_number
    items = timeline_rows(
        calendar_items(database, plan_id, dt.date(year, 1, 1), dt.date(year, 12, 31), today=today),
        task_titles(database, plan_id),
    )
    slips = timeline_slips(database, plan_id)
    return TimelineData(year, doc_number, items, {key: slip.original for key, slip in slips.items() if slip.original})


# -- the list of printouts -----------------------------------------------------------------------

@dataclass(frozen=True)
class ReportOptions:
    """The filters a person can set before printing."""

    start: dt.date | None = None
    end: dt.date | None = None
    #: A section by full or short name (法规与监督诚信科 or 法监科).
    section: str | None = None
    today: dt.date | None = None
    #: How many working days ahead the 逾期/临期清单 looks (the reminders' setting); None: the default.
    reminder_working_days: int | None = None


@dataclass(frozen=True)
class Report:
    key: str
    label: str
    #: Landscape unless the person chooses otherwise.
    landscape: bool
    build: Callable[[Database, int, ReportOptions], Table]
    #: Which filters apply: any of "dates", "section".
    filters: tuple[str, ...] = ()


def _today(options: ReportOptions) -> dt.date:
    return options.today or dt.date.today()


def _checklist(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.checklist import ChecklistFilter

    which = ChecklistFilter(start=options.start, end=options.end, section=options.section)
    return checklist_printout(database, plan_id, which, options.today)


def _ledger(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.ledger import ledger_table

    return ledger_table(read_ledger(database, plan_id, options.section, _today(options)), options.today)


def _roster(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.roster import roster_table

    return roster_table(read_roster(database, plan_id, _today(options)), options.today)


def _quotas(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.quotas import quotas_table

    return quotas_table(read_quotas(database, plan_id, options.section), options.today)


def _quota_matrix(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.quotas import quota_matrix_table

    return quota_matrix_table(read_quota_matrix(database, plan_id, options.section, _today(options)), options.today)


def _overdue(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.overdue import overdue_table

    return overdue_table(
        read_overdue(database, plan_id, options.section, _today(options), options.reminder_working_days)
    )


def _timeline(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.timeline import timeline_table

    return timeline_table(read_timeline(database, plan_id, _today(options)), options.today)


def _instructions(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.instructions import instructions_table
    from desktop.services.instructions import read_instructions_printout

    with database.read() as session:
        require_plan(session, plan_id)
    return instructions_table(read_instructions_printout(database, plan_id, _today(options)), options.today)


def reports() -> dict[str, Report]:
    """The printouts, in menu order."""
    return {
        "checklist": Report("checklist", tr("Printing", "督察清单"), True, _checklist, ("dates", "section")),
        "ledger": Report("ledger", tr("Printing", "攻坚台帐"), True, _ledger, ("section",)),
        "roster": Report("roster", tr("Printing", "领导小组名单"), False, _roster),
        "quotas": Report("quotas", tr("Printing", "宣传推广清单"), True, _quotas, ("section",)),
        "overdue": Report("overdue", tr("Printing", "逾期/临期清单"), False, _overdue, ("section",)),
        "timeline": Report("timeline", tr("Printing", "任务与措施时间轴"), True, _timeline),
        "quota_matrix": Report("quota_matrix", tr("Printing", "宣传推广完成情况"), True, _quota_matrix, ("section",)),
        "instructions": Report("instructions", tr("Printing", "批示件办理情况"), True, _instructions),
    }


__all__ = ["Report", "ReportOptions", "reports"]
