"""Printouts as office documents: tables laid out on A4 pages and written to PDF.

:mod:`~desktop.printing.table` measures a generic table in lines of a fixed pitch (the same
in every Chinese face), :mod:`~desktop.printing.paginate` puts its rows on pages,
:mod:`~desktop.printing.titles` breaks titles between words, :mod:`~desktop.printing.pdf`
draws it, :mod:`~desktop.printing.fonts` chooses the faces, and the report modules build the
tables from plain data that :mod:`desktop.services.printouts` reads (it also lists them).
:mod:`~desktop.printing.official` is an official document (公文: a 督办单, a 通报) as plain
data, written as a PDF by :mod:`~desktop.printing.official_pdf` and as an editable Word file
by :mod:`~desktop.printing.official_docx` (python-docx; no fields, no macros).
Qt is needed (a QGuiApplication is created when none runs); the rest of Duban does not
import this package until something is printed.
"""
