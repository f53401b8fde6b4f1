"""Reading a returned ledger form (攻坚台帐) safely, before anything is written.

Everything a section can do to a file is met with a message that names the file and,
where it applies, the sheet and cell: an old .xls or WPS .et file, a password, a
broken or oversized zip, a workbook that is not a ledger form, a changed header row,
a formula in a text cell. XML is parsed through defusedxml (openpyxl uses it when it
is installed) and the unpacked size is limited before openpyxl sees the file. This module
loads openpyxl; the window imports it only when forms are imported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.cell.read_only import EmptyCell
from openpyxl.utils import get_column_letter

from desktop.errors import UserError
from desktop.excel.form_layout import HEADINGS
from desktop.excel.identity import read_identity
from desktop.i18n import tr
from desktop.text import normalize

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER_SEARCH_ROWS = 15


class FormError(UserError):
    """A returned file that cannot be read as a ledger form; the message says where and why."""


def _heading_key(text: str | None) -> str:
    # 附件 2-2 writes the limits in the heading (“…（200 以内）”); the form may too.
    return re.sub(r"\(\d+(字)?(以内)?\)", "", normalize(text))


@dataclass(frozen=True)
class FormRow:
    row: int
    code: str
    title: str
    difficulties: str
    progress: str
    progress_cell: str
    #: The progress cell held a formula (its text cannot be trusted).
    formula: bool = False


@dataclass
class ParsedForm:
    path: Path
    sha256: str
    sheet: str
    identity: object | None
    rows: list[FormRow] = field(default_factory=list)


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_error(path: Path, message: str) -> FormError:
    """The error for a file that cannot be read, naming the file."""
    return FormError(tr("Import", "{0}：{1}").format(path.name, message))


def _check_container(path: Path, data: bytes) -> None:
    suffix = path.suffix.lower()
    if data[:8] == _OLE_MAGIC:
        if suffix in (".xls", ".et"):
            raise file_error(path, tr("Import", "这是旧格式（.xls / .et）的表格。请在 Excel 或 WPS 中“另存为” .xlsx 格式后再导入。"))
        raise file_error(path, tr("Import", "文件设置了打开密码（已加密）。请在 Excel 或 WPS 中取消密码、另存后再导入。"))
    if suffix in (".xls", ".et"):
        raise file_error(path, tr("Import", "这是旧格式（.xls / .et）的表格。请另存为 .xlsx 格式后再导入。"))
    if not zipfile.is_zipfile(path):
        raise file_error(path, tr("Import", "不是 Excel 表格（.xlsx），或文件已损坏。"))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(m.file_size for m in members)
            packed = sum(m.compress_size for m in members) or 1
            names = {m.filename for m in members}
    except zipfile.BadZipFile:
        raise file_error(path, tr("Import", "文件已损坏，无法打开。请让报送科室重新发送。")) from None
    if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_RATIO:
        raise file_error(path, tr("Import", "文件解压后异常庞大，可能是恶意文件，已拒绝导入。"))
    if "xl/workbook.xml" not in names:
        raise file_error(path, tr("Import", "不是 Excel 表格（.xlsx）。"))


def cell_text(value) -> str:
    """A cell's value as the text typed into it (a date as ISO, a whole float as an integer)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        # a date typed into a text cell, turned into a date by the spreadsheet program
        value = value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ", timespec="minutes")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def open_workbook(path: Path, too_big: str, *, data_only: bool = False):
    """Read *path* and open it as a workbook, or raise :class:`FormError` saying what is wrong.

    Refuses a file over :data:`MAX_FILE_BYTES` (with *too_big*, a message taking the size in
    MB), one that is not an Excel container, and one defusedxml refuses. Returns the file's
    bytes and the workbook, opened read-only (streamed: quicker and lighter).
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise file_error(path, too_big.format(size // (1024 * 1024)))
        data = path.read_bytes()
    except FileNotFoundError:
        raise file_error(path, tr("Import", "找不到这个文件。")) from None
    except OSError as exc:
        raise file_error(path, tr("Import", "无法读取：{0}").format(exc.strerror or exc)) from None
    _check_container(path, data)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=data_only, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for broken files
        if _refused_by_defusedxml(exc):
            raise file_error(path, tr("Import", "文件中含有被禁止的 XML 实体，可能是恶意文件，已拒绝导入。")) from None
        raise file_error(path, tr("Import", "文件已损坏，无法读取（{0}）。").format(type(exc).__name__)) from None
    return data, workbook


def read_grid(path: Path, too_big: str) -> tuple[str, list[tuple[int, list]]]:
    """The first visible sheet's name and its rows as (row number, values); *too_big* as for :func:`open_workbook`."""
    _data, workbook = open_workbook(path, too_big, data_only=True)
    try:
        sheet = next((ws for ws in workbook.worksheets if ws.sheet_state == "visible"), None)
        if sheet is None:
            raise file_error(path, tr("Import", "表格中没有可见的工作表。"))
        rows = [(number, list(values)) for number, values in enumerate(sheet.iter_rows(values_only=True), 1)]
        return sheet.title, rows
    finally:
        workbook.close()


def read_form(path: Path) -> ParsedForm:
    """Parse one returned file; raises :class:`FormError` for anything that is not a usable form."""
    path = Path(path)
    data, workbook = open_workbook(path, tr("Import", "文件太大（{0} MB），不像是台帐表格。"))
    try:
        return _parse(path, data, workbook, read_identity(workbook))
    finally:
        workbook.close()


def _parse(path: Path, data: bytes, workbook, identity) -> ParsedForm:
    sheet = next((ws for ws in workbook.worksheets if ws.sheet_state == "visible"), None)
    if sheet is None:
        raise file_error(path, tr("Import", "表格中没有可见的工作表。"))
    # One pass over the sheet: in read-only mode every iter_rows() parses the XML again.
    grid = [list(row) for row in sheet.iter_rows(max_col=len(HEADINGS) + 4)]
    header_index, columns = _find_header(path, sheet.title, grid, strict=identity is not None)
    parsed = ParsedForm(path=path, sha256=file_hash(data), sheet=sheet.title, identity=identity)
    width = max(columns.values())
    for row in grid[header_index + 1 :]:
        cells = [c if not isinstance(c, EmptyCell) else None for c in row] + [None] * width
        if all(c is None for c in cells[:width]):
            continue

        def value(heading: int):
            column = columns.get(heading)
            cell = cells[column - 1] if column else None
            return cell.value if cell is not None else None

        code, title, difficulties, progress = (value(i) for i in range(4))
        if all(cell_text(v) == "" for v in (code, title, difficulties, progress)):
            continue
        progress_cell = cells[columns[3] - 1]
        formula = progress_cell is not None and progress_cell.data_type == "f"
        number = next(c.row for c in cells if c is not None)
        parsed.rows.append(
            FormRow(
                row=number,
                code=cell_text(code),
                title=cell_text(title),
                difficulties=cell_text(difficulties),
                progress="" if formula else cell_text(progress),
                progress_cell=f"{get_column_letter(columns[3])}{number}",
                formula=formula,
            )
        )
    if not parsed.rows:
        raise file_error(path, tr("Import", "工作表“{0}”表头下面没有任务行。").format(sheet.title))
    return parsed


def _refused_by_defusedxml(exc: BaseException | None) -> bool:
    """Whether defusedxml stopped a DTD, an entity or an external reference somewhere in the chain."""
    from defusedxml import DefusedXmlException

    while exc is not None:
        if isinstance(exc, DefusedXmlException):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _find_header(path: Path, title: str, grid: list[list], *, strict: bool) -> tuple[int, dict[int, int]]:
    """The header row's index in *grid* and where each heading is: heading index → column number.

    A form Duban made (*strict*) must keep its six headings in columns A–F; a changed one
    is named by its cell. A table a section copied from the notice may differ (附件 2-2
    has a 专项小组 column): its columns are found by their headings.
    """
    wanted = [_heading_key(h) for h in HEADINGS]
    best_index, best_row, best_hits = -1, None, 0
    for index, row in enumerate(grid[:_HEADER_SEARCH_ROWS]):
        row = [c for c in row if not isinstance(c, EmptyCell)]
        keys = {_heading_key(c.value) for c in row}
        hits = sum(1 for want in wanted if want in keys)
        if hits > best_hits:
            best_index, best_row, best_hits = index, row, hits
    if best_row is None or best_hits < 2:
        raise file_error(
            path,
            tr("Import", "工作表“{0}”中找不到台帐表头（序号、改革攻坚落实事项……），这不是攻坚台帐表格。").format(title),
        )
    row_number = best_row[0].row
    if strict:
        by_column = {c.column: c for c in best_row}
        for column, (want, heading) in enumerate(zip(wanted, HEADINGS), start=1):
            cell = by_column.get(column)
            found = cell_text(cell.value) if cell is not None else ""
            if _heading_key(found) != want:
                raise file_error(
                    path,
                    tr("Import", "工作表“{0}”第 {1} 行 {2} 列的表头被改成了“{3}”，应为“{4}”。请恢复表头后再导入。").format(
                        title, row_number, get_column_letter(column), found, heading
                    ),
                )
        return best_index, {index: index + 1 for index in range(len(HEADINGS))}
    columns = {}
    for cell in best_row:
        key = _heading_key(cell.value)
        if key in wanted and wanted.index(key) not in columns:
            columns[wanted.index(key)] = cell.column
    for needed in (1, 3):  # the task's title and its progress
        if needed not in columns:
            raise file_error(
                path,
                tr("Import", "工作表“{0}”第 {1} 行缺少表头“{2}”。请按附件 2 的表头填写后再导入。").format(
                    title, row_number, HEADINGS[needed]
                ),
            )
    return best_index, columns
