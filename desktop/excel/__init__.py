"""Excel workbooks Duban hands out and takes back: the ledger forms (攻坚台帐) and the whole-plan export.

The modules of this package load openpyxl, which the window does not need at start-up:
import them only where a form or an export is actually made or read. They read and write files
from plain data: the services (:mod:`desktop.services.forms_export`, :mod:`~desktop.services.plan_export`,
:mod:`~desktop.services.forms_import`, :mod:`~desktop.services.quota_import`) read the database and call them.
"""
