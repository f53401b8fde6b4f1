"""Which rows of a measured table go on which page, wasting as little paper as a reader allows.

The heading row repeats on every page and the footer follows the table on the last one.
A row that fits the rest of a page goes there whole. One that does not fit moves whole to
the next page, unless that would leave more than a third of the page's table empty: then
it is split between two lines and continues on the next page, where its first cell with
text begins with （续）. A row taller than a page always continues. No piece of a split
row holds fewer than two lines where that can be avoided.

Cells under a group (:attr:`~desktop.printing.table.Column.carry`, e.g. the roster's
小组) leave the group's name to its first row; a page that begins inside a group repeats
the name, marked （续）.

When the last page would hold only a little (its table and footer a third of its table's
area or less), the table's line spacing (never the type size) may tighten, down to
:attr:`~desktop.printing.table.PageSetup.min_line_spacing`, to save that page: the largest
spacing that does so is taken (:func:`paginate_fitting`). A long printout whose last page
is full keeps its spacing. :func:`measure` measures a table's texts and paginates it.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPaintDevice

from desktop.printing.table import (
    CellWrapper,
    Fragment,
    Page,
    PageSetup,
    Pagination,
    Table,
    continued_mark,
    mm,
    wrap,
    wrap_title,
)

#: A piece of a split row holds at least this many lines where it can.
MIN_LINES = 2
#: Spacings tried between the normal and the least, in steps of this.
SPACING_STEP = 0.05


def holds_little(p: Pagination, page: Page) -> bool:
    """Whether *page*'s rows and footer take a third of its table's area or less."""
    used = page.rows_bottom - page.rows_top
    if page.footer_top is not None:
        used = page.footer_top + p.footer.height - page.rows_top
    return used <= (p.body_bottom - page.rows_top) / 3


def paginate_fitting(p: Pagination) -> list[Page]:
    """The pages at the normal spacing, or at the largest tighter spacing that saves a last page holding little."""
    normal = p.setup.line_spacing
    pages = paginate(p)
    least = min(p.setup.min_line_spacing, normal)
    if len(pages) == 1 or least >= normal or not holds_little(p, pages[-1]):
        return pages
    p.set_spacing(least)
    tight = paginate(p)
    if len(tight) < len(pages):
        steps = int(round((normal - least) / SPACING_STEP))
        for step in range(1, steps):
            spacing = round(normal - step * SPACING_STEP, 4)
            p.set_spacing(spacing)
            tried = paginate(p)
            if len(tried) < len(pages):
                return tried
        p.set_spacing(least)
        return tight
    p.set_spacing(normal)
    return pages


class _Paginator:
    def __init__(self, p: Pagination) -> None:
        self.p = p
        self.pages: list[Page] = []
        self.check = any(c.check for c in p.table.columns)
        self.carry = [i for i, c in enumerate(p.table.columns) if c.carry and not c.check]
        self.text_columns = [i for i, c in enumerate(p.table.columns) if not c.check]
        self.page = self.new_page()

    def new_page(self) -> Page:
        p = self.p
        top = p.body_top + (p.title_block_height if not self.pages else 0.0)
        rows_top = top + p.heading_height
        page = Page(number=len(self.pages) + 1, rows_top=rows_top, rows_bottom=rows_top)
        self.pages.append(page)
        self.page = page
        return page

    # -- measuring pieces ------------------------------------------------------------------

    def carried(self, row: int) -> tuple:
        """For a row beginning a page after the first: the group names its empty cells stand under."""
        p = self.p
        found = []
        for column in self.carry:
            if p.table.rows[row][column]:
                continue
            above = next((r[column] for r in reversed(p.table.rows[:row]) if r[column]), "")
            if above:
                found.append((column, p.column_text(f"{above}{continued_mark()}", column)))
        return tuple(found)

    def marker_column(self, row: int, offset: int) -> int | None:
        """The first cell with text left after *offset* lines: where （续） goes."""
        counts = [t.count for t in self.p.cells[row]]
        return next((i for i in self.text_columns if counts[i] > offset), None)

    def lines(self, row: int, offset: int, count: int, marker: int | None, carried: tuple) -> float:
        """How many pitches a piece of *row* takes: lines [offset, offset + count) of every cell."""
        p = self.p
        tallest = 0
        for column, text in enumerate(p.cells[row]):
            shown = max(min(text.count, offset + count) - min(text.count, offset), 0)
            if column == marker:
                shown += p.column_text(continued_mark(), column).count
            tallest = max(tallest, shown)
        for _, text in carried:
            tallest = max(tallest, text.count)
        return tallest

    def height(self, row: int, offset: int, count: int, marker: int | None, carried: tuple) -> float:
        p = self.p
        body = self.lines(row, offset, count, marker, carried) * p.pitch
        if self.check and offset == 0:
            body = max(body, p.check_size)
        return body + 2 * p.row_padding

    def fitting(self, row: int, offset: int, room: float, marker: int | None, carried: tuple) -> int:
        """The most lines of *row* from *offset* whose piece fits *room*."""
        total = max((t.count for t in self.p.cells[row]), default=0)
        count = 0
        while offset + count < total and self.height(row, offset, count + 1, marker, carried) <= room + 0.01:
            count += 1
        return count

    # -- placing ---------------------------------------------------------------------------

    def room(self) -> float:
        return self.p.body_bottom - self.page.rows_bottom

    def put(self, fragment: Fragment) -> None:
        self.page.fragments.append(fragment)
        self.page.rows_bottom += fragment.height

    def place(self, row: int) -> None:
        p = self.p
        texts = p.cells[row]
        total = max((t.count for t in texts), default=0)
        offset = 0
        while True:
            at_top = not self.page.fragments
            carried = self.carried(row) if at_top and offset == 0 and self.page.number > 1 else ()
            marker = self.marker_column(row, offset) if offset else None
            rest = total - offset
            whole = self.height(row, offset, rest, marker, carried)
            if whole <= self.room() + 0.01:
                spans = tuple((min(offset, t.count), t.count) for t in texts)
                self.put(Fragment(row, self.page.rows_bottom, whole, spans, offset == 0, marker, carried))
                return
            fresh = p.body_bottom - (p.body_top + p.heading_height)
            next_carried = self.carried(row) if offset == 0 else ()
            taller = self.height(row, offset, rest, marker, next_carried) > fresh + 0.01
            empty = self.room() > (p.body_bottom - self.page.rows_top) / 3
            count = self.fitting(row, offset, self.room(), marker, carried)
            if rest - count < MIN_LINES and (not taller or rest - MIN_LINES >= MIN_LINES):
                count = rest - MIN_LINES  # leave two lines for the next piece
            if (taller or empty) and count >= MIN_LINES or at_top and count >= 1:
                count = max(count, 1)
                height = self.room() if taller or count < rest else self.height(row, offset, count, marker, carried)
                height = min(height, self.room())
                spans = tuple((min(offset, t.count), min(offset + count, t.count)) for t in texts)
                self.put(Fragment(row, self.page.rows_bottom, height, spans, False, marker, carried))
                offset += count
                self.new_page()
                continue
            if at_top:
                # Not even one line fits (a line taller than the page): take one anyway to go on.
                spans = tuple((min(offset, t.count), min(offset + 1, t.count)) for t in texts)
                self.put(Fragment(row, self.page.rows_bottom, self.room(), spans, False, marker, carried))
                offset += 1
                self.new_page()
                if offset >= total:
                    return
                continue
            self.new_page()

    def footer(self) -> None:
        p = self.p
        if not p.footer.height:
            return
        gap = mm(3, p.setup.resolution)
        if self.page.rows_bottom + gap + p.footer.height > p.body_bottom:
            # The last whole row goes over with the footer, so the footer never stands alone.
            fragments = self.page.fragments
            last = fragments.pop() if len(fragments) > 1 and fragments[-1].whole else None
            if last is not None:
                self.page.rows_bottom = last.top
            self.new_page()
            if last is not None:
                self.place(last.row)
        self.page.footer_top = self.page.rows_bottom + gap


def paginate(p: Pagination) -> list[Page]:
    """Place every row on a page at the pagination's current spacing (see the module's rules)."""
    paginator = _Paginator(p)
    if not p.table.rows and p.empty_note.height:
        paginator.page.rows_bottom += p.empty_note.height + 2 * p.row_padding
    for row in range(len(p.cells)):
        paginator.place(row)
    paginator.footer()
    return paginator.pages


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
    heading_cell, cell = CellWrapper(heading_font, device, spacing), CellWrapper(body_font, device, spacing)
    headings = [heading_cell(c.title, w, centered=True) for c, w in zip(table.columns, inner)]
    cells = [
        [
            cell("" if column.check else str(value), w, column.centered)
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
        row_padding=mm(setup.row_padding_mm, res),
        label=wrap(table.label, label_font, full, device, 1.0),
        title=wrap_title(table.title, title_font, full * 0.85, device, setup.title_spacing),
        info_height=0.0,
        notes=[wrap(n, body_font, full, device, spacing) for n in table.notes if n],
        title_block_height=0.0,
        headings=headings,
        heading_height=0.0,
        cells=cells,
        check_size=body_font.pointSizeF() / 72.0 * res,
        footer=wrap(table.footer, body_font, full, device, spacing),
        empty_note=wrap(table.empty_note, body_font, full - 2 * padding, device, spacing, centered=True),
        body_font=body_font,
        device=device,
    )
    pagination.set_spacing(spacing)
    pagination.pages = paginate_fitting(pagination)
    return pagination
