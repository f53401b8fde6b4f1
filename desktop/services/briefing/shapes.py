"""What a 定期通报 holds: frozen dataclasses, every text a person reads already written out.

The document writer (another module) lays these out; it computes nothing and words nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.lights import Light
from desktop.services.extensions import PeriodExtensions


@dataclass(frozen=True)
class Counts:
    """The numbers of one 通报 (or of the 总览 on a day): the one home of these counts.

    ``overdue`` counts the items of :attr:`Briefing.overdue` (tasks, measures, time nodes and
    inspection preparation; publicity duties are counted under the quotas); the quota numbers
    count each requirement of each row (the sections' and the 全市要求 row's) by its periods
    due by the end of the period.
    """

    as_of: dt.date
    red: int
    yellow: int
    green: int
    grey: int
    overdue: int
    sections_unreported: int
    notices_issued: int
    notices_answered: int
    quotas_met: int
    quotas_short: int
    quotas_pending: int
    #: Of the tasks, those from outside the plan (领导批示, 会议纪要, 上级交办).
    outside: int = 0

    @property
    def tasks(self) -> int:
        return self.red + self.yellow + self.green + self.grey


@dataclass(frozen=True)
class TaskState:
    task_id: int
    code: str
    title: str
    lead_section: str
    light: Light
    #: 红灯 / 黄灯 / 绿灯 / 无灯.
    light_label: str
    #: Why, as the light's home says it (还剩 0 个工作日到期（期限 2022-06-30）).
    light_reason: str
    measures_done: int
    #: Measures not on hold (the share done is judged against these).
    measures_active: int
    #: Whole per cent of the active measures done; None without any.
    percent_done: int | None
    #: 2/4（50%）, or 无措施.
    measures_text: str
    #: The last accepted report by the day, on one line of at most 80 characters (its date first).
    last_report: str
    #: From outside the plan (a 领导批示, 会议纪要 or 上级交办), not one of the plan's own tasks.
    outside: bool = False


@dataclass(frozen=True)
class OverdueItem:
    title: str
    #: 任务期限 / 措施期限 / 时间节点 / 备检.
    kind: str
    section: str
    task_code: str
    deadline: dt.date
    #: Working days after the deadline up to the day, on the office's working-day calendar.
    working_days_late: int
    #: 逾期 12 个工作日（期限 2022-06-10）.
    text: str


@dataclass(frozen=True)
class UnreportedSection:
    section: str
    #: The codes of the open tasks it leads that have no report in a month of the period.
    task_codes: tuple[str, ...]
    #: The months of the period it missed (2022年6月), in order.
    months: tuple[str, ...]
    #: 2022年6月未报送 2-1 的进展.
    text: str


@dataclass(frozen=True)
class NoticeLine:
    section: str
    issued: int
    #: Of those issued in the period, how many are answered.
    answered: int
    text: str


@dataclass(frozen=True)
class QuotaLine:
    section: str
    #: The 全市要求 row: every item of the bureau against the city-wide minimums, not the sections' sum.
    is_city: bool
    required: int
    delivered: int
    met: int
    short: int
    pending: int
    #: Each requirement short, in words: 改革信息（每月1项）：5月 0/1.
    shortfalls: tuple[str, ...]
    #: 已报 2 / 应报 4；欠缺：…  or  已报 3 / 应报 3，全部完成.
    text: str

    @property
    def all_met(self) -> bool:
        return self.short == 0 and self.pending == 0


@dataclass(frozen=True)
class IndicatorLine:
    task_code: str
    name: str
    unit: str
    target: float | None
    latest: float | None
    latest_on: dt.date | None
    #: The value before the latest (the trajectory), with its date.
    previous: float | None
    previous_on: dt.date | None
    #: 目标 2%；最新 1.8%（2022-05-05），较上次 +0.2.
    text: str


@dataclass(frozen=True)
class InspectionLine:
    inspection_id: int
    title: str
    #: As written (第三季度) with the dates.
    window: str
    window_start: dt.date | None
    preparation: str
    preparation_start: dt.date | None
    prepared: bool
    #: 已备检, or 未备检 with the preparation's light and reason.
    preparation_state: str
    sections: tuple[str, ...]


@dataclass(frozen=True)
class SectionVerdict:
    """A section on the 先进 or 后进 list, with every reason a clerk can check."""

    section: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Briefing:
    #: 2022年6月 / 2022年第二季度.
    label: str
    #: 定期通报（2022年6月）.
    title: str
    start: dt.date
    end: dt.date
    as_of: dt.date
    counts: Counts
    tasks: tuple[TaskState, ...]
    overdue: tuple[OverdueItem, ...]
    unreported: tuple[UnreportedSection, ...]
    notices: tuple[NoticeLine, ...]
    quotas: tuple[QuotaLine, ...]
    indicators: tuple[IndicatorLine, ...]
    inspections: tuple[InspectionLine, ...]
    leading: tuple[SectionVerdict, ...]
    lagging: tuple[SectionVerdict, ...]
    #: The rules the 先进/后进 lists follow, and what each count covers, for the document's notes.
    notes: tuple[str, ...] = ()
    #: 延期情况: the extensions approved in the period, with each section's counts.
    extensions: PeriodExtensions | None = None


__all__ = [
    "Briefing",
    "Counts",
    "IndicatorLine",
    "InspectionLine",
    "NoticeLine",
    "OverdueItem",
    "QuotaLine",
    "SectionVerdict",
    "TaskState",
    "UnreportedSection",
]
