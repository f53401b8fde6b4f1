"""True text in Duban's PDFs: each font's ToUnicode map corrected after Qt writes it.

Qt's PDF writer builds a font's ToUnicode CMap by looking, for every glyph it used, for
the lowest BMP code point the font maps to that glyph (``QFontSubset::getReverseMap``).
Noto CJK maps a CJK radical and the unified ideograph it looks like to one glyph, and the
radicals come first (U+2E80–U+2FDF, before U+4E00), so 革 is read back as ⾰ (U+2FB0), 长
as ⻓ (U+2ED3): the PDF looks right, but searching it for 改革 finds nothing. Qt has no
option to choose the code point (QPdfWriter and QFont offer none), so :func:`correct_text`
mends the maps afterwards: a radical the printout does not contain becomes its equivalent
unified ideograph (Unicode's Equivalent_Unified_Ideograph property), and a CJK
compatibility ideograph (U+F900–U+FAFF) the printout does not contain becomes the printed
character that is canonically the same. A target that is still not among the printed
characters (Noto also shares ～ U+FF5E with 〜 U+301C, – U+2013 with ‒ U+2012, ／ U+FF0F
with ∕ U+2215) is looked up in the font itself, when it is one of the printout's faces:
the printed character drawn with the same glyph replaces it.

pypdf reads the PDF; the corrected maps are appended as an incremental update (new
versions of those stream objects, a cross-reference section and a trailer pointing back at
Qt's), so Qt's bytes stay exactly as they were in front of it.

WenQuanYi Micro Hei gives its radicals glyphs of their own, so its PDFs need no change and
are returned untouched.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

log = logging.getLogger(__name__)

#: CJK Radicals Supplement and Kangxi Radicals: the targets Qt wrongly picks.
RADICALS = range(0x2E80, 0x2FE0)
#: CJK Compatibility Ideographs: Qt picks one only where its unified ideograph has another glyph.
COMPATIBILITY = range(0xF900, 0xFB00)

#: CJK Radicals Supplement → equivalent unified ideograph, from Unicode's
#: EquivalentUnifiedIdeograph-16.0.0.txt (Date: 2024-02-02, by Ken Lunde; UCD, file
#: EquivalentUnifiedIdeograph.txt), its lines 2E81..2EF3 with ranges written out. U+2E80
#: (CJK RADICAL REPEAT) has none. Most of these have no decomposition, so NFKC cannot give them.
RADICALS_SUPPLEMENT = {
    0x2E81: 0x5382, 0x2E82: 0x4E5B, 0x2E83: 0x4E5A, 0x2E84: 0x4E59, 0x2E85: 0x4EBB, 0x2E86: 0x5182,
    0x2E87: 0x20628, 0x2E88: 0x5200, 0x2E89: 0x5202, 0x2E8A: 0x535C, 0x2E8B: 0x353E, 0x2E8C: 0x5C0F,
    0x2E8D: 0x5C0F, 0x2E8E: 0x5140, 0x2E8F: 0x5C23, 0x2E90: 0x5C22, 0x2E91: 0x21BC2, 0x2E92: 0x5DF3,
    0x2E93: 0x5E7A, 0x2E94: 0x5F51, 0x2E95: 0x2B739, 0x2E96: 0x5FC4, 0x2E97: 0x5FC3, 0x2E98: 0x624C,
    0x2E99: 0x6535, 0x2E9B: 0x65E1, 0x2E9C: 0x65E5, 0x2E9D: 0x6708, 0x2E9E: 0x6B7A, 0x2E9F: 0x6BCD,
    0x2EA0: 0x6C11, 0x2EA1: 0x6C35, 0x2EA2: 0x6C3A, 0x2EA3: 0x706C, 0x2EA4: 0x722B, 0x2EA5: 0x722B,
    0x2EA6: 0x4E2C, 0x2EA7: 0x725B, 0x2EA8: 0x72AD, 0x2EA9: 0x738B, 0x2EAA: 0x24D14, 0x2EAB: 0x76EE,
    0x2EAC: 0x793A, 0x2EAD: 0x793B, 0x2EAE: 0x25AD7, 0x2EAF: 0x7CF9, 0x2EB0: 0x7E9F, 0x2EB1: 0x7F53,
    0x2EB2: 0x7F52, 0x2EB3: 0x34C1, 0x2EB4: 0x5197, 0x2EB5: 0x2626B, 0x2EB6: 0x7F8A, 0x2EB7: 0x2634C,
    0x2EB8: 0x2634B, 0x2EB9: 0x8002, 0x2EBA: 0x8080, 0x2EBB: 0x807F, 0x2EBC: 0x8089, 0x2EBD: 0x26951,
    0x2EBE: 0x8279, 0x2EBF: 0x8279, 0x2EC0: 0x8279, 0x2EC1: 0x864E, 0x2EC2: 0x8864, 0x2EC3: 0x8980,
    0x2EC4: 0x897F, 0x2EC5: 0x89C1, 0x2EC6: 0x89D2, 0x2EC7: 0x278B2, 0x2EC8: 0x8BA0, 0x2EC9: 0x8D1D,
    0x2ECA: 0x27FB7, 0x2ECB: 0x8F66, 0x2ECC: 0x8FB6, 0x2ECD: 0x8FB6, 0x2ECE: 0x8FB6, 0x2ECF: 0x9091,
    0x2ED0: 0x9485, 0x2ED1: 0x9577, 0x2ED2: 0x9578, 0x2ED3: 0x957F, 0x2ED4: 0x95E8, 0x2ED5: 0x28E0F,
    0x2ED6: 0x961D, 0x2ED7: 0x96E8, 0x2ED8: 0x9752, 0x2ED9: 0x97E6, 0x2EDA: 0x9875, 0x2EDB: 0x98CE,
    0x2EDC: 0x98DE, 0x2EDD: 0x98DF, 0x2EDE: 0x2967F, 0x2EDF: 0x98E0, 0x2EE0: 0x9963, 0x2EE1: 0x29810,
    0x2EE2: 0x9A6C, 0x2EE3: 0x9AA8, 0x2EE4: 0x9B3C, 0x2EE5: 0x9C7C, 0x2EE6: 0x9E1F, 0x2EE7: 0x5364,
    0x2EE8: 0x9EA6, 0x2EE9: 0x9EC4, 0x2EEA: 0x9EFE, 0x2EEB: 0x6589, 0x2EEC: 0x9F50, 0x2EED: 0x6B6F,
    0x2EEE: 0x9F7F, 0x2EEF: 0x7ADC, 0x2EF0: 0x9F99, 0x2EF1: 0x9F9C, 0x2EF2: 0x4E80, 0x2EF3: 0x9F9F,
}


def equivalent_ideograph(radical: str) -> str | None:
    """The unified ideograph a CJK radical stands for (⾰ → 革, ⻓ → 长), or None.

    Kangxi Radicals (U+2F00–U+2FD5) decompose to it (NFKC); the file's lines for them say the
    same, entry for entry. The supplement's come from :data:`RADICALS_SUPPLEMENT`.
    """
    if len(radical) != 1 or ord(radical) not in RADICALS:
        return None
    code = ord(radical)
    if code in RADICALS_SUPPLEMENT:
        return chr(RADICALS_SUPPLEMENT[code])
    unified = unicodedata.normalize("NFKC", radical)
    return unified if unified != radical else None


def _same_character(text: str) -> str:
    """What a character stands for: a radical's ideograph, a compatibility ideograph's unified one."""
    return equivalent_ideograph(text) or unicodedata.normalize("NFC", text)


class Chooser:
    """Decides, for the targets of one font's ToUnicode map, what was really printed."""

    def __init__(self, printed: Iterable[str]):
        self.printed = {c for text in printed for c in text}
        self.by_meaning: dict[str, set[str]] = {}
        for c in self.printed:
            self.by_meaning.setdefault(_same_character(c), set()).add(c)

    def choose(self, target: str, font_targets: set[str]) -> str | None:
        """The text to put in place of *target*, or None to keep it.

        *font_targets* are all the targets of the same font's map: a character among them has
        a glyph of its own in that font.
        """
        if len(target) != 1:
            return None
        code = ord(target)
        if code in RADICALS:
            ideograph = equivalent_ideograph(target)
            if ideograph is None:
                return None
            if target in self.printed:
                # A radical really printed keeps its code point, unless its ideograph was printed
                # too and has no glyph of its own here: they share this one, and the ideograph is
                # by far the likelier (a radical shows up in a plan only by mistake).
                if ideograph in self.printed and ideograph not in font_targets:
                    return ideograph
                return None
            return self._printed_like(target, ideograph) or ideograph
        if code in COMPATIBILITY and target not in self.printed:
            unified = unicodedata.normalize("NFC", target)
            if unified == target:
                return None  # one of the twelve unified ideographs in the block
            # The glyph was drawn for another character canonically the same as this one.
            return self._printed_like(target, unified, exclude=font_targets)
        return None

    def for_font(self, glyphs: Glyphs | None) -> Callable[[str, set[str]], str | None]:
        """:meth:`choose` for one font, then, for a target still not printed, what *glyphs* tell.

        A target that is not in the printout at all is certainly wrong: Qt drew a printed
        character whose glyph the font also gives a lower code point (～ U+FF5E drawn, 〜 U+301C
        in the map; – U+2013 drawn, ‒ U+2012). *glyphs* (the font itself, when it is one of
        the printout's faces) says which printed character has that glyph.
        """

        def choose(target: str, font_targets: set[str]) -> str | None:
            chosen = self.choose(target, font_targets)
            if chosen is not None or glyphs is None or len(target) != 1 or target in self.printed:
                return chosen
            if target.isspace() or not target.isprintable():
                return None
            # Qt took the lowest code point of the glyph: the printed one comes after it, and has
            # no entry of its own in this font's map.
            candidates = [c for c in self.printed if c > target and c not in font_targets and c <= "\uffff"]
            shared = glyphs.same_glyph(target, candidates)
            return shared[0] if len(shared) == 1 else None

        return choose

    def _printed_like(self, target: str, meaning: str, exclude: set[str] = frozenset()) -> str | None:
        """The printed character meaning *meaning* (other than *target*), the ideograph itself first."""
        if meaning in self.printed and meaning not in exclude:
            return meaning
        candidates = sorted(self.by_meaning.get(meaning, set()) - {target} - exclude)
        return candidates[0] if len(candidates) == 1 else None


class Glyphs:
    """One installed font as Qt draws it: which characters share a glyph."""

    def __init__(self, raw):
        self.raw = raw
        self._cache: dict[str, int] = {}

    def glyph(self, character: str) -> int:
        if character not in self._cache:
            indexes = self.raw.glyphIndexesForString(character)
            self._cache[character] = indexes[0] if len(indexes) == 1 else 0
        return self._cache[character]

    def same_glyph(self, target: str, candidates: Iterable[str]) -> list[str]:
        """The *candidates* drawn with *target*'s glyph, in code point order."""
        glyph = self.glyph(target)
        if not glyph:
            return []
        return sorted(c for c in candidates if self.glyph(c) == glyph)


def _postscript_name(raw) -> str | None:
    """The PostScript name (name ID 6 of the 'name' table) of a QRawFont: what Qt writes as /BaseFont."""
    table = bytes(raw.fontTable("name"))
    if len(table) < 6:
        return None
    count, strings = int.from_bytes(table[2:4], "big"), int.from_bytes(table[4:6], "big")
    for record in range(count):
        at = 6 + 12 * record
        if at + 12 > len(table):
            break
        platform, _encoding, _language, name_id, length, offset = (
            int.from_bytes(table[at + k : at + k + 2], "big") for k in range(0, 12, 2)
        )
        if name_id != 6:
            continue
        data = table[strings + offset : strings + offset + length]
        return data.decode("utf-16-be" if platform in (0, 3) else "latin-1", errors="replace")
    return None


def font_glyphs(families: Iterable[str]) -> dict[str, Glyphs]:
    """The installed faces of *families* (regular and bold), by PostScript name."""
    from PySide6.QtGui import QFont, QRawFont

    found: dict[str, Glyphs] = {}
    for family in dict.fromkeys(families):
        for bold in (False, True):
            font = QFont(family)
            font.setBold(bold)
            raw = QRawFont.fromFont(font)
            name = _postscript_name(raw) if raw.isValid() else None
            if name and name not in found:
                found[name] = Glyphs(raw)
    return found


# -- ToUnicode CMaps -----------------------------------------------------------------------

_SECTION = re.compile(rb"beginbf(char|range)(.*?)endbf\1", re.S)
_TOKEN = re.compile(rb"<([0-9A-Fa-f\s]*)>|\[|\]")


def _hex_value(token: bytes) -> bytes:
    return bytes.fromhex(re.sub(rb"\s", b"", token).decode("ascii"))


def _text(value: bytes) -> str | None:
    try:
        return value.decode("utf-16-be")
    except UnicodeDecodeError:
        return None


def _increment(value: bytes, step: int) -> bytes:
    """A bfrange destination *step* codes on: its last byte counts up (PDF 32000-1, 9.10.3)."""
    if not value:
        return value
    return value[:-1] + bytes([(value[-1] + step) & 0xFF])


class _Entry:
    """One bfchar or bfrange line: its source codes, their destinations, and where it sits in the stream."""

    def __init__(self, start: int, end: int, codes: list[int], values: list[bytes], is_range: bool, width: int):
        self.start, self.end = start, end
        self.codes, self.values = codes, values
        self.is_range = is_range
        #: Hex digits of the source codes as written (4 for Qt's two-byte codes).
        self.width = width

    def line(self, values: list[bytes]) -> bytes:
        """The entry written anew with *values* as destinations (a range as a range with an array)."""
        codes = [f"<{code:0{self.width}X}>".encode("ascii") for code in (self.codes[0], self.codes[-1])]
        hexes = [b"<" + value.hex().upper().encode("ascii") + b">" for value in values]
        if self.is_range:
            return codes[0] + b" " + codes[1] + b" [" + b" ".join(hexes) + b"]"
        return codes[0] + b" " + hexes[0]


def _entries(cmap: bytes) -> list[_Entry]:
    """Every bfchar and bfrange entry of *cmap*, in order; ValueError if one is malformed."""
    entries: list[_Entry] = []
    for section in _SECTION.finditer(cmap):
        kind, offset = section.group(1), section.start(2)
        tokens = list(_TOKEN.finditer(section.group(2)))

        def hex_at(index: int, what: str) -> bytes:
            if index >= len(tokens) or tokens[index].group(1) is None:
                raise ValueError(f"malformed {what} in a ToUnicode CMap")
            return _hex_value(tokens[index].group(1))

        i = 0
        while i < len(tokens):
            first = i
            source = hex_at(i, "source code")
            low = int.from_bytes(source, "big")
            if kind == b"char":
                codes, values, last, is_range = [low], [hex_at(i + 1, "bfchar destination")], i + 1, False
            else:
                high = int.from_bytes(hex_at(i + 1, "bfrange end"), "big")
                if high < low:
                    raise ValueError("a bfrange in a ToUnicode CMap runs backwards")
                codes, is_range = list(range(low, high + 1)), True
                if i + 2 < len(tokens) and tokens[i + 2].group(0) == b"[":
                    values, last = [], i + 3
                    while last < len(tokens) and tokens[last].group(0) != b"]":
                        values.append(hex_at(last, "bfrange array destination"))
                        last += 1
                    if last >= len(tokens) or len(values) != len(codes):
                        raise ValueError("a bfrange array in a ToUnicode CMap does not match its range")
                else:
                    base = hex_at(i + 2, "bfrange destination")
                    values, last = [_increment(base, k) for k in range(len(codes))], i + 2
            start, end = offset + tokens[first].start(), offset + tokens[last].end()
            entries.append(_Entry(start, end, codes, values, is_range, 2 * len(source)))
            i = last + 1
    return entries


def cmap_targets(cmap: bytes) -> dict[int, str]:
    """What a ToUnicode CMap maps each code to (codes whose destination is not UTF-16 left out)."""
    targets = {}
    for entry in _entries(cmap):
        for code, value in zip(entry.codes, entry.values):
            text = _text(value)
            if text is not None:
                targets[code] = text
    return targets


def rewrite_cmap(
    cmap: bytes, choose: Callable[[str, set[str]], str | None]
) -> tuple[bytes, dict[int, tuple[str, str]]]:
    """*cmap* with the destinations *choose* replaces rewritten, and what changed (code → (old, new)).

    ``choose(target, all_targets)`` returns the new text or None to keep *target*. A bfchar
    entry gets its new destination; a bfrange entry is written as the same range with an
    array of destinations, so each section keeps its number of entries. Everything else
    stays byte for byte.
    """
    entries = _entries(cmap)
    all_targets = {text for entry in entries for value in entry.values if (text := _text(value)) is not None}
    changes: dict[int, tuple[str, str]] = {}
    pieces: list[bytes] = []
    position = 0
    for entry in entries:
        values, changed = [], False
        for code, value in zip(entry.codes, entry.values):
            text = _text(value)
            new = choose(text, all_targets) if text is not None else None
            if new is not None and new != text:
                changes[code] = (text, new)
                value, changed = new.encode("utf-16-be"), True
            values.append(value)
        if changed:
            pieces += [cmap[position : entry.start], entry.line(values)]
            position = entry.end
    pieces.append(cmap[position:])
    return b"".join(pieces), changes


# -- PDFs ----------------------------------------------------------------------------------


def correct_text(pdf: bytes, printed: Iterable[str], faces: Mapping[str, Iterable[str]] | None = None) -> bytes:
    """*pdf* with every font's ToUnicode map telling the characters of *printed* (its texts).

    *faces* gives, by family, the texts set in each face of the printout (the title face's,
    the text face's). A font of the PDF that is one of them is judged by that face's texts
    alone, and a target not among them is looked up in the font itself
    (:meth:`Chooser.for_font`); any other font by all of *printed*. Returns *pdf* itself
    when no map needs a change; raises when the PDF cannot be read or written
    (:func:`corrected` keeps Qt's bytes then).
    """
    from pypdf import PdfReader

    everything = Chooser(printed)
    by_name: dict[str, tuple[Glyphs, Chooser]] = {}
    for family, texts in (faces or {}).items():
        chooser = Chooser(texts)
        for name, glyphs in font_glyphs([family]).items():
            by_name.setdefault(name, (glyphs, chooser))
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    if reader.is_encrypted:
        raise ValueError("an encrypted PDF")
    updates: dict[tuple[int, int], bytes] = {}
    for font in _fonts(pdf, reader):
        reference = font.get("/ToUnicode")
        if reference is None or not hasattr(reference, "idnum"):
            continue
        key = (reference.idnum, reference.generation)
        if key in updates:
            continue
        # A subset's name may carry a tag (ABCDEF+Name); Qt's do not.
        name = str(font.get("/BaseFont", "/"))[1:].split("+")[-1]
        glyphs, chooser = by_name.get(name, (None, everything))
        cmap, changes = rewrite_cmap(reference.get_object().get_data(), chooser.for_font(glyphs))
        updates[key] = cmap if changes else b""
        if changes:
            log.debug("ToUnicode of %s: %s", name, changes)
    updates = {key: cmap for key, cmap in updates.items() if cmap}
    if not updates:
        return pdf
    return pdf + _incremental_update(pdf, reader.trailer, updates)


#: The head of an object whose dictionary says it is a font, as Qt's PDF writer spells it.
_FONT_OBJECT = re.compile(rb"(?<![0-9])(\d+)\s+(\d+)\s+obj\s*<<\s*/Type\s*/Font\b")


def _fonts(pdf: bytes, reader) -> Iterator:
    """The font dictionaries of *pdf*.

    Qt writes each font once, uncompressed, and every page refers to it: finding their
    objects in the bytes (each read by pypdf, so a match that is not a font is dropped) takes
    milliseconds where walking the pages' resources takes a second on a 2,000-page printout.
    A PDF whose fonts are not found that way (in object streams) has its pages walked.
    """
    found = []
    for match in _FONT_OBJECT.finditer(pdf):
        try:
            font = reader.get_object(int(match.group(1)))
        except Exception:  # noqa: BLE001 - a look-alike inside a stream: not an object
            continue
        if hasattr(font, "get") and font.get("/Type") == "/Font":
            found.append(font)
    if found:
        yield from found
        return
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for font in (fonts.get_object().values() if fonts is not None else ()):
            yield font.get_object()


def _incremental_update(pdf: bytes, trailer, updates: dict[tuple[int, int], bytes]) -> bytes:
    """An incremental update (PDF 32000-1, 7.5.6) that replaces the stream objects *updates*.

    Qt's bytes stay as they are; the new objects, a cross-reference section in the same
    classic form as Qt's and a trailer pointing back at Qt's (/Prev) follow them.
    """
    found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", pdf[-1024:])
    if found is None:
        raise ValueError("no startxref at the end of the PDF")
    previous = int(found.group(1))
    body = io.BytesIO()
    body.write(b"\n")
    offsets: dict[int, tuple[int, int]] = {}
    for (number, generation), data in sorted(updates.items()):
        offsets[number] = (len(pdf) + body.tell(), generation)
        body.write(b"%d %d obj\n<< /Length %d >>\nstream\n" % (number, generation, len(data)))
        body.write(data)
        body.write(b"\nendstream\nendobj\n")
    xref = len(pdf) + body.tell()
    # Object 0, the head of the free list, as Qt's section starts: readers expect it first.
    body.write(b"xref\n0 1\n0000000000 65535 f\r\n")
    for number, (offset, generation) in offsets.items():
        body.write(b"%d 1\n%010d %05d n\r\n" % (number, offset, generation))
    body.write(b"trailer\n<<")
    for key in ("/Size", "/Root", "/Info", "/ID"):
        if key in trailer:
            body.write(b" " + key.encode("ascii") + b" ")
            trailer.raw_get(key).write_to_stream(body)
    body.write(b" /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (previous, xref))
    return body.getvalue()


def faces_of(table, fonts) -> dict[str, list[str]]:
    """The texts of *table* set in each face of *fonts* (a PrintFonts): title face, text face."""
    faces: dict[str, list[str]] = {}
    faces.setdefault(fonts.title, []).extend(table.title_texts())
    faces.setdefault(fonts.body, []).extend(table.body_texts())
    return faces


def corrected(pdf: bytes, table, fonts) -> bytes:
    """*pdf*, the printout of *table* set in *fonts*, by :func:`correct_text`; as Qt wrote it when that fails.

    A PDF whose copied text is wrong is better than no PDF: a failure is a warning in the log.
    """
    try:
        faces = faces_of(table, fonts)
        return correct_text(pdf, [text for texts in faces.values() for text in texts], faces)
    except Exception:  # pypdf missing or broken, a CMap not as expected: keep Qt's PDF
        log.warning("The PDF's text could not be corrected; it is kept as Qt wrote it", exc_info=True)
        return pdf


def correct_printed_file(device, table, fonts) -> None:
    """When *device* is a QPrinter that printed *table* to a PDF file (Print to File), correct that file.

    :func:`desktop.printing.pdf.render` corrects the PDFs Duban writes itself; this is for the
    ones a print dialog has Qt write. Any other device is left alone; a file that cannot be
    corrected is kept as Qt wrote it, with a warning in the log.
    """
    if not hasattr(device, "outputFormat") or not hasattr(device, "outputFileName"):
        return
    from PySide6.QtPrintSupport import QPrinter

    if device.outputFormat() != QPrinter.OutputFormat.PdfFormat or not device.outputFileName():
        return
    from desktop.files import write_whole

    path = Path(device.outputFileName())
    try:
        data = path.read_bytes()
        fixed = corrected(data, table, fonts)
        if fixed is not data:
            write_whole(path, fixed)
    except Exception:  # the printout is there; only its copied text may be wrong
        log.warning("The text of %s could not be corrected; it is kept as Qt wrote it", path, exc_info=True)
