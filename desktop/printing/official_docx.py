"""An :class:`~desktop.printing.official.OfficialDocument` as an editable Word file (.docx), with python-docx.

The same page as the PDF (:mod:`desktop.printing.official_pdf`): A4 portrait, GB/T 9704's
margins, the grade mark at the top right, the issuer in red and the number over a red rule,
the title (broken between words as the PDF breaks it, :mod:`desktop.printing.titles`), the
recipient, the body and the signature over the date at the right. Faces are named, not
embedded: 仿宋 for text, 方正小标宋简体 for the title, 黑体 and 楷体 for the headings, each set
for East Asian text (``w:eastAsia``) too; Word substitutes a face the office PC lacks, as it
does for every 公文 template.

Safety: the file holds no field, macro or external reference. Every text is put in plain
runs (``w:t``, escaped by lxml), never parsed as XML nor read as a field code, so
``{ DATE }`` or ``<w:fldSimple>`` arrive as the characters they are. Characters XML cannot
hold (controls other than tab and newline, U+FFFE, U+FFFF, lone surrogates) are dropped; a
newline is a line break. Because a page number would need a PAGE field, the Word file has
none: Word adds them in one click (插入 → 页码) if the office wants them.

The file is written whole or not at all (:func:`desktop.files.whole_file`), with the
permissions any new file gets (the person's umask).
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

from desktop.errors import UserError
from desktop.files import whole_file
from desktop.i18n import tr
from desktop.printing.official import ISSUER_RED, OfficialDocument, Paragraph, TableBlock, clean, cleaned, mark_colour
from desktop.printing.table import PORTRAIT_MARGINS_MM
from desktop.printing.titles import balanced_lines

#: Faces by role, as 公文 templates name them (Word substitutes one that is missing).
BODY_FACE = "仿宋_GB2312"
TITLE_FACE = "方正小标宋简体"
HEADING1_FACE = "黑体"
HEADING2_FACE = "楷体_GB2312"
#: The body's line pitch: GB/T 9704's 22 lines of 三号 a page (固定值 28.9 磅).
BODY_PITCH = Pt(28.9)
#: Type sizes in points: 二号 title, 三号 text, 四号 notes, 小四 tables.
SIZES = {"issuer": 26.0, "title": 22.0, "body": 16.0, "note": 14.0, "table": 12.0, "mark": 16.0}

def em_width(text: str) -> float:
    """An estimate of *text*'s advance in ems without measuring a face: wide characters one, others half."""
    return sum(1.0 if ord(c) >= 0x2E80 else 0.5 for c in text)


def _faces(run, face: str) -> None:
    """Set *run*'s face for Latin and East Asian text alike."""
    run.font.name = face
    fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), face)
    fonts.set(qn("w:hint"), "eastAsia")


def _text(paragraph, text: str, face: str, points: float, *, bold: bool = False, colour: str = "") -> None:
    """Add *text* to *paragraph* as plain runs: a line break for each newline, a tab for each tab."""
    lines = clean(text).split("\n")
    for index, line in enumerate(lines):
        run = paragraph.add_run()
        # Run.text makes w:t (and w:tab for a tab): lxml escapes it, nothing is parsed.
        run.text = line
        if index < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)
        _faces(run, face)
        run.font.size = Pt(points)
        run.font.bold = bold
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour.lstrip("#").upper())


def _paragraph(document, *, align=None, indent_chars: float = 0.0, points: float = SIZES["body"],
               pitch=BODY_PITCH, space_after: float = 0.0):
    paragraph = document.add_paragraph()
    form = paragraph.paragraph_format
    if align is not None:
        form.alignment = align
    form.first_line_indent = Pt(points * indent_chars) if indent_chars else None
    form.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    form.line_spacing = pitch
    form.space_before, form.space_after = Pt(0), Pt(space_after)
    return paragraph


def _page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    top, bottom, left, right = PORTRAIT_MARGINS_MM
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    normal = document.styles["Normal"]
    normal.font.name = BODY_FACE
    normal.font.size = Pt(SIZES["body"])
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FACE)


#: What follows w:pBdr in a paragraph's properties (ECMA-376 Part 1, 17.3.1.26).
_AFTER_BORDERS = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)


def _red_rule(paragraph) -> None:
    """A red rule under *paragraph* across the body's width (a bottom border)."""
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "6"), ("w:color", ISSUER_RED.lstrip("#").upper())):
        bottom.set(qn(key), value)
    borders.append(bottom)
    # In the schema's order (CT_PPr): after the keep and numbering settings, before shading and spacing.
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_BORDERS)


def _head(document, doc: OfficialDocument) -> None:
    centre, left = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT
    if doc.mark:
        mark = _paragraph(document, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=6)
        _text(mark, doc.mark, HEADING1_FACE, SIZES["mark"], bold=True, colour=mark_colour(doc))
    issuer = _paragraph(document, align=centre, pitch=Pt(SIZES["issuer"] * 1.3), space_after=12)
    _text(issuer, _balanced(doc.issuer, SIZES["issuer"]), TITLE_FACE, SIZES["issuer"], colour=ISSUER_RED)
    number = _paragraph(document, align=centre)
    _text(number, doc.number, BODY_FACE, SIZES["body"])
    _red_rule(number)
    _paragraph(document)  # a blank line under the rule
    title = _paragraph(document, align=centre, pitch=Pt(SIZES["title"] * 1.4), space_after=12)
    _text(title, _balanced(doc.title, SIZES["title"], 0.9), TITLE_FACE, SIZES["title"])
    if doc.recipient:
        _text(_paragraph(document, align=left), doc.recipient, BODY_FACE, SIZES["body"])


def _balanced(text: str, points: float, share: float = 1.0) -> str:
    """*text* broken between words into balanced lines at the body's width (one per line of the result)."""
    top, bottom, left, right = PORTRAIT_MARGINS_MM
    width_em = (210 - left - right) * share / (points * 25.4 / 72)
    return "\n".join(balanced_lines(clean(text).replace("\n", ""), width_em, em_width))


def _body(document, paragraph: Paragraph) -> None:
    face, points, bold = {
        "heading1": (HEADING1_FACE, SIZES["body"], False),
        "heading2": (HEADING2_FACE, SIZES["body"], False),
        "note": (BODY_FACE, SIZES["note"], False),
    }.get(paragraph.style, (BODY_FACE, SIZES["body"], False))
    made = _paragraph(document, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2, points=points)
    _text(made, paragraph.text, face, points, bold=bold)


def _table(document, block: TableBlock) -> None:
    """The table: the heading row through python-docx, the rows built directly (5,000 rows in a second)."""
    top, bottom, left, right = PORTRAIT_MARGINS_MM
    full = 210 - left - right
    widths = [Mm(full * f) for f in block.relative_widths()]
    table = document.add_table(rows=1, cols=len(block.headings))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    heading = table.rows[0]
    _mark_heading_row(heading)
    for cell, text, width in zip(heading.cells, block.headings, widths):
        cell.width = width
        made = cell.paragraphs[0]
        made.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        made.paragraph_format.space_before = made.paragraph_format.space_after = Pt(0)
        _text(made, text, HEADING1_FACE, SIZES["table"], bold=False)
    # python-docx finds a row's cells by walking the table, which makes 5,000 rows take half a
    # minute: the rows are built as elements here instead, plain text in w:t as Run.text puts it.
    run_properties = _run_properties(BODY_FACE, SIZES["table"])
    cell_widths = [str(int(w.twips)) for w in widths]
    tbl = table._tbl
    for row in block.rows:
        tr = _element(tbl, "w:tr")
        for text, width in zip(block.cells(row), cell_widths):
            tc = _element(tr, "w:tc")
            _element(_element(tc, "w:tcPr"), "w:tcW", {"w:w": width, "w:type": "dxa"})
            p = _element(tc, "w:p")
            _element(_element(p, "w:pPr"), "w:spacing", {"w:before": "0", "w:after": "0"})
            _runs(p, text, run_properties)
    _paragraph(document)  # Word wants a paragraph between a table and what follows


#: "w:tag" → "{namespace}tag", for the half million elements of a long table.
_clark = functools.cache(qn)


def _element(parent, tag: str, attributes: dict[str, str] | None = None):
    """A new last child of *parent*, its tag and attribute names as "w:name".

    lxml's SubElement: python-docx's OxmlElement parses its tag and namespace map each time,
    which made the elements of a 5,000-row table take most of its four seconds.
    """
    attributes = {_clark(k): v for k, v in attributes.items()} if attributes else None
    return etree.SubElement(parent, _clark(tag), attributes)


def _run_properties(face: str, points: float):
    properties = OxmlElement("w:rPr")
    _element(properties, "w:rFonts", {"w:ascii": face, "w:hAnsi": face, "w:eastAsia": face, "w:hint": "eastAsia"})
    _element(properties, "w:sz", {"w:val": str(int(points * 2))})
    _element(properties, "w:szCs", {"w:val": str(int(points * 2))})
    return properties


def _runs(p, text: str, properties) -> None:
    """*text* as one run in paragraph element *p*: w:t pieces, w:br for newlines, w:tab for tabs."""
    run = _element(p, "w:r")
    run.append(copy.deepcopy(properties))
    for index, line in enumerate(clean(text).split("\n")):
        if index:
            _element(run, "w:br")
        for piece, part in enumerate(line.split("\t")):
            if piece:
                _element(run, "w:tab")
            if part:
                t = _element(run, "w:t")
                t.text = part  # lxml escapes it: a text, never markup
                if part != part.strip():
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _mark_heading_row(row) -> None:
    """The heading row repeats at the top of every page the table runs over (w:tblHeader)."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _end(document, doc: OfficialDocument) -> None:
    """The signature centred over the date, the date four characters in from the right."""
    if not doc.signed_by and not doc.date:
        return
    _paragraph(document)
    size = SIZES["body"]
    date_indent = 4.0 if doc.date else 2.0
    centre = date_indent + em_width(doc.date) / 2
    for text, indent in ((doc.signed_by, max(centre - em_width(doc.signed_by) / 2, 0.0)), (doc.date, date_indent)):
        if text:
            made = _paragraph(document, align=WD_ALIGN_PARAGRAPH.RIGHT)
            made.paragraph_format.right_indent = Pt(size * indent)
            _text(made, text, BODY_FACE, size)


def build_docx(doc: OfficialDocument):
    """*doc* as a python-docx Document (not saved)."""
    doc = cleaned(doc)
    document = Document()
    _page(document)
    # The default template's empty first paragraph, if any, would stand above the mark.
    for empty in list(document.paragraphs):
        empty._p.getparent().remove(empty._p)
    properties = document.core_properties
    properties.title, properties.author, properties.last_modified_by = doc.title, doc.issuer, ""
    properties.comments = properties.keywords = properties.subject = ""
    _head(document, doc)
    for block in doc.blocks:
        if isinstance(block, TableBlock):
            _table(document, block)
        else:
            _body(document, block)
    _end(document, doc)
    return document


def write_official_docx(doc: OfficialDocument, path: str | Path) -> None:
    """Write *doc* to the Word file *path* (replacing one there), whole or not at all."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise UserError(tr("Printing", "Word 文件名应以 .docx 结尾：{0}").format(path))
    document = build_docx(doc)
    with whole_file(path) as stream:
        document.save(stream)
