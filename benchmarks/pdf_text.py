"""Benchmark: what correcting the PDF's text (desktop.printing.pdf_text) adds to printing.

The checklist of ``printing.py`` (the seed's seven rows repeated) is rendered by Qt at each
size under each font set (Noto CJK, whose PDFs need correcting, and WenQuanYi Micro Hei,
whose PDFs are returned untouched); then ``corrected`` (as ``render`` calls it) is timed
alone on Qt's bytes, N times (default 5), and its median is printed beside the whole render's.

Run from the repo root:  .venv/bin/python benchmarks/pdf_text.py [--runs 5] [--sizes 100 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO_ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = Path(__file__).resolve().parent / "results"
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

FONT_SETS = {
    "noto": ("Noto Sans CJK SC", "Noto Serif CJK SC"),
    "wqy": ("WenQuanYi Micro Hei", "WenQuanYi Micro Hei"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    args = parser.parse_args()
    from desktop.paths import HOME_ENV

    os.environ[HOME_ENV] = tempfile.mkdtemp(prefix="duban-bench-")  # the font settings stay out of yours
    from PySide6.QtGui import QFontDatabase

    from desktop.printing import pdf
    from desktop.printing.fonts import choose_fonts, ensure_gui_application
    from desktop.printing.pdf_text import corrected
    from desktop.settings import PRINT_BODY_FONT, PRINT_TITLE_FONT, Settings
    from printing import seed_table

    ensure_gui_application()
    installed = set(QFontDatabase.families())
    tables = {size: seed_table(size) for size in args.sizes}
    qt_render = pdf.corrected
    results: dict[str, dict] = {}
    print(f"{'fonts':>6} {'rows':>6} {'pages':>6} {'render s':>9} {'correct s':>10} {'share':>6}  changed")
    for name, (title, body) in FONT_SETS.items():
        if not {title, body} <= installed:
            print(f"{name:>6}: not installed, skipped")
            continue
        Settings().set(PRINT_TITLE_FONT, title)
        Settings().set(PRINT_BODY_FONT, body)
        for size in args.sizes:
            table = tables[size]
            fonts = choose_fonts(table.title_texts(), table.body_texts())
            began = time.perf_counter()
            pdf.corrected = lambda data, table, fonts: data  # Qt's bytes as they are
            try:
                qt, pagination = pdf.render(table)
            finally:
                pdf.corrected = qt_render
            rendered = time.perf_counter() - began
            samples = []
            for _ in range(args.runs):
                began = time.perf_counter()
                fixed = corrected(qt, table, fonts)
                samples.append(time.perf_counter() - began)
            median = statistics.median(samples)
            changed = fixed is not qt
            print(f"{name:>6} {size:>6} {len(pagination.pages):>6} {rendered:9.2f} {median:10.3f} "
                  f"{median / rendered:6.1%}  {'yes' if changed else 'no'}")
            results[f"{name}-{size}"] = {"render_s": rendered, "correct_s": samples, "changed": changed,
                                         "pages": len(pagination.pages), "bytes": len(qt)}
    RESULTS_DIR.mkdir(exist_ok=True)
    out = RESULTS_DIR / f"pdf_text-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"Results: {out.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
