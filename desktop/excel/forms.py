"""交办: the ledger forms (攻坚台帐) handed to the sections, one per task or one per section.

A form is laid out like the notice's 附件 2 table, prefilled with the current texts.
The section fills in the two white columns (难点堵点及预期成果, 进展情况) and sends
the workbook back; everything else is protected, without a password, so that a
section can still widen a column or print. The hidden ``_duban`` sheet (see
:mod:`desktop.excel.identity`) says which database, plan, tasks and revisions the
form was made from, for the import.

Layout of the visible sheet, relied on by the import::

    row 1   <plan title>攻坚台帐
    row 2   报送期次：…　报送截止：…　科室：…
    row 3   填写说明
    row 4   序号 | 改革攻坚落实事项 | 需要攻坚突破的难点堵点及预期成果 | 进展情况（主要措施及成效） | 责任部门 | 责任人
    row 5…  one row per task, in the order of the identity's task list; A holds the task's code
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.excel.cells import (
    BODY_FONT,
    BORDER,
    LOCKED_FILL,
    TITLE_FONT,
    WRAP,
    a4_print_setup,
    fit_row_height,
    line_count,
    refuse_existing,
    safe_file_name,
    save_workbook,
    set_text,
    set_widths,
    style_heading_row,
)
from desktop.excel.form_layout import (
    DIFFICULTY_COLUMN,
    FIRST_TASK_ROW,
    HEADING_ROW,
    HEADINGS,
    PROGRESS_COLUMN,
    SHEET_TITLE,
)
from desktop.excel.identity import KIND_SECTION, KIND_TASK, FormIdentity, FormTask, write_identity
from desktop.services.handover import ledger_responsible
from desktop.i18n import tr
from desktop.models import (
    DIFFICULTY_LIMIT,
    PROGRESS_LIMIT,
    Department,
    Group,
    GroupKind,
    Membership,
    Meta,
    Plan,
    Role,
    Status,
    Task,
    TaskUnitRole,
)
from desktop.models.task import DIFFICULTY_LABEL, RESULT_LABEL, latest_accepted, ledger_difficulty_text

#: A hard cap for the spreadsheet's own check; the real limits (200, 300) are checked on import.
HARD_TEXT_CAP = 2000

_WIDTHS = {"A": 7, "B": 24, "C": 44, "D": 56, "E": 14, "F": 16}
_COLUMNS = tuple(_WIDTHS)
#: Text past the limit turns red on screen and on paper; a fill would make the printout hard to read.
_OVER_FONT = Font(color="C00000")


@dataclass(frozen=True)
class _Row:
    task_id: int
    code: str
    title: str
    version: int
    report_id: int | None
    difficulty_text: str
    progress_text: str
    unit: str
    person: str
    lead_ids: tuple[int, ...]


@dataclass(frozen=True)
class _Section:
    id: int
    name: str
    short_name: str
    position: int

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class _Snapshot:
    database_id: str
    plan_id: int
    plan_doc_number: str
    plan_title: str
    office: str
    rows: list[_Row]
    departments: dict[int, _Section]


#: The 难点堵点及预期成果 cell as a form shows it (and as an import compares it).
difficulty_cell_text = ledger_difficulty_text


def default_period(today: dt.date | None = None) -> str:
    """The reporting round a form is for by default: this month, e.g. 2022年5月."""
    today = today or dt.date.today()
    return tr("Excel", "{0}年{1}月").format(today.year, today.month)


def default_deadline(today: dt.date | None = None) -> dt.date:
    """The default date for returning a form: the 25th of this month (每月 25 日前)."""
    today = today or dt.date.today()
    return today.replace(day=25)


def export_task_form(
    database: Database,
    task_id: int,
    out_dir: str | Path,
    period: str,
    deadline: dt.date | None,
    *,
    overwrite: bool = False,
) -> Path:
    """One form holding one task; returns the file written."""
    period = _check_period(period)
    with database.read() as session:
        plan_id = session.scalar(select(Task.plan_id).where(Task.id == task_id))
        if plan_id is None:
            raise UserError(tr("Excel", "这项任务已不存在（可能刚被另一台电脑删除）。请刷新后再导出。"))
        snapshot = _read(session, plan_id, task_ids=[task_id])
    row = snapshot.rows[0]
    leads = [snapshot.departments[i] for i in row.lead_ids if i in snapshot.departments]
    path = Path(out_dir) / _file_name(row.code, period)
    if not overwrite:
        refuse_existing([path])
    identity = _identity(snapshot, KIND_TASK, "、".join(s.name for s in leads), period, deadline, [row])
    return save_workbook(_form(snapshot, identity, [row]), path)


def export_section_forms(
    database: Database,
    plan_id: int,
    out_dir: str | Path,
    period: str,
    deadline: dt.date | None,
    section: str | None = None,
    *,
    overwrite: bool = False,
) -> list[Path]:
    """One workbook per lead section holding its open tasks; only *section*'s when given.

    *section* is a department's full or short name (法规与监督诚信科 or 法监科). Open
    tasks that have no lead section go to a workbook of their own when every section's
    forms are made. Raises :class:`UserError` for an unknown section and when there is
    nothing to hand out, so the person always learns why no file appeared.
    """
    period = _check_period(period)
    with database.read() as session:
        if session.get(Plan, plan_id) is None:
            raise UserError(tr("Excel", "计划已不存在（可能刚被另一台电脑删除）。"))
        snapshot = _read(session, plan_id, open_only=True)
        wanted = _find_section(session, plan_id, section) if section is not None else None
    groups: dict[int | None, list[_Row]] = defaultdict(list)
    for row in snapshot.rows:
        for lead_id in row.lead_ids or (None,):
            groups[lead_id].append(row)
    if wanted is not None:
        groups = {wanted.id: groups.get(wanted.id, [])}
        if not groups[wanted.id]:
            raise UserError(
                tr("Excel", "{0}没有牵头的未办结任务，没有生成台帐。").format(wanted.name)
            )
    elif not groups:
        raise UserError(tr("Excel", "计划中没有未办结的任务，没有生成台帐。"))

    out_dir = Path(out_dir)
    unassigned = tr("Excel", "未指定科室")
    ordered = sorted(
        groups.items(),
        key=lambda item: (item[0] is None, snapshot.departments[item[0]].position if item[0] is not None else 0, item[0] or 0),
    )
    jobs: list[tuple[Path, FormIdentity, list[_Row]]] = []
    used: set[str] = set()
    for lead_id, rows in ordered:
        department = snapshot.departments.get(lead_id) if lead_id is not None else None
        name = department.name if department else ""
        file_name = _file_name(department.display_name if department else unassigned, period, used)
        identity = _identity(snapshot, KIND_SECTION, name, period, deadline, rows)
        jobs.append((out_dir / file_name, identity, rows))
    if not overwrite:
        refuse_existing(path for path, _, _ in jobs)
    written: list[Path] = []
    try:
        for path, identity, rows in jobs:
            written.append(save_workbook(_form(snapshot, identity, rows), path))
    except UserError as error:
        if not written:
            raise
        raise UserError(
            error.message
            + "\n"
            + tr("Excel", "此前已生成的 {0} 份台帐完整可用：{1}；其余 {2} 份没有生成。").format(
                len(written), "、".join(p.name for p in written), len(jobs) - len(written)
            ),
            error.detail,
        ) from error
    return written


def find_task_id(database: Database, plan_id: int, code: str) -> int:
    """The task with the code *code* (e.g. 2-1) in the plan; UserError naming the codes there are."""
    with database.read() as session:
        found = session.scalar(select(Task.id).where(Task.plan_id == plan_id, Task.code == code.strip()))
        if found is not None:
            return found
        codes = session.scalars(select(Task.code).where(Task.plan_id == plan_id).order_by(Task.position, Task.id)).all()
    raise UserError(
        tr("Excel", "计划中没有编号为“{0}”的任务。已有的编号：{1}。").format(code, "、".join(codes) or tr("Excel", "无"))
    )


# -- reading ------------------------------------------------------------------------------


def _read(session, plan_id: int, *, task_ids: list[int] | None = None, open_only: bool = False) -> _Snapshot:
    plan = session.get(Plan, plan_id)
    database_id = session.scalar(select(Meta.value).where(Meta.key == "database_id")) or ""
    query = (
        select(Task)
        .where(Task.plan_id == plan_id)
        .order_by(Task.position, Task.id)
        .options(selectinload(Task.units), selectinload(Task.reports))
    )
    if task_ids is not None:
        query = query.where(Task.id.in_(task_ids))
    if open_only:
        # The tasks the reminder round asks reports for: not closed, not on hold.
        query = query.where(Task.closed_on.is_(None), Task.status.not_in([Status.DONE, Status.ON_HOLD]))
    rows = []
    # While the responsible person is away, the form names who acts for them (顺位代替).
    responsible = ledger_responsible(session, plan_id, dt.date.today())
    for task in session.scalars(query):
        report = latest_accepted(task.reports)
        person = responsible(task.id, task.responsible_person_id, task.responsible_person_text)
        rows.append(
            _Row(
                task_id=task.id,
                code=task.code,
                title=task.title,
                version=task.version,
                report_id=report.id if report else None,
                difficulty_text=difficulty_cell_text(task.difficulties, task.expected_results),
                progress_text=report.text if report else "",
                unit=task.responsible_unit,
                person=person,
                lead_ids=tuple(
                    u.department_id for u in sorted(task.units, key=lambda u: u.position) if u.role is TaskUnitRole.LEAD
                ),
            )
        )
    departments = {
        d.id: _Section(d.id, d.name, d.short_name, d.position)
        for d in session.scalars(select(Department).where(Department.plan_id == plan_id))
    }
    office_id = session.scalar(
        select(Membership.department_id)
        .join(Group, Group.id == Membership.group_id)
        .where(Group.plan_id == plan_id, Group.kind == GroupKind.OFFICE, Membership.role == Role.SEAT)
        .limit(1)
    )
    office = departments[office_id].display_name if office_id in departments else tr("Excel", "领导小组办公室")
    return _Snapshot(
        database_id=database_id,
        plan_id=plan_id,
        plan_doc_number=plan.doc_number,
        plan_title=plan.short_title or plan.title,
        office=office,
        rows=rows,
        departments=departments,
    )


def _find_section(session, plan_id: int, name: str) -> _Section:
    """The section *name* names, by either name (:func:`desktop.services.departments.find_department`)."""
    from desktop.services.departments import find_department

    department = find_department(session, plan_id, name)
    return _Section(department.id, department.name, department.short_name, department.position)


def _check_period(period: str) -> str:
    period = (period or "").strip()
    if not period:
        raise UserError(tr("Excel", "请填写报送期次，例如“2022年5月”。"))
    if len(period) > 50:
        raise UserError(tr("Excel", "报送期次“{0}”太长（最多 50 个字）。").format(period))
    return period


def _file_name(subject: str, period: str, used: set[str] | None = None) -> str:
    stem = safe_file_name(tr("Excel", "攻坚台帐-{0}-{1}").format(subject, period))
    name, number = f"{stem}.xlsx", 2
    while used is not None and name.lower() in used:
        name, number = f"{stem}-{number}.xlsx", number + 1
    if used is not None:
        used.add(name.lower())
    return name


def _identity(
    snapshot: _Snapshot, kind: str, section: str, period: str, deadline: dt.date | None, rows: list[_Row]
) -> FormIdentity:
    return FormIdentity(
        database_id=snapshot.database_id,
        plan_id=snapshot.plan_id,
        plan_doc_number=snapshot.plan_doc_number,
        kind=kind,
        section=section,
        period=period,
        deadline=deadline,
        made_at=dt.datetime.now().replace(microsecond=0),
        tasks=[FormTask(r.task_id, r.code, r.title, r.version, r.report_id) for r in rows],
    )


# -- writing ------------------------------------------------------------------------------


def _day(day: dt.date) -> str:
    return tr("Excel", "{0}年{1}月{2}日").format(day.year, day.month, day.day)


def _form(snapshot: _Snapshot, identity: FormIdentity, rows: list[_Row]) -> Workbook:
    workbook = Workbook()
    ws = workbook.active
    ws.title = SHEET_TITLE
    last_column = _COLUMNS[-1]
    set_widths(ws, _WIDTHS)

    title = set_text(ws["A1"], tr("Excel", "{0}攻坚台帐").format(snapshot.plan_title))
    title.font = TITLE_FONT
    title.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells(f"A1:{last_column}1")
    ws.row_dimensions[1].height = 24 + 21 * max(0, line_count(title.value, sum(_WIDTHS.values()) / 1.6) - 1)

    parts = [tr("Excel", "报送期次：{0}").format(identity.period)]
    if identity.deadline:
        parts.append(tr("Excel", "报送截止：{0}").format(_day(identity.deadline)))
    if identity.section:
        parts.append(tr("Excel", "科室：{0}").format(identity.section))
    info = set_text(ws["A2"], "　".join(parts))
    info.font = Font(name="宋体", size=12)
    info.alignment = Alignment(vertical="center")
    ws.merge_cells(f"A2:{last_column}2")
    ws.row_dimensions[2].height = 22

    if identity.deadline:
        send_back = tr("Excel", "填好后保存为 .xlsx 格式（不要另存为 .xls 或 .et），于 {0}前发回{1}。").format(
            _day(identity.deadline), snapshot.office
        )
    else:
        send_back = tr("Excel", "填好后保存为 .xlsx 格式（不要另存为 .xls 或 .et），发回{0}。").format(snapshot.office)
    instructions = tr(
        "Excel",
        "填写说明：1. 只在白色单元格中填写：“进展情况（主要措施及成效）”填写本期主要措施及成效，{0} 字以内；"
        "“需要攻坚突破的难点堵点及预期成果”如有变化请直接修改，{1} 字以内，保留“难点堵点：”“预期成果：”两个标题。"
        "2. 灰色单元格和表头请勿修改，不要增删行、列或工作表。3. {2}",
    ).format(PROGRESS_LIMIT, DIFFICULTY_LIMIT, send_back)
    note = set_text(ws["A3"], instructions)
    note.font = Font(name="宋体", size=10, color="404040")
    note.alignment = Alignment(wrap_text=True, vertical="center")
    ws.merge_cells(f"A3:{last_column}3")
    ws.row_dimensions[3].height = 14 * line_count(instructions, sum(_WIDTHS.values()) * 1.05) + 8

    for letter, heading in zip(_COLUMNS, HEADINGS):
        set_text(ws[f"{letter}{HEADING_ROW}"], heading)
    style_heading_row(ws, HEADING_ROW, _COLUMNS)
    ws.row_dimensions[HEADING_ROW].height = 36

    room = line_count("字" * PROGRESS_LIMIT, _WIDTHS[PROGRESS_COLUMN])
    for number, row in enumerate(rows):
        r = FIRST_TASK_ROW + number
        values = (row.code, row.title, row.difficulty_text, row.progress_text, row.unit, row.person)
        for letter, value in zip(_COLUMNS, values):
            cell = set_text(ws[f"{letter}{r}"], value)
            cell.font = BODY_FONT
            cell.border = BORDER
            cell.alignment = WRAP
            if letter in (DIFFICULTY_COLUMN, PROGRESS_COLUMN):
                cell.protection = Protection(locked=False)
            else:
                cell.fill = LOCKED_FILL
        ws[f"A{r}"].alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        fit_row_height(ws, r, _WIDTHS, min_lines=room)
    last_row = FIRST_TASK_ROW + max(len(rows), 1) - 1
    _add_checks(ws, last_row)

    ws.freeze_panes = f"A{FIRST_TASK_ROW}"
    ws.protection.sheet = True
    # Without a password, and with formatting allowed, a section can still fix the layout.
    ws.protection.formatCells = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    a4_print_setup(ws, f"{HEADING_ROW}:{HEADING_ROW}")
    ws.print_area = f"A1:{last_column}{last_row}"

    workbook.properties.title = tr("Excel", "{0}攻坚台帐").format(snapshot.plan_title)
    workbook.properties.creator = tr("Excel", "督办台 Duban")
    workbook.properties.subject = identity.period
    write_identity(workbook, identity)
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.active = 0
    return workbook


def _add_checks(ws, last_row: int) -> None:
    """Length limits as data validation (shown when a cell is selected) and as a red warning."""
    limits = (
        (DIFFICULTY_COLUMN, DIFFICULTY_LIMIT, tr("Excel", "难点堵点及预期成果"), len(DIFFICULTY_LABEL) + len(RESULT_LABEL)),
        (PROGRESS_COLUMN, PROGRESS_LIMIT, tr("Excel", "进展情况"), 0),
    )
    for letter, limit, label, labels in limits:
        cells = f"{letter}{FIRST_TASK_ROW}:{letter}{last_row}"
        validation = DataValidation(
            type="textLength",
            operator="lessThanOrEqual",
            formula1=str(HARD_TEXT_CAP),
            allow_blank=True,
            showInputMessage=True,
            showErrorMessage=True,
            errorStyle="stop",
            promptTitle=label[:32],
            prompt=tr("Excel", "{0}字以内（标点计入，空格和换行不计）。超出的字数在导入时会标出。").format(limit),
            errorTitle=tr("Excel", "文字太长"),
            error=tr("Excel", "这一格最多 {0} 字，规定为 {1} 字以内。请精简后再填。").format(HARD_TEXT_CAP, limit),
        )
        validation.add(cells)
        ws.add_data_validation(validation)
        first = f"{letter}{FIRST_TASK_ROW}"
        # Characters as the ledger counts them: spaces, full-width spaces and line breaks do not count.
        counted = f'LEN(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE({first}," ",""),CHAR(10),""),"　",""))'
        ws.conditional_formatting.add(
            cells, FormulaRule(formula=[f"{counted}>{limit + labels}"], font=_OVER_FONT)
        )
