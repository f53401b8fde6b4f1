"""The parts of a task: measures (措施), milestones (时间节点) and indicators (指标) with their values."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desktop.db.database import Database
from desktop.i18n import tr
from desktop.models import Indicator, IndicatorValue, Measure, Milestone, Plan, Status, Task
from desktop.models.search import refresh_search_key
from desktop.services.editing import (
    SaveResult,
    Undo,
    ValidationError,
    check_date_in_plan,
    clean_text,
    save_fields,
)


def measure_labels() -> dict[str, str]:
    return {
        "title": tr("Tasks", "措施"),
        "description": tr("Tasks", "内容"),
        "owner_person_id": tr("Tasks", "负责人"),
        "owner_department_id": tr("Tasks", "负责科室"),
        "due_date": tr("Tasks", "期限"),
        "status": tr("Tasks", "状态"),
    }


def _plan_year(session, task_id: int) -> int:
    return session.scalar(select(Plan.year).join(Task, Task.plan_id == Plan.id).where(Task.id == task_id))


def _clean_measure(fields: dict, plan_year: int) -> dict:
    labels = measure_labels()
    fields = dict(fields)
    if "title" in fields:
        fields["title"] = clean_text(labels["title"], fields["title"], required=True).text
    if "description" in fields:
        fields["description"] = clean_text(labels["description"], fields["description"]).text
    if "status" in fields:
        fields["status"] = Status(fields["status"])
    if fields.get("due_date") is not None:
        check_date_in_plan(labels["due_date"], fields["due_date"], plan_year)
    return fields


def add_measure(database: Database, task_id: int, fields: dict) -> tuple[int, Undo]:
    """分解: a new measure at the end of the task's list."""
    with database.write(note=tr("Tasks", "新增措施")) as session:
        fields = _clean_measure(fields, _plan_year(session, task_id))
        position = (session.scalar(select(func.max(Measure.position)).where(Measure.task_id == task_id)) or 0) + 1
        fields.setdefault("status", Status.NOT_STARTED)
        measure = Measure(task_id=task_id, position=position, **fields)
        session.add(measure)
        session.flush()
        refresh_search_key(session, task_id)
        measure_id = measure.id
    return measure_id, Undo(tr("Tasks", "新增措施“{0}”").format(fields["title"]), lambda db: delete_measure(db, measure_id))


def save_measure(
    database: Database, measure_id: int, base_version: int, original: dict, changes: dict
) -> tuple[SaveResult, Undo | None]:
    with database.write(note=tr("Tasks", "修改措施")) as session:
        measure = session.get(Measure, measure_id)
        if measure is None:
            raise ValidationError(tr("Tasks", "这条措施已被删除。"))
        changes = _clean_measure(changes, _plan_year(session, measure.task_id))
        before = save_fields(measure, measure.title, measure_labels(), base_version, original, changes)
        session.flush()
        refresh_search_key(session, measure.task_id)
        result = SaveResult(measure.version)
        after = {name: getattr(measure, name) for name in changes}
        title = measure.title
    if not changes:
        return result, None
    return result, Undo(
        tr("Tasks", "修改措施“{0}”").format(title),
        lambda db: save_measure(db, measure_id, result.version, after, before),
    )


def move_measure(database: Database, measure_id: int, offset: int) -> Undo | None:
    """Move a measure up (-1) or down (+1) in its task's list."""
    with database.write(note=tr("Tasks", "调整措施顺序")) as session:
        measure = session.get(Measure, measure_id)
        siblings = session.scalars(
            select(Measure).where(Measure.task_id == measure.task_id).order_by(Measure.position, Measure.id)
        ).all()
        index = siblings.index(measure)
        target = index + offset
        if not 0 <= target < len(siblings):
            return None
        siblings.insert(target, siblings.pop(index))
        for position, sibling in enumerate(siblings, start=1):
            if sibling.position != position:
                sibling.position = position
    return Undo(tr("Tasks", "调整措施顺序"), lambda db: move_measure(db, measure_id, -offset))


def delete_measure(database: Database, measure_id: int) -> Undo | None:
    with database.write(note=tr("Tasks", "删除措施")) as session:
        measure = session.get(Measure, measure_id)
        if measure is None:
            return None
        task_id = measure.task_id
        kept = {name: getattr(measure, name) for name in measure_labels()}
        session.delete(measure)
        session.flush()
        refresh_search_key(session, task_id)
    return Undo(tr("Tasks", "删除措施“{0}”").format(kept["title"]), lambda db: add_measure(db, task_id, kept))


# -- milestones ------------------------------------------------------------------------------


def milestone_labels() -> dict[str, str]:
    return {
        "title": tr("Tasks", "节点"),
        "due_text": tr("Tasks", "原文期限"),
        "due_date": tr("Tasks", "期限"),
        "done_on": tr("Tasks", "完成日期"),
        "measure_id": tr("Tasks", "所属措施"),
    }


def _clean_milestone(fields: dict, plan_year: int) -> dict:
    labels = milestone_labels()
    fields = dict(fields)
    if "title" in fields:
        fields["title"] = clean_text(labels["title"], fields["title"], required=True).text
    if "due_text" in fields:
        fields["due_text"] = clean_text(labels["due_text"], fields["due_text"], max_length=100).text
    for name in ("due_date", "done_on"):
        if fields.get(name) is not None:
            check_date_in_plan(labels[name], fields[name], plan_year)
    return fields


def add_milestone(database: Database, task_id: int, fields: dict) -> tuple[int, Undo]:
    with database.write(note=tr("Tasks", "新增时间节点")) as session:
        fields = _clean_milestone(fields, _plan_year(session, task_id))
        milestone = Milestone(task_id=task_id, **fields)
        session.add(milestone)
        session.flush()
        milestone_id = milestone.id
    return milestone_id, Undo(tr("Tasks", "新增时间节点"), lambda db: delete_milestone(db, milestone_id))


def save_milestone(
    database: Database, milestone_id: int, base_version: int, original: dict, changes: dict
) -> tuple[SaveResult, Undo | None]:
    with database.write(note=tr("Tasks", "修改时间节点")) as session:
        milestone = session.get(Milestone, milestone_id)
        if milestone is None:
            raise ValidationError(tr("Tasks", "这个时间节点已被删除。"))
        changes = _clean_milestone(changes, _plan_year(session, milestone.task_id))
        before = save_fields(milestone, milestone.title, milestone_labels(), base_version, original, changes)
        session.flush()
        result = SaveResult(milestone.version)
        after = {name: getattr(milestone, name) for name in changes}
    return result, Undo(
        tr("Tasks", "修改时间节点"), lambda db: save_milestone(db, milestone_id, result.version, after, before)
    )


def delete_milestone(database: Database, milestone_id: int) -> Undo | None:
    with database.write(note=tr("Tasks", "删除时间节点")) as session:
        milestone = session.get(Milestone, milestone_id)
        if milestone is None:
            return None
        task_id = milestone.task_id
        kept = {name: getattr(milestone, name) for name in milestone_labels()}
        session.delete(milestone)
    return Undo(tr("Tasks", "删除时间节点"), lambda db: add_milestone(db, task_id, kept))


# -- indicators ------------------------------------------------------------------------------


def indicator_labels() -> dict[str, str]:
    return {
        "name": tr("Tasks", "指标"),
        "target": tr("Tasks", "目标值"),
        "unit": tr("Tasks", "单位"),
        "is_target": tr("Tasks", "是否目标"),
    }


def _clean_indicator(fields: dict) -> dict:
    labels = indicator_labels()
    fields = dict(fields)
    if "name" in fields:
        fields["name"] = clean_text(labels["name"], fields["name"], required=True).text
    if "unit" in fields:
        fields["unit"] = clean_text(labels["unit"], fields["unit"], max_length=20).text.strip()
    if fields.get("target") is not None:
        fields["target"] = float(fields["target"])
    return fields


def add_indicator(database: Database, task_id: int, fields: dict) -> tuple[int, Undo]:
    fields = _clean_indicator(fields)
    with database.write(note=tr("Tasks", "新增指标")) as session:
        position = (session.scalar(select(func.max(Indicator.position)).where(Indicator.task_id == task_id)) or 0) + 1
        indicator = Indicator(task_id=task_id, position=position, **fields)
        session.add(indicator)
        session.flush()
        indicator_id = indicator.id
    return indicator_id, Undo(tr("Tasks", "新增指标"), lambda db: delete_indicator(db, indicator_id))


def save_indicator(
    database: Database, indicator_id: int, base_version: int, original: dict, changes: dict
) -> tuple[SaveResult, Undo | None]:
    changes = _clean_indicator(changes)
    with database.write(note=tr("Tasks", "修改指标")) as session:
        indicator = session.get(Indicator, indicator_id)
        if indicator is None:
            raise ValidationError(tr("Tasks", "这个指标已被删除。"))
        before = save_fields(indicator, indicator.name, indicator_labels(), base_version, original, changes)
        session.flush()
        result = SaveResult(indicator.version)
        after = {name: getattr(indicator, name) for name in changes}
    return result, Undo(
        tr("Tasks", "修改指标"), lambda db: save_indicator(db, indicator_id, result.version, after, before)
    )


def delete_indicator(database: Database, indicator_id: int) -> Undo | None:
    with database.write(note=tr("Tasks", "删除指标")) as session:
        indicator = session.get(Indicator, indicator_id)
        if indicator is None:
            return None
        task_id = indicator.task_id
        kept = {name: getattr(indicator, name) for name in indicator_labels()}
        session.delete(indicator)
    return Undo(tr("Tasks", "删除指标"), lambda db: add_indicator(db, task_id, kept))


def add_indicator_value(
    database: Database, indicator_id: int, as_of: dt.date, value: float, source: str = ""
) -> tuple[int, Undo]:
    """An actual value of the indicator as of a date; the history is kept."""
    source = clean_text(tr("Tasks", "来源"), source, max_length=500).text
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise ValidationError(tr("Tasks", "实际值“{0}”不是数字。").format(value)) from None
    with database.write(note=tr("Tasks", "记录指标实际值")) as session:
        indicator = session.get(Indicator, indicator_id)
        check_date_in_plan(tr("Tasks", "日期"), as_of, _plan_year(session, indicator.task_id))
        row = IndicatorValue(indicator_id=indicator_id, as_of=as_of, value=value, source=source)
        session.add(row)
        session.flush()
        value_id = row.id
    return value_id, Undo(tr("Tasks", "记录指标实际值"), lambda db: _delete_value(db, value_id))


def _delete_value(database: Database, value_id: int) -> None:
    with database.write(note=tr("Tasks", "撤销指标实际值")) as session:
        row = session.get(IndicatorValue, value_id)
        if row is not None:
            session.delete(row)
