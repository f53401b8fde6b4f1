"""The ``duban`` command: open the window, or administer a database file.

``duban [PATH]`` opens the window (on PATH, or on the user's default database).
``duban init PATH [--empty]`` creates a database with the built-in 2022 plan (or none).
``duban info PATH`` prints the schema revision and the rows per table.

Bad input prints one line saying what is wrong and exits with status 1, changing
nothing. Qt is imported only when the window is opened.
"""

from __future__ import annotations

import argparse
import sys

from desktop import __version__
from desktop.errors import UserError
from desktop.i18n import tr

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2

ADMIN_VERBS = ("init", "info")


def _admin_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="duban", description=tr("Cli", "督办台 Duban 数据库管理"))
    parser.add_argument("--version", action="version", version=f"Duban {__version__}")
    verbs = parser.add_subparsers(dest="verb", required=True)
    init = verbs.add_parser("init", help=tr("Cli", "新建数据库（默认含 2022 年计划）"))
    init.add_argument("path", help=tr("Cli", "新数据库文件的路径，或数据库 URL"))
    init.add_argument("--empty", action="store_true", help=tr("Cli", "不导入内置计划，建立空数据库"))
    info = verbs.add_parser("info", help=tr("Cli", "显示数据库的架构版本和各表行数"))
    info.add_argument("path", help=tr("Cli", "数据库文件的路径，或数据库 URL"))
    return parser


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duban",
        description=tr("Cli", "督办台 Duban：打开主窗口。管理命令：duban init PATH，duban info PATH。"),
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


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ADMIN_VERBS:
        args = _admin_parser().parse_args(argv)
        handler = {"init": cmd_init, "info": cmd_info}[args.verb]
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
