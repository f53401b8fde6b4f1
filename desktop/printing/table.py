"""A printable table — columns, rows of cell texts, a title block and a footer — laid out on pages.

Every printout (the 督察清单 now; the ledger, roster, quotas and overdue lists later) is
one table under a title. This module measures each cell's text wrapped at its column's
width and decides what goes on which page; :mod:`desktop.printing.pdf` draws the pages.
A row stays whole on one page unless it alone is taller than a page; then its cells
continue on the next page. The heading row repeats on every page, the footer follows
the table on the last page, and the total page count is known before anything is drawn.

Lengths are device pixels of the PDF writer (``resolution`` per inch) unless named ``_pt``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QPaintDevice, QTextLayout, QTextOption

#: Cell content: text, or for a check column whether the box is ticked.
Cell = str | bool

#: GB/T 9704 page margins in mm (top, bottom, left, right) for portrait pages…
PORTRAIT_MARGINS_MM = (37.0, 35.0, 28.0, 26.0)
#: …and a little less top and bottom for landscape forms, whose pages are short.
LANDSCAPE_MARGINS_MM = (25.0, 22.0, 28.0, 26.0)


@dataclass(frozen=True)
class Column:
    """One column: its heading, its width relative to the others, and how its cells read."""

    title: str
    width: float = 1.0
    centered: bool = False
    #: Cells are True/False and print as a box to tick by hand, ticked when True.
    check: bool = False


@dataclass
class Table:
    """What a printout shows: a title block, the table, and a footer after it."""

    columns: list[Column]
    rows: list[list[Cell]]
    title: str
    #: Printed above the title at the left, e.g. 附件3.
    label: str = ""
    #: The line under the title: left (e.g. the doc number) and right (e.g. the print date).
    info_left: str = ""
    info_right: str = ""
    #: Lines under that, e.g. which filter made the list.
    notes: list[str] = field(default_factory=list)
    #: After the table on the last page, e.g. 核对人：____.
    footer: str = ""
    #: Shown in the table when it has no rows.
    empty_note: str = ""
    #: The page number line; {0} is the page, {1} the page count.
    page_number: str = "第 {0} 页 共 {1} 页"

    def title_texts(self) -> list[str]:
        """Texts set in the title face: the label, the title and the headings."""
        return [self.label, self.title, *(c.title for c in self.columns)]

    def body_texts(self) -> Iterator[str]:
        """Texts set in the text face: everything else, page numbers included."""
        yield from (self.info_left, self.info_right, *self.notes, self.footer, self.empty_note)
        yield self.page_number + "0123456789"
        for row in self.rows:
            yield from (cell for cell in row if isinstance(cell, str))


@dataclass(frozen=True)
class PageSetup:
    """Paper, margins and type sizes."""

    landscape: bool = True
    #: "A4", or "A3" for a wide printout (the timeline) on a larger sheet.
    paper: str = "A4"
    #: (top, bottom, left, right) in mm; None for the official-document defaults.
    margins_mm: tuple[float, float, float, float] | None = None
    label_pt: float = 14.0
    title_pt: float = 18.0
    body_pt: float = 10.5
    padding_mm: float = 1.2
    line_spacing: float = 1.15
    resolution: int = 1200

    def margins(self) -> tuple[float, float, float, float]:
        if self.margins_mm is not None:
            return self.margins_mm
        return LANDSCAPE_MARGINS_MM if self.landscape else PORTRAIT_MARGINS_MM


@dataclass
class Text:
    """A text wrapped at a width: its lines' tops and bottoms from the text's own top."""

    layout: QTextLayout | None
    tops: list[float]
    bottoms: list[float]

    @property
    def height(self) -> float:
        return self.bottoms[-1] if self.bottoms else 0.0

    def span_height(self, first: int, end: int) -> float:
        return self.bottoms[end - 1] - self.tops[first] if end > first else 0.0

    def draw(self, painter, x: float, y: float, first: int = 0, end: int | None = None) -> None:
        """Draw lines [first, end) with the first one's top at (x, y)."""
        if self.layout is None:
            return
        end = len(self.tops) if end is None else end
        shift = self.tops[first] if end > first else 0.0
        for index in range(first, end):
            self.layout.lineAt(index).draw(painter, QPointF(x, y - shift))


def wrap(text: str, font: QFont, width: float, device: QPaintDevice, spacing: float, centered: bool = False) -> Text:
    """*text* laid out in lines no wider than *width*, breaking inside words when it must."""
    if not text:
        return Text(None, [], [])
    layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), font, device)
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter if centered else Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    tops: list[float] = []
    bottoms: list[float] = []
    y = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        pitch = line.height() * spacing
        # Half the extra spacing above the line, half below: the text sits in the middle of its pitch.
        line.setPosition(QPointF(0, y + (pitch - line.height()) / 2))
        tops.append(y)
        y += pitch
        bottoms.append(y)
    layout.endLayout()
    return Text(layout, tops, bottoms)


@dataclass(frozen=True)
class Fragment:
    """A row, or the piece of a tall row, placed on a page."""

    row: int
    top: float
    height: float
    #: Per cell, the lines [first, end) drawn here.
    spans: tuple[tuple[int, int], ...]
    #: The whole row (cells centred vertically) rather than a piece of one (cells from the top).
    whole: bool


@dataclass
class Page:
    number: int
    fragments: list[Fragment] = field(default_factory=list)
    #: Where the rows begin (below the heading row) and where the last one ends.
    rows_top: float = 0.0
    rows_bottom: float = 0.0
    #: The title block is on the first page; the footer's top on the last, else None.
    footer_top: float | None = None


@dataclass
class Pagination:
    """The measured table and the pages it takes; what :mod:`desktop.printing.pdf` draws."""

    table: Table
    setup: PageSetup
    page_width: float
    page_height: float
    #: The table's area: left, right, top of the body and bottom of the body.
    left: float
    right: float
    body_top: float
    body_bottom: float
    column_edges: list[float]
    padding: float
    label: Text
    title: Text
    info_height: float
    notes: list[Text]
    title_block_height: float
    headings: list[Text]
    heading_height: float
    cells: list[list[Text]]
    check_size: float
    footer: Text
    empty_note: Text
    #: For single lines drawn directly: the info line and the page numbers.
    body_font: QFont
    pages: list[Page] = field(default_factory=list)

    def pt(self, length: float) -> float:
        """*length* in PDF points (what ``pdftotext -bbox`` reports)."""
        return length * 72.0 / self.setup.resolution

    def row_height(self, row: int) -> float:
        texts = self.cells[row]
        tallest = max((t.height for t in texts), default=0.0)
        if any(c.check for c in self.table.columns):
            tallest = max(tallest, self.check_size)
        return tallest + 2 * self.padding


def mm(length: float, resolution: int) -> float:
    return length / 25.4 * resolution


def measure(table: Table, setup: PageSetup, device: QPaintDevice, fonts) -> Pagination:
    """Measure *table* on *device* (the PDF writer, page set) in the faces *fonts*, and paginate it."""
    res = setup.resolution
    top, bottom, left_mm, right_mm = setup.margins()
    width, height = device.width(), device.height()
    left, right = mm(left_mm, res), width - mm(right_mm, res)
    padding = mm(setup.padding_mm, res)
    spacing = setup.line_spacing
    title_font = QFont(fonts.title)
    title_font.setPointSizeF(setup.title_pt)
    label_font = QFont(fonts.title)
    label_font.setPointSizeF(setup.label_pt)
    heading_font = QFont(fonts.title)
    heading_font.setPointSizeF(setup.body_pt)
    body_font = QFont(fonts.body)
    body_font.setPointSizeF(setup.body_pt)

    total = sum(c.width for c in table.columns) or 1.0
    edges = [left]
    for column in table.columns:
        edges.append(edges[-1] + (right - left) * column.width / total)
    edges[-1] = right
    inner = [edges[i + 1] - edges[i] - 2 * padding for i in range(len(table.columns))]

    full = right - left
    label = wrap(table.label, label_font, full, device, 1.0)
    title = wrap(table.title, title_font, full * 0.85, device, spacing, centered=True)
    info_height = wrap(table.info_left + table.info_right or " ", body_font, full, device, spacing).height
    notes = [wrap(n, body_font, full, device, spacing) for n in table.notes if n]
    gap = mm(2, res)
    block = label.height + (gap if label.height else 0) + title.height + gap + info_height
    block += sum(n.height for n in notes) + mm(2, res)
    headings = [
        wrap(c.title, heading_font, w, device, spacing, centered=True) for c, w in zip(table.columns, inner)
    ]
    heading_height = max((h.height for h in headings), default=0.0) + 2 * padding
    cells = [
        [
            wrap("" if column.check else str(value), body_font, w, device, spacing, column.centered)
            for column, w, value in zip(table.columns, inner, row)
        ]
        for row in table.rows
    ]
    pagination = Pagination(
        table=table,
        setup=setup,
        page_width=width,
        page_height=height,
        left=left,
        right=right,
        body_top=mm(top, res),
        body_bottom=height - mm(bottom, res),
        column_edges=edges,
        padding=padding,
        label=label,
        title=title,
        info_height=info_height,
        notes=notes,
        title_block_height=block,
        headings=headings,
        heading_height=heading_height,
        cells=cells,
        check_size=body_font.pointSizeF() / 72.0 * res,
        footer=wrap(table.footer, body_font, full, device, spacing),
        empty_note=wrap(table.empty_note, body_font, full - 2 * padding, device, spacing, centered=True),
        body_font=body_font,
    )
    pagination.pages = paginate(pagination)
    return pagination


def paginate(p: Pagination) -> list[Page]:
    """Place every row on a page: whole where it fits, split only when it is taller than a page."""
    pages: list[Page] = []

    def new_page() -> Page:
        top = p.body_top + (p.title_block_height if not pages else 0.0)
        page = Page(number=len(pages) + 1, rows_top=top + p.heading_height, rows_bottom=top + p.heading_height)
        pages.append(page)
        return page

    page = new_page()
    fresh = p.body_bottom - p.body_top - p.heading_height
    if not p.table.rows and p.empty_note.height:
        page.rows_bottom += p.empty_note.height + 2 * p.padding
    for index, texts in enumerate(p.cells):
        height = p.row_height(index)
        if height > p.body_bottom - page.rows_bottom and height <= fresh:
            page = new_page()
        if height <= p.body_bottom - page.rows_bottom:
            spans = tuple((0, len(t.tops)) for t in texts)
            page.fragments.append(Fragment(index, page.rows_bottom, height, spans, whole=True))
            page.rows_bottom += height
            continue
        # Taller than the room left: start it here when a few lines fit, and continue it page by page.
        firsts = [0] * len(texts)
        minimum = 3 * max((t.bottoms[0] for t in texts if t.bottoms), default=0.0) + 2 * p.padding
        if p.body_bottom - page.rows_bottom < minimum and page.fragments:
            page = new_page()
        while True:
            room = p.body_bottom - page.rows_bottom - 2 * p.padding
            ends = []
            for text, first in zip(texts, firsts):
                end = first
                while end < len(text.tops) and text.span_height(first, end + 1) <= room:
                    end += 1
                ends.append(end)
            if ends == firsts:
                # Not even one line fits (a line taller than the page): take one anyway to go on.
                ends = [min(f + 1, len(t.tops)) for t, f in zip(texts, firsts)]
            done = all(e == len(t.tops) for t, e in zip(texts, ends))
            used = max(t.span_height(f, e) for t, f, e in zip(texts, firsts, ends)) + 2 * p.padding
            fragment_height = used if done else p.body_bottom - page.rows_bottom
            spans = tuple(zip(firsts, ends))
            page.fragments.append(Fragment(index, page.rows_bottom, fragment_height, spans, whole=False))
            page.rows_bottom += fragment_height
            if done:
                break
            firsts = ends
            page = new_page()
    if p.footer.height:
        gap = mm(3, p.setup.resolution)
        if page.rows_bottom + gap + p.footer.height > p.body_bottom:
            # The last whole row goes over with the footer, so the footer never stands alone.
            last = page.fragments.pop() if len(page.fragments) > 1 and page.fragments[-1].whole else None
            if last is not None:
                page.rows_bottom = last.top
            page = new_page()
            if last is not None:
                page.fragments.append(Fragment(last.row, page.rows_bottom, last.height, last.spans, whole=True))
                page.rows_bottom += last.height
        page.footer_top = page.rows_bottom + gap
    return pages
