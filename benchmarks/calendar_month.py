"""GUI benchmark of the 日历 tab's month view: switching months with 5,000 dated entries in a month.

The entries are generated (seed 1): ``--items`` (default 5,000) per month in each of the
months visited, spread over the month's days (more on working days), about 3% of them
windows of 2 to 40 days (inspection windows such as 第三季度 are longer than a month and are
added too), every kind and light, titles of 8 to 30 Chinese characters, up to three of 8
sections. They stand in for ``desktop.calendar.items.calendar_items``, which the tab calls
once per month (monkeypatched in ``desktop.views.calendar_tab``), so what is timed is the
view: filtering, laying out in lanes, computing the bars that fit, and painting.

A ``CalendarTab`` is shown offscreen at 1400×900 (the month view about 1100×820). Timed:

  switch (cached):  ▶ or ◀ (``tab.step``) to a month already read, then ``month_view.repaint()``
                    (a synchronous paint of the widget, offscreen) — goal: median <= 50 ms;
  switch (first):   the same to a month not read yet, the event loop not running in between, so
                    nothing was read ahead (the fake layer returns at once: this is the month's
                    first layout, without the database);
  switch (prefetched): ▶ to a month not shown before, the event loop run before each click (untimed)
                    as between a person's clicks: the tab has read and laid out the months on
                    either side of the shown one;
  paint only:       ``month_view.repaint()`` of the shown month, for reference;
  busiest unread / read: ▶ into the year's busiest month from the one before, with nothing read
                    (``tab.forget()`` before each run, untimed) and with the month already read.

Median of ``--runs`` (default 25) each (switch (first): 22) after ``--warmup`` (default 3) discarded runs.

With ``--plan PATH`` the real ``calendar_items`` reads a database made by ``generate_plan.py``
instead (switch (first) and (prefetched) then include reading the month from the file).

Run from the repo root:

    .venv/bin/python benchmarks/calendar_month.py [--items 5000] [--runs 25] [--plan PLAN.duban]

Results go to benchmarks/results/calendar_month-<timestamp>.json (git-ignored).
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

from _common import REPO_ROOT, RESULTS_DIR, machine, reproduce_command, summarize
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from desktop.calendar.items import CalendarItem, ItemKind  # noqa: E402  (the data layer's own entries, made up)

GOAL_MS = 50.0
YEAR = 2022
SECTIONS = ("规配科", "人才科", "高新科", "农社科", "成果科", "办公室", "科协", "生产力中心")
WORDS = ("推进", "揭榜制", "赛马制", "科技创新", "项目申报", "成果转化", "高新技术企业", "研发投入", "奖补政策",
         "专项督查", "宣传信息", "平台建设", "人才引进", "工作台帐", "进展报送", "协同攻关")


def generate(year: int, month: int, count: int, seed: int = 1) -> list[CalendarItem]:
    """*count* entries in *year*-*month* (see the module's docstring)."""
    rng = random.Random(seed * 100 + month)
    kinds = list(ItemKind)
    first = dt.date(year, month, 1)
    days = [(first + dt.timedelta(days=i)) for i in range(31) if (first + dt.timedelta(days=i)).month == month]
    weights = [3 if d.weekday() < 5 else 1 for d in days]
    items = []
    for n in range(count):
        start = rng.choices(days, weights)[0]
        end = start + dt.timedelta(days=rng.randint(1, 40)) if rng.random() < 0.03 else start
        kind = rng.choice(kinds)
        title = "".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6)))
        task = rng.randint(1, 5000) if kind.value in ("task_deadline", "measure_deadline", "milestone") else None
        items.append(CalendarItem(f"{year}-{month}-{n}", kind, title, start, end, f"{start.month}月{start.day}日前",
                              tuple(rng.sample(SECTIONS, rng.randint(1, 3))), rng.randint(0, 3), "task", n, task))
    quarter = (month - 1) // 3
    q_start = dt.date(year, quarter * 3 + 1, 1)
    q_end = dt.date(year, quarter * 3 + 3, 28)
    items.append(CalendarItem(f"{year}-{month}-q", kinds[0], "专项督查：科技创新政策落实情况", q_start, q_end,
                          "第{0}季度".format("一二三四"[quarter]), ("规配科", "人才科"), 1, "inspection", 1, None))
    return items


class FakeLayer:
    def __init__(self, per_month: int):
        self.per_month = per_month
        self.months: dict[tuple[int, int], list[CalendarItem]] = {}

    def __call__(self, database, plan_id, start, end, **options):
        found = []
        day = dt.date(start.year, start.month, 1)
        while day <= end:
            key = (day.year, day.month)
            if key not in self.months:
                self.months[key] = generate(day.year, day.month, self.per_month)
            found.extend(i for i in self.months[key] if i.start <= end and i.end >= start)
            day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return found


def _month_before(year: int, month: int) -> dt.date:
    return dt.date(year - 1, 12, 15) if month == 1 else dt.date(year, month - 1, 15)


def timed(action, repaint) -> float:
    started = time.perf_counter()
    action()
    repaint()
    return (time.perf_counter() - started) * 1000.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=5000, help="entries per month (default 5000)")
    parser.add_argument("--runs", type=int, default=25, help="measured runs of each subject (default 25)")
    parser.add_argument("--warmup", type=int, default=3, help="discarded runs first (default 3)")
    parser.add_argument("--plan", help="time the real data layer over this database (made by generate_plan.py) "
                        "instead of the generated entries; --items is then ignored")
    parser.add_argument("--plan-id", type=int, default=1, help="the plan in --plan (default 1)")
    parser.add_argument("--screenshot", help="save the month view of the first month to this PNG")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DUBAN_HOME", tempfile.mkdtemp(prefix="duban-bench-"))

    from PySide6.QtWidgets import QApplication

    from desktop.views import calendar_tab as module

    app = QApplication.instance() or QApplication([])
    tab = module.CalendarTab()
    tab.today = lambda: dt.date(YEAR, 6, 27)
    tab.resize(1400, 900)
    tab.show()
    app.processEvents()
    if args.plan:
        # The real data layer over a database (generate_plan.py): reads are timed too.
        from desktop.db.database import Database

        database = Database.open(args.plan)
        tab.load(database, args.plan_id)
    else:
        layer = FakeLayer(args.items)
        for year in range(YEAR - 1, YEAR + 4):  # generated up front: generating is not what is timed
            for month in range(1, 13):
                layer.months[(year, month)] = generate(year, month, args.items)
        module.calendar_items = layer
        tab.database, tab.plan_id = object(), 1
    tab.go_to(dt.date(YEAR, 1, 15))
    app.processEvents()
    grid = tab.month_view
    shown = sum(1 for i in tab.month_items(YEAR, 1) if dt.date(YEAR, 1, 1) <= i.start <= dt.date(YEAR, 1, 31))
    if args.screenshot:
        grid.grab().save(args.screenshot)

    # Read (fake) every month once, then time switching between months already read.
    first_visit = []
    for _ in range(11):
        first_visit.append(timed(lambda: tab.step(1), grid.repaint))
    for _ in range(args.warmup):
        timed(lambda: tab.step(-1), grid.repaint)
    cached = []
    direction = -1
    for _ in range(args.runs):
        if tab.anchor.month in (1, 12):
            direction = -direction
        cached.append(timed(lambda: tab.step(direction), grid.repaint))
    paint = [timed(lambda: None, grid.repaint) for _ in range(args.runs)]
    # As a person clicks: between clicks the event loop runs and the tab reads and lays out the
    # months before and after (not timed); then ▶ to a month of another year each time.
    prefetched = []
    tab.go_to(dt.date(YEAR + 2, 1, 1))
    for _ in range(args.warmup + args.runs):
        app.processEvents()
        prefetched.append(timed(lambda: tab.step(1), grid.repaint))
    prefetched = prefetched[args.warmup:]
    # First visits again, on months of another year (not read yet).
    tab.go_to(dt.date(YEAR + 1, 1, 1))
    for _ in range(min(args.runs, 11)):
        first_visit.append(timed(lambda: tab.step(1), grid.repaint))

    # The busiest month of the year: ▶ into it from the month before, read for the first time
    # (tab.forget() in between, not timed: nothing read or laid out ahead), and already read.
    counts = {m: sum(1 for i in tab.month_items(YEAR, m) if i.start.month == m and i.start.year == YEAR)
              for m in range(1, 13)}
    busiest = max(counts, key=counts.get)
    before = _month_before(YEAR, busiest)
    into_unread, into_read = [], []
    for run in range(args.warmup + min(args.runs, 20)):
        tab.forget()
        tab.go_to(before)
        sample = timed(lambda: tab.step(1), grid.repaint)
        if run >= args.warmup:
            into_unread.append(sample)
    for run in range(args.warmup + args.runs):
        tab.go_to(before)
        sample = timed(lambda: tab.step(1), grid.repaint)
        if run >= args.warmup:
            into_read.append(sample)
    busiest_entries = len(tab.month_items(YEAR, busiest))

    results = {
        "switch_cached": summarize(cached),
        "switch_first": summarize(first_visit),
        "switch_prefetched": summarize(prefetched),
        "paint_only": summarize(paint),
        "busiest_unread": summarize(into_unread),
        "busiest_read": summarize(into_read),
    }
    source = f"the data layer over {args.plan}" if args.plan else f"{args.items} generated entries per month"
    print(f"month view {grid.width()}x{grid.height()}, {source} ({shown} starting in January 2022)")
    for name, summary in results.items():
        print(f"  {name:14s} median {summary['median_ms']:7.2f} ms  (min {summary['min_ms']:.2f}, max {summary['max_ms']:.2f}, n={summary['n']})")
    print(f"busiest month {YEAR}-{busiest:02d}: {counts[busiest]} entries starting in it, "
          f"{busiest_entries} on its 6-week grid (busiest_unread includes reading them)")
    met = results["switch_cached"]["median_ms"] <= GOAL_MS
    print(f"goal: switching months (cached) median <= {GOAL_MS:g} ms: {'MET' if met else 'NOT MET'}")
    RESULTS_DIR.mkdir(exist_ok=True)
    out = RESULTS_DIR / f"calendar_month-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps({
        "command": reproduce_command(__file__),
        "items_per_month": None if args.plan else args.items,
        "plan": args.plan,
        "items_in_january": shown,
        "busiest_month": busiest,
        "busiest_month_entries_on_grid": busiest_entries,
        "size": [grid.width(), grid.height()],
        "results": results,
        "goal_ms": GOAL_MS,
        "met": met,
        **machine(),
    }, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"written {out.relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    main()
