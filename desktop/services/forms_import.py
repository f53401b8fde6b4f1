"""Importing returned ledger forms (反馈): a preview per file first, then only what the person chose.

A returned form becomes a new progress report of its task, with its source (file name,
content hash, section, date). The section is the one the form's identity names, or for a form
a section made itself, the one its file name names (规配科5月台帐.xlsx, or 发展规划与资源配置科…),
by either of its names (:mod:`desktop.people.names`); reports are signed with its short name. The same file imported twice does nothing; a form made
before its task last changed is a conflict shown with both texts; a form a section made
itself without Duban's identity is matched by title, and a match below certainty waits
for the person to confirm it. A bad file changes nothing and does not stop the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from desktop.db.database import Database
from desktop.errors import UserError
from desktop.excel.importing import FormError, ParsedForm, read_form
from desktop.i18n import tr
from desktop.models import Plan, ProgressReport, ReportSource, Task, TaskUnit, TaskUnitRole
from desktop.models.task import PROGRESS_LIMIT, latest_accepted_id, ledger_difficulty_text
from desktop.people.names import DepartmentMatcher
from desktop.people.reading import read_matcher, session_fetch
from desktop.services.editing import word_count
from desktop.text import normalize

READY = "ready"
IMPORTED = "imported"
UNCHANGED = "unchanged"
DUPLICATE = "duplicate"
CONFLICT = "conflict"
NEEDS_CONFIRMATION = "needs-confirmation"
REJECTED = "rejected"
#: How a file's rows add up to the file's status, worst first.
_SEVERITY = [REJECTED, CONFLICT, NEEDS_CONFIRMATION, DUPLICATE, UNCHANGED, READY, IMPORTED]
#: A title this similar (0..1) to a task's, in a form without Duban's identity, is certain.
CERTAIN_MATCH = 0.97
POSSIBLE_MATCH = 0.75
FORM_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".et"}


def status_label(status: str) -> str:
    return {
        READY: tr("Import", "可导入"),
        IMPORTED: tr("Import", "已导入"),
        UNCHANGED: tr("Import", "未修改"),
        DUPLICATE: tr("Import", "重复文件"),
        CONFLICT: tr("Import", "冲突"),
        NEEDS_CONFIRMATION: tr("Import", "需确认"),
        REJECTED: tr("Import", "已拒绝"),
    }[status]


@dataclass
class RowPreview:
    code: str
    title: str
    task_id: int | None
    old_text: str
    new_text: str
    status: str
    cell: str
    messages: list[str] = field(default_factory=list)
    over_limit: bool = False
    confidence: float = 1.0

    @property
    def importable(self) -> bool:
        return self.status in (READY, NEEDS_CONFIRMATION, CONFLICT)


@dataclass
class FilePreview:
    path: Path
    sha256: str = ""
    section: str = ""
    period: str = ""
    error: str = ""
    rows: list[RowPreview] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.error:
            return REJECTED
        statuses = {row.status for row in self.rows} or {REJECTED}
        return next(s for s in _SEVERITY if s in statuses)

    def as_dict(self) -> dict:
        return {
            "file": str(self.path),
            "status": self.status,
            "error": self.error,
            "section": self.section,
            "period": self.period,
            "tasks": [
                {
                    "code": r.code,
                    "title": r.title,
                    "task_id": r.task_id,
                    "status": r.status,
                    "cell": r.cell,
                    "errors": r.messages,
                    "over_limit": r.over_limit,
                }
                for r in self.rows
            ],
        }


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to import: files as given, and the spreadsheets inside folders (not recursing)."""
    found: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found += sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in FORM_SUFFIXES and not p.name.startswith("~$")
            )
        else:
            found.append(path)
    return found


@dataclass(frozen=True)
class TaskState:
    id: int
    code: str
    title: str
    version: int
    latest_report_id: int | None
    latest_text: str
    #: The 难点堵点及预期成果 cell as a form made now would show it.
    difficulty_text: str


def task_states(session, plan_id: int) -> dict[int, TaskState]:
    """Each task with its revision and its latest accepted report (what a form is prefilled with)."""
    latest = latest_accepted_id(Task.id).label("report_id")
    tasks = select(
        Task.id, Task.code, Task.title, Task.version, latest, Task.difficulties, Task.expected_results
    ).where(Task.plan_id == plan_id).subquery()
    rows = session.execute(
        select(tasks, ProgressReport.text).outerjoin(ProgressReport, ProgressReport.id == tasks.c.report_id)
    ).all()
    return {
        r[0]: TaskState(r[0], r[1], r[2], r[3], r[4], r[7] or "", ledger_difficulty_text(r[5], r[6])) for r in rows
    }


def preview_files(
    database: Database,
    plan_id: int,
    paths: Iterable[Path],
    *,
    progress: Callable[[int, int, Path], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[FilePreview]:
    """Read every file and say what importing it would do; nothing is written."""
    paths = list(paths)
    database_id = database.meta().get("database_id", "")
    with database.read() as session:
        plan = session.get(Plan, plan_id)
        tasks = task_states(session, plan_id)
        matcher = read_matcher(session_fetch(session), plan_id)
        leads: dict[int, set[int]] = {}
        for task_id, department_id in session.execute(
            select(TaskUnit.task_id, TaskUnit.department_id)
            .join(Task, Task.id == TaskUnit.task_id)
            .where(Task.plan_id == plan_id, TaskUnit.role == TaskUnitRole.LEAD)
        ):
            leads.setdefault(department_id, set()).add(task_id)
        imported = {
            (task_id, digest)
            for task_id, digest in session.execute(
                select(ProgressReport.task_id, ProgressReport.source_hash)
                .join(Task, Task.id == ProgressReport.task_id)
                .where(Task.plan_id == plan_id, ProgressReport.source_hash != "")
            )
        }
    by_title = {normalize(t.title): t for t in tasks.values()}
    by_code = {t.code: t for t in tasks.values()}
    previews = []
    for number, path in enumerate(paths, start=1):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(number, len(paths), path)
        preview = FilePreview(path=path)
        try:
            form = read_form(path)
        except FormError as error:
            preview.error = error.message
        except UserError as error:  # a malformed identity sheet
            preview.error = tr("Import", "{0}：{1}").format(path.name, error.message)
        else:
            named = matcher.mentioned_in(path.stem)
            # A section's own form: its titles are compared with the tasks it leads, when its name says which.
            led = leads.get(named[0].id, set()) if named else set()
            candidates = {key: t for key, t in by_title.items() if t.id in led} or by_title
            _preview_form(preview, form, plan, database_id, tasks, by_title, by_code, imported, candidates)
            preview.section = _section_of(matcher, preview.section, form.path)
        previews.append(preview)
    return previews


def _section_of(matcher: DepartmentMatcher, named: str, path: Path) -> str:
    """The section a form comes from, by its short name: the one its identity names, else its file name's."""
    if named:
        found = matcher.find(named)
        return found.display_name if found is not None else named
    mentioned = matcher.mentioned_in(path.stem)
    return mentioned[0].display_name if mentioned else ""


def _preview_form(preview, form: ParsedForm, plan, database_id, tasks, by_title, by_code, imported, candidates) -> None:
    preview.sha256 = form.sha256
    identity = form.identity
    name = form.path.name
    if identity is not None:
        if identity.database_id != database_id:
            preview.error = tr("Import", "{0}：这份表格是从另一个督办台数据库导出的，不能导入到当前文件。").format(name)
            return
        if identity.plan_id != plan.id:
            preview.error = tr("Import", "{0}：这份表格属于另一个计划（{1}），不是当前计划 {2}。").format(
                name, identity.plan_doc_number, plan.doc_number
            )
            return
        preview.section, preview.period = identity.section, identity.period
    made = {t.code: t for t in identity.tasks} if identity is not None else {}
    for row in form.rows:
        cell = f"{form.sheet}!{row.progress_cell}"
        item = RowPreview(row.code, row.title, None, "", row.progress, READY, cell)
        preview.rows.append(item)
        state, confidence = _match(row, identity, made, tasks, by_title, by_code, candidates)
        if state is None:
            item.status = REJECTED
            item.messages.append(tr("Import", "第 {0} 行的任务“{1}”在当前计划中找不到。").format(row.row, row.title))
            continue
        item.task_id, item.title, item.old_text, item.confidence = state.id, state.title, state.latest_text, confidence
        if identity is not None and row.difficulties and normalize(row.difficulties) != normalize(state.difficulty_text):
            # Only the progress becomes a report; a changed task description is shown, never dropped silently.
            item.messages.append(
                tr("Import", "科室改动了“难点堵点及预期成果”（{0}!C{1}），督办台不会自动改写任务，请在任务页核对：{2}").format(
                    form.sheet, row.row, row.difficulties
                )
            )
        if row.formula:
            item.status = REJECTED
            item.messages.append(
                tr("Import", "{0} 是公式，没有可用的文字。请复制该单元格后“选择性粘贴 → 数值”，保存后再导入。").format(cell)
            )
            continue
        if not row.progress:
            item.status = REJECTED
            item.messages.append(tr("Import", "{0}（进展情况）是空的，没有可导入的内容。").format(cell))
            continue
        if (state.id, form.sha256) in imported:
            item.status = DUPLICATE
            item.messages.append(tr("Import", "这个文件已经导入过，不会重复导入。"))
            continue
        if normalize(row.progress) == normalize(state.latest_text):
            item.status = UNCHANGED
            item.messages.append(tr("Import", "进展情况与现有内容相同，没有需要导入的内容。"))
            continue
        if word_count(row.progress) > PROGRESS_LIMIT:
            item.over_limit = True
            item.status = NEEDS_CONFIRMATION
            item.messages.append(
                tr("Import", "{0} 的进展情况有 {1} 字，超过 {2} 字；确认后导入并标为“超字数”。").format(
                    cell, word_count(row.progress), PROGRESS_LIMIT
                )
            )
        if confidence < CERTAIN_MATCH:
            item.status = NEEDS_CONFIRMATION
            item.messages.append(
                tr("Import", "第 {0} 行的事项名称与“{1}”相近（相似度 {2:.0%}），请确认是同一项任务。").format(
                    row.row, state.title, confidence
                )
            )
        form_task = made.get(row.code)
        if form_task is not None and (
            form_task.version != state.version or form_task.latest_report_id != state.latest_report_id
        ):
            item.status = CONFLICT
            item.messages.append(
                tr("Import", "这份表格导出之后，任务“{0}”又有了改动。请对照新旧两段文字，确认后再导入。").format(state.title)
            )


def _match(row, identity, made, tasks, by_title, by_code, candidates) -> tuple[TaskState | None, float]:
    if identity is not None:
        form_task = made.get(row.code)
        if form_task is None:
            form_task = next((t for t in identity.tasks if normalize(t.title) == normalize(row.title)), None)
        if form_task is None:
            return None, 0.0
        return tasks.get(form_task.task_id), 1.0
    key = normalize(row.title)
    if key in by_title:
        return by_title[key], 1.0
    best, score = None, 0.0
    for title_key, state in candidates.items():
        ratio = _similarity(key, title_key)
        if ratio > score:
            best, score = state, ratio
    if best is not None and score >= POSSIBLE_MATCH:
        return best, score
    if row.code in by_code and key:
        return by_code[row.code], POSSIBLE_MATCH
    return None, 0.0


def _similarity(key: str, title_key: str) -> float:
    """How alike two normalised titles are (0..1); a form's row that keeps one clause of the title scores high.

    rapidfuzz is imported here, not at start-up: only an import of returned forms needs it.
    """
    from rapidfuzz import fuzz

    whole = fuzz.ratio(key, title_key)
    if min(len(key), len(title_key)) < 4:  # a clause this short says too little
        return whole / 100
    # A clause scores a little below a whole title, so that it is always proposed, never certain.
    return max(whole, 0.95 * fuzz.partial_ratio(key, title_key)) / 100


@dataclass
class ImportResult:
    path: Path
    imported: int
    report_ids: list[int]


def apply(
    database: Database,
    previews: Iterable[FilePreview],
    *,
    chosen: Callable[[FilePreview, RowPreview], bool] | None = None,
    today: dt.date | None = None,
) -> list[ImportResult]:
    """Import the rows the person chose (by default: the rows that are ready).

    Rows needing confirmation or in conflict are imported only when *chosen* says so.
    All files go in one write transaction with a savepoint each: a file whose rows cannot
    all be written leaves nothing behind and does not stop the others. When no row is to be
    written (every file rejected, say), nothing is: no save is recorded, the revision stays.
    """
    from desktop.services.reports import add_report_in

    today = today or dt.date.today()
    wanted = [
        (
            preview,
            [
                row for row in preview.rows
                if row.importable and (chosen(preview, row) if chosen is not None else row.status == READY)
            ],
        )
        for preview in previews
    ]
    results = [ImportResult(preview.path, 0, []) for preview, _ in wanted]
    if not any(rows for _, rows in wanted):
        return results  # nothing to write: no save, no revision for the other PCs to refresh for
    with database.write(note=tr("Import", "导入返回的台帐")) as session:
        for (preview, rows), result in zip(wanted, results):
            if not rows:
                continue
            try:
                with session.begin_nested():
                    for row in rows:
                        result.report_ids.append(
                            add_report_in(
                                session,
                                row.task_id,
                                preview.period or tr("Import", "{0}年{1}月").format(today.year, today.month),
                                row.new_text,
                                author=preview.section or preview.path.stem,
                                reported_on=today,
                                source=ReportSource.IMPORT,
                                source_ref=preview.path.name,
                                source_hash=preview.sha256,
                                confirm_over_limit=True,
                            )
                        )
            except UserError as error:
                result.report_ids.clear()
                preview.error = tr("Import", "{0}：{1}").format(preview.path.name, error.message)
                continue
            for row in rows:
                row.status = IMPORTED
            result.imported = len(rows)
    return results
