"""Submitted publicity items: listed, added (one or many), edited, deleted."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models import Department, Plan
from desktop.models.quota import PublicityItem, QuotaRule
from desktop.services.editing import ValidationError, clean_text
from desktop.services.quotas.data import ItemDraft, ItemSnap, StaleEdit


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
