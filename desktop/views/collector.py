"""Python's cyclic garbage collector runs on the GUI thread only, on a timer.

A Qt object must be destroyed in the thread it lives in. Python's cyclic collector runs
in whichever thread happens to allocate when a threshold is crossed: the lock file's
heartbeat thread (:mod:`desktop.db.lockfile`), a worker building a printout or saving
(:mod:`desktop.views.background`). A widget caught in a reference cycle and collected there
is destroyed on the wrong thread: its timers stay registered with the GUI thread ("QBasicTimer::stop:
Failed. Possibly trying to stop from a different thread") and the GUI thread later crashes
delivering one. So, as PyQt's documentation advises and Anki does, the automatic collector is
switched off while the window runs and the GUI thread collects, generation by generation, when
the same thresholds are crossed.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop.memory import paused

#: How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 250


class GarbageCollector(QObject):
    """Collects on the GUI thread what the automatic collector would have collected anywhere."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        if paused():  # a 通报 being read or written on a worker: collect once it is done
            return
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            generation = 0
            if second > self.threshold[1]:
                generation = 1
                if third > self.threshold[2]:
                    generation = 2
            gc.collect(generation)


def install() -> GarbageCollector | None:
    """Switch the automatic collector off for the running application and collect on its GUI thread; once."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    existing = app.findChild(GarbageCollector)
    if existing is not None:
        gc.disable()  # something (a test) switched it back on
        return existing
    return GarbageCollector(app)
