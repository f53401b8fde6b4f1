"""打印预览 of an official document (a 督办单, a 通报): Qt's preview, from which it also prints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

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
