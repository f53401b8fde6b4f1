"""The 日历 tab's two lists: 日程 (the coming days' entries, with lights) and 全部 (the plan's dated things)."""

from __future__ import annotations

from desktop.i18n import tr
from desktop.lights import Light
from desktop.views.calendar_month import date_span_text, kind_label
from desktop.views.list_view import FilteredTable
from desktop.views.table_model import Column
from desktop.views.task_list_model import light_icon


def upcoming_table() -> FilteredTable:
    """日程: the entries of the days from the anchor on, one row each."""
    return FilteredTable(
        tr("CalendarTab", "日程"),
        [
            Column(tr("CalendarTab", "日期"), lambda r: r.start, display=date_span_text),
            Column(tr("CalendarTab", "类别"), kind_label),
            Column(tr("CalendarTab", "事项"), lambda r: r.title),
            Column(tr("CalendarTab", "原文时间"), lambda r: r.as_written),
            Column(tr("CalendarTab", "科室"), lambda r: "、".join(r.sections)),
            Column(
                tr("CalendarTab", "灯"),
                lambda r: r.light,
                display=lambda r: Light(r.light).label,
                icon=lambda r: light_icon(r.light),
            ),
        ],
        stretch_column=2,
    )


def all_table() -> FilteredTable:
    """全部: the plan's inspections, preparations, milestones and quota duties as written."""
    return FilteredTable(
        tr("CalendarTab", "全部：督查、备检、节点与宣传"),
        [
            Column(tr("CalendarTab", "日期"), lambda r: r.start, display=_window_text),
            Column(tr("CalendarTab", "类别"), lambda r: r.kind),
            Column(tr("CalendarTab", "事项"), lambda r: r.title),
            Column(tr("CalendarTab", "原文时间"), lambda r: r.as_written),
            Column(tr("CalendarTab", "负责科室"), lambda r: r.who),
        ],
        stretch_column=2,
    )


def _window_text(row) -> str:
    if row.start is None:
        return ""
    if row.end is None:
        return tr("CalendarTab", "{0} 起").format(row.start.isoformat())
    if row.end == row.start:
        return row.start.isoformat()
    return f"{row.start.isoformat()} ~ {row.end.isoformat()}"


__all__ = ["all_table", "upcoming_table"]
