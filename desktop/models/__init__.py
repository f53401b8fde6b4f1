"""SQLAlchemy models of everything a plan holds, and the queries on them.

The names are loaded on first use (PEP 562), all together, so that every mapped
class is registered on :data:`Base.metadata` before anyone looks at it, while
``desktop.models.enums`` stays importable without SQLAlchemy (start-up needs only
the vocabularies).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.models.audit import AuditEntry, Meta
    from desktop.models.base import Base
    from desktop.models.coordination import AppliedSave, OpenSession, Revision
    from desktop.models.enums import (
        DepartmentKind,
        EventKind,
        ExtensionState,
        GroupKind,
        NoticeGrade,
        NoticeState,
        NoticeSubject,
        QuotaScope,
        ReportSource,
        ReportState,
        Role,
        Status,
        TaskLevel,
        TaskSource,
        TaskUnitRole,
        WindowKind,
    )
    from desktop.models.extension import Extension
    from desktop.models.inspection import DateWindow, Inspection, InspectionUnit
    from desktop.models.org import Absence, Contact, Department, Group, Membership, Person, ResponsibilityHistory
    from desktop.models.notice import Notice
    from desktop.models.plan import Plan
    from desktop.models.quota import PublicityItem, QuotaRequirement, QuotaRule
    from desktop.models.reminder import ReminderDismissal
    from desktop.models.workday import WorkdayOverride
    from desktop.models.task import (
        DIFFICULTY_LIMIT,
        PROGRESS_LIMIT,
        Indicator,
        IndicatorMonth,
        IndicatorValue,
        Measure,
        Milestone,
        ProgressReport,
        Task,
        TaskEvent,
        TaskUnit,
    )

_MODULES = (
    "desktop.models.audit",
    "desktop.models.base",
    "desktop.models.coordination",
    "desktop.models.enums",
    "desktop.models.extension",
    "desktop.models.inspection",
    "desktop.models.notice",
    "desktop.models.org",
    "desktop.models.plan",
    "desktop.models.quota",
    "desktop.models.read_only",
    "desktop.models.reminder",
    "desktop.models.task",
    "desktop.models.workday",
)


def __getattr__(name: str):
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    namespace = globals()
    for module_name in _MODULES:
        module = importlib.import_module(module_name)
        for exported in __all__:
            if hasattr(module, exported):
                namespace[exported] = getattr(module, exported)
    return namespace[name]


__all__ = [
    "Absence",
    "AppliedSave",
    "AuditEntry",
    "Base",
    "Contact",
    "DIFFICULTY_LIMIT",
    "DateWindow",
    "Department",
    "DepartmentKind",
    "EventKind",
    "Extension",
    "ExtensionState",
    "Group",
    "GroupKind",
    "Indicator",
    "IndicatorMonth",
    "IndicatorValue",
    "Inspection",
    "InspectionUnit",
    "Measure",
    "Membership",
    "Meta",
    "Milestone",
    "Notice",
    "NoticeGrade",
    "NoticeState",
    "NoticeSubject",
    "OpenSession",
    "PROGRESS_LIMIT",
    "Person",
    "Plan",
    "ProgressReport",
    "PublicityItem",
    "QuotaRequirement",
    "QuotaRule",
    "QuotaScope",
    "ReminderDismissal",
    "Revision",
    "ReportSource",
    "ReportState",
    "ResponsibilityHistory",
    "Role",
    "Status",
    "Task",
    "TaskEvent",
    "TaskLevel",
    "TaskSource",
    "TaskUnit",
    "TaskUnitRole",
    "WindowKind",
    "WorkdayOverride",
]
