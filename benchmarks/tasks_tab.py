"""GUI benchmark of the 任务 tab on a large plan: typing in the filter box, selecting a task, opening the file.

Measured in one run (medians of N runs each, default 15, after warm-up runs that are discarded):

(a) Typing one character in the filter box until the list is updated and repainted:
    ``QTest.keyClick(tab.filter_edit, c)`` then ``QApplication.processEvents()``, in a
    ``MainWindow(Settings())`` shown offscreen on the large plan (``window.open_path``).
      first keystroke:  'j' into the empty box while the model has no search keys, so it reads
                        them from the database (``desktop.services.rows.search_keys``) once. The
                        very first one of the session is reported, and the median of N more with
                        the keys dropped in between (``tab.model.set_search_keys({})``, as a reload does);
      single char:      one character into the cleared box, the keys loaded (cycling j b z g x k s);
      next chars:       the 2nd and following characters of a word typed cumulatively ('jbz':
                        the keystrokes 'b' after 'j' and 'z' after 'jb').
    Clearing the box between runs is not timed. Goal: median <= 50 ms (single char and next chars).
(b) Selecting a task until its detail is shown, the editor's 历史 (history) tab being current so
    the history is read too: ``tab.view.selectRow(row)`` then ``processEvents()``; cycles through
    the 15 tasks with the most progress reports (those with audit entries first); checks that
    ``tab.editor.task_shown`` fired for that task. Goal: median <= 50 ms.
(c) Opening the file: wall time of ``python -m desktop --first-paint PATH`` (exits once the window
    shows its first task rows) for the large plan and for the sample plan
    (``python -m desktop init``), alternated, same environment. Goal: large / sample <= 1.2.
    For information, ``--smoke-test`` (file fully opened, every tab loaded) for both.

The large plan is one made by ``benchmarks/generate_plan.py``; without a path, one is generated
(5,000 tasks, 20,000 measures, 50,000 reports, seed 1) into a temporary folder. Lights are
computed for today's date, as the app does. Everything runs with ``QT_QPA_PLATFORM=offscreen``
and a temporary ``DUBAN_HOME``.

Run from the repo root:

    .venv/bin/python benchmarks/tasks_tab.py [PLAN.duban] [--runs 15] [--profile] [--skip-startup]

Results go to benchmarks/results/tasks_tab-<timestamp>.json (git-ignored).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import platform
import pstats
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from _common import BENCH_DIR, REPO_ROOT, RESULTS_DIR, launch as run_checked, package_version, reproduce_command, summarize
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

PLAN_ID = 1
GOAL_MS = 50.0
GOAL_OPEN_RATIO = 1.2
SINGLE_CHARS = "jbzgxks"
TIMEOUT_S = 180
SELECT_TASKS = 15


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", nargs="?", type=Path,
                        help="a database made by generate_plan.py (default: generate one into a temporary folder)")
    parser.add_argument("--runs", type=int, default=15, help="measured runs of each subject (default 15)")
    parser.add_argument("--warmup", type=int, default=2, help="discarded runs of each subject first (default 2)")
    parser.add_argument("--word", default="jbz", help="the word typed cumulatively for 'next chars' (default jbz)")
    parser.add_argument("--skip-startup", action="store_true", help="leave out (c), the subprocess start-up timings")
    parser.add_argument("--profile", action="store_true",
                        help="also profile (a) and (b) in-process and (c) the large plan's first paint with cProfile")
    parser.add_argument("--top", type=int, default=15, help="functions to list per profile (default 15)")
    args = parser.parse_args()
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be >= 1 and --warmup >= 0")
    if len(args.word) < 2:
        parser.error("--word needs at least two characters")
    return args


# -- helpers --------------------------------------------------------------------------------


def generate(path: Path, env: dict[str, str]) -> None:
    cmd = [sys.executable, str(BENCH_DIR / "generate_plan.py"), str(path), "--seed", "1"]
    print(f"Generating {path} ...", flush=True)
    print(f"Generated in {run_checked(cmd, env) / 1000:.1f} s", flush=True)


def profile_text(profile: cProfile.Profile, top: int) -> str:
    """The top functions of desktop/ by cumulative time, then all functions by own time."""
    parts = []
    for title, order, restriction in (
        ("desktop/ functions by cumulative time", "cumulative", (r"[/\\]desktop[/\\]", top)),
        ("all functions by own time", "tottime", (top,)),
    ):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(order).print_stats(*restriction)
        lines = [line for line in out.getvalue().splitlines() if line.strip()]
        keep = [line for line in lines if not line.lstrip().startswith(("Ordered by", "List reduced"))]
        parts.append(f"-- {title} --\n" + "\n".join(keep))
    return "\n".join(parts)


def emit_drops_true_reference() -> int:
    """References to ``True`` lost per Python-side ``Signal.emit`` (0 when PySide6 is sound).

    PySide6 6.12.0 drops one per emit; on Python 3.11, where ``True`` is not immortal,
    enough emits end the process with "Fatal Python error: bool_dealloc" (at exit, or
    during a long session). 6.11.3 does not.
    """
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal(int)

    probe = Probe()
    probe.ping.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.ping.emit(1)
    return round((before - sys.getrefcount(True)) / 10)


# -- (a) and (b): in this process ------------------------------------------------------------


class GuiBench:
    def __init__(self, path: Path, args: argparse.Namespace):
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from desktop.app import create_application
        from desktop.settings import Settings
        from desktop.views.main_window import MainWindow

        self.args = args
        self.QTest = QTest
        self.app = create_application([sys.argv[0]])
        self.process = QApplication.processEvents
        started = time.perf_counter()
        self.window = MainWindow(Settings())
        self.window.show()
        self.process()
        if not self.window.open_path(str(path)):
            sys.exit(f"MainWindow.open_path({path}) failed")
        self.process()
        self.open_ms = (time.perf_counter() - started) * 1000.0
        self.tab = self.window.tasks_tab
        self.shown: list[int] = []
        self.tab.editor.task_shown.connect(self.shown.append)
        if self.tab.model.rowCount() < 1000:
            sys.exit(f"{path} lists {self.tab.model.rowCount()} tasks: not a large plan (make one with generate_plan.py)")

    def close(self) -> None:
        self.window.close()
        self.process()

    # typing

    def clear(self) -> None:
        self.tab.filter_edit.clear()
        self.process()

    def key(self, char: str) -> float:
        started = time.perf_counter()
        self.QTest.keyClick(self.tab.filter_edit, char)
        self.process()
        return (time.perf_counter() - started) * 1000.0

    def first_keystroke(self) -> float:
        """'j' into the cleared box with no search keys loaded."""
        self.clear()
        self.tab.model.set_search_keys({})
        return self.first_key()

    def first_key(self) -> float:
        elapsed = self.key("j")
        if not self.tab.model.has_search_keys():
            sys.exit("the first keystroke did not load the search keys")
        return elapsed

    def single_char(self, i: int) -> float:
        self.clear()
        return self.key(SINGLE_CHARS[i % len(SINGLE_CHARS)])

    def word(self) -> list[float]:
        """Type the word from a cleared box; the times of its 2nd, 3rd, ... keystrokes."""
        self.clear()
        self.key(self.args.word[0])
        return [self.key(char) for char in self.args.word[1:]]

    def typing(self) -> tuple[dict[str, list[float]], dict]:
        runs, warmup = self.args.runs, self.args.warmup
        if self.tab.model.has_search_keys():
            sys.exit("the search keys were loaded before the first keystroke")
        self.clear()
        cold = self.key("j")  # the session's very first keystroke
        samples: dict[str, list[float]] = {"first": [], "single": [], "next": []}
        for i in range(warmup + runs):
            elapsed = self.first_keystroke()
            if i >= warmup:
                samples["first"].append(elapsed)
        for i in range(warmup + runs):
            elapsed = self.single_char(i)
            if i >= warmup:
                samples["single"].append(elapsed)
        for _ in range(warmup):
            self.word()
        while len(samples["next"]) < runs:
            samples["next"].extend(self.word())
        samples["next"] = samples["next"][:runs]
        facts = {"first_keystroke_cold_ms": cold, "total_rows": self.tab.model.total()}
        for text in (*SINGLE_CHARS, *(self.args.word[: n + 1] for n in range(1, len(self.args.word)))):
            self.clear()
            self.QTest.keyClicks(self.tab.filter_edit, text)
            self.process()
            facts[f"rows shown for {text!r}"] = self.tab.model.rowCount()
        self.clear()
        return samples, facts

    # selecting

    def select_targets(self) -> list[tuple[int, int, int]]:
        """(task id, reports, audit entries) of the tasks with the most reports, those with history first."""
        from sqlalchemy import text

        with self.window.database.read() as session:
            return [
                tuple(r)
                for r in session.execute(
                    text(
                        "SELECT t.id, (SELECT count(*) FROM progress_report r WHERE r.task_id = t.id) AS reports, "
                        "(SELECT count(*) FROM audit_entry a WHERE a.task_id = t.id) AS audits "
                        "FROM task t WHERE t.plan_id = :plan "
                        "ORDER BY audits > 0 DESC, reports DESC, t.id LIMIT :n"
                    ),
                    {"plan": PLAN_ID, "n": SELECT_TASKS},
                ).all()
            ]

    def select(self, task_id: int) -> float:
        row = self.tab.model.row_of(task_id)
        if row < 0:
            sys.exit(f"task {task_id} is not in the list")
        self.shown.clear()
        started = time.perf_counter()
        self.tab.view.selectRow(row)
        self.process()
        elapsed = (time.perf_counter() - started) * 1000.0
        if self.shown != [task_id]:
            sys.exit(f"selecting task {task_id} showed {self.shown}")
        return elapsed

    def selecting(self) -> tuple[list[float], dict]:
        self.clear()
        editor = self.tab.editor
        editor.tabs.setCurrentIndex(editor.tabs.count() - 1)
        self.process()
        targets = self.select_targets()
        ids = [t[0] for t in targets]
        other = self.other_task(ids)
        for i in range(self.args.warmup):
            self.select(other)
            self.select(ids[-1 - i % len(ids)])
        self.select(other)
        samples, history = [], {}
        for i in range(self.args.runs):
            task_id = ids[i % len(ids)]
            if len(ids) == 1:
                self.select(other)
            samples.append(self.select(task_id))
            history[task_id] = editor.history_model.rowCount()
        facts = {
            "tasks": [
                {"id": t, "reports": r, "audit_entries": a, "history_rows": history.get(t), "code": self.code(t)}
                for t, r, a in targets
            ],
            "history_tab_current": editor.tabs.currentIndex() == editor.tabs.count() - 1,
        }
        return samples, facts

    def other_task(self, ids: list[int]) -> int:
        """A task not among *ids* nor the one selected now (selecting that would show nothing new)."""
        current = self.tab.view.currentIndex()
        selected = self.tab.model.row(current.row()).id if current.isValid() else None
        return next(r.id for r in self.tab.model.all_rows() if r.id not in ids and r.id != selected)

    def code(self, task_id: int) -> str:
        row = self.tab.model.row_of(task_id)
        return self.tab.model.row(row).code if row >= 0 else ""

    # profiles

    def profiles(self, top: int) -> dict[str, str]:
        """cProfile of the timed actions only (clearing the box and dropping the keys are left out)."""
        word = self.args.word
        targets = [t[0] for t in self.select_targets()]

        def prepare_first(_i: int) -> None:
            self.clear()
            self.tab.model.set_search_keys({})

        def prepare_next(i: int) -> None:
            self.clear()
            self.key(word[0])
            for char in word[1 : 1 + i % (len(word) - 1)]:
                self.key(char)

        subjects = {
            "first keystroke (loads the search keys)": (prepare_first, lambda i: self.first_key()),
            "single char into the cleared box": (lambda i: self.clear(), lambda i: self.key(SINGLE_CHARS[i % len(SINGLE_CHARS)])),
            f"next chars of {word!r}": (prepare_next, lambda i: self.key(word[1 + i % (len(word) - 1)])),
            "select a task (history tab current)": (lambda i: None, lambda i: self.select(targets[i % len(targets)])),
        }
        texts = {}
        for name, (prepare, action) in subjects.items():
            if name.startswith("select"):
                self.clear()
                self.select(self.other_task(targets))
            profile = cProfile.Profile()
            for i in range(self.args.runs):
                prepare(i)
                profile.enable()
                action(i)
                profile.disable()
            texts[name] = profile_text(profile, top)
        self.clear()
        return texts


# -- (c): subprocesses ----------------------------------------------------------------------------


def startup(big: Path, sample: Path, env: dict[str, str], args: argparse.Namespace) -> dict[str, list[float]]:
    subjects = {
        "first-paint big": [sys.executable, "-m", "desktop", "--first-paint", str(big)],
        "first-paint sample": [sys.executable, "-m", "desktop", "--first-paint", str(sample)],
        "smoke-test big": [sys.executable, "-m", "desktop", "--smoke-test", str(big)],
        "smoke-test sample": [sys.executable, "-m", "desktop", "--smoke-test", str(sample)],
    }
    for _ in range(args.warmup):
        for cmd in subjects.values():
            run_checked(cmd, env)
    samples: dict[str, list[float]] = {name: [] for name in subjects}
    names = list(subjects)
    for i in range(args.runs):
        for name in names[i % len(names):] + names[: i % len(names)]:
            samples[name].append(run_checked(subjects[name], env))
        print(f"  round {i + 1}/{args.runs}", end="\r", flush=True)
    print(" " * 20, end="\r")
    return samples


def profile_first_paint(big: Path, env: dict[str, str], out: Path, top: int) -> str:
    cmd = [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "desktop", "--first-paint", str(big)]
    run_checked(cmd, env)
    stream = io.StringIO()
    stats = pstats.Stats(str(out), stream=stream)
    stats.sort_stats("cumulative").print_stats(r"[/\\]desktop[/\\]", top)
    return stream.getvalue()


# -- main ----------------------------------------------------------------------------------------------


def verdict(met: bool) -> str:
    return "MET" if met else "NOT MET"


def main() -> int:
    args = parse_args()
    RESULTS_DIR.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    with tempfile.TemporaryDirectory(prefix="duban-bench-") as tmp:
        # Before Qt or desktop is imported: offscreen, and settings in a temporary home.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["DUBAN_HOME"] = str(Path(tmp, "home"))
        env = dict(os.environ, DUBAN_HOME=str(Path(tmp, "home-subprocess")))
        big = args.database
        if big is None:
            big = Path(tmp, "plan.duban")
            generate(big, env)
        elif not big.is_file():
            sys.exit(f"{big} does not exist. Make one with: .venv/bin/python benchmarks/generate_plan.py {big}")
        big = big.resolve()

        print(f"(a), (b): {args.runs} run(s) each after {args.warmup} warm-up run(s) on {big} ...", flush=True)
        gui = GuiBench(big, args)
        emit_bug = emit_drops_true_reference()
        typing, typing_facts = gui.typing()
        selecting, select_facts = gui.selecting()
        profiles = gui.profiles(args.top) if args.profile else {}
        open_ms = gui.open_ms
        gui.close()

        open_samples: dict[str, list[float]] = {}
        first_paint_profile = None
        if not args.skip_startup:
            sample = Path(tmp, "sample.duban")
            run_checked([sys.executable, "-m", "desktop", "init", str(sample)], env)
            print(f"(c): {args.runs} run(s) each after {args.warmup} warm-up run(s), 4 subjects alternated ...",
                  flush=True)
            open_samples = startup(big, sample, env, args)
            if args.profile:
                first_paint_profile = profile_first_paint(big, env, Path(tmp, "first-paint.prof"), args.top)

    stats = {
        "(a) first keystroke (loads search keys)": summarize(typing["first"]),
        "(a) single char into cleared box": summarize(typing["single"]),
        f"(a) next chars of {args.word!r}": summarize(typing["next"]),
        "(b) select task, history tab current": summarize(selecting),
    }
    goals = {
        "(a) first keystroke (loads search keys)": None,  # reported apart; compared with 50 ms for information
        "(a) single char into cleared box": GOAL_MS,
        f"(a) next chars of {args.word!r}": GOAL_MS,
        "(b) select task, history tab current": GOAL_MS,
    }
    open_stats = {name: summarize(s) for name, s in open_samples.items()}

    print(f"\nLarge plan: {typing_facts['total_rows']} tasks; lights for {dt.date.today().isoformat()}; "
          f"MainWindow show + open_path took {open_ms:.0f} ms")
    print("Rows shown: " + ", ".join(f"{k[len('rows shown for '):]} {v}" for k, v in typing_facts.items()
                                     if k.startswith("rows shown")))
    print("Tasks selected in (b): " + ", ".join(
        f"{t['code']} ({t['reports']} reports, {t['history_rows']} history)" for t in select_facts["tasks"]))

    width = 44
    print(f"\n{'subject':<{width}} {'median ms':>10} {'min ms':>8} {'max ms':>8}  goal")
    print(f"{'(a) very first keystroke of the session':<{width}} {typing_facts['first_keystroke_cold_ms']:10.1f} "
          f"{'':>8} {'':>8}  (once; info)")
    results = {}
    for name, s in stats.items():
        goal = goals[name]
        if goal is None:
            note = f"(info) {'within' if s['median_ms'] <= GOAL_MS else 'over'} {GOAL_MS:g} ms"
        else:
            results[name] = s["median_ms"] <= goal
            note = f"<= {goal:g} ms: {verdict(results[name])}"
        print(f"{name:<{width}} {s['median_ms']:10.1f} {s['min_ms']:8.1f} {s['max_ms']:8.1f}  {note}")
    ratio = full_ratio = None
    if open_stats:
        print()
        for name, s in open_stats.items():
            print(f"{'(c) ' + name:<{width}} {s['median_ms']:10.1f} {s['min_ms']:8.1f} {s['max_ms']:8.1f}")
        ratio = open_stats["first-paint big"]["median_ms"] / open_stats["first-paint sample"]["median_ms"]
        full_ratio = open_stats["smoke-test big"]["median_ms"] / open_stats["smoke-test sample"]["median_ms"]
        results["(c) first-paint big / sample"] = ratio <= GOAL_OPEN_RATIO
        print(f"{'(c) first-paint big / sample':<{width}} {ratio:9.2f}x {'':>8} {'':>8}  "
              f"<= {GOAL_OPEN_RATIO:g}x: {verdict(results['(c) first-paint big / sample'])}")
        print(f"{'(c) smoke-test big / sample':<{width}} {full_ratio:9.2f}x {'':>8} {'':>8}  (info)")

    for name, text in profiles.items():
        print(f"\n== cProfile: {name} ({args.runs} runs) ==\n{text}")
    if first_paint_profile:
        print(f"\n== cProfile: python -m desktop --first-paint (large plan), desktop/ functions ==\n{first_paint_profile}")

    result = {
        "timestamp": stamp,
        "command": reproduce_command(__file__),
        "database": str(args.database) if args.database else "generated (generate_plan.py --seed 1)",
        "today": dt.date.today().isoformat(),
        "runs": args.runs,
        "warmup": args.warmup,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "pyside6": package_version("PySide6-Essentials") or package_version("PySide6"),
        "sqlalchemy": package_version("SQLAlchemy"),
        "open_path_ms": open_ms,
        "typing_facts": typing_facts,
        "select_facts": select_facts,
        "stats": stats,
        "open_stats": open_stats,
        "open_ratio": ratio,
        "smoke_test_ratio": full_ratio,
        "goals": {"keystroke_ms": GOAL_MS, "select_ms": GOAL_MS, "open_ratio": GOAL_OPEN_RATIO},
        "goals_met": results,
        "samples_ms": {"typing": typing, "select": selecting, "open": open_samples},
        "pyside_emit_loses_true_refs": emit_bug,
        "profiles": profiles | ({"first-paint big": first_paint_profile} if first_paint_profile else {}),
    }
    out = RESULTS_DIR / f"tasks_tab-{stamp}.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nGoals: {sum(results.values())}/{len(results)} met")
    print(f"Results: {out.relative_to(REPO_ROOT)}")
    print(f"Reproduce: {result['command']}")
    if emit_bug:
        # The emits above have dropped references to True that the interpreter's finalization
        # would then release once too often (abort, exit status 134): leave without it.
        print(f"\nWARNING: this PySide6 ({result['pyside6']}) loses {emit_bug} reference(s) to True per "
              "Signal.emit; on Python 3.11 a long session aborts with 'Fatal Python error: bool_dealloc'. "
              "Exiting with os._exit to skip finalization.", file=sys.stderr)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
