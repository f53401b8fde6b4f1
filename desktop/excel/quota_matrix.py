"""The quota matrix as an Excel workbook: coloured cells, frozen header, a legend."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop.excel.cells import save_workbook
from desktop.i18n import tr
from desktop.quotas.matrix import CellState, Matrix

#: Cell fills by state (the same colours as the tab).
FILLS = {
    CellState.MET: "C8E6C9",
    CellState.SHORT: "FFCDD2",
    CellState.PENDING: "FFF3C4",
    CellState.IN_PERIOD: "EEF3F8",
    CellState.NONE: "FFFFFF",
}


def state_labels() -> dict[CellState, str]:
    return {
        CellState.MET: tr("Quotas", "已完成"),
        CellState.SHORT: tr("Quotas", "欠缺"),
        CellState.PENDING: tr("Quotas", "未到期"),
        CellState.IN_PERIOD: tr("Quotas", "期内"),
        CellState.NONE: tr("Quotas", "不计"),
    }


def cell_text(cell) -> str:
    text = cell.text()
    if cell.carried:
        text += tr("Quotas", "（含结转{0}）").format(cell.carried)
    return text


def export_matrix(matrix: Matrix, path: str | Path, *, title: str, kind_label: str, today: dt.date) -> Path:
    """Write *matrix* to *path* (.xlsx) whole or not at all; :class:`UserError` when it cannot be written."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = tr("Quotas", "完成情况")
    months = [tr("Quotas", "{0}月").format(m) for m in range(1, 13)]
    headings = [tr("Quotas", "科室")] + months + [tr("Quotas", "合计（已报/应报）"), tr("Quotas", "欠缺")]
    width = len(headings)
    sheet.cell(1, 1, title).font = Font(bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.cell(1, 1).alignment = Alignment(horizontal="center")
    sheet.cell(2, 1, tr("Quotas", "事项：{0}　　统计截至：{1}").format(kind_label, today.isoformat()))
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    header_row = 3
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column, heading in enumerate(headings, 1):
        cell = sheet.cell(header_row, column, heading)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE3EA")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    labels = state_labels()
    for offset, row in enumerate(matrix.rows, 1):
        number = header_row + offset
        name = sheet.cell(number, 1, row.name)
        name.border = border
        if row.is_bureau:
            name.font = Font(bold=True)
        for month, cell in enumerate(row.cells, 2):
            target = sheet.cell(number, month, cell_text(cell))
            target.fill = PatternFill("solid", fgColor=FILLS[cell.state])
            target.alignment = Alignment(horizontal="center")
            target.border = border
            if cell.state is CellState.SHORT:
                target.font = Font(color="9C0006", bold=True)
        total = sheet.cell(number, 14, row.total_text())
        total.alignment = Alignment(horizontal="center")
        total.border = border
        short = sheet.cell(number, 15, row.outstanding or "")
        short.alignment = Alignment(horizontal="center")
        short.border = border
        if row.outstanding:
            short.font = Font(color="9C0006", bold=True)
    legend_row = header_row + len(matrix.rows) + 2
    sheet.cell(legend_row, 1, tr("Quotas", "图例：")).font = Font(bold=True)
    for column, state in enumerate(
        (CellState.MET, CellState.SHORT, CellState.PENDING, CellState.IN_PERIOD, CellState.NONE), 2
    ):
        cell = sheet.cell(legend_row, column, labels[state])
        cell.fill = PatternFill("solid", fgColor=FILLS[state])
        cell.border = border
        cell.alignment = Alignment(horizontal="center")
    sheet.cell(legend_row + 1, 1, tr("Quotas", "“已报/应报”写在各周期到期的月份；期内月份只写当月已报条数。"))
    sheet.column_dimensions["A"].width = 16
    for column in range(2, 14):
        sheet.column_dimensions[get_column_letter(column)].width = 9
    sheet.column_dimensions["N"].width = 16
    sheet.column_dimensions["O"].width = 8
    sheet.freeze_panes = sheet.cell(header_row + 1, 2)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.print_title_rows = f"{header_row}:{header_row}"
    return save_workbook(workbook, path)
