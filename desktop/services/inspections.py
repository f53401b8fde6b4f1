"""One inspection of the supervision checklist (附件 3): read it whole, move its windows, tick it prepared.

The preparation (备检) is never stored apart from its inspection: the calendar derives it
from the inspection's windows (:func:`desktop.calendar.items.preparation_windows`), so
moving a window here moves the preparation with it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop.db.database import ConflictError, Database
from desktop.errors import UserError
from desktop.i18n import tr


@dataclass(frozen=True)
class Window:
    id: int
    start: dt.date
    #: None for an open-ended window (3月起: to the end of the year).
    end: dt.date | None
    text: str
    version: int


@dataclass(frozen=True)
class InspectionDetail:
    id: int
    version: int
    year: int
    seq: int
    item: str
    content: str
    inspector: str
    inspected: str
    time_text: str
    plan_text: str
    preparation_text: str
    continuous: bool
    prepared: bool
    lead: tuple[str, ...]
    co: tuple[str, ...]
    windows: tuple[Window, ...]

    def preparation(self, windows: list[tuple[dt.date, dt.date | None]] | None = None) -> list[tuple[dt.date, dt.date]]:
        """The preparation windows back-scheduled from *windows* (default: the stored ones)."""
        from desktop.calendar.items import preparation_windows

        if self.continuous:
            return [(dt.date(self.year, 1, 1), dt.date(self.year, 12, 31))]
        own = windows if windows is not None else [(w.start, w.end) for w in self.windows]
        found = preparation_windows(self.time_text, self.preparation_text, self.year, own)
        return [(start, end) for _pair, start, end in found or []]


def inspection_detail(database: Database, inspection_id: int) -> InspectionDetail:
    from desktop.models import DateWindow, Department, Inspection, InspectionUnit, Plan, TaskUnitRole, WindowKind

    with database.read() as session:
        row = session.get(Inspection, inspection_id)
        if row is None:
            raise UserError(tr("Inspections", "这项督查已被删除。"))
        year = session.scalar(select(Plan.year).where(Plan.id == row.plan_id))
        units = session.execute(
            select(InspectionUnit.role, Department.name, Department.short_name)
            .join(Department, Department.id == InspectionUnit.department_id)
            .where(InspectionUnit.inspection_id == inspection_id)
            .order_by(InspectionUnit.position, InspectionUnit.id)
        ).all()
        windows = session.scalars(
            select(DateWindow)
            .where(DateWindow.inspection_id == inspection_id, DateWindow.kind == WindowKind.INSPECTION)
            .order_by(DateWindow.start, DateWindow.id)
        ).all()
        name = lambda u: u.short_name or u.name  # noqa: E731
        return InspectionDetail(
            id=row.id,
            version=row.version,
            year=year,
            seq=row.seq,
            item=row.item,
            content=row.content,
            inspector=row.inspector,
            inspected=row.inspected,
            time_text=row.time_text,
            plan_text=row.plan_text,
            preparation_text=row.preparation_text,
            continuous=row.continuous,
            prepared=row.prepared,
            lead=tuple(name(u) for u in units if u.role is TaskUnitRole.LEAD),
            co=tuple(name(u) for u in units if u.role is not TaskUnitRole.LEAD),
            windows=tuple(Window(w.id, w.start, w.end, w.text, w.version) for w in windows),
        )


def _stale() -> ConflictError:
    return ConflictError(
        tr("Inspections", "这项督查刚被另一台电脑上的同事修改过，您的修改没有保存。请关闭后重新打开再改。")
    )


def save_inspection(
    database: Database,
    detail: InspectionDetail,
    windows: dict[int, tuple[dt.date, dt.date | None]],
    prepared: bool,
) -> None:
    """Move the windows of *detail* (window id → new start, end) and set whether it is prepared.

    Each row is checked against the version *detail* was read at: a change another PC made
    in between is reported and nothing is saved.
    """
    from desktop.models import DateWindow, Inspection

    for start, end in windows.values():
        if end is not None and end < start:
            raise UserError(tr("Inspections", "督查时间的结束日期早于开始日期，请改正后再保存。"))
        if start.year != detail.year:
            raise UserError(
                tr("Inspections", "督查时间应在计划年度（{0} 年）之内，请改正后再保存。").format(detail.year)
            )
    with database.write(tr("Inspections", "修改督查“{0}”").format(detail.item)) as session:
        row = session.get(Inspection, detail.id)
        if row is None or row.version != detail.version:
            raise _stale()
        known = {w.id: w for w in detail.windows}
        for window_id, (start, end) in windows.items():
            stored = session.get(DateWindow, window_id)
            if stored is None or stored.inspection_id != detail.id or stored.version != known[window_id].version:
                raise _stale()
            if (stored.start, stored.end) != (start, end):
                stored.start, stored.end = start, end
        if row.prepared != prepared:
            row.prepared = prepared
