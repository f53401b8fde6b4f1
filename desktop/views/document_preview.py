"""An official document (a 督办单, a 通报) on screen and to a file: Qt's print preview, from which it also
prints, and the file dialog that names a Word or PDF file for it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog

from desktop.i18n import tr


def preview_document(parent, document, title: str) -> QPrintPreviewDialog:
    """Show *document* (an OfficialDocument) in a print preview; its 打印 button prints it."""
    from desktop.printing.official_pdf import paint_official

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ = printer  # the dialog does not own its printer: it lives as long as the dialog
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(tr("DocumentPreview", "打印预览 — {0}").format(title))
    dialog.paintRequested.connect(lambda device: paint_official(document, device))
    screen = (parent.screen() or dialog.screen()).availableGeometry()
    dialog.resize(int(screen.width() * 0.7), int(screen.height() * 0.9))
    dialog.open()
    return dialog


def ask_document_path(parent, title: str, folder: str, name: str, suffix: str) -> str | None:
    """A file for the document, named *name* in *folder* (characters Windows refuses dropped), ending in *suffix*
    (.docx or .pdf); None when the person cancels. The dialog asks before replacing a file."""
    name = re.sub(r'[\\/:*?"<>|]+', "", name).strip() or "document"
    kind = (tr("DocumentPreview", "Word 文件 (*.docx)") if suffix == ".docx"
            else tr("DocumentPreview", "PDF 文件 (*.pdf)"))
    path, _ = QFileDialog.getSaveFileName(parent, title, f"{folder}/{name}{suffix}", kind)
    if not path:
        return None
    return path if path.lower().endswith(suffix) else path + suffix
