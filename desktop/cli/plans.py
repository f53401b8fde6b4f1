"""``duban plan new``: the next year's plan made from a previous one (新建年度计划)."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, add_plan_argument, open_plan
from desktop.i18n import tr


def add_verbs(verbs) -> None:
    """``plan new``."""
    plan = verbs.add_parser("plan", help=tr("Cli", "年度计划：由上一年度计划新建下一年度计划"))
    plan_verbs = plan.add_subparsers(dest="plan_verb", required=True)
    new = plan_verbs.add_parser(
        "new",
        help=tr(
            "Cli",
            "新建年度计划：复制组织机构、领导小组及成员顺序、联系人、宣传指标规则和督查日历，结转未办结的任务；"
            "原计划保留并变为只读",
        ),
    )
    new.add_argument("path", help=tr("Cli", "数据库文件的路径，或数据库 URL"))
    new.add_argument("--from", dest="source", type=int, required=True, metavar="YEAR", help=tr("Cli", "作为基础的计划年度，如 2022"))
    new.add_argument("--year", type=int, required=True, metavar="YEAR", help=tr("Cli", "新计划的年度，如 2023"))
    new.add_argument(
        "--carry",
        choices=("all", "none"),
        default="all",
        help=tr("Cli", "结转哪些未办结的任务：all 全部（默认），none 不结转"),
    )
    new.add_argument("--number", default="", metavar="TEXT", help=tr("Cli", "新计划的文号（默认按原文号改年度，序号待定）"))
    new.set_defaults(handler=cmd_plan_new)
    notice = plan_verbs.add_parser(
        "import",
        help=tr("Cli", "导入新通知的附件表格（.xlsx：附件 2 攻坚台帐、附件 3 督察清单、附件 4 宣传推广清单）到计划中"),
    )
    notice.add_argument("path", help=tr("Cli", "数据库文件的路径，或数据库 URL"))
    notice.add_argument("file", help=tr("Cli", "通知附件表格（.xlsx）"))
    notice.add_argument("--dry-run", action="store_true", help=tr("Cli", "只预览每一行将如何处理，不写入数据库"))
    add_plan_argument(notice)
    notice.set_defaults(handler=cmd_plan_import)


def cmd_plan_new(args: argparse.Namespace) -> int:
    from desktop.services.next_year import create_next_year

    with open_plan(args.path, writing=True, year=args.source) as (database, source):
        made = create_next_year(
            database, source.id, args.year, carry=None if args.carry == "all" else [], doc_number=args.number
        )
    print(
        tr("Cli", "已由 {0}（{1} 年）新建 {2} 年计划：{3}").format(source.doc_number, source.year, made.year, made.doc_number)
    )
    counts = made.counts
    print(
        tr("Cli", "结转任务 {0} 项；复制部门 {1} 个、人员 {2} 人、小组 {3} 个（成员 {4} 位）、宣传指标规则 {5} 条、督查事项 {6} 项。").format(
            counts.get("task", 0), counts.get("department", 0), counts.get("person", 0), counts.get("group", 0),
            counts.get("membership", 0), counts.get("quota_rule", 0), counts.get("inspection", 0),
        )
    )
    print(tr("Cli", "{0} 年计划已保留，今后只读。").format(source.year))
    return EXIT_OK


def cmd_plan_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.services.notice_import import ADD, import_notice, preview_notice

    with open_plan(args.path, writing=not args.dry_run, year=args.plan) as (database, plan):
        run = preview_notice if args.dry_run else import_notice
        preview = run(database, plan.id, Path(args.file))
    for item in preview.items:
        print(f"{item.attachment} {item.sheet} {tr('Cli', '第 {0} 行').format(item.row)} {item.number} {item.title}：{item.note}")
    added = sum(1 for item in preview.items if item.action == ADD)
    skipped = len(preview.items) - added
    if args.dry_run:
        print(tr("Cli", "预览：将导入 {0} 行，跳过 {1} 行（未写入数据库）。").format(added, skipped))
    else:
        print(tr("Cli", "已导入 {0} 行到 {1}，跳过 {2} 行。").format(added, plan.doc_number, skipped))
    return EXIT_OK
