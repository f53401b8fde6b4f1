"""The database layer: the engine factory, schema revisions and the open :class:`Database`."""

from desktop.db.database import ConflictError, Database, user_error_for
from desktop.db.engine import Target

__all__ = ["ConflictError", "Database", "Target", "user_error_for"]
