"""Filling a plan from a new notice's attachment tables (.xlsx, the seed's layout): preview first, then import.

:func:`preview_notice` reads the tables (:mod:`desktop.excel.notice_tables`) and says, row by
row, what importing would do: add a task (附件 2), an inspection with its windows, preparation
and sections (附件 3), or a publicity rule as written (附件 4); or skip a row the plan already
holds (the same title, item or rule) or cannot take (a code in use). :func:`import_notice`
does what the preview said, in one audited write. Counting duties of a publicity rule
(1 条/月 …) are not read from the text: they are set on the 指标 tab, as the preview says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop.db.database import Database
from desktop.excel.notice_tables import INSPECTIONS, QUOTAS, TASKS, NoticeRow, read_notice_tables
from desktop.i18n import tr
from desktop.models import (
    DateWindow,
    EventKind,
    Inspection,
    InspectionUnit,
    Plan,
    QuotaRule,
    Status,
    Task,
    TaskLevel,
    TaskUnitRole,
    WindowKind,
)
from desktop.models.search import refresh_search_key
from desktop.people.reading import read_matcher, session_fetch
from desktop.periods import PeriodError, parse_period
from desktop.services.next_year import ensure_editable
from desktop.services.tasks import record_event

ADD, SKIP = "add", "skip"


@dataclass(frozen=True)
class NoticeItem:
    """One row of the file and what importing does with it."""

    table: str
    #: 附件 2 / 附件 3 / 附件 4, as the preview names the table.
    attachment: str
    sheet: str
    row: int
    #: The task's code, or the row's 序号.
    number: str
    title: str
    action: str
    note: str


@dataclass(frozen=True)
class NoticePreview:
    path: Path
    items: list[NoticeItem]
    skipped_sheets: list[str]

    def count(self, table: str, action: str = ADD) -> int:
        return sum(1 for item in self.items if item.table == table and item.action == action)


def _attachment(table: str) -> str:
    return {TASKS: tr("NoticeImport", "附件 2"), INSPECTIONS: tr("NoticeImport", "附件 3"),
            QUOTAS: tr("NoticeImport", "附件 4")}[table]


def split_difficulty(text: str) -> tuple[str, str]:
    """难点堵点：… 预期成果：… as the two fields (all of it the difficulties when no 预期成果 is written)."""
    parts = re.split(r"预期成果\s*[:：]", text, maxsplit=1)
    difficulties = re.sub(r"^\s*难点堵点\s*[:：]", "", parts[0]).strip()
    return difficulties, parts[1].strip() if len(parts) > 1 else ""


def preparation_text(plan_text: str) -> str:
    """The preparation window in a 工作计划 cell: 7月备检 of “7月备检，法监科牵头，…”."""
    found = re.match(r"\s*([^，,。；;]*备检)", plan_text)
    return found.group(1).strip() if found else ""


def _same(text: str) -> str:
    """*text* without its spaces and line breaks, to compare a cell with what the plan holds."""
    return re.sub(r"\s+", "", text or "")


class _Known:
    """What the plan holds already, to tell a new row from one imported before."""

    def __init__(self, session, plan_id: int):
        self.titles = set(session.scalars(select(Task.title).where(Task.plan_id == plan_id)))
        self.codes = set(session.scalars(select(Task.code).where(Task.plan_id == plan_id)))
        self.items = set(session.scalars(select(Inspection.item).where(Inspection.plan_id == plan_id)))
        self.rules = {
            (kind, _same(content))
            for kind, content in session.execute(select(QuotaRule.kind, QuotaRule.content).where(QuotaRule.plan_id == plan_id))
        }

    def judge(self, row: NoticeRow, code: str, year: int) -> tuple[str, str]:
        v = row.values
        if row.table == TASKS:
            if v.get("title", "") in self.titles:
                return SKIP, tr("NoticeImport", "本计划已有同名任务")
            if code in self.codes:
                return SKIP, tr("NoticeImport", "编号 {0} 已被本计划的另一项任务使用").format(code)
            self.titles.add(v.get("title", ""))
            self.codes.add(code)
            return ADD, tr("NoticeImport", "新增任务（进展情况不导入）")
        if row.table == INSPECTIONS:
            if v.get("item", "") in self.items:
                return SKIP, tr("NoticeImport", "本计划已有同名督查事项")
            self.items.add(v.get("item", ""))
            try:
                parse_period(v.get("time", ""), year)
            except PeriodError:
                return ADD, tr("NoticeImport", "新增督查事项；时间“{0}”无法识别，未排入日历").format(v.get("time", ""))
            return ADD, tr("NoticeImport", "新增督查事项")
        key = (v.get("kind", ""), _same(v.get("content", "")))
        if key in self.rules:
            return SKIP, tr("NoticeImport", "本计划已有这条宣传推广规则")
        self.rules.add(key)
        return ADD, tr("NoticeImport", "新增宣传推广规则；计数要求请在“指标”页设置")


def _title(row: NoticeRow) -> str:
    return row.values.get({TASKS: "title", INSPECTIONS: "item", QUOTAS: "kind"}[row.table], "")


def _code(row: NoticeRow) -> str:
    """A task's code: the sheet's (附件2-3 → 2-3), with the row's 序号 after a dot past its first row."""
    if row.table != TASKS:
        return row.seq
    if row.code:
        return row.code if row.seq in ("", "1") else f"{row.code}.{row.seq}"
    return f"2-{row.seq}" if row.seq else "2"


def _judged(session, plan_id: int, path: Path) -> tuple[NoticePreview, list[NoticeRow]]:
    tables = read_notice_tables(path)
    year = session.get(Plan, plan_id).year
    known = _Known(session, plan_id)
    items = []
    for row in tables.rows:
        code = _code(row)
        action, note = known.judge(row, code, year)
        items.append(NoticeItem(row.table, _attachment(row.table), row.sheet, row.row, code, _title(row), action, note))
    return NoticePreview(path, items, tables.skipped_sheets), tables.rows


def preview_notice(database: Database, plan_id: int, path: Path) -> NoticePreview:
    """What importing *path* into the plan would do, row by row (nothing is written)."""
    with database.read() as session:
        return _judged(session, plan_id, Path(path))[0]


def import_notice(database: Database, plan_id: int, path: Path) -> NoticePreview:
    """Add the rows the preview marks 新增, in one write; returns that preview."""
    with database.write(note=tr("NoticeImport", "导入通知附件表格")) as session:
        ensure_editable(session, plan_id)
        preview, rows = _judged(session, plan_id, Path(path))
        writer = _Writer(session, plan_id)
        for item, row in zip(preview.items, rows):
            if item.action == ADD:
                writer.add(row, item.number)
    return preview


class _Writer:
    def __init__(self, session, plan_id: int):
        self.session, self.plan_id = session, plan_id
        self.year = session.get(Plan, plan_id).year
        self.matcher = read_matcher(session_fetch(session), plan_id)
        self.recent: list = []
        self.position = session.scalar(select(func.max(Task.position)).where(Task.plan_id == plan_id)) or 0

    def add(self, row: NoticeRow, code: str) -> None:
        {TASKS: self._task, INSPECTIONS: self._inspection, QUOTAS: self._rule}[row.table](row, code)

    def _task(self, row: NoticeRow, code: str) -> None:
        v = row.values
        difficulties, expected = split_difficulty(v.get("difficulty", ""))
        self.position += 1
        task = Task(
            plan_id=self.plan_id, code=code, seq=int(row.seq) if row.seq.isdigit() else 1, position=self.position,
            title=v.get("title", ""), level=TaskLevel.CITY, status=Status.NOT_STARTED, difficulties=difficulties,
            expected_results=expected, responsible_unit=v.get("unit", ""),
            responsible_person_text=v.get("person", ""), special_group=v.get("group", ""),
            requirement=v.get("requirement", ""),
        )
        self.session.add(task)
        self.session.flush()
        record_event(self.session, task.id, EventKind.CREATED, tr("NoticeImport", "由通知附件表格导入"))
        refresh_search_key(self.session, task.id)

    def _inspection(self, row: NoticeRow, _code: str) -> None:
        v = row.values
        plan_text = v.get("plan", "")
        preparation = preparation_text(plan_text)
        inspection = Inspection(
            plan_id=self.plan_id, seq=int(row.seq) if row.seq.isdigit() else 0, item=v.get("item", ""),
            content=v.get("content", ""), inspector=v.get("inspector", ""), inspected=v.get("inspected", ""),
            time_text=v.get("time", ""), plan_text=plan_text, preparation_text=preparation,
        )
        for kind, text in ((WindowKind.INSPECTION, v.get("time", "")), (WindowKind.PREPARATION, preparation)):
            try:
                period = parse_period(text, self.year)
            except PeriodError:
                continue
            inspection.continuous = inspection.continuous or (kind is WindowKind.PREPARATION and period.continuous)
            for window in period.windows:
                inspection.windows.append(DateWindow(kind=kind, start=window.start, end=window.end, text=text))
        units = self.matcher.parse_units(plan_text, self.recent)
        for position, (role, department) in enumerate(
            [(TaskUnitRole.LEAD, d) for d in units.lead] + [(TaskUnitRole.CO, d) for d in units.co]
        ):
            inspection.units.append(InspectionUnit(department_id=department.id, role=role, position=position))
        if units.co:
            self.recent = list(units.co)
        self.session.add(inspection)

    def _rule(self, row: NoticeRow, _code: str) -> None:
        v = row.values
        self.session.add(QuotaRule(
            plan_id=self.plan_id, seq=int(row.seq) if row.seq.isdigit() else 0, kind=v.get("kind", ""),
            content=v.get("content", ""), responsible=v.get("responsible", ""), plan_text=v.get("plan", ""),
        ))


__all__ = ["ADD", "SKIP", "NoticeItem", "NoticePreview", "import_notice", "preview_notice"]
