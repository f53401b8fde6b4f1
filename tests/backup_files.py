"""Helpers of the backup, restore and check tests: raw SQLite reads and writes of a Duban file."""

from __future__ import annotations

import datetime as dt
import sqlite3
import textwrap
from pathlib import Path

NOW = dt.datetime(2022, 6, 27, 9, 30, 0)

def raw(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, timeout=10)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def scalar(path: Path, sql: str, *params):
    connection = raw(path)
    try:
        return connection.execute(sql, params).fetchone()[0]
    finally:
        connection.close()


def execute(path: Path, sql: str, *params) -> None:
    connection = raw(path)
    try:
        connection.execute(sql, params)
    finally:
        connection.close()


def task_title(path: Path) -> str:
    return scalar(path, "SELECT title FROM task WHERE code = '2-1'")


def database_id(path: Path) -> str:
    return scalar(path, "SELECT value FROM duban_meta WHERE key = 'database_id'")


def corrupt_a_middle_page(path: Path) -> int:
    """Flip the cell count of a b-tree page in the middle of the file; returns the page number."""
    connection = raw(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    page_count = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    for page in range(page_count // 2, page_count + 1):
        start = (page - 1) * page_size
        if data[start] in (2, 5, 10, 13):  # an index or table b-tree page
            for offset in range(3, 7):  # number of cells, start of the cell content area
                data[start + offset] ^= 0xFF
            path.write_bytes(bytes(data))
            return page
    raise AssertionError("no b-tree page in the second half of the file")


def add_session(path: Path, *, machine="PC-07", user="张三", pid=4242, heartbeat: dt.datetime, sid="s-1") -> None:
    execute(
        path,
        "INSERT INTO duban_session (id, os_user, machine, pid, app_version, started_at, heartbeat_at, read_only)"
        " VALUES (?, ?, ?, ?, '0.2.0', ?, ?, 0)",
        sid, user, machine, pid, str(heartbeat - dt.timedelta(hours=1)), str(heartbeat),
    )


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file())



HOT_JOURNAL = textwrap.dedent(
    """
    import os, sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA cache_size = 2")  # spill changed pages into the file before COMMIT
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE audit_entry SET note = zeroblob(3000)")
    connection.execute("UPDATE task SET title = zeroblob(3000)")
    assert os.path.getsize(sys.argv[1] + "-journal") > 0
    os._exit(0)  # the PC crashed in the middle of a save
    """
)
