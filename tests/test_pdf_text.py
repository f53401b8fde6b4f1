"""The text read back from Duban's PDFs is the text printed, character for character (issue 15).

Qt's PDF writer maps some glyphs back to CJK radicals (革 → ⾰ under Noto CJK);
:mod:`desktop.printing.pdf_text` corrects the ToUnicode maps. Every report is printed from
the sample plan under each font set and read back with poppler's ``pdftotext``. Nothing
here depends on where the pages break.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import subprocess
import unicodedata
from collections import Counter

import pytest

from desktop.printing import pdf_text
from desktop.printing.fonts import PrintFonts
from desktop.printing.pdf import paint, render, render_pdf
from desktop.printing.pdf_text import (
    RADICALS_SUPPLEMENT,
    Chooser,
    cmap_targets,
    correct_text,
    corrected,
    equivalent_ideograph,
    font_glyphs,
    rewrite_cmap,
)
from desktop.printing.table import Column, PageSetup, Table, continued_mark
from desktop.services.printouts import ReportOptions, reports
from desktop.services.workspace import current_plan
from test_printing import pdftotext, squeeze

#: A day when the overdue list and the timeline have rows.
LATER = dt.date(2022, 7, 5)


def radicals(text: str) -> set[str]:
    return {c for c in text if 0x2E80 <= ord(c) <= 0x2FDF}


def is_subsequence(needle: str, haystack: str) -> bool:
    characters = iter(haystack)
    return all(c in characters for c in needle)


@pytest.fixture
def plan_id(sample_db) -> int:
    return current_plan(sample_db).id


def drawn_texts(table, pagination) -> list[str]:
    """Every text the renderer draws, as often as it draws it: the headings and page numbers on every page,
    （续） on each continued piece and a group's name again (with （续）) where a page begins inside it."""
    pages = len(pagination.pages)
    texts = [table.label, table.title, table.info_left, table.info_right, *table.notes, table.footer]
    texts += [column.title for column in table.columns] * pages
    texts += [table.page_number.format(number, pages) for number in range(1, pages + 1)]
    if not table.rows:
        texts.append(table.empty_note)
    texts += [cell for row in table.rows for cell in row if isinstance(cell, str)]
    for page in pagination.pages:
        for fragment in page.fragments:
            texts += [continued_mark()] * fragment.continued
            texts += [text.content for _, text in fragment.carried]
    return [squeeze(text) for text in texts if squeeze(text)]


@pytest.mark.parametrize("key", list(reports()))
def test_every_report_reads_back_as_printed(qapp, font_set, sample_db, plan_id, tmp_path, key):
    report = reports()[key]
    if key == "instructions":  # the sample plan has no task from outside it: the list would be refused
        from test_instructions import _instruction

        _instruction(sample_db)
    table = report.build(sample_db, plan_id, ReportOptions(today=LATER))
    path = tmp_path / f"{key}.pdf"
    pagination = render_pdf(table, path, PageSetup(landscape=report.landscape))
    raw = squeeze(pdftotext(path, "-raw"))
    layout = pdftotext(path, "-layout")
    expected = drawn_texts(table, pagination)
    printed = "".join(expected)

    assert not radicals(layout) - radicals(printed), f"radicals read back: {sorted(radicals(layout))}"
    assert set(squeeze(layout)) == set(printed)
    # Character for character: as many of each as were drawn, nothing more.
    assert Counter(raw) == Counter(printed)
    # Each text in one piece in drawing order, or (a row continued on the next page) in order.
    for text in expected:
        assert text in raw or is_subsequence(text, raw), text


def test_the_checklist_finds_gaige(qapp, font_set, sample_db, plan_id, tmp_path):
    """The words of the issue: a PDF archived in the OA system can be searched for 改革."""
    table = reports()["checklist"].build(sample_db, plan_id, ReportOptions(today=LATER))
    data, _ = render(table, PageSetup())
    path = tmp_path / "checklist.pdf"
    path.write_bytes(data)
    text = squeeze(pdftotext(path))
    assert "改革攻坚落实年" in text and "⾰" not in text
    # Still a PDF poppler reads and draws.
    subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True)
    subprocess.run(["pdftoppm", "-r", "20", "-png", "-l", "1", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 0


def test_print_to_file_reads_back_as_printed(qapp, font_set, sample_db, plan_id, tmp_path):
    """A print dialog's Print to File has Qt write the PDF itself: that file is corrected too."""
    from PySide6.QtPrintSupport import QPrinter

    table = reports()["roster"].build(sample_db, plan_id, ReportOptions(today=LATER))
    path = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    pagination = paint(table, PageSetup(landscape=False), printer)
    raw = squeeze(pdftotext(path, "-raw"))
    assert Counter(raw) == Counter("".join(drawn_texts(table, pagination)))
    assert "黄轶君" in raw and not radicals(raw)


#: Characters Noto CJK draws with a glyph it also gives a lower code point, which Qt's map
#: then names: ～ as 〜, – as ‒, ／ as ∕, 〈〉 as U+2329/U+232A, • as · (in the sans), 胶 as 㬵
#: (in the sans); and a radical printed alone (⼈, whose glyph is 人's).
LOOK_ALIKES = ["4～5月备检", "A–B 段", "甲／乙", "〈通知〉", "甲•乙", "胶囊", "⼈字旁", "改革·长·黄·页"]


def test_look_alike_characters_read_back_as_printed(qapp, font_set, tmp_path):
    rows = [[text, text] for text in LOOK_ALIKES]
    table = Table(columns=[Column("事项"), Column("说明胶")], rows=rows, title="改革•说明")
    path = tmp_path / "look-alikes.pdf"
    pagination = render_pdf(table, path, PageSetup())
    raw = squeeze(pdftotext(path, "-raw"))
    expected = drawn_texts(table, pagination)
    assert Counter(raw) == Counter("".join(expected))
    for text in expected:
        assert text in raw


# -- the table --------------------------------------------------------------------------------


def test_the_radical_table_gives_unified_ideographs():
    assert equivalent_ideograph("⾰") == "革" and equivalent_ideograph("⻓") == "长"
    assert equivalent_ideograph("⻩") == "黄" and equivalent_ideograph("⻚") == "页"
    assert equivalent_ideograph("革") is None and equivalent_ideograph("⺀") is None
    assert len(RADICALS_SUPPLEMENT) == 114 and min(RADICALS_SUPPLEMENT) == 0x2E81 and max(RADICALS_SUPPLEMENT) == 0x2EF3
    for code in [*RADICALS_SUPPLEMENT, *range(0x2F00, 0x2FD6)]:
        ideograph = equivalent_ideograph(chr(code))
        # The unified blocks: URO, extension A, and B onwards (Python's own Unicode may predate some).
        unified = 0x4E00 <= ord(ideograph) <= 0x9FFF or 0x3400 <= ord(ideograph) <= 0x4DBF
        assert unified or 0x20000 <= ord(ideograph) <= 0x3134F, hex(code)
    # The two supplement radicals that do decompose agree with the table.
    assert unicodedata.normalize("NFKC", "\u2e9f") == equivalent_ideograph("\u2e9f") == "母"
    assert unicodedata.normalize("NFKC", "\u2ef3") == equivalent_ideograph("\u2ef3") == "龟"


# -- CMaps ------------------------------------------------------------------------------------

HEADER = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
"""
FOOTER = b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
#: 1 ⾰ (革), 2 改, 3-5 ⻓ ⻚ ⻩ by a base (Qt never writes that for radicals, a PDF may), 6-8 an array
#: with ⼈, 9 a bfchar ⽇, 10 a bfchar 𠀀 as a surrogate pair, 11 a compatibility ideograph 﨎 (its own).
SYNTHETIC = (
    HEADER
    + b"""3 beginbfrange
<0001> <0002> [<2FB0> <6539>]
<0003> <0005> <2ED3>
<0006> <0008> [<5DE5> <2F08> <0031>]
endbfrange
2 beginbfchar
<0009> <2F47>
<000A> <D840DC00>
endbfchar
1 beginbfchar
<000B> <FA0E>
endbfchar
"""
    + FOOTER
)


def test_a_cmap_is_read_with_bfchar_and_bfrange():
    assert cmap_targets(SYNTHETIC) == {
        1: "⾰", 2: "改", 3: "⻓", 4: "⻔", 5: "⻕", 6: "工", 7: "⼈", 8: "1", 9: "⽇", 10: "\U00020000", 11: "﨎"
    }


def test_radicals_not_printed_become_ideographs():
    chooser = Chooser(["改革", "长门", "人工1", "日"])
    cmap, changes = rewrite_cmap(SYNTHETIC, chooser.choose)
    assert changes == {
        1: ("⾰", "革"), 3: ("⻓", "长"), 4: ("⻔", "门"), 5: ("⻕", "\U00028e0f"), 7: ("⼈", "人"), 9: ("⽇", "日")
    }
    assert cmap_targets(cmap) == {
        1: "革", 2: "改", 3: "长", 4: "门", 5: "\U00028e0f", 6: "工", 7: "人", 8: "1", 9: "日", 10: "\U00020000", 11: "﨎"
    }
    # The same entries, each section counting them as before; the rest byte for byte.
    assert b"<0001> <0002> [<9769> <6539>]\n<0003> <0005> [<957F> <95E8> <D863DE0F>]\n" in cmap
    assert b"<0006> <0008> [<5DE5> <4EBA> <0031>]\n" in cmap and b"<0009> <65E5>\n<000A> <D840DC00>\n" in cmap
    assert cmap.startswith(HEADER + b"3 beginbfrange\n") and cmap.endswith(b"endbfchar\n" + FOOTER)
    assert b"2 beginbfchar" in cmap and b"1 beginbfchar" in cmap


def test_a_radical_printed_stays_a_radical():
    # ⼈ printed (人 not): kept. ⽇ and 日 both printed and 日 has no glyph of its own: they share it, 日 wins.
    chooser = Chooser(["⼈工", "⽇日"])
    cmap, changes = rewrite_cmap(SYNTHETIC, chooser.choose)
    assert 7 not in changes and changes[9] == ("⽇", "日")
    # Both printed: ⼈ is kept where 人 has a glyph of its own in the font, else 人 wins the shared glyph.
    assert Chooser(["⼈人"]).choose("⼈", {"⼈", "人"}) is None
    assert Chooser(["⼈人"]).choose("⼈", {"⼈"}) == "人"


def test_a_radical_stands_for_another_printed_form():
    # ⾧ (Kangxi LONG) printed, not 長: Noto's glyph is ⻑'s (a lower code point): ⾧ comes back.
    assert Chooser(["⾧"]).choose("⻑", {"⻑"}) == "⾧"
    assert Chooser(["長"]).choose("⻑", {"⻑"}) == "長"
    assert Chooser([""]).choose("⻑", {"⻑"}) == "長"


def test_compatibility_ideographs_only_for_the_printed_one():
    # 龜 U+F908 printed; Noto draws it with the glyph of 龜 U+F907 (its lowest code point).
    assert Chooser(["\uf908"]).choose("\uf907", {"\uf907"}) == "\uf908"
    assert Chooser(["\uf907"]).choose("\uf907", {"\uf907"}) is None
    assert Chooser(["龜"]).choose("\uf907", {"\uf907", "龜"}) is None  # 龜 has a glyph of its own: unknown
    assert Chooser(["﨎"]).choose("﨎", {"﨎"}) is None
    assert Chooser([]).choose("A", {"A"}) is None and Chooser(["x"]).choose("ab", {"ab"}) is None


def test_a_target_not_printed_is_looked_up_in_the_font():
    class Font:
        """Draws ～ and 〜 with one glyph, like Noto CJK."""

        def same_glyph(self, target, candidates):
            return sorted(c for c in candidates if {c, target} <= {"～", "〜"})

    choose = Chooser(["4～5月"]).for_font(Font())
    assert choose("〜", {"〜", "4", "5", "月"}) == "～"
    assert choose("5", {"〜", "4", "5", "月"}) is None  # printed: kept
    assert choose("⽉", {"⽉"}) == "月"  # the table first
    assert Chooser(["4～5月"]).for_font(None)("〜", {"〜"}) is None  # no font: kept
    assert Chooser(["〜～"]).for_font(Font())("〜", {"〜"}) is None  # 〜 printed: kept


def test_the_faces_are_found_by_their_postscript_name(qapp, font_set):
    faces = font_glyphs(font_set)
    expected = {"Noto Sans CJK SC": "NotoSansCJKsc-Regular", "WenQuanYi Micro Hei": "WenQuanYiMicroHei"}
    assert expected[font_set[0]] in faces
    if font_set[1] == "Noto Serif CJK SC":
        serif = faces["NotoSerifCJKsc-Regular"]
        assert serif.same_glyph("〜", ["～", "~", "-"]) == ["～"] and serif.same_glyph("⾰", ["革", "改"]) == ["革"]


def test_malformed_cmaps_raise():
    for body in (b"1 beginbfrange\n<0001> <0003> [<0041>]\nendbfrange\n", b"1 beginbfchar\n<0001>\nendbfchar\n",
                 b"1 beginbfrange\n<0003> <0001> <0041>\nendbfrange\n"):
        with pytest.raises(ValueError):
            cmap_targets(HEADER + body + FOOTER)


# -- PDFs -------------------------------------------------------------------------------------


def test_only_pdfs_that_need_it_are_changed(qapp, font_set, sample_db, plan_id, monkeypatch):
    """WenQuanYi's PDFs are returned untouched, Noto's changed once: a corrected PDF needs nothing more."""
    from desktop.printing import pdf

    monkeypatch.setattr(pdf, "corrected", lambda data, table, fonts: data)
    table = reports()["overdue"].build(sample_db, plan_id, ReportOptions(today=LATER))
    qt, _ = render(table, PageSetup(landscape=False))
    texts = [*table.title_texts(), *table.body_texts()]
    mended = correct_text(qt, texts)
    if font_set[1] == "WenQuanYi Micro Hei":
        assert mended is qt
    else:
        assert correct_text(mended, texts) is mended
        # Qt's bytes kept as they are, an incremental update after them whose offsets are right.
        assert mended.startswith(qt) and len(mended) > len(qt)
        update = mended[len(qt) :]
        entries = re.findall(rb"(\d+) 1\n(\d{10}) (\d{5}) n\r\n", update)
        assert entries and b"/Prev " in update and update.endswith(b"%%EOF\n")
        for number, offset, generation in entries:
            assert mended[int(offset) :].startswith(b"%d %d obj" % (int(number), int(generation)))
        start = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", update).group(1))
        assert mended[start:].startswith(b"xref\n0 1\n")


def test_fonts_found_in_the_bytes_are_the_fonts_the_pages_use(qapp, font_set, sample_db, plan_id, monkeypatch):
    """The quick look-up of Qt's font objects finds what walking every page's resources finds;
    a PDF where it finds none (fonts in object streams) has its pages walked, with the same result."""
    import io

    from pypdf import PdfReader

    from desktop.printing import pdf

    monkeypatch.setattr(pdf, "corrected", lambda data, table, fonts: data)
    table = reports()["overdue"].build(sample_db, plan_id, ReportOptions(today=LATER))
    qt, _ = render(table, PageSetup(landscape=False))
    reader = PdfReader(io.BytesIO(qt))
    quick = {font.indirect_reference.idnum for font in pdf_text._fonts(qt, reader)}
    walked = {
        font.idnum
        for page in reader.pages
        for font in page["/Resources"].get_object()["/Font"].get_object().values()
    }
    assert walked and walked <= quick
    texts = [*table.title_texts(), *table.body_texts()]
    mended = correct_text(qt, texts)
    monkeypatch.setattr(pdf_text, "_FONT_OBJECT", re.compile(rb"(\d+) (\d+) obj <<never"))
    assert not list(pdf_text._FONT_OBJECT.finditer(qt))
    assert correct_text(qt, texts) == mended


def test_a_pdf_that_cannot_be_corrected_is_kept_with_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger=pdf_text.__name__):
        table = Table(columns=[Column("事项")], rows=[["改革"]], title="改革")
        assert corrected(b"%PDF-1.4 not really", table, PrintFonts("x", "y")) == b"%PDF-1.4 not really"
    assert "could not be corrected" in caplog.text
