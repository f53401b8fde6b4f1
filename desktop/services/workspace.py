"""Opening, creating and describing Duban databases: what File → New/Open and the CLI call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop.db.database import Database
from desktop.db.target import Target
from desktop.db import schema
from desktop.i18n import tr
from desktop.models import Base, Plan
from desktop.paths import default_database_path, sample_database_path, sample_plan_file


@dataclass(frozen=True)
class PlanSummary:
    id: int
    doc_number: str
    title: str
    year: int


@dataclass(frozen=True)
class DatabaseInfo:
    """What ``duban info`` prints."""

    location: str
    revision: str | None
    head_revision: str
    meta: dict[str, str]
    counts: dict[str, int]
    plans: list[PlanSummary]
    #: Why this Duban may only look at the file ("" when it may write it).
    read_only_reason: str = ""


def open_database(target: str | Path, *, allow_read_only: bool = True) -> Database:
    """Open *target*; with *allow_read_only* false, a file this Duban may not write is refused instead."""
    return Database.open(target, allow_read_only=allow_read_only)


def create_database(target: str | Path, *, with_sample: bool = True) -> Database:
    """A new database at *target*, holding the built-in 2022 plan unless *with_sample* is false."""
    database = Database.create(target)
    if with_sample:
        try:
            add_sample_plan(database)
        except BaseException:
            database.close()
            target_obj = database.target
            if target_obj.path is not None:
                target_obj.path.unlink(missing_ok=True)
            raise
    return database


def add_sample_plan(database: Database) -> None:
    from desktop.services.plan_file import load_plan

    with database.write(note=tr("Workspace", "导入内置计划")) as session:
        load_plan(session, sample_plan_file())


def open_or_create(path: Path) -> Database:
    """Open *path*, creating it with the built-in plan first if it does not exist yet."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        return create_database(path, with_sample=True)
    return open_database(path)


def open_default() -> Database:
    """The database a first double-click opens: the user's own, made from the built-in plan."""
    return open_or_create(default_database_path())


def open_sample() -> Database:
    """The built-in sample plan, in a database of its own in the user's data folder."""
    return open_or_create(sample_database_path())


def current_plan(database: Database) -> PlanSummary | None:
    """The plan the window shows: the newest by year."""
    with database.read() as session:
        plan = session.scalars(select(Plan).order_by(Plan.year.desc(), Plan.id.desc()).limit(1)).first()
        if plan is None:
            return None
        return PlanSummary(plan.id, plan.doc_number, plan.title, plan.year)


def database_info(target: str | Path) -> DatabaseInfo:
    """Schema revision and row counts, read without writing anything.

    A file whose last save was interrupted (a hot journal) is not recovered here, since
    that would write: it is refused with a message saying that opening it in Duban will.
    """
    database = Database.open_read_only(target)
    try:
        if database.target.is_file:
            state = schema.check_file(database.target.path, recover=False)
        else:
            with database.engine.connect() as connection:
                state = schema.check_connection(connection, database.display_name())
        if state.is_empty:
            from desktop.errors import DatabaseFileError

            raise DatabaseFileError(
                tr("Workspace", "{0} 是一个空的 SQLite 文件，不是 Duban 数据库。").format(database.display_name())
            )
        counts = {}
        with database.read() as session:
            for table in Base.metadata.sorted_tables:
                if table.name in state.tables:
                    counts[table.name] = session.execute(select(func.count()).select_from(table)).scalar_one()
            plans = [
                PlanSummary(p.id, p.doc_number, p.title, p.year)
                for p in session.scalars(select(Plan).order_by(Plan.year, Plan.id))
            ]
        return DatabaseInfo(
            location=database.display_name(),
            revision=state.revision,
            head_revision=schema.HEAD_REVISION,
            meta=database.meta(),
            counts=counts,
            plans=plans,
            read_only_reason=schema.newer_reason(state),
        )
    finally:
        database.close()


__all__ = [
    "DatabaseInfo",
    "PlanSummary",
    "Target",
    "add_sample_plan",
    "create_database",
    "current_plan",
    "database_info",
    "open_database",
    "open_default",
    "open_or_create",
    "open_sample",
]
