"""Handing out the ledger forms (攻坚台帐) and exporting the whole plan to Excel."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from desktop.cli import EXIT_OK, EXIT_USER_ERROR, main
from desktop.errors import UserError
from desktop.excel.cells import safe_file_name
from desktop.excel.form_layout import HEADINGS
from desktop.excel.identity import (
    FORM_FORMAT,
    FormIdentity,
    FormIdentityError,
    FormTask,
    read_identity,
    write_identity,
)
from desktop.services.forms_export import (
    default_deadline,
    default_period,
    export_section_forms,
    export_task_form,
    find_task_id,
)
from desktop.services.plan_export import export_ledger
from desktop.services.reports import accept_report, add_report
from desktop.services.tasks import close_task, create_task, load_task, set_task_sections
from desktop.services.workspace import current_plan

PERIOD = "2022年5月"
DEADLINE = dt.date(2022, 5, 25)
REPORT_2_1 = "1.根据《柳州市科技项目揭榜制工作管理办法（试行）》"


@pytest.fixture
def plan_id(sample_db) -> int:
    return current_plan(sample_db).id


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


# -- the form -------------------------------------------------------------------------------


def test_a_task_form_is_laid_out_like_the_ledger_table(sample_db, plan_id, tmp_path):
    path = export_task_form(sample_db, task_id(sample_db, plan_id, "2-1"), tmp_path, PERIOD, DEADLINE)
    assert path == tmp_path / "攻坚台帐-2-1-2022年5月.xlsx"
    workbook, ws = form_sheet(path)
    assert ws.title == "攻坚台帐"
    assert workbook.sheetnames[0] == "攻坚台帐"
    assert ws["A1"].value.endswith("攻坚台帐")
    assert "柳州市科学技术局" in ws["A1"].value
    assert "报送期次：2022年5月" in ws["A2"].value
    assert "报送截止：2022年5月25日" in ws["A2"].value
    assert "科室：发展规划与资源配置科" in ws["A2"].value
    instructions = ws["A3"].value
    assert "300 字以内" in instructions and "200 字以内" in instructions
    assert "灰色单元格" in instructions and ".xlsx" in instructions
    assert "法监科" in instructions  # the office the form goes back to
    assert [ws.cell(row=4, column=c).value for c in range(1, 7)] == list(HEADINGS)
    assert HEADINGS == (
        "序号",
        "改革攻坚落实事项",
        "需要攻坚突破的难点堵点及预期成果",
        "进展情况（主要措施及成效）",
        "责任部门",
        "责任人",
    )
    assert ws["A5"].value == "2-1"
    assert ws["B5"].value == "柳州市建立“三制一补”机制激发创新活力，加快建国家创新型城市"
    difficulties, results = ws["C5"].value.split("\n")
    assert difficulties.startswith("难点堵点：柳州市是国家重点支持的第二批 25 个国家创新型城市")
    assert results.startswith("预期成果：2022 年，全社会研发经费支出占地区生产总值比重达 2.0%")
    assert ws["D5"].value.startswith(REPORT_2_1)
    assert "鼓励“各类科技企业多投者多补”。" in ws["D5"].value
    assert ws["E5"].value == "柳州市"
    assert ws["F5"].value == "邱明宏 （具体承办部门：市科技局）"
    assert ws["A6"].value is None
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:F1", "A2:F2", "A3:F3"}
    assert ws["C5"].alignment.wrap_text and ws["D5"].alignment.wrap_text
    assert ws.row_dimensions[5].height > 150  # room for 300 characters
    assert ws.column_dimensions["D"].width > ws.column_dimensions["A"].width
    assert ws.freeze_panes == "A5"


def test_only_the_cells_a_section_fills_in_are_unlocked(sample_db, plan_id, tmp_path):
    path = export_task_form(sample_db, task_id(sample_db, plan_id, "2-1"), tmp_path, PERIOD, DEADLINE)
    _, ws = form_sheet(path)
    assert ws["C5"].protection.locked is False
    assert ws["D5"].protection.locked is False
    for ref in ("A1", "A2", "A3", "A4", "C4", "D4", "A5", "B5", "E5", "F5", "A6", "D6"):
        assert ws[ref].protection.locked is True, ref
    assert ws.protection.sheet is True
    assert not ws.protection.password
    # Without a password and with formatting allowed, a section can still fix the layout.
    assert ws.protection.formatCells is False
    assert ws.protection.formatColumns is False
    assert ws.protection.formatRows is False
    assert ws["B5"].fill.fgColor.rgb != ws["D5"].fill.fgColor.rgb  # grey against white


def test_length_limits_are_shown_as_validation(sample_db, plan_id, tmp_path):
    path = export_task_form(sample_db, task_id(sample_db, plan_id, "2-1"), tmp_path, PERIOD, DEADLINE)
    _, ws = form_sheet(path)
    validations = {str(v.sqref): v for v in ws.data_validations.dataValidation}
    assert set(validations) == {"C5", "D5"}
    for ref, limit in (("C5", "200"), ("D5", "300")):
        validation = validations[ref]
        assert validation.type == "textLength"
        assert validation.operator == "lessThanOrEqual"
        assert int(validation.formula1) >= 300
        assert validation.showInputMessage
        assert limit in validation.prompt
    assert len(ws.conditional_formatting) == 2


def test_print_setup_is_a4_landscape_fitted_to_the_width(sample_db, plan_id, tmp_path):
    path = export_task_form(sample_db, task_id(sample_db, plan_id, "2-1"), tmp_path, PERIOD, DEADLINE)
    _, ws = form_sheet(path)
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) == 9
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert ws.print_title_rows == "$4:$4"
    assert ws.page_margins.left <= 0.75
    assert "&P" in ws.oddFooter.center.text


def test_the_form_carries_its_identity(sample_db, plan_id, tmp_path):
    before = dt.datetime.now().replace(microsecond=0)
    code_id = task_id(sample_db, plan_id, "2-1")
    path = export_task_form(sample_db, code_id, tmp_path, PERIOD, DEADLINE)
    workbook = load_workbook(path)
    assert workbook["_duban"].sheet_state == "veryHidden"
    assert workbook["_duban"]["A1"].value == "duban-form"
    assert workbook["_duban"]["B1"].value == FORM_FORMAT
    identity = read_identity(workbook)
    snapshot = load_task(sample_db, code_id)
    accepted = [r for r in snapshot.reports if r.text.startswith(REPORT_2_1)]
    assert identity.database_id == sample_db.meta()["database_id"]
    assert identity.plan_id == plan_id
    assert identity.plan_doc_number == "柳科通〔2022〕20号"
    assert identity.kind == "task"
    assert identity.section == "发展规划与资源配置科"
    assert identity.period == PERIOD and identity.deadline == DEADLINE
    assert before <= identity.made_at <= dt.datetime.now()
    assert identity.tasks == [FormTask(code_id, "2-1", snapshot.fields["title"], snapshot.version, accepted[0].id)]
    properties = {p.name: p.value for p in workbook.custom_doc_props.props}
    assert properties["duban.database_id"] == identity.database_id
    assert properties["duban.plan_id"] == str(plan_id)


def test_a_task_without_an_accepted_report_has_an_empty_progress_cell(sample_db, plan_id, tmp_path):
    new_id, _ = create_task(sample_db, plan_id, "新的改革任务", code="2-3")
    add_report(sample_db, new_id, PERIOD, "已报送，尚未审核。")
    path = export_task_form(sample_db, new_id, tmp_path, PERIOD, None)
    workbook, ws = form_sheet(path)
    assert ws["D5"].value is None
    assert ws["C5"].value == "难点堵点：\n预期成果："
    assert "报送截止" not in ws["A2"].value
    identity = read_identity(workbook)
    assert identity.tasks[0].latest_report_id is None
    assert identity.deadline is None and identity.section == ""


def test_the_newest_accepted_report_is_prefilled(sample_db, plan_id, tmp_path):
    code_id = task_id(sample_db, plan_id, "2-2")
    report = add_report(sample_db, code_id, "2022年6月", "《柳州市“人才飞地”管理暂行办法》已印发。")
    accept_report(sample_db, report)
    add_report(sample_db, code_id, "2022年7月", "还没有审核的进展。")
    path = export_task_form(sample_db, code_id, tmp_path, "2022年7月", None)
    workbook, ws = form_sheet(path)
    assert ws["D5"].value == "《柳州市“人才飞地”管理暂行办法》已印发。"
    assert read_identity(workbook).tasks[0].latest_report_id == report


def test_text_that_looks_like_a_formula_stays_text(sample_db, plan_id, tmp_path):
    new_id, _ = create_task(sample_db, plan_id, "=SUM(A1)", code="=1")
    report = add_report(sample_db, new_id, PERIOD, "+86 电话已开通；-完成；@全体")
    accept_report(sample_db, report)
    path = export_task_form(sample_db, new_id, tmp_path, PERIOD, DEADLINE)
    workbook, ws = form_sheet(path)
    assert ws["A5"].value == "=1"
    assert ws["B5"].value == "=SUM(A1)"
    assert ws["D5"].value == "+86 电话已开通；-完成；@全体"
    for ref in ("A5", "B5", "D5"):
        assert ws[ref].data_type == "s", ref
        assert ws[ref].quotePrefix, ref
        xml = cell_xml(path, 1, ref)
        assert "<f>" not in xml and "<f " not in xml, xml
        assert 't="inlineStr"' in xml or 't="s"' in xml, xml
    assert read_identity(workbook).tasks[0].title == "=SUM(A1)"
    assert workbook["_duban"]["C11"].data_type == "s"
    assert "<f>" not in cell_xml(path, 2, "C11")


# -- the identity ---------------------------------------------------------------------------


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


# -- section forms --------------------------------------------------------------------------


def test_one_workbook_per_lead_section(sample_db, plan_id, tmp_path):
    paths = export_section_forms(sample_db, plan_id, tmp_path, PERIOD, DEADLINE)
    assert [p.name for p in paths] == ["攻坚台帐-规配科-2022年5月.xlsx", "攻坚台帐-人才科-2022年5月.xlsx"]
    codes = {}
    for path in paths:
        workbook, ws = form_sheet(path)
        identity = read_identity(workbook)
        assert identity.kind == "section"
        codes[identity.section] = [t.code for t in identity.tasks]
        assert [ws.cell(row=5 + i, column=1).value for i in range(len(identity.tasks))] == codes[identity.section]
    assert codes == {"发展规划与资源配置科": ["2-1"], "人才引智与对外合作科": ["2-2"]}
    _, ws = form_sheet(paths[1])
    assert ws["D5"].value == "《柳州市“人才飞地”管理暂行办法》(送审稿)已拟订，待市委人才工作领导小组会议审定后印发实施。"
    assert ws["F5"].value == "黄轶君 人才引智与对外合作科科长"


def test_one_section_by_full_or_short_name(sample_db, plan_id, tmp_path):
    short = export_section_forms(sample_db, plan_id, tmp_path / "a", PERIOD, DEADLINE, section="人才科")
    full = export_section_forms(sample_db, plan_id, tmp_path / "b", PERIOD, DEADLINE, section="人才引智与对外合作科")
    assert [p.name for p in short] == [p.name for p in full] == ["攻坚台帐-人才科-2022年5月.xlsx"]
    assert [t.code for t in read_identity(load_workbook(full[0])).tasks] == ["2-2"]


def test_a_section_that_leads_no_task_gets_a_message_not_an_empty_form(sample_db, plan_id, tmp_path):
    with pytest.raises(UserError, match="法规与监督诚信科没有牵头的未办结任务"):
        export_section_forms(sample_db, plan_id, tmp_path, PERIOD, DEADLINE, section="法监科")
    assert not tmp_path.joinpath("攻坚台帐-法监科-2022年5月.xlsx").exists()


def test_an_unknown_section_lists_the_known_ones(sample_db, plan_id, tmp_path):
    with pytest.raises(UserError) as info:
        export_section_forms(sample_db, plan_id, tmp_path, PERIOD, DEADLINE, section="财务科")
    assert "没有名为“财务科”的科室" in info.value.message
    assert "发展规划与资源配置科（规配科）" in info.value.message
    assert "法规与监督诚信科（法监科）" in info.value.message


def test_closed_tasks_are_not_handed_out_and_unassigned_ones_are(sample_db, plan_id, tmp_path):
    close_task(sample_db, task_id(sample_db, plan_id, "2-2"))
    create_task(sample_db, plan_id, "无牵头科室的任务", code="2-3")
    paths = export_section_forms(sample_db, plan_id, tmp_path, PERIOD, DEADLINE)
    assert [p.name for p in paths] == ["攻坚台帐-规配科-2022年5月.xlsx", "攻坚台帐-未指定科室-2022年5月.xlsx"]
    identity = read_identity(load_workbook(paths[1]))
    assert identity.section == "" and [t.code for t in identity.tasks] == ["2-3"]
    with pytest.raises(UserError, match="没有牵头的未办结任务"):
        export_section_forms(sample_db, plan_id, tmp_path / "x", PERIOD, DEADLINE, section="人才科")


def test_a_section_workbook_holds_all_its_tasks_in_order(sample_db, plan_id, tmp_path):
    new_id, _ = create_task(sample_db, plan_id, "第二项规配科任务", code="2-3")
    lead = load_task(sample_db, task_id(sample_db, plan_id, "2-1")).lead_ids
    set_task_sections(sample_db, new_id, list(lead), [])
    [path] = export_section_forms(sample_db, plan_id, tmp_path, PERIOD, DEADLINE, section="规配科")
    workbook, ws = form_sheet(path)
    assert [ws["A5"].value, ws["A6"].value] == ["2-1", "2-3"]
    assert [t.code for t in read_identity(workbook).tasks] == ["2-1", "2-3"]
    assert ws["C6"].protection.locked is False and ws["B6"].protection.locked is True
    assert {str(v.sqref) for v in ws.data_validations.dataValidation} == {"C5:C6", "D5:D6"}


# -- files ----------------------------------------------------------------------------------


def test_file_names_are_fit_for_windows():
    assert safe_file_name('攻坚台帐-a/b\\c:d*e?f"g<h>i|j-2022年5月') == "攻坚台帐-a_b_c_d_e_f_g_h_i_j-2022年5月"
    assert safe_file_name("报表. . ") == "报表"
    assert safe_file_name("CON") == "_CON"
    assert safe_file_name("///") == "_"
    assert len(safe_file_name("长" * 300)) <= 120


def test_a_period_with_slashes_makes_a_safe_file_name(sample_db, plan_id, tmp_path):
    path = export_task_form(sample_db, task_id(sample_db, plan_id, "2-1"), tmp_path, "2022/05:第2期", DEADLINE)
    assert path.name == "攻坚台帐-2-1-2022_05_第2期.xlsx"
    assert read_identity(load_workbook(path)).period == "2022/05:第2期"


def test_existing_files_are_not_overwritten(sample_db, plan_id, tmp_path):
    code_id = task_id(sample_db, plan_id, "2-1")
    out = tmp_path / "out"
    path = export_task_form(sample_db, code_id, out, PERIOD, DEADLINE)
    before = path.read_bytes()
    with pytest.raises(UserError, match="已存在"):
        export_task_form(sample_db, code_id, out, PERIOD, DEADLINE)
    assert path.read_bytes() == before
    assert export_task_form(sample_db, code_id, out, PERIOD, None, overwrite=True) == path
    assert read_identity(load_workbook(path)).deadline is None
    assert [p.name for p in out.iterdir()] == [path.name]  # no temporary files left


def test_a_section_export_writes_nothing_when_one_file_exists(sample_db, plan_id, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "攻坚台帐-人才科-2022年5月.xlsx").write_bytes(b"keep")
    with pytest.raises(UserError, match="攻坚台帐-人才科-2022年5月.xlsx"):
        export_section_forms(sample_db, plan_id, out, PERIOD, DEADLINE)
    assert [p.name for p in out.iterdir()] == ["攻坚台帐-人才科-2022年5月.xlsx"]
    assert (out / "攻坚台帐-人才科-2022年5月.xlsx").read_bytes() == b"keep"


def test_an_unwritable_folder_is_a_clear_error(sample_db, plan_id, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(UserError, match="无法写入"):
        export_task_form(sample_db, task_id(sample_db, plan_id, "2-1"), blocker / "out", PERIOD, DEADLINE)


def test_an_empty_period_is_refused(sample_db, plan_id, tmp_path):
    with pytest.raises(UserError, match="报送期次"):
        export_section_forms(sample_db, plan_id, tmp_path, "  ", DEADLINE)


def test_default_period_and_deadline():
    assert default_period(dt.date(2022, 5, 6)) == "2022年5月"
    assert default_deadline(dt.date(2022, 5, 6)) == dt.date(2022, 5, 25)
    assert default_deadline(dt.date(2022, 12, 31)) == dt.date(2022, 12, 25)


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


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误："), err
    return lines[0]


def test_cli_forms_export(sample_target, tmp_path, capsys):
    out_dir = tmp_path / "forms"
    code, out, err = run(
        capsys, "forms", "export", sample_target, "--out", out_dir, "--period", PERIOD, "--deadline", "2022-05-25"
    )
    assert code == EXIT_OK and err == ""
    assert sorted(p.name for p in out_dir.iterdir()) == ["攻坚台帐-人才科-2022年5月.xlsx", "攻坚台帐-规配科-2022年5月.xlsx"]
    assert "已生成" in out and "共 2 份台帐" in out and "2022-05-25" in out
    identity = read_identity(load_workbook(out_dir / "攻坚台帐-规配科-2022年5月.xlsx"))
    assert identity.deadline == DEADLINE and identity.period == PERIOD

    code, out, err = run(capsys, "forms", "export", sample_target, "--out", out_dir, "--period", PERIOD)
    assert code == EXIT_USER_ERROR and "已存在" in one_line_error(err)


def test_cli_forms_export_one_section_or_task_with_defaults(sample_target, tmp_path, capsys):
    code, out, _ = run(capsys, "forms", "export", sample_target, "--out", tmp_path / "a", "--section", "人才科")
    assert code == EXIT_OK
    [path] = (tmp_path / "a").iterdir()
    assert path.name == f"攻坚台帐-人才科-{default_period()}.xlsx"
    assert read_identity(load_workbook(path)).deadline == default_deadline()
    code, out, _ = run(capsys, "forms", "export", sample_target, "--out", tmp_path / "b", "--task", "2-1", "--period", PERIOD)
    assert code == EXIT_OK
    assert [p.name for p in (tmp_path / "b").iterdir()] == ["攻坚台帐-2-1-2022年5月.xlsx"]


@pytest.mark.parametrize(
    "extra, words",
    [
        (["--section", "法监科"], "没有牵头的未办结任务"),
        (["--section", "财务科"], "没有名为“财务科”的科室"),
        (["--task", "9-9"], "没有编号为“9-9”的任务"),
        (["--deadline", "5/25"], "YYYY-MM-DD"),
        (["--period", ""], "报送期次"),
    ],
)
def test_cli_forms_export_bad_input(sample_target, tmp_path, capsys, extra, words):
    code, out, err = run(capsys, "forms", "export", sample_target, "--out", tmp_path / "out", *extra)
    assert code == EXIT_USER_ERROR and out == ""
    assert words in one_line_error(err)
    assert not any((tmp_path / "out").glob("*.xlsx"))


def test_cli_forms_export_on_a_missing_database(tmp_path, capsys):
    code, _, err = run(capsys, "forms", "export", tmp_path / "nope.duban", "--out", tmp_path / "out")
    assert code == EXIT_USER_ERROR and "找不到文件" in one_line_error(err)


def test_cli_forms_needs_a_sub_verb(capsys):
    with pytest.raises(SystemExit) as info:
        main(["forms"])
    assert info.value.code == 2


def test_cli_export(sample_target, tmp_path, capsys):
    out = tmp_path / "计划.xlsx"
    code, text, err = run(capsys, "export", sample_target, "--xlsx", out)
    assert code == EXIT_OK and err == "" and "柳科通〔2022〕20号" in text
    assert load_workbook(out).sheetnames[0] == "任务"
    code, _, err = run(capsys, "export", sample_target, "--xlsx", out)
    assert code == EXIT_USER_ERROR and "已存在" in one_line_error(err)
    assert run(capsys, "export", sample_target, "--xlsx", out, "--overwrite")[0] == EXIT_OK
    code, _, err = run(capsys, "export", tmp_path / "nope.duban", "--xlsx", tmp_path / "x.xlsx")
    assert code == EXIT_USER_ERROR and "找不到文件" in one_line_error(err)


def test_cli_export_of_an_empty_database(new_target, tmp_path, capsys):
    assert run(capsys, "init", new_target, "--empty")[0] == EXIT_OK
    code, _, err = run(capsys, "export", new_target, "--xlsx", tmp_path / "x.xlsx")
    assert code == EXIT_USER_ERROR and "没有计划" in one_line_error(err)


# -- start-up -------------------------------------------------------------------------------


def test_the_window_does_not_load_openpyxl():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", "import desktop.views.main_window, sys; print('openpyxl' in sys.modules)"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
