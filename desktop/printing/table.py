"""A printable table — columns, rows of cell texts, a title block and a footer — measured for pages.

Every printout is one table under a title. This module measures each cell's text wrapped
at its column's width; :mod:`desktop.printing.paginate` decides what goes on which page
and :mod:`desktop.printing.pdf` draws the pages.

The layout does not depend on the font: every line of a text takes a fixed pitch, a
multiple of the type size (:attr:`PageSetup.line_spacing` for the table, its own for the
title), whatever the face's own ascent and descent, and its glyphs sit in the middle of
that pitch. Chinese characters are one em wide in every Chinese face, so the seed's
printouts take the same lines and pages in Noto CJK as in WenQuanYi. A title that needs
more than one line breaks between words and every line is centred (:mod:`desktop.printing.titles`).

Lengths are device pixels of the PDF writer (``resolution`` per inch) unless named ``_pt``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice, QTextLayout, QTextOption

from desktop.i18n import tr
from desktop.printing.titles import balanced_lines

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
    #: A cell stands for the rows below it that leave this column empty (a group's name):
    #: on a page that begins inside the group it repeats, marked （续）.
    carry: bool = False


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
    page_number: str = field(default_factory=lambda: tr("Printing", "第 {0} 页 共 {1} 页"))

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
    #: Space between a cell's text and its left and right rules…
    padding_mm: float = 1.2
    #: …and above and below it (the line pitch already leaves room round the glyphs).
    row_padding_mm: float = 0.6
    #: A table line's pitch in multiples of the type size…
    line_spacing: float = 1.5
    #: …which may tighten down to this to save a last page holding little (never the type size).
    min_line_spacing: float = 1.3
    #: The title's line pitch in multiples of its size.
    title_spacing: float = 1.4
    resolution: int = 1200

    def margins(self) -> tuple[float, float, float, float]:
        if self.margins_mm is not None:
            return self.margins_mm
        return LANDSCAPE_MARGINS_MM if self.landscape else PORTRAIT_MARGINS_MM


#: The mark of a row, or a group, continued from the page before.
def continued_mark() -> str:
    return tr("Printing", "（续）")


def printed_date(day: dt.date) -> str:
    """A date as a printout writes it: 2022年6月1日."""
    return tr("Printing", "{0}年{1}月{2}日").format(day.year, day.month, day.day)


def printed_on(day: dt.date) -> str:
    """The title block's 打印日期 line."""
    return tr("Printing", "打印日期：{0}").format(printed_date(day))


_middles: dict[tuple[str, int, int], float] = {}


def glyph_middle(font: QFont, device: QPaintDevice) -> float:
    """How far the middle of the face's Chinese characters is above the baseline, in device pixels.

    Measured once per face, size and resolution: a long table asks it for every cell.
    """
    key = (font.key(), device.logicalDpiX(), device.logicalDpiY())
    middle = _middles.get(key)
    if middle is None:
        box = QFontMetricsF(font, device).tightBoundingRect("国中")
        middle = _middles[key] = -(box.top() + box.bottom()) / 2
    return middle


@dataclass
class Text:
    """A text wrapped at a width in lines of a fixed pitch; each line's glyphs centred in its pitch."""

    layout: QTextLayout | None
    count: int
    pitch: float
    #: The middle of the glyphs above the baseline (:func:`glyph_middle`).
    middle: float = 0.0
    #: A text of one line kept without a layout (:class:`CellWrapper`): its font and where it
    #: begins, from the left of the width it was wrapped at.
    line: str = ""
    font: QFont | None = None
    offset: float = 0.0
    #: The pitch the layout's lines were placed at, their baselines that far apart (:func:`wrap`'s
    #: are; 0: placed otherwise). While it is the pitch, all of them are drawn in one call; a
    #: table set tighter afterwards (:meth:`Pagination.set_spacing`) has them drawn line by line.
    laid_pitch: float = 0.0

    @property
    def height(self) -> float:
        return self.count * self.pitch

    @property
    def content(self) -> str:
        """The text as it was given (line breaks as U+2028)."""
        return self.layout.text() if self.layout is not None else self.line

    def span_height(self, first: int, end: int) -> float:
        return max(end - first, 0) * self.pitch

    def draw(self, painter, x: float, y: float, first: int = 0, end: int | None = None) -> None:
        """Draw lines [first, end) with the first one's pitch beginning at (x, y)."""
        if self.layout is None:
            if self.line and first == 0 and (end is None or end > 0):
                painter.setFont(self.font)
                painter.drawText(QPointF(x + self.offset, y + 0.5 * self.pitch + self.middle), self.line)
            return
        end = self.count if end is None else end
        if self.laid_pitch == self.pitch and first == 0 and end == self.count:
            self.layout.draw(painter, QPointF(x, y + 0.5 * self.pitch + self.middle))
            return
        for index in range(first, end):
            line = self.layout.lineAt(index)
            baseline = y + (index - first + 0.5) * self.pitch + self.middle
            line.draw(painter, QPointF(x, baseline - line.ascent() - line.y()))


def _option(centered: bool) -> QTextOption:
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter if centered else Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


#: Left-aligned and centred (a layout copies the one it is given).
_OPTIONS = {False: _option(False), True: _option(True)}


def wrap(text: str, font: QFont, width: float, device: QPaintDevice, spacing: float, centered: bool = False,
         middle: float | None = None) -> Text:
    """*text* laid out in lines no wider than *width*, breaking inside words when it must.

    Each line's pitch is *spacing* times the type size, the same in every face; *middle* is
    :func:`glyph_middle` when the caller has it already.
    """
    pitch = font.pointSizeF() / 72.0 * device.logicalDpiY() * spacing
    if not text:
        return Text(None, 0, pitch)
    if "\n" in text:
        text = text.replace("\r\n", "\n").replace("\n", "\u2028")
    layout = QTextLayout(text, font, device)
    layout.setTextOption(_OPTIONS[bool(centered)])
    count = 0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        # Each line's baseline on its pitch, whatever faces (and ascents) its glyphs come from.
        line.setPosition(QPointF(0, count * pitch - line.ascent()))
        count += 1
    layout.endLayout()
    return Text(layout, count, pitch, glyph_middle(font, device) if middle is None else middle, laid_pitch=pitch)


#: Characters a line may be made of that are narrower than others: a cell with more characters
#: than its width holds of the narrowest of them cannot be one line.
_NARROW = " il.,:;'|!"


class CellWrapper:
    """:func:`wrap` for the many cells of a table in one font and spacing.

    What the cells share is measured once, and a cell that fits on one line is kept without a
    layout: measured and drawn with :meth:`QPainter.drawText`, which sets the same glyphs on
    the same baseline in a fraction of a QTextLayout's time (a long table has tens of
    thousands of cells).
    """

    def __init__(self, font: QFont, device: QPaintDevice, spacing: float) -> None:
        self.font, self.device, self.spacing = font, device, spacing
        self.pitch = font.pointSizeF() / 72.0 * device.logicalDpiY() * spacing
        self.middle = glyph_middle(font, device)
        self.metrics = QFontMetricsF(font, device)
        self.narrowest = min(self.metrics.horizontalAdvance(c) for c in _NARROW)
        #: Cells laid out already, by (text, width, centred): a column of an overdue list repeats
        #: its wording (逾期 3 个工作日（期限 2022-06-30）) and its items' names; a layout is only drawn,
        #: so cells with the same text share it.
        self._laid_out: dict[tuple[str, float, bool], Text] = {}

    def __call__(self, text: str, width: float, centered: bool = False) -> Text:
        if text and len(text) * self.narrowest <= width and text.isprintable():
            advance = self.metrics.horizontalAdvance(text)
            if advance <= width:
                offset = (width - advance) / 2 if centered else 0.0
                return Text(None, 1, self.pitch, self.middle, line=text, font=self.font, offset=offset)
        key = (text, width, bool(centered))
        made = self._laid_out.get(key)
        if made is None:
            made = self._laid_out[key] = wrap(text, self.font, width, self.device, self.spacing, centered, self.middle)
        return made


def wrap_title(text: str, font: QFont, width: float, device: QPaintDevice, spacing: float) -> Text:
    """A title: broken between words into balanced lines (:mod:`desktop.printing.titles`), each centred."""
    metrics = QFontMetricsF(font, device)
    lines = balanced_lines(text, width, metrics.horizontalAdvance)
    return wrap("\n".join(lines), font, width, device, spacing, centered=True)


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
    #: A piece after the first: the column whose cell shows （续） above its text, else None.
    marker_column: int | None = None
    #: Cells left empty under a group (:attr:`Column.carry`) that show the group's name with （续）.
    carried: tuple[tuple[int, Text], ...] = ()

    @property
    def continued(self) -> bool:
        return self.marker_column is not None


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
    #: Above and below a cell's text.
    row_padding: float
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
    #: The table's line spacing the pages were made with (between the setup's least and its normal).
    spacing: float = 1.5
    pages: list[Page] = field(default_factory=list)
    #: Texts made while paginating (（续） marks, carried group names), by (text, column).
    extras: dict[tuple[str, int], Text] = field(default_factory=dict)
    device: QPaintDevice | None = None

    @property
    def pitch(self) -> float:
        """A table line's height."""
        return self.setup.body_pt / 72.0 * self.setup.resolution * self.spacing

    def pt(self, length: float) -> float:
        """*length* in PDF points (what ``pdftotext -bbox`` reports)."""
        return length * 72.0 / self.setup.resolution

    def set_spacing(self, spacing: float) -> None:
        """Make every table-sized text (cells, headings, notes, footer) take *spacing* times the type size a line."""
        self.spacing = spacing
        texts = [*self.headings, *self.notes, self.footer, self.empty_note, *self.extras.values()]
        texts += [text for row in self.cells for text in row]
        for text in texts:
            text.pitch = self.pitch
        self.heading_height = max((h.height for h in self.headings), default=0.0) + 2 * self.row_padding
        self.info_height = self.pitch
        self.title_block_height = self._title_block()

    def _title_block(self) -> float:
        gap = mm(2, self.setup.resolution)
        block = self.label.height + (gap if self.label.height else 0) + self.title.height + gap + self.info_height
        return block + sum(n.height for n in self.notes) + gap

    def column_text(self, text: str, column: int) -> Text:
        """*text* wrapped in *column* as the column's cells are (for marks and carried names)."""
        key = (text, column)
        if key not in self.extras:
            inner = self.column_edges[column + 1] - self.column_edges[column] - 2 * self.padding
            made = wrap(text, self.body_font, inner, self.device, self.spacing, self.table.columns[column].centered)
            self.extras[key] = made
        return self.extras[key]

    def row_height(self, row: int) -> float:
        texts = self.cells[row]
        tallest = max((t.height for t in texts), default=0.0)
        if any(c.check for c in self.table.columns):
            tallest = max(tallest, self.check_size)
        return tallest + 2 * self.row_padding


def mm(length: float, resolution: int) -> float:
    return length / 25.4 * resolution
