"""Workbooks of plain sheets: a heading row, rows of values, column widths (the whole-plan export).

Each sheet gets its heading row frozen and filtered, wrapped text, column widths, real Excel
dates and an A4 print setup, so the office can sort, filter and print without reformatting
anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from desktop.errors import UserError
from desktop.excel.cells import (
    BODY_FONT,
    WRAP,
    a4_print_setup,
    fit_row_height,
    refuse_existing,
    save_workbook,
    set_value,
    set_widths,
    style_heading_row,
)
from desktop.i18n import tr


@dataclass(frozen=True)
class Column:
    heading: str
    width: float
    #: Long text that wraps (and makes the row taller).
    wrap: bool = False


@dataclass
class Sheet:
    title: str
    columns: list[Column]
    rows: list[tuple]


def check_target(out_path: str | Path, *, overwrite: bool = False) -> Path:
    """*out_path* as a Path, after checking it names an .xlsx file that may be written.

    Refuses to replace an existing file unless *overwrite* (the save dialog has asked).
    """
    out_path = Path(out_path)
    if out_path.suffix.lower() != ".xlsx":
        raise UserError(tr("Excel", "导出文件名应以 .xlsx 结尾：{0}").format(out_path))
    if not overwrite:
        refuse_existing([out_path])
    return out_path


def write_workbook(out_path: Path, title: str, sheets: list[Sheet]) -> Path:
    """Write *sheets* as one workbook titled *title* to *out_path*; returns the file written."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in sheets:
        _write_sheet(workbook, sheet)
    workbook.properties.title = title
    workbook.properties.creator = tr("Excel", "督办台 Duban")
    return save_workbook(workbook, out_path)


def _write_sheet(workbook: Workbook, sheet: Sheet) -> None:
    ws = workbook.create_sheet(sheet.title)
    letters = [get_column_letter(i) for i in range(1, len(sheet.columns) + 1)]
    set_widths(ws, {letter: column.width for letter, column in zip(letters, sheet.columns)})
    for letter, column in zip(letters, sheet.columns):
        set_value(ws[f"{letter}1"], column.heading)
    style_heading_row(ws, 1, letters)
    ws.row_dimensions[1].height = 24
    wrapped = {letter: column.width for letter, column in zip(letters, sheet.columns) if column.wrap}
    for row_number, values in enumerate(sheet.rows, start=2):
        for letter, value in zip(letters, values):
            cell = set_value(ws[f"{letter}{row_number}"], value)
            cell.font = BODY_FONT
            cell.alignment = WRAP
        fit_row_height(ws, row_number, wrapped)
    last_row = max(len(sheet.rows) + 1, 1)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{letters[-1]}{last_row}"
    a4_print_setup(ws, "1:1")
    ws.print_options.gridLines = True
