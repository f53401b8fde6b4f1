"""Which tables a save wrote, so its commit can say what changed (:mod:`desktop.changes`).

Watched at the connection: every INSERT, UPDATE and DELETE passes through
``before_execute``, whether the ORM flushed it or a service ran it as a statement.
A row written through the driver's cursor (:func:`desktop.db.driver.insert_row`) is noted
with :func:`note_written`; the bookkeeping done that way (revision counter, save ids)
changes nothing shown and is not.
"""

from __future__ import annotations

import re

from sqlalchemy import event
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.elements import TextClause

#: ``session.info`` key of the set of tables a write session wrote.
TABLES_KEY = "duban_tables_written"

_TEXT_DML = re.compile(r'^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)', re.IGNORECASE)


def watch_tables(connection, tables: set[str]) -> None:
    """Add to *tables* the name of every table a statement on *connection* writes."""

    def before_execute(_conn, clause, _multiparams, _params, _options):
        if isinstance(clause, UpdateBase):
            table = getattr(clause, "table", None)
            name = getattr(table, "name", None)
            if name:
                tables.add(name)
        elif isinstance(clause, TextClause):
            match = _TEXT_DML.match(clause.text)
            if match:
                tables.add(match.group(1))

    event.listen(connection, "before_execute", before_execute)


def note_written(session, table_name: str) -> None:
    """A row of *table_name* was written in *session* past SQLAlchemy (through the driver)."""
    tables = session.info.get(TABLES_KEY)
    if tables is not None:
        tables.add(table_name)
