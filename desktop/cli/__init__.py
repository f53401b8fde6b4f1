"""The ``duban`` command: open the window, or administer a database file.

``duban [PATH]`` opens the window (on PATH, or on the user's default database);
``duban --db-url URL`` opens it on a database server (PostgreSQL).
``duban init PATH [--empty]`` creates a database with the built-in 2022 plan (or none).
``duban info PATH`` prints the schema revision, the plans and the rows per table.
``duban plan new PATH --from 2022 --year 2023 [--carry all|none] [--number TEXT]`` makes the next
year's plan from a previous one (新建年度计划); ``print``, ``forms export``, ``export``, ``calendar``,
``agenda`` and ``briefing`` take ``--plan YEAR`` (default: the newest plan).
``duban forms export PATH --out DIR [--section NAME | --task CODE]`` writes the ledger
forms (攻坚台帐) the sections fill in; ``duban forms import PATH FILE_OR_DIR... [--dry-run]
[--json]`` takes them back; ``duban export PATH --xlsx OUT`` writes the whole plan;
``duban print PATH REPORT --pdf OUT [--from DAY --to DAY] [--section NAME] [--portrait | --landscape]``
prints to PDF: checklist (附件 3 督察清单), ledger (附件 2 攻坚台帐), roster (附件 1 领导小组名单),
quotas (附件 4 宣传推广清单), overdue (逾期/临期清单), timeline (任务与措施时间轴) or
quota_matrix (宣传推广完成情况, the section × month matrix) or instructions (批示件办理情况, the
tasks from a 领导批示, 会议纪要 or 上级交办).
``duban calendar PATH --ics OUT [--overwrite]`` exports the calendar as iCalendar (RFC 5545);
``duban agenda PATH [--from DAY] [--days N] [--today DAY]`` prints the agenda, one line an item.
``duban briefing PATH --month 2022-06|2022-Q2 (--docx OUT | --pdf OUT) [--number TEXT]`` writes the
定期通报 in 公文 layout. ``duban backup PATH [--to DIR]`` makes a verified backup, ``duban check PATH`` reports
integrity, schema revision, open sessions and the lock file, ``duban restore BACKUP PATH
[--force]`` puts a backup back (see :mod:`desktop.db.backup`).

Each group of verbs has its module, which adds its parsers and handlers:
:mod:`~desktop.cli.database` (init, info), :mod:`~desktop.cli.plans` (plan new), :mod:`~desktop.cli.forms`, :mod:`~desktop.cli.exports`
(export, print, calendar, agenda) and :mod:`~desktop.cli.files` (backup, check, restore).

Bad input prints one line saying what is wrong and exits with status 1, changing
nothing. Qt is imported only when the window is opened.
"""

from __future__ import annotations

import argparse
import sys

from desktop import __version__
from desktop.cli import database, exports, files, forms, plans
from desktop.cli.common import EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, print_error
from desktop.errors import TargetExistsError, UserError
from desktop.i18n import tr

__all__ = ["EXIT_OK", "EXIT_USAGE", "EXIT_USER_ERROR", "main"]

ADMIN_VERBS = (
    "init", "info", "plan", "forms", "export", "briefing", "print", "calendar", "agenda", "backup", "check", "restore",
)



def _admin_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="duban", description=tr("Cli", "督办台 Duban 数据库管理"))
    parser.add_argument("--version", action="version", version=f"Duban {__version__}")
    verbs = parser.add_subparsers(dest="verb", required=True)
    for group in (database, plans, forms, exports, files):  # in the order of ADMIN_VERBS
        group.add_verbs(verbs)
    return parser


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duban",
        description=tr(
            "Cli",
            "督办台 Duban：打开主窗口。管理命令：duban init PATH，duban info PATH，"
            "duban forms export PATH --out DIR，duban export PATH --xlsx OUT，"
            "duban print PATH {checklist,ledger,roster,quotas,overdue,timeline} --pdf OUT，"
            "duban calendar PATH --ics OUT，duban agenda PATH [--from 日期] [--days N]，"
            "duban backup PATH，duban check PATH，duban restore BACKUP PATH。",
        ),
    )
    parser.add_argument("--version", action="version", version=f"Duban {__version__}")
    parser.add_argument("path", nargs="?", help=tr("Cli", "要打开的数据库文件（默认为用户数据文件夹中的数据库）"))
    parser.add_argument(
        "--db-url",
        metavar="URL",
        help=tr("Cli", "改为打开数据库服务器上的数据库，如 postgresql://用户名@服务器:5432/数据库名"),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=tr("Cli", "打开主窗口并载入数据后立即退出（用于安装检查）"),
    )
    # Exits as soon as the window shows its task rows: what the start-up benchmark times.
    parser.add_argument("--first-paint", action="store_true", help=argparse.SUPPRESS)
    return parser



def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ADMIN_VERBS:
        args = _admin_parser().parse_args(argv)
        try:
            return args.handler(args)
        except UserError as error:
            message = error.message
            if isinstance(error, TargetExistsError) and getattr(args, "overwrite", None) is False:
                message += tr("Cli", "要覆盖已有文件，请加 --overwrite。")
            print_error(message)
            return EXIT_USER_ERROR
        except KeyboardInterrupt:
            return 130
    parser = _window_parser()
    args = parser.parse_args(argv)
    if args.path and args.db_url:
        parser.error(tr("Cli", "请只指定数据库文件或 --db-url 中的一个"))
    from desktop.app import run

    return run(args.path, db_url=args.db_url, smoke_test=args.smoke_test, first_paint=args.first_paint)

