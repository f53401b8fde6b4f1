"""Opening, creating and describing Duban databases: what File → New/Open and the CLI call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop.db.database import Database
from desktop.db.target import Target
from desktop.db import schema
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.models import Base, Plan
from desktop.paths import default_database_path, sample_database_path, sample_plan_file


@dataclass(frozen=True)
class PlanSummary:
    id: int
    doc_number: str
    title: str
    year: int
    #: The plan this one was made from (新建年度计划), if any.
    origin_plan_id: int | None = None
    #: The year of the plan made from this one: the plan is then kept read-only (None: editable).
    succeeded_by_year: int | None = None

    @property
    def read_only(self) -> bool:
        return self.succeeded_by_year is not None

    @property
    def read_only_reason(self) -> str:
        """Why the plan is not edited any more ("" when it may be)."""
        from desktop.models.read_only import read_only_message

        return read_only_message(self.year, self.succeeded_by_year) if self.read_only else ""


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


def _summaries(session) -> list[PlanSummary]:
    """Every plan, newest first, with what it was made from and what was made from it."""
    rows = session.execute(
        select(Plan.id, Plan.doc_number, Plan.title, Plan.year, Plan.origin_plan_id).order_by(
            Plan.year.desc(), Plan.id.desc()
        )
    ).all()
    successors = {row.origin_plan_id: row.year for row in reversed(rows) if row.origin_plan_id is not None}
    return [PlanSummary(r.id, r.doc_number, r.title, r.year, r.origin_plan_id, successors.get(r.id)) for r in rows]


def plans(database: Database) -> list[PlanSummary]:
    """The plans of the file, newest first: what the window's plan switcher lists."""
    with database.read() as session:
        return _summaries(session)


def current_plan(database: Database) -> PlanSummary | None:
    """The plan the window shows first: the newest by year."""
    with database.read() as session:
        summaries = _summaries(session)
    return summaries[0] if summaries else None


def plan_summary(database: Database, plan_id: int) -> PlanSummary:
    """The plan *plan_id* (one the switcher chose); a plan removed meanwhile is said so."""
    for summary in plans(database):
        if summary.id == plan_id:
            return summary
    raise UserError(tr("Workspace", "这个计划已不在数据库中（可能已被其他电脑删除）。"))


def plan_of_year(database: Database, year: int | None) -> PlanSummary | None:
    """The plan of *year* (the newest of that year); None for *year*: the newest plan."""
    summaries = plans(database)
    if year is None:
        return summaries[0] if summaries else None
    for summary in summaries:
        if summary.year == year:
            return summary
    known = "、".join(str(s.year) for s in reversed(summaries)) or tr("Workspace", "无")
    raise UserError(tr("Workspace", "{0} 中没有 {1} 年的计划（已有：{2}）。").format(database.display_name(), year, known))


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
            summaries = list(reversed(_summaries(session))) if "origin_plan_id" in _plan_columns(session) else [
                PlanSummary(p.id, p.doc_number, p.title, p.year)
                for p in session.execute(select(Plan.id, Plan.doc_number, Plan.title, Plan.year).order_by(Plan.year, Plan.id))
            ]
        return DatabaseInfo(
            location=database.display_name(),
            revision=state.revision,
            head_revision=schema.HEAD_REVISION,
            meta=database.meta(),
            counts=counts,
            plans=summaries,
            read_only_reason=schema.newer_reason(state),
        )
    finally:
        database.close()


def _plan_columns(session) -> set[str]:
    """The plan table's columns as the file has them (``duban info`` reads files not yet upgraded)."""
    from sqlalchemy import inspect

    return {column["name"] for column in inspect(session.connection()).get_columns("plan")}


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
    "plan_of_year",
    "plan_summary",
    "plans",
]
