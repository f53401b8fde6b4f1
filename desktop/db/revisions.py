"""The schema revisions this program knows, without importing Alembic or SQLAlchemy."""

#: Every revision of ``desktop/migrations``, oldest first. A test checks it against
#: Alembic's script directory, so it cannot drift.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002")
HEAD_REVISION = KNOWN_REVISIONS[-1]
