"""The machine-readable identity a ledger form carries: which database, plan, tasks and revisions.

It lives in a sheet named ``_duban`` that Excel does not show (``veryHidden``), as plain
strings and numbers, so that it survives a section opening the form and saving it again
in Excel, WPS or LibreOffice::

    A1 duban-form      B1 FORM_FORMAT
    database_id        <uuid of the database>
    plan_id            <int>
    plan_doc_number    柳科通〔2022〕20号
    kind               task | section
    section            发展规划与资源配置科
    period             2022年5月
    deadline           2022-05-25 (or empty)
    made_at            2022-05-06T09:30:00
    tasks
    <task_id> | <code> | <title> | <version> | <latest_report_id or empty>
    …

The database id, plan id and format are also kept as custom document properties; they
stand in for those three keys when a program has emptied them in the sheet. Re-saving
changes what comes back: LibreOffice and WPS may return numbers as floats (3.0), turn
the sheet merely "hidden", or leave empty cells as None; :func:`read_identity` accepts
all of that. openpyxl is imported only when a workbook is read or written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.errors import UserError
from desktop.i18n import tr

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook

FORM_FORMAT = 1
SHEET_NAME = "_duban"
MARKER = "duban-form"
TASKS_HEADER = "tasks"
KIND_TASK = "task"
KIND_SECTION = "section"
KEYS = ("database_id", "plan_id", "plan_doc_number", "kind", "section", "period", "deadline", "made_at")
#: Custom document properties that repeat the most important keys.
PROPERTY_NAMES = {"database_id": "duban.database_id", "plan_id": "duban.plan_id", "format": "duban.form_format"}


class FormIdentityError(UserError):
    """The workbook is a Duban form, but its identity is damaged or from a newer Duban."""


@dataclass(frozen=True)
class FormTask:
    task_id: int
    code: str
    title: str
    #: The task's revision (its version counter) when the form was made.
    version: int
    #: The progress report whose text the form was prefilled with (the latest accepted one).
    latest_report_id: int | None


@dataclass(frozen=True)
class FormIdentity:
    database_id: str
    plan_id: int
    plan_doc_number: str
    #: ``"task"`` for a form of one task, ``"section"`` for a section's workbook.
    kind: str
    section: str
    period: str
    deadline: dt.date | None
    made_at: dt.datetime
    tasks: list[FormTask] = field(default_factory=list)


def write_identity(workbook: Workbook, identity: FormIdentity) -> None:
    """Add the ``_duban`` sheet (replacing an old one) and the document properties."""
    if SHEET_NAME in workbook.sheetnames:
        del workbook[SHEET_NAME]
    ws = workbook.create_sheet(SHEET_NAME)
    ws.sheet_state = "veryHidden"
    rows: list[list] = [
        [MARKER, FORM_FORMAT],
        ["database_id", identity.database_id],
        ["plan_id", int(identity.plan_id)],
        ["plan_doc_number", identity.plan_doc_number],
        ["kind", identity.kind],
        ["section", identity.section],
        ["period", identity.period],
        ["deadline", identity.deadline.isoformat() if identity.deadline else None],
        ["made_at", identity.made_at.isoformat(timespec="seconds")],
        [TASKS_HEADER],
    ]
    rows += [[t.task_id, t.code, t.title, t.version, t.latest_report_id] for t in identity.tasks]
    for row_number, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            cell = ws.cell(row=row_number, column=column)
            cell.value = value
            if isinstance(value, str):
                # Never a formula, whatever a title begins with.
                cell.data_type = "s"
    ws.protection.sheet = True
    _write_properties(workbook, identity)


def read_identity(workbook: Workbook) -> FormIdentity | None:
    """The identity of a returned form; None when the workbook is not a Duban form.

    Raises :class:`FormIdentityError` when the identity is there but cannot be read.
    """
    properties = _read_properties(workbook)
    ws = _identity_sheet(workbook)
    if ws is None:
        if properties:
            raise FormIdentityError(
                tr("Excel", "这份台帐的识别信息已丢失（可能被复制到了新的工作簿中）。请使用督办台导出的原表格填写后发回。")
            )
        return None
    rows = [list(row) for row in ws.iter_rows(values_only=True)]
    if not rows or _text(rows[0][0] if rows[0] else None) != MARKER:
        raise _damaged(tr("Excel", "第一行不是表格标记"))
    form_format = _int(rows[0][1] if len(rows[0]) > 1 else None)
    if form_format is None:
        form_format = _int(properties.get("format"))
    if form_format is None:
        raise _damaged(tr("Excel", "缺少表格格式版本"))
    if form_format > FORM_FORMAT:
        raise FormIdentityError(
            tr("Excel", "这份台帐由更新版本的督办台生成（格式 {0}，本程序支持到 {1}）。请升级督办台后再导入。").format(
                form_format, FORM_FORMAT
            )
        )
    values: dict[str, object] = {}
    task_rows: list[list] = []
    for index, row in enumerate(rows[1:], start=1):
        key = _text(row[0] if row else None)
        if key == TASKS_HEADER:
            task_rows = rows[index + 1 :]
            break
        if key:
            values[key] = row[1] if len(row) > 1 else None
    else:
        raise _damaged(tr("Excel", "缺少任务清单"))
    for key in ("database_id", "plan_id"):
        if _text(values.get(key)) == "" and properties.get(key):
            values[key] = properties[key]
    database_id = _text(values.get("database_id"))
    plan_id = _int(values.get("plan_id"))
    kind = _text(values.get("kind"))
    made_at = _datetime(values.get("made_at"))
    if not database_id:
        raise _damaged(tr("Excel", "缺少数据库标识"))
    if plan_id is None:
        raise _damaged(tr("Excel", "缺少计划编号"))
    if kind not in (KIND_TASK, KIND_SECTION):
        raise _damaged(tr("Excel", "表格类型“{0}”无法识别").format(kind))
    if made_at is None:
        raise _damaged(tr("Excel", "缺少生成时间"))
    deadline_value = values.get("deadline")
    deadline = _date(deadline_value)
    if deadline is None and _text(deadline_value):
        raise _damaged(tr("Excel", "报送截止日期“{0}”无法识别").format(_text(deadline_value)))
    tasks = [_task(row, number) for number, row in enumerate(task_rows, start=1) if any(_text(v) for v in row)]
    if not tasks:
        raise _damaged(tr("Excel", "任务清单是空的"))
    return FormIdentity(
        database_id=database_id,
        plan_id=plan_id,
        plan_doc_number=_text(values.get("plan_doc_number")),
        kind=kind,
        section=_text(values.get("section")),
        period=_text(values.get("period")),
        deadline=deadline,
        made_at=made_at,
        tasks=tasks,
    )


def _identity_sheet(workbook: Workbook):
    for name in workbook.sheetnames:
        if name.strip().lower() == SHEET_NAME:
            return workbook[name]
    return None


def _task(row: list, number: int) -> FormTask:
    row = list(row) + [None] * (5 - len(row))
    task_id = _int(row[0])
    version = _int(row[3])
    if task_id is None or version is None:
        raise _damaged(tr("Excel", "任务清单第 {0} 行无法识别").format(number))
    report = row[4]
    latest_report_id = None if _text(report) == "" else _int(report)
    if _text(report) and latest_report_id is None:
        raise _damaged(tr("Excel", "任务清单第 {0} 行无法识别").format(number))
    return FormTask(task_id, _text(row[1]), _text(row[2]), version, latest_report_id)


def _damaged(what: str) -> FormIdentityError:
    return FormIdentityError(
        tr("Excel", "这份台帐的识别信息已损坏（{0}），无法确定它属于哪些任务。请重新导出台帐，请科室在新表格中填写后发回。").format(
            what
        )
    )


def _text(value) -> str:
    """A cell as text; a float that is a whole number reads back as the integer it was."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _int(value) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def _date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _datetime(value) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    text = _text(value)
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _write_properties(workbook: Workbook, identity: FormIdentity) -> None:
    from openpyxl.packaging.custom import StringProperty

    properties = workbook.custom_doc_props
    values = {"database_id": identity.database_id, "plan_id": str(identity.plan_id), "format": str(FORM_FORMAT)}
    for key, value in values.items():
        name = PROPERTY_NAMES[key]
        existing = [p for p in properties.props if p.name == name]
        for prop in existing:
            properties.props.remove(prop)
        properties.append(StringProperty(name=name, value=value))


def _read_properties(workbook: Workbook) -> dict[str, str]:
    names = {name: key for key, name in PROPERTY_NAMES.items()}
    found: dict[str, str] = {}
    properties = getattr(workbook, "custom_doc_props", None)
    for prop in getattr(properties, "props", []) or []:
        key = names.get(getattr(prop, "name", None))
        if key is not None:
            found[key] = _text(getattr(prop, "value", None))
    return found
