"""Backups of a Duban file, restoring one, and checking a file: standard library only.

A backup is made with SQLite's online backup API (:meth:`sqlite3.Connection.backup`),
never by copying the file: the API reads the database in one step under a shared lock,
so the copy is one consistent snapshot even while other PCs save, and it never locks
or copies the database file (or its ``-journal``) behind SQLite's back. Each copy is
written to a temporary file in the backup folder, verified (``integrity_check``,
``foreign_key_check``, Duban's ``application_id``), converted to ``journal_mode=DELETE``
and only then renamed to its name, so a failed or interrupted backup leaves nothing that
looks like a backup.

Layout: the backup folder (by default ``backups`` in the user's data folder, on the PC
itself, so a second copy lives off the network share) holds one subfolder per database,
named from the file's stem and the first 8 characters of its ``database_id``
(``督办台-3f2a9c1d``), so two databases with the same file name do not mix. A backup is
named ``<stem>-YYYYMMDD-HHMMSS[-reason][-N].duban`` (local time): an automatic backup has
no reason in its name; others say why they were made (``manual``, ``before-restore``,
``before-upgrade``).

Rotation (:func:`rotate`) thins out automatic backups only: it keeps the newest of each of
the last 7 days that have backups, of the last 4 ISO weeks and of the last 12 months, and
always the newest one. A backup made on purpose (``duban backup``, before a restore or an
upgrade) is kept until someone deletes it.

Restoring (:func:`restore_backup`) takes Duban's lock file, saves the current content as
a ``before-restore`` backup (so a restore can be undone), then writes the backup *into*
the database through the backup API, as one write transaction of SQLite's, and gives the
lock back only once the result is verified. A backup is read holding the lock file too.

Modules: :mod:`~desktop.db.backup.names` (file names, folders, listing),
:mod:`~desktop.db.backup.make` (make and verify a copy), :mod:`~desktop.db.backup.rotate`
(when to back up, which to keep), :mod:`~desktop.db.backup.restore` and
:mod:`~desktop.db.backup.errors`; this package re-exports their public names. Checking a
file (``duban check``) is :mod:`desktop.db.check`. Nothing here imports SQLAlchemy, so the
command line and start-up stay cheap.
"""

from desktop.db.backup.errors import BackupError, BackupFolderError, BackupVerificationError, RestoreRefusedError
from desktop.db.backup.make import make_backup
from desktop.db.backup.names import (
    AUTO,
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    MANUAL,
    BackupInfo,
    backup_dir_for,
    backup_name,
    default_backup_folder,
    list_backups,
    newest_good_backup,
    parse_backup_name,
    read_database_id,
)
from desktop.db.backup.restore import RestoreResult, restore_backup
from desktop.db.backup.rotate import backup_if_due, choose_kept, rotate

__all__ = [
    "AUTO",
    "BEFORE_RESTORE",
    "BEFORE_UPGRADE",
    "KEEP_DAILY",
    "KEEP_MONTHLY",
    "KEEP_WEEKLY",
    "MANUAL",
    "BackupError",
    "BackupFolderError",
    "BackupInfo",
    "BackupVerificationError",
    "RestoreRefusedError",
    "RestoreResult",
    "backup_dir_for",
    "backup_if_due",
    "backup_name",
    "choose_kept",
    "default_backup_folder",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "parse_backup_name",
    "read_database_id",
    "restore_backup",
    "rotate",
]
