"""Restoring a backup into a database file, holding the lock file, with a backup of what it replaces."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.db import presence
from desktop.db.backup.errors import (
    BackupFolderError,
    BackupVerificationError,
    RestoreRefusedError,
    source_error,
    target_error,
)
from desktop.db.backup.make import make_backup
from desktop.db.backup.names import BEFORE_RESTORE, BackupInfo, absolute, read_database_id, stored_database_id
from desktop.db.check import verify
from desktop.db.lockfile import WriteLock
from desktop.db.revisions import KNOWN_REVISIONS
from desktop.db.sqlite import SQLITE_APPLICATION_ID, check_file, check_path, connect_sqlite, is_folder, newer_reason, read_state
from desktop.errors import DatabaseFileError, UserError
from desktop.i18n import tr

log = logging.getLogger(__name__)

# -- restoring -----------------------------------------------------------------------------------


@dataclass
class RestoreResult:
    target: Path
    backup: Path
    #: The backup of what the target held before, so the restore can be undone (None for a new file).
    before_restore: BackupInfo | None


def restore_backup(
    backup: Path,
    target: Path,
    *,
    force: bool = False,
    folder: Path | None = None,
    exclude_session: str | None = None,
    now: dt.datetime | None = None,
) -> RestoreResult:
    """Replace the content of *target* with *backup*, through the backup API, holding the lock file.

    The backup is verified first. Refused (:class:`RestoreRefusedError`) while another
    Duban has the target open (a session heartbeat in the last 2 minutes; this process's
    own session and *exclude_session* do not count) or when the backup is of another
    database, unless *force*. The target may not exist yet (restoring to a new file).
    The file is never copied or replaced: SQLite writes the backup's pages into it in one
    transaction, so other PCs see either the old or the restored content.

    The lock file is taken first and held (kept fresh) until the restored file is
    verified; under it, what the target holds is saved as a ``before-restore`` backup in
    *folder*, then the backup is written in. Every Duban save takes the same lock, window
    or command line, so a save confirmed before the restore is in the before-restore
    backup, one confirmed after it is in the restored file, and one tried meanwhile waits
    (and gives up after its wait, having saved nothing, with its own message).
    """
    backup = absolute(backup)
    target = absolute(target)
    now = now or dt.datetime.now()
    _check_backup(backup)
    exists = check_path(target, must_exist=False) is not None  # never opens a pipe or a device
    if exists:
        _check_target(backup, target, force=force, exclude_session=exclude_session, now=now)
    else:
        if not is_folder(target.parent):
            raise DatabaseFileError(tr("Backup", "文件夹 {0} 不存在。请先创建它或换一个位置。").format(target.parent))
    before = None
    with WriteLock(target, keep_fresh=True):
        if exists and target.stat().st_size > 0:
            before = _before_restore_backup(target, folder, now, force=force)
        _write_into(backup, target, create=not exists)
        problems = verify(target)
    if problems:
        raise BackupVerificationError(
            tr("Backup", "恢复后的 {0} 没有通过检查（{1}）。恢复前的数据保存在 {2}。").format(
                target, "；".join(problems[:3]), before.path if before else "—"
            )
        )
    log.info("restored %s from %s (before: %s)", target, backup, before.path if before else None)
    return RestoreResult(target, backup, before)


def _check_backup(backup: Path) -> None:
    state = check_file(backup)  # missing, not SQLite, another program's: one clear message
    if state.is_empty:
        raise BackupVerificationError(tr("Backup", "{0} 是空的，不是督办台的备份。").format(backup))
    problems = verify(backup)
    if problems:
        raise BackupVerificationError(
            tr("Backup", "备份 {0} 没有通过检查（{1}），不能用它恢复。请选择另一份备份。").format(
                backup, "；".join(problems[:3])
            )
        )
    if state.revision in KNOWN_REVISIONS and not state.writable_by_this_version:
        raise BackupVerificationError(
            tr("Backup", "备份 {0} 不能由这个版本的督办台恢复：{1}").format(backup, newer_reason(state))
        )
    if state.revision not in KNOWN_REVISIONS:
        raise BackupVerificationError(
            tr("Backup", "备份 {0} 由更新版本的督办台创建（架构版本 {1}）。请先升级督办台再恢复它。").format(
                backup, state.revision
            )
        )


def _check_target(backup: Path, target: Path, *, force: bool, exclude_session: str | None, now: dt.datetime) -> None:
    if target.is_dir():
        raise DatabaseFileError(tr("Backup", "{0} 是一个文件夹，不能恢复到这里。").format(target))
    try:
        with target.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DatabaseFileError(
            tr("Backup", "无法读取 {0}：{1}。请检查文件权限或网络连接。").format(target, exc.strerror or exc)
        ) from exc
    if header and header != b"SQLite format 3\x00":
        raise DatabaseFileError(
            tr("Backup", "{0} 不是 SQLite 数据库，督办台不会覆盖它。请恢复到一个新的文件名。").format(target)
        )
    try:
        connection = connect_sqlite(target, "ro")
    except sqlite3.Error:
        return  # damaged beyond opening: exactly what a restore is for
    try:
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.Error:
            return
        if tables and app_id != SQLITE_APPLICATION_ID and "duban_meta" not in tables:
            raise DatabaseFileError(
                tr("Backup", "{0} 是其他程序的数据库，督办台不会覆盖它。请恢复到一个新的文件名。").format(target)
            )
        _refuse_newer_target(connection, target)
        if force:
            return
        try:
            rows = presence.read_sessions(connection)
        except sqlite3.Error:
            rows = None
        others = [
            r for r in presence.live(rows or [], now) if not r.is_this_process and (exclude_session is None or r.id != exclude_session)
        ]
        if others:
            raise RestoreRefusedError(
                tr(
                    "Backup",
                    "{0} 正被其他电脑打开：{1}。恢复会替换他们正在使用的数据，请等他们关闭督办台后再恢复"
                    "（确实需要时，可在命令行加 --force）。",
                ).format(target, "；".join(r.details() for r in others))
            )
        target_id = stored_database_id(connection)
    finally:
        connection.close()
    backup_id = read_database_id(backup)
    if target_id and backup_id and target_id != backup_id:
        raise RestoreRefusedError(
            tr(
                "Backup",
                "备份 {0} 是另一个数据库的备份，不是 {1} 的。请选择这个数据库自己的备份"
                "（确实要用它替换时，可在命令行加 --force）。",
            ).format(backup, target)
        )


def _refuse_newer_target(connection: sqlite3.Connection, target: Path) -> None:
    """A file that asks for a newer Duban is not written by this one, not even by a restore (nor with --force)."""
    try:
        reason = newer_reason(read_state(connection))
    except sqlite3.Error:
        return  # damaged beyond reading: exactly what a restore is for
    if reason:
        raise RestoreRefusedError(
            tr("Backup", "{0}：{1} 没有恢复，文件没有改动；请用更新版本的督办台恢复它。").format(target, reason)
        )


def _before_restore_backup(target: Path, folder: Path | None, now: dt.datetime, *, force: bool) -> BackupInfo | None:
    """Save what *target* holds before it is replaced (kept even when it fails the checks).

    When it cannot be read at all the restore is refused, unless *force* (then None).
    A backup folder that cannot take it always refuses: there would be no undo.
    """
    try:
        return make_backup(target, folder, now=now, reason=BEFORE_RESTORE, require_sound=False, lock_held=True)
    except BackupFolderError:
        raise
    except UserError as error:
        if not force:
            raise RestoreRefusedError(
                tr(
                    "Backup",
                    "无法先把 {0} 的当前数据另存为备份（{1}），所以没有恢复。确实要恢复且不保留当前数据时，可在命令行加 --force。",
                ).format(target, error.message)
            ) from error
        log.warning("no before-restore backup of %s: %s", target, error)
        return None


def _write_into(backup: Path, target: Path, *, create: bool) -> None:
    try:
        source = connect_sqlite(backup, "ro")
    except sqlite3.Error as exc:
        raise source_error(backup, exc) from exc
    try:
        try:
            destination = connect_sqlite(target, "rwc" if create else "rw")
        except sqlite3.Error as exc:
            raise target_error(target, exc) from exc
        try:
            before = _revision_counter(destination)
            source.backup(destination, pages=-1)
            destination.execute("PRAGMA journal_mode = DELETE")
            _carry_revision_forward(destination, before)
        except sqlite3.Error as exc:
            raise target_error(target, exc) from exc
        finally:
            destination.close()
    finally:
        source.close()


def _revision_counter(connection: sqlite3.Connection) -> int | None:
    """The revision counter other PCs poll (``duban_revision``), or None where the file has none yet."""
    try:
        row = connection.execute("SELECT counter FROM duban_revision WHERE id = 1").fetchone()
    except sqlite3.DatabaseError:  # a new or damaged file, or one from before the counter
        return None
    return row[0] if row else None


def _carry_revision_forward(connection: sqlite3.Connection, before: int | None) -> None:
    """Set the restored file's revision counter past the one it replaced.

    Open windows notice another PC's saves by the counter going up; a restored file carries
    the backup's older counter, which would go back and be missed. Past the old one, every
    open window sees the restore as a change and reloads.
    """
    restored = _revision_counter(connection)
    if before is None or restored is None:
        return
    with connection:
        connection.execute(
            "UPDATE duban_revision SET counter = ?, changed_at = ? WHERE id = 1",
            # As SQLAlchemy writes a DateTime to SQLite (desktop.db.driver.stored); this module runs without SQLAlchemy.
            (max(before, restored) + 1, dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")),
        )


