"""Reading a new notice's attachment tables (附件 2 攻坚台帐, 附件 3 督察清单, 附件 4 宣传推广清单) from an .xlsx.

The layout is the seed notice's: one sheet per table, a header row with 序号 and the
notice's column headings (改革攻坚落实事项 / 需要攻坚突破的难点堵点及预期成果 / 责任部门 / 责任人;
督查事项 / 督查内容 / 督查主体 / 督查对象 / 时间 / 市科技局工作计划; 事项 / 宣传推广内容 /
责任单位 / 市科技局工作计划), the title rows above it ignored. Which table a sheet holds is read
from its headings; a 附件 2 sheet named like 附件2-1 gives its task the code 2-1. The file is
opened as safely as a returned ledger form (:func:`desktop.excel.importing.open_workbook`).
Plain data out; the service compares it with the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.excel.importing import cell_text, file_error, open_workbook
from desktop.i18n import tr
from desktop.text import normalize

_HEADER_SEARCH_ROWS = 15
TASKS, INSPECTIONS, QUOTAS = "tasks", "inspections", "quotas"

#: Each table's columns: field → words its heading contains (or, with a leading "=", is).
COLUMNS: dict[str, dict[str, str]] = {
    TASKS: {"title": "改革攻坚落实事项", "difficulty": "难点堵点", "group": "专项小组", "unit": "责任部门",
            "person": "责任人"},
    INSPECTIONS: {"item": "督查事项", "content": "督查内容", "inspector": "督查主体", "inspected": "督查对象",
                  "time": "=时间", "plan": "工作计划"},
    QUOTAS: {"kind": "=事项", "content": "宣传推广内容", "responsible": "责任单位", "plan": "工作计划"},
}
#: The heading that tells which table a sheet is.
_MARKS = {TASKS: "改革攻坚落实事项", INSPECTIONS: "督查事项", QUOTAS: "宣传推广内容"}


@dataclass(frozen=True)
class NoticeRow:
    """One row of an attachment table: where it is, its 序号 and its cells by field."""

    table: str
    sheet: str
    row: int
    seq: str
    values: dict[str, str]
    #: A 附件 2 sheet's task code from its name (2-1), "" when the name gives none.
    code: str = ""


@dataclass
class NoticeTables:
    path: Path
    rows: list[NoticeRow] = field(default_factory=list)
    #: Sheets that hold none of the three tables.
    skipped_sheets: list[str] = field(default_factory=list)

    def of(self, table: str) -> list[NoticeRow]:
        return [row for row in self.rows if row.table == table]


def _matches(heading: str, words: str) -> bool:
    return heading == words[1:] if words.startswith("=") else words in heading


def _header(grid: list[tuple[int, list]]) -> tuple[int, str, dict[str, int]] | None:
    """The header row's index in *grid*, the table it names and each field's column."""
    for index, (_number, values) in enumerate(grid[:_HEADER_SEARCH_ROWS]):
        headings = [normalize(cell_text(v)).replace(" ", "") for v in values]
        if "序号" not in headings:
            continue
        table = next((t for t, mark in _MARKS.items() if any(mark in h for h in headings)), None)
        if table is None:
            continue
        columns = {"seq": headings.index("序号")}
        for name, words in COLUMNS[table].items():
            found = next((i for i, h in enumerate(headings) if _matches(h, words)), None)
            if found is not None:
                columns[name] = found
        return index, table, columns
    return None


def _sheet_rows(title: str, grid: list[tuple[int, list]]) -> list[NoticeRow] | None:
    header = _header(grid)
    if header is None:
        return None
    index, table, columns = header
    code = re.search(r"(\d+\s*-\s*\d+)", title)
    rows = []
    main = {TASKS: "title", INSPECTIONS: "item", QUOTAS: "kind"}[table]
    for number, values in grid[index + 1:]:
        cells = {name: cell_text(values[col]) if col < len(values) else "" for name, col in columns.items()}
        if table == TASKS and rows and cells["seq"].startswith("要求"):
            rows[-1].values["requirement"] = cells["seq"]  # the line under the table: the task's requirement
            continue
        if not cells.get(main) or cells["seq"] == "序号":
            continue  # a blank row, a repeated header on the next page
        rows.append(NoticeRow(table, title, number, cells.pop("seq"), cells,
                              code.group(1).replace(" ", "") if code and table == TASKS else ""))
    return rows


def read_notice_tables(path: Path) -> NoticeTables:
    """The attachment tables of the workbook at *path*; a file holding none of them is refused."""
    _data, workbook = open_workbook(path, tr("NoticeImport", "文件太大（{0} MB），不像是通知的附件表格。"), data_only=True)
    tables = NoticeTables(path)
    try:
        for sheet in workbook.worksheets:
            if sheet.sheet_state != "visible":
                continue
            grid = [(number, list(values)) for number, values in enumerate(sheet.iter_rows(values_only=True), 1)]
            rows = _sheet_rows(sheet.title, grid)
            if rows is None:
                tables.skipped_sheets.append(sheet.title)
            else:
                tables.rows.extend(rows)
    finally:
        workbook.close()
    if not tables.rows:
        raise file_error(path, tr(
            "NoticeImport",
            "没有找到附件表格：需要含“序号”和“改革攻坚落实事项”（附件 2）、“督查事项”（附件 3）或“宣传推广内容”（附件 4）的表头行。",
        ))
    return tables
