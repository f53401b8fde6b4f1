"""``duban forms export`` and ``duban forms import``: the ledger forms the sections fill in."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, EXIT_USER_ERROR, add_plan_argument, open_plan, parse_day
from desktop.errors import UserError
from desktop.i18n import tr


def add_verbs(verbs) -> None:
    """``forms export`` and ``forms import``."""
    forms = verbs.add_parser("forms", help=tr("Cli", "攻坚台帐（科室填报的 Excel 表格）"))
    form_verbs = forms.add_subparsers(dest="forms_verb", required=True)
    form_export = form_verbs.add_parser(
        "export", help=tr("Cli", "导出攻坚台帐：每个牵头科室一个工作簿，或一项任务一份")
    )
    form_export.add_argument("path", help=tr("Cli", "数据库文件的路径，或数据库 URL"))
    form_export.add_argument("--out", required=True, metavar="DIR", help=tr("Cli", "保存台帐的文件夹（不存在时新建）"))
    which = form_export.add_mutually_exclusive_group()
    which.add_argument("--section", metavar="NAME", help=tr("Cli", "只导出这个科室的台帐（全称或简称，如 规配科）"))
    which.add_argument("--task", metavar="CODE", help=tr("Cli", "只导出这一项任务的台帐（编号，如 2-1）"))
    form_export.add_argument("--period", metavar="TEXT", help=tr("Cli", "报送期次，默认为本月，如 2022年5月"))
    form_export.add_argument(
        "--deadline", metavar="YYYY-MM-DD", help=tr("Cli", "报送截止日期，默认为本月 25 日")
    )
    form_export.add_argument("--overwrite", action="store_true", help=tr("Cli", "覆盖同名的已有文件"))
    form_import = form_verbs.add_parser(
        "import", help=tr("Cli", "导入科室返回的台帐（文件或文件夹），成为待审核的进展")
    )
    form_import.add_argument("path", help=tr("Cli", "数据库文件的路径，或数据库 URL"))
    form_import.add_argument("files", nargs="+", metavar="FILE_OR_DIR", help=tr("Cli", "返回的 .xlsx 文件或放有它们的文件夹"))
    form_import.add_argument("--dry-run", action="store_true", help=tr("Cli", "只检查并报告，不写入数据库"))
    form_import.add_argument("--json", action="store_true", help=tr("Cli", "以 JSON 输出每个文件的结果"))
    form_import.add_argument(
        "--accept-all",
        action="store_true",
        help=tr("Cli", "同时导入需确认（名称相近、超字数）和有冲突的项；默认只导入可直接导入的项"),
    )
    add_plan_argument(form_export, form_import)
    form_export.set_defaults(handler=cmd_forms_export)
    form_import.set_defaults(handler=cmd_forms_import)


def cmd_forms_export(args: argparse.Namespace) -> int:
    from desktop.services.forms_export import (
        default_deadline,
        default_period,
        export_section_forms,
        export_task_form,
        find_task_id,
        unassigned_tasks,
    )

    period = args.period if args.period is not None else default_period()
    deadline = parse_day(args.deadline) if args.deadline is not None else default_deadline()
    skipped: list[tuple[str, str]] = []
    with open_plan(args.path, year=args.plan) as (database, plan):
        if args.task is not None:
            task_id = find_task_id(database, plan.id, args.task)
            paths = [export_task_form(database, task_id, args.out, period, deadline, overwrite=args.overwrite)]
        else:
            # No section would receive a form of the tasks no section leads: they are named instead.
            if args.section is None:
                skipped = unassigned_tasks(database, plan.id)
            paths = export_section_forms(
                database, plan.id, args.out, period, deadline, args.section,
                overwrite=args.overwrite, unassigned_form=False,
            )
    for path in paths:
        print(tr("Cli", "已生成：{0}").format(path))
    if skipped:
        print(
            tr("Cli", "跳过 {0} 项未指定牵头科室的任务（没有科室会收到它们的台帐）：{1}").format(
                len(skipped), "、".join(f"{code} {title}".strip() for code, title in skipped)
            )
        )
    print(
        tr("Cli", "共 {0} 份台帐（{1}，报送期次 {2}，报送截止 {3}）。").format(
            len(paths), plan.doc_number, period.strip(), deadline.isoformat()
        )
    )
    return EXIT_OK


def cmd_forms_import(args: argparse.Namespace) -> int:
    """Exit 0 when every file was imported; 1 when any was not (duplicate, conflict, rejected …)."""
    import json

    from desktop.services import forms_import as fi

    with open_plan(args.path, writing=not args.dry_run, year=args.plan) as (database, plan):
        files = fi.collect_files(args.files)
        if not files:
            raise UserError(tr("Cli", "在 {0} 中没有找到 Excel 表格。").format("、".join(args.files)))
        previews = fi.preview_files(database, plan.id, files)
        if not args.dry_run:
            fi.apply(database, previews, chosen=(lambda p, r: True) if args.accept_all else None)
    if args.json:
        print(json.dumps([p.as_dict() for p in previews], ensure_ascii=False, indent=2))
    else:
        for preview in previews:
            print(f"{fi.status_label(preview.status)}\t{preview.path}")
            if preview.error:
                print(f"\t{preview.error}")
            for row in preview.rows:
                print(f"\t{row.code} {row.title}：{fi.status_label(row.status)}")
                for message in row.messages:
                    print(f"\t\t{message}")
    wanted = fi.READY if args.dry_run else fi.IMPORTED
    return EXIT_OK if all(p.status == wanted for p in previews) else EXIT_USER_ERROR

