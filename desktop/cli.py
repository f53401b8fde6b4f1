"""The ``duban`` command: open the window, or administer a database file.

``duban [PATH]`` opens the window (on PATH, or on the user's default database).
``duban init PATH [--empty]`` creates a database with the built-in 2022 plan (or none).
``duban info PATH`` prints the schema revision and the rows per table.
``duban forms export PATH --out DIR [--section NAME | --task CODE]`` writes the ledger
forms (攻坚台帐) the sections fill in; ``duban forms import PATH FILE_OR_DIR... [--dry-run]
[--json]`` takes them back; ``duban export PATH --xlsx OUT`` writes the whole plan;
``duban print PATH REPORT --pdf OUT [--from DAY --to DAY] [--section NAME] [--portrait | --landscape]``
prints to PDF: checklist (附件 3 督察清单), ledger (附件 2 攻坚台帐), roster (附件 1 领导小组名单),
quotas (附件 4 宣传推广清单) or overdue (逾期/临期清单).

Bad input prints one line saying what is wrong and exits with status 1, changing
nothing. Qt is imported only when the window is opened.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys

from desktop import __version__
from desktop.errors import UserError
from desktop.i18n import tr

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2

ADMIN_VERBS = ("init", "info", "forms", "export", "print")

#: The printouts ``duban print`` makes, in menu order.
#: Kept here (not read from desktop.printing.reports) so that parsing a command does not load Qt;
#: a test checks the two agree.
REPORTS = ("checklist", "ledger", "roster", "quotas", "overdue")


def _admin_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="duban", description=tr("Cli", "督办台 Duban 数据库管理"))
    parser.add_argument("--version", action="version", version=f"Duban {__version__}")
    verbs = parser.add_subparsers(dest="verb", required=True)
    init = verbs.add_parser("init", help=tr("Cli", "新建数据库（默认含 2022 年计划）"))
    init.add_argument("path", help=tr("Cli", "新数据库文件的路径，或数据库 URL"))
    init.add_argument("--empty", action="store_true", help=tr("Cli", "不导入内置计划，建立空数据库"))
    info = verbs.add_parser("info", help=tr("Cli", "显示数据库的架构版本和各表行数"))
    info.add_argument("path", help=tr("Cli", "数据库文件的路径，或数据库 URL"))

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

    export = verbs.add_parser("export", help=tr("Cli", "把整个计划导出为一个 Excel 工作簿"))
    export.add_argument("path", help=tr("Cli", "数据库文件的路径，或数据库 URL"))
    export.add_argument("--xlsx", required=True, metavar="OUT", help=tr("Cli", "导出的 .xlsx 文件"))
    export.add_argument("--overwrite", action="store_true", help=tr("Cli", "覆盖已有文件"))

    printing = verbs.add_parser(
        "print",
        help=tr("Cli", "打印为 PDF（A4，如公文）：督察清单、攻坚台帐、领导小组名单、宣传推广清单或逾期/临期清单"),
    )
    printing.add_argument("path", help=tr("Cli", "数据库文件的路径，或数据库 URL"))
    printing.add_argument(
        "report",
        choices=REPORTS,
        help=tr(
            "Cli",
            "要打印的内容：checklist（附件 3 督察清单），ledger（附件 2 攻坚台帐），roster（附件 1 领导小组名单），"
            "quotas（附件 4 宣传推广清单），overdue（逾期/临期清单）",
        ),
    )
    printing.add_argument("--pdf", required=True, metavar="OUT", help=tr("Cli", "生成的 .pdf 文件"))
    printing.add_argument(
        "--from", dest="start", metavar="YYYY-MM-DD", help=tr("Cli", "只打印督查时间与此日期及以后有交集的事项（仅督察清单）")
    )
    printing.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help=tr("Cli", "只打印督查时间与此日期及以前有交集的事项（仅督察清单）"))
    printing.add_argument(
        "--section",
        metavar="NAME",
        help=tr("Cli", "只打印这个科室牵头或负责的事项（全称或简称，如 法监科；名单不适用）"),
    )
    orientation = printing.add_mutually_exclusive_group()
    orientation.add_argument(
        "--portrait", action="store_true", help=tr("Cli", "纵向打印（清单、台帐默认横向，名单和逾期清单默认纵向）")
    )
    orientation.add_argument("--landscape", action="store_true", help=tr("Cli", "横向打印"))
    printing.add_argument("--overwrite", action="store_true", help=tr("Cli", "覆盖已有文件"))
    printing.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help=tr("Cli", "按这一天计算逾期、临期并作为打印日期（默认今天），如打印某次提醒时的清单"),
    )
    return parser


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duban",
        description=tr(
            "Cli",
            "督办台 Duban：打开主窗口。管理命令：duban init PATH，duban info PATH，"
            "duban forms export PATH --out DIR，duban export PATH --xlsx OUT，"
            "duban print PATH {checklist,ledger,roster,quotas,overdue} --pdf OUT。",
        ),
    )
    parser.add_argument("--version", action="version", version=f"Duban {__version__}")
    parser.add_argument("path", nargs="?", help=tr("Cli", "要打开的数据库文件（默认为用户数据文件夹中的数据库）"))
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=tr("Cli", "打开主窗口并载入数据后立即退出（用于安装检查）"),
    )
    # Exits as soon as the window shows its task rows: what the start-up benchmark times.
    parser.add_argument("--first-paint", action="store_true", help=argparse.SUPPRESS)
    return parser


def _print_error(message: str) -> None:
    print(tr("Cli", "错误：{0}").format(message), file=sys.stderr)


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
    for key in ("database_id", "created_at", "created_by_version", "schema_written_by_version"):
        if key in info.meta:
            print(f"{key}: {info.meta[key]}")
    if info.plans:
        for plan in info.plans:
            print(tr("Cli", "计划：{0} {1}（{2} 年）").format(plan.doc_number, plan.title, plan.year))
    else:
        print(tr("Cli", "计划：无"))
    print(tr("Cli", "各表行数："))
    for table, count in info.counts.items():
        print(f"  {table}: {count}")
    return EXIT_OK


def _parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            tr("Cli", "日期“{0}”无法识别。请写成 YYYY-MM-DD，例如 2022-05-25。").format(text)
        ) from None


@contextlib.contextmanager
def _open_plan(path: str):
    """The database at *path* and the plan the window would show (the newest)."""
    from desktop.services.workspace import current_plan, open_database

    database = open_database(path)
    try:
        plan = current_plan(database)
        if plan is None:
            raise UserError(tr("Cli", "{0} 中没有计划，无法导出。").format(database.display_name()))
        yield database, plan
    finally:
        database.close()


def cmd_forms_export(args: argparse.Namespace) -> int:
    from desktop.excel.forms import (
        default_deadline,
        default_period,
        export_section_forms,
        export_task_form,
        find_task_id,
    )

    period = args.period if args.period is not None else default_period()
    deadline = _parse_day(args.deadline) if args.deadline is not None else default_deadline()
    with _open_plan(args.path) as (database, plan):
        if args.task is not None:
            task_id = find_task_id(database, plan.id, args.task)
            paths = [export_task_form(database, task_id, args.out, period, deadline, overwrite=args.overwrite)]
        else:
            paths = export_section_forms(
                database, plan.id, args.out, period, deadline, args.section, overwrite=args.overwrite
            )
    for path in paths:
        print(tr("Cli", "已生成：{0}").format(path))
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

    with _open_plan(args.path) as (database, plan):
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


#: ``duban forms VERB``: each sub-verb's handler.
FORMS_HANDLERS = {"export": cmd_forms_export, "import": cmd_forms_import}


def cmd_forms(args: argparse.Namespace) -> int:
    return FORMS_HANDLERS[args.forms_verb](args)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.excel.ledger import export_ledger

    with _open_plan(args.path) as (database, plan):
        path = export_ledger(database, plan.id, args.xlsx, overwrite=args.overwrite)
    print(tr("Cli", "已导出 {0} 到 {1}").format(plan.doc_number, path))
    return EXIT_OK


def cmd_print(args: argparse.Namespace) -> int:
    from desktop.printing.pdf import render_pdf
    from desktop.printing.reports import ReportOptions, reports
    from desktop.printing.table import PageSetup

    report = reports()[args.report]
    if args.section is not None and "section" not in report.filters:
        raise UserError(tr("Cli", "{0}不按科室筛选，请去掉 --section。").format(report.label))
    if (args.start is not None or args.end is not None) and "dates" not in report.filters:
        raise UserError(tr("Cli", "{0}不按督查时间筛选，请去掉 --from/--to。").format(report.label))
    options = ReportOptions(
        start=_parse_day(args.start) if args.start is not None else None,
        end=_parse_day(args.end) if args.end is not None else None,
        section=args.section,
        today=_parse_day(args.today) if args.today is not None else None,
    )
    with _open_plan(args.path) as (database, plan):
        table = report.build(database, plan.id, options)
    landscape = (report.landscape or args.landscape) and not args.portrait
    pagination = render_pdf(table, args.pdf, PageSetup(landscape=landscape), overwrite=args.overwrite)
    print(
        tr("Cli", "已打印 {0} {1}（{2} 项，共 {3} 页）到 {4}").format(
            plan.doc_number, report.label, len(table.rows), len(pagination.pages), args.pdf
        )
    )
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ADMIN_VERBS:
        args = _admin_parser().parse_args(argv)
        handler = {
            "init": cmd_init,
            "info": cmd_info,
            "forms": cmd_forms,
            "export": cmd_export,
            "print": cmd_print,
        }[args.verb]
        try:
            return handler(args)
        except UserError as error:
            _print_error(error.message)
            return EXIT_USER_ERROR
        except KeyboardInterrupt:
            return 130
    args = _window_parser().parse_args(argv)
    from desktop.app import run

    return run(args.path, smoke_test=args.smoke_test, first_paint=args.first_paint)


if __name__ == "__main__":
    sys.exit(main())
