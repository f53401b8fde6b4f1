"""Declarative base, naming convention and the mixins every editable row shares."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Constraint names are spelled out so that Alembic migrations (and SQLite's batch
# mode, which recreates tables) can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """An editable row with an optimistic-lock counter.

    SQLAlchemy adds ``AND version = :old`` to every UPDATE and DELETE of the row and
    raises ``StaleDataError`` when no row matched, so a save made from stale data is
    detected instead of silently overwriting another PC's edit.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.version}


class PlanOwned:
    """A row that belongs to one plan; deleting the plan deletes the row."""

    @declared_attr
    def plan_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True, nullable=False)


def in_use(column: str) -> ForeignKey:
    """A reference to a row (a department, a person, a quota rule) that must not be deleted while in use.

    The check waits for the commit (``DEFERRABLE INITIALLY DEFERRED``): deleting a whole plan
    removes both the department and the rows naming it, and PostgreSQL checks an immediate
    constraint (RESTRICT or NO ACTION) in the middle of that cascade, when the department
    may go first. Deleting a department still in use is refused all the same.
    """
    return ForeignKey(column, deferrable=True, initially="DEFERRED")
