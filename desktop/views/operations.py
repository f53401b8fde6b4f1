"""One way for a user action to run, and one notification when it changed something.

The pattern of Anki's ``CollectionOp``/``QueryOp``:

* :class:`Operation` runs a piece of work that reads or writes more than a trivial amount
  off the GUI thread (on :class:`~desktop.views.background.Task`), behind a progress dialog
  that can be cancelled where the work allows; a :class:`~desktop.errors.UserError` becomes
  one message; on success its callback runs on the GUI thread.
* Every committed save reports what it changed (:mod:`desktop.changes`, computed from the
  tables written). :func:`changes_of` gives the :class:`ChangeBus` of an open database, which
  turns those reports — from this PC's saves, quick or long, and from other PCs' saves found
  by polling — into one :class:`~desktop.changes.ChangeNote` per user action on the GUI thread.
* A tab keeps itself current with a :class:`Refresher`: it refreshes at once when shown, or
  once when it is next shown. Nobody refreshes tabs by hand.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.changes import Change, ChangeNote
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.views.background import Task

# -- the change notification ---------------------------------------------------------------


class ChangeBus(QObject):
    """The changes of one open database, delivered on the GUI thread.

    Reports arriving together (the saves of one action, a burst of them) are merged into
    one note; while an :class:`Operation` runs, its saves are held back and announced
    once it has finished.
    """

    #: A :class:`~desktop.changes.ChangeNote`.
    changed = Signal(object)
    # From any thread; received in the bus's (the GUI) thread, so the call is queued.
    _arrived = Signal(object, bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._what = Change.nothing()
        self._elsewhere = False
        self._held = 0
        #: The plan the window shows (None until one is chosen): the plan switcher sets it with
        #: :meth:`select_plan`, and every :class:`Refresher` reads it when it reloads everything.
        self.plan_id: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._deliver)
        self._arrived.connect(self._collect, Qt.ConnectionType.QueuedConnection)

    def publish(self, what: Change, elsewhere: bool = False) -> None:
        """Announce *what* changed (from any thread); listeners hear it on the GUI thread."""
        if what:
            self._arrived.emit(what, elsewhere)

    def select_plan(self, plan_id: int | None) -> None:
        """Show another plan of the database: every tab hears :attr:`Change.DATABASE` and reads it anew."""
        self.plan_id = plan_id
        self.publish(Change.DATABASE)

    def hold(self) -> None:
        """Keep what arrives until :meth:`release` (nested: released by the last one)."""
        self._held += 1

    def release(self) -> None:
        """Stop holding; what was held is delivered now."""
        self._held = max(0, self._held - 1)
        if not self._held:
            self._timer.stop()
            self._deliver()

    @Slot(object, bool)
    def _collect(self, what: Change, elsewhere: bool) -> None:
        self._what |= what
        self._elsewhere |= elsewhere
        if not self._held:
            self._timer.start()

    def _deliver(self) -> None:
        if self._held or not self._what:
            return
        note = ChangeNote(self._what, self._elsewhere)
        self._what, self._elsewhere = Change.nothing(), False
        self.changed.emit(note)

    def flush(self) -> None:
        """Deliver what has arrived now (the queued reports are processed first)."""
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents(self)
        self._timer.stop()
        self._deliver()


_buses: weakref.WeakKeyDictionary[Any, ChangeBus] = weakref.WeakKeyDictionary()


def changes_of(database) -> ChangeBus:
    """The bus of *database* (made on first use, on the GUI thread; it lives as long as the database)."""
    bus = _buses.get(database)
    if bus is None:
        bus = ChangeBus()
        listener = bus.publish  # bound method: the database keeps the bus alive, not the other way
        database.change_listeners.append(listener)
        _buses[database] = bus
    return bus


# -- the operation helper -------------------------------------------------------------------


class Progress:
    """What the work of an :class:`Operation` sees: whether it was cancelled, and a way to report."""

    def __init__(self, task: Task, report: Callable[[int, int, str], None]):
        self._task = task
        self._report = report

    def cancelled(self) -> bool:
        return self._task.cancelled()

    def report(self, done: int, total: int, text: str = "") -> None:
        """*done* of *total* steps (0 of 0: unknown), with a line saying what is being done."""
        self._report(done, total, text)


class _ProgressBridge(QObject):
    """Carries the work's reports to the dialog on the GUI thread."""

    reported = Signal(int, int, str)


_running: set[Operation] = set()


def running() -> int:
    """How many operations have started and not yet finished."""
    return len(_running)


class Operation:
    """A user action on *database* (None for work that needs none): run it, report it, announce it.

    ``Operation(self, db, lambda progress: export(...), title=self.tr("没有导出"))
    .success(show_result).with_progress(self.tr("正在导出…")).run_in_background()``
    """

    def __init__(self, parent: QWidget, database, work: Callable[[Progress], Any], *, title: str = ""):
        self.parent = parent
        self.database = database
        self.work = work
        self.title = title
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[UserError], None] | None = None
        self._label: str | None = None
        self._cancellable = False
        self.task: Task | None = None
        self._bus: ChangeBus | None = None
        self.dialog: QProgressDialog | None = None

    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._success = callback
        return self

    def failure(self, callback: Callable[[UserError], None]) -> Operation:
        self._failure = callback
        return self

    def with_progress(self, label: str, *, cancellable: bool = False) -> Operation:
        self._label = label
        self._cancellable = cancellable
        return self

    def run_in_background(self) -> Task:
        bus = changes_of(self.database) if self.database is not None else None
        bridge = _ProgressBridge()
        task = Task(lambda t: self.work(Progress(t, bridge.reported.emit)), self.parent)
        task.keep = bridge
        self.task = task
        if self._label is not None:
            self.dialog = self._progress_dialog(task)
            bridge.reported.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        task.finished.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.done.connect(self._over)
        self._bus = bus
        if bus is not None:
            bus.hold()
        _running.add(self)
        task.start()
        return task

    def _progress_dialog(self, task: Task) -> QProgressDialog:
        dialog = QProgressDialog(self._label, "", 0, 0, self.parent)
        dialog.setWindowTitle(self.title or self._label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(tr("Operations", "取消"))
            dialog.canceled.connect(task.cancel)
        else:
            dialog.setCancelButton(None)
        return dialog

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _succeeded(self, result) -> None:
        self._close_dialog()
        self._announce()  # the tabs show the change before the success is reported
        if self._success is not None:
            self._success(result)

    def _failed(self, error: UserError) -> None:
        self._close_dialog()
        self._announce()
        if self._failure is not None:
            self._failure(error)
        else:
            QMessageBox.warning(self.parent, self.title or tr("Operations", "督办台"), error.message)

    def _announce(self) -> None:
        """Deliver what the work committed (once), as one note."""
        bus, self._bus = self._bus, None
        if bus is not None:
            bus.release()

    def _over(self) -> None:
        self._close_dialog()  # also when cancelled: neither callback runs then
        self._announce()
        _running.discard(self)


# -- keeping a tab current ------------------------------------------------------------------


class Refresher(QObject):
    """Keeps *widget* current with the changes of the database it shows.

    *refresh* is called with a :class:`~desktop.changes.ChangeNote` when a change touches
    *interests*: at once if the widget is visible, otherwise once when it is next shown
    (with everything that arrived meanwhile). The first refresh after :meth:`attach` has
    :attr:`Change.DATABASE` in its note: load everything. A refresh that fails with a
    :class:`~desktop.errors.UserError` says so and is tried again at the next showing.
    """

    def __init__(self, widget: QWidget, interests: Change, refresh: Callable[[ChangeNote], None]):
        super().__init__(widget)
        self.widget = widget
        self.interests = interests | Change.DATABASE
        self._refresh = refresh
        self.database = None
        self.plan_id: int | None = None
        self._bus: ChangeBus | None = None
        self._waiting = Change.nothing()
        self._elsewhere = False
        widget.installEventFilter(self)

    @property
    def stale(self) -> bool:
        """Changes arrived that the widget has not shown yet."""
        return bool(self._waiting)

    def attach(self, database, plan_id: int | None) -> None:
        """Show *database* (None: nothing) from now on."""
        if self._bus is not None:
            self._bus.changed.disconnect(self._changed)
            self._bus = None
        self.database, self.plan_id = database, plan_id
        if database is not None:
            self._bus = changes_of(database)
            self._bus.changed.connect(self._changed)
            if self._bus.plan_id is not None:  # the plan chosen on the bus since (a tab built late)
                self.plan_id = self._bus.plan_id
        self._waiting, self._elsewhere = Change.DATABASE, False
        if database is not None and _shown(self.widget):
            self.refresh_now()

    def refresh_now(self) -> None:
        """Show what is waiting now (F5 marks everything as waiting first)."""
        if not self._waiting or self.database is None:
            return
        note = ChangeNote(self._waiting, self._elsewhere)
        self._waiting, self._elsewhere = Change.nothing(), False
        try:
            self._refresh(note)
        except UserError as error:
            self._waiting |= note.what
            QMessageBox.warning(self.widget, tr("Operations", "无法读取数据库"), error.message)

    def reload_all(self) -> None:
        """Everything is to be read again: now if shown, else when next shown."""
        self._collect(ChangeNote(Change.DATABASE))

    def _changed(self, note: ChangeNote) -> None:
        if Change.DATABASE in note.what and self._bus is not None and self._bus.plan_id is not None:
            self.plan_id = self._bus.plan_id  # another plan was chosen (ChangeBus.select_plan)
        if note.touches(self.interests):
            self._collect(note)

    def _collect(self, note: ChangeNote) -> None:
        self._waiting |= note.what
        self._elsewhere |= note.elsewhere
        if _shown(self.widget):
            self.refresh_now()

    def eventFilter(self, watched, event) -> bool:
        # ShowToParent: made the current tab of a window that is not on screen yet.
        # While Qt tears a window down, its children's filters may still be called after
        # PySide has let go of this object's Python state: then there is nothing to refresh.
        if "widget" not in self.__dict__:
            return False
        if watched is self.widget and event.type() in _SHOWING and self._waiting and _shown(self.widget):
            self.refresh_now()
        return False


_SHOWING = (QEvent.Type.Show, QEvent.Type.ShowToParent)


def _shown(widget: QWidget) -> bool:
    """On screen, or would be when its window is shown (the current tab of a window not shown yet)."""
    if widget.isVisible():
        return True
    window = widget.window()
    return window is not widget and not window.isVisible() and widget.isVisibleTo(window)
