"""Excel workbooks Duban hands out and takes back: the ledger forms (攻坚台帐) and the whole-plan export.

The modules of this package load openpyxl, which the window does not need at start-up:
import them only where a form or an export is actually made or read.
"""
