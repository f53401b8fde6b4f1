"""Helpers for tests that run on both backends: SQL run on a database behind Duban's back."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def is_url(target) -> bool:
    return isinstance(target, str) and "://" in target


def execute(target: Path | str, sql: str, params: dict | None = None) -> list[tuple]:
    """Run *sql* (named ``:parameters``) on the database at *target* and commit; the rows it returned.

    *target* is what the ``sample_target`` fixture gives: a SQLite file or a database URL.
    """
    if not is_url(target):
        raw = sqlite3.connect(target)
        try:
            rows = raw.execute(sql, params or {}).fetchall()
            raw.commit()
            return rows
        finally:
            raw.close()
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    engine = create_engine(target, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            result = connection.execute(text(sql), params or {})
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def scalar(target: Path | str, sql: str, params: dict | None = None):
    rows = execute(target, sql, params)
    return rows[0][0] if rows else None
