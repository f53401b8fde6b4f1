"""``duban backup``, ``check`` and ``restore``: a database file's backups and health (files only, not servers)."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, EXIT_USER_ERROR, database_file
from desktop.i18n import tr


def add_verbs(verbs) -> None:
    """``backup``, ``check`` and ``restore``."""
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
    backup.set_defaults(handler=cmd_backup)
    check.set_defaults(handler=cmd_check)
    restore.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.db.backup import MANUAL, make_backup

    info = make_backup(database_file(args.path), Path(args.to) if args.to else None, reason=MANUAL)
    print(tr("Cli", "已备份到：{0}").format(info.path))
    print(tr("Cli", "备份已通过检查（integrity_check、foreign_key_check），共 {0} 字节。").format(info.size))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 when the file is sound (whoever has it open); 1 when a check fails, it cannot be read or is in WAL mode."""
    from desktop.db.check import check_database

    report = check_database(database_file(args.path))
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

    result = restore_backup(database_file(args.backup), database_file(args.path), force=args.force)
    print(tr("Cli", "已用备份 {0} 恢复 {1}。").format(result.backup, result.target))
    if result.before_restore is not None:
        print(tr("Cli", "恢复前的数据已另存为备份：{0}").format(result.before_restore.path))
    return EXIT_OK

