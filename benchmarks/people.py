"""GUI benchmark of the 人员 tab on a large plan: 2,000 people and 5,000 tasks.

The plan is the one ``generate_plan.py`` makes (the built-in plan grown by 5,000 tasks, 20,000
measures, 50,000 reports), grown here by people: 30 more sections (with short names) and the
staff of every section, 2,000 people in all, each section's head a 成员 of the leadership group,
40 more working groups (分管领导, 牵头科室, 科室负责人, 合办科室), half of the tasks' 责任人 and a
third of the measures' owners moved to the lead section's staff, 20 people departed and 30 away
on the measured day, so that 顺位代替 is worked out for real. Names are random Chinese names
with their pinyin search keys computed by the app's own function.

Measured in a ``PeopleTab`` shown offscreen at 1400×900 (medians of N runs, default 15, after 2
discarded), each sample ended by a synchronous ``repaint()`` of the tab (layout and paint):

  list:        ``tab.load(database, plan)`` with nobody selected: the people list (2,000 rows with
               seats, presence and who acts), the groups, departments and contacts;
  list only:   ``tab.reload_people()``, the people list alone;
  groups:      ``tab.groups.load(...)`` with the 小组 list shown (read when first shown; for information);
  page:        ``tab.show_person(id)`` for a staff member, a section head (hundreds of tasks and
               measures), a leader (about 1,250 tasks as 分管领导), and a person who is away (the
               page works out who acts for each item).

Goal: the list and a person's page each at most 50 ms median.

Run from the repo root:

    .venv/bin/python benchmarks/people.py [PLAN.duban] [--runs 15] [--screenshot people.png] [--profile]

Without a path, the large plan is generated into a temporary folder first (about 15 s). A path
names a plan made by ``generate_plan.py``; the people are added to it (the file is changed) unless
it already has 2,000. Results go to benchmarks/results/people-<timestamp>.json (git-ignored).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from _common import BENCH_DIR, REPO_ROOT, RESULTS_DIR, launch, machine, reproduce_command, summarize

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

PLAN_ID = 1
GOAL_MS = 50.0
PEOPLE = 2000
NEW_SECTIONS = 30
NEW_WORKING_GROUPS = 40
DEPARTED = 20
AWAY = 30
TODAY = dt.date(2022, 6, 27)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", nargs="?", type=Path, help="a plan made by generate_plan.py (default: generate one)")
    parser.add_argument("--runs", type=int, default=15, help="measured runs of each subject (default 15)")
    parser.add_argument("--warmup", type=int, default=2, help="discarded runs first (default 2)")
    parser.add_argument("--screenshot", type=Path, help="save the tab showing the leader's page to this PNG")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of the list and the leader's page")
    return parser.parse_args()


# -- growing the plan by people ------------------------------------------------------------------


def add_people(path: Path, seed: int = 1) -> None:
    """Grow the plan at *path* to :data:`PEOPLE` people with their sections, seats and responsibilities."""
    from sqlalchemy import func, insert, select, update

    from desktop.db.database import Database
    from desktop.models import (
        Absence, Department, DepartmentKind, Group, GroupKind, Measure, Membership, Person, Role, Task, TaskUnit,
        TaskUnitRole,
    )
    from desktop.models.search import person_search_key

    rng = random.Random(seed)
    database = Database.open(path)
    try:
        with database.write(note="benchmarks/people.py") as session:
            if session.scalar(select(func.count()).select_from(Person)) >= PEOPLE:
                return
            sections = session.scalars(
                select(Department).where(Department.kind == DepartmentKind.SECTION).order_by(Department.position)
            ).all()
            position = (session.scalar(select(func.max(Department.position))) or 0) + 1
            new_sections = [
                {"plan_id": PLAN_ID, "name": f"第{n + 1}业务发展与服务科", "short_name": f"业{n + 1}科",
                 "kind": DepartmentKind.SECTION, "position": position + n, "note": "", "version": 1}
                for n in range(NEW_SECTIONS)
            ]
            session.execute(insert(Department), new_sections)
            sections = session.scalars(
                select(Department).where(Department.kind == DepartmentKind.SECTION).order_by(Department.position)
            ).all()
            existing = session.scalar(select(func.count()).select_from(Person))
            next_position = (session.scalar(select(func.max(Person.position))) or 0) + 1
            people = []
            used = set(session.scalars(select(Person.name)))
            for n in range(PEOPLE - existing):
                while True:
                    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
                    if name not in used:
                        used.add(name)
                        break
                section = sections[n % len(sections)]
                rank = n // len(sections)
                title = f"{section.short_name or section.name}{'科长' if rank == 0 and section.position > 11 else '科员'}"
                fields = {"name": name, "title": title, "phone": f"0772-28{n:05d}", "email": "", "note": ""}
                people.append({"plan_id": PLAN_ID, "department_id": section.id, "position": next_position + n,
                               "active": True, "version": 1, "search_key": person_search_key(fields), **fields})
            session.execute(insert(Person), people)
            staff: dict[int, list[int]] = {}
            for pid, department in session.execute(select(Person.id, Person.department_id).where(Person.department_id.is_not(None))):
                staff.setdefault(department, []).append(pid)
            groups = {g.kind: g for g in session.scalars(select(Group))}
            leadership = groups[GroupKind.LEADERSHIP]
            seats = session.scalar(select(func.max(Membership.position)).where(Membership.group_id == leadership.id)) or 0
            heads = {}
            for n, section in enumerate(s for s in sections if s.position > 11):
                heads[section.id] = staff[section.id][0]
                session.execute(insert(Membership), [{"group_id": leadership.id, "role": Role.MEMBER, "position": seats + 1 + n,
                                                      "person_id": heads[section.id], "title_in_group": "", "version": 1}])
            deputies = session.scalars(
                select(Membership.person_id).where(Membership.group_id == leadership.id, Membership.role == Role.DEPUTY)
            ).all()
            tasks = session.scalars(select(Task.id).order_by(Task.id)).all()
            for n in range(NEW_WORKING_GROUPS):
                lead, co = rng.sample([s for s in sections if s.position > 11], 2)
                group = session.execute(insert(Group).returning(Group.id), [{
                    "plan_id": PLAN_ID, "name": f"第{n + 3}工作小组", "kind": GroupKind.WORKING, "label": f"（{n + 3}）",
                    "position": 10 + n, "description": "", "task_id": tasks[2 + n * 100], "version": 1,
                }]).scalar_one()
                session.execute(insert(Membership), [
                    {"group_id": group, "role": Role.SUPERVISING_LEADER, "position": 0, "person_id": rng.choice(deputies),
                     "title_in_group": "副局长", "version": 1},
                    {"group_id": group, "role": Role.LEAD_SECTION, "position": 1, "department_id": lead.id,
                     "title_in_group": "", "version": 1},
                    {"group_id": group, "role": Role.SECTION_HEAD, "position": 2, "person_id": heads[lead.id],
                     "title_in_group": "", "version": 1},
                    {"group_id": group, "role": Role.CO_SECTION, "position": 3, "department_id": co.id,
                     "title_in_group": "", "version": 1},
                ])
            # Half the tasks' 责任人 and a third of the measures' owners: the lead section's staff.
            lead_of = dict(session.execute(select(TaskUnit.task_id, TaskUnit.department_id).where(TaskUnit.role == TaskUnitRole.LEAD)).all())
            for task_id in tasks[2:]:
                if rng.random() < 0.5 and lead_of.get(task_id) in staff:
                    session.execute(update(Task).where(Task.id == task_id).values(responsible_person_id=rng.choice(staff[lead_of[task_id]])))
            for measure_id, task_id in session.execute(select(Measure.id, Measure.task_id)).all():
                if rng.random() < 0.33 and lead_of.get(task_id) in staff:
                    session.execute(update(Measure).where(Measure.id == measure_id).values(owner_person_id=rng.choice(staff[lead_of[task_id]])))
            everyone = [pid for pids in staff.values() for pid in pids[1:]]
            for pid in rng.sample(everyone, DEPARTED):
                session.execute(update(Person).where(Person.id == pid).values(active=False, departed_on=TODAY - dt.timedelta(days=rng.randint(1, 60))))
            session.execute(insert(Absence), [
                {"person_id": pid, "start_date": TODAY - dt.timedelta(days=rng.randint(0, 5)),
                 "end_date": TODAY + dt.timedelta(days=rng.randint(0, 10)), "note": "", "version": 1}
                for pid in rng.sample(everyone, AWAY)
            ])
    finally:
        database.close()


# -- measuring -----------------------------------------------------------------------------------


def timed(action, repaint) -> float:
    started = time.perf_counter()
    action()
    repaint()
    return (time.perf_counter() - started) * 1000.0


def subjects(database) -> dict[str, int]:
    """The people whose pages are timed: the busiest of each kind."""
    from sqlalchemy import func, select

    from desktop.models import Absence, Measure, Membership, Person, Task

    def busiest(column, among=None):
        query = select(column, func.count()).where(column.is_not(None)).group_by(column).order_by(func.count().desc(), column)
        if among is not None:
            query = query.where(column.in_(among))
        return session.execute(query.limit(1)).first()[0]

    with database.read() as session:
        seated = select(Membership.person_id).where(Membership.person_id.is_not(None))
        away = select(Absence.person_id)
        return {
            "staff member": busiest(Task.responsible_person_id, select(Person.id).where(Person.id.not_in(seated))),
            "section head": busiest(Task.section_head_id),
            "leader": busiest(Task.supervising_leader_id),
            "away": busiest(Measure.owner_person_id, away),
        }


def measure(args, path: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.db.database import Database
    from desktop.views.people_tab import PeopleTab

    app = QApplication.instance() or QApplication([])
    database = Database.open(path)
    tab = PeopleTab()
    tab.today = lambda: TODAY
    tab.resize(1400, 900)
    tab.show()
    app.processEvents()
    results, counts = {}, {}

    def repeat(name, action, before=None):
        samples = []
        for run in range(args.warmup + args.runs):
            if before is not None:
                before()
            sample = timed(action, tab.repaint)
            if run >= args.warmup:
                samples.append(sample)
        results[name] = summarize(samples)

    def nobody():
        tab.main.view.clearSelection()
        tab.person_id = None

    repeat("list (tab.load)", lambda: tab.load(database, PLAN_ID), nobody)
    counts["people"] = tab.main.model.rowCount()
    repeat("list only (reload_people)", tab.reload_people)
    tab.sections.setCurrentWidget(tab.groups)
    repeat("groups (shown)", lambda: tab.groups.load(database, PLAN_ID, TODAY))
    tab.sections.setCurrentIndex(0)
    for name, person_id in subjects(database).items():
        repeat(f"page: {name}", lambda p=person_id: tab.show_person(p), lambda: tab.show_person(None))
        tab.show_person(person_id)
        counts[name] = tab.person_page.holdings_model.rowCount()
    if args.screenshot:
        tab.show_person(subjects(database)["leader"])
        tab.grab().save(str(args.screenshot))
    if args.profile:
        for label, action in (("list", lambda: tab.load(database, PLAN_ID)),
                              ("leader's page", lambda: tab.show_person(subjects(database)["leader"]))):
            profile = cProfile.Profile()
            profile.enable()
            action()
            tab.repaint()
            profile.disable()
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(25)
            print(f"\n--- profile: {label} ---\n{out.getvalue()}")
    database.close()
    return {"results": results, "counts": counts}


def main() -> None:
    args = parse_args()
    with tempfile.TemporaryDirectory(prefix="duban-people-") as tmp:
        os.environ.setdefault("DUBAN_HOME", str(Path(tmp, "home")))
        env = dict(os.environ, DUBAN_HOME=os.environ["DUBAN_HOME"])
        path = args.database
        if path is None:
            path = Path(tmp, "plan.duban")
            print("Generating the large plan (generate_plan.py --seed 1) ...", flush=True)
            print(f"  {launch([sys.executable, str(BENCH_DIR / 'generate_plan.py'), str(path), '--seed', '1'], env) / 1000:.1f} s")
        started = time.perf_counter()
        add_people(path)
        print(f"People added in {time.perf_counter() - started:.1f} s", flush=True)
        measured = measure(args, path)
        if args.database is None:
            shutil.rmtree(Path(tmp, "home"), ignore_errors=True)
    results, counts = measured["results"], measured["counts"]
    print(f"\n人员 tab, {counts['people']} people, 5,000+ tasks; medians of {args.runs} runs (after {args.warmup}):")
    for name, summary in results.items():
        items = counts.get(name.removeprefix("page: "))
        extra = f"  [{items} items]" if items is not None and name.startswith("page") else ""
        print(f"  {name:28s} median {summary['median_ms']:7.2f} ms  (min {summary['min_ms']:.2f}, "
              f"max {summary['max_ms']:.2f}){extra}")
    met = all(s["median_ms"] <= GOAL_MS for name, s in results.items() if name.startswith(("list", "page")))
    print(f"goal: the list and each person's page median <= {GOAL_MS:g} ms: {'MET' if met else 'NOT MET'}")
    RESULTS_DIR.mkdir(exist_ok=True)
    out = RESULTS_DIR / f"people-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps({
        "command": reproduce_command(__file__),
        "plan": str(args.database) if args.database else "generated (generate_plan.py --seed 1)",
        "counts": counts,
        "results": results,
        "goal_ms": GOAL_MS,
        "met": met,
        **machine(),
    }, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"written {out.relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    main()
