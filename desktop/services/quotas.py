"""Publicity quotas (附件 4): rules, submitted items, the section × month matrix, indicators.

Every function opens its own short session and returns plain objects. Saves go through
``database.write(note)`` (audited, one transaction); an edit names the version it was made
from, and a row another PC changed or deleted meanwhile is refused with a plain message
instead of being overwritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import extract, func, select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.attributes import flag_modified

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models import Department, DepartmentKind, Indicator, Plan, QuotaScope, Task
from desktop.models.enums import RestDayShift
from desktop.models.quota import PublicityItem, QuotaRequirement, QuotaRule
from desktop.quotas.counting import Spec, parse_months
from desktop.quotas.matrix import Matrix, Requirement, build_matrix
from desktop.services.editing import ValidationError, clean_text


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
    from desktop.calendar.recurrence import Shift, shifted

    shift = Shift.AFTER if how is RestDayShift.AFTER else Shift.BEFORE
    memo = {} if cache is None else cache.setdefault(how, {})

    def move(day: dt.date) -> dt.date:
        moved = memo.get(day)
        if moved is None:
            moved = memo[day] = shifted(day, calendar, shift)
        return moved

    return move


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
        rule_kinds=data.rule_kinds(), kind=kind, shift_for=shift_of, bureau_name=tr("Quotas", "全局合计"),
    )


# -- items -----------------------------------------------------------------------------------


def _item_snap(item: PublicityItem, kind: str, section: str) -> ItemSnap:
    return ItemSnap(
        item.id, item.version, item.rule_id, kind, item.department_id, section, item.title, item.date,
        item.channel, item.published, item.link, item.note,
    )


def list_items(
    database: Database,
    plan_id: int,
    *,
    rule_ids: set[int] | None = None,
    department_id: int | None = None,
    any_department: bool = True,
    months: tuple[int, int] | None = None,
    year: int | None = None,
) -> list[ItemSnap]:
    """Items of the plan, newest first, narrowed to rules, one department and a month range of *year*."""
    with database.read() as session:
        query = select(PublicityItem).where(PublicityItem.plan_id == plan_id)
        if rule_ids is not None:
            query = query.where(PublicityItem.rule_id.in_(rule_ids))
        if not any_department:
            query = query.where(PublicityItem.department_id == department_id)
        if months is not None and year is not None:
            start = dt.date(year, months[0], 1)
            end = dt.date(year + 1, 1, 1) if months[1] == 12 else dt.date(year, months[1] + 1, 1)
            query = query.where(PublicityItem.date >= start, PublicityItem.date < end)
        items = session.scalars(
            query.order_by(PublicityItem.date.desc(), PublicityItem.id.desc()).options(
                selectinload(PublicityItem.rule), selectinload(PublicityItem.department)
            )
        ).all()
        return [
            _item_snap(i, i.rule.kind, i.department.display_name if i.department else "") for i in items
        ]


def item_field_labels() -> dict[str, str]:
    return {
        "rule_id": tr("Quotas", "事项"),
        "department_id": tr("Quotas", "科室"),
        "title": tr("Quotas", "标题"),
        "date": tr("Quotas", "日期"),
        "channel": tr("Quotas", "渠道/媒体"),
        "published": tr("Quotas", "已采用/刊发"),
        "link": tr("Quotas", "链接或文件"),
        "note": tr("Quotas", "备注"),
    }


def _checked_fields(draft: ItemDraft) -> ItemDraft:
    """*draft* cleaned, or a ValidationError: what can be checked without the database."""
    labels = item_field_labels()
    title = clean_text(labels["title"], draft.title, required=True, max_length=500).text
    if draft.date is None:
        raise ValidationError(tr("Quotas", "请填写日期。"))
    return replace(
        draft,
        title=title,
        channel=clean_text(labels["channel"], draft.channel, max_length=500).text.strip(),
        link=clean_text(labels["link"], draft.link, max_length=2000).text.strip(),
        note=clean_text(labels["note"], draft.note).text,
    )


def _checked_item(session, plan_id: int, draft: ItemDraft) -> ItemDraft:
    draft = _checked_fields(draft)
    rule = session.get(QuotaRule, draft.rule_id)
    if rule is None or rule.plan_id != plan_id:
        raise ValidationError(tr("Quotas", "所选的事项已不存在（可能已在另一台电脑上删除）。请重新选择事项。"))
    if draft.department_id is not None:
        department = session.get(Department, draft.department_id)
        if department is None or department.plan_id != plan_id:
            raise ValidationError(tr("Quotas", "所选的科室已不存在。请重新选择科室。"))
    plan = session.get(Plan, plan_id)
    if plan is not None and abs(draft.date.year - plan.year) > 1:
        raise ValidationError(
            tr("Quotas", "日期 {0} 不在计划年度 {1} 年前后，请检查年份。").format(draft.date.isoformat(), plan.year)
        )
    return draft


def add_item(database: Database, plan_id: int, draft: ItemDraft, *, save_id: str | None = None) -> int:
    """Record a submitted item; returns its id. Raises :class:`ValidationError` for bad input.

    *save_id*: the save's own id, so one kept in the recovery file is saved once (see Database.write).
    """
    _checked_fields(draft)  # a missing title is said at once, even while the file cannot be reached
    with database.write(note=tr("Quotas", "登记宣传条目"), save_id=save_id) as session:
        draft = _checked_item(session, plan_id, draft)
        item = PublicityItem(plan_id=plan_id, **draft.__dict__)
        session.add(item)
        session.flush()
        return item.id


def _current_item(session, item_id: int, base_version: int) -> PublicityItem:
    item = session.get(PublicityItem, item_id)
    if item is None:
        raise StaleEdit(tr("Quotas", "这条宣传条目已在另一台电脑上被删除。列表已刷新。"))
    if item.version != base_version:
        raise StaleEdit(
            tr("Quotas", "这条宣传条目“{0}”刚被另一台电脑上的同事修改过，您的修改没有保存。请查看最新内容后再修改。").format(
                item.title
            )
        )
    return item


def save_item(database: Database, item_id: int, base_version: int, draft: ItemDraft) -> None:
    with database.write(note=tr("Quotas", "修改宣传条目")) as session:
        item = _current_item(session, item_id, base_version)
        draft = _checked_item(session, item.plan_id, draft)
        for name, value in draft.__dict__.items():
            setattr(item, name, value)


def delete_item(database: Database, item_id: int, base_version: int) -> None:
    with database.write(note=tr("Quotas", "删除宣传条目")) as session:
        session.delete(_current_item(session, item_id, base_version))


def add_items(database: Database, plan_id: int, drafts: list[ItemDraft], note: str, *, save_id: str | None = None) -> int:
    """Record several items in one save (an import), skipping those already stored; returns how many were added.

    The stored items are compared inside the save, so an item another PC registered
    meanwhile is not added twice; when none is left, nothing is saved (a UserError).
    """
    with database.write(note=note, save_id=save_id) as session:
        stored = _item_keys(session, plan_id)
        fresh = [draft for draft in drafts if item_key(draft) not in stored]
        if not fresh:
            raise UserError(tr("Quotas", "没有可导入的条目（都已登记过或有错误）。"))
        for draft in fresh:
            session.add(PublicityItem(plan_id=plan_id, **_checked_item(session, plan_id, draft).__dict__))
    return len(fresh)


def item_key(draft: ItemDraft) -> tuple[int, int | None, str, dt.date]:
    """(rule, department, normalised title, date): how an item is recognised as a duplicate."""
    from desktop.text import normalize

    return draft.rule_id, draft.department_id, normalize(draft.title), draft.date


def _item_keys(session, plan_id: int) -> set[tuple[int, int | None, str, dt.date]]:
    from desktop.text import normalize

    rows = session.execute(
        select(PublicityItem.rule_id, PublicityItem.department_id, PublicityItem.title, PublicityItem.date).where(
            PublicityItem.plan_id == plan_id
        )
    ).all()
    return {(r, d, normalize(t), day) for r, d, t, day in rows}


def item_keys(database: Database, plan_id: int) -> set[tuple[int, int | None, str, dt.date]]:
    """The :func:`item_key` of every stored item."""
    with database.read() as session:
        return _item_keys(session, plan_id)


# -- rules -----------------------------------------------------------------------------------


def rule_field_labels() -> dict[str, str]:
    return {
        "kind": tr("Quotas", "事项"),
        "content": tr("Quotas", "宣传推广内容"),
        "responsible": tr("Quotas", "责任单位"),
        "plan_text": tr("Quotas", "市科技局工作计划"),
        "method": tr("Quotas", "方式"),
        "coordinator_id": tr("Quotas", "归集/统筹科室"),
    }


def _check_requirement(number: int, r: RequirementDraft) -> RequirementDraft:
    where = tr("Quotas", "第 {0} 条要求").format(number)
    if r.amount is None or r.amount < 1 or r.amount > 1000:
        raise ValidationError(tr("Quotas", "{0}：数量应为 1 到 1000 之间的整数。").format(where))
    months = ""
    if (r.months or "").strip():
        try:
            months = ",".join(str(m) for m in parse_months(r.months))
        except ValueError:
            raise ValidationError(
                tr("Quotas", "{0}：指定月份“{1}”无法识别。请填写 1 到 12 的月份，用逗号分开，例如 5,6。").format(where, r.months)
            ) from None
    every = None if months else r.every_months
    if not months and (every is None or not 1 <= every <= 12):
        raise ValidationError(tr("Quotas", "{0}：请填写周期（每 1 到 12 个月）或指定月份。").format(where))
    if r.collect_day is not None and not 1 <= r.collect_day <= 31:
        raise ValidationError(tr("Quotas", "{0}：归集日应为 1 到 31 日。").format(where))
    if r.start_month is not None and not 1 <= r.start_month <= 12:
        raise ValidationError(tr("Quotas", "{0}：起算月份应为 1 到 12 月。").format(where))
    return replace(
        r,
        months=months,
        every_months=every,
        subject=clean_text(tr("Quotas", "内容"), r.subject, max_length=500).text.strip(),
        text=clean_text(tr("Quotas", "要求（原文）"), r.text, max_length=100).text.strip(),
    )


def _apply_requirement(requirement: QuotaRequirement, position: int, r: RequirementDraft) -> None:
    requirement.position = position
    requirement.scope = QuotaScope.CITY if r.department_id is None else QuotaScope.SECTION
    requirement.department_id = r.department_id
    requirement.amount = r.amount
    requirement.at_least = r.at_least
    requirement.every_months = r.every_months
    requirement.months = r.months
    requirement.collect_day = r.collect_day
    requirement.rest_day_shift = r.rest_day_shift
    requirement.carry_over = r.carry_over
    requirement.start_month = r.start_month
    requirement.subject = r.subject
    requirement.text = r.text


def save_rule(
    database: Database,
    plan_id: int,
    rule_id: int | None,
    base_version: int | None,
    fields: dict,
    requirements: list[RequirementDraft],
) -> int:
    """Create (rule_id None) or change a rule with its requirements; returns the rule's id."""
    labels = rule_field_labels()
    kind = clean_text(labels["kind"], fields.get("kind", ""), required=True, max_length=50).text
    texts = {
        name: clean_text(labels[name], fields.get(name, "")).text
        for name in ("content", "responsible", "plan_text", "method")
    }
    if not requirements:
        raise ValidationError(tr("Quotas", "至少需要一条数量要求（例如 每月 1 条）。请添加后再保存。"))
    checked = [_check_requirement(n, r) for n, r in enumerate(requirements, 1)]
    note = tr("Quotas", "新增宣传推广规则") if rule_id is None else tr("Quotas", "修改宣传推广规则")
    with database.write(note=note) as session:
        if rule_id is None:
            seq = (session.scalar(select(func.max(QuotaRule.seq)).where(QuotaRule.plan_id == plan_id)) or 0) + 1
            rule = QuotaRule(plan_id=plan_id, seq=seq, kind=kind)
            rule.requirements = []
            session.add(rule)
        else:
            rule = session.get(QuotaRule, rule_id, options=[selectinload(QuotaRule.requirements)])
            if rule is None:
                raise StaleEdit(tr("Quotas", "这条规则已在另一台电脑上被删除。列表已刷新。"))
            if rule.version != base_version:
                raise StaleEdit(
                    tr("Quotas", "规则“{0}”刚被另一台电脑上的同事修改过，您的修改没有保存。请重新打开后再修改。").format(rule.kind)
                )
        rule.kind = kind
        for name, value in texts.items():
            setattr(rule, name, value)
        rule.coordinator_id = fields.get("coordinator_id")
        existing = {r.id: r for r in rule.requirements}
        kept = []
        for position, draft in enumerate(checked):
            requirement = existing.pop(draft.id, None) if draft.id is not None else None
            if requirement is None:
                requirement = QuotaRequirement(scope=QuotaScope.SECTION)
            _apply_requirement(requirement, position, draft)
            kept.append(requirement)
        rule.requirements = kept
        # The rule's version counts changes of its requirements too, so another PC's editor notices.
        flag_modified(rule, "kind")
        session.flush()
        return rule.id


def delete_rule(database: Database, rule_id: int, base_version: int) -> None:
    with database.write(note=tr("Quotas", "删除宣传推广规则")) as session:
        rule = session.get(QuotaRule, rule_id)
        if rule is None:
            return
        if rule.version != base_version:
            raise StaleEdit(tr("Quotas", "规则“{0}”刚被另一台电脑上的同事修改过，没有删除。").format(rule.kind))
        used = session.scalar(select(func.count()).select_from(PublicityItem).where(PublicityItem.rule_id == rule_id))
        if used:
            raise ValidationError(
                tr("Quotas", "规则“{0}”下已登记了 {1} 条宣传条目，不能删除。请先删除或改登这些条目。").format(rule.kind, used)
            )
        session.delete(rule)


# -- numeric targets --------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorSeries:
    id: int
    task_code: str
    name: str
    unit: str
    target: float | None
    values: tuple[tuple[dt.date, float], ...]

    @property
    def label(self) -> str:
        return f"{self.task_code} {self.name}".strip()


def indicator_series(database: Database, plan_id: int) -> list[IndicatorSeries]:
    """Each task indicator with its target and its reported values in date order."""
    with database.read() as session:
        indicators = session.scalars(
            select(Indicator)
            .join(Task)
            .where(Task.plan_id == plan_id)
            .order_by(Task.position, Task.id, Indicator.position, Indicator.id)
            .options(selectinload(Indicator.values), selectinload(Indicator.task))
        ).all()
        return [
            IndicatorSeries(
                i.id, i.task.code, i.name, i.unit, i.target, tuple((v.as_of, v.value) for v in i.values)
            )
            for i in indicators
        ]
