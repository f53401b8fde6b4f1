"""An :class:`~desktop.printing.official.OfficialDocument` as a PDF: A4 portrait, laid out after GB/T 9704.

The page keeps the standard's margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm).
The first page begins with the grade mark at the top right in its colour, the issuer in red
centred, the number under it and a red rule across the body's width; then the title
(broken between words, :mod:`desktop.printing.titles`), the recipient flush left and the
body: paragraphs in 三号 with a two-character first-line indent, headings, and tables whose
heading row repeats on every page they run over. The signature and the date close the
document at the right (the date four characters in from the right, the signature centred
over it), and every page carries its number, "— 1 —", centred at the foot.

Every text is measured once with :class:`QTextLayout` (:func:`desktop.printing.table.wrap`)
and drawn line by line, so a 5,000-row briefing takes a few seconds, not minutes. Each line
takes a fixed pitch, a multiple of its type size, so the pages fall the same in every
Chinese face. The faces are chosen by :func:`desktop.printing.fonts.choose_fonts`; the PDF's
ToUnicode maps are corrected (:mod:`desktop.printing.pdf_text`) and the file is written
whole or not at all (:func:`desktop.printing.pdf.write_pdf`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from desktop import APP_NAME
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.printing.fonts import PrintFonts, choose_fonts, ensure_gui_application
from desktop.printing.official import ISSUER_RED, OfficialDocument, Paragraph, TableBlock, cleaned, mark_colour
from desktop.printing.pdf import check_pdf_path, write_pdf
from desktop.printing.pdf_text import corrected
from desktop.printing.table import PORTRAIT_MARGINS_MM, CellWrapper, Text, mm, wrap, wrap_title


@dataclass(frozen=True)
class OfficialSetup:
    """Type sizes (points) and line pitches (multiples of the size) of a 公文 page."""

    margins_mm: tuple[float, float, float, float] = PORTRAIT_MARGINS_MM
    mark_pt: float = 16.0  # 三号
    issuer_pt: float = 26.0
    title_pt: float = 22.0  # 二号
    body_pt: float = 16.0  # 三号
    note_pt: float = 14.0  # 四号
    table_pt: float = 12.0  # 小四
    page_number_pt: float = 14.0  # 四号
    #: 22 lines of 三号 in the 225 mm body: a pitch of about 29 pt.
    body_spacing: float = 1.8
    title_spacing: float = 1.4
    table_spacing: float = 1.45
    padding_mm: float = 1.5
    row_padding_mm: float = 0.8
    resolution: int = 1200


def page_number_format() -> str:
    """The page number at the foot of a 公文 page; {0} is the page."""
    return tr("Printing", "— {0} —")


class _Texts:
    """The document's texts by face, as :func:`desktop.printing.pdf_text.corrected` reads a table's."""

    def __init__(self, document: OfficialDocument):
        self.document = document

    def title_texts(self) -> list[str]:
        return self.document.title_texts()

    def body_texts(self) -> Iterator[str]:
        yield from self.document.body_texts()
        yield page_number_format() + "0123456789"


#: A drawing step of a page: called with the painter once the page count is known.
Step = Callable[[QPainter], None]


class _Flow:
    """Places measured texts down the pages' body area, starting a page when one is full."""

    def __init__(self, device, setup: OfficialSetup, fonts: PrintFonts):
        self.device, self.setup, self.fonts = device, setup, fonts
        res = self.res = setup.resolution
        top, bottom, left, right = setup.margins_mm
        self.width, self.height = device.width(), device.height()
        self.left, self.right = mm(left, res), self.width - mm(right, res)
        self.top, self.bottom = mm(top, res), self.height - mm(bottom, res)
        self.pages: list[list[Step]] = [[]]
        self.y = self.top

    # -- fonts and texts -------------------------------------------------------------------

    def font(self, title: bool, points: float, bold: bool = False) -> QFont:
        font = QFont(self.fonts.title if title else self.fonts.body)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def em(self, font: QFont) -> float:
        return font.pointSizeF() / 72.0 * self.res

    def paragraph(self, text: str, font: QFont, spacing: float, indent_chars: float = 2.0) -> Text:
        """*text* wrapped at the body's width with its first line indented *indent_chars* characters."""
        indent = self.em(font) * indent_chars
        made = wrap(text, font, self.right - self.left, self.device, spacing)
        if made.layout is None or not indent:
            return made
        # Laid out again with the first line shorter and moved in: QTextLayout keeps the offset.
        layout, full = made.layout, self.right - self.left
        layout.clearLayout()
        layout.beginLayout()
        count = 0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(full - indent if count == 0 else full)
            line.setPosition(QPointF(indent if count == 0 else 0.0, count * made.pitch))
            count += 1
        layout.endLayout()
        return Text(layout, count, made.pitch, made.middle)

    # -- placing ---------------------------------------------------------------------------

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def room(self) -> float:
        return self.bottom - self.y

    def at_top(self) -> bool:
        return self.y <= self.top + 0.01

    def put(self, step: Step, height: float) -> None:
        self.pages[-1].append(step)
        self.y += height

    def gap(self, height: float) -> None:
        """Blank space; none at the top of a page."""
        if not self.at_top():
            self.y = min(self.y + height, self.bottom)

    def lines(self, text: Text, x: float, keep_whole: bool = False) -> None:
        """Place *text*'s lines, running over pages; no page begins or ends with a single line of it."""
        if keep_whole and text.height > self.room() and text.height <= self.bottom - self.top:
            self.new_page()
        first = 0
        while first < text.count:
            fits, rest = int((self.room() + 0.01) // text.pitch), text.count - first
            if fits < rest and fits < 2 and not self.at_top():
                self.new_page()
                continue
            take = min(fits, rest)
            if rest - take == 1 and take > 2:
                take -= 1  # the next page begins with two lines, not one
            end = first + max(take, 1)
            y = self.y
            self.put(lambda painter, a=first, b=end, y=y: _black(painter, text, x, y, a, b), (end - first) * text.pitch)
            first = end
            if first < text.count:
                self.new_page()

    def centred(self, text: Text) -> None:
        """A text laid out centred at the body's width (the title, the issuer)."""
        self.lines(text, self.left, keep_whole=True)


def _head(flow: _Flow, document: OfficialDocument) -> None:
    """The mark, the issuer in red, the number, the red rule, the title and the recipient."""
    s, full = flow.setup, flow.right - flow.left
    if document.mark:
        font = flow.font(True, s.mark_pt, bold=True)
        metrics = QFontMetricsF(font, flow.device)
        pad = mm(1.5, flow.res)
        box = QRectF(0, 0, metrics.horizontalAdvance(document.mark) + 2 * pad, flow.em(font) * 1.6)
        box.moveTopRight(QPointF(flow.right, flow.y))
        colour = QColor(mark_colour(document))

        def mark(painter: QPainter) -> None:
            painter.save()
            painter.setPen(_pen(colour, 1.0, flow.res))
            painter.setFont(font)
            painter.drawRect(box)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, document.mark)
            painter.restore()

        flow.put(mark, box.height() + mm(3, flow.res))
    issuer = wrap_title(document.issuer, flow.font(True, s.issuer_pt), full, flow.device, 1.3)
    flow.put(_coloured(issuer, flow.left, flow.y, QColor(ISSUER_RED)), issuer.height + mm(4, flow.res))
    if document.number:
        flow.centred(wrap(document.number, flow.font(False, s.body_pt), full, flow.device, 1.5, centered=True))
    y = flow.y + mm(2, flow.res)

    def rule(painter: QPainter) -> None:
        painter.setPen(_pen(QColor(ISSUER_RED), 1.5, flow.res))
        painter.drawLine(QPointF(flow.left, y), QPointF(flow.right, y))

    flow.put(rule, mm(2, flow.res) + flow.em(flow.font(False, s.body_pt)) * 1.5)
    flow.centred(wrap_title(document.title, flow.font(True, s.title_pt), full * 0.9, flow.device, s.title_spacing))
    flow.gap(flow.em(flow.font(False, s.body_pt)) * 0.8)
    if document.recipient:
        flow.lines(flow.paragraph(document.recipient, flow.font(False, s.body_pt), s.body_spacing, 0), flow.left)


def _black(painter: QPainter, text: Text, x: float, y: float, first: int, end: int) -> None:
    painter.setPen(QColor("black"))
    text.draw(painter, x, y, first, end)


def _coloured(text: Text, x: float, y: float, colour: QColor) -> Step:
    def draw(painter: QPainter) -> None:
        painter.save()
        painter.setPen(colour)
        text.draw(painter, x, y)
        painter.restore()

    return draw


def _pen(colour: QColor, points: float, res: int) -> QPen:
    pen = QPen(colour)
    pen.setWidthF(points / 72.0 * res)
    return pen


def _paragraph(flow: _Flow, paragraph: Paragraph, after: float | None = None) -> None:
    """A paragraph; a heading moves to the next page unless *after* (the room the block after it needs to
    begin: a table's heading row and first row) or else two lines fit under it."""
    s = flow.setup
    if paragraph.style == "heading1":
        font = flow.font(True, s.body_pt)
    elif paragraph.style == "heading2":
        font = flow.font(False, s.body_pt, bold=True)
    elif paragraph.style == "note":
        font = flow.font(False, s.note_pt)
    else:
        font = flow.font(False, s.body_pt)
    spacing = s.body_spacing * (s.body_pt / font.pointSizeF())  # notes keep the body's pitch
    text = flow.paragraph(paragraph.text, font, spacing)
    following = 2 * text.pitch if after is None else after
    if paragraph.style.startswith("heading") and flow.room() < text.height + following and not flow.at_top():
        flow.new_page()  # a heading stays with what follows it
    flow.lines(text, flow.left)


@dataclass
class _Grid:
    """A table measured for the body's width: its column edges, heading row and cells."""

    edges: list[float]
    headings: list[Text]
    heading_height: float
    cells: list[list[Text]]
    pitch: float
    padding: float
    row_padding: float
    pen: QPen


def _grid(flow: _Flow, block: TableBlock) -> _Grid:
    s, device = flow.setup, flow.device
    font, heading_font = flow.font(False, s.table_pt), flow.font(True, s.table_pt)
    fractions = block.relative_widths()
    edges = [flow.left]
    for fraction in fractions:
        edges.append(edges[-1] + (flow.right - flow.left) * fraction)
    edges[-1] = flow.right
    padding, row_padding = mm(s.padding_mm, flow.res), mm(s.row_padding_mm, flow.res)
    inner = [edges[i + 1] - edges[i] - 2 * padding for i in range(len(fractions))]
    # Narrow columns (序号, 状态) read better centred.
    centred = [f <= 0.1 for f in fractions]
    heading_cell, cell = CellWrapper(heading_font, device, s.table_spacing), CellWrapper(font, device, s.table_spacing)
    headings = [heading_cell(h, w, centered=True) for h, w in zip(block.headings, inner)]
    cells = [
        [cell(text, w, c) for text, w, c in zip(block.cells(row), inner, centred)]
        for row in block.rows
    ]
    pitch = flow.em(font) * s.table_spacing
    heading_height = max(h.height for h in headings) + 2 * row_padding
    return _Grid(edges, headings, heading_height, cells, pitch, padding, row_padding, _pen(QColor("black"), 0.5, flow.res))


def _draw_cells(painter: QPainter, grid: _Grid, texts: list[Text], y: float, height: float,
                span: tuple[int, int] | None) -> None:
    """One row (*span* None: whole, centred in its height) or lines [first, end) of it, with its rules."""
    painter.setPen(grid.pen)
    for column, text in enumerate(texts):
        x0, x1 = grid.edges[column], grid.edges[column + 1]
        painter.drawRect(QRectF(x0, y, x1 - x0, height))
        if span is None:
            text.draw(painter, x0 + grid.padding, y + (height - text.height) / 2)
        else:
            text.draw(painter, x0 + grid.padding, y + grid.row_padding, min(span[0], text.count), min(span[1], text.count))


def _start_room(flow: _Flow, grid: _Grid) -> float:
    """The room a table needs to begin on a page: its heading row with the first row whole (as the rows
    below move whole when a fresh page holds them), or with the first row's first three lines."""
    fresh = flow.bottom - flow.top - grid.heading_height
    first_row = (max((t.count for t in grid.cells[0]), default=1) if grid.cells else 1) * grid.pitch
    first = first_row if first_row + 2 * grid.row_padding <= fresh else min(first_row, 3 * grid.pitch)
    return grid.heading_height + first + 2 * grid.row_padding


def _table(flow: _Flow, block: TableBlock, grid: _Grid | None = None) -> None:
    """Place a table: its heading row on every page it runs over, rows moved or split at lines."""
    grid = grid or _grid(flow, block)

    def heading() -> None:
        y = flow.y
        flow.put(lambda painter: _draw_cells(painter, grid, grid.headings, y, grid.heading_height, None),
                 grid.heading_height)

    fresh = flow.bottom - flow.top - grid.heading_height
    if not flow.at_top() and flow.room() < _start_room(flow, grid):
        flow.new_page()
    heading()
    for texts in grid.cells:
        total, offset = max(max((t.count for t in texts), default=1), 1), 0
        while True:
            rest = (total - offset) * grid.pitch + 2 * grid.row_padding
            if rest <= flow.room() + 0.01:
                y, span = flow.y, (None if offset == 0 else (offset, total))
                flow.put(lambda p, t=texts, y=y, h=rest, s=span: _draw_cells(p, grid, t, y, h, s), rest)
                break
            fits = int((flow.room() - 2 * grid.row_padding + 0.01) // grid.pitch)
            if (offset == 0 and rest <= fresh + 0.01) or fits < 1:
                flow.new_page()
                heading()
                continue
            y, height, span = flow.y, flow.room(), (offset, offset + fits)
            flow.put(lambda p, t=texts, y=y, h=height, s=span: _draw_cells(p, grid, t, y, h, s), height)
            offset += fits
            flow.new_page()
            heading()
    flow.gap(grid.pitch)


def _end(flow: _Flow, document: OfficialDocument) -> None:
    """The signature and the date: the date four characters in from the right, the signature centred over it."""
    font = flow.font(False, flow.setup.body_pt)
    em, pitch = flow.em(font), flow.em(font) * flow.setup.body_spacing
    lines = [text for text in (document.signed_by, document.date) if text]
    if not lines:
        return
    metrics = QFontMetricsF(font, flow.device)
    date_right = flow.right - 4 * em
    centre = date_right - metrics.horizontalAdvance(document.date) / 2
    needed = (len(lines) + 1) * pitch
    if flow.room() < needed and not flow.at_top():
        flow.new_page()
    flow.gap(pitch)
    for text in lines:
        width = metrics.horizontalAdvance(text)
        x = max(flow.left, min(centre - width / 2, flow.right - width))
        if not document.date:
            x = max(flow.left, flow.right - 2 * em - width)
        y = flow.y

        def draw(painter: QPainter, text=text, x=x, y=y, width=width) -> None:
            painter.setPen(QColor("black"))
            painter.setFont(font)
            painter.drawText(QRectF(x, y, width + em, pitch), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

        flow.put(draw, pitch)


def _layout(document: OfficialDocument, device, setup: OfficialSetup, fonts: PrintFonts) -> _Flow:
    flow = _Flow(device, setup, fonts)
    _head(flow, document)
    grids: dict[int, _Grid] = {}
    for index, block in enumerate(document.blocks):
        if isinstance(block, TableBlock):
            _table(flow, block, grids.pop(index, None))
            continue
        after = None
        following = document.blocks[index + 1] if index + 1 < len(document.blocks) else None
        if block.style.startswith("heading") and isinstance(following, TableBlock):
            grid = grids[index + 1] = _grid(flow, following)  # measured once, for both
            after = _start_room(flow, grid)
        _paragraph(flow, block, after)
    _end(flow, document)
    return flow


def _draw(flow: _Flow, writer: QPdfWriter) -> None:
    font = flow.font(False, flow.setup.page_number_pt)
    band = QRectF(0, flow.bottom + mm(7, flow.res), flow.width, flow.em(font) * 1.5)
    painter = QPainter()
    if not painter.begin(writer):
        raise UserError(tr("Printing", "无法开始打印：打印机没有响应或已被移除。请检查打印机后再试，或先导出 PDF。"))
    try:
        for number, steps in enumerate(flow.pages, start=1):
            if number > 1:
                writer.newPage()
            painter.setPen(QColor("black"))
            for step in steps:
                step(painter)
            painter.setPen(QColor("black"))
            painter.setFont(font)
            painter.drawText(band, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             page_number_format().format(number))
    finally:
        painter.end()


def render_official(document: OfficialDocument, setup: OfficialSetup = OfficialSetup(),
                    fonts: PrintFonts | None = None) -> tuple[bytes, int]:
    """The PDF of *document* as bytes, and its number of pages; *fonts* default to the chosen faces."""
    ensure_gui_application()
    document = cleaned(document)
    texts = _Texts(document)
    if fonts is None:
        fonts = choose_fonts(texts.title_texts(), texts.body_texts())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        writer = QPdfWriter(buffer)
        writer.setResolution(setup.resolution)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
        writer.setTitle(document.title)
        writer.setCreator(APP_NAME)
        flow = _layout(document, writer, setup, fonts)
        _draw(flow, writer)
    finally:
        buffer.close()
    # Qt's ToUnicode maps read some characters back wrong (革 as ⾰): mended as every printout's are.
    return corrected(bytes(data), texts, fonts), len(flow.pages)


def paint_official(document: OfficialDocument, printer, fonts: PrintFonts | None = None) -> int:
    """Lay out and draw *document* on *printer* (a QPrinter: the print preview's, or a printer's); its pages.

    The page is A4 portrait without the printer's margins: the 公文 margins are the layout's own.
    """
    ensure_gui_application()
    document = cleaned(document)
    if fonts is None:
        texts = _Texts(document)
        fonts = choose_fonts(texts.title_texts(), texts.body_texts())
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    flow = _layout(document, printer, OfficialSetup(resolution=printer.resolution()), fonts)
    _draw(flow, printer)
    return len(flow.pages)


def write_official_pdf(document: OfficialDocument, path: str | Path, fonts: PrintFonts | None = None) -> None:
    """Write *document* to the PDF file *path* (replacing one there), whole or not at all."""
    path = check_pdf_path(path, overwrite=True)
    data, _pages = render_official(document, fonts=fonts)
    write_pdf(path, data)
