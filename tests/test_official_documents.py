"""The 督办单 and the 通报 as official documents (公文): the plain model, its PDF and its Word file.

The PDF is read back with poppler's pdftotext under each of the tests' font sets; the Word
file with python-docx and as the XML inside it (no field, no macro, the texts literal).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile

import docx
import pytest

from desktop.errors import UserError
from desktop.printing.official import OfficialDocument, Paragraph, TableBlock
from desktop.printing.official import clean
from desktop.printing.official_docx import write_official_docx
from desktop.printing.official_pdf import render_official, write_official_pdf

ISSUER = "柳州市科学技术局改革攻坚领导小组办公室"
FACTS = "你科牵头的任务“推进科技成果转化平台建设”（2-1）应于2022年6月30日前完成，截至7月5日仍未报送完成情况，已逾期5天。"
REQUIREMENT = "请于2022年7月12日前完成该任务，并将落实情况书面报送领导小组办公室。"
BRIEFING_TITLE = "关于2022年6月改革攻坚工作推进情况的通报"
#: Text a section may type into a task: field codes, markup and control characters.
HOSTILE = "{ DATE } <w:fldSimple w:instr=\"DATE\"/> MERGEFIELD x ]]> &amp; \x00\x01\x07\x0b\x1f\ufffe end"


def notice(**changes) -> OfficialDocument:
    fields = dict(
        issuer=ISSUER, title="督办单", number="〔2022〕第 7 号", recipient="规配科：",
        blocks=(Paragraph(FACTS), Paragraph(REQUIREMENT), Paragraph("联系人：法监科　电话：0772-1234567", "note")),
        date="2022年7月5日", mark="红色督办", mark_colour="#c62828",
    )
    return OfficialDocument(**{**fields, **changes})


def task_row(number: int) -> tuple[str, ...]:
    progress = "已完成" if number % 4 else "正在推进，预计7月底前完成阶段性目标并报送材料"
    return (str(number), f"重点任务{number}：成果转化", "规配科", "2022年6月30日", progress)


def briefing(rows: int = 60) -> OfficialDocument:
    table = TableBlock(
        headings=("序号", "任务", "牵头科室", "完成时限", "进展情况"),
        rows=tuple(task_row(n) for n in range(1, rows + 1)),
        widths=(0.8, 3, 1.2, 1.4, 2.4),
    )
    return OfficialDocument(
        issuer=ISSUER, title=BRIEFING_TITLE, number="〔2022〕第 8 号", recipient="局属各科室、各直属单位：",
        blocks=(
            Paragraph("一、总体情况", "heading1"),
            Paragraph(f"2022年6月，全局改革攻坚任务共{rows}项，各科室按照“改革攻坚落实年”活动要求，扎实推进各项工作。"),
            Paragraph("（一）完成情况", "heading2"),
            table,
            Paragraph("二、下一步工作要求", "heading1"),
            Paragraph("请各科室对照任务清单，逐项抓好落实。\n逾期任务须于7月15日前完成。"),
        ),
        date="2022年7月6日",
    )


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_pages(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return [squeeze(page) for page in out.split("\f")[:-1]]


def document_xml(path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml").decode("utf-8")


# -- the model ------------------------------------------------------------------------------


def test_the_model_is_plain_checked_data():
    document = notice()
    assert document.signed_by == ISSUER
    assert notice(signature="法监科").signed_by == "法监科"
    with pytest.raises(ValueError):
        Paragraph("x", "title")
    with pytest.raises(ValueError):
        TableBlock(headings=("a", "b"), rows=(("1", "2", "3"),))
    with pytest.raises(ValueError):
        TableBlock(headings=("a", "b"), rows=(), widths=(1.0,))
    assert TableBlock(headings=("a", "b"), rows=(("1",),)).cells(("1",)) == ("1", "")
    assert TableBlock(headings=("a", "b"), rows=(), widths=(1.0, 3.0)).relative_widths() == (0.25, 0.75)
    with pytest.raises(AttributeError):
        document.title = "x"  # frozen


# -- PDF ----------------------------------------------------------------------------------


def test_the_notice_prints_on_one_page_with_its_head_and_facts(qapp, font_set, tmp_path):
    path = tmp_path / "督办单.pdf"
    write_official_pdf(notice(), path)
    pages = pdf_pages(path)
    assert len(pages) == 1
    text = pages[0]
    for expected in ("红色督办", ISSUER, "〔2022〕第7号", "督办单", "规配科：", FACTS, REQUIREMENT, "2022年7月5日", "—1—"):
        assert squeeze(expected) in text, expected
    # The head comes first, in order; the signature and the date close the page.
    order = [text.index(squeeze(t)) for t in ("〔2022〕第7号", "督办单", "规配科：", FACTS, "2022年7月5日")]
    assert order == sorted(order)


def test_the_briefing_runs_over_pages_with_its_heading_row_and_page_numbers(qapp, font_set, tmp_path):
    path = tmp_path / "通报.pdf"
    document = briefing(60)
    write_official_pdf(document, path)
    pages = pdf_pages(path)
    assert len(pages) >= 3
    whole = "".join(pages)
    assert squeeze(BRIEFING_TITLE) in pages[0]
    assert "〔2022〕第8号" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert page.endswith(f"—{number}—"), page[-40:]
        # The heading row repeats on every page the table runs over.
        if number > 1 and "重点任务" in page:
            assert "序号任务牵头科室完成时限进展情况" in page
    # Every row once (a row is never cut off nor printed twice).
    assert [n for n in range(1, 61) if whole.count(f"重点任务{n}：成果转化") != 1] == []
    # What follows the table, and the end, on the last page.
    assert "二、下一步工作要求" in whole and pages[-1].index("2022年7月6日") > pages[-1].find("逾期任务")


def test_the_pdf_layout_is_the_same_in_every_font_set(qapp, tmp_path):
    from conftest import FONT_SETS, require_font_sets
    from desktop.printing.fonts import PrintFonts

    require_font_sets()
    counts = {name: render_official(briefing(60), fonts=PrintFonts(*faces))[1] for name, faces in FONT_SETS.items()}
    assert len(set(counts.values())) == 1, counts


def test_a_pdf_path_must_end_in_pdf(qapp, tmp_path):
    with pytest.raises(UserError):
        write_official_pdf(notice(), tmp_path / "督办单.docx")


# -- Word -----------------------------------------------------------------------------------


def test_the_notice_as_a_word_file_reads_back(tmp_path):
    path = tmp_path / "督办单.docx"
    write_official_docx(notice(), path)
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "红色督办"
    for expected in (ISSUER, "〔2022〕第 7 号", "督办单", "规配科：", FACTS, REQUIREMENT, "2022年7月5日"):
        assert expected in texts, expected
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin.mm, section.bottom_margin.mm, section.left_margin.mm, section.right_margin.mm)
    assert [round(m) for m in margins] == [37, 35, 28, 26]
    xml = document_xml(path)
    assert 'w:eastAsia="仿宋_GB2312"' in xml and 'w:eastAsia="方正小标宋简体"' in xml
    assert 'w:color w:val="D40000"' in xml  # the issuer in red
    _assert_no_fields_nor_macros(path)


def test_the_briefing_as_a_word_file_has_its_table_and_a_repeated_heading_row(tmp_path):
    path = tmp_path / "通报.docx"
    write_official_docx(briefing(60), path)
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    # The title broken between words into balanced lines, as the PDF breaks it.
    assert "关于2022年6月改革攻坚\n工作推进情况的通报" in texts
    assert "一、总体情况" in texts and "（一）完成情况" in texts
    assert "请各科室对照任务清单，逐项抓好落实。\n逾期任务须于7月15日前完成。" in texts
    [table] = document.tables
    assert len(table.rows) == 61
    assert [c.text for c in table.rows[0].cells] == ["序号", "任务", "牵头科室", "完成时限", "进展情况"]
    assert [c.text for c in table.rows[60].cells] == list(task_row(60))
    assert [c.text for c in table.rows[4].cells] == list(task_row(4))
    assert table.rows[0]._tr.trPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader") is not None
    _assert_no_fields_nor_macros(path)


def test_hostile_text_arrives_as_literal_text(tmp_path):
    path = tmp_path / "督办单.docx"
    table = TableBlock(headings=("事项", HOSTILE), rows=((HOSTILE, "a\tb\nc"),))
    write_official_docx(notice(recipient=HOSTILE, blocks=(Paragraph(HOSTILE), table), mark=HOSTILE, signature=HOSTILE), path)
    literal = "{ DATE } <w:fldSimple w:instr=\"DATE\"/> MERGEFIELD x ]]> &amp;  end"
    assert clean(HOSTILE) == literal
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert texts.count(literal) >= 3  # the mark, the recipient, the paragraph (and the signature)
    [read] = document.tables
    assert [c.text for c in read.rows[0].cells] == ["事项", literal]
    assert [c.text for c in read.rows[1].cells] == [literal, "a\tb\nc"]
    _assert_no_fields_nor_macros(path)
    assert "&lt;w:fldSimple" in document_xml(path)


def _assert_no_fields_nor_macros(path) -> None:
    xml = document_xml(path)
    for tag in ("<w:fldSimple", "<w:instrText", "<w:fldChar", "<w:hyperlink"):
        assert tag not in xml, tag
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        types = package.read("[Content_Types].xml").decode("utf-8")
    assert not [n for n in names if "vba" in n.lower() or n.lower().endswith((".bin", ".docm"))], names
    assert "macroEnabled" not in types and "vbaProject" not in types


def test_a_word_file_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    from docx.document import Document

    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "督办单.docx"
    path.write_bytes(b"old")

    def fail(self, stream):
        stream.write(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Document, "save", fail)
    with pytest.raises(UserError, match="磁盘已满"):
        write_official_docx(notice(), path)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in path.parent.iterdir()) == ["督办单.docx"]
    with pytest.raises(UserError):
        write_official_docx(notice(), tmp_path / "督办单.doc")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664)])
def test_both_files_follow_the_umask(qapp, font_set, tmp_path, umask, mode):
    folder = tmp_path / "out"
    folder.mkdir()
    old = os.umask(umask)
    try:
        write_official_docx(notice(), folder / "a.docx")
        write_official_pdf(notice(), folder / "a.pdf")
    finally:
        os.umask(old)
    assert {p.name: oct(p.stat().st_mode & 0o777) for p in folder.iterdir()} == {"a.docx": oct(mode), "a.pdf": oct(mode)}


def test_odd_documents_still_print(qapp, font_set, tmp_path):
    """No rows, empty texts, control characters, no number or date, and a row taller than a page."""
    tall = "\n".join(f"第{n}行" for n in range(1, 121))
    document = OfficialDocument(
        issuer=ISSUER, title="提示单", number="", mark="提示",
        blocks=(Paragraph(""), Paragraph(HOSTILE), TableBlock(headings=("事项",), rows=()),
                TableBlock(headings=("序号", "内容"), rows=(("1", tall), ("2", "后一行")))),
    )
    path = tmp_path / "提示单.pdf"
    write_official_pdf(document, path)
    pages = pdf_pages(path)
    assert len(pages) >= 3
    whole = "".join(pages)
    assert "MERGEFIELDx" in whole and "提示单" in whole and whole.count("后一行") == 1
    # Every line of the tall row once, the heading row again on the pages it runs over.
    assert [n for n in range(1, 121) if whole.count(f"第{n}行") != 1] == []
    assert all(page.startswith("序号内容") for page in pages[1:] if "行" in page)
    assert pages[-1].endswith(ISSUER + f"—{len(pages)}—")


def test_a_heading_and_a_table_start_on_the_same_page_wherever_the_page_ends(qapp, font_set, tmp_path):
    """The heading, the table's heading row and its first row (four lines) are never parted by a page end."""
    tall = "第一行说明\n第二行说明\n第三行说明\n第四行说明"
    table = TableBlock(("督查事项", "督查时间", "准备情况"), (("专项小组督察", "第三季度", tall), ("设区市督察", "第四季度", "未备检")),
                       (2.0, 1.0, 2.0))
    for fill in range(12, 24):  # one line each: the heading falls at every height of the page's lower half
        blocks = tuple(Paragraph(f"正文第{n}行。") for n in range(fill)) + (Paragraph("九、近期督查", "heading1"), table)
        path = tmp_path / f"{fill}.pdf"
        write_official_pdf(OfficialDocument("办公室", "通报", "", blocks), path)
        page = next(p for p in pdf_pages(path) if "九、近期督查" in p)
        assert "督查事项督查时间准备情况" in page and "第四行说明" in page, fill
