"""SQLAlchemy models of everything a plan holds, and the queries on them.

Importing this package registers every mapped class on :data:`Base.metadata`, which is
what Alembic and the tests compare the schema against.
"""

from desktop.models.audit import AuditEntry, Meta
from desktop.models.base import Base
from desktop.models.enums import (
    DepartmentKind,
    GroupKind,
    QuotaScope,
    ReportSource,
    ReportState,
    Role,
    Status,
    TaskLevel,
    TaskUnitRole,
    WindowKind,
)
from desktop.models.inspection import DateWindow, Inspection, InspectionUnit
from desktop.models.org import Contact, Department, Group, Membership, Person
from desktop.models.plan import Plan
from desktop.models.quota import PublicityItem, QuotaRequirement, QuotaRule
from desktop.models.task import (
    DIFFICULTY_LIMIT,
    PROGRESS_LIMIT,
    Indicator,
    IndicatorValue,
    Measure,
    Milestone,
    ProgressReport,
    Task,
    TaskUnit,
)

__all__ = [
    "AuditEntry",
    "Base",
    "Contact",
    "DIFFICULTY_LIMIT",
    "DateWindow",
    "Department",
    "DepartmentKind",
    "Group",
    "GroupKind",
    "Indicator",
    "IndicatorValue",
    "Inspection",
    "InspectionUnit",
    "Measure",
    "Membership",
    "Meta",
    "Milestone",
    "PROGRESS_LIMIT",
    "Person",
    "Plan",
    "ProgressReport",
    "PublicityItem",
    "QuotaRequirement",
    "QuotaRule",
    "QuotaScope",
    "ReportSource",
    "ReportState",
    "Role",
    "Status",
    "Task",
    "TaskLevel",
    "TaskUnit",
    "TaskUnitRole",
    "WindowKind",
]
