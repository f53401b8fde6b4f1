"""Printouts as office documents: tables laid out on A4 pages and written to PDF.

:mod:`~desktop.printing.table` measures and paginates a generic table,
:mod:`~desktop.printing.pdf` draws it, :mod:`~desktop.printing.fonts` chooses the faces
and :mod:`~desktop.printing.checklist` builds the supervision checklist (附件 3).
Qt is needed (a QGuiApplication is created when none runs); the rest of Duban does not
import this package until something is printed.
"""
