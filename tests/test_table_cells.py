"""A table's cells: a text that fits on one line is drawn without a layout, exactly where a layout puts it.

:class:`desktop.printing.table.CellWrapper` keeps a one-line cell as its text and draws it
with ``QPainter.drawText``; the pixels must be the ones :func:`wrap`'s QTextLayout draws,
left-aligned and centred, in each font set.
"""

from __future__ import annotations

import pytest

from desktop.printing.table import CellWrapper, wrap


def _image(draw):
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(900, 120, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(150 / 0.0254))
    image.setDotsPerMeterY(round(150 / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setPen(QColor("black"))
        draw(image, painter)
    finally:
        painter.end()
    return image


def _font(name: str):
    from PySide6.QtGui import QFont

    font = QFont(name)
    font.setPointSizeF(10.5)
    return font


@pytest.mark.parametrize("text", ["改革攻坚", "2/6（33%）", "规配科（牵头科室）", "A–B 段 ～ 1.5"])
@pytest.mark.parametrize("centered", [False, True])
def test_a_one_line_cell_draws_as_its_layout_would(qapp, font_set, text, centered):
    font = _font(font_set[1])
    made = {}

    def by_wrapper(device, painter):
        made["cell"] = cell = CellWrapper(font, device, 1.5)(text, 600.0, centered)
        cell.draw(painter, 40.0, 20.0)

    def by_layout(device, painter):
        made["layout"] = laid = wrap(text, font, 600.0, device, 1.5, centered)
        laid.draw(painter, 40.0, 20.0)

    quick, full = _image(by_wrapper), _image(by_layout)
    assert made["cell"].layout is None and made["cell"].count == 1 and made["cell"].content == text
    assert made["layout"].layout is not None and made["layout"].count == 1
    assert made["cell"].height == made["layout"].height
    assert quick == full, "the one-line cell is drawn elsewhere than its layout draws it"
    # Something was drawn at all (the comparison of two blank images proves nothing).
    assert any(quick.pixelColor(x, y).lightness() < 128 for x in range(0, 900, 2) for y in range(0, 120, 2))


def test_cells_that_need_more_than_a_line_are_laid_out(qapp, font_set):
    from PySide6.QtGui import QImage

    device = QImage(10, 10, QImage.Format.Format_ARGB32)
    cell = CellWrapper(_font(font_set[1]), device, 1.5)
    long = cell("通过深化科技体制改革工作，探寻符合柳州科技发展的方法路线", 120.0)
    assert long.layout is not None and long.count > 1
    assert long.content.startswith("通过深化")
    broken = cell("第一行\n第二行", 600.0)
    assert broken.layout is not None and broken.count == 2
    tabbed = cell("甲\t乙", 600.0)
    assert tabbed.layout is not None and tabbed.count == 1
    empty = cell("", 600.0)
    assert empty.layout is None and empty.count == 0 and empty.content == ""


def test_cells_with_the_same_text_share_their_layout(qapp, font_set):
    from PySide6.QtGui import QImage

    device = QImage(10, 10, QImage.Format.Format_ARGB32)
    cell = CellWrapper(_font(font_set[1]), device, 1.5)
    text = "逾期 3 个工作日（期限 2022-06-30）"
    first, again = cell(text, 90.0), cell(text, 90.0)
    assert first.layout is not None and first.count > 1
    assert again is first
    assert cell(text, 120.0) is not first and cell(text, 90.0, centered=True) is not first
    assert cell(text + "。", 90.0).content == text + "。"


def test_a_cell_set_tighter_after_it_was_laid_out_draws_at_the_new_pitch(qapp, font_set):
    """Pagination may tighten a table's spacing after wrapping (to save a page): the lines follow the new pitch."""
    font = _font(font_set[1])
    text = "通过深化科技体制改革工作，探寻符合柳州科技发展的方法路线"
    made = {}

    def tightened(device, painter):
        made["cell"] = cell = CellWrapper(font, device, 1.5)(text, 200.0)
        cell.pitch = CellWrapper(font, device, 1.2).pitch
        cell.draw(painter, 40.0, 5.0)

    def fresh(device, painter):
        CellWrapper(font, device, 1.2)(text, 200.0).draw(painter, 40.0, 5.0)

    assert _image(tightened) == _image(fresh)
    assert made["cell"].count > 1
