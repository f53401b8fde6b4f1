"""Long work off the GUI thread: run a function on the thread pool, get its result back by signal.

The work must not touch a widget. A :class:`UserError` it raises comes back as
``failed`` with the error; anything else is a bug and goes to the crash handler
through ``sys.excepthook`` on the GUI thread. Cancelling stops the result from being
delivered; the work itself may check :meth:`Task.cancelled` to stop early.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.errors import UserError


class Task(QObject):
    """One piece of background work. Made in the GUI thread, so its signals are received there."""

    finished = Signal(object)
    failed = Signal(object)
    #: Once the work is over, whether or not its result was delivered.
    done = Signal()
    # Emitted from the worker; the slot belongs to this object in the GUI thread, so the call is queued.
    _outcome = Signal(object, object)

    #: Tasks started and not yet reported back: kept alive here, whoever dropped them.
    _alive: set[Task] = set()

    def __init__(self, work: Callable[[Task], object], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._cancelled = threading.Event()
        self._running = False
        #: Whatever the work uses that must outlive it (a printer), kept by the caller here.
        self.keep = None
        self._outcome.connect(self._deliver)

    def start(self, pool: QThreadPool | None = None) -> None:
        self._running = True
        Task._alive.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        """Drop the result: neither ``finished`` nor ``failed`` is emitted after this."""
        self._cancelled.set()

    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def running(self) -> bool:
        """Started and not yet reported back (also after :meth:`cancel`, until the work is over)."""
        return self._running

    def _run(self) -> None:
        result = error = None
        try:
            result = self._work(self)
        except UserError as exc:
            error = exc
        except BaseException:  # a bug: hand it to the GUI thread, where the crash handler shows it
            error = sys.exc_info()
        self._outcome.emit(result, error)

    @Slot(object, object)
    def _deliver(self, result, error) -> None:
        self._running = False
        Task._alive.discard(self)
        try:
            if self.cancelled():
                return
            if isinstance(error, UserError):
                self.failed.emit(error)
            elif error is not None:
                sys.excepthook(*error)
            else:
                self.finished.emit(result)
        finally:
            self.done.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()
