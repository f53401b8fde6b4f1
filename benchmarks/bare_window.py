"""Baseline for the start-up benchmark: the least a PySide6 window like Duban's costs.

A QApplication, a QMainWindow whose central widget is a QTabWidget with four
empty QTableViews (the same tabs as Duban), shown, one processEvents, closed.
Exits 0.
"""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget()
    for name in ("任务", "日历", "人员", "指标"):
        tabs.addTab(QTableView(), name)
    window.setCentralWidget(tabs)
    window.show()
    app.processEvents()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
