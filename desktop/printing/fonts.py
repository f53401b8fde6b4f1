"""The faces a printout is set in, chosen from the fonts installed on this machine.

Chinese official documents set titles in 小标宋 or 黑体 and text in 仿宋 or 宋体. The
office PCs have SimHei, SimSun, FangSong and Microsoft YaHei; Linux machines have
Noto CJK or WenQuanYi. A face is used only when it has a glyph for every character
that will be printed with it (checked character by character on the real font, not
on Qt's merged fallback), so nothing prints as an empty box. When no preferred face
covers the text any installed face that does is taken; when none does, the person
is told to install a Chinese font.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from desktop.errors import UserError
from desktop.i18n import tr

#: Title faces, best first: 小标宋, then 黑体-like sans faces.
TITLE_FAMILIES = (
    "FZXiaoBiaoSong-B05S",
    "方正小标宋简体",
    "方正小标宋_GBK",
    "SimHei",
    "黑体",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Microsoft YaHei",
    "微软雅黑",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)

#: Text faces, best first: 仿宋, 宋体, then serif and sans CJK faces.
BODY_FAMILIES = (
    "FangSong",
    "仿宋",
    "FangSong_GB2312",
    "仿宋_GB2312",
    "SimSun",
    "宋体",
    "NSimSun",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Source Han Serif CN",
    "AR PL UMing CN",
    "AR PL SungtiL GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "微软雅黑",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)


@dataclass(frozen=True)
class PrintFonts:
    """The family names a printout uses: *title* for the title and headings, *body* for the rest."""

    title: str
    body: str


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one: fonts and painting need one.

    On a Linux machine without a display (a server, an SSH session) the new one uses the
    offscreen platform, since printing never shows a window.
    """
    app = QGuiApplication.instance()
    if app is not None:
        return app
    argv = ["duban"]
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless and not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    return QGuiApplication(argv)


def characters(texts: Iterable[str]) -> set[str]:
    """The distinct characters of *texts* that need a glyph: all but white space, controls and format marks.

    Private-use characters count: some Chinese names are typed with them and need a face that has them.
    """
    wanted: set[str] = set()
    for text in texts:
        wanted.update(text)
    return {c for c in wanted if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf", "Cs")}


def missing_characters(family: str, chars: Iterable[str]) -> set[str]:
    """The characters of *chars* the installed face *family* has no glyph for."""
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid():
        return set(chars)
    return {c for c in chars if not raw.supportsCharacter(ord(c))}


def installed_families() -> list[str]:
    return list(QFontDatabase.families())


def choose_family(preferred: Iterable[str], chars: set[str]) -> str:
    """The first of *preferred* that is installed and covers *chars*, else any installed face that does.

    Raises :class:`UserError` when no installed face has every character.
    """
    installed = installed_families()
    known = {name.casefold(): name for name in installed}
    for family in preferred:
        name = known.get(family.casefold())
        if name is not None and not missing_characters(name, chars):
            return name
    # Faces that declare Simplified Chinese first: the rest rarely cover the text and are many.
    chinese = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    ordered = [f for f in installed if f in chinese] + [f for f in installed if f not in chinese]
    least: set[str] | None = None
    for family in ordered:
        missing = missing_characters(family, chars)
        if not missing:
            return family
        if least is None or len(missing) < len(least):
            least = missing
    shown = "".join(sorted(least if least is not None else chars)[:10])
    raise UserError(
        tr(
            "Printing",
            "这台电脑上没有能显示全部文字的字体（无法显示：{0}），打印出来会是空白方框。"
            "请安装中文字体（Windows：宋体、仿宋、黑体；Linux：Noto Serif CJK SC 或文泉驿微米黑）后再试。",
        ).format(shown)
    )


def chosen_families() -> tuple[str, str]:
    """The faces the person chose for titles and for text (settings), "" where they left the choice to Duban."""
    from desktop.settings import PRINT_BODY_FONT, PRINT_TITLE_FONT, Settings

    settings = Settings()
    return settings.get(PRINT_TITLE_FONT).strip(), settings.get(PRINT_BODY_FONT).strip()


def choose_fonts(title_texts: Iterable[str], body_texts: Iterable[str]) -> PrintFonts:
    """Faces for a printout whose title and headings are *title_texts* and whose other text is *body_texts*.

    The faces chosen in the settings come first; each role then falls back to its list.
    """
    ensure_gui_application()
    title, body = chosen_families()
    return PrintFonts(
        title=choose_family(([title] if title else []) + list(TITLE_FAMILIES), characters(title_texts)),
        body=choose_family(([body] if body else []) + list(BODY_FAMILIES), characters(body_texts)),
    )
