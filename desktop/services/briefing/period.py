"""The period a 定期通报 covers: a month (2022-06) or a quarter (2022-Q2), read from what the user typed."""

from __future__ import annotations

import datetime as dt
import re

from desktop.i18n import tr
from desktop.periods import month_end
from desktop.services.editing import ValidationError

_QUARTER_DIGITS = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}
_MONTH = re.compile(r"^(\d{4})\s*(?:-|/|\.|年)\s*(\d{1,2})\s*月?$")
_QUARTER = re.compile(r"^(\d{4})\s*(?:-|/|年)?\s*(?:[Qq]\s*([1-4])|第?\s*([一二三四1-4])\s*季度?)$")


def _bad(text: str) -> ValidationError:
    return ValidationError(
        tr("Briefing", "无法识别通报期间“{0}”。请写月份（如 2022-06）或季度（如 2022-Q2）。").format(text)
    )


def month_label(year: int, month: int) -> str:
    return tr("Briefing", "{0}年{1}月").format(year, month)


def quarter_label(year: int, quarter: int) -> str:
    names = {1: tr("Briefing", "一"), 2: tr("Briefing", "二"), 3: tr("Briefing", "三"), 4: tr("Briefing", "四")}
    return tr("Briefing", "{0}年第{1}季度").format(year, names[quarter])


def period_of(text: str, plan_year: int | None = None) -> tuple[dt.date, dt.date, str]:
    """(first day, last day, label) of the month or quarter *text* names.

    Reads ``2022-06``, ``2022-6``, ``2022年6月`` (a month) and ``2022-Q2``, ``2022Q2``,
    ``2022年第二季度`` (a quarter). With *plan_year*, a period outside that year is refused.
    """
    words = (text or "").strip()
    found = _MONTH.match(words)
    if found:
        year, month = int(found.group(1)), int(found.group(2))
        if not 1 <= month <= 12:
            raise ValidationError(
                tr("Briefing", "“{0}”中的月份 {1} 不存在：月份应在 1–12 之间。").format(words, month)
            )
        start, end, label = dt.date(year, month, 1), month_end(year, month), month_label(year, month)
    else:
        found = _QUARTER.match(words)
        if not found:
            raise _bad(words)
        year = int(found.group(1))
        quarter = _QUARTER_DIGITS[found.group(2) or found.group(3)]
        start = dt.date(year, 3 * quarter - 2, 1)
        end, label = month_end(year, 3 * quarter), quarter_label(year, quarter)
    if plan_year is not None:
        check_in_plan(start, end, plan_year)
    return start, end, label


def check_in_plan(start: dt.date, end: dt.date, plan_year: int) -> None:
    """Refuse a period outside the plan's year, or one that is neither a month nor a quarter."""
    if start.year != plan_year or end.year != plan_year:
        raise ValidationError(
            tr("Briefing", "通报期间 {0} 至 {1} 不在本计划的年度（{2}年）之内，请选择 {2} 年的月份或季度。").format(
                start.isoformat(), end.isoformat(), plan_year
            )
        )
    months = end.month - start.month + 1
    is_month = months == 1
    is_quarter = months == 3 and start.month % 3 == 1
    if start.day != 1 or end != month_end(end.year, end.month) or not (is_month or is_quarter):
        raise ValidationError(
            tr("Briefing", "通报期间应为整月或整季度（如 2022-06 或 2022-Q2），{0} 至 {1} 不是。").format(
                start.isoformat(), end.isoformat()
            )
        )


def label_of(start: dt.date, end: dt.date) -> str:
    """2022年6月 or 2022年第二季度 for a period :func:`check_in_plan` accepted."""
    if start.month == end.month:
        return month_label(start.year, start.month)
    return quarter_label(start.year, (start.month + 2) // 3)


def months_of(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """(first day, last day) of each month from *start* to *end*."""
    found = []
    month = start.replace(day=1)
    while month <= end:
        found.append((month, min(end, month_end(month.year, month.month))))
        month = month_end(month.year, month.month) + dt.timedelta(days=1)
    return found


__all__ = ["check_in_plan", "label_of", "month_label", "months_of", "period_of", "quarter_label"]
