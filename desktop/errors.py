"""The two kinds of error in Duban.

:class:`UserError` and its subclasses are caused by the person or the environment:
a missing file, a file of another program, a newer schema, a locked or vanished
network drive, a full disk. They carry a message in plain language saying what
happened and what to do, and are shown as such (a dialog, or one line on the
command line). Anything else is a bug: it is logged with its traceback and shown
once by the crash handler.
"""

from __future__ import annotations


class UserError(Exception):
    """An error the person can act on; ``str(error)`` is the message to show."""

    def __init__(self, message: str, detail: str | None = None):
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class DatabaseFileError(UserError):
    """The file is missing, not a database, or belongs to another program."""


class SchemaTooNewError(UserError):
    """The file was written by a newer Duban; this version must not write to it."""


class DatabaseUnavailableError(UserError):
    """The database is locked, on a vanished drive, read-only or full."""


class TargetExistsError(UserError):
    """A file to be written exists and is not replaced; the command line adds how to replace it."""
