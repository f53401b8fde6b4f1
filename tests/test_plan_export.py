"""Exporting the whole plan to one Excel workbook (台帐), from the services and from the command line."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from desktop.cli import EXIT_OK, EXIT_USER_ERROR
from desktop.errors import UserError
from desktop.services.plan_export import export_ledger
from desktop.services.tasks import create_task
from desktop.services.workspace import current_plan
from excel_files import REPORT_2_1, cell_xml, one_line_error, run


@pytest.fixture
def plan_id(sample_db) -> int:
    return current_plan(sample_db).id


# -- the whole plan -------------------------------------------------------------------------


def test_the_ledger_export_has_a_sheet_for_each_part_of_the_plan(sample_db, plan_id, tmp_path):
    path = export_ledger(sample_db, plan_id, tmp_path / "台帐.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["任务", "措施", "进展台帐", "督察清单", "宣传推广", "人员"]
    headings = {ws.title: [c.value for c in ws[1]] for ws in workbook}
    assert headings["任务"][:3] == ["编号", "事项", "级别"]
    for name in ("状态", "牵头科室", "分管领导", "责任人", "难点堵点", "预期成果", "办结日期"):
        assert name in headings["任务"]
    assert headings["措施"] == ["任务编号", "序号", "措施", "内容", "负责", "期限", "状态"]
    for name in ("任务编号", "期次", "报送日期", "报送人", "来源", "状态", "超字数", "进展情况"):
        assert name in headings["进展台帐"]
    assert headings["督察清单"][:9] == ["序号", "督查事项", "督查内容", "督查主体", "督查对象", "时间", "开始", "结束", "市科技局工作计划"]
    for name in ("序号", "事项", "责任", "要求（原文）", "内容", "归集日"):
        assert name in headings["宣传推广"]
    assert headings["人员"][:3] == ["姓名", "职务", "部门"]
    for name in ("电话", "邮箱", "在岗"):
        assert name in headings["人员"]
    for ws in workbook:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref == f"A1:{ws.cell(row=1, column=ws.max_column).column_letter}{ws.max_row}", ws.title
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
        assert ws.column_dimensions["B"].width >= 6

    tasks = workbook["任务"]
    assert [tasks["A2"].value, tasks["A3"].value] == ["2-1", "2-2"]
    assert tasks.cell(row=2, column=headings["任务"].index("牵头科室") + 1).value == "规配科"
    assert tasks.cell(row=2, column=headings["任务"].index("分管领导") + 1).value == "靳磊"
    assert tasks["B2"].alignment.wrap_text

    reports = workbook["进展台帐"]
    date_cell = reports.cell(row=2, column=headings["进展台帐"].index("报送日期") + 1)
    assert date_cell.is_date and date_cell.number_format == "yyyy-mm-dd"
    assert date_cell.value.date() == dt.date(2022, 5, 5)
    text = reports.cell(row=2, column=headings["进展台帐"].index("进展情况") + 1).value
    assert text.startswith(REPORT_2_1)

    measures = workbook["措施"]
    dues = [measures.cell(row=r, column=6) for r in range(2, measures.max_row + 1)]
    assert any(c.is_date and c.value.date() == dt.date(2022, 6, 30) for c in dues)
    assert measures.max_row == 1 + 7  # four measures of 2-1, three of 2-2

    inspections = workbook["督察清单"]
    assert inspections.max_row == 1 + 7
    assert inspections["G2"].is_date and inspections["G2"].value.date() == dt.date(2022, 7, 1)
    assert inspections["H2"].value.date() == dt.date(2022, 9, 30)
    assert inspections["H5"].value is None  # 3月起: open-ended

    assert workbook["人员"].max_row == 1 + 21
    assert workbook["人员"]["A2"].value == "管伟荣"


def test_the_ledger_export_keeps_formula_looking_text_as_text(sample_db, plan_id, tmp_path):
    create_task(sample_db, plan_id, "=HYPERLINK(\"http://x\")", code="2-3")
    path = export_ledger(sample_db, plan_id, tmp_path / "台帐.xlsx")
    ws = load_workbook(path)["任务"]
    assert ws["B4"].value == '=HYPERLINK("http://x")' and ws["B4"].data_type == "s"
    assert "<f>" not in cell_xml(path, 1, "B4")


def test_the_ledger_export_refuses_to_overwrite_and_wants_xlsx(sample_db, plan_id, tmp_path):
    path = export_ledger(sample_db, plan_id, tmp_path / "台帐.xlsx")
    with pytest.raises(UserError, match="已存在"):
        export_ledger(sample_db, plan_id, path)
    export_ledger(sample_db, plan_id, path, overwrite=True)
    with pytest.raises(UserError, match=r"\.xlsx"):
        export_ledger(sample_db, plan_id, tmp_path / "台帐.xls")

# -- command line ---------------------------------------------------------------------------

def test_cli_export(sample_target, tmp_path, capsys):
    out = tmp_path / "计划.xlsx"
    code, text, err = run(capsys, "export", sample_target, "--xlsx", out)
    assert code == EXIT_OK and err == "" and "柳科通〔2022〕20号" in text
    assert load_workbook(out).sheetnames[0] == "任务"
    code, _, err = run(capsys, "export", sample_target, "--xlsx", out)
    assert code == EXIT_USER_ERROR and "已存在" in one_line_error(err) and "--overwrite" in one_line_error(err)
    assert run(capsys, "export", sample_target, "--xlsx", out, "--overwrite")[0] == EXIT_OK
    code, _, err = run(capsys, "export", tmp_path / "nope.duban", "--xlsx", tmp_path / "x.xlsx")
    assert code == EXIT_USER_ERROR and "找不到文件" in one_line_error(err)


def test_cli_export_of_an_empty_database(new_target, tmp_path, capsys):
    assert run(capsys, "init", new_target, "--empty")[0] == EXIT_OK
    code, _, err = run(capsys, "export", new_target, "--xlsx", tmp_path / "x.xlsx")
    assert code == EXIT_USER_ERROR and "没有计划" in one_line_error(err)
