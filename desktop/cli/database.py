"""``duban init`` and ``duban info``: create a database, describe one."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK
from desktop.i18n import tr


def add_verbs(verbs) -> None:
    """``init`` and ``info``."""
    init = verbs.add_parser("init", help=tr("Cli", "新建数据库（默认含 2022 年计划）"))
    init.add_argument("path", help=tr("Cli", "新数据库文件的路径，或数据库 URL"))
    init.add_argument("--empty", action="store_true", help=tr("Cli", "不导入内置计划，建立空数据库"))
    info = verbs.add_parser("info", help=tr("Cli", "显示数据库的架构版本、各年度计划和各表行数"))
    info.add_argument("path", help=tr("Cli", "数据库文件的路径，或数据库 URL"))
    init.set_defaults(handler=cmd_init)
    info.set_defaults(handler=cmd_info)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.services.workspace import create_database

    database = create_database(args.path, with_sample=not args.empty)
    database.close()
    if args.empty:
        print(tr("Cli", "已新建空数据库：{0}").format(database.display_name()))
    else:
        print(tr("Cli", "已新建数据库并导入 2022 年计划：{0}").format(database.display_name()))
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from desktop.services.workspace import database_info

    info = database_info(args.path)
    print(tr("Cli", "数据库：{0}").format(info.location))
    print(tr("Cli", "架构版本：{0}（本程序支持到 {1}）").format(info.revision, info.head_revision))
    if info.read_only_reason:
        print(info.read_only_reason)
    for key in ("database_id", "created_at", "created_by_version", "schema_written_by_version", "min_writer_version"):
        if key in info.meta:
            print(f"{key}: {info.meta[key]}")
    if info.plans:
        for plan in info.plans:
            print(tr("Cli", "计划：{0} {1}（{2} 年）").format(plan.doc_number, plan.title, plan.year) + _plan_state(plan))
    else:
        print(tr("Cli", "计划：无"))
    print(tr("Cli", "各表行数："))
    for table, count in info.counts.items():
        print(f"  {table}: {count}")
    return EXIT_OK



def _plan_state(plan) -> str:
    """What ``info`` adds to a plan's line: that it was carried over into a later plan (read-only)."""
    if plan.succeeded_by_year is not None:
        return tr("Cli", "，已结转到 {0} 年计划，只读").format(plan.succeeded_by_year)
    return ""
