"""Python's cyclic garbage is collected on the GUI thread, never on a worker or the lock file's heartbeat.

A widget in a reference cycle collected on another thread leaves its timers registered with the
GUI thread, which later crashes delivering one (seen as a segmentation fault in the 指标 tab's
tests once the lock file's heartbeat thread ran beside the window).
"""

from __future__ import annotations

import gc
import threading

from desktop.settings import Settings
from desktop.views.main_window import MainWindow


class Cycle:
    """Garbage only the cyclic collector can free; notes the thread that freed it."""

    freed_on: list[str] = []

    def __init__(self):
        self.me = self

    def __del__(self):
        Cycle.freed_on.append(threading.current_thread().name)


def test_garbage_made_while_a_worker_allocates_is_collected_on_the_gui_thread(qtbot):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert not gc.isenabled()
    gc.collect()
    Cycle.freed_on.clear()
    for _ in range(1000):
        Cycle()  # unreachable at once, freed only by a collection; more than a generation's threshold

    def allocate():
        # Far more than the first generation's threshold: the automatic collector would run here.
        kept = [[index] for index in range(200_000)]
        assert kept

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert Cycle.freed_on == []  # the worker collected nothing
    # Live objects, so the count of allocations stays over the threshold until the GUI thread collects.
    alive = [[index] for index in range(5000)]
    qtbot.waitUntil(lambda: len(Cycle.freed_on) == 1000, timeout=5000)
    assert set(Cycle.freed_on) == {threading.main_thread().name}
    assert alive
