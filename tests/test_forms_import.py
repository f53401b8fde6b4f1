"""Importing returned forms: every kind of bad file gets a clear message; good ones become reports."""

import datetime as dt
import json
import shutil
import zipfile

import openpyxl
import pytest
from sqlalchemy import select

from desktop.excel.form_layout import HEADINGS
from desktop.excel.identity import FormIdentity, FormTask, write_identity
from desktop.excel.importing import FormError, read_form
from desktop.models import ProgressReport, ReportSource, ReportState, Task
from desktop.services import forms_import as fi

D = dt.date


def tasks_by_code(db):
    with db.read() as session:
        return {t.code: t for t in session.scalars(select(Task))}


def make_form(path, rows, *, identity=None, header=HEADINGS, header_row=4, title="攻坚台帐"):
    """A form laid out like the 附件 2 table; *rows* are (code, title, difficulties, progress)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.cell(1, 1, "柳州市科学技术局 攻坚台帐")
    for column, heading in enumerate(header, start=1):
        sheet.cell(header_row, column, heading)
    for offset, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            sheet.cell(header_row + offset, column, value)
    if identity is not None:
        write_identity(workbook, identity)
    workbook.save(path)
    return path


def identity_for(db, codes, *, section="规配科", period="2022年6月", database_id=None, plan_id=1):
    with db.read() as session:
        from desktop.services.forms_import import task_states

        states = {s.code: s for s in task_states(session, 1).values()}
    return FormIdentity(
        database_id=database_id or db.meta()["database_id"],
        plan_id=plan_id,
        plan_doc_number="柳科通〔2022〕20号",
        kind="section",
        section=section,
        period=period,
        deadline=D(2022, 6, 25),
        made_at=dt.datetime(2022, 6, 1, 9, 0),
        tasks=[FormTask(states[c].id, c, states[c].title, states[c].version, states[c].latest_report_id) for c in codes],
    )


TITLE_1 = "柳州市建立“三制一补”机制激发创新活力，加快建国家创新型城市"
TITLE_2 = "柳州市建立飞地引才机制，拓宽人才和项目的引进和转化渠道，推进“人才强市”战略"


def test_a_returned_form_becomes_a_new_report_and_twice_does_nothing(sample_db, tmp_path):
    path = make_form(
        tmp_path / "规配科.xlsx",
        [("2-1", TITLE_1, "难点……", "  赛马制实施方案已印发。\n揭榜制第二批需求征集完成。  ")],
        identity=identity_for(sample_db, ["2-1"]),
    )
    previews = fi.preview_files(sample_db, 1, [path])
    assert previews[0].status == fi.READY
    row = previews[0].rows[0]
    assert row.old_text.startswith("1.根据《柳州市科技项目揭榜制工作管理办法")
    assert row.new_text == "赛马制实施方案已印发。\n揭榜制第二批需求征集完成。"
    fi.apply(sample_db, previews, today=D(2022, 6, 20))
    with sample_db.read() as session:
        report = session.scalars(select(ProgressReport).order_by(ProgressReport.id.desc())).first()
    assert report.text == "赛马制实施方案已印发。\n揭榜制第二批需求征集完成。"
    assert (report.source, report.source_ref, report.author, report.period) == (
        ReportSource.IMPORT, "规配科.xlsx", "规配科", "2022年6月")
    assert report.state is ReportState.SUBMITTED and len(report.source_hash) == 64
    again = fi.preview_files(sample_db, 1, [path])
    assert again[0].status == fi.DUPLICATE
    assert fi.apply(sample_db, again)[0].imported == 0


def test_a_form_made_before_the_task_changed_is_a_conflict_with_both_texts(sample_db, tmp_path):
    identity = identity_for(sample_db, ["2-2"])
    from desktop.services import tasks

    snap = tasks.load_task(sample_db, identity.tasks[0].task_id)
    tasks.save_task(sample_db, snap.id, snap.version, snap.fields, {"special_group": "改了"})
    path = make_form(tmp_path / "人才科.xlsx", [("2-2", TITLE_2, "", "人才飞地办法已印发。")], identity=identity)
    preview = fi.preview_files(sample_db, 1, [path])[0]
    row = preview.rows[0]
    assert row.status == fi.CONFLICT
    assert row.old_text.startswith("《柳州市“人才飞地”管理暂行办法》") and row.new_text == "人才飞地办法已印发。"
    assert fi.apply(sample_db, [preview])[0].imported == 0  # not applied blindly
    assert fi.apply(sample_db, [preview], chosen=lambda p, r: True)[0].imported == 1


def test_a_form_without_identity_is_matched_by_title_tolerantly(sample_db, tmp_path):
    # copied from the notice: full-width spaces, a line break, half-width quotes
    typed = "柳州市建立 \"三制一补\" 机制激发创新活力，\n加快建国家创新型城市"
    path = make_form(tmp_path / "自制.xlsx", [("1", typed, "", "已完成第一批揭榜。")])
    row = fi.preview_files(sample_db, 1, [path])[0].rows[0]
    assert row.code == "1" and row.task_id == tasks_by_code(sample_db)["2-1"].id
    assert row.status in (fi.READY, fi.NEEDS_CONFIRMATION)
    reworded = "柳州市建立三制一补机制，激发创新活力，加快建设国家创新型城市"
    path = make_form(tmp_path / "改写.xlsx", [("1", reworded, "", "已完成第一批揭榜。")])
    row = fi.preview_files(sample_db, 1, [path])[0].rows[0]
    assert row.status == fi.NEEDS_CONFIRMATION and "相似度" in row.messages[0]
    assert fi.apply(sample_db, fi.preview_files(sample_db, 1, [path]))[0].imported == 0  # never guessed
    path = make_form(tmp_path / "无关.xlsx", [("1", "建设智慧港口", "", "内容")])
    assert fi.preview_files(sample_db, 1, [path])[0].rows[0].status == fi.REJECTED


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("旧表.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "另存为” .xlsx"),
        ("wps.et", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".xls / .et"),
        ("加密.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "密码"),
        ("坏了.xlsx", b"PK\x03\x04broken", "损坏"),
        ("文本.xlsx", "这不是表格".encode(), "不是 Excel 表格"),
    ],
)
def test_bad_files_are_named_and_explained(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(FormError) as info:
        read_form(path)
    assert message in str(info.value) and name in str(info.value)


def test_a_zip_bomb_is_refused_before_parsing(tmp_path):
    path = tmp_path / "炸弹.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))
    with pytest.raises(FormError, match="恶意"):
        read_form(path)


def test_a_workbook_that_is_not_a_ledger_form(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["姓名", "电话"])
    workbook.save(tmp_path / "通讯录.xlsx")
    with pytest.raises(FormError, match="不是攻坚台帐表格"):
        read_form(tmp_path / "通讯录.xlsx")


def test_a_changed_header_is_named_by_its_cell(sample_db, tmp_path):
    header = list(HEADINGS)
    header[3] = "进展"
    make_form(tmp_path / "改表头.xlsx", [("2-1", TITLE_1, "", "内容")], header=header,
              identity=identity_for(sample_db, ["2-1"]))
    with pytest.raises(FormError) as info:
        read_form(tmp_path / "改表头.xlsx")
    assert "第 4 行 D 列" in str(info.value) and "进展情况（主要措施及成效）" in str(info.value)


def test_rows_with_problems_are_named_by_cell_and_change_nothing(sample_db, tmp_path):
    identity = identity_for(sample_db, ["2-1", "2-2"])
    path = make_form(
        tmp_path / "问题.xlsx",
        [("2-1", TITLE_1, "", None), ("2-2", TITLE_2, "", "=CONCATENATE(\"a\",\"b\")")],
        identity=identity,
    )
    preview = fi.preview_files(sample_db, 1, [path])[0]
    empty, formula = preview.rows
    assert empty.status == fi.REJECTED and "攻坚台帐!D5（进展情况）是空的" in empty.messages[0]
    assert formula.status == fi.REJECTED and "D6 是公式" in formula.messages[0]
    with sample_db.read() as session:
        before = session.query(ProgressReport).count()
    fi.apply(sample_db, [preview], chosen=lambda p, r: True)
    with sample_db.read() as session:
        assert session.query(ProgressReport).count() == before


def test_text_over_the_limit_needs_confirmation(sample_db, tmp_path):
    path = make_form(tmp_path / "长.xlsx", [("2-2", TITLE_2, "", "进" * 320)], identity=identity_for(sample_db, ["2-2"]))
    preview = fi.preview_files(sample_db, 1, [path])[0]
    row = preview.rows[0]
    assert row.status == fi.NEEDS_CONFIRMATION and row.over_limit and "320 字" in row.messages[0]
    fi.apply(sample_db, [preview], chosen=lambda p, r: True)
    with sample_db.read() as session:
        assert session.scalars(select(ProgressReport).order_by(ProgressReport.id.desc())).first().over_limit


def test_a_form_of_another_database_or_plan(sample_db, tmp_path):
    path = make_form(tmp_path / "别处.xlsx", [("2-1", TITLE_1, "", "内容")],
                     identity=identity_for(sample_db, ["2-1"], database_id="00000000-0000-0000-0000-000000000000"))
    assert "另一个督办台数据库" in fi.preview_files(sample_db, 1, [path])[0].error
    path = make_form(tmp_path / "别的计划.xlsx", [("2-1", TITLE_1, "", "内容")], identity=identity_for(sample_db, ["2-1"], plan_id=7))
    assert "另一个计划" in fi.preview_files(sample_db, 1, [path])[0].error


def test_one_bad_file_does_not_stop_the_others(sample_db, tmp_path):
    folder = tmp_path / "返回"
    folder.mkdir()
    (folder / "坏.xlsx").write_bytes(b"PK\x03\x04broken")
    (folder / "~$临时.xlsx").write_bytes(b"lock file of Excel")
    (folder / "说明.txt").write_text("不是表格", encoding="utf-8")
    make_form(folder / "好.xlsx", [("2-1", TITLE_1, "", "第二批揭榜完成。")], identity=identity_for(sample_db, ["2-1"]))
    files = fi.collect_files([folder])
    assert [f.name for f in files] == ["坏.xlsx", "好.xlsx"]
    previews = fi.preview_files(sample_db, 1, files)
    assert [p.status for p in previews] == [fi.REJECTED, fi.READY]
    assert fi.apply(sample_db, previews)[1].imported == 1
    assert json.loads(json.dumps(previews[0].as_dict()))["status"] == "rejected"


def test_inserted_rows_merged_cells_and_line_breaks(sample_db, tmp_path):
    identity = identity_for(sample_db, ["2-1", "2-2"])
    path = make_form(
        tmp_path / "改过版式.xlsx",
        [("2-2", TITLE_2, "", "第一行\r\n第二行"), (None, None, None, None), ("2-1", TITLE_1, "", "揭榜制：已立项 3 项。 ")],
        identity=identity,
    )
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["攻坚台帐"]
    sheet.insert_rows(2)  # the section added a line above the table
    sheet.merge_cells("E6:F6")
    workbook.save(path)
    preview = fi.preview_files(sample_db, 1, [path])[0]
    by_code = {r.code: r for r in preview.rows}
    assert by_code["2-2"].new_text == "第一行\n第二行"
    assert by_code["2-1"].new_text == "揭榜制：已立项 3 项。"
    assert {r.status for r in preview.rows} == {fi.READY}


def test_re_saved_by_libreoffice(sample_db, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is not installed; scripts/test.sh installs libreoffice-calc-nogui")
    import subprocess

    (tmp_path / "src").mkdir()
    source = make_form(
        tmp_path / "src" / "规配科.xlsx", [("2-1", TITLE_1, "", "赛马制方案已报批。")], identity=identity_for(sample_db, ["2-1"])
    )
    out = tmp_path / "out"
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to", "xlsx",
         "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    resaved = out / "规配科.xlsx"
    preview = fi.preview_files(sample_db, 1, [resaved])[0]
    assert preview.status == fi.READY, preview.as_dict()
    assert preview.rows[0].new_text == "赛马制方案已报批。"


def test_a_file_that_cannot_be_written_leaves_nothing_and_the_others_go_in(sample_db, tmp_path):
    first = make_form(tmp_path / "甲.xlsx", [("2-1", TITLE_1, "", "甲的进展")], identity=identity_for(sample_db, ["2-1"]))
    second = make_form(tmp_path / "乙.xlsx", [("2-2", TITLE_2, "", "乙的进展")], identity=identity_for(sample_db, ["2-2"]))
    previews = fi.preview_files(sample_db, 1, [first, second])
    from desktop.services import tasks

    tasks.delete_task(sample_db, previews[0].rows[0].task_id)  # deleted on another PC meanwhile
    results = fi.apply(sample_db, previews)
    assert [r.imported for r in results] == [0, 1]
    assert "已被删除" in previews[0].error
    with sample_db.read() as session:
        texts = [r.text for r in session.scalars(select(ProgressReport))]
    assert "乙的进展" in texts and "甲的进展" not in texts


def run_cli(capsys, *argv):
    from desktop.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_import(sample_db, sample_target, tmp_path, capsys):
    folder = tmp_path / "返回"
    folder.mkdir()
    code, out, _ = run_cli(capsys, "forms", "export", str(sample_target), "--out", str(folder), "--period", "2022年6月")
    assert code == 0
    forms = sorted(folder.glob("*.xlsx"))
    for number, path in enumerate(forms):
        workbook = openpyxl.load_workbook(path)
        workbook.worksheets[0]["D5"] = f"第 {number} 科的新进展"
        workbook.save(path)
    (folder / "坏.xlsx").write_bytes(b"PK\x03\x04broken")
    code, out, _ = run_cli(capsys, "forms", "import", str(sample_target), str(folder), "--dry-run", "--json")
    report = json.loads(out)
    assert code == 1
    assert sorted(item["status"] for item in report) == ["ready", "ready", "rejected"]
    bad = next(item for item in report if item["status"] == "rejected")
    assert "坏.xlsx" in bad["error"] and "损坏" in bad["error"]
    (folder / "坏.xlsx").unlink()
    code, out, _ = run_cli(capsys, "forms", "import", str(sample_target), str(folder), "--json")
    assert code == 0 and {item["status"] for item in json.loads(out)} == {"imported"}
    code, out, _ = run_cli(capsys, "forms", "import", str(sample_target), str(folder))
    assert code == 1 and "重复文件" in out


def test_an_xml_bomb_inside_a_workbook_is_refused(tmp_path):
    path = make_form(tmp_path / "实体.xlsx", [("2-1", TITLE_1, "", "内容")])
    entities = (
        '<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    rebuilt = tmp_path / "炸弹实体.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                start = text.index("<worksheet")
                text = text[:start] + entities + text[start:]
                text = text.replace("<t>内容</t>", "<t>&lol3;</t>")
                assert "&lol3;" in text
                data = text.encode()
            target.writestr(item, data)
    with pytest.raises(FormError, match="XML 实体"):  # defusedxml refused them; nothing was expanded
        read_form(rebuilt)


def test_dates_typed_into_text_cells(sample_db, tmp_path):
    path = make_form(
        tmp_path / "日期.xlsx",
        [("2-2", TITLE_2, "", dt.datetime(2022, 6, 30))],
        identity=identity_for(sample_db, ["2-2"]),
    )
    row = fi.preview_files(sample_db, 1, [path])[0].rows[0]
    assert row.new_text == "2022-06-30"
    path = make_form(tmp_path / "期次.xlsx", [("2-2", TITLE_2, "", "2022年6月：办法已印发")], identity=identity_for(sample_db, ["2-2"]))
    assert fi.preview_files(sample_db, 1, [path])[0].rows[0].new_text == "2022年6月：办法已印发"


def test_a_table_copied_from_the_notice_with_its_own_columns(sample_db, tmp_path):
    # 附件 2-2 as printed: half-width brackets, a 专项小组 column, the limit written in a heading
    header = ["序号", "改革攻坚落实事项", "需要攻坚突破的难点堵点及预期成果", "进展情况 (主要措施及成效)", "专项小组",
              "责任部门", "责任人 (姓名、职务)"]
    path = make_form(tmp_path / "附件2-2.xlsx", [("1", TITLE_2, "难点", "人才飞地办法已印发。", "开放合作体制改革专项小组")],
                     header=header, header_row=3)
    preview = fi.preview_files(sample_db, 1, [path])[0]
    assert preview.status == fi.READY, preview.as_dict()
    assert preview.rows[0].new_text == "人才飞地办法已印发。" and preview.rows[0].cell == "攻坚台帐!D4"
    header[3] = "进度"
    path = make_form(tmp_path / "缺表头.xlsx", [("1", TITLE_2, "", "内容")], header=header)
    assert "缺少表头“进展情况（主要措施及成效）”" in fi.preview_files(sample_db, 1, [path])[0].error


def test_a_changed_task_description_is_shown_not_dropped(sample_db, tmp_path):
    path = make_form(
        tmp_path / "改难点.xlsx",
        [("2-2", TITLE_2, "难点堵点：飞地选址难。\n预期成果：培育 3 家。", "人才飞地办法已印发。")],
        identity=identity_for(sample_db, ["2-2"]),
    )
    row = fi.preview_files(sample_db, 1, [path])[0].rows[0]
    assert row.status == fi.READY
    assert any("不会自动改写任务" in m and "培育 3 家" in m for m in row.messages)


def test_forms_and_imports_agree_on_which_accepted_report_is_the_latest(sample_db, tmp_path):
    from desktop.services import reports

    identity = identity_for(sample_db, ["2-2"])
    # A report dated before the shown one is accepted afterwards: the ledger still shows the newer one.
    older = reports.add_report(sample_db, identity.tasks[0].task_id, "2022年4月", "四月的进展", reported_on=D(2022, 4, 30))
    reports.accept_report(sample_db, older)
    path = make_form(tmp_path / "人才科.xlsx", [("2-2", TITLE_2, "", "六月的进展")], identity=identity)
    row = fi.preview_files(sample_db, 1, [path])[0].rows[0]
    assert row.status == fi.READY
    assert row.old_text.startswith("《柳州市“人才飞地”管理暂行办法》")


def test_an_import_of_only_rejected_files_writes_nothing(sample_db, tmp_path):
    from sqlalchemy import func

    from desktop.models.coordination import AppliedSave

    def saves():
        with sample_db.read() as session:
            return session.scalar(select(func.count()).select_from(AppliedSave))

    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"PK\x03\x04broken")
    empty = make_form(tmp_path / "空.xlsx", [("2-1", TITLE_1, "", "")], identity=identity_for(sample_db, ["2-1"]))
    previews = fi.preview_files(sample_db, 1, [bad, empty])
    assert [p.status for p in previews] == [fi.REJECTED, fi.REJECTED]
    revision, saved = sample_db.revision(), saves()
    results = fi.apply(sample_db, previews, chosen=lambda p, r: True)
    assert [r.imported for r in results] == [0, 0]
    assert (sample_db.revision(), saves()) == (revision, saved)


def test_a_section_form_that_keeps_one_clause_of_the_title_is_proposed(sample_db, tmp_path):
    # A section's own form: rows numbered from 1, the title shortened to one clause of task 2-1's.
    path = make_form(tmp_path / "规配科自制.xlsx", [("1", "加快建国家创新型城市", "", "已完成第一批揭榜。")])
    [preview] = fi.preview_files(sample_db, 1, [path])
    row = preview.rows[0]
    assert row.status == fi.NEEDS_CONFIRMATION and row.task_id == tasks_by_code(sample_db)["2-1"].id
    assert 0.75 <= row.confidence < fi.CERTAIN_MATCH and "相似度" in row.messages[-1]
    assert fi.apply(sample_db, [preview])[0].imported == 0  # never guessed
    assert fi.apply(sample_db, [preview], chosen=lambda p, r: True)[0].imported == 1  # confirmed
    path = make_form(tmp_path / "无关.xlsx", [("1", "完成全市道路绿化改造", "", "内容")])
    assert fi.preview_files(sample_db, 1, [path])[0].rows[0].status == fi.REJECTED


def test_a_section_form_s_clause_is_compared_with_the_tasks_that_section_leads(sample_db, tmp_path):
    # "机制" clauses are in both tasks' titles; the file's name says the form is 人才科's (task 2-2).
    path = make_form(tmp_path / "人才科5月台帐.xlsx", [("1", "建立飞地引才机制", "", "已拟订管理办法。")])
    row = fi.preview_files(sample_db, 1, [path])[0].rows[0]
    assert row.status == fi.NEEDS_CONFIRMATION and row.task_id == tasks_by_code(sample_db)["2-2"].id


def test_a_new_period_s_form_shows_the_last_accepted_text_read_only_and_the_import_ignores_it(sample_db, tmp_path):
    from desktop.excel.form_layout import REFERENCE_HEADING
    from desktop.services.forms_export import export_task_form

    code_id = tasks_by_code(sample_db)["2-1"].id
    path = export_task_form(sample_db, code_id, tmp_path, "2099年1月", None)
    workbook = openpyxl.load_workbook(path)
    ws = workbook.worksheets[0]
    assert ws["G4"].value == REFERENCE_HEADING
    assert ws["D5"].value is None  # a new period starts empty
    assert ws["G5"].value and ws["G5"].value.startswith("1.根据《柳州市科技项目揭榜制工作管理办法（试行）》")
    assert ws["G5"].protection.locked is True and ws.protection.sheet is True
    assert ws["G5"].fill.fgColor.rgb == ws["B5"].fill.fgColor.rgb != ws["D5"].fill.fgColor.rgb  # grey
    ws["D5"] = "本期新进展。"
    ws["G5"] = "不应导入的参考文字"
    workbook.save(path)
    [preview] = fi.preview_files(sample_db, 1, [path])
    [row] = preview.rows
    assert row.status == fi.READY and row.new_text == "本期新进展。"
    assert fi.apply(sample_db, [preview])[0].imported == 1


def test_openpyxl_parses_with_defusedxml_even_with_lxml_installed():
    """python-docx brings lxml; openpyxl would then parse returned forms with it, not defusedxml."""
    import importlib
    import os
    import subprocess
    import sys

    import openpyxl.xml

    importlib.import_module("desktop.excel.importing")

    assert openpyxl.xml.LXML is False
    # In a fresh interpreter too, where nothing but Duban's excel module has imported openpyxl.
    check = "import desktop.excel.importing, openpyxl.xml; print(openpyxl.xml.LXML, openpyxl.xml.DEFUSEDXML)"
    env = {k: v for k, v in os.environ.items() if k != "OPENPYXL_LXML"} | {"OPENPYXL_LXML": "True"}
    out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.split() == ["False", "True"]
