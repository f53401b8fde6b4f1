"""Build a large Duban database for benchmarks: the sample 2022 plan grown to thousands of tasks.

The database is made with :func:`desktop.services.workspace.create_database` (schema and
the built-in plan 柳科通〔2022〕20号, plan id 1, with its departments and people); the
generated tasks are then added to that plan with their lead/co/responsible units,
measures, milestones, indicators with values, progress reports and a few thousand
audit entries. Texts are made by joining clauses taken from the plan file itself
(resources/plans/liukotong-2022-20.toml) so they read like the real ledger; dates fall
in the plan year 2022; statuses are mixed and open items with past deadlines are overdue.

All generated rows go in with SQLAlchemy Core bulk inserts inside one ``database.write()``
transaction: the ORM path would write an audit row per object. Each task's
``search_key`` is computed by the app's own :func:`desktop.models.search.task_search_key`
(which caches the pinyin of each run of Chinese characters); at the end a sample of keys is
recomputed from the stored task and measures, as ``refresh_search_key`` would, and compared.

Run from the repo root:

    .venv/bin/python benchmarks/generate_plan.py OUT.duban [--tasks 5000 --measures 20000 --reports 50000] [--seed 1]

The output file must not exist yet.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import re
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

PLAN_ID = 1
YEAR = 2022
FIRST_CODE_TABLE = 3  # the sample plan uses 2-1 and 2-2
TASKS_PER_TABLE = 100
UNITS = ("%", "项", "家", "个", "万元", "亿元", "人", "次", "篇", "场")
OS_USERS = ("zhonglina", "huangyijun", "qinjingtao", "zengzhiyong", "zhoubing", "yangjianjun", "lichaotuan")
MACHINES = ("KJJ-GPK-PC01", "KJJ-RCK-PC02", "KJJ-FJK-PC03", "KJJ-ZDK-PC04", "KJJ-BGS-PC05")


# -- phrases -------------------------------------------------------------------------------

#: Where a clause ends: Chinese punctuation, line breaks, list numbers (1. / （一） / 一、).
_CLAUSE_BREAK = re.compile(r"[，。；：！？\n]|(?<![\d.])\d{1,2}[.．、]\s*|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PAIRS = (("“", "”"), ("（", "）"), ("(", ")"), ("《", "》"), ("〔", "〕"))

#: Plan-file keys whose text is prose (not names, headings or addresses).
_PROSE_KEYS = {
    "body", "notice_text", "title", "heading", "difficulties", "expected_results", "requirement",
    "description", "text", "source", "name", "content", "plan", "preparation", "method", "special_group",
}
_SKIP_SECTIONS = {"departments", "people", "contacts"}


def _prose(value, key: str = "") -> list[str]:
    if isinstance(value, str):
        return [value] if key in _PROSE_KEYS else []
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in _SKIP_SECTIONS for s in _prose(v, k)]
    if isinstance(value, list):
        return [s for v in value for s in _prose(v, key)]
    return []


def _balanced(text: str) -> bool:
    return all(text.count(a) == text.count(b) for a, b in _PAIRS)


@dataclass
class Phrases:
    """Clauses of the real plan, by length, to build texts from."""

    clauses: list[str]
    short: list[str]  # 6-20 characters: measure and milestone titles
    medium: list[str]  # 8-30 characters: indicator names, title parts
    special_groups: list[str]
    review_notes: list[str]

    @classmethod
    def load(cls, path: Path) -> Phrases:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        data = {k: v for k, v in data.items() if k != "plan"} | {"plan": {"body": data["plan"].get("body", "")}}
        seen: dict[str, None] = {}
        for text in _prose(data):
            for clause in _CLAUSE_BREAK.split(text):
                clause = clause.strip(" 　、").replace("\u3000", "")
                if len(_HAN.findall(clause)) >= 4 and _balanced(clause) and "@" not in clause:
                    seen.setdefault(clause, None)
        clauses = list(seen)
        groups = sorted({g for t in data.get("tasks", []) for g in t.get("special_group", "").split("；") if g})
        groups += ["科技体制改革专项小组", "创新驱动发展专项小组", "营商环境改革专项小组"]
        return cls(
            clauses=clauses,
            short=[c for c in clauses if 6 <= len(c) <= 20],
            medium=[c for c in clauses if 8 <= len(c) <= 30],
            special_groups=groups,
            review_notes=[f"请补充{c}的具体成效和数据。" for c in clauses if 4 <= len(c) <= 14],
        )


class TextMaker:
    """Texts of a given length range, made of clauses joined by Chinese punctuation."""

    def __init__(self, phrases: Phrases, rng: random.Random):
        self.p = phrases
        self.rng = rng

    def sentence(self, low: int, high: int, pool: list[str] | None = None, end: str = "") -> str:
        """Clauses joined with '，' until the length falls in [low, high]."""
        pool = pool or self.p.clauses
        target = self.rng.randint(low, high)
        for _ in range(50):
            parts: list[str] = []
            length = len(end)
            while length < target:
                clause = self.rng.choice(pool)
                parts.append(clause)
                length += len(clause) + (1 if len(parts) > 1 else 0)
            if length <= high:
                return "，".join(parts) + end
        return ("，".join(parts))[: high - len(end)] + end

    def numbered(self, low: int, high: int, items: tuple[int, int] = (2, 4)) -> str:
        """A numbered list (1. …。2. …。) as the ledger writes difficulties and progress."""
        for _ in range(20):
            count = self.rng.randint(*items)
            budget = (self.rng.randint(low, high) - 4 * count) // count  # "n. " and a line break each
            lines = [
                f"{number}. " + self.sentence(budget * 3 // 4, budget, end="。")
                for number in range(1, count + 1)
            ]
            text = "".join(line + ("\n" if self.rng.random() < 0.5 else "") for line in lines).rstrip("\n")
            if low <= len(text) <= high:
                return text
        return text[: high - 1] + "。"

    def title(self) -> str:
        return self.sentence(30, 60, pool=self.p.medium)


# -- the plan's people and departments --------------------------------------------------------


@dataclass
class Org:
    sections: list[tuple[int, str]]  # (id, display name)
    affiliates: list[int]
    externals: list[tuple[int, str]]
    heads: dict[int, tuple[int, str, str]]  # section id -> (person id, name, title)
    leaders: list[tuple[int, str, str]]
    ledger_headings: str

    @classmethod
    def read(cls, session) -> Org:
        from sqlalchemy import select

        from desktop.models import Department, DepartmentKind, Person, Task

        departments = session.scalars(select(Department).where(Department.plan_id == PLAN_ID)).all()
        people = session.scalars(select(Person).where(Person.plan_id == PLAN_ID)).all()
        sections = [(d.id, d.name) for d in departments if d.kind is DepartmentKind.SECTION]
        heads = {p.department_id: (p.id, p.name, p.title) for p in people if p.department_id is not None}
        leaders = [(p.id, p.name, p.title) for p in people if p.department_id is None and "局长" in p.title]
        headings = session.scalar(select(Task.ledger_headings).where(Task.plan_id == PLAN_ID).order_by(Task.id))
        if not sections or not leaders:
            raise RuntimeError("the sample plan has no sections or leaders: was it loaded?")
        return cls(
            sections=sections,
            affiliates=[d.id for d in departments if d.kind is DepartmentKind.AFFILIATE],
            externals=[(d.id, d.name) for d in departments if d.kind is DepartmentKind.EXTERNAL],
            heads=heads,
            leaders=leaders,
            ledger_headings=headings or "",
        )


# -- dates -----------------------------------------------------------------------------------------


def month_end(month: int) -> dt.date:
    return dt.date(YEAR, month, calendar.monthrange(YEAR, month)[1])


def random_day(rng: random.Random, start: dt.date = dt.date(YEAR, 1, 4),
               end: dt.date = dt.date(YEAR, 12, 30)) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def deadline(rng: random.Random) -> tuple[str, dt.date]:
    """A deadline as the plan writes it, with its date."""
    month = rng.randint(2, 12)
    kind = rng.random()
    if kind < 0.45:
        return f"{month} 月前", month_end(month)
    if kind < 0.7:
        return f"{month}月底前", month_end(month)
    if kind < 0.9:
        quarter = rng.randint(1, 4)
        return f"第{'一二三四'[quarter - 1]}季度", month_end(quarter * 3)
    return "年底前", dt.date(YEAR, 12, 31)


def spread(rng: random.Random, total: int, weights: list[float]) -> list[int]:
    """*total* items over len(weights) owners in proportion to the weights (a multinomial draw)."""
    owners = [i for i, w in enumerate(weights) if w > 0]
    counts = [0] * len(weights)
    if not owners:
        return counts
    for i in rng.choices(owners, weights=[weights[i] for i in owners], k=total):
        counts[i] += 1
    return counts


# -- rows --------------------------------------------------------------------------------------------

TASK_STATUS_WEIGHTS = {"not_started": 0.10, "in_progress": 0.60, "done": 0.22, "on_hold": 0.08}
MEASURE_STATUS_BY_TASK = {
    "not_started": {"not_started": 1.0},
    "in_progress": {"not_started": 0.12, "in_progress": 0.45, "done": 0.38, "on_hold": 0.05},
    "done": {"done": 1.0},
    "on_hold": {"on_hold": 0.6, "in_progress": 0.25, "done": 0.15},
}
LEVEL_WEIGHTS = {"region_flagship": 0.1, "region": 0.3, "city": 0.6}
REPORT_STATE_WEIGHTS = {"accepted": 0.78, "submitted": 0.14, "returned": 0.08}
REPORT_SOURCE_WEIGHTS = {"manual": 0.7, "import": 0.25, "document": 0.05}
REVIEWER = "覃靖涛"  # head of 法规与监督诚信科, the office that checks the ledgers
YEAR_END = dt.date(YEAR, 12, 31)


def pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


@dataclass
class Rows:
    """The generated rows of each table, as dicts for Core bulk inserts."""

    task: list[dict] = field(default_factory=list)
    task_unit: list[dict] = field(default_factory=list)
    measure: list[dict] = field(default_factory=list)
    milestone: list[dict] = field(default_factory=list)
    indicator: list[dict] = field(default_factory=list)
    indicator_value: list[dict] = field(default_factory=list)
    progress_report: list[dict] = field(default_factory=list)
    audit_entry: list[dict] = field(default_factory=list)


@dataclass
class Assignment:
    """Who a task belongs to: sections, units, people."""

    lead: list[tuple[int, str]]
    co: list[tuple[int, str]]
    responsible: list[tuple[int, str]]
    head: tuple[int, str, str] | None
    leader: tuple[int, str, str]
    person: tuple[int, str, str]


class PlanGenerator:
    """Makes the rows of the generated tasks, with explicit ids that continue each table's."""

    def __init__(self, args: argparse.Namespace, org: Org, first_ids: dict[str, int]):
        self.args = args
        self.org = org
        self.rng = random.Random(args.seed)
        self.phrases = Phrases.load(REPO_ROOT / "resources" / "plans" / "liukotong-2022-20.toml")
        self.text = TextMaker(self.phrases, self.rng)
        self.ids = dict(first_ids)
        self.rows = Rows()
        self.task_measures: dict[int, list[dict]] = {}

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table] - 1

    def tasks(self) -> None:
        """All tasks with their units, measures, milestones, indicators and reports."""
        rng, n = self.rng, self.args.tasks
        statuses = [pick(rng, TASK_STATUS_WEIGHTS) for _ in range(n)]
        if self.args.measures >= n:
            extra = spread(rng, self.args.measures - n, [rng.uniform(0.3, 1.7) for _ in range(n)])
            measure_counts = [1 + c for c in extra]
        else:
            measure_counts = spread(rng, self.args.measures, [1.0] * n)
        report_weights = [0.0 if s == "not_started" else rng.uniform(0.4, 1.6) for s in statuses]
        report_counts = spread(rng, self.args.reports, report_weights)
        milestone_counts = spread(rng, self.args.milestones, [rng.uniform(0, 2) for _ in range(n)])
        indicator_counts = spread(rng, self.args.indicators, [rng.uniform(0, 2) for _ in range(n)])
        for i in range(n):
            who = self.assignment()
            task_id = self.task(i, statuses[i], who)
            self.units(task_id, who)
            measures = self.measures(task_id, measure_counts[i], statuses[i], who)
            self.milestones(task_id, milestone_counts[i], statuses[i], measures)
            self.indicators(task_id, indicator_counts[i])
            self.reports(task_id, report_counts[i], who)

    def assignment(self) -> Assignment:
        rng, org = self.rng, self.org
        lead = rng.sample(org.sections, 2 if rng.random() < 0.15 else 1)
        co = rng.sample([s for s in org.sections if s not in lead], rng.choice((0, 0, 1, 1, 2, 3)))
        responsible = rng.sample(org.externals, rng.randint(1, 3)) if rng.random() < 0.2 else []
        head = org.heads.get(lead[0][0])
        leader = rng.choice(org.leaders)
        person = head if head and rng.random() < 0.8 else leader
        return Assignment(lead, co, responsible, head, leader, person)

    def task(self, i: int, status: str, who: Assignment) -> int:
        rng, text, phrases = self.rng, self.text, self.phrases
        task_id = self.next_id("task")
        if rng.random() < 0.5:
            difficulties = text.numbered(130, 170, (2, 3))
        else:
            difficulties = text.sentence(130, 170, end="。")
        requirement = ""
        if rng.random() < 0.2:
            requirement = f"要求：{rng.choice(phrases.short)}，应于 {rng.randint(3, 12)} 月前完成。"
        self.rows.task.append(
            {
                "id": task_id,
                "plan_id": PLAN_ID,
                "version": 1,
                "code": f"{FIRST_CODE_TABLE + i // TASKS_PER_TABLE}-{i % TASKS_PER_TABLE + 1}",
                "seq": i % TASKS_PER_TABLE + 1,
                "position": 2 + i,
                "title": text.title(),
                "heading": "",
                "level": pick(rng, LEVEL_WEIGHTS),
                "difficulties": difficulties,
                "expected_results": text.sentence(65, 95, end="。"),
                "responsible_unit": "、".join(["市科技局"] + [name for _, name in who.responsible])
                if who.responsible else "柳州市",
                "responsible_person_text": f"{who.person[1]} {who.person[2]}".strip(),
                "responsible_person_id": who.person[0],
                "supervising_leader_id": who.leader[0],
                "section_head_id": who.head[0] if who.head else None,
                "special_group": rng.choice(phrases.special_groups) if rng.random() < 0.3 else "",
                "requirement": requirement,
                "status": status,
                "ledger_headings": self.org.ledger_headings,
                "closed_on": random_day(rng, dt.date(YEAR, 3, 1)) if status == "done" else None,
                "search_key": "",
            }
        )
        return task_id

    def units(self, task_id: int, who: Assignment) -> None:
        position = 0
        for role, departments in (("lead", who.lead), ("co", who.co), ("responsible", who.responsible)):
            for department_id, _ in departments:
                self.rows.task_unit.append(
                    {"id": self.next_id("task_unit"), "version": 1, "task_id": task_id,
                     "department_id": department_id, "role": role, "position": position}
                )
                position += 1

    def measures(self, task_id: int, count: int, task_status: str, who: Assignment) -> list[dict]:
        rng = self.rng
        measures = []
        for position in range(count):
            measures.append(
                {
                    "id": self.next_id("measure"),
                    "version": 1,
                    "task_id": task_id,
                    "position": position,
                    "title": rng.choice(self.phrases.short),
                    "description": self.text.sentence(35, 90, end="。") if rng.random() < 0.9 else "",
                    "owner_person_id": who.head[0] if who.head and rng.random() < 0.5 else None,
                    "owner_department_id": who.lead[0][0] if rng.random() < 0.5 else None,
                    "due_date": deadline(rng)[1] if rng.random() < 0.7 else None,
                    "status": pick(rng, MEASURE_STATUS_BY_TASK[task_status]),
                }
            )
        self.rows.measure.extend(measures)
        self.task_measures[task_id] = measures
        return measures

    def milestones(self, task_id: int, count: int, task_status: str, measures: list[dict]) -> None:
        rng = self.rng
        for _ in range(count):
            due_text, due = deadline(rng)
            done = task_status == "done" or (task_status == "in_progress" and rng.random() < 0.45)
            self.rows.milestone.append(
                {
                    "id": self.next_id("milestone"),
                    "version": 1,
                    "task_id": task_id,
                    "measure_id": rng.choice(measures)["id"] if measures and rng.random() < 0.5 else None,
                    "title": rng.choice(self.phrases.short) + rng.choice(("", "政策出台", "完成", "印发实施")),
                    "due_text": due_text,
                    "due_date": due,
                    "done_on": min(due + dt.timedelta(days=rng.randint(-40, 10)), YEAR_END) if done else None,
                    "source": self.text.sentence(20, 50, end="。"),
                }
            )

    def indicators(self, task_id: int, count: int) -> None:
        rng = self.rng
        for position in range(count):
            indicator_id = self.next_id("indicator")
            unit = rng.choice(UNITS)
            target = None
            if rng.random() < 0.6:
                if unit == "%":
                    target = round(rng.uniform(0.5, 60), 1)
                else:
                    target = float(rng.choice((2, 5, 10, 20, 49, 100, 300)))
            self.rows.indicator.append(
                {
                    "id": indicator_id,
                    "version": 1,
                    "task_id": task_id,
                    "position": position,
                    "name": rng.choice(self.phrases.medium),
                    "target": target,
                    "unit": unit,
                    "is_target": target is not None,
                    "source": self.text.sentence(15, 45),
                }
            )
            value = 0.0
            scale = target or rng.choice((5, 20, 100, 300))
            for as_of in sorted(random_day(rng, dt.date(YEAR, 2, 1)) for _ in range(rng.randint(1, 4))):
                value = round(value + rng.uniform(0.05, 0.4) * scale, 1)
                self.rows.indicator_value.append(
                    {"id": self.next_id("indicator_value"), "version": 1, "indicator_id": indicator_id,
                     "as_of": as_of, "value": value, "source": f"{as_of.month}月攻坚台帐", "note": ""}
                )

    def reports(self, task_id: int, count: int, who: Assignment) -> None:
        """Monthly progress, mostly accepted; a few returned and corrected by a later report."""
        rng, text = self.rng, self.text
        previous = None
        for reported_on in sorted(random_day(rng, dt.date(YEAR, 1, 10)) for _ in range(count)):
            corrects = previous is not None and rng.random() < 0.04
            if corrects and previous["state"] != "returned":
                previous.update(self.review(previous["reported_on"], "returned"))
            state = pick(rng, REPORT_STATE_WEIGHTS)
            source = pick(rng, REPORT_SOURCE_WEIGHTS)
            body = text.numbered(150, 300, (2, 4))
            if rng.random() < 0.02:  # saved past the 300-character limit after confirming
                body += text.sentence(20, 50, end="。")
            report = {
                "id": self.next_id("progress_report"),
                "version": 1,
                "task_id": task_id,
                "period": f"{YEAR}年{reported_on.month}月",
                "period_start": reported_on.replace(day=1),
                "period_end": month_end(reported_on.month),
                "text": body,
                "author": (who.head or who.person)[1],
                "reported_on": reported_on,
                "source": source,
                "source_ref": {
                    "manual": "",
                    "import": f"{YEAR}年{reported_on.month}月攻坚台帐（{who.lead[0][1]}）.xlsx",
                    "document": f"柳科通〔{YEAR}〕{rng.randint(21, 99)}号",
                }[source],
                "over_limit": len(re.sub(r"\s", "", body)) > 300,
                "created_at": dt.datetime.combine(reported_on, dt.time(rng.randint(8, 18), rng.randint(0, 59))),
                "supersedes_id": previous["id"] if corrects else None,
            } | self.review(reported_on, state)
            self.rows.progress_report.append(report)
            previous = report

    def review(self, reported_on: dt.date, state: str) -> dict:
        if state == "submitted":
            return {"state": state, "review_note": "", "reviewed_by": "", "reviewed_on": None}
        return {
            "state": state,
            "review_note": self.rng.choice(self.phrases.review_notes) if state == "returned" else "",
            "reviewed_by": REVIEWER,
            "reviewed_on": min(reported_on + dt.timedelta(days=self.rng.randint(1, 7)), YEAR_END),
        }

    def search_keys(self) -> None:
        """Each task's key from its fields and its measures (title, description), as refresh_search_key does."""
        from desktop.models.search import task_search_key

        for task in self.rows.task:
            measures = [(m["title"], m["description"]) for m in self.task_measures[task["id"]]]
            task["search_key"] = task_search_key(task, measures)

    def audit_entries(self) -> None:
        """Plausible history for a third as many tasks: status changes, edited texts, new reports."""
        rng, rows, count = self.rng, self.rows, self.args.audit
        if count <= 0 or not rows.task:
            return
        reports_by_task: dict[int, list[dict]] = {}
        for report in rows.progress_report:
            reports_by_task.setdefault(report["task_id"], []).append(report)
        tasks = rng.sample(rows.task, min(len(rows.task), max(1, count // 3)))
        entries = []
        while len(entries) < count:
            task = rng.choice(tasks)
            at = dt.datetime.combine(random_day(rng), dt.time(rng.randint(8, 18), rng.randint(0, 59)))
            entry = {"at": at, "os_user": rng.choice(OS_USERS), "machine": rng.choice(MACHINES), "plan_id": PLAN_ID,
                     "task_id": task["id"], "action": "update", "table_name": "task", "row_id": task["id"],
                     "note": "修改任务"}
            kind = rng.random()
            measures = self.task_measures[task["id"]]
            reports = reports_by_task.get(task["id"])
            if kind < 0.3 and reports:
                report = rng.choice(reports)
                values = {k: report[k] for k in ("task_id", "period", "text", "author", "source", "state")}
                entry.update(action="insert", table_name="progress_report", row_id=report["id"], note="报送进展",
                             changes=values | {"reported_on": report["reported_on"].isoformat()})
            elif kind < 0.55 and measures:
                measure = rng.choice(measures)
                old = rng.choice([s for s in TASK_STATUS_WEIGHTS if s != measure["status"]])
                entry.update(table_name="measure", row_id=measure["id"], note="修改措施",
                             changes={"status": [old, measure["status"]]})
            elif kind < 0.8:
                old = rng.choice([s for s in TASK_STATUS_WEIGHTS if s != task["status"]])
                entry.update(changes={"status": [old, task["status"]]})
            else:
                name = rng.choice(("difficulties", "expected_results", "title"))
                old = self.text.title() if name == "title" else self.text.sentence(60, 150, end="。")
                entry.update(changes={name: [old, task[name]]})
            entries.append(entry)
        entries.sort(key=lambda e: e["at"])  # ids in time order, as the log would have them
        for entry in entries:
            entry["id"] = self.next_id("audit_entry")
            entry["changes"] = json.dumps(entry["changes"], ensure_ascii=False)
        rows.audit_entry = entries


def generate(args: argparse.Namespace, org: Org, first_ids: dict[str, int], timings: dict) -> Rows:
    generator = PlanGenerator(args, org, first_ids)
    for name, step in (
        ("texts", generator.tasks),
        ("search keys", generator.search_keys),
        ("audit entries", generator.audit_entries),
    ):
        started = time.perf_counter()
        step()
        timings[name] = time.perf_counter() - started
    return generator.rows


# -- writing and checking -----------------------------------------------------------------------------

TABLES = ("task", "task_unit", "measure", "milestone", "indicator", "indicator_value", "progress_report", "audit_entry")


def table_counts(session) -> dict[str, int]:
    from sqlalchemy import text

    return {t: session.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in TABLES}


def first_ids(session) -> dict[str, int]:
    from sqlalchemy import text

    return {t: (session.execute(text(f'SELECT max(id) FROM "{t}"')).scalar() or 0) + 1 for t in TABLES}


def insert_rows(session, rows: Rows, timings: dict) -> None:
    from sqlalchemy import insert

    from desktop.models import Base

    for name in TABLES:
        batch = getattr(rows, name)
        if batch:
            started = time.perf_counter()
            session.execute(insert(Base.metadata.tables[name]), batch)
            timings[f"insert {name}"] = time.perf_counter() - started


def self_check(database, keys_sample: int, seed: int) -> tuple[int, int]:
    """Recompute the key of a sample of tasks as refresh_search_key does; (equal, checked).

    The pinyin cache is emptied first, so the stored keys (made with it warm) are compared
    with keys whose pinyin is converted afresh.
    """
    from sqlalchemy import select

    from desktop.models import Measure, Task
    from desktop.models.search import TASK_TEXT_FIELDS, pinyin_of_run, task_search_key

    pinyin_of_run.cache_clear()
    with database.read() as session:
        ids = session.scalars(select(Task.id).where(Task.plan_id == PLAN_ID).order_by(Task.id)).all()
        sample = sorted(set(ids[:2]) | set(random.Random(seed).sample(ids, min(keys_sample, len(ids)))))
        equal = 0
        for task_id in sample:
            task = session.get(Task, task_id)
            measures = session.execute(
                select(Measure.title, Measure.description).where(Measure.task_id == task_id).order_by(Measure.position)
            ).all()
            if task_search_key({name: getattr(task, name) for name in TASK_TEXT_FIELDS}, measures) == task.search_key:
                equal += 1
            else:
                print(f"  search_key MISMATCH for task {task_id} ({task.code})", file=sys.stderr)
        return equal, len(sample)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the database file to create (must not exist)")
    parser.add_argument("--tasks", type=int, default=5000, help="generated tasks (default 5000)")
    parser.add_argument("--measures", type=int, default=20000, help="measures over all tasks (default 20000)")
    parser.add_argument("--reports", type=int, default=50000, help="progress reports over all tasks (default 50000)")
    parser.add_argument("--milestones", type=int, help="milestones (default: as many as tasks)")
    parser.add_argument("--indicators", type=int, help="indicators, each with 1-4 values (default: as many as tasks)")
    parser.add_argument("--audit", type=int, default=3000, help="audit entries with task_id set (default 3000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--check", type=int, default=200, help="tasks whose search key is re-checked (default 200)")
    args = parser.parse_args(argv)
    args.milestones = args.tasks if args.milestones is None else args.milestones
    args.indicators = args.tasks if args.indicators is None else args.indicators
    if min(args.tasks, args.measures, args.reports, args.milestones, args.indicators, args.audit, args.check) < 0:
        parser.error("counts must not be negative")
    return args


@dataclass
class Outcome:
    rows: Rows
    before: dict[str, int]
    after: dict[str, int]
    foreign_key_problems: int
    keys_equal: int
    keys_checked: int
    pinyin_runs: int


def build(args: argparse.Namespace, timings: dict[str, float]) -> Outcome:
    """Create the database with the sample plan, add the generated rows in one transaction, check them."""
    from sqlalchemy import text

    from desktop.models.search import pinyin_of_run
    from desktop.services.workspace import create_database

    started = time.perf_counter()
    database = create_database(args.out, with_sample=True)
    timings["create_database (schema + sample plan)"] = time.perf_counter() - started
    try:
        with database.read() as session:
            before = table_counts(session)
        with database.write(note="benchmarks/generate_plan.py") as session:
            rows = generate(args, Org.read(session), first_ids(session), timings)
            pinyin_runs = pinyin_of_run.cache_info().currsize
            insert_rows(session, rows, timings)
            started = time.perf_counter()
        timings["commit"] = time.perf_counter() - started

        started = time.perf_counter()
        with database.read() as session:
            after = table_counts(session)
            foreign_key_problems = len(session.execute(text("PRAGMA foreign_key_check")).all())
        equal, checked = self_check(database, args.check, args.seed)
        timings["self-check"] = time.perf_counter() - started
    except BaseException:
        database.close()
        args.out.unlink(missing_ok=True)
        raise
    database.close()
    return Outcome(rows, before, after, foreign_key_problems, equal, checked, pinyin_runs)


def report(args: argparse.Namespace, outcome: Outcome, timings: dict[str, float]) -> list[str]:
    """Print row counts, timings and checks; the names of the checks that failed."""
    rows, before, after = outcome.rows, outcome.before, outcome.after
    print(f"Generated {args.out} (seed {args.seed})")
    print(f"\n{'table':<16} {'before':>8} {'added':>8} {'total':>8}")
    for name in TABLES:
        print(f"{name:<16} {before[name]:8d} {len(getattr(rows, name)):8d} {after[name]:8d}")
    print("\nTimings:")
    for name, seconds in timings.items():
        print(f"  {name:<40} {seconds:7.2f} s")
    print(f"\nPinyin runs cached by task_search_key (at most its lru_cache size): {outcome.pinyin_runs}")
    print(f"File size: {args.out.stat().st_size / 1e6:.1f} MB")

    problems = [f"{name} count" for name in TABLES if after[name] != before[name] + len(getattr(rows, name))]
    audit_ok = "audit_entry count" not in problems
    print(f"\naudit_entry: {after['audit_entry']} rows = {before['audit_entry']} of the sample plan + "
          f"{len(rows.audit_entry)} generated: " + ("OK, the bulk inserts wrote none" if audit_ok else "UNEXPECTED"))
    print(f"foreign_key_check: {'OK' if not outcome.foreign_key_problems else outcome.foreign_key_problems}")
    if outcome.foreign_key_problems:
        problems.append("foreign keys")
    print(f"search_key self-check: {outcome.keys_equal}/{outcome.keys_checked} tasks equal to task_search_key "
          "recomputed from the stored task and measures")
    if outcome.keys_equal != outcome.keys_checked:
        problems.append("search keys")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.out.exists():
        print(f"error: {args.out} already exists; generate_plan.py does not overwrite files. "
              "Choose another name or delete it first.", file=sys.stderr)
        return 1
    if not args.out.parent.is_dir():
        print(f"error: folder {args.out.parent} does not exist.", file=sys.stderr)
        return 1
    timings: dict[str, float] = {}
    started = time.perf_counter()
    outcome = build(args, timings)
    timings["total"] = time.perf_counter() - started
    problems = report(args, outcome, timings)
    if problems:
        print("SELF-CHECK FAILED: " + ", ".join(problems), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
