"""Every printout Duban makes, by key: what the window's print menu and ``duban print`` offer.

A report builds a :class:`~desktop.printing.table.Table` from the open database; the
renderer (:mod:`desktop.printing.pdf`) turns any table into pages. The filters a report
does not use are ignored by it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop.db.database import Database
from desktop.i18n import tr
from desktop.printing.table import Table


@dataclass(frozen=True)
class ReportOptions:
    """The filters a person can set before printing."""

    start: dt.date | None = None
    end: dt.date | None = None
    #: A section by full or short name (法规与监督诚信科 or 法监科).
    section: str | None = None
    today: dt.date | None = None


@dataclass(frozen=True)
class Report:
    key: str
    label: str
    #: Landscape unless the person chooses otherwise.
    landscape: bool
    build: Callable[[Database, int, ReportOptions], Table]
    #: Which filters apply: any of "dates", "section".
    filters: tuple[str, ...] = ()


def _checklist(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.checklist import ChecklistFilter, checklist_table

    return checklist_table(
        database, plan_id, ChecklistFilter(start=options.start, end=options.end, section=options.section), options.today
    )


def _ledger(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.ledger import ledger_table

    return ledger_table(database, plan_id, options.section, options.today)


def _roster(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.roster import roster_table

    return roster_table(database, plan_id, options.today)


def _quotas(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.quotas import quotas_table

    return quotas_table(database, plan_id, options.section, options.today)


def _quota_matrix(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.quotas import quota_matrix_table

    return quota_matrix_table(database, plan_id, options.section, options.today)


def _overdue(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.overdue import overdue_table

    return overdue_table(database, plan_id, options.section, options.today)


def _timeline(database: Database, plan_id: int, options: ReportOptions) -> Table:
    from desktop.printing.timeline import timeline_table

    return timeline_table(database, plan_id, options.today)


def reports() -> dict[str, Report]:
    """The printouts, in menu order."""
    return {
        "checklist": Report("checklist", tr("Printing", "督察清单"), True, _checklist, ("dates", "section")),
        "ledger": Report("ledger", tr("Printing", "攻坚台帐"), True, _ledger, ("section",)),
        "roster": Report("roster", tr("Printing", "领导小组名单"), False, _roster),
        "quotas": Report("quotas", tr("Printing", "宣传推广清单"), True, _quotas, ("section",)),
        "overdue": Report("overdue", tr("Printing", "逾期/临期清单"), False, _overdue, ("section",)),
        "timeline": Report("timeline", tr("Printing", "任务与措施时间轴"), True, _timeline),
        "quota_matrix": Report("quota_matrix", tr("Printing", "宣传推广完成情况"), True, _quota_matrix, ("section",)),
    }


__all__ = ["Report", "ReportOptions", "reports"]
