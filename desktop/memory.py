"""Python's cycle collector paused while one large document is read or written.

A 通报 of a large plan makes hundreds of thousands of objects (rows, texts, layouts) that all
live until the document is written. Each time the counts pass the collector's thresholds it
walks every one of them again looking for cycles, and on the 5,000-task plan that took about
a quarter of the time. :func:`collector_paused` turns the collector off for the length of such
a piece of work and on again after (nested or from several threads: on again when the last
one ends, and only if it was on); the cycles made meanwhile are collected later as usual.
A save holds it paused too while it holds the locks (:meth:`desktop.db.database.Database.write`),
so that no other PC waits on a collection.
While the window runs, the automatic collector is off and the GUI thread collects on a timer
(:mod:`desktop.views.collector`); that timer also waits while :func:`paused`.
"""

from __future__ import annotations

import contextlib
import gc
import threading

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def collector_paused():
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def paused() -> bool:
    """Whether some large piece of work has the collector paused now."""
    return _depth > 0
