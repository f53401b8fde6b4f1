"""Importing a month's collection of publicity items from an Excel sheet, previewed first.

The sheet has a header row (within its first rows) naming at least 事项, 标题 and 日期;
科室, 渠道, 是否采用 and 链接 are read where present. Each row is checked before anything
is written: a missing title, an unknown 事项 or 科室, or a date that cannot be read is an
error named by its row; a row already stored (same 事项, 科室, 标题 and 日期) or repeated in
the sheet is a duplicate and skipped. The file itself is checked the way the ledger import
checks it (old format, password, broken zip, not a spreadsheet).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.i18n import tr
from desktop.text import normalize

#: Heading → field; several spellings are accepted for each.
HEADINGS = {
    "事项": "kind", "类别": "kind", "类型": "kind",
    "科室": "section", "责任科室": "section", "报送科室": "section",
    "标题": "title", "题目": "title", "信息标题": "title",
    "日期": "date", "报送日期": "date", "刊发日期": "date", "发布日期": "date",
    "渠道": "channel", "媒体": "channel", "渠道/媒体": "channel", "刊发媒体": "channel",
    "是否采用": "published", "已采用": "published", "采用": "published", "是否刊发": "published",
    "链接": "link", "链接或文件": "link", "网址": "link",
    "备注": "note",
}
REQUIRED = ("kind", "title", "date")
_YES = {"是", "已采用", "采用", "已刊发", "刊发", "√", "✓", "y", "yes", "1", "true"}
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")

READY, DUPLICATE, ERROR = "ready", "duplicate", "error"


@dataclass
class PreviewRow:
    row: int
    kind: str
    section: str
    title: str
    date_text: str
    status: str = READY
    messages: list[str] = field(default_factory=list)
    draft: object | None = None

    @property
    def status_label(self) -> str:
        return {READY: tr("Quotas", "可导入"), DUPLICATE: tr("Quotas", "重复，跳过"), ERROR: tr("Quotas", "有错误")}[
            self.status
        ]


@dataclass
class ImportPreview:
    path: Path
    sheet: str
    rows: list[PreviewRow]

    @property
    def ready(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.status == READY]

    @property
    def duplicates(self) -> int:
        return sum(1 for r in self.rows if r.status == DUPLICATE)

    @property
    def errors(self) -> int:
        return sum(1 for r in self.rows if r.status == ERROR)


def _text(value) -> str:
    from desktop.excel.importing import cell_text

    return cell_text(value)


def _date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _DATE.match(_text(value))
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def preview_items(database: Database, plan_id: int, path: str | Path) -> ImportPreview:
    """Read *path* and check every row against the plan's rules, sections and stored items."""
    from desktop.excel.importing import file_error, read_grid
    from desktop.services import quotas

    path = Path(path)
    sheet, grid = read_grid(path, tr("Import", "文件太大（{0} MB），不像是条目表格。"))
    header_at, columns = _find_header(grid, normalize)
    if header_at is None:
        raise file_error(path, tr("Quotas", "工作表“{0}”中找不到表头（事项、科室、标题、日期……），这不是宣传条目表格。").format(sheet))
    missing = [name for name, key in (("事项", "kind"), ("标题", "title"), ("日期", "date")) if key not in columns]
    if missing:
        raise file_error(path, tr("Quotas", "工作表“{0}”的表头缺少“{1}”列。请补上后再导入。").format(sheet, "、".join(missing)))

    data = quotas.load_data(database, plan_id)
    rules = {}
    for rule in data.rules:
        rules.setdefault(normalize(rule.kind), rule.id)
    # A section by its full name, its short name or the short name without 科 (desktop.people.names).
    from desktop.people.names import DepartmentMatcher
    from desktop.services.departments import department_names

    checks = _Checks(
        data, rules, DepartmentMatcher(department_names(database, plan_id)), quotas.item_keys(database, plan_id), normalize
    )
    rows: list[PreviewRow] = []
    for number, values in grid[header_at + 1 :]:
        raw = {key: values[c] if (c := columns.get(key)) is not None and c < len(values) else None for key in HEADINGS.values()}
        if all(_text(v) == "" for v in raw.values()):
            continue
        rows.append(checks.row(number, raw))
    if not rows:
        raise file_error(path, tr("Quotas", "工作表“{0}”表头下面没有条目。").format(sheet))
    return ImportPreview(path, sheet, rows)


def _find_header(grid, normalize) -> tuple[int | None, dict[str, int]]:
    """The row of the headings among the first 15 (the one naming the most columns) and column by key."""
    header_at, columns = None, {}
    for index, (_, values) in enumerate(grid[:15]):
        found = {}
        for column, value in enumerate(values):
            key = HEADINGS.get(normalize(_text(value)))
            if key and key not in found:
                found[key] = column
        if sum(1 for k in REQUIRED if k in found) >= 2 and len(found) > len(columns):
            header_at, columns = index, found
    return header_at, columns


@dataclass
class _Checks:
    """What each row is checked against: the plan's rules and sections, the items stored and those above it."""

    data: object
    rules: dict
    sections: object
    stored: set
    normalize: object
    seen: dict = field(default_factory=dict)

    def row(self, number: int, raw: dict) -> PreviewRow:
        """The row *number* with the values *raw* by key: an error, a duplicate, or ready with its draft."""
        from desktop.services import quotas

        row = PreviewRow(number, _text(raw["kind"]), _text(raw["section"]), _text(raw["title"]), _text(raw["date"]))
        if isinstance(raw["date"], (dt.date, dt.datetime)):
            row.date_text = _date(raw["date"]).isoformat()
        rule_id, department_id, day = self._problems(row, raw)
        if row.messages:
            row.status = ERROR
            return row
        key = (rule_id, department_id, self.normalize(row.title), day)
        if key in self.stored:
            row.status = DUPLICATE
            row.messages.append(tr("Quotas", "已登记过同一条目，跳过"))
        elif key in self.seen:
            row.status = DUPLICATE
            row.messages.append(tr("Quotas", "与表中第 {0} 行重复，跳过").format(self.seen[key]))
        else:
            self.seen[key] = number
            row.draft = quotas.ItemDraft(
                rule_id=rule_id,
                department_id=department_id,
                title=row.title,
                date=day,
                channel=_text(raw["channel"]),
                published=_text(raw["published"]).lower() in _YES,
                link=_text(raw["link"]),
                note=_text(raw["note"]),
            )
        return row

    def _problems(self, row: PreviewRow, raw: dict) -> tuple[int | None, int | None, dt.date | None]:
        """Note in *row* what is missing or unknown; the rule, section and date that were understood."""
        if not row.title:
            row.messages.append(tr("Quotas", "缺少标题"))
        rule_id = self.rules.get(self.normalize(row.kind))
        if not row.kind:
            row.messages.append(tr("Quotas", "缺少事项"))
        elif rule_id is None:
            row.messages.append(
                tr("Quotas", "事项“{0}”不在规则中（应为：{1}）").format(row.kind, "、".join(self.data.kinds))
            )
        department_id = None
        if row.section:
            found = self.sections.find(row.section)
            department_id = found.id if found is not None else None
            if department_id is None:
                row.messages.append(tr("Quotas", "没有名为“{0}”的科室").format(row.section))
        day = _date(raw["date"])
        if day is None:
            row.messages.append(
                tr("Quotas", "日期“{0}”无法识别（请写成 2022-06-15）").format(row.date_text)
                if row.date_text
                else tr("Quotas", "缺少日期")
            )
        elif abs(day.year - self.data.year) > 1:
            row.messages.append(tr("Quotas", "日期 {0} 不在计划年度 {1} 年前后").format(day.isoformat(), self.data.year))
        return rule_id, department_id, day


def apply_import(database: Database, plan_id: int, preview: ImportPreview, *, save_id: str | None = None) -> int:
    """Store the ready rows of *preview* in one save; returns how many. Rows stored meanwhile are skipped.

    *save_id*: the save's own id, so an import kept in the recovery file is saved once.
    """
    drafts = [r.draft for r in preview.ready]
    if not drafts:
        raise UserError(tr("Quotas", "没有可导入的条目（都已登记过或有错误）。"))
    return import_drafts(database, plan_id, drafts, preview.path.name, save_id=save_id)


def import_drafts(database: Database, plan_id: int, drafts: list, file_name: str, *, save_id: str | None = None) -> int:
    """The save of an import (also replayed from the recovery file): *drafts* read from *file_name*."""
    from desktop.services import quotas

    return quotas.add_items(database, plan_id, drafts, tr("Quotas", "导入宣传条目：{0}").format(file_name), save_id=save_id)
