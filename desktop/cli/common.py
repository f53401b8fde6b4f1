"""What every ``duban`` verb shares: exit codes, dates, opening the plan, the one-line error."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys

from desktop.errors import UserError
from desktop.i18n import tr

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2


def print_error(message: str) -> None:
    print(tr("Cli", "错误：{0}").format(message), file=sys.stderr)



def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            tr("Cli", "日期“{0}”无法识别。请写成 YYYY-MM-DD，例如 2022-05-25。").format(text)
        ) from None


def add_plan_argument(*parsers) -> None:
    """``--plan YEAR``: which of the file's plans each verb reads (default: the newest)."""
    for parser in parsers:
        parser.add_argument(
            "--plan", type=int, metavar="YEAR", help=tr("Cli", "使用哪一年度的计划，如 2022（默认为最新的计划）")
        )


@contextlib.contextmanager
def open_plan(path: str, *, writing: bool = False, year: int | None = None):
    """The database at *path* and the plan of *year* (None: the plan the window shows first, the newest).

    *writing*: the verb will write, so a file this Duban may not write (one that asks for a
    newer Duban, a read-only file) is refused before anything is read or changed.
    """
    from desktop.services.workspace import open_database, plan_of_year

    database = open_database(path, allow_read_only=not writing)
    try:
        plan = plan_of_year(database, year)
        if plan is None:
            raise UserError(tr("Cli", "{0} 中没有计划，无法导出。").format(database.display_name()))
        yield database, plan
    finally:
        database.close()



def database_file(text: str):
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

