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
    REFERENCE_COLUMN,
    REFERENCE_HEADING,
    SHEET_TITLE,
)
from desktop.excel.identity import KIND_SECTION, KIND_TASK, FormIdentity, FormTask, write_identity
from desktop.i18n import tr
from desktop.models.task import DIFFICULTY_LABEL, DIFFICULTY_LIMIT, PROGRESS_LIMIT, RESULT_LABEL

#: A hard cap for the spreadsheet's own check; the real limits (200, 300) are checked on import.
HARD_TEXT_CAP = 2000

_WIDTHS = {"A": 7, "B": 22, "C": 40, "D": 50, "E": 12, "F": 14, REFERENCE_COLUMN: 40}
_COLUMNS = tuple(_WIDTHS)
#: Text past the limit turns red on screen and on paper; a fill would make the printout hard to read.
_OVER_FONT = Font(color="C00000")
_REFERENCE_FONT = Font(name="宋体", size=10, color="808080")


@dataclass(frozen=True)
class FormRow:
    """A task as a form shows it, read by :mod:`desktop.services.forms_export`."""

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
    #: The last accepted 进展情况, shown beside the cell to fill in (read-only, ignored by the import).
    reference_text: str = ""
    #: Each extended item's “措施：原定 6 月 30 日，经批准延至 7 月 15 日”, shown in the reference column.
    extensions: tuple[str, ...] = ()

    @property
    def reference_cell(self) -> str:
        """The reference column: the last accepted progress, then the deadlines moved by an approved extension."""
        lines = [tr("Excel", "【延期】{0}").format(line) for line in self.extensions]
        return "\n".join(([self.reference_text] if self.reference_text else []) + lines)


@dataclass(frozen=True)
class FormSection:
    id: int
    name: str
    short_name: str
    position: int

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class FormSnapshot:
    """What the forms of one export are made of: the plan, its tasks and its departments."""

    database_id: str
    plan_id: int
    plan_doc_number: str
    plan_title: str
    office: str
    rows: list[FormRow]
    departments: dict[int, FormSection]


def write_task_form(
    snapshot: FormSnapshot, out_dir: str | Path, period: str, deadline: dt.date | None, *, overwrite: bool = False
) -> Path:
    """The form of the one task in *snapshot* written to *out_dir*; returns the file written."""
    row = snapshot.rows[0]
    leads = [snapshot.departments[i] for i in row.lead_ids if i in snapshot.departments]
    path = Path(out_dir) / _file_name(row.code, period)
    if not overwrite:
        refuse_existing([path])
    identity = _identity(snapshot, KIND_TASK, "、".join(s.name for s in leads), period, deadline, [row])
    return save_workbook(_form(snapshot, identity, [row]), path)


def write_section_forms(
    snapshot: FormSnapshot,
    wanted: FormSection | None,
    out_dir: str | Path,
    period: str,
    deadline: dt.date | None,
    *,
    overwrite: bool = False,
    unassigned_form: bool = True,
) -> list[Path]:
    """One workbook per lead section of *snapshot*'s tasks, written to *out_dir*; only *wanted*'s when given.

    Tasks that have no lead section go to a workbook of their own when every section's forms
    are made, unless *unassigned_form* is False. Raises :class:`UserError` when there is nothing
    to hand out, so the person always learns why no file appeared.
    """
    groups: dict[int | None, list[FormRow]] = defaultdict(list)
    for row in snapshot.rows:
        for lead_id in row.lead_ids or (None,):
            groups[lead_id].append(row)
    if not unassigned_form and groups.pop(None, None) and not groups and wanted is None:
        raise UserError(tr("Excel", "所有未办结的任务都没有指定牵头科室，没有生成台帐。请先在任务页为它们指定牵头科室。"))
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
    jobs: list[tuple[Path, FormIdentity, list[FormRow]]] = []
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


def check_period(period: str) -> str:
    """*period* (报送期次) trimmed; UserError when it is empty or too long."""
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
    snapshot: FormSnapshot, kind: str, section: str, period: str, deadline: dt.date | None, rows: list[FormRow]
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


def _write_head(ws, snapshot: FormSnapshot, identity: FormIdentity) -> None:
    """Rows 1–3: the title, the round (期次, 截止, 科室) and the instructions."""
    last_column = _COLUMNS[-1]
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


def _form(snapshot: FormSnapshot, identity: FormIdentity, rows: list[FormRow]) -> Workbook:
    workbook = Workbook()
    ws = workbook.active
    ws.title = SHEET_TITLE
    last_column = _COLUMNS[-1]
    set_widths(ws, _WIDTHS)

    _write_head(ws, snapshot, identity)

    for letter, heading in zip(_COLUMNS, (*HEADINGS, REFERENCE_HEADING)):
        set_text(ws[f"{letter}{HEADING_ROW}"], heading)
    style_heading_row(ws, HEADING_ROW, _COLUMNS)
    ws.row_dimensions[HEADING_ROW].height = 36

    room = line_count("字" * PROGRESS_LIMIT, _WIDTHS[PROGRESS_COLUMN])
    for number, row in enumerate(rows):
        r = FIRST_TASK_ROW + number
        values = (row.code, row.title, row.difficulty_text, row.progress_text, row.unit, row.person, row.reference_cell)
        for letter, value in zip(_COLUMNS, values):
            cell = set_text(ws[f"{letter}{r}"], value)
            cell.font = BODY_FONT
            cell.border = BORDER
            cell.alignment = WRAP
            if letter in (DIFFICULTY_COLUMN, PROGRESS_COLUMN):
                cell.protection = Protection(locked=False)
            else:
                cell.fill = LOCKED_FILL
        ws[f"{REFERENCE_COLUMN}{r}"].font = _REFERENCE_FONT
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
