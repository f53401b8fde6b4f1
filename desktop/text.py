"""Text as Duban compares it: a name, a title or a heading typed by hand and the stored one."""

from __future__ import annotations

import re
import unicodedata


def normalize(text: str | None) -> str:
    """*text* as compared: full-width folded to half-width (NFKC), whitespace and line breaks removed."""
    if text is None:
        return ""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text)))
