"""The plan's sections (科室), as the print dialog's section filter offers them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.db.database import Database
from desktop.models import Department, DepartmentKind


@dataclass(frozen=True)
class Section:
    #: The full name, which the printouts' section filter accepts.
    name: str
    #: The short name where there is one (法监科), else the full name.
    display_name: str


def plan_sections(database: Database, plan_id: int) -> list[Section]:
    """The sections of plan *plan_id* in the plan's order."""
    with database.read() as session:
        departments = session.scalars(
            select(Department)
            .where(Department.plan_id == plan_id, Department.kind == DepartmentKind.SECTION)
            .order_by(Department.position, Department.id)
        )
        return [Section(d.name, d.display_name) for d in departments]
