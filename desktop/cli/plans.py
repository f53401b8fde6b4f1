"""``duban plan new``: the next year's plan made from a previous one (新建年度计划)."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, open_plan
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
