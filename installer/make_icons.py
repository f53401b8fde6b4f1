"""Draw Duban's application icon: a red seal (印章) with 督 in white, as PNGs and a Windows .ico.

Run from the repository root after changing the design; the output is committed:
    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py
Writes resources/icons/duban-{16,24,32,48,64,128,256}.png and resources/icons/duban.ico
(16, 24, 32, 48, 64, 128 and 256 pixels, PNG-compressed entries, as Windows Vista and later read).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SEAL_RED = QColor("#c0282d")
CJK_FONTS = ("Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    margin = max(0.5, size * 0.04)
    square = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    radius = size * 0.14
    path = QPainterPath()
    path.addRoundedRect(square, radius, radius)
    painter.fillPath(path, SEAL_RED)
    if size >= 32:
        # The seal's inner white border, as carved seals have.
        inset = size * 0.09
        inner = square.adjusted(inset, inset, -inset, -inset)
        pen = QPen(QColor("white"))
        pen.setWidthF(max(1.0, size * 0.035))
        painter.setPen(pen)
        painter.drawRoundedRect(inner, radius * 0.55, radius * 0.55)
    font = QFont()
    font.setFamilies(list(CJK_FONTS))
    font.setBold(True)
    font.setPixelSize(round(size * (0.66 if size >= 32 else 0.8)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(square, Qt.AlignmentFlag.AlignCenter, "督")
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: list[tuple[int, bytes]]) -> bytes:
    """An ICO container of PNG entries (ICONDIR, one ICONDIRENTRY each, then the PNG data)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in pngs:
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need it)
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    pngs = []
    for size in SIZES:
        data = png_bytes(draw(size))
        (ICON_DIR / f"duban-{size}.png").write_bytes(data)
        pngs.append((size, data))
    (ICON_DIR / "duban.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {len(SIZES)} PNGs and duban.ico to {ICON_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
