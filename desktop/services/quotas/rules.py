"""Quota rules and their requirements: checked, saved, deleted."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.attributes import flag_modified

from desktop.db.database import Database
from desktop.i18n import tr
from desktop.models import QuotaScope
from desktop.models.quota import PublicityItem, QuotaRequirement, QuotaRule
from desktop.quotas.counting import parse_months
from desktop.services.editing import ValidationError, clean_text
from desktop.services.quotas.data import RequirementDraft, StaleEdit


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
