"""A person's history: the seats they held (with whom they took over from and who took over) and
the responsibilities handed over to or from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop.i18n import tr
from desktop.models import Measure, ResponsibilityHistory, Task
from desktop.models.enums import GroupKind
from desktop.people.succession import Succession


def handover_labels() -> dict[str, str]:
    """The responsibilities a successor takes over, as the history names them."""
    return {
        "responsible_person_id": tr("People", "责任人"),
        "supervising_leader_id": tr("People", "分管领导"),
        "section_head_id": tr("People", "科室负责人"),
        "owner_person_id": tr("People", "措施负责人"),
    }


def group_label(kind: GroupKind, label: str) -> str:
    if kind is GroupKind.WORKING:
        return tr("Rows", "工作小组{0}").format(label)
    return tr("Labels", kind.label)


@dataclass(frozen=True)
class HistoryLine:
    """One period of a role: who, what, from when to when, and how it ended or began."""

    start: dt.date | None
    end: dt.date | None
    what: str
    holder: str
    note: str = ""


def seat_what(session, seat) -> str:
    from desktop.models import Group

    group = session.get(Group, seat.group_id)
    group_text = group_label(group.kind, group.label) if group else ""
    return f"{group_text} {tr('Labels', seat.role.label)}".strip()


def person_history(session, succession: Succession, person_id: int) -> list[HistoryLine]:
    """The person's seats over time (with who they took over from and who took over) and handed-over tasks."""
    lines = []
    successors = {s.predecessor_id: s for s in succession.seats if s.predecessor_id is not None}
    by_id = {s.id: s for s in succession.seats}
    for seat in succession.seats_of(person_id):
        notes = []
        before = by_id.get(seat.predecessor_id) if seat.predecessor_id is not None else None
        if before is not None and before.person_id is not None:
            notes.append(tr("People", "接任 {0}").format(succession.name(before.person_id)))
        after = successors.get(seat.id)
        if after is not None and after.person_id is not None:
            notes.append(tr("People", "由 {0} 接任").format(succession.name(after.person_id)))
        lines.append(HistoryLine(seat.start_date, seat.end_date, seat_what(session, seat), succession.name(person_id), "，".join(notes)))
    labels = handover_labels()
    records = session.execute(
        select(ResponsibilityHistory, Task.code, Measure.title)
        .join(Task, Task.id == ResponsibilityHistory.task_id)
        .outerjoin(Measure, Measure.id == ResponsibilityHistory.measure_id)
        .where(ResponsibilityHistory.person_id == person_id)
        .order_by(ResponsibilityHistory.end_date, ResponsibilityHistory.id)
    ).all()
    for record, code, measure in records:
        what = tr("People", "任务 {0} {1}").format(code, labels.get(record.field, record.field))
        if measure:
            what = tr("People", "任务 {0} 措施“{1}” {2}").format(code, measure, labels.get(record.field, record.field))
        lines.append(HistoryLine(record.start_date, record.end_date, what, record.person_name, record.note))
    lines.sort(key=lambda line: (line.start or dt.date.min, line.end or dt.date.max))
    return lines
