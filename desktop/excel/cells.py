"""What every workbook Duban writes shares: safe text cells, dates, sizes, print setup, saving.

Text is always stored as text. openpyxl turns a string that begins with ``=`` into a
formula, and Excel, WPS and LibreOffice re-read ``+``, ``-`` and ``@`` as the start of
one when a cell is edited; a task titled ``=SUM(A1)`` must reach the section as those
eight characters, so such cells are written as strings with Excel's quote prefix.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from pathlib import Path

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook import Workbook
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from desktop.errors import TargetExistsError
from desktop.files import exists, whole_file
from desktop.i18n import tr

FORMULA_STARTS = ("=", "+", "-", "@")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
#: Excel's tallest row, in points.
MAX_ROW_HEIGHT = 409
#: Points a wrapped line of 11-point CJK text takes, with the leading the fonts add.
LINE_HEIGHT = 15.5

BODY_FONT = Font(name="宋体", size=11)
BOLD_FONT = Font(name="宋体", size=11, bold=True)
HEADING_FONT = Font(name="黑体", size=11, bold=True)
TITLE_FONT = Font(name="黑体", size=16, bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
WRAP_CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")
HEADING_FILL = PatternFill("solid", fgColor="D9D9D9")
#: The grey of cells a section must not change.
LOCKED_FILL = PatternFill("solid", fgColor="F2F2F2")
_THIN = Side(style="thin", color="808080")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

# Characters XML 1.0 cannot hold; openpyxl refuses them rather than writing a broken file.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_FILE_NAME_BAD = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def set_text(cell: Cell, text: str | None) -> Cell:
    """Store *text* as text, never as a formula, whatever it begins with."""
    text = _ILLEGAL.sub("", text or "")
    cell.value = text or None
    if text.startswith(FORMULA_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def set_value(cell: Cell, value) -> Cell:
    """Store a text, a number, a date (as a real Excel date) or a yes/no."""
    if value is None or isinstance(value, str):
        return set_text(cell, value)
    if isinstance(value, bool):
        return set_text(cell, tr("Excel", "是") if value else tr("Excel", "否"))
    cell.value = value
    if isinstance(value, dt.datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    return cell


def text_width(text: str) -> int:
    """Width of one line in Excel's column units: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def line_count(text: str | None, column_width: float) -> int:
    """Lines *text* wraps to in a column *column_width* units wide."""
    usable = max(column_width - 1.5, 1.0)
    return sum(max(1, math.ceil(text_width(part) / usable)) for part in (text or "").split("\n"))


def fit_row_height(ws: Worksheet, row: int, widths: dict[str, float], min_lines: int = 1) -> None:
    """Set *row*'s height so that its wrapped text shows whole.

    Excel does not grow rows to fit wrapped text a program wrote; LibreOffice does,
    but the section may open the form in either.
    """
    lines = min_lines
    for letter, width in widths.items():
        value = ws[f"{letter}{row}"].value
        if isinstance(value, str):
            lines = max(lines, line_count(value, width))
    ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, round(lines * LINE_HEIGHT + 6, 1))


def set_widths(ws: Worksheet, widths: dict[str, float]) -> None:
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width


def a4_print_setup(ws: Worksheet, title_rows: str, *, landscape: bool = True) -> None:
    """A4, fitted to the page width, the heading row repeated on every page, page numbers below."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.7, header=0.3, footer=0.3)
    ws.oddFooter.center.text = tr("Excel", "第 &P 页，共 &N 页")
    ws.oddFooter.center.size = 9


def style_heading_row(ws: Worksheet, row: int, columns: Iterable[str]) -> None:
    for letter in columns:
        cell = ws[f"{letter}{row}"]
        cell.font = HEADING_FONT
        cell.fill = HEADING_FILL
        cell.alignment = WRAP_CENTRE
        cell.border = BORDER


def safe_file_name(name: str, *, limit: int = 120) -> str:
    """*name* made fit for a Windows file name: no \\ / : * ? " < > |, no trailing dots or spaces."""
    cleaned = _FILE_NAME_BAD.sub("_", name).strip().rstrip(". ")
    cleaned = re.sub(r"_+", "_", cleaned)[:limit].rstrip(". ")
    if not cleaned:
        cleaned = "_"
    if cleaned.split(".")[0].upper() in _WINDOWS_RESERVED:
        cleaned = "_" + cleaned
    return cleaned


def refuse_existing(paths: Iterable[Path]) -> None:
    """Raise before anything is written when any of *paths* already exists."""
    existing = [p for p in paths if exists(p)]
    if existing:
        names = "、".join(p.name for p in existing[:3]) + ("……" if len(existing) > 3 else "")
        raise TargetExistsError(
            tr("Excel", "文件 {0} 已存在于 {1}。督办台不会覆盖已有文件；请换一个文件夹，或先移走旧文件。").format(
                names, existing[0].parent
            )
        )


def save_workbook(workbook: Workbook, path: Path) -> Path:
    """Write *workbook* to *path* whole or not at all: a half-written form on the share is worse than none.

    Missing folders above *path* are created. Any failure is a :class:`UserError`
    (:func:`desktop.files.write_error`); an existing file of that name is then left as it was.
    """
    with whole_file(path, make_folder=True) as stream:
        _write_xlsx(workbook, stream)
    return path


def _write_xlsx(workbook: Workbook, stream) -> None:
    """What ``workbook.save`` does, into *stream*, closing the zip archive when writing fails too.

    openpyxl leaves its ``ZipFile`` open when a write fails (a full disk); the archive's
    ``__del__`` then writes again, fails again and prints "Exception ignored … Traceback".
    """
    archive = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    workbook.properties.modified = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    try:
        ExcelWriter(workbook, archive).save()
    except BaseException:
        with contextlib.suppress(Exception):
            archive.close()
        archive.fp = None  # closed, or refused to close: either way it must not write again later
        raise
