"""Helpers of the Excel export tests: the ledger forms and the whole plan's workbook."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

from openpyxl import load_workbook

from desktop.cli import main
from desktop.services.forms_export import find_task_id

PERIOD = "2022年5月"
DEADLINE = dt.date(2022, 5, 25)
REPORT_2_1 = "1.根据《柳州市科技项目揭榜制工作管理办法（试行）》"


def task_id(database, plan_id, code):
    return find_task_id(database, plan_id, code)


def form_sheet(path):
    workbook = load_workbook(path)
    return workbook, workbook.worksheets[0]


def cell_xml(path, sheet_index: int, ref: str) -> str:
    """The raw XML of one cell, as Excel, WPS and LibreOffice will read it."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(f"xl/worksheets/sheet{sheet_index}.xml").decode("utf-8")
    match = re.search(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', xml, re.S)
    assert match, f"no cell {ref}"
    return match.group(0)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误："), err
    return lines[0]
