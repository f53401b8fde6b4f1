"""The 附件 2 form's layout: the contract between the forms Duban sends out and the import.

The headings are the seed's 附件 2 table, word for word; the forms carry them untranslated
(they are part of the file format) and the import finds the header row by them. The printed
ledger (:mod:`desktop.printing.ledger`) shows the same headings, translated for the screen.
"""

from __future__ import annotations

#: Sheet title of a form.
SHEET_TITLE = "攻坚台帐"
#: The 附件 2 headings by column (the values are also translated in context "Printing").
FORM_HEADINGS = {
    "code": "序号",
    "title": "改革攻坚落实事项",
    "difficulties": "需要攻坚突破的难点堵点及预期成果",
    "progress": "进展情况（主要措施及成效）",
    "unit": "责任部门",
    "person": "责任人",
}
HEADINGS = tuple(FORM_HEADINGS.values())
HEADING_ROW = 4
FIRST_TASK_ROW = 5
#: Right of the six headings: the last accepted 进展情况, for reference only (locked, grey; the import ignores it).
REFERENCE_HEADING = "上次已审核进展（仅供参考）"
REFERENCE_COLUMN = "G"
#: The columns a section fills in: 难点堵点及预期成果 and 进展情况.
DIFFICULTY_COLUMN = "C"
PROGRESS_COLUMN = "D"
