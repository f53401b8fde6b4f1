"""``duban export``, ``print``, ``calendar`` and ``agenda``: the plan as a workbook, a PDF, an .ics file, text."""

from __future__ import annotations

import argparse
import datetime as dt

from desktop.cli.common import EXIT_OK, add_plan_argument, open_plan, parse_day
from desktop.errors import UserError
from desktop.i18n import tr

#: The printouts ``duban print`` makes, in menu order.
#: Kept here (not read from desktop.services.printouts) so that parsing a command does not load Qt;
#: a test checks the two agree.
REPORTS = ("checklist", "ledger", "roster", "quotas", "overdue", "timeline", "quota_matrix", "instructions")

def add_verbs(verbs) -> None:
    """``export``, ``print``, ``calendar`` and ``agenda``."""
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
            "quota_matrix（宣传推广完成情况），instructions（批示件办理情况）",
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
    briefing = verbs.add_parser(
        "briefing", help=tr("Cli", "生成定期通报（公文格式）：某月或某季度的任务、逾期、报送、督办、宣传指标和先进/后进")
    )
    briefing.add_argument("path", help=tr("Cli", "数据库文件的路径，或数据库 URL"))
    briefing.add_argument(
        "--month", required=True, metavar="PERIOD", help=tr("Cli", "通报的月份（如 2022-06）或季度（如 2022-Q2）")
    )
    output = briefing.add_mutually_exclusive_group(required=True)
    output.add_argument("--docx", metavar="OUT", help=tr("Cli", "生成可编辑的 Word 文件（.docx）"))
    output.add_argument("--pdf", metavar="OUT", help=tr("Cli", "生成 PDF 文件"))
    briefing.add_argument("--number", default="", metavar="TEXT", help=tr("Cli", "发文字号，如 柳科改办〔2022〕3号"))
    briefing.add_argument(
        "--today", metavar="YYYY-MM-DD", help=tr("Cli", "按这一天判断（默认为该月或该季度的最后一天）")
    )
    briefing.add_argument("--overwrite", action="store_true", help=tr("Cli", "覆盖已有文件"))
    add_plan_argument(export, printing, calendar, agenda, briefing)
    export.set_defaults(handler=cmd_export)
    briefing.set_defaults(handler=cmd_briefing)
    printing.set_defaults(handler=cmd_print)
    calendar.set_defaults(handler=cmd_calendar)
    agenda.set_defaults(handler=cmd_agenda)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.services.plan_export import export_ledger

    with open_plan(args.path, year=args.plan) as (database, plan):
        path = export_ledger(database, plan.id, args.xlsx, overwrite=args.overwrite)
    print(tr("Cli", "已导出 {0} 到 {1}").format(plan.doc_number, path))
    return EXIT_OK


def cmd_print(args: argparse.Namespace) -> int:
    from desktop.printing.pdf import render_pdf
    from desktop.services.printouts import ReportOptions, reports
    from desktop.printing.table import PageSetup

    report = reports()[args.report]
    if args.section is not None and "section" not in report.filters:
        raise UserError(tr("Cli", "{0}不按科室筛选，请去掉 --section。").format(report.label))
    if (args.start is not None or args.end is not None) and "dates" not in report.filters:
        raise UserError(tr("Cli", "{0}不按督查时间筛选，请去掉 --from/--to。").format(report.label))
    options = ReportOptions(
        start=parse_day(args.start) if args.start is not None else None,
        end=parse_day(args.end) if args.end is not None else None,
        section=args.section,
        today=parse_day(args.today) if args.today is not None else None,
    )
    with open_plan(args.path, year=args.plan) as (database, plan):
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

    with open_plan(args.path, year=args.plan) as (database, plan):
        path = export_ics(database, plan.id, args.ics, overwrite=args.overwrite)
    print(tr("Cli", "已导出 {0} 的日历到 {1}").format(plan.doc_number, path))
    return EXIT_OK


def cmd_agenda(args: argparse.Namespace) -> int:
    from desktop.calendar.agenda import agenda_lines

    start = parse_day(args.start) if args.start is not None else dt.date.today()
    today = parse_day(args.today) if args.today is not None else None
    if not 1 <= args.days <= 3660:
        raise UserError(tr("Cli", "天数应在 1 到 3660 之间：{0}").format(args.days))
    with open_plan(args.path, year=args.plan) as (database, plan):
        lines = agenda_lines(database, plan.id, start, args.days, today=today)
    end = start + dt.timedelta(days=args.days - 1)
    print(tr("Cli", "{0} 日程：{1} 至 {2}，共 {3} 项").format(plan.doc_number, start.isoformat(), end.isoformat(), len(lines)))
    for line in lines:
        print(line)
    return EXIT_OK



def cmd_briefing(args: argparse.Namespace) -> int:
    from desktop.services.briefing import briefing, period_of
    from desktop.services.briefing_document import briefing_document
    from desktop.services.notice_documents import write_document

    out = args.docx or args.pdf
    today = parse_day(args.today) if args.today is not None else None
    with open_plan(args.path, year=args.plan) as (database, plan):
        start, end, _label = period_of(args.month)
        made = briefing(database, plan.id, start, end, today=today)
        document = briefing_document(database, plan.id, made, number=args.number, issued_on=today or made.as_of)
    path = write_document(document, out, overwrite=args.overwrite)
    counts = made.counts
    print(tr("Cli", "已生成 {0} {1}（任务 {2} 项：红灯 {3}、黄灯 {4}；逾期 {5} 项；未报送科室 {6} 个）到 {7}").format(
        plan.doc_number, made.title, counts.tasks, counts.red, counts.yellow, counts.overdue,
        counts.sections_unreported, path))
    return EXIT_OK
