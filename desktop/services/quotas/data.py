"""The quotas as the tab shows them: rules, counts of items per section and month, the matrix."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import extract, func, select
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models import Department, DepartmentKind, Plan, QuotaScope
from desktop.models.enums import RestDayShift
from desktop.models.quota import PublicityItem, QuotaRequirement, QuotaRule
from desktop.quotas.counting import Spec, parse_months
from desktop.quotas.matrix import Matrix, Requirement, build_matrix


class StaleEdit(UserError):
    """The row was changed or deleted on another PC since it was shown."""


# -- snapshots -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SectionChoice:
    id: int
    name: str


@dataclass(frozen=True)
class RequirementDraft:
    """A requirement as the rule editor holds it; ``department_id`` None is the city as a whole."""

    department_id: int | None = None
    amount: int = 1
    at_least: bool = False
    every_months: int | None = 1
    months: str = ""
    collect_day: int | None = None
    rest_day_shift: RestDayShift = RestDayShift.BEFORE
    carry_over: bool = False
    start_month: int | None = None
    subject: str = ""
    text: str = ""
    id: int | None = None


@dataclass(frozen=True)
class RuleSnap:
    id: int
    version: int
    seq: int
    kind: str
    content: str
    responsible: str
    plan_text: str
    method: str
    coordinator_id: int | None
    coordinator: str
    requirements: tuple[RequirementDraft, ...]


@dataclass(frozen=True)
class ItemSnap:
    id: int
    version: int
    rule_id: int
    kind: str
    department_id: int | None
    section: str
    title: str
    date: dt.date
    channel: str
    published: bool
    link: str
    note: str


@dataclass(frozen=True)
class ItemDraft:
    rule_id: int
    department_id: int | None
    title: str
    date: dt.date
    channel: str = ""
    published: bool = False
    link: str = ""
    note: str = ""


@dataclass
class QuotaData:
    """What the tab shows, read in one session: rules, sections and the items counted per month."""

    plan_id: int
    year: int
    first_month: int
    rules: list[RuleSnap]
    sections: list[SectionChoice]
    #: Every section of the plan (for the editors), in plan order.
    all_sections: list[SectionChoice]
    counts: dict[tuple[int, int | None, int], int] = field(default_factory=dict)

    @property
    def kinds(self) -> list[str]:
        seen: list[str] = []
        for rule in self.rules:
            if rule.kind not in seen:
                seen.append(rule.kind)
        return seen

    def rule_kinds(self) -> dict[int, str]:
        return {rule.id: rule.kind for rule in self.rules}

    def requirements(self) -> list[Requirement]:
        result = []
        for rule in self.rules:
            for r in rule.requirements:
                spec = Spec(
                    amount=r.amount,
                    every_months=r.every_months,
                    months=parse_months(r.months) if r.months else (),
                    collect_day=r.collect_day,
                    carry_over=r.carry_over,
                    start_month=r.start_month,
                )
                result.append(
                    Requirement(r.id or 0, rule.id, rule.kind, r.department_id, spec, describe(r))
                )
        return result

    def rows_for_shift(self) -> dict[int, RestDayShift]:
        return {r.id: r.rest_day_shift for rule in self.rules for r in rule.requirements if r.id}

    def section_name(self, department_id: int | None) -> str:
        for section in self.all_sections:
            if section.id == department_id:
                return section.name
        return ""


def describe(r: RequirementDraft) -> str:
    """How often, in words: 每月1项, 每2个月1项, 每年至少1项, 5、6月1项."""
    least = tr("Quotas", "至少") if r.at_least else ""
    if r.months:
        return tr("Quotas", "{0}月{1}{2}项").format("、".join(str(m) for m in parse_months(r.months)), least, r.amount)
    if r.every_months == 1:
        return tr("Quotas", "每月{0}{1}项").format(least, r.amount)
    if not r.every_months or r.every_months >= 12:
        return tr("Quotas", "每年{0}{1}项").format(least, r.amount)
    return tr("Quotas", "每{0}个月{1}{2}项").format(r.every_months, least, r.amount)


def _plan(session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise UserError(tr("Quotas", "找不到这个计划，可能已在另一台电脑上删除。请重新打开数据库。"))
    return plan


def first_month(plan: Plan) -> int:
    """The plan's first month: the month it was issued, in its own year; else January."""
    return plan.issue_date.month if plan.issue_date is not None and plan.issue_date.year == plan.year else 1


def _requirement_draft(r: QuotaRequirement) -> RequirementDraft:
    return RequirementDraft(
        department_id=None if r.scope is QuotaScope.CITY else r.department_id,
        amount=r.amount,
        at_least=r.at_least,
        every_months=r.every_months,
        months=r.months or "",
        collect_day=r.collect_day,
        rest_day_shift=r.rest_day_shift,
        carry_over=r.carry_over,
        start_month=r.start_month,
        subject=r.subject,
        text=r.text,
        id=r.id,
    )


def item_counts(session, plan_id: int, year: int) -> dict[tuple[int, int | None, int], int]:
    """Items of *year* per (rule, department, month): one aggregate query."""
    month = extract("month", PublicityItem.date)
    rows = session.execute(
        select(PublicityItem.rule_id, PublicityItem.department_id, month, func.count())
        .where(
            PublicityItem.plan_id == plan_id,
            PublicityItem.date >= dt.date(year, 1, 1),
            PublicityItem.date <= dt.date(year, 12, 31),
        )
        .group_by(PublicityItem.rule_id, PublicityItem.department_id, month)
    ).all()
    return {(rule_id, department_id, int(m)): count for rule_id, department_id, m, count in rows}


def load_data(database: Database, plan_id: int) -> QuotaData:
    with database.read() as session:
        plan = _plan(session, plan_id)
        rules = session.scalars(
            select(QuotaRule)
            .where(QuotaRule.plan_id == plan_id)
            .order_by(QuotaRule.seq, QuotaRule.id)
            .options(selectinload(QuotaRule.coordinator), selectinload(QuotaRule.requirements))
        ).all()
        departments = session.scalars(
            select(Department).where(Department.plan_id == plan_id).order_by(Department.position, Department.id)
        ).all()
        names = {d.id: d.display_name for d in departments}
        snaps = [
            RuleSnap(
                rule.id, rule.version, rule.seq, rule.kind, rule.content, rule.responsible, rule.plan_text,
                rule.method, rule.coordinator_id, names.get(rule.coordinator_id, ""),
                tuple(_requirement_draft(r) for r in rule.requirements),
            )
            for rule in rules
        ]
        counts = item_counts(session, plan_id, plan.year)
        used = {r.department_id for s in snaps for r in s.requirements} | {d for (_, d, _) in counts}
        sections = [
            SectionChoice(d.id, d.display_name)
            for d in departments
            if d.id in used
        ]
        all_sections = [SectionChoice(d.id, d.display_name) for d in departments if d.kind is DepartmentKind.SECTION]
        all_sections += [SectionChoice(d.id, d.display_name) for d in departments if d.kind is not DepartmentKind.SECTION]
        return QuotaData(plan_id, plan.year, first_month(plan), snaps, sections, all_sections, counts)


def refresh_counts(database: Database, data: QuotaData) -> QuotaData:
    """*data* with the item counts read again (after an item is added, edited or deleted)."""
    with database.read() as session:
        counts = item_counts(session, data.plan_id, data.year)
    used = {r.department_id for s in data.rules for r in s.requirements} | {d for (_, d, _) in counts}
    sections = [s for s in data.all_sections if s.id in used]
    order = {s.id: i for i, s in enumerate(data.all_sections)}
    sections.sort(key=lambda s: order[s.id])
    if [s.id for s in sections] == [s.id for s in data.sections]:
        sections = data.sections
    return replace(data, counts=counts, sections=sections)


def with_item_added(data: QuotaData, draft: ItemDraft) -> QuotaData:
    """*data* counting one more item (one this PC just saved): no query needed."""
    counts = dict(data.counts)
    if draft.date.year == data.year:
        key = (draft.rule_id, draft.department_id, draft.date.month)
        counts[key] = counts.get(key, 0) + 1
    sections = data.sections
    if draft.department_id is not None and draft.department_id not in {s.id for s in sections}:
        order = {s.id: i for i, s in enumerate(data.all_sections)}
        added = [s for s in data.all_sections if s.id == draft.department_id]
        sections = sorted([*sections, *added], key=lambda s: order.get(s.id, len(order)))
    return replace(data, counts=counts, sections=sections)


def shifter(calendar, how: RestDayShift, cache: dict | None = None):
    """A function moving a date off rest days on *calendar* as *how* says (remembered in *cache*)."""
    from desktop.recurrence import Shift, shifted

    shift = Shift.AFTER if how is RestDayShift.AFTER else Shift.BEFORE
    memo = {} if cache is None else cache.setdefault(how, {})

    def move(day: dt.date) -> dt.date:
        moved = memo.get(day)
        if moved is None:
            moved = memo[day] = shifted(day, calendar, shift)
        return moved

    return move


def bureau_row_name() -> str:
    """The name of the matrix's last row: the bureau's items against the city-wide requirements."""
    return tr("Quotas", "全市要求")


def bureau_row_note() -> str:
    """What the last row counts, for its tooltip and the notes under the matrix: not the sections' sum."""
    return tr(
        "Quotas",
        "“全市要求”一行：全局的全部条目（各科室的和不属科室的）对照全市层面的要求（如改革信息每月至少 2 条）计数，"
        "不是上面各科室之和。",
    )


def compute_matrix(
    data: QuotaData, calendar, today: dt.date, kind: str | None = None, cache: dict | None = None
) -> Matrix:
    """The matrix of *data* as of *today*, each requirement's due dates moved on *calendar*.

    *cache* (a dict the caller keeps while the calendar stays the same) remembers moved dates.
    """
    shifts = data.rows_for_shift()
    requirements = data.requirements()
    movers: dict[RestDayShift, object] = {}

    def shift_of(requirement: Requirement):
        how = shifts.get(requirement.id, RestDayShift.BEFORE)
        if how not in movers:
            movers[how] = shifter(calendar, how, cache) if calendar is not None else None
        return movers[how]

    return build_matrix(
        year=data.year, first_month=data.first_month, today=today,
        sections=[(s.id, s.name) for s in data.sections], requirements=requirements, counts=data.counts,
        rule_kinds=data.rule_kinds(), kind=kind, shift_for=shift_of, bureau_name=bureau_row_name(),
    )
