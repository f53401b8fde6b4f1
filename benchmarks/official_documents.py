"""Benchmark: a briefing (通报) of 5,000 tasks written as a PDF and as a Word file.

The document is an :class:`~desktop.printing.official.OfficialDocument` like a monthly 通报:
the head, two headings and paragraphs, and a table of N tasks (序号, task, lead section, due
date, progress; every fourth row's progress runs over three lines), then the signature. Each
writer (``write_official_pdf``, ``write_official_docx``) writes it to a temporary folder N
times (default 3), alternating; the median seconds are printed. Goal: 5,000 rows in at most
5 s each.

``--fonts noto`` or ``--fonts wqy`` sets the PDF's faces to one of the tests' font sets (as
``printing.py`` does); without it the faces are chosen as Duban chooses them.

Run from the repo root:  .venv/bin/python benchmarks/official_documents.py [--runs 3] [--rows 5000] [--fonts noto|wqy]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import RESULTS_DIR, machine, reproduce_command, write_result  # noqa: E402

GOAL_SECONDS = 5.0
FONT_SETS = {
    "noto": ("Noto Sans CJK SC", "Noto Serif CJK SC"),
    "wqy": ("WenQuanYi Micro Hei", "WenQuanYi Micro Hei"),
}
SECTIONS = ("规配科", "高新科", "法监科", "人才科", "重大科", "办公室")


def briefing(rows: int):
    """A 通报 with a table of *rows* tasks."""
    from desktop.printing.official import OfficialDocument, Paragraph, TableBlock

    def row(n: int) -> tuple[str, ...]:
        progress = "已完成" if n % 4 else "正在推进，预计下月底前完成阶段性目标，并按要求报送佐证材料"
        return (str(n), f"推进改革攻坚重点任务第{n}项：完善科技成果转化机制", SECTIONS[n % len(SECTIONS)],
                f"2022年{n % 12 + 1}月30日", progress)

    table = TableBlock(headings=("序号", "任务", "牵头科室", "完成时限", "进展情况"),
                       rows=tuple(row(n) for n in range(1, rows + 1)), widths=(0.8, 3, 1.2, 1.4, 2.4))
    return OfficialDocument(
        issuer="柳州市科学技术局改革攻坚领导小组办公室", title="关于2022年6月改革攻坚工作推进情况的通报",
        number="〔2022〕第 8 号", recipient="局属各科室、各直属单位：",
        blocks=(Paragraph("一、总体情况", "heading1"),
                Paragraph(f"2022年6月，全局改革攻坚任务共{rows}项，各科室按照“改革攻坚落实年”活动要求扎实推进。"),
                Paragraph("（一）任务进展", "heading2"), table,
                Paragraph("二、下一步工作要求", "heading1"), Paragraph("请各科室对照任务清单，逐项抓好落实。")),
        date="2022年7月6日",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--fonts", choices=sorted(FONT_SETS), help="the PDF's faces: the tests' font sets")
    args = parser.parse_args()
    from desktop.printing.fonts import PrintFonts, choose_fonts, ensure_gui_application
    from desktop.printing.official_docx import write_official_docx
    from desktop.printing.official_pdf import render_official, write_official_pdf

    ensure_gui_application()
    document = briefing(args.rows)
    fonts = PrintFonts(*FONT_SETS[args.fonts]) if args.fonts else choose_fonts(document.title_texts(), document.body_texts())
    print(f"Faces: title {fonts.title}, text {fonts.body}; {args.rows} rows")
    _data, pages = render_official(briefing(10), fonts=fonts)  # warm-up: fonts, imports
    samples: dict[str, list[float]] = {"pdf": [], "docx": []}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.runs):
            began = time.perf_counter()
            write_official_pdf(document, Path(folder) / "通报.pdf", fonts=fonts)
            samples["pdf"].append(time.perf_counter() - began)
            began = time.perf_counter()
            write_official_docx(document, Path(folder) / "通报.docx")
            samples["docx"].append(time.perf_counter() - began)
        sizes = {kind: (Path(folder) / f"通报.{kind}").stat().st_size for kind in samples}
    _data, pages = render_official(document, fonts=fonts)
    print(f"{'writer':>6} {'median s':>9} {'min s':>7} {'max s':>7} {'size MB':>8}")
    for kind, values in samples.items():
        print(f"{kind:>6} {statistics.median(values):9.2f} {min(values):7.2f} {max(values):7.2f} {sizes[kind] / 1e6:8.1f}")
    print(f"PDF pages: {pages}")
    met = all(statistics.median(v) <= GOAL_SECONDS for v in samples.values())
    print(f"\nGoal: each <= {GOAL_SECONDS:g} s at {args.rows} rows: {'MET' if met else 'NOT MET'}")
    RESULTS_DIR.mkdir(exist_ok=True)
    stamp = f"{dt.datetime.now():%Y%m%d-%H%M%S}"
    write_result("official_documents", stamp, {
        "command": reproduce_command(__file__), "machine": machine(), "rows": args.rows, "pages": pages,
        "fonts": {"title": fonts.title, "body": fonts.body}, "samples_s": samples, "bytes": sizes,
    })
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
