"""Alembic migrations of the Duban schema; run through :mod:`desktop.db.schema`, never by hand."""
