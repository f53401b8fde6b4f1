"""GUI benchmark of the 指标 tab's matrix: how fast it updates after an item is added.

A sample database (SQLite, in a temporary folder) gets ``--sections`` (default 30) sections,
each with the publicity requirements of 附件 4's sections (改革信息 1 a month or 1 every
2 months, 媒体报道 1 every 2 months collected by the 25th, 5–6 月 and 12 月 duties), and
``--items`` (default 20,000) items of the plan year spread over the rules, sections and
days (seed 1). A ``QuotasTab`` is shown offscreen at 1400×900 with the matrix page in front.

Timed, each run adding one new item first (untimed, through the service, as the entry row does):

  matrix update:  ``tab.item_added(draft)`` (what the entry row does after its save: the new
                  item's rule, section and month counted once more in the counts held, the
                  matrix recomputed, the model updated in place, the charts redrawn) and a
                  synchronous ``matrix_view.repaint()`` — goal: median <= 100 ms;
  matrix requery: the same with the counts read again (``tab.refresh_counts()``: one aggregate
                  query of the year's items per rule, section and month), as after an edit or
                  a delete — for reference;
  entry save:     the whole Enter in the entry row (``tab.save_entry()``): the write with its
                  lock and audit, the matrix update and the selected cell's item list (the
                  条目 page, not shown, is read when next shown) — for reference;
  kind filter:    switching the 事项 filter (matrix recomputed from the counts held), for reference.

Median of ``--runs`` (default 25) after ``--warmup`` (default 3) discarded runs.

Run from the repo root:

    .venv/bin/python benchmarks/quota_matrix.py [--items 20000] [--sections 30] [--runs 25]

Results go to benchmarks/results/quota_matrix-<timestamp>.json (git-ignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from _common import REPO_ROOT, RESULTS_DIR, machine, reproduce_command, summarize

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

GOAL_MS = 100.0
WORDS = ("三制一补", "揭榜制", "赛马制", "科技创新", "人才飞地", "成果转化", "高新技术企业", "研发投入", "奖补政策",
         "创新型城市", "科创中国", "东盟合作", "平台建设", "人才引进", "改革攻坚", "典型经验")
CHANNELS = ("柳州日报", "广西日报", "科技日报", "柳州科技微信公众号", "自治区改革信息简报", "")


def build(path: Path, sections: int, items: int) -> tuple[object, int]:
    from sqlalchemy import insert, select

    from desktop.models import Department, DepartmentKind, QuotaScope
    from desktop.models.quota import PublicityItem, QuotaRequirement, QuotaRule
    from desktop.services.workspace import create_database, current_plan

    database = create_database(path, with_sample=True)
    plan = current_plan(database)
    rng = random.Random(1)
    with database.write("基准测试数据") as session:
        departments = session.scalars(
            select(Department).where(Department.plan_id == plan.id, Department.kind == DepartmentKind.SECTION)
        ).all()
        ids = [d.id for d in departments]
        for number in range(len(ids), sections):
            department = Department(plan_id=plan.id, name=f"第{number + 1}科", kind=DepartmentKind.SECTION, position=100 + number)
            session.add(department)
            session.flush()
            ids.append(department.id)
        ids = ids[:sections]
        rules = session.scalars(
            select(QuotaRule).where(QuotaRule.plan_id == plan.id).order_by(QuotaRule.seq)
        ).all()
        rule_ids = [r.id for r in rules]
        by_kind = {r.kind: r.id for r in rules}
        with_duty = {
            r.department_id
            for r in session.scalars(select(QuotaRequirement).where(QuotaRequirement.department_id.is_not(None)))
        }
        for department_id in ids:
            if department_id in with_duty:
                continue
            for rule_kind, every, months, collect in (
                ("改革信息", rng.choice((1, 2)), "", None),
                ("媒体报道", 2, "", 25),
                ("经验交流推广", None, "5,6", None),
                ("优秀成果评选", None, "12", None),
            ):
                session.add(
                    QuotaRequirement(
                        rule_id=by_kind[rule_kind], scope=QuotaScope.SECTION, department_id=department_id, amount=1,
                        every_months=every, months=months, collect_day=collect, position=10,
                    )
                )
        rows = []
        for number in range(items):
            day = dt.date(plan.year, 1, 1) + dt.timedelta(days=rng.randrange(365))
            title = "".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))) + f"（{number}）"
            rows.append({
                "plan_id": plan.id, "rule_id": rng.choice(rule_ids), "department_id": rng.choice(ids), "title": title,
                "date": day, "channel": rng.choice(CHANNELS), "published": rng.random() < 0.6, "link": "", "note": "",
                "version": 1,
            })
        session.execute(insert(PublicityItem), rows)
    return database, plan.id


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=20000, help="items in the plan year (default 20000)")
    parser.add_argument("--sections", type=int, default=30, help="sections with duties (default 30)")
    parser.add_argument("--runs", type=int, default=25, help="measured runs of each subject (default 25)")
    parser.add_argument("--warmup", type=int, default=3, help="discarded runs first (default 3)")
    parser.add_argument("--screenshot", help="save the tab to this PNG")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DUBAN_HOME", tempfile.mkdtemp(prefix="duban-bench-"))

    from PySide6.QtWidgets import QApplication

    from desktop.services import quotas
    from desktop.views.quotas_tab import QuotasTab

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="duban-bench-"))
    started = time.perf_counter()
    database, plan_id = build(folder / "quotas.duban", args.sections, args.items)
    built_s = time.perf_counter() - started
    tab = QuotasTab()
    tab.today = dt.date(2022, 9, 26)
    tab.resize(1400, 900)
    tab.show()
    tab.load(database, plan_id)
    app.processEvents()
    rows = tab.matrix_model.rowCount()
    first = tab.matrix.rows[0]
    tab.matrix_view.setCurrentIndex(tab.cell_index(first.department_id, 9))
    app.processEvents()
    if args.screenshot:
        tab.grab().save(args.screenshot)
    rule_id = tab.data.rules[0].id
    rng = random.Random(2)

    def add_one():
        section = rng.choice(tab.data.sections)
        day = dt.date(2022, rng.randint(1, 12), rng.randint(1, 28))
        draft = quotas.ItemDraft(rule_id, section.id, f"新增条目{rng.random()}", day)
        quotas.add_item(database, plan_id, draft)
        return draft

    update_samples, requery_samples = [], []
    for run in range(args.warmup + args.runs):
        draft = add_one()
        sample = timed(lambda: (tab.item_added(draft), tab.matrix_view.repaint()))
        if run >= args.warmup:
            update_samples.append(sample)
    for run in range(args.warmup + args.runs):
        add_one()
        sample = timed(lambda: (tab.refresh_counts(), tab.matrix_view.repaint()))
        if run >= args.warmup:
            requery_samples.append(sample)
    total_before = sum(c.month_delivered for c in tab.matrix.bureau.cells)

    save_samples = []
    for run in range(args.warmup + args.runs):
        tab.entry.title.setText(f"回车登记{run}")
        sample = timed(lambda: (tab.save_entry(), tab.matrix_view.repaint()))
        if run >= args.warmup:
            save_samples.append(sample)
    total_after = sum(c.month_delivered for c in tab.matrix.bureau.cells)
    assert total_after == total_before + args.warmup + args.runs, (total_before, total_after)

    kinds = [tab.kind_filter.itemData(i) for i in range(tab.kind_filter.count())]
    filter_samples = []
    for run in range(args.warmup + args.runs):
        index = (run + 1) % len(kinds)
        sample = timed(lambda: (tab.kind_filter.setCurrentIndex(index), tab.matrix_view.repaint()))
        if run >= args.warmup:
            filter_samples.append(sample)

    results = {
        "matrix_update": summarize(update_samples),
        "matrix_requery": summarize(requery_samples),
        "entry_save": summarize(save_samples),
        "kind_filter": summarize(filter_samples),
    }
    print(f"{args.items} items, {rows - 1} section rows + the bureau row, built in {built_s:.1f} s")
    for name, summary in results.items():
        print(f"  {name:14s} median {summary['median_ms']:7.2f} ms  (min {summary['min_ms']:.2f}, max {summary['max_ms']:.2f}, n={summary['n']})")
    met = results["matrix_update"]["median_ms"] <= GOAL_MS
    print(f"goal: matrix update after an item is added, median <= {GOAL_MS:g} ms: {'MET' if met else 'NOT MET'}")
    RESULTS_DIR.mkdir(exist_ok=True)
    out = RESULTS_DIR / f"quota_matrix-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps({
        "command": reproduce_command(__file__),
        "items": args.items,
        "sections": args.sections,
        "matrix_rows": rows,
        "results": results,
        "goal_ms": GOAL_MS,
        "met": met,
        **machine(),
    }, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"written {out.relative_to(REPO_ROOT)}")
    database.close()


if __name__ == "__main__":
    main()
