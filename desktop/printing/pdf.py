"""Drawing a :class:`~desktop.printing.table.Table` onto A4 pages and writing the PDF.

The table is measured and paginated first (so "共 Y 页" is known), then every page is
drawn with QPainter on a QPdfWriter, or on a QPrinter for printing and the print
preview (:func:`paint`): the title block on the first page, the heading
row on every page, the rows, the footer on the last page and the page number at the
bottom of each. The PDF is written whole or not at all: a half-written file on the
network drive is worse than none.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPainterPath, QPdfWriter, QPen

from desktop import APP_NAME
from desktop.errors import TargetExistsError, UserError
from desktop.files import exists, is_folder, write_whole
from desktop.i18n import tr
from desktop.printing.fonts import PrintFonts, choose_fonts, ensure_gui_application
from desktop.printing.paginate import measure
from desktop.printing.pdf_text import correct_printed_file, corrected
from desktop.printing.table import Fragment, Page, PageSetup, Pagination, Table, continued_mark, mm


def _page_layout(setup: PageSetup) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if setup.landscape else QPageLayout.Orientation.Portrait
    # No margins for Qt: the page is drawn whole and the margins are kept here, page numbers in the bottom one.
    size = QPageSize.PageSizeId.A3 if setup.paper == "A3" else QPageSize.PageSizeId.A4
    return QPageLayout(QPageSize(size), orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def _writer(buffer: QBuffer, setup: PageSetup, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(setup.resolution)
    writer.setPageLayout(_page_layout(setup))
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    return writer


def prepare_printer(printer, setup: PageSetup = PageSetup()) -> None:
    """Set a QPrinter's paper as :func:`render` sets the PDF writer's: *setup*'s paper and orientation, whole page."""
    # Full-page mode puts the origin at the paper's corner, so the margins drawn here are the real ones.
    printer.setFullPage(True)
    printer.setPageLayout(_page_layout(setup))


def paint(table: Table, setup: PageSetup, device: QPagedPaintDevice, fonts: PrintFonts | None = None) -> Pagination:
    """Measure *table* on *device* and draw all its pages there: a PDF writer, a printer or a print preview.

    A QPrinter gets its paper set first (:func:`prepare_printer`). Lengths follow the
    device's resolution, which for a printer is the printer's own.
    """
    ensure_gui_application()
    if fonts is None:
        fonts = choose_fonts(table.title_texts(), table.body_texts())
    if hasattr(device, "setFullPage"):
        prepare_printer(device, setup)
    resolution = device.logicalDpiX()
    if resolution != setup.resolution:
        setup = replace(setup, resolution=resolution)
    pagination = measure(table, setup, device, fonts)
    painter = QPainter()
    if not painter.begin(device):
        raise UserError(tr("Printing", "无法开始打印：打印机没有响应或已被移除。请检查打印机后再试，或先导出 PDF。"))
    try:
        for page in pagination.pages:
            if page.number > 1:
                device.newPage()
            _draw_page(painter, pagination, page)
    finally:
        painter.end()
    # Print to File: Qt wrote the PDF, mended here as render() mends its own.
    correct_printed_file(device, table, fonts)
    return pagination


def render(table: Table, setup: PageSetup = PageSetup()) -> tuple[bytes, Pagination]:
    """The PDF of *table* as bytes, and the pagination it was drawn from.

    Needs a running QGuiApplication but no widget, so it may run in a worker thread.
    """
    ensure_gui_application()
    fonts = choose_fonts(table.title_texts(), table.body_texts())
    with _pdf_in_memory(setup, table.title) as (writer, data):
        pagination = paint(table, setup, writer, fonts)
    # Qt's ToUnicode maps read some characters back wrong (革 as ⾰, ～ as 〜): mended here.
    return corrected(bytes(data), table, fonts), pagination


def layout(table: Table, setup: PageSetup = PageSetup(), fonts: PrintFonts | None = None) -> Pagination:
    """How *table* falls on pages as :func:`render` would print it (in *fonts*, default the chosen faces), drawing nothing."""
    ensure_gui_application()
    if fonts is None:
        fonts = choose_fonts(table.title_texts(), table.body_texts())
    with _pdf_in_memory(setup, table.title) as (writer, _):
        return measure(table, setup, writer, fonts)


@contextlib.contextmanager
def _pdf_in_memory(setup: PageSetup, title: str) -> Iterator[tuple[QPdfWriter, QByteArray]]:
    """A PDF writer set up for *setup* that writes into the byte array it yields with it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        yield _writer(buffer, setup, title), data
    finally:
        buffer.close()


def check_pdf_path(path: str | Path, *, overwrite: bool = False) -> Path:
    """*path* as a Path if a PDF can be written there; otherwise a UserError saying why."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise UserError(tr("Printing", "PDF 文件名应以 .pdf 结尾：{0}").format(path))
    if not overwrite and exists(path):
        raise TargetExistsError(
            tr("Printing", "文件 {0} 已存在。督办台不会覆盖已有文件；请换一个文件名，或先移走旧文件。").format(path)
        )
    if not is_folder(path.parent):
        raise UserError(tr("Printing", "文件夹 {0} 不存在。请先创建它或换一个位置。").format(path.parent))
    return path


def render_pdf(table: Table, path: str | Path, setup: PageSetup = PageSetup(), *, overwrite: bool = False) -> Pagination:
    """Write *table* to the PDF file *path*; refuses to replace an existing file unless *overwrite*."""
    path = check_pdf_path(path, overwrite=overwrite)
    data, pagination = render(table, setup)
    write_pdf(path, data)
    return pagination


def write_pdf(path: str | Path, data: bytes) -> None:
    """Write the PDF *data* to *path* whole or not at all (:func:`desktop.files.write_whole`)."""
    write_whole(path, data)


def _pen(p: Pagination, points: float) -> QPen:
    pen = QPen(Qt.GlobalColor.black)
    pen.setWidthF(points / 72.0 * p.setup.resolution)
    return pen


def _draw_page(painter: QPainter, p: Pagination, page: Page) -> None:
    top = p.body_top
    if page.number == 1:
        _draw_title_block(painter, p)
        top += p.title_block_height
    thin = _pen(p, 0.5)
    painter.setPen(thin)
    for column, heading in enumerate(p.headings):
        x0, x1 = p.column_edges[column], p.column_edges[column + 1]
        painter.drawRect(QRectF(x0, top, x1 - x0, p.heading_height))
        heading.draw(painter, x0 + p.padding, top + (p.heading_height - heading.height) / 2)
    for fragment in page.fragments:
        _draw_fragment(painter, p, fragment)
    if not p.table.rows and page.number == 1 and p.empty_note.height:
        height = page.rows_bottom - page.rows_top
        painter.drawRect(QRectF(p.left, page.rows_top, p.right - p.left, height))
        p.empty_note.draw(painter, p.left + p.padding, page.rows_top + p.row_padding)
    painter.setPen(_pen(p, 1.0))
    painter.drawRect(QRectF(p.left, top, p.right - p.left, page.rows_bottom - top))
    if page.footer_top is not None:
        p.footer.draw(painter, p.left, page.footer_top)
    painter.setFont(p.body_font)
    number = p.table.page_number.format(page.number, len(p.pages))
    band = QRectF(0, p.body_bottom + mm(7, p.setup.resolution), p.page_width, p.footer.height or p.info_height)
    painter.drawText(band, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, number)


def _draw_title_block(painter: QPainter, p: Pagination) -> None:
    res = p.setup.resolution
    y = p.body_top
    if p.label.height:
        p.label.draw(painter, p.left, y)
        y += p.label.height + mm(2, res)
    full = p.right - p.left
    p.title.draw(painter, p.left + full * 0.075, y)
    y += p.title.height + mm(2, res)
    painter.setPen(Qt.GlobalColor.black)
    painter.setFont(p.body_font)
    line = QRectF(p.left, y, full, p.info_height)
    painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, p.table.info_left)
    painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, p.table.info_right)
    y += p.info_height
    for note in p.notes:
        note.draw(painter, p.left, y)
        y += note.height


def _draw_fragment(painter: QPainter, p: Pagination, fragment: Fragment) -> None:
    row = p.table.rows[fragment.row]
    carried = dict(fragment.carried)
    for column, (text, (first, end)) in enumerate(zip(p.cells[fragment.row], fragment.spans)):
        x0, x1 = p.column_edges[column], p.column_edges[column + 1]
        painter.drawRect(QRectF(x0, fragment.top, x1 - x0, fragment.height))
        if p.table.columns[column].check:
            if fragment.whole or (fragment.spans and fragment.spans[0][0] == 0):
                _draw_check(painter, p, x0, x1, fragment, bool(row[column]))
            continue
        if column in carried:
            text, first, end = carried[column], 0, carried[column].count
        y = fragment.top + p.row_padding
        if fragment.whole:
            y = fragment.top + (fragment.height - text.span_height(first, end)) / 2
        if column == fragment.marker_column:
            mark = p.column_text(continued_mark(), column)
            mark.draw(painter, x0 + p.padding, y)
            y += mark.height
        text.draw(painter, x0 + p.padding, y, first, end)


def _draw_check(painter: QPainter, p: Pagination, x0: float, x1: float, fragment: Fragment, ticked: bool) -> None:
    """A box to tick by hand (□), ticked (☑) when done; drawn, so it needs no symbol glyph."""
    size = p.check_size * 0.8
    x = (x0 + x1 - size) / 2
    y = fragment.top + ((fragment.height - size) / 2 if fragment.whole else p.row_padding)
    painter.drawRect(QRectF(x, y, size, size))
    if ticked:
        tick = QPainterPath(QPointF(x + size * 0.2, y + size * 0.5))
        tick.lineTo(QPointF(x + size * 0.42, y + size * 0.75))
        tick.lineTo(QPointF(x + size * 0.82, y + size * 0.22))
        painter.save()
        painter.setPen(_pen(p, 1.2))
        painter.drawPath(tick)
        painter.restore()
