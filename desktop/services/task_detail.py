"""Everything about one task, for the detail pane of the 任务 tab."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.db.database import Database
from desktop.i18n import tr
from desktop.models import ReportState, Task, TaskUnit, TaskUnitRole


@dataclass(frozen=True)
class MilestoneLine:
    title: str
    due_text: str
    due_date: dt.date | None
    done_on: dt.date | None


@dataclass(frozen=True)
class TaskDetail:
    id: int
    code: str
    title: str
    level: str
    difficulties: str
    expected_results: str
    lead_sections: str
    co_sections: str
    responsible_unit: str
    responsible_person: str
    supervising_leader: str
    section_head: str
    special_group: str
    requirement: str
    milestones: tuple[MilestoneLine, ...]
    progress_period: str
    progress_date: dt.date | None
    progress_text: str
    progress_source: str


def task_detail(database: Database, task_id: int) -> TaskDetail | None:
    with database.read() as session:
        task = session.scalars(
            select(Task)
            .where(Task.id == task_id)
            .options(
                selectinload(Task.units).selectinload(TaskUnit.department),
                selectinload(Task.supervising_leader),
                selectinload(Task.section_head),
                selectinload(Task.milestones),
                selectinload(Task.reports),
            )
        ).first()
        if task is None:
            return None

        def units(role: TaskUnitRole) -> str:
            return "、".join(u.department.name for u in task.units if u.role is role)

        accepted = [r for r in task.reports if r.state is ReportState.ACCEPTED]
        latest = max(accepted, key=lambda r: (r.reported_on or dt.date.min, r.id), default=None)
        return TaskDetail(
            id=task.id,
            code=task.code,
            title=task.title,
            level=tr("Labels", task.level.label),
            difficulties=task.difficulties,
            expected_results=task.expected_results,
            lead_sections=units(TaskUnitRole.LEAD),
            co_sections=units(TaskUnitRole.CO),
            responsible_unit=task.responsible_unit,
            responsible_person=task.responsible_person_text,
            supervising_leader=task.supervising_leader.name if task.supervising_leader else "",
            section_head=task.section_head.name if task.section_head else "",
            special_group=task.special_group,
            requirement=task.requirement,
            milestones=tuple(MilestoneLine(m.title, m.due_text, m.due_date, m.done_on) for m in task.milestones),
            progress_period=latest.period if latest else "",
            progress_date=latest.reported_on if latest else None,
            progress_text=latest.text if latest else "",
            progress_source=latest.source_ref if latest else "",
        )
