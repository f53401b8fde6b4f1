"""Translation entry for code that runs with and without a Qt application.

Source strings are written in Chinese (zh_CN), the default language; the English
translation is loaded as a Qt translator. Widgets call their own ``self.tr()``;
services, the command line and error messages call :func:`tr` here, which goes
through ``QCoreApplication.translate`` once a Qt application exists and returns the
source text otherwise (the command line does not start Qt just to print a line).
"""

from __future__ import annotations

import sys


def tr(context: str, text: str) -> str:
    """Translate *text* in *context*, or return it unchanged when Qt is not running."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        return qtcore.QCoreApplication.translate(context, text)
    return text
