"""What the pages' lists share: the columns of an item list, and reloading a list without losing its row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from desktop.i18n import tr
from desktop.views.list_view import FilteredTable
from desktop.views.table_model import Column


def item_columns() -> list[Column]:
    """The columns of a list of publicity items (a cell's items, the 条目 page)."""
    return [
        Column(tr("QuotasTab", "日期"), lambda r: r.date),
        Column(tr("QuotasTab", "事项"), lambda r: r.kind),
        Column(tr("QuotasTab", "科室"), lambda r: r.section),
        Column(tr("QuotasTab", "标题"), lambda r: r.title),
        Column(tr("QuotasTab", "渠道/媒体"), lambda r: r.channel),
        Column(tr("QuotasTab", "已采用"), lambda r: r.published),
        Column(tr("QuotasTab", "链接或文件"), lambda r: r.link),
    ]


def keep_current(table: FilteredTable, rows: Sequence[Any], key: Callable[[Any], Any]) -> None:
    """Show *rows* in *table*; the row that was current (the same *key*) stays current."""
    current = table.current_row()
    table.set_rows(rows)
    if current is None:
        return
    for row in range(table.proxy.rowCount()):
        source = table.proxy.mapToSource(table.proxy.index(row, 0))
        if key(table.model.row(source.row())) == key(current):
            table.view.selectRow(row)
            return
