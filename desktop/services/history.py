"""A task's history in words a person reads: the audit log of the task and everything under it, and the loop's events.

The audit log stores table and column names, enum codes and row ids (:mod:`desktop.models.audit`);
this module is the one place that turns them into labels: a table's name (措施, 时间节点 …), a
column's heading (the same headings the editor shows), an enum's label (推进中, 牵头科室 …) and a
referenced row's name (a person, a section, a measure).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from desktop.db.database import Database
from desktop.i18n import tr
from desktop.models import (
    AuditEntry, Base, Department, Group, Indicator, Measure, Milestone, Person, ProgressReport, Task, TaskEvent,
)
from desktop.services.extensions import extension_labels
from desktop.services.task_parts import indicator_labels, measure_labels, milestone_labels
from desktop.services.task_snapshot import task_field_labels


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    who: str
    machine: str
    what: str
    field: str
    old: str
    new: str


def table_labels() -> dict[str, str]:
    """What a row of each audited table is called in a task's history."""
    return {
        "task": tr("History", "任务"),
        "task_unit": tr("History", "承办科室"),
        "measure": tr("History", "措施"),
        "milestone": tr("History", "时间节点"),
        "indicator": tr("History", "指标"),
        "indicator_value": tr("History", "指标实际值"),
        "indicator_month": tr("History", "指标序时目标"),
        "progress_report": tr("History", "进展台帐"),
        "responsibility_history": tr("History", "责任交接"),
        "group": tr("History", "专项小组"),
        "notice": tr("History", "督办单"),
        "extension": tr("History", "延期申请"),
        "plan": tr("History", "年度计划"),
    }


def _plan_labels() -> dict[str, str]:
    """A plan's columns that a new year's plan sets (新建年度计划)."""
    return {
        "doc_number": tr("History", "文号"),
        "year": tr("History", "年度"),
        "title": tr("History", "标题"),
        "issue_date": tr("History", "印发日期"),
        "origin_plan_id": tr("History", "由哪个计划新建"),
    }


def field_labels() -> dict[str, dict[str, str]]:
    """Each table's column headings, as the editor names them; columns not listed are not shown."""
    labels = _field_labels()
    # 延期申请: the request's fields, and a task's own deadline once an extension moved it.
    labels["extension"] = extension_labels()
    labels["task"].update({"deadline": tr("History", "任务期限"), "deadline_text": tr("History", "任务期限（原文写法）")})
    return labels


def _field_labels() -> dict[str, dict[str, str]]:
    common = {"position": tr("History", "顺序"), "source": tr("History", "通知原文")}
    return {
        "task": {
            **task_field_labels(),
            "responsible_person_text": tr("History", "通知原文中的责任人"),
            "responsible_person_id": tr("History", "责任人"),
            "heading": tr("History", "主要任务标题"),
            "seq": tr("History", "序号"),
            "position": common["position"],
            "ledger_headings": tr("History", "台帐表头"),
            "closed_on": tr("History", "办结日期"),
            "origin_task_id": tr("History", "结转自上年度任务"),
        },
        "task_unit": {
            "department_id": tr("History", "科室"),
            "role": tr("History", "角色"),
            "position": common["position"],
        },
        "measure": {**measure_labels(), "position": common["position"]},
        "milestone": {**milestone_labels(), "source": common["source"]},
        "indicator": {**indicator_labels(), **common},
        "indicator_value": {
            "indicator_id": tr("History", "指标"),
            "as_of": tr("History", "日期"),
            "value": tr("History", "实际值"),
            "source": tr("History", "来源"),
            "note": tr("History", "备注"),
        },
        "indicator_month": {
            "indicator_id": tr("History", "指标"),
            "month": tr("History", "月份"),
            "value": tr("History", "序时目标值"),
        },
        "progress_report": {
            "period": tr("History", "报送期"),
            "period_start": tr("History", "报送期开始"),
            "period_end": tr("History", "报送期结束"),
            "text": tr("History", "进展情况"),
            "author": tr("History", "报送人"),
            "reported_on": tr("History", "报送日期"),
            "source": tr("History", "来源"),
            "source_ref": tr("History", "来源文件"),
            "state": tr("History", "审核状态"),
            "over_limit": tr("History", "超过字数限制"),
            "supersedes_id": tr("History", "更正的报送"),
            "review_note": tr("History", "审核意见"),
            "reviewed_by": tr("History", "审核人"),
            "reviewed_on": tr("History", "审核日期"),
        },
        "responsibility_history": {
            "field": tr("History", "交接的职责"),
            "person_id": tr("History", "原负责人"),
            "person_name": tr("History", "原负责人姓名"),
            "measure_id": tr("History", "措施"),
            "start_date": tr("History", "开始日期"),
            "end_date": tr("History", "结束日期"),
            "note": tr("History", "说明"),
        },
        "notice": {
            "number": tr("History", "编号"),
            "grade": tr("History", "等级"),
            "state": tr("History", "状态"),
            "requirement": tr("History", "督办要求"),
            "reply_by": tr("History", "回复期限"),
            "answered_on": tr("History", "回复日期"),
            "answer_note": tr("History", "回复情况"),
            "withdrawn_reason": tr("History", "作废原因"),
        },
        "plan": _plan_labels(),
        "group": {
            "name": tr("History", "名称"),
            "kind": tr("History", "类别"),
            "label": tr("History", "序号"),
            "description": tr("History", "说明"),
            "task_id": tr("History", "对应任务"),
            "position": common["position"],
        },
    }


#: The tables a reference column points to, and the column that names a row of each.
_NAMED_BY = {
    "person": (Person, Person.name),
    "department": (Department, Department.name),
    "measure": (Measure, Measure.title),
    "indicator": (Indicator, Indicator.name),
    "task": (Task, Task.code),
    "progress_report": (ProgressReport, ProgressReport.period),
    "group": (Group, Group.name),
    "milestone": (Milestone, Milestone.title),
}

#: A deadline's columns: a change of one is an approved extension or a correction (期限更正).
_DEADLINE_COLUMNS = {
    "measure": {"due_date"}, "milestone": {"due_date", "due_text"}, "task": {"deadline", "deadline_text"},
}


def deadline_labels() -> tuple[str, str, str]:
    """How a deadline's change reads: moved by an approved extension, put back by withdrawing one, or corrected directly."""
    return tr("History", "期限（经批准延期）"), tr("History", "期限（撤销延期，恢复原定）"), tr("History", "期限更正（非延期）")


def _extension_moments(entries: list[AuditEntry]) -> dict[dt.datetime, bool]:
    """When an extension was decided or withdrawn (the moment its deadline moved) → whether it was withdrawn."""
    moments: dict[dt.datetime, bool] = {}
    for entry in entries:
        if entry.table_name == "extension" and entry.action == "update":
            state = json.loads(entry.changes or "{}").get("state")
            moments[entry.at] = moments.get(entry.at, False) or bool(state and state[1] == "withdrawn")
    return moments


def _columns(table_name: str) -> dict:
    table = Base.metadata.tables.get(table_name)
    return {column.name: column for column in table.columns} if table is not None else {}


def _enum_of(column):
    return getattr(column.type, "enum_class", None) if column is not None else None


def _target_of(column) -> str | None:
    for key in column.foreign_keys if column is not None else ():
        return key.column.table.name
    return None


class _Words:
    """Turns the stored values of audit entries into what a person reads."""

    def __init__(self, session, entries: list[AuditEntry]):
        self.fields = field_labels()
        self.names: dict[tuple[str, int], str] = {}
        wanted: dict[str, set[int]] = {}
        for entry in entries:
            columns = _columns(entry.table_name)
            for name, change in json.loads(entry.changes or "{}").items():
                target = _target_of(columns.get(name))
                if target in _NAMED_BY:
                    values = change if isinstance(change, list) else [change]
                    wanted.setdefault(target, set()).update(v for v in values if isinstance(v, int))
        for target, ids in wanted.items():
            model, name = _NAMED_BY[target]
            for row_id, text in session.execute(select(model.id, name).where(model.id.in_(ids))):
                self.names[(target, row_id)] = text

    def value(self, table_name: str, column_name: str, value) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return tr("History", "是") if value else tr("History", "否")
        column = _columns(table_name).get(column_name)
        enum_class = _enum_of(column)
        if enum_class is not None:
            try:
                return tr("Labels", enum_class(value).label)
            except ValueError:
                return str(value)
        target = _target_of(column)
        if target in _NAMED_BY and isinstance(value, int):
            return self.names.get((target, value), tr("History", "（已删除，编号 {0}）").format(value))
        if table_name == "responsibility_history" and column_name == "field":
            labels = {**self.fields["task"], **self.fields["measure"]}
            return labels.get(value, value)
        return str(value)

    def field(self, table_name: str, column_name: str) -> str | None:
        """The column's heading, or None for a column a person does not see (ids, search keys, versions)."""
        return self.fields.get(table_name, {}).get(column_name)

    def row_name(self, table_name: str, values: dict) -> str:
        """What names an inserted or deleted row: its title, name or period; a section with its role."""
        if table_name == "notice":
            grade = self.value(table_name, "grade", values.get("grade"))
            return tr("History", "{0} 第 {1} 号：{2}").format(grade, values.get("number"), values.get("title") or "")
        if table_name == "extension":
            return tr("History", "申请延至 {0}").format(values.get("new_date") or "")
        if table_name == "task_unit":
            department = self.value(table_name, "department_id", values.get("department_id"))
            return f"{department}（{self.value(table_name, 'role', values.get('role'))}）"
        for key in ("title", "name", "period", "person_name"):
            if values.get(key):
                return str(values[key])
        if table_name == "indicator_month":
            return tr("History", "{0}月 {1}").format(values.get("month"), self.value(table_name, "value", values.get("value")))
        if table_name == "indicator_value":
            return f"{values.get('as_of') or ''} {self.value(table_name, 'value', values.get('value'))}".strip()
        return ""


def task_history(database: Database, task_id: int, limit: int = 500) -> list[HistoryRow]:
    """Who changed what of the task and everything under it, newest first, with old and new values."""
    tables = table_labels()
    with database.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.task_id == task_id).order_by(AuditEntry.id.desc()).limit(limit)
        ).all()
        events = session.scalars(select(TaskEvent).where(TaskEvent.task_id == task_id)).all()
        words = _Words(session, entries)
    rows: list[HistoryRow] = []
    # An approval moves the deadline in the flush that approves the request: the same moment.
    extended_at = _extension_moments(entries)
    for entry in entries:
        what = tables.get(entry.table_name, entry.table_name)
        changes = json.loads(entry.changes or "{}")
        action = {"insert": tr("History", "新增{0}"), "delete": tr("History", "删除{0}")}.get(entry.action)
        if action:
            name = words.row_name(entry.table_name, changes)
            rows.append(HistoryRow(entry.at, entry.os_user, entry.machine, action.format(what), "", "", name))
            continue
        for column_name, (old, new) in changes.items():
            label = words.field(entry.table_name, column_name)
            if label is None:
                continue
            if column_name in _DEADLINE_COLUMNS.get(entry.table_name, ()):
                extended, withdrawn, corrected = deadline_labels()
                kind = corrected if entry.at not in extended_at else withdrawn if extended_at[entry.at] else extended
                label = kind if column_name in ("due_date", "deadline") else f"{kind}：{label}"
            old_text = words.value(entry.table_name, column_name, old)
            new_text = words.value(entry.table_name, column_name, new)
            rows.append(HistoryRow(entry.at, entry.os_user, entry.machine, what, label, old_text, new_text))
    for event in events:
        rows.append(HistoryRow(event.at, event.os_user, event.machine, tr("Labels", event.kind.label), "", "", event.note))
    rows.sort(key=lambda r: r.at, reverse=True)
    return rows
