"""Handing out the ledger forms (攻坚台帐): a task's form, a workbook per section, the files, the command line."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from desktop.cli import EXIT_OK, EXIT_USER_ERROR, main
from desktop.errors import UserError
from desktop.excel.cells import safe_file_name
from desktop.excel.form_layout import HEADINGS
from desktop.excel.identity import FORM_FORMAT, FormTask, read_identity
from desktop.services.forms_export import (
    default_deadline,
    default_period,
    export_section_forms,
    export_task_form,
)
from desktop.services.reports import accept_report, add_report
from desktop.services.tasks import close_task, create_task, load_task, set_task_sections
from desktop.services.workspace import current_plan
from excel_files import DEADLINE, PERIOD, REPORT_2_1, cell_xml, form_sheet, one_line_error, run, task_id


@pytest.fixture
def plan_id(sample_db) -> int:
    return current_plan(sample_db).id


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
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:G1", "A2:G2", "A3:G3"}
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
    add_report(sample_db, code_id, "2022年6月", "还没有审核的进展。")
    path = export_task_form(sample_db, code_id, tmp_path, "2022年6月", None)
    workbook, ws = form_sheet(path)
    assert ws["D5"].value == "《柳州市“人才飞地”管理暂行办法》已印发。"
    assert read_identity(workbook).tasks[0].latest_report_id == report


def test_a_form_for_a_new_period_starts_with_an_empty_progress_cell(sample_db, plan_id, tmp_path):
    code_id = task_id(sample_db, plan_id, "2-2")
    report = add_report(sample_db, code_id, "2022年6月", "《柳州市“人才飞地”管理暂行办法》已印发。")
    accept_report(sample_db, report)
    path = export_task_form(sample_db, code_id, tmp_path, "2026年12月", None)
    workbook, ws = form_sheet(path)
    assert ws["D5"].value in (None, "")  # not June 2022's text in the December 2026 form
    assert read_identity(workbook).tasks[0].latest_report_id == report  # a later change is still a conflict


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


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664)])
def test_exported_files_follow_the_umask_like_any_new_file(sample_db, plan_id, tmp_path, umask, mode):
    from desktop.calendar.ics import export_ics
    from desktop.files import write_whole
    from desktop.services.plan_export import export_ledger

    old = os.umask(umask)
    try:
        written = [
            *export_section_forms(sample_db, plan_id, tmp_path, PERIOD, DEADLINE),
            export_task_form(sample_db, task_id(sample_db, plan_id, "2-1"), tmp_path, PERIOD, DEADLINE),
            export_ledger(sample_db, plan_id, tmp_path / "台帐.xlsx"),
            export_ics(sample_db, plan_id, tmp_path / "日历.ics"),
            write_whole(tmp_path / "清单.pdf", b"%PDF-1.4"),  # how every PDF is written
        ]
    finally:
        os.umask(old)
    assert {p.name: oct(p.stat().st_mode & 0o777) for p in written} == {p.name: oct(mode) for p in written}


def test_existing_files_are_not_overwritten(sample_db, plan_id, tmp_path):
    code_id = task_id(sample_db, plan_id, "2-1")
    out = tmp_path / "out"
    path = export_task_form(sample_db, code_id, out, PERIOD, DEADLINE)
    before = path.read_bytes()
    with pytest.raises(UserError, match="已存在") as info:
        export_task_form(sample_db, code_id, out, PERIOD, DEADLINE)
    assert "--overwrite" not in info.value.message  # what the window shows names no command-line flag
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

# -- command line ---------------------------------------------------------------------------

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
    assert code == EXIT_USER_ERROR and "已存在" in one_line_error(err) and "--overwrite" in one_line_error(err)


def test_cli_forms_export_one_section_or_task_with_defaults(sample_target, tmp_path, capsys):
    code, out, _ = run(capsys, "forms", "export", sample_target, "--out", tmp_path / "a", "--section", "人才科")
    assert code == EXIT_OK
    [path] = (tmp_path / "a").iterdir()
    assert path.name == f"攻坚台帐-人才科-{default_period()}.xlsx"
    assert read_identity(load_workbook(path)).deadline == default_deadline()
    code, out, _ = run(capsys, "forms", "export", sample_target, "--out", tmp_path / "b", "--task", "2-1", "--period", PERIOD)
    assert code == EXIT_OK
    assert [p.name for p in (tmp_path / "b").iterdir()] == ["攻坚台帐-2-1-2022年5月.xlsx"]


def test_cli_forms_export_skips_and_names_the_tasks_no_section_leads(sample_db, sample_target, plan_id, tmp_path, capsys):
    create_task(sample_db, plan_id, "无牵头科室的任务", code="2-3")
    out_dir = tmp_path / "forms"
    code, out, err = run(capsys, "forms", "export", sample_target, "--out", out_dir, "--period", PERIOD)
    assert code == EXIT_OK and err == ""
    assert sorted(p.name for p in out_dir.iterdir()) == ["攻坚台帐-人才科-2022年5月.xlsx", "攻坚台帐-规配科-2022年5月.xlsx"]
    assert "跳过 1 项未指定牵头科室的任务" in out and "2-3 无牵头科室的任务" in out
    assert "共 2 份台帐" in out


def test_cli_forms_export_when_no_open_task_has_a_section(sample_db, sample_target, plan_id, tmp_path, capsys):
    for code in ("2-1", "2-2"):
        close_task(sample_db, task_id(sample_db, plan_id, code))
    create_task(sample_db, plan_id, "无牵头科室的任务", code="2-3")
    code, out, err = run(capsys, "forms", "export", sample_target, "--out", tmp_path / "out", "--period", PERIOD)
    assert code == EXIT_USER_ERROR and "都没有指定牵头科室" in one_line_error(err)
    assert not any((tmp_path / "out").glob("*.xlsx"))


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
