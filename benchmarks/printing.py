"""Benchmark: rendering the supervision checklist to PDF at 100, 1,000 and 5,000 rows.

Rows are like the seed's 附件 3 rows: the real texts of the seven rows repeated with a
row number, so every size is a realistic checklist (a row of a few lines, several rows a
page). Each size is rendered N times (default 3) with ``desktop.printing.pdf.render``,
alternating sizes; the median seconds and the time per 1,000 rows are printed, so that
linear growth can be read off. Goal: 1,000 rows in at most 5 s.

``--fonts noto`` or ``--fonts wqy`` sets the print faces (the settings printing/title_font and
printing/body_font, in a temporary data folder so your own settings stay as they are) to the
tests' font sets: Noto Sans/Serif CJK SC, or WenQuanYi Micro Hei. Without it the faces are
chosen as Duban chooses them.

Run from the repo root:  .venv/bin/python benchmarks/printing.py [--runs 3] [--sizes 100 1000 5000] [--fonts noto|wqy]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO_ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = Path(__file__).resolve().parent / "results"
sys.path.insert(0, str(REPO_ROOT))
GOAL_SECONDS = 5.0
#: As tests/conftest.py's FONT_SETS: (title face, text face).
FONT_SETS = {
    "noto": ("Noto Sans CJK SC", "Noto Serif CJK SC"),
    "wqy": ("WenQuanYi Micro Hei", "WenQuanYi Micro Hei"),
}


def use_fonts(name: str) -> None:
    """Set the print faces to the font set *name* in a temporary data folder (DUBAN_HOME)."""
    import tempfile

    from desktop.paths import HOME_ENV

    os.environ[HOME_ENV] = tempfile.mkdtemp(prefix="duban-bench-")
    from desktop.settings import PRINT_BODY_FONT, PRINT_TITLE_FONT, Settings

    title, body = FONT_SETS[name]
    settings = Settings()
    settings.set(PRINT_TITLE_FONT, title)
    settings.set(PRINT_BODY_FONT, body)


def seed_table(rows: int):
    """A checklist table of *rows* rows made from the seed's seven inspections."""
    import tempfile

    from desktop.printing.table import Table
    from desktop.services.printouts import checklist_printout
    from desktop.services.workspace import create_database

    with tempfile.TemporaryDirectory() as folder:
        database = create_database(Path(folder) / "p.duban")
        seed = checklist_printout(database, 1)
        database.close()
    body = [
        [str(number + 1), *[f"{cell}（{number + 1}）" if isinstance(cell, str) and index else cell
                            for index, cell in enumerate(seed.rows[number % len(seed.rows)][1:], start=1)]]
        for number in range(rows)
    ]
    return Table(**{**seed.__dict__, "rows": body})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--fonts", choices=sorted(FONT_SETS), help="the print faces: the tests' font sets")
    args = parser.parse_args()
    if args.fonts:
        use_fonts(args.fonts)
    from desktop.printing.fonts import choose_fonts, ensure_gui_application
    from desktop.printing.pdf import render

    ensure_gui_application()
    tables = {size: seed_table(size) for size in args.sizes}
    render(tables[args.sizes[0]])  # warm-up: fonts, imports
    fonts = choose_fonts(tables[args.sizes[0]].title_texts(), tables[args.sizes[0]].body_texts())
    print(f"Faces: title {fonts.title}, text {fonts.body}")
    samples: dict[int, list[float]] = {size: [] for size in args.sizes}
    pages: dict[int, int] = {}
    for _ in range(args.runs):
        for size in args.sizes:
            began = time.perf_counter()
            _data, pagination = render(tables[size])
            samples[size].append(time.perf_counter() - began)
            pages[size] = len(pagination.pages)
    print(f"{'rows':>6} {'pages':>6} {'median s':>9} {'s per 1,000 rows':>17}")
    for size in args.sizes:
        median = statistics.median(samples[size])
        print(f"{size:>6} {pages[size]:>6} {median:9.2f} {median / size * 1000:17.2f}")
    if 1000 in samples:
        thousand = statistics.median(samples[1000])
        print(f"\n1,000 rows: {thousand:.2f} s; goal <= {GOAL_SECONDS:g} s: {'MET' if thousand <= GOAL_SECONDS else 'NOT MET'}")
    RESULTS_DIR.mkdir(exist_ok=True)
    out = RESULTS_DIR / f"printing-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    record = {"samples_s": samples, "pages": pages, "fonts": {"title": fonts.title, "body": fonts.body}}
    out.write_text(json.dumps(record, indent=2), encoding="utf-8")
    print(f"Results: {out.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
