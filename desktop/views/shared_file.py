"""Keeping an open window in step with the shared file, off the GUI thread.

:class:`SharedFileWatcher` runs the small periodic jobs an open database needs:

* polls the revision counter (one integer) every few seconds and says when another PC
  changed something, so the views refresh themselves without a full reload;
* refreshes this window's session heartbeat and reads who else has the file open;
* notices when the file cannot be reached, and when it can again;
* saves the edits waiting in the local recovery file once the file is reachable (an edit
  the file could not take is put there by :func:`keep_for_later`);
* runs ``quick_check`` at the first open of a day and after an I/O error;
* takes the daily automatic backup.

Every job that touches the database runs on the thread pool (a vanished network drive
can block for many seconds); results come back to the GUI thread as signals. A job that
is still running is not started again.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.errors import UserError
from desktop.i18n import tr
from desktop.views.background import Task

log = logging.getLogger(__name__)


def keep_for_later(parent, database, entry, error: UserError, kept: str) -> bool:
    """A save the database cannot take now (*error*): keep *entry* in this PC's recovery file and say so.

    *entry* is a :class:`~desktop.services.recovery.PendingSave` carrying the save's id, so
    the watcher saves it once when the file is back; *kept* tells the person what was kept.
    Returns False, after saying so, when even the recovery file cannot be written.
    """
    from PySide6.QtWidgets import QMessageBox

    from desktop.services import recovery

    entry.reason = entry.reason or error.message
    try:
        recovery.recovery_for(database).add(entry)
    except OSError as exc:
        QMessageBox.warning(
            parent, tr("SharedFile", "没有保存"),
            error.message + "\n\n" + tr("SharedFile", "也无法写入本机的恢复文件（{0}）。请先复制您输入的文字。").format(exc),
        )
        return False
    QMessageBox.warning(parent, tr("SharedFile", "暂存在本机"), error.message + "\n\n" + kept)
    return True


class SharedFileWatcher(QObject):
    #: Another PC saved something since the last poll.
    changed_elsewhere = Signal()
    #: The other sessions that have the file open (a list of presence.SessionInfo).
    presence_changed = Signal(list)
    #: The file could not be reached (the message), or can be again.
    connection_lost = Signal(str)
    connection_back = Signal()
    #: Edits from the recovery file were saved (a recovery.ReplayResult).
    replayed = Signal(object)
    #: How many edits wait in the recovery file.
    pending_changed = Signal(int)
    #: ``quick_check`` found the file damaged (its complaints).
    damaged = Signal(list)
    #: A backup was taken (its path) or failed (the message).
    backed_up = Signal(object)
    backup_failed = Signal(str)

    POLL_MS = 3000
    HEARTBEAT_MS = 30_000
    RECOVERY_MS = 10_000
    BACKUP_MS = 3_600_000

    def __init__(self, database, *, backup_folder: Path | None = None, parent=None):
        super().__init__(parent)
        from desktop.services.recovery import recovery_for

        self.database = database
        self.backup_folder = backup_folder
        self.session_id: str | None = None
        self.recovery = recovery_for(database)
        self.reachable = True
        self._stopped = False
        self._running: dict[str, Task] = {}
        self._last_revision: int | None = None
        self._own_writes = database.writes_committed
        self._timers: list[QTimer] = []
        for interval, job in (
            (self.POLL_MS, self.poll),
            (self.HEARTBEAT_MS, self.heartbeat),
            (self.RECOVERY_MS, self.replay_pending),
            (self.BACKUP_MS, self.backup),
        ):
            timer = QTimer(self)
            timer.setInterval(interval)
            timer.timeout.connect(job)
            self._timers.append(timer)

    # -- starting and stopping ---------------------------------------------------------------

    def start(self) -> None:
        """Register this window's session and start the periodic jobs."""
        from desktop.db import presence

        try:
            self._last_revision = self.database.revision()
        except UserError as error:
            self._lost(error)
        if not self.database.read_only:
            try:
                self.session_id = presence.register(self.database)
            except UserError as error:
                log.warning("could not register the session: %s", error)
        for timer in self._timers:
            timer.start()
        self.heartbeat()
        self.quick_check()
        self.backup()
        self.replay_pending()

    def stop(self) -> None:
        """Stop the jobs and remove this window's session (best effort: the file may be gone)."""
        from desktop.db import presence

        self._stopped = True
        for timer in self._timers:
            timer.stop()
        for task in self._running.values():
            task.cancel()
        if self.session_id is not None and self.reachable:
            try:
                presence.end(self.database, self.session_id)
            except UserError as error:
                log.warning("could not end the session: %s", error)
        self.session_id = None

    # -- the jobs -------------------------------------------------------------------------------

    def _run(self, name: str, work, on_done, on_failed=None) -> None:
        """Run *work(database)* on the pool unless the same job is still running."""
        if self._stopped or name in self._running:
            return
        database = self.database
        task = Task(lambda _task: work(database))  # no parent: it may outlive a stopped watcher
        self._running[name] = task

        def finished(result) -> None:
            if not self._stopped:
                on_done(result)

        def failed(error) -> None:
            if not self._stopped:
                (on_failed or self._lost)(error)

        task.finished.connect(finished)
        task.failed.connect(failed)
        task.done.connect(lambda: self._running.pop(name, None))
        task.start()

    def busy(self) -> bool:
        """Whether a job is running (tests wait for this to turn false)."""
        return bool(self._running)

    def poll(self) -> None:
        self._run("poll", lambda db: db.revision(), self._polled)

    def _polled(self, revision: int) -> None:
        self._back()
        own = self.database.writes_committed - self._own_writes
        self._own_writes = self.database.writes_committed
        previous, self._last_revision = self._last_revision, revision
        if previous is not None and revision - previous > own:
            self.changed_elsewhere.emit()

    def heartbeat(self) -> None:
        from desktop.db import presence

        session_id = self.session_id

        def work(db):
            if session_id is not None:
                presence.heartbeat(db, session_id)
            return presence.active(db, exclude=session_id)

        self._run("heartbeat", work, self._heard)

    def _heard(self, others) -> None:
        self._back()
        self.presence_changed.emit(others)

    def replay_pending(self) -> None:
        from desktop.services import recovery

        count = len(self.recovery)
        self.pending_changed.emit(count)
        if not count or self.database.read_only:
            return
        self._run("replay", lambda db: recovery.replay(db, self.recovery), self._replayed)

    def _replayed(self, result) -> None:
        if result.unreachable is not None:
            self._lost(result.unreachable)
        else:
            self._back()
        if result.applied or result.already or result.conflicts or result.refused:
            self.replayed.emit(result)
        self.pending_changed.emit(len(self.recovery))

    def quick_check(self, *, force: bool = False) -> None:
        from desktop.db import health

        def work(db):
            return health.quick_check_if_due(db, force=force)

        def done(problems) -> None:
            if problems:
                self.damaged.emit(problems)

        self._run("quick_check", work, done, on_failed=lambda error: log.warning("quick_check failed: %s", error))

    def backup(self) -> None:
        if not self.database.target.is_file:
            return
        from desktop.db import backup

        path, folder = self.database.target.path, self.backup_folder

        def work(_db):
            return backup.backup_if_due(path, folder, dt.datetime.now())

        def done(info) -> None:
            if info is not None:
                self.backed_up.emit(info.path)

        self._run("backup", work, done, on_failed=lambda error: self.backup_failed.emit(error.message))

    # -- reachability -----------------------------------------------------------------------------

    def _lost(self, error: UserError) -> None:
        if self.reachable:
            self.reachable = False
            self.connection_lost.emit(error.message)

    def _back(self) -> None:
        if not self.reachable:
            self.reachable = True
            self.connection_back.emit()
            self.replay_pending()
        if self.database.io_error_seen:
            # Something failed with an I/O error since the last check: check the file now.
            self.database.io_error_seen = False
            self.quick_check(force=True)
