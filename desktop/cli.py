"""The ``duban`` command: open the window, or administer a database file.

``duban [PATH]`` opens the window (on PATH, or on the user's default database);
``duban --db-url URL`` opens it on a database server (PostgreSQL).
``duban init PATH [--empty]`` creates a database with the built-in 2022 plan (or none).
``duban info PATH`` prints the schema revision and the rows per table.
``duban forms export PATH --out DIR [--section NAME | --task CODE]`` writes the ledger
forms (攻坚台帐) the sections fill in; ``duban forms import PATH FILE_OR_DIR... [--dry-run]
[--json]`` takes them back; ``duban export PATH --xlsx OUT`` writes the whole plan;
``duban print PATH REPORT --pdf OUT [--from DAY --to DAY] [--section NAME] [--portrait | --landscape]``
prints to PDF: checklist (附件 3 督察清单), ledger (附件 2 攻坚台帐), roster (附件 1 领导小组名单),
quotas (附件 4 宣传推广清单), overdue (逾期/临期清单), timeline (任务与措施时间轴) or
quota_matrix (宣传推广完成情况, the section × month matrix).
``duban calendar PATH --ics OUT [--overwrite]`` exports the calendar as iCalendar (RFC 5545);
``duban agenda PATH [--from DAY] [--days N] [--today DAY]`` prints the agenda, one line an item.
``duban backup PATH [--to DIR]`` makes a verified backup, ``duban check PATH`` reports
integrity, schema revision, open sessions and the lock file, ``duban restore BACKUP PATH
[--force]`` puts a backup back (see :mod:`desktop.db.backup`).

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

ADMIN_VERBS = ("init", "info", "forms", "export", "print", "calendar", "agenda", "backup", "check", "restore")

#: The printouts ``duban print`` makes, in menu order.
#: Kept here (not read from desktop.printing.reports) so that parsing a command does not load Qt;
#: a test checks the two agree.
REPORTS = ("checklist", "ledger", "roster", "quotas", "overdue", "timeline", "quota_matrix")


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
            "quotas（附件 4 宣传推广清单），overdue（逾期/临期清单），timeline（任务与措施时间轴），"
            "quota_matrix（宣传推广完成情况）",
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
    printing.add_argument("--a3", action="store_true", help=tr("Cli", "用 A3 纸（默认 A4），如宽的时间轴"))
    printing.add_argument("--overwrite", action="store_true", help=tr("Cli", "覆盖已有文件"))
    printing.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help=tr("Cli", "按这一天计算逾期、临期并作为打印日期（默认今天），如打印某次提醒时的清单"),
    )

    calendar = verbs.add_parser(
        "calendar", help=tr("Cli", "把日历（督查、备检、期限、归集、宣传节点）导出为 .ics 文件（Outlook、Windows 日历）")
    )
    calendar.add_argument("path", help=tr("Cli", "数据库文件的路径，或数据库 URL"))
    calendar.add_argument("--ics", required=True, metavar="OUT", help=tr("Cli", "导出的 .ics 文件"))
    calendar.add_argument(
        "--overwrite", action="store_true", help=tr("Cli", "覆盖已有文件（再次导入时更新日历中的事项，不会重复）")
    )
    agenda = verbs.add_parser("agenda", help=tr("Cli", "以文字列出日程：每项一行（日期、类别、事项、科室、红黄绿灯）"))
    agenda.add_argument("path", help=tr("Cli", "数据库文件的路径，或数据库 URL"))
    agenda.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help=tr("Cli", "从这一天起（默认今天）"))
    agenda.add_argument("--days", type=int, default=14, metavar="N", help=tr("Cli", "列出多少天（默认 14）"))
    agenda.add_argument(
        "--today", metavar="YYYY-MM-DD", help=tr("Cli", "按这一天计算红黄绿灯（默认今天）")
    )

    backup = verbs.add_parser("backup", help=tr("Cli", "备份数据库（用 SQLite 的备份接口，备份后检查）"))
    backup.add_argument("path", help=tr("Cli", "数据库文件的路径"))
    backup.add_argument(
        "--to",
        metavar="DIR",
        help=tr("Cli", "备份文件夹（默认为本机用户数据文件夹中的 backups）；每个数据库的备份放在其中自己的子文件夹里"),
    )
    check = verbs.add_parser(
        "check", help=tr("Cli", "检查数据库：完整性、外键、架构版本、打开它的电脑、写入锁和日志文件；只读，不改动任何文件")
    )
    check.add_argument("path", help=tr("Cli", "数据库文件的路径"))
    restore = verbs.add_parser(
        "restore", help=tr("Cli", "用备份恢复数据库；恢复前先把当前数据另存为一份备份")
    )
    restore.add_argument("backup", help=tr("Cli", "备份文件"))
    restore.add_argument("path", help=tr("Cli", "要恢复的数据库文件（不存在时新建）"))
    restore.add_argument(
        "--force",
        action="store_true",
        help=tr("Cli", "即使其他电脑正打开着它、备份属于另一个数据库或无法先备份当前数据，也要恢复"),
    )
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
    if info.read_only_reason:
        print(info.read_only_reason)
    for key in ("database_id", "created_at", "created_by_version", "schema_written_by_version", "min_writer_version"):
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
def _open_plan(path: str, *, writing: bool = False):
    """The database at *path* and the plan the window would show (the newest).

    *writing*: the verb will write, so a file this Duban may not write (one that asks for a
    newer Duban, a read-only file) is refused before anything is read or changed.
    """
    from desktop.services.workspace import current_plan, open_database

    database = open_database(path, allow_read_only=not writing)
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

    with _open_plan(args.path, writing=not args.dry_run) as (database, plan):
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
    setup = PageSetup(landscape=landscape, paper="A3" if args.a3 else "A4")
    pagination = render_pdf(table, args.pdf, setup, overwrite=args.overwrite)
    print(
        tr("Cli", "已打印 {0} {1}（{2} 项，共 {3} 页）到 {4}").format(
            plan.doc_number, report.label, len(table.rows), len(pagination.pages), args.pdf
        )
    )
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace) -> int:
    from desktop.calendar.ics import export_ics

    with _open_plan(args.path) as (database, plan):
        path = export_ics(database, plan.id, args.ics, overwrite=args.overwrite)
    print(tr("Cli", "已导出 {0} 的日历到 {1}").format(plan.doc_number, path))
    return EXIT_OK


def cmd_agenda(args: argparse.Namespace) -> int:
    from desktop.calendar.agenda import agenda_lines

    start = _parse_day(args.start) if args.start is not None else dt.date.today()
    today = _parse_day(args.today) if args.today is not None else None
    if not 1 <= args.days <= 3660:
        raise UserError(tr("Cli", "天数应在 1 到 3660 之间：{0}").format(args.days))
    with _open_plan(args.path) as (database, plan):
        lines = agenda_lines(database, plan.id, start, args.days, today=today)
    end = start + dt.timedelta(days=args.days - 1)
    print(tr("Cli", "{0} 日程：{1} 至 {2}，共 {3} 项").format(plan.doc_number, start.isoformat(), end.isoformat(), len(lines)))
    for line in lines:
        print(line)
    return EXIT_OK


def _database_file(text: str):
    """The file *text* names; a server's URL is refused (backups and checks of a server are the server's)."""
    from desktop.db.target import Target

    try:
        target = Target.parse(text)
    except Exception as exc:  # an unreadable URL: say so in one line
        raise UserError(tr("Cli", "无法识别数据库地址“{0}”（{1}）。").format(text, exc)) from exc
    if not target.is_file:
        raise UserError(
            tr(
                "Cli",
                "{0} 是数据库服务器上的数据库，不是文件。服务器上的数据库请用服务器自己的工具检查、备份和恢复"
                "（PostgreSQL：pg_dump、pg_restore），或请管理员处理。",
            ).format(target.display())
        )
    return target.path


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.db.backup import MANUAL, make_backup

    info = make_backup(_database_file(args.path), Path(args.to) if args.to else None, reason=MANUAL)
    print(tr("Cli", "已备份到：{0}").format(info.path))
    print(tr("Cli", "备份已通过检查（integrity_check、foreign_key_check），共 {0} 字节。").format(info.size))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 when the file is sound (whoever has it open); 1 when a check fails, it cannot be read or is in WAL mode."""
    from desktop.db.check import check_database

    report = check_database(_database_file(args.path))
    print(tr("Cli", "数据库：{0}（{1} 字节）").format(report.path, report.size))
    if report.open_error:
        print(tr("Cli", "无法读取数据库：{0}").format(report.open_error))
    else:
        _print_contents(report)
    _print_lock(report)
    _print_journal(report)
    if report.ok and report.wal_mode:
        print(tr("Cli", "结论：数据完好，但文件处于 WAL 日志模式，在网络驱动器上不安全；督办台下次写入时会把它改回 DELETE 模式。"))
        return EXIT_USER_ERROR
    if report.ok:
        print(tr("Cli", "结论：数据库完好。"))
        return EXIT_OK
    print(tr("Cli", "结论：数据库有问题。请从最近的完好备份恢复（duban restore BACKUP PATH），或联系管理员。"))
    return EXIT_USER_ERROR


def _print_contents(report) -> None:
    """What ``duban check`` found inside a file it could read."""
    from desktop.db.presence import SESSION_EXPIRY

    if report.integrity_ok:
        print(tr("Cli", "完整性检查（integrity_check）：正常"))
    else:
        print(tr("Cli", "完整性检查（integrity_check）：发现 {0} 处问题").format(len(report.integrity)))
        for line in report.integrity[:10]:
            print(f"  {line}")
    if report.foreign_keys_ok:
        print(tr("Cli", "外键检查（foreign_key_check）：正常"))
    else:
        print(tr("Cli", "外键检查（foreign_key_check）：{0} 条记录引用了不存在的记录").format(len(report.foreign_key_problems)))
        for row in report.foreign_key_problems[:10]:
            print("  " + " ".join(str(value) for value in row))
    if not report.application_id_ok:
        print(tr("Cli", "文件标识（application_id）不是督办台的。"))
    if report.revision_known:
        print(tr("Cli", "架构版本：{0}（本程序支持到 {1}）").format(report.revision, report.head_revision))
    else:
        print(
            tr("Cli", "架构版本：{0}，本程序不认识（由更新版本的督办台写入；本程序支持到 {1}）").format(
                report.revision, report.head_revision
            )
        )
    print(tr("Cli", "日志模式（journal_mode）：{0}").format(report.journal_mode))
    if report.wal_mode:
        print(
            tr(
                "Cli",
                "  这个文件处于 WAL 模式：一部分数据可能只在旁边的 -wal 文件里，而 WAL 要用的共享内存在网络驱动器上不能在电脑之间共用，"
                "几台电脑同时使用可能损坏数据。请不要删除 -wal 文件；督办台下次以可写方式打开并写入它时，会把数据写回数据库并改回 DELETE 模式"
                "（如果另一个程序正以 WAL 方式打开它，请先关闭那个程序）。",
            )
        )
    minutes = int(SESSION_EXPIRY.total_seconds() // 60)
    if report.sessions is None:
        print(tr("Cli", "打开的会话：此文件由较早版本的督办台写入，没有会话记录"))
    elif not report.sessions:
        print(tr("Cli", "打开的会话：无（{0} 分钟内没有心跳）").format(minutes))
    else:
        print(tr("Cli", "打开的会话：{0} 个（{1} 分钟内有心跳）").format(len(report.sessions), minutes))
        for session in report.sessions:
            print("  " + session.details())
    if report.stale_sessions:
        print(tr("Cli", "  另有 {0} 个会话超过 {1} 分钟没有心跳，视为已关闭").format(report.stale_sessions, minutes))


def _print_lock(report) -> None:
    lock = report.lock
    if lock is None or lock.info is None:
        print(tr("Cli", "写入锁：无"))
    else:
        info = lock.info
        taken = info.taken_at.strftime("%Y-%m-%d %H:%M:%S") if info.taken_at else "?"
        if lock.stale:
            print(
                tr("Cli", "写入锁：{0} 由 {1}（进程 {2}）于 {3} 留下，已过期（{4} 秒前），可能是异常退出后留下的；下次保存时会自动清除").format(
                    lock.path, info.holder(), info.pid, taken, int(info.age_seconds)
                )
            )
        else:
            print(
                tr("Cli", "写入锁：{0} 由 {1}（进程 {2}）于 {3} 取得，正在保存（{4} 秒前）").format(
                    lock.path, info.holder(), info.pid, taken, int(info.age_seconds)
                )
            )


def _print_journal(report) -> None:
    if not report.journal_exists:
        print(tr("Cli", "日志文件（-journal）：无"))
    elif report.hot_journal:
        print(
            tr(
                "Cli",
                "日志文件（-journal）：{0}（{1} 字节）是一次未完成的保存留下的，需要回滚。请不要删除它："
                "在没有其他电脑保存时用督办台打开数据库，SQLite 会用它把数据恢复到那次保存之前。",
            ).format(report.journal_path, report.journal_size)
        )
    else:
        print(
            tr(
                "Cli",
                "日志文件（-journal）：{0}（{1} 字节）。可能有电脑正在保存；请不要删除它，督办台不会删除它。",
            ).format(report.journal_path, report.journal_size)
        )


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.db.backup import restore_backup

    result = restore_backup(_database_file(args.backup), _database_file(args.path), force=args.force)
    print(tr("Cli", "已用备份 {0} 恢复 {1}。").format(result.backup, result.target))
    if result.before_restore is not None:
        print(tr("Cli", "恢复前的数据已另存为备份：{0}").format(result.before_restore.path))
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
            "calendar": cmd_calendar,
            "agenda": cmd_agenda,
            "backup": cmd_backup,
            "check": cmd_check,
            "restore": cmd_restore,
        }[args.verb]
        try:
            return handler(args)
        except UserError as error:
            _print_error(error.message)
            return EXIT_USER_ERROR
        except KeyboardInterrupt:
            return 130
    parser = _window_parser()
    args = parser.parse_args(argv)
    if args.path and args.db_url:
        parser.error(tr("Cli", "请只指定数据库文件或 --db-url 中的一个"))
    from desktop.app import run

    return run(args.path, db_url=args.db_url, smoke_test=args.smoke_test, first_paint=args.first_paint)


if __name__ == "__main__":
    sys.exit(main())
