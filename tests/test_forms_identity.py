"""The identity a ledger form carries (a hidden sheet and document properties), read back after other programs saved it."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from desktop.errors import UserError
from desktop.excel.identity import FORM_FORMAT, FormIdentity, FormIdentityError, FormTask, read_identity, write_identity


def an_identity(**changes) -> FormIdentity:
    values = dict(
        database_id="0f6c3e52-8d1f-4a57-9a0e-3c2b1f1d9e77",
        plan_id=3,
        plan_doc_number="柳科通〔2022〕20号",
        kind="section",
        section="发展规划与资源配置科",
        period="2022年5月",
        deadline=dt.date(2022, 5, 25),
        made_at=dt.datetime(2022, 5, 6, 9, 30, 0),
        tasks=[FormTask(7, "2-1", "柳州市建立“三制一补”机制", 4, 12), FormTask(9, "2-3", "=新任务", 1, None)],
    )
    values.update(changes)
    return FormIdentity(**values)


def saved_and_loaded(workbook, path):
    workbook.save(path)
    return load_workbook(path)


def test_identity_round_trip(tmp_path):
    workbook = Workbook()
    identity = an_identity()
    write_identity(workbook, identity)
    assert read_identity(saved_and_loaded(workbook, tmp_path / "a.xlsx")) == identity


def test_identity_survives_a_resave_by_another_program(tmp_path):
    """What LibreOffice and WPS hand back: floats for numbers, a merely hidden sheet, empty cells as None."""
    workbook = Workbook()
    identity = an_identity()
    write_identity(workbook, identity)
    loaded = saved_and_loaded(workbook, tmp_path / "a.xlsx")
    sheet = loaded["_duban"]
    sheet.sheet_state = "hidden"
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, int):
                cell.value = float(cell.value)
    sheet["B8"].value = None  # the deadline cell emptied
    sheet["B2"].value = " 0f6c3e52-8d1f-4a57-9a0e-3c2b1f1d9e77 "
    sheet["B9"].value = dt.datetime(2022, 5, 6, 9, 30)  # a program that reads ISO text as a date
    assert sheet["B3"].value == 3.0 and isinstance(sheet["B3"].value, float)
    assert read_identity(loaded) == an_identity(deadline=None)
    resaved = saved_and_loaded(loaded, tmp_path / "b.xlsx")
    assert resaved["_duban"].sheet_state == "hidden"
    assert read_identity(resaved) == an_identity(deadline=None)


def test_identity_falls_back_on_the_document_properties(tmp_path):
    workbook = Workbook()
    write_identity(workbook, an_identity())
    workbook["_duban"]["B2"].value = None
    workbook["_duban"]["B3"].value = None
    assert read_identity(saved_and_loaded(workbook, tmp_path / "a.xlsx")) == an_identity()


def test_a_workbook_without_identity_is_not_a_form(tmp_path):
    workbook = Workbook()
    workbook.active["A1"] = "序号"
    assert read_identity(saved_and_loaded(workbook, tmp_path / "a.xlsx")) is None


def test_identity_copied_away_from_its_sheet_is_reported(tmp_path):
    workbook = Workbook()
    write_identity(workbook, an_identity())
    del workbook["_duban"]
    with pytest.raises(FormIdentityError, match="识别信息已丢失"):
        read_identity(saved_and_loaded(workbook, tmp_path / "a.xlsx"))


@pytest.mark.parametrize(
    "ref, value, words",
    [
        ("A1", "something else", "已损坏"),
        ("B3", "三", "缺少计划编号"),
        ("B5", "person", "表格类型"),
        ("B8", "5月25日", "报送截止日期"),
        ("B9", None, "缺少生成时间"),
        ("A10", "task list", "缺少任务清单"),
        ("D11", "v4", "任务清单第 1 行"),
    ],
)
def test_a_damaged_identity_is_a_clear_error(tmp_path, ref, value, words):
    workbook = Workbook()
    write_identity(workbook, an_identity())
    workbook["_duban"][ref].value = value
    with pytest.raises(FormIdentityError, match=words) as info:
        read_identity(saved_and_loaded(workbook, tmp_path / "a.xlsx"))
    assert isinstance(info.value, UserError)


def test_a_form_from_a_newer_duban_is_refused(tmp_path):
    workbook = Workbook()
    write_identity(workbook, an_identity())
    workbook["_duban"]["B1"].value = FORM_FORMAT + 1
    with pytest.raises(FormIdentityError, match="更新版本的督办台"):
        read_identity(saved_and_loaded(workbook, tmp_path / "a.xlsx"))
