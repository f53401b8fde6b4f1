"""Printing the supervision checklist (附件 3) to PDF, read back with poppler's pdftotext."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
import html
import random
import re
import subprocess

import pytest

from desktop.cli import EXIT_OK, EXIT_USER_ERROR, main
from desktop.errors import UserError
from desktop.printing.checklist import ChecklistFilter, checklist_columns
from desktop.printing.fonts import characters, choose_fonts, missing_characters
from desktop.printing.pdf import layout, render_pdf
from desktop.printing.table import Column, PageSetup, Table, continued_mark
from desktop.services.printouts import checklist_printout
from desktop.services.workspace import current_plan

TODAY = dt.date(2022, 5, 10)
TITLE = "“改革攻坚落实年”活动督察清单市科技局工作计划表"
#: The seed's checklist rows (附件 3), cell by cell, as the document writes them.
SEED_ROWS = [
    ["1", "设区市督察", "本市改革攻坚事项", "设区市党委深改委", "各县（市、区）、市直部门", "第三季度",
     "7月备检，法监科牵头，协同规配、重大、人才科。"],
    ["2", "专项小组督察", "本领域改革攻坚事项", "自治区党委深改委各专项小组", "各设区市、区直部门", "第三季度",
     "7月备检，法监科牵头，协同规配、重大、人才科。"],
    ["3", "自治区党委深改委专项督察", "全区改革攻坚事项", "自治区党委改革办", "各设区市、区直部门", "第四季度",
     "7月备检，法监科牵头，协同三科。"],
    ["4", "听取区直部门、设区市和县（市、区）汇报", "主要负责同志亲力亲为抓改革谋划和改革攻坚落实", "自治区党委深改委",
     "各设区市、县（市、区）、区直部门", "3月起", "实时备检，规配科、法监科牵头，协同重大科、人才科。"],
    ["5", "定期通报", "改革攻坚落实进展情况，表扬先进单位，对后进单位提出整改建议", "自治区党委改革办",
     "各设区市、区直部门", "6月、10月", "5月、9月备检，规配科、法监科牵头，协同重大科、人才科。"],
    ["6", "第三方评估", "选取若干项涉及面广、人民群众关切、具有广西特色的改革攻坚事项进行第三方评估", "自治区党委改革办",
     "相关改革牵头部门", "第二季度", "4-5月备检，规配科、法监科牵头，协同重大科、人才科。"],
    ["7", "绩效考评", "将14个设区市、区直部门、中直驻桂单位攻坚成果作为年度改革绩效考评主要内容", "自治区党委改革办",
     "各设区市、区直部门、中直驻桂单位", "12月", "10-12月备检，法监科牵头，协同规配、重大、人才科。"],
]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdftotext(path, *args) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def pdf_pages(path) -> list[str]:
    """Each page's text, white space removed (pdftotext ends every page with a form feed)."""
    return [squeeze(page) for page in pdftotext(path, "-layout").split("\f")[:-1]]


def page_size(path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return float(width), float(height)


def column_streams(path, pagination, only: int | None = None) -> list[str]:
    """Per column, the text of its cells on every page in reading order (headings and page numbers left out).

    Words are placed by their position (``pdftotext -bbox``), so a text wrapped over many lines
    reads as one, however the columns beside it wrap. *only* keeps one page (numbered from 1).
    """
    pages = re.findall(r"<page [^>]*>(.*?)</page>", pdftotext(path, "-bbox"), re.S)
    assert len(pages) == len(pagination.pages)
    edges = [pagination.pt(x) for x in pagination.column_edges]
    streams = [[] for _ in range(len(edges) - 1)]
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
    for text, page in zip(pages, pagination.pages):
        if only is not None and page.number != only:
            continue
        top, bottom = pagination.pt(page.rows_top), pagination.pt(page.rows_bottom)
        words = []
        for x0, y0, x1, y1, content in word.findall(text):
            x, y = (float(x0) + float(x1)) / 2, (float(y0) + float(y1)) / 2
            if top < y < bottom:
                words.append((float(y0), x, html.unescape(content)))
        for column in range(len(streams)):
            mine = sorted(w for w in words if edges[column] < w[1] < edges[column + 1])
            lines: list[list[tuple[float, float, str]]] = []
            for w in mine:
                if lines and abs(lines[-1][0][0] - w[0]) < 2:
                    lines[-1].append(w)
                else:
                    lines.append([w])
            streams[column].extend(c for line in lines for _, _, c in sorted(line, key=lambda w: w[1]))
    return ["".join(s) for s in streams]


def assert_in_order(stream: str, texts: list[str]) -> None:
    at = 0
    for text in texts:
        found = stream.find(squeeze(text), at)
        assert found >= 0, f"{text[:40]}… is missing or out of order"
        at = found + len(squeeze(text))


@pytest.fixture
def plan_id(sample_db) -> int:
    return current_plan(sample_db).id


def test_the_seed_checklist_prints_on_one_landscape_page(qapp, font_set, sample_db, plan_id, tmp_path):
    table = checklist_printout(sample_db, plan_id, today=TODAY)
    out = tmp_path / "清单.pdf"
    pagination = render_pdf(table, out)
    assert len(pagination.pages) == 1
    width, height = page_size(out)
    assert width > height and round(width) == 842
    (page,) = pdf_pages(out)
    for text in (TITLE, "柳科通〔2022〕20号", "打印日期：2022年5月10日", "附件3", "第1页共1页"):
        assert text in page
    assert "核对人：________核对日期：________" in page
    for heading in ("序号", "督查事项", "督查内容", "督查主体", "督查对象", "时间", "市科技局工作计划", "准备情况"):
        assert heading in page
    streams = column_streams(out, pagination)
    for column, stream in enumerate(streams[:7]):
        assert_in_order(stream, [row[column] for row in SEED_ROWS])
    assert streams[7] == ""  # the boxes to tick are drawn, not letters


def test_portrait_is_selectable(qapp, font_set, sample_db, plan_id, tmp_path):
    out = tmp_path / "portrait.pdf"
    pagination = render_pdf(checklist_printout(sample_db, plan_id, today=TODAY), out, PageSetup(landscape=False))
    width, height = page_size(out)
    assert width < height
    pages = pdf_pages(out)
    assert len(pages) == len(pagination.pages) >= 1
    assert all("市科技局工作计划" in page for page in pages)
    assert "核对人" in pages[-1] and all("核对人" not in page for page in pages[:-1])
    # The footer never stands alone: the last row went over with it.
    assert pagination.pages[-1].fragments


def seqs(table: Table) -> list[str]:
    return [row[0] for row in table.rows]


def test_filters(qapp, sample_db, plan_id):
    def rows(**kwargs):
        return seqs(checklist_printout(sample_db, plan_id, ChecklistFilter(**kwargs), today=TODAY))

    assert rows() == ["1", "2", "3", "4", "5", "6", "7"]
    # 第三季度 twice, and 3月起, which is open-ended.
    assert rows(start=dt.date(2022, 7, 1), end=dt.date(2022, 9, 30)) == ["1", "2", "4"]
    assert rows(start=dt.date(2022, 12, 1)) == ["3", "4", "7"]  # 第四季度 holds December
    assert rows(end=dt.date(2022, 3, 31)) == ["4"]
    assert rows(start=dt.date(2022, 6, 15), end=dt.date(2022, 6, 15)) == ["4", "5", "6"]
    assert rows(section="法监科") == ["1", "2", "3", "4", "5", "6", "7"]
    assert rows(section="发展规划与资源配置科") == ["4", "5", "6"]
    assert rows(section="规配科", start=dt.date(2022, 10, 1)) == ["4", "5"]
    table = checklist_printout(sample_db, plan_id, ChecklistFilter(section="规配科"), today=TODAY)
    assert table.notes == ["筛选：牵头科室：规配科"]


def test_filters_that_leave_nothing_or_make_no_sense_are_refused(qapp, sample_db, plan_id):
    with pytest.raises(UserError, match="人才科没有牵头的督察事项"):
        checklist_printout(sample_db, plan_id, ChecklistFilter(section="人才科"))
    with pytest.raises(UserError, match="没有名为“财务科”的科室.*法规与监督诚信科（法监科）"):
        checklist_printout(sample_db, plan_id, ChecklistFilter(section="财务科"))
    with pytest.raises(UserError, match="晚于结束日期"):
        checklist_printout(sample_db, plan_id, ChecklistFilter(start=dt.date(2022, 9, 1), end=dt.date(2022, 8, 1)))
    # Before 3月起, the open-ended window that overlaps everything later.
    with pytest.raises(UserError, match="没有符合条件的督察事项（督查时间：2022-01-01 至 2022-02-28）"):
        checklist_printout(sample_db, plan_id, ChecklistFilter(start=dt.date(2022, 1, 1), end=dt.date(2022, 2, 28)))


def test_no_glyph_is_missing(qapp, font_set, sample_db, plan_id):
    table = checklist_printout(sample_db, plan_id, today=TODAY)
    fonts = choose_fonts(table.title_texts(), table.body_texts())
    assert not missing_characters(fonts.title, characters(table.title_texts()))
    assert not missing_characters(fonts.body, characters(table.body_texts()))
    assert "中" in characters(table.body_texts()) and " " not in characters(table.body_texts())


def test_text_no_font_can_show_is_refused(qapp, font_set, sample_db, plan_id, tmp_path):
    table = checklist_printout(sample_db, plan_id, today=TODAY)
    table.rows[0][1] = "设区市督察\U00013000"  # an Egyptian hieroglyph no font here has
    out = tmp_path / "x.pdf"
    with pytest.raises(UserError, match="没有能显示全部文字的字体"):
        render_pdf(table, out)
    assert not out.exists()


def generated_rows(count: int, length: int, item_length: int = 60) -> list[list]:
    """Rows with *length* characters of 督查内容 and 工作计划 and *item_length* of 督查事项, each text unique."""
    pool = sorted(characters(cell for row in SEED_ROWS for cell in row) - set("0123456789-"))
    rows = []
    for index in range(count):
        chance = random.Random(index)
        def text(tag: str, length: int) -> str:
            head = f"{tag}{index + 1:04d}"
            return head + "".join(chance.choice(pool) for _ in range(length - len(head)))

        rows.append(
            [str(index + 1), text("事", item_length), text("内", length), "主体", "对象", "第三季度", text("划", length), index % 2 == 0]
        )
    return rows


def fragments_of(pagination) -> list:
    return [f for page in pagination.pages for f in page.fragments]


def assert_rows_whole_in_order(pagination, rows: int) -> None:
    """Every row's lines appear once, in order, over its pieces; every piece after the first is marked."""
    pieces = fragments_of(pagination)
    assert sorted({f.row for f in pieces}) == list(range(rows))
    assert [f.row for f in pieces] == sorted(f.row for f in pieces)
    for row in range(rows):
        mine = [f for f in pieces if f.row == row]
        counts = [t.count for t in pagination.cells[row]]
        for column, count in enumerate(counts):
            spans = [f.spans[column] for f in mine]
            covered = [line for first, end in spans for line in range(first, end)]
            assert covered == list(range(count))
        assert not mine[0].continued and all(f.continued for f in mine[1:])
        assert mine[0].whole == (len(mine) == 1)


def without_marks(stream: str) -> str:
    return stream.replace(squeeze(continued_mark()), "")


def test_long_rows_are_never_cut_and_pieces_say_they_continue(qapp, font_set, tmp_path):
    """Forty rows of 300 characters: rows split where a third of a page would stay empty, never lost."""
    rows = generated_rows(40, 300)
    table = Table(checklist_columns(), rows, TITLE, info_left="柳科通〔2022〕20号", footer="核对人：________")
    out = tmp_path / "long.pdf"
    pagination = render_pdf(table, out)
    pages = pdf_pages(out)
    count = len(pagination.pages)
    assert len(pages) == count > 3
    assert_rows_whole_in_order(pagination, len(rows))
    for number, page in enumerate(pages, 1):
        assert page.count("督查主体") == 1 and page.count("准备情况") == 1
        assert page.endswith(f"第{number}页共{count}页")
    continued = [(page.number, f) for page in pagination.pages for f in page.fragments if f.continued]
    for number, fragment in continued:
        assert squeeze(continued_mark()) in pages[number - 1]
    # No piece of fewer than two lines.
    for fragment in fragments_of(pagination):
        assert max(end - first for first, end in fragment.spans) >= 2
    streams = [without_marks(s) for s in column_streams(out, pagination)]
    for column in (0, 1, 2, 6):
        assert_in_order(streams[column], [row[column] for row in rows])


def test_a_row_taller_than_a_page_continues_on_the_next(qapp, font_set, tmp_path):
    rows = generated_rows(3, 40)
    rows[1][2] = "开头" + "".join(generated_rows(1, 2400)[0][2]) + "结尾"
    table = Table(checklist_columns(), rows, TITLE)
    out = tmp_path / "tall.pdf"
    pagination = render_pdf(table, out)
    pieces = [f for page in pagination.pages for f in page.fragments if f.row == 1]
    assert len(pieces) >= 3 and not any(f.whole for f in pieces)
    assert_rows_whole_in_order(pagination, 3)
    pages = pdf_pages(out)
    assert all(page.count("督查内容") == 1 for page in pages)
    # Each page after the first begins with the continued row, its text under （续）.
    for page, text in zip(pagination.pages[1:], pages[1:]):
        if page.fragments[0].row == 1:
            assert page.fragments[0].continued and page.fragments[0].marker_column == 2
            assert squeeze("市科技局工作计划准备情况（续）") in text  # right under the heading row
    streams = column_streams(out, pagination)
    assert_in_order(without_marks(streams[2]), [row[2] for row in rows])


def lines_table(counts: list[int]) -> Table:
    """A two-column table whose rows take exactly *counts* lines (one short line each, in any face)."""
    rows = [[str(n + 1), "\n".join(f"第{n + 1}行第{i + 1}句" for i in range(count))] for n, count in enumerate(counts)]
    return Table([Column("序号", 0.6, centered=True), Column("内容", 6.0)], rows, "版面测试")


def capacity(table: Table, setup: PageSetup) -> tuple[int, int]:
    """How many lines the first page's table and a later page's table hold, one row each."""
    p = layout(table, setup)
    page = p.pages[0]
    first = int((p.body_bottom - page.rows_top - 2 * p.row_padding) // p.pitch)
    later = int((p.body_bottom - p.body_top - p.heading_height - 2 * p.row_padding) // p.pitch)
    return first, later


FIXED = PageSetup(landscape=False, min_line_spacing=1.5)


def test_a_row_that_would_leave_a_third_of_the_page_empty_is_split(qapp, font_set):
    first, _ = capacity(lines_table([1]), FIXED)
    # Half the page taken, then a row that fits a fresh page but not the half left: split.
    half = first // 2
    split = layout(lines_table([half, first - 4]), FIXED)
    page_one = split.pages[0].fragments
    assert [f.row for f in page_one] == [0, 1] and not page_one[1].whole
    assert split.pages[1].fragments[0].row == 1 and split.pages[1].fragments[0].continued
    left = split.body_bottom - split.pages[0].rows_bottom
    assert left < split.pitch + 2 * split.row_padding  # the page is used to its last line
    # Most of the page taken (less than a third left): the row moves whole.
    most = first * 3 // 4
    moved = layout(lines_table([most, first // 2]), FIXED)
    assert [f.row for f in moved.pages[0].fragments] == [0]
    assert [(f.row, f.whole) for f in moved.pages[1].fragments] == [(1, True)]
    assert moved.body_bottom - moved.pages[0].rows_bottom < (moved.body_bottom - moved.pages[0].rows_top) / 3


def test_no_piece_of_a_split_row_holds_a_single_line(qapp, font_set):
    first, _ = capacity(lines_table([1]), FIXED)
    alone = layout(lines_table([first // 3]), FIXED)
    fit = int((alone.body_bottom - alone.pages[0].rows_bottom - 2 * alone.row_padding) // alone.pitch)
    # Room for all but one line of the second row: split so that two lines go over, not one.
    p = layout(lines_table([first // 3, fit + 1]), FIXED)
    pieces = [f for f in fragments_of(p) if f.row == 1]
    assert len(pieces) == 2
    assert [max(e - b for b, e in f.spans) for f in pieces] == [fit - 1, 2]


def test_a_last_row_that_fits_at_a_tighter_spacing_saves_the_page(qapp, font_set):
    setup = PageSetup(landscape=False)
    first, _ = capacity(lines_table([1]), setup)
    # Rows of 3 lines filling the page, and one more that spills at 1.5 but fits at 1.3.
    rows = [3] * (first // 3 - 1)
    spill = layout(lines_table(rows + [3, 3]), replace(setup, min_line_spacing=1.5))
    assert len(spill.pages) == 2
    tight = layout(lines_table(rows + [3, 3]), setup)
    assert len(tight.pages) == 1
    assert setup.min_line_spacing <= tight.spacing < setup.line_spacing
    assert tight.pitch < spill.pitch and tight.body_font.pointSizeF() == spill.body_font.pointSizeF()
    # The largest spacing that saves the page: one step wider does not.
    wider = layout(lines_table(rows + [3, 3]), replace(setup, min_line_spacing=round(tight.spacing + 0.05, 2)))
    assert len(wider.pages) == 2 or wider.spacing == tight.spacing


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_prints_the_checklist(qapp, font_set, sample_target, tmp_path, capsys):
    out = tmp_path / "清单.pdf"
    code, stdout, err = run(capsys, "print", sample_target, "checklist", "--pdf", out, "--from", "2022-07-01", "--to", "2022-09-30")
    assert code == EXIT_OK and err == ""
    assert "3 项，共 1 页" in stdout and out.exists()
    page = pdf_pages(out)[0]
    assert "筛选：督查时间：2022-07-01至2022-09-30" in page and "设区市督察" in page and "定期通报" not in page

    before = out.read_bytes()
    code, stdout, err = run(capsys, "print", sample_target, "checklist", "--pdf", out)
    assert code == EXIT_USER_ERROR and stdout == ""
    assert err.startswith("错误：") and "已存在" in err and "--overwrite" in err and len(err.strip().splitlines()) == 1
    assert out.read_bytes() == before
    code, stdout, _ = run(capsys, "print", sample_target, "checklist", "--pdf", out, "--overwrite", "--portrait")
    assert code == EXIT_OK and f"7 项，共 {len(pdf_pages(out))} 页" in stdout
    width, height = page_size(out)
    assert width < height


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--section", "人才科"], "人才科没有牵头的督察事项"),
        (["--section", "财务科"], "没有名为“财务科”的科室"),
        (["--from", "2022-13-01"], "日期“2022-13-01”无法识别"),
    ],
)
def test_cli_refuses_bad_input(qapp, sample_target, tmp_path, capsys, args, message):
    out = tmp_path / "x.pdf"
    code, stdout, err = run(capsys, "print", sample_target, "checklist", "--pdf", out, *args)
    assert code == EXIT_USER_ERROR and stdout == ""
    assert err.startswith("错误：") and message in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_cli_refuses_a_wrong_file_name_or_folder(qapp, sample_target, tmp_path, capsys):
    code, _, err = run(capsys, "print", sample_target, "checklist", "--pdf", tmp_path / "x.docx")
    assert code == EXIT_USER_ERROR and ".pdf" in err
    code, _, err = run(capsys, "print", sample_target, "checklist", "--pdf", tmp_path / "nope" / "x.pdf")
    assert code == EXIT_USER_ERROR and "不存在" in err
    code, _, err = run(capsys, "print", tmp_path / "missing.duban", "checklist", "--pdf", tmp_path / "x.pdf")
    assert code == EXIT_USER_ERROR and err.startswith("错误：")


def test_cli_lists_the_printouts_it_offers(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["print", "x.duban", "minutes", "--pdf", "x.pdf"])
    assert exit_info.value.code == 2
    assert "choose from 'checklist', 'ledger', 'roster', 'quotas', 'overdue'" in capsys.readouterr().err


def test_the_command_line_offers_exactly_the_registered_printouts():
    from desktop.cli.exports import REPORTS
    from desktop.services.printouts import reports

    assert tuple(reports()) == REPORTS


def test_titles_break_between_phrases_into_balanced_lines():
    from desktop.printing.titles import balanced_lines, phrase_breaks

    width = len  # one unit a character, as Chinese characters are one em in every face
    roster = "“改革攻坚落实年”活动市科技局专项工作领导小组名单"
    assert balanced_lines(roster, 30, width) == [roster]
    assert balanced_lines(roster, 18, width) == ["“改革攻坚落实年”活动", "市科技局专项工作领导小组名单"]
    # Never inside the quotes, never before closing punctuation nor after opening punctuation.
    assert all(not 0 < at < 9 for at in phrase_breaks(roster))
    assert balanced_lines(TITLE, 16, width) == ["“改革攻坚落实年”活动", "督察清单市科技局工作计划表"]
    three = balanced_lines(TITLE, 10, width)
    assert three == ["“改革攻坚落实年”", "活动督察清单", "市科技局工作计划表"] and max(map(len, three)) <= 10
    # No allowed break fits: break anywhere, still evenly, punctuation kept with its word.
    anywhere = balanced_lines("“改革攻坚落实年”", 5, width)
    assert len(anywhere) == 2 and "".join(anywhere) == "“改革攻坚落实年”" and max(map(len, anywhere)) <= 5
    assert balanced_lines("", 5, width) == []
