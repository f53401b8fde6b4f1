"""The ledger (附件 2), roster (附件 1), publicity list (附件 4) and overdue list printed to PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select
from test_printing import assert_in_order, column_streams, page_size, pdf_pages, pdftotext, run, squeeze

from desktop.cli import EXIT_OK, EXIT_USER_ERROR
from desktop.errors import UserError
from desktop.models import Department, Person
from desktop.printing.fonts import PrintFonts, characters, choose_fonts, missing_characters
from desktop.printing.paginate import holds_little
from desktop.printing.pdf import layout, render_pdf
from desktop.printing.table import PageSetup
from desktop.services.printouts import ReportOptions, reports
from desktop.services.workspace import current_plan

TODAY = dt.date(2022, 6, 27)
LATER = dt.date(2022, 7, 5)

TITLE_1 = "柳州市建立“三制一补”机制激发创新活力，加快建国家创新型城市"
TITLE_2 = "柳州市建立飞地引才机制，拓宽人才和项目的引进和转化渠道，推进“人才强市”战略"
#: Per column of the ledger, the seed's texts (附件 2-1, 2-2) in reading order.
LEDGER = {
    0: ["2-1", "2-2"],
    1: [TITLE_1, TITLE_2],
    2: [
        "难点堵点：柳州市是国家重点支持的第二批 25 个国家创新型城市建设城市之一",
        "预期成果：2022 年，全社会研发经费支出占地区生产总值比重达 2.0%",
        "为建设国家创新型城市、科创中国试点城市、建设现代制造城提供有力支撑。",
        "难点堵点：1. 人才飞地建设周期长，且位于区外，建设难度大，投入大；",
        "预期成果：1. 出台人才飞地管理相关的管理办法或实施细则。2. 培育 2 家柳州市“人才飞地”。",
    ],
    3: [
        "1.根据《柳州市科技项目揭榜制工作管理办法（试行）》",
        "支持柳州市首个揭榜制科技项目 300 万元",
        "鼓励“各类科技企业多投者多补”。",
        "（2022年5月，2022年5月5日）",
        "《柳州市“人才飞地”管理暂行办法》(送审稿)已拟订，待市委人才工作领导小组会议审定后印发实施。",
        "（2022年5月，2022年5月5日）",
    ],
    4: ["柳州市", "市科技局、市委组织部、市财政局、市人社局"],
    5: ["邱明宏 （具体承办部门：市科技局）", "黄轶君 人才引智与对外合作科科长"],
}


@pytest.fixture
def plan_id(sample_db) -> int:
    return current_plan(sample_db).id


def build(key, database, plan_id, **options):
    return reports()[key].build(database, plan_id, ReportOptions(**options))


def render(key, database, plan_id, tmp_path, **options):
    table = build(key, database, plan_id, **options)
    out = tmp_path / f"{key}.pdf"
    pagination = render_pdf(table, out, PageSetup(landscape=reports()[key].landscape))
    return table, pagination, out


def assert_pages(out, pagination, landscape: bool) -> str:
    """Every page numbered, the paper turned as asked; the whole text, white space removed."""
    pages = pdf_pages(out)
    count = len(pagination.pages)
    assert len(pages) == count
    for number, page in enumerate(pages, 1):
        assert page.endswith(f"第{number}页共{count}页")
    width, height = page_size(out)
    assert (width > height) == landscape
    return "".join(pages)


def test_registry_order_and_orientation():
    assert list(reports()) == ["checklist", "ledger", "roster", "quotas", "overdue", "timeline", "quota_matrix", "instructions"]
    assert [r.landscape for r in reports().values()] == [True, True, False, True, False, True, True, True]


@pytest.mark.parametrize("key", ["ledger", "roster", "quotas", "overdue", "timeline"])
def test_no_glyph_is_missing(qapp, font_set, sample_db, plan_id, key):
    table = build(key, sample_db, plan_id, today=LATER)
    fonts = choose_fonts(table.title_texts(), table.body_texts())
    assert not missing_characters(fonts.title, characters(table.title_texts()))
    assert not missing_characters(fonts.body, characters(table.body_texts()))


def test_ledger_prints_the_seed_cell_by_cell(qapp, font_set, sample_db, plan_id, tmp_path):
    table, pagination, out = render("ledger", sample_db, plan_id, tmp_path, today=TODAY)
    text = assert_pages(out, pagination, landscape=True)
    for words in ("附件2", "攻坚台帐", "柳科通〔2022〕20号", "打印日期：2022年6月27日", "改革攻坚落实事项",
                  "需要攻坚突破的难点堵点及预期成果", "进展情况（主要措施及成效）", "责任部门", "责任人"):
        assert squeeze(words) in text
    streams = column_streams(out, pagination)
    for column, texts in LEDGER.items():
        assert_in_order(streams[column], texts)


def test_ledger_by_section(qapp, sample_db, plan_id):
    table = build("ledger", sample_db, plan_id, section="人才引智与对外合作科")
    assert [row[0] for row in table.rows] == ["2-2"] and table.notes == ["筛选：牵头科室：人才科"]
    assert [row[0] for row in build("ledger", sample_db, plan_id, section="规配科").rows] == ["2-1"]
    with pytest.raises(UserError, match="法监科没有牵头的攻坚任务"):
        build("ledger", sample_db, plan_id, section="法监科")
    with pytest.raises(UserError, match="没有名为“财务科”的科室"):
        build("ledger", sample_db, plan_id, section="财务科")


def test_roster_prints_the_groups_in_order(qapp, font_set, sample_db, plan_id, tmp_path):
    table, pagination, out = render("roster", sample_db, plan_id, tmp_path, today=TODAY)
    text = assert_pages(out, pagination, landscape=False)
    assert "附件1" in text and "（已离任）" not in text and "代行" not in text
    streams = column_streams(out, pagination)
    assert_in_order(streams[0], ["“改革攻坚落实年”活动市科技局专项工作领导小组", "（一）自治区“改革攻坚年”任务小组",
                                 "（二）市“改革攻坚年”任务小组", "领导小组办公室"])
    assert_in_order(streams[1], ["组长", "副组长", "成员", "分管领导", "牵头科室", "科室负责人", "合办科室"])
    names = ["管伟荣", "李荣军", "董秀鸾", "靳磊", "郑晓鸿", "周克云", "吴丽君", "卢波", "陈新连", "刘勇", "李猛",
             "杨吉奎", "覃靖涛", "钟丽娜", "曾智勇", "卢超团", "周毓婷", "周兵", "杨建军", "黄轶君",
             "靳磊", "发展规划与资源配置科", "钟丽娜", "重大专项科", "董秀鸾", "人才引智与对外合作科", "黄轶君",
             "法规与监督诚信科"]
    assert_in_order(streams[2], names)
    assert_in_order(streams[3], ["党组书记、局长", "党组成员、副局长", "市智能制造科技服务中心主任",
                                 "办公室副主任（主持工作）", "人才引智与对外合作科科长", "副局长"])
    assert_in_order(streams[4], ["任务2-1", "任务2-2"])


def test_roster_names_who_acts_for_someone_who_left(qapp, font_set, sample_db, plan_id, tmp_path):
    with sample_db.write() as session:
        for name in ("管伟荣", "曾智勇"):
            session.scalar(select(Person).where(Person.plan_id == plan_id, Person.name == name)).active = False
    table, pagination, out = render("roster", sample_db, plan_id, tmp_path, today=TODAY)
    assert_pages(out, pagination, landscape=False)
    streams = column_streams(out, pagination)
    assert_in_order(streams[2], ["管伟荣（已离任）", "李荣军", "曾智勇（已离任）", "卢超团"])
    assert_in_order(streams[4], ["由李荣军代行", "由卢超团代行"])  # for a 成员, the next 成员 in order
    first = table.rows[0]
    assert first[2] == "管伟荣（已离任）" and first[4] == "由 李荣军 代行"


def test_quotas_print_one_row_per_requirement(qapp, font_set, sample_db, plan_id, tmp_path):
    table, pagination, out = render("quotas", sample_db, plan_id, tmp_path, today=TODAY)
    assert len(table.rows) == 18  # 4 + 3 + 4 + 4 + 3 requirements
    text = assert_pages(out, pagination, landscape=True)
    assert "附件4" in text and "宣传推广清单" in text
    streams = column_streams(out, pagination)
    assert_in_order(streams[0], ["改革信息", "新闻发布", "媒体报道", "经验交流推广", "优秀成果评选"])
    assert_in_order(streams[1], ["全市", "规配科", "重大科", "人才科", "全市", "规配科", "规配科"])
    assert_in_order(streams[2], ["每月至少 2 条", "1 条/月", "1 条/2 月", "年内至少 1 次", "5 月一场", "6 月一场",
                                 "每月至少 1 篇", "年内 1 次经验交流现场会", "5-6 月", "12 月"])
    assert_in_order(streams[3], ["每月至少2项", "每月1项", "每2个月1项", "每年至少1项", "5月1项", "5、6月1项", "12月1项"])
    assert_in_order(streams[5], ["方式：三科提供素材，由法监科编辑稿件。", "研发经费奖补政策", "国家创新型城市",
                                 "方式：三科各自发表，发表情况每月 25 日日前归集到法监科。", "总结任务经验", "任务经验参评"])
    assert set(streams[4]) == {"0"}


def test_quotas_count_the_items_of_the_plan_year(qapp, sample_db, plan_id):
    from desktop.models.quota import PublicityItem, QuotaRule

    with sample_db.write() as session:
        rule = session.scalar(select(QuotaRule).where(QuotaRule.plan_id == plan_id, QuotaRule.kind == "改革信息"))
        for department_id, day in ((4, dt.date(2022, 3, 1)), (4, dt.date(2022, 4, 1)), (5, dt.date(2022, 4, 2)),
                                   (4, dt.date(2021, 12, 31))):
            session.add(PublicityItem(plan_id=plan_id, rule_id=rule.id, department_id=department_id, title="信息", date=day))
    rows = build("quotas", sample_db, plan_id).rows
    assert [row[4] for row in rows[:4]] == ["3", "2", "1", "0"]
    section = build("quotas", sample_db, plan_id, section="重大科")
    assert [row[1] for row in section.rows] == ["重大科"] * 4 and section.rows[0][4] == "1"
    with pytest.raises(UserError, match="办公室没有宣传推广任务"):
        build("quotas", sample_db, plan_id, section="办公室")


def test_overdue_list(qapp, font_set, sample_db, plan_id, tmp_path):
    table, pagination, out = render("overdue", sample_db, plan_id, tmp_path, today=LATER)
    assert_pages(out, pagination, landscape=False)
    streams = column_streams(out, pagination)
    assert_in_order(streams[0], ["规配科", "人才科"])
    rows = {row[2]: row for row in table.rows}
    assert rows["赛马制政策出台"][1:] == ["2-1", "赛马制政策出台", "2022-06-30", "已逾期 5 天"]
    section = ""
    for row in table.rows:
        section = row[0] or section
        if row[2] == "赛马制政策出台":
            assert section == "规配科"
    assert_in_order(streams[2], ["赛马制政策出台", "人才飞地政策出台"])
    assert "已逾期5天" in streams[4]

    soon = build("overdue", sample_db, plan_id, today=TODAY)
    assert {row[4] for row in soon.rows} == {"3 天后到期"}
    assert [row[2] for row in build("overdue", sample_db, plan_id, today=LATER, section="人才科").rows] == ["人才飞地政策出台"]
    with pytest.raises(UserError, match="没有逾期或临期的事项"):
        build("overdue", sample_db, plan_id, today=dt.date(2022, 1, 3))
    with pytest.raises(UserError, match="没有名为“财务科”的科室"):
        build("overdue", sample_db, plan_id, today=LATER, section="财务科")


@pytest.mark.parametrize("key", ["ledger", "roster", "quotas", "overdue"])
def test_cli_prints_each_report(qapp, font_set, sample_target, tmp_path, capsys, key):
    out = tmp_path / f"{key}.pdf"
    code, stdout, err = run(capsys, "print", sample_target, key, "--pdf", out)
    assert code == EXIT_OK and err == "" and out.exists() and out.stat().st_size > 1000
    assert reports()[key].label in stdout
    width, height = page_size(out)
    assert (width > height) == reports()[key].landscape


def test_cli_refuses_filters_a_report_does_not_take(qapp, font_set, sample_target, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "print", sample_target, "roster", "--pdf", out, "--section", "规配科")
    assert code == EXIT_USER_ERROR and "不按科室筛选" in err and not out.exists()
    code, _, err = run(capsys, "print", sample_target, "ledger", "--pdf", out, "--from", "2022-07-01")
    assert code == EXIT_USER_ERROR and "不按督查时间筛选" in err and not out.exists()
    code, _, _ = run(capsys, "print", sample_target, "roster", "--pdf", out, "--landscape")
    width, height = page_size(out)
    assert code == EXIT_OK and width > height


def test_the_overdue_list_as_of_a_given_day_from_the_command_line(font_set, sample_target, tmp_path, capsys):
    from desktop.cli import main

    out = tmp_path / "逾期.pdf"
    assert main(["print", str(sample_target), "overdue", "--pdf", str(out), "--today", "2022-07-05"]) == 0
    squashed = squeeze(pdftotext(out))
    assert "赛马制政策出台" in squashed and "已逾期5天" in squashed and "2022年7月5日" in squashed
    assert main(["print", str(sample_target), "overdue", "--pdf", str(tmp_path / "x.pdf"), "--today", "明天"]) == 1


def test_timeline(qapp, font_set, sample_db, plan_id, tmp_path):
    table, pagination, out = render("timeline", sample_db, plan_id, tmp_path, today=LATER)
    assert_pages(out, pagination, landscape=True)
    assert [c.title for c in table.columns[2:14]] == [f"{m}月" if m != LATER.month else f"▼{m}月" for m in range(1, 13)]
    rows = {row[0]: row for row in table.rows}
    task = rows["2-1 柳州市建立“三制一补”机制激发创新活力，加快建国家创新型城市"]
    assert task[2:8] == ["■"] * 5 + ["▲30"] and task[8:14] == [""] * 6  # by 30 June
    assert task[-1] == "逾期"  # as of LATER, in July
    assert "2-2 人才飞地政策出台" in rows  # a milestone says whose it is
    titles = [row[0] for row in table.rows]
    assert titles.index("2-1 探索“双轨制”") < titles.index("2-2 人才飞地政策出台")  # grouped by task
    # 2-2 names no deadline of its own: its title heads its measures and milestones.
    heading = "2-2 柳州市建立飞地引才机制，拓宽人才和项目的引进和转化渠道，推进“人才强市”战略"
    assert rows[heading][1] == "（见各措施）" and rows[heading][2:] == [""] * 13
    assert titles.index("2-1 探索“双轨制”") < titles.index(heading) < titles.index("2-2 人才飞地政策出台")
    streams = column_streams(out, pagination)
    assert "三制一补" in squeeze(streams[0])
    assert "▲30" in squeeze(streams[7])  # June's column, printed


def test_the_timeline_prints_on_a3_from_the_command_line(qapp, font_set, sample_target, tmp_path, capsys):
    out = tmp_path / "timeline-a3.pdf"
    code, _, _ = run(capsys, "print", str(sample_target), "timeline", "--pdf", str(out), "--today", "2022-07-05", "--a3")
    assert code == EXIT_OK
    width, height = page_size(out)
    assert (round(width), round(height)) == (1191, 842)  # A3 landscape, 420 x 297 mm
    a4 = tmp_path / "timeline-a4.pdf"
    assert run(capsys, "print", str(sample_target), "timeline", "--pdf", str(a4), "--today", "2022-07-05")[0] == EXIT_OK
    assert tuple(round(v) for v in page_size(a4)) == (842, 595)


def test_quota_matrix_prints_each_kind_by_section_and_month(qapp, font_set, sample_db, plan_id, tmp_path):
    from desktop.models.quota import PublicityItem, QuotaRule

    with sample_db.write() as session:
        rule = session.scalar(select(QuotaRule).where(QuotaRule.plan_id == plan_id, QuotaRule.kind == "改革信息"))
        guipei = session.scalar(select(Department).where(Department.plan_id == plan_id, Department.short_name == "规配科"))
        for day in (dt.date(2022, 5, 9), dt.date(2022, 6, 1)):
            session.add(PublicityItem(plan_id=plan_id, rule_id=rule.id, department_id=guipei.id, title="信息", date=day))
    table, pagination, out = render("quota_matrix", sample_db, plan_id, tmp_path, today=TODAY)
    text = assert_pages(out, pagination, landscape=True)
    assert "宣传推广完成情况" in text and "统计截至：2022年6月27日" in text
    assert [c.title for c in table.columns] == ["事项", "科室", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
                                                "合计", "欠缺"]
    first = table.rows[:4]
    assert [row[0] for row in first] == ["改革信息", "", "", ""]
    assert [row[1] for row in first] == ["规配科", "重大科", "人才科", "全市要求"]
    # 规配科: May met, June met (1 a month); 重大科 and 人才科 short in June (1 every 2 months, due the 30th).
    assert first[0][2] == "1/1" and first[0][3] == "1/1" and first[0][4] == "0/1 未到期"
    assert first[1][2:4] == ["0", "0/1 未到期"]
    assert first[3][2:4] == ["1/2 欠1", "1/2 未到期"]
    assert [row[0] for row in table.rows if row[0]] == ["改革信息", "新闻发布", "媒体报道", "经验交流推广", "优秀成果评选"]
    section = build("quota_matrix", sample_db, plan_id, section="人才科", today=TODAY)
    assert {row[1] for row in section.rows} == {"人才科"}
    with pytest.raises(UserError, match="办公室没有宣传推广任务"):
        build("quota_matrix", sample_db, plan_id, section="办公室")
    fonts = choose_fonts(table.title_texts(), table.body_texts())
    assert not missing_characters(fonts.body, characters(table.body_texts()))


# -- layout in every font set --------------------------------------------------------------


def font_sets_installed() -> dict[str, PrintFonts]:
    """The font sets of the ``font_set`` fixture as PrintFonts; skipped (failed in CI) when one is not installed."""
    from conftest import FONT_SETS, require_font_sets

    require_font_sets()
    return {name: PrintFonts(title=title, body=body) for name, (title, body) in FONT_SETS.items()}


def test_the_seed_reports_take_the_same_pages_in_every_font_set(qapp, sample_db, plan_id):
    """Rendered in one process under Noto CJK and WenQuanYi: the same pages, rows and lines; no page wasted."""
    sets = font_sets_installed()
    from desktop.models import TaskSource
    from desktop.services.instructions import NewInstruction, create_instruction_task

    # The 批示件办理情况 list needs a task from outside the plan; the sample has none.
    create_instruction_task(sample_db, plan_id, NewInstruction(
        TaskSource.INSTRUCTION, "研究科技金融支持政策", "柳科批〔2022〕3号", dt.date(2022, 5, 20), None,
        "市政府分管副市长", "请科技局牵头，会同财政局抓紧研究科技金融支持政策，7月底前报市政府。", None, dt.date(2022, 7, 31)))
    for key, report in reports().items():
        table = build(key, sample_db, plan_id, today=TODAY)
        setup = PageSetup(landscape=report.landscape)
        placed = {}
        for name, fonts in sets.items():
            assert not missing_characters(fonts.title, characters(table.title_texts())), (key, name)
            assert not missing_characters(fonts.body, characters(table.body_texts())), (key, name)
            pagination = layout(table, setup, fonts)
            placed[name] = [[(f.row, f.spans, f.whole) for f in page.fragments] for page in pagination.pages]
            # No page holds only the title block and the heading row.
            assert all(page.fragments for page in pagination.pages), (key, name)
            # No last page holding a little that the tighter spacing would have saved.
            tightest = replace(setup, line_spacing=setup.min_line_spacing)
            if pagination.spacing == setup.line_spacing and holds_little(pagination, pagination.pages[-1]):
                assert len(layout(table, tightest, fonts).pages) == len(pagination.pages), (key, name)
            assert setup.min_line_spacing <= pagination.spacing <= setup.line_spacing
        rows_per_page = {name: [[row for row, _, _ in page] for page in pages] for name, pages in placed.items()}
        assert rows_per_page["noto"] == rows_per_page["wqy"], key
        assert placed["noto"] == placed["wqy"], key  # even the lines of every cell


def test_the_seed_forms_are_one_page_each(qapp, font_set, sample_db, plan_id):
    """督察清单, 宣传推广清单 and 宣传推广完成情况: the seed's rows on one landscape A4 page, in either font set."""
    for key in ("checklist", "quotas", "quota_matrix"):
        table = build(key, sample_db, plan_id, today=TODAY)
        pagination = layout(table, PageSetup(landscape=True))
        assert len(pagination.pages) == 1, key
        assert [f.row for f in pagination.pages[0].fragments] == list(range(len(table.rows))), key


def test_ledger_page_one_holds_the_first_task(qapp, font_set, sample_db, plan_id, tmp_path):
    table, pagination, out = render("ledger", sample_db, plan_id, tmp_path, today=TODAY)
    first = pagination.pages[0].fragments
    assert first and first[0].row == 0
    page_one = column_streams(out, pagination, only=1)
    assert page_one[0] == "2-1" and page_one[1].startswith(squeeze(TITLE_1)[:20])
    assert page_one[2].startswith(squeeze(LEDGER[2][0])) and page_one[3].startswith(squeeze(LEDGER[3][0]))
    # What does not fit page 1 continues on page 2, marked, before the second task.
    if not first[-1].whole:
        assert pagination.pages[1].fragments[0].continued and "（续）" in "".join(column_streams(out, pagination, only=2))


def test_a_roster_group_continued_on_a_new_page_is_named_again(qapp, font_set, sample_db, plan_id, tmp_path):
    table, pagination, out = render("roster", sample_db, plan_id, tmp_path, today=TODAY)
    assert len(pagination.pages) >= 2
    for page in pagination.pages[1:]:
        top = page.fragments[0]
        if table.rows[top.row][0]:
            continue  # the page begins with a group
        group = next(row[0] for row in reversed(table.rows[: top.row]) if row[0])
        assert [column for column, _ in top.carried] == [0]
        streams = column_streams(out, pagination, only=page.number)
        assert streams[0].startswith(squeeze(f"{group}（续）"))
        assert streams[2].startswith(squeeze(table.rows[top.row][2]))
    assert any(page.fragments[0].carried for page in pagination.pages[1:])


def title_lines(pagination) -> list[str]:
    title = pagination.title
    text = title.layout.text()
    lines = []
    for index in range(title.count):
        line = title.layout.lineAt(index)
        lines.append(text[line.textStart(): line.textStart() + line.textLength()].strip("\u2028"))
    return lines


def bbox_lines(out) -> list[tuple[str, float, float]]:
    """The first page's text lines as pdftotext lays them out: (text, left, right) in points."""
    import html
    import re

    page = pdftotext(out, "-bbox-layout").split("</page>")[0]
    found = []
    for line in re.findall(r"<line [^>]*>(.*?)</line>", page, re.S):
        words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>', line)
        if words:
            text = "".join(html.unescape(w) for _, _, w in words)
            found.append((text, min(float(x) for x, _, _ in words), max(float(x) for _, x, _ in words)))
    return found


@pytest.mark.parametrize("key", ["roster", "ledger", "checklist"])
def test_titles_break_between_words_and_every_line_is_centred(qapp, font_set, sample_db, plan_id, tmp_path, key):
    table, pagination, out = render(key, sample_db, plan_id, tmp_path, today=TODAY)
    lines = title_lines(pagination)
    assert "".join(lines) == table.title
    if key == "roster":
        assert lines == ["“改革攻坚落实年”活动", "市科技局专项工作领导小组名单"]
    middle = pagination.pt((pagination.left + pagination.right) / 2)
    printed = bbox_lines(out)
    for line in lines:
        (left, right), = [(x0, x1) for text, x0, x1 in printed if text == line]
        assert abs((left + right) / 2 - middle) < 1.5, (line, left, right, middle)


def test_the_quota_matrix_is_not_headed_as_attachment_4(qapp, font_set, sample_db, plan_id, tmp_path):
    table, pagination, out = render("quota_matrix", sample_db, plan_id, tmp_path, today=TODAY)
    assert table.label == "" and "附件4" not in "".join(pdf_pages(out))
    assert build("quotas", sample_db, plan_id, today=TODAY).label == "附件4"  # the list itself is 附件4


def test_the_overdue_list_looks_as_far_ahead_as_the_reminders_setting(sample_db, plan_id):
    """The printed list covers the reminders' window (working days), as the bar and the panel do."""
    soon = build("overdue", sample_db, plan_id, today=TODAY, reminder_working_days=15)
    assert {row[4] for row in soon.rows} == {"3 天后到期"}
    assert "15 个工作日内到期" in soon.notes[0]
    with pytest.raises(UserError, match="临期指 1 个工作日内到期"):
        build("overdue", sample_db, plan_id, today=TODAY, reminder_working_days=1)
