"""An official document (公文) as plain data: what a 督办单, a 提示单 or a 通报 says, not how it looks.

A service turns a notice or a periodic briefing into an :class:`OfficialDocument`; two
writers lay it out after GB/T 9704: :func:`desktop.printing.official_pdf.write_official_pdf`
(A4 pages drawn with Qt) and :func:`desktop.printing.official_docx.write_official_docx` (an
editable Word file). Nothing here imports Qt or the database.

The document reads from the top: the grade :attr:`~OfficialDocument.mark` at the top right
(e.g. 红色督办, in :attr:`~OfficialDocument.mark_colour`), the issuer (发文机关) in red with a
red rule under it, the number (发文字号), the title, the recipient (主送) flush left, the
body — paragraphs and tables, in order — and at the end the signature (落款, the issuer
when empty) and the date (成文日期), right-aligned.

Texts are plain text: a newline inside a paragraph or a cell is a line break; nothing is
ever read as markup or a field code by either writer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

#: The paragraph styles: body text (first line indented two characters, 仿宋 三号), a first-level
#: heading (一、 in 黑体), a second-level heading (（一） in 楷体) and a note (smaller, e.g. 抄送).
STYLES = ("body", "heading1", "heading2", "note")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the body; *style* is one of :data:`STYLES`."""

    text: str
    style: str = "body"

    def __post_init__(self) -> None:
        if self.style not in STYLES:
            raise ValueError(f"unknown paragraph style {self.style!r}; one of {', '.join(STYLES)}")


@dataclass(frozen=True)
class TableBlock:
    """A table of the body: a heading row (repeated on every page) and rows of cell texts.

    *widths* are the columns' relative widths (None: all alike); a row shorter than the
    headings leaves its last cells empty.
    """

    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] | None = None

    def __post_init__(self) -> None:
        if not self.headings:
            raise ValueError("a table needs at least one column")
        if self.widths is not None and (len(self.widths) != len(self.headings) or min(self.widths) <= 0):
            raise ValueError("a table's widths must be one positive number per column")
        if any(len(row) > len(self.headings) for row in self.rows):
            raise ValueError("a table row has more cells than the table has columns")

    def relative_widths(self) -> tuple[float, ...]:
        """The widths as fractions of the table's width."""
        widths = self.widths or (1.0,) * len(self.headings)
        total = sum(widths)
        return tuple(w / total for w in widths)

    def cells(self, row: tuple[str, ...]) -> tuple[str, ...]:
        """*row* padded with empty cells to the number of columns."""
        return tuple(row) + ("",) * (len(self.headings) - len(row))


Block = Paragraph | TableBlock


@dataclass(frozen=True)
class OfficialDocument:
    """A 公文: the head (issuer, number, title), the recipient, the body and the end (signature, date)."""

    #: 发文机关, e.g. 柳州市科学技术局改革攻坚领导小组办公室.
    issuer: str
    #: e.g. 督办单, or 关于2022年6月改革攻坚工作推进情况的通报.
    title: str
    #: 发文字号, e.g. 〔2022〕第 7 号; "" for none.
    number: str
    blocks: tuple[Block, ...]
    #: 主送, e.g. 规配科：, printed before the body, flush left.
    recipient: str = ""
    #: 落款; the issuer when empty.
    signature: str = ""
    #: 成文日期, e.g. 2022年7月5日.
    date: str = ""
    #: A grade mark printed at the top right, e.g. 红色督办 or 提示.
    mark: str = ""
    #: The mark's colour as #rrggbb; black when empty.
    mark_colour: str = ""

    @property
    def signed_by(self) -> str:
        return self.signature or self.issuer

    def paragraphs(self) -> Iterator[Paragraph]:
        yield from (b for b in self.blocks if isinstance(b, Paragraph))

    def tables(self) -> Iterator[TableBlock]:
        yield from (b for b in self.blocks if isinstance(b, TableBlock))

    def title_texts(self) -> list[str]:
        """Texts set in the title face: the issuer, the title, the mark, first-level headings and table headings."""
        texts = [self.issuer, self.title, self.mark]
        texts += [p.text for p in self.paragraphs() if p.style == "heading1"]
        texts += [h for t in self.tables() for h in t.headings]
        return texts

    def body_texts(self) -> Iterator[str]:
        """Texts set in the text face: everything else."""
        yield from (self.number, self.recipient, self.signed_by, self.date)
        yield from (p.text for p in self.paragraphs() if p.style != "heading1")
        for table in self.tables():
            for row in table.rows:
                yield from row


def mark_colour(document: OfficialDocument) -> str:
    """The mark's colour as #rrggbb (black when none or not a colour)."""
    colour = document.mark_colour.strip()
    if len(colour) == 7 and colour.startswith("#"):
        try:
            int(colour[1:], 16)
        except ValueError:
            return "#000000"
        return colour.lower()
    return "#000000"


#: Characters no document may hold: controls other than tab and newline (XML 1.0 cannot hold
#: them, python-docx refuses them, a PDF would print a box), lone surrogates, U+FFFE and U+FFFF.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    """*text* as a document may hold it: line ends as ``\\n``, the characters above dropped."""
    return _UNPRINTABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def cleaned(document: OfficialDocument) -> OfficialDocument:
    """*document* with every text :func:`clean`; what both writers write."""

    def block(b: Block) -> Block:
        if isinstance(b, Paragraph):
            return replace(b, text=clean(b.text))
        return replace(b, headings=tuple(map(clean, b.headings)),
                       rows=tuple(tuple(map(clean, row)) for row in b.rows))

    texts = {name: clean(getattr(document, name))
             for name in ("issuer", "title", "number", "recipient", "signature", "date", "mark", "mark_colour")}
    return replace(document, blocks=tuple(block(b) for b in document.blocks), **texts)


#: The red of the issuer line and the rule under it (GB/T 9704's 红头).
ISSUER_RED = "#d40000"
