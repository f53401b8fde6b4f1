"""The parts of a task: measures (措施), milestones (时间节点) and indicators (指标) with their values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

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
    next_position,
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


def milestone_labels() -> dict[str, str]:
    return {
        "title": tr("Tasks", "节点"),
        "due_text": tr("Tasks", "原文期限"),
        "due_date": tr("Tasks", "期限"),
        "done_on": tr("Tasks", "完成日期"),
        "measure_id": tr("Tasks", "所属措施"),
    }


def indicator_labels() -> dict[str, str]:
    return {
        "name": tr("Tasks", "指标"),
        "target": tr("Tasks", "目标值"),
        "unit": tr("Tasks", "单位"),
        "is_target": tr("Tasks", "是否目标"),
        "tracked": tr("Tasks", "按序时进度考核"),
        "baseline": tr("Tasks", "年初基数"),
        "deadline": tr("Tasks", "目标期限"),
    }


def _plan_year(session, task_id: int) -> int:
    return session.scalar(select(Plan.year).join(Task, Task.plan_id == Plan.id).where(Task.id == task_id))


def _clean_measure(fields: dict, plan_year: int) -> dict:
    labels = measure_labels()
    if "title" in fields:
        fields["title"] = clean_text(labels["title"], fields["title"], required=True).text
    if "description" in fields:
        fields["description"] = clean_text(labels["description"], fields["description"]).text
    if "status" in fields:
        fields["status"] = Status(fields["status"])
    if fields.get("due_date") is not None:
        check_date_in_plan(labels["due_date"], fields["due_date"], plan_year)
    return fields


def _clean_milestone(fields: dict, plan_year: int) -> dict:
    labels = milestone_labels()
    if "title" in fields:
        fields["title"] = clean_text(labels["title"], fields["title"], required=True).text
    if "due_text" in fields:
        fields["due_text"] = clean_text(labels["due_text"], fields["due_text"], max_length=100).text
    for name in ("due_date", "done_on"):
        if fields.get(name) is not None:
            check_date_in_plan(labels[name], fields[name], plan_year)
    return fields


def _clean_indicator(fields: dict, plan_year: int) -> dict:
    labels = indicator_labels()
    if "name" in fields:
        fields["name"] = clean_text(labels["name"], fields["name"], required=True).text
    if "unit" in fields:
        fields["unit"] = clean_text(labels["unit"], fields["unit"], max_length=20).text.strip()
    if fields.get("target") is not None:
        fields["target"] = float(fields["target"])
    return fields


@dataclass(frozen=True)
class _Part:
    """What adding, saving and deleting one kind of part of a task needs to know."""

    model: type
    labels: Callable[[], dict[str, str]]
    clean: Callable[[dict, int], dict]
    #: What the person reads in the undo menu and the audit note: (added, changed, deleted).
    notes: tuple[str, str, str]
    gone: str
    ordered: bool = False
    searchable: bool = False

    def add(self, database: Database, task_id: int, fields: dict) -> tuple[int, Undo]:
        with database.write(note=tr("Tasks", self.notes[0])) as session:
            fields = self.clean(dict(fields), _plan_year(session, task_id))
            row = self.model(task_id=task_id, **fields)
            if self.ordered:
                row.position = next_position(session, self.model.position, self.model.task_id == task_id)
            session.add(row)
            session.flush()
            if self.searchable:
                refresh_search_key(session, task_id)
            row_id = row.id
        return row_id, Undo(tr("Tasks", self.notes[0]), lambda db: self.delete(db, row_id))

    def save(
        self, database: Database, row_id: int, base_version: int, original: dict, changes: dict
    ) -> tuple[SaveResult, Undo | None]:
        with database.write(note=tr("Tasks", self.notes[1])) as session:
            row = session.get(self.model, row_id)
            if row is None:
                raise ValidationError(tr("Tasks", self.gone))
            changes = self.clean(dict(changes), _plan_year(session, row.task_id))
            before = save_fields(row, _name(row), self.labels(), base_version, original, changes)
            session.flush()
            if self.searchable:
                refresh_search_key(session, row.task_id)
            result = SaveResult(row.version)
            after = {name: getattr(row, name) for name in changes}
        if not changes:
            return result, None
        return result, Undo(
            tr("Tasks", self.notes[1]), lambda db: self.save(db, row_id, result.version, after, before)
        )

    def delete(self, database: Database, row_id: int) -> Undo | None:
        with database.write(note=tr("Tasks", self.notes[2])) as session:
            row = session.get(self.model, row_id)
            if row is None:
                return None
            task_id = row.task_id
            kept = {name: getattr(row, name) for name in self.labels()}
            session.delete(row)
            session.flush()
            if self.searchable:
                refresh_search_key(session, task_id)
        return Undo(tr("Tasks", self.notes[2]), lambda db: self.add(db, task_id, kept))


def _name(row) -> str:
    return getattr(row, "title", None) or getattr(row, "name", "")


MEASURES = _Part(
    Measure, measure_labels, _clean_measure, ("新增措施", "修改措施", "删除措施"), "这条措施已被删除。",
    ordered=True, searchable=True,
)
MILESTONES = _Part(
    Milestone, milestone_labels, _clean_milestone, ("新增时间节点", "修改时间节点", "删除时间节点"), "这个时间节点已被删除。"
)
INDICATORS = _Part(
    Indicator, indicator_labels, _clean_indicator, ("新增指标", "修改指标", "删除指标"), "这个指标已被删除。", ordered=True
)


def add_measure(database: Database, task_id: int, fields: dict) -> tuple[int, Undo]:
    """分解: a new measure at the end of the task's list (status 未启动 unless given)."""
    return MEASURES.add(database, task_id, {"status": Status.NOT_STARTED, **fields})


save_measure = MEASURES.save
delete_measure = MEASURES.delete
add_milestone = MILESTONES.add
save_milestone = MILESTONES.save
delete_milestone = MILESTONES.delete
add_indicator = INDICATORS.add
save_indicator = INDICATORS.save
delete_indicator = INDICATORS.delete


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
