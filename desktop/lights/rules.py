"""The traffic light (红黄绿灯) of a task or measure, computed from dates, never stored.

* red: a deadline has passed and what it was for is not done;
* yellow: the next deadline falls within *yellow_days* working days (default 3), or
  the reported progress lags the time elapsed by more than :data:`LAG_TOLERANCE`;
* green: on track, or done;
* grey: no light — on hold (暂缓), nothing left to do by a date (an inspection that is over), or
  nothing dated at all (未定期限: a task just registered, with no dated measure or milestone).

:func:`judge` is the rule; :mod:`desktop.lights.kinds` applies it to each kind of dated thing.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.i18n import tr
from desktop.models.enums import Status
from desktop.workdays import DEFAULT_CALENDAR, WorkdayCalendar

#: Progress may trail the share of time elapsed by this much before the light turns yellow.
LAG_TOLERANCE = 0.2
DEFAULT_YELLOW_DAYS = 3


class Light(enum.IntEnum):
    """Ordered by urgency, so sorting by light puts red first when descending."""

    GREY = 0
    GREEN = 1
    YELLOW = 2
    RED = 3

    @property
    def label(self) -> str:
        return {
            Light.GREY: tr("Lights", "无灯"),
            Light.GREEN: tr("Lights", "绿灯"),
            Light.YELLOW: tr("Lights", "黄灯"),
            Light.RED: tr("Lights", "红灯"),
        }[self]


@dataclass(frozen=True)
class Verdict:
    light: Light
    reason: str
    #: Something is still to be done by a date (False: done, on hold, or past caring).
    open: bool = True

    def tooltip(self, yellow_days: int = DEFAULT_YELLOW_DAYS) -> str:
        return f"{self.light.label}：{self.reason}\n\n{rule_text(yellow_days)}"


def rule_text(yellow_days: int = DEFAULT_YELLOW_DAYS) -> str:
    return tr(
        "Lights",
        "规则：红灯＝有期限已过而未完成；黄灯＝最近的期限在 {0} 个工作日内，或已完成措施的比例落后于时间进度 {1}% 以上；"
        "绿灯＝按计划推进或已完成；暂缓或未定期限的事项、时间已过的督查不亮灯。灯按日期随时计算，不保存。",
    ).format(yellow_days, int(LAG_TOLERANCE * 100))


def judge(
    status: Status,
    open_deadlines: Sequence[dt.date],
    today: dt.date,
    *,
    start: dt.date | None = None,
    progress: float | None = None,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
    calendar: WorkdayCalendar = DEFAULT_CALENDAR,
    dated: bool = True,
) -> Verdict:
    """The light for something with *status* and the deadlines still open under it.

    *progress* is the share done (0..1), *start* when the work began; together with the
    last deadline they give the schedule the progress is compared against.
    *dated* False: nothing under it has a deadline at all, open or done — no light (未定期限).
    """
    if status is Status.ON_HOLD:
        return Verdict(Light.GREY, tr("Lights", "暂缓"), open=False)
    if status is Status.DONE:
        return Verdict(Light.GREEN, tr("Lights", "已完成"), open=False)
    deadlines = sorted(open_deadlines)
    if not deadlines and not dated:
        return Verdict(Light.GREY, tr("Lights", "未定期限"))
    overdue = [d for d in deadlines if d < today]
    if overdue:
        days = (today - overdue[0]).days
        return Verdict(Light.RED, tr("Lights", "已逾期 {0} 天（期限 {1}）").format(days, overdue[0].isoformat()))
    if deadlines:
        upcoming = deadlines[0]
        left = calendar.working_days_until(today, upcoming, limit=yellow_days)
        if left <= yellow_days:
            return Verdict(
                Light.YELLOW,
                tr("Lights", "还剩 {0} 个工作日到期（期限 {1}）").format(left, upcoming.isoformat()),
            )
        if progress is not None and start is not None and deadlines[-1] > start:
            elapsed = min(max((today - start).days / (deadlines[-1] - start).days, 0.0), 1.0)
            if elapsed - progress > LAG_TOLERANCE:
                return Verdict(
                    Light.YELLOW,
                    tr("Lights", "进度落后：时间已过 {0}%，措施完成 {1}%").format(
                        round(elapsed * 100), round(progress * 100)
                    ),
                )
        return Verdict(Light.GREEN, tr("Lights", "按计划推进，最近期限 {0}").format(upcoming.isoformat()))
    return Verdict(Light.GREEN, tr("Lights", "没有未到的期限"))
