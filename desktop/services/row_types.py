"""The plain row objects the tabs list; no database code, so the window can import them cheaply."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class TaskRow:
    id: int
    code: str
    title: str
    level: str
    lead_section: str
    supervising_leader: str
    responsible: str
    next_deadline: dt.date | None
    status: str
    latest_report: dt.date | None
    measure_count: int
    #: Computed for the day the list was read; see :mod:`desktop.lights`.
    light: int = 0
    light_reason: str = ""
    status_code: str = ""
    #: Lead and co-operating sections (short names), for the section filter.
    sections: tuple[str, ...] = ()
    closed_on: dt.date | None = None
    #: Measures done and measures not on hold: the progress the light compares with the time elapsed.
    measures_done: int = 0
    measures_active: int = 0
    #: Where the task comes from (年度方案, 领导批示 …) and its code (TaskSource's value), for the source filter.
    source: str = ""
    source_code: str = "plan"
    #: 延期申请 approved on its measures and milestones.
    extensions: int = 0


@dataclass(frozen=True)
class AgendaRow:
    start: dt.date | None
    end: dt.date | None
    kind: str
    title: str
    as_written: str
    who: str


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    title: str
    department: str
    roles: str
    phone: str
    email: str
    #: Not left (an absent person is still active).
    active: bool
    #: 在岗 / 已离任（2022-06-01） / 暂离（至 2022-07-15）.
    status: str = ""
    #: Who acts while the person is away: 由 李荣军 代行, or 待补.
    acting: str = ""
    #: What the filter box searches: the name with its pinyin and initials, the other columns.
    search_text: str = ""
    version: int = 0
    department_id: int | None = None
    departed_on: dt.date | None = None


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    unit: str
    email: str
    phone: str
    purpose: str


@dataclass(frozen=True)
class QuotaRow:
    id: int
    seq: int
    kind: str
    owner: str
    requirement: str
    as_written: str
    subject: str
    collection: str
    coordinator: str


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    task_code: str
    name: str
    target: float | None
    unit: str
    latest: float | None
    as_of: dt.date | None
