"""The last line of defence: an unexpected error is logged and shown once, never silently lost.

A :class:`~desktop.errors.UserError` that escapes to the event loop is shown as the
plain message it carries. Anything else is a bug: the traceback goes to the log
and the person sees what happened in plain words with a button that copies the
details for whoever supports them.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback

import desktop
from desktop.errors import UserError
from desktop.i18n import tr

log = logging.getLogger("desktop.crash")
_showing = False
#: In a smoke test or benchmark nobody is there to close a dialog: print and exit instead.
_unattended = False
EXIT_CRASHED = 70


def install(unattended: bool = False) -> None:
    global _unattended
    _unattended = unattended
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def _thread_excepthook(args) -> None:
    """An error in a background thread: logged with its traceback (a dialog belongs to the GUI thread)."""
    if args.exc_type is SystemExit:
        return
    details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    name = args.thread.name if args.thread is not None else "?"
    log.error("unexpected error in thread %s\n%s", name, details)


def _excepthook(exc_type, exc, tb) -> None:
    global _showing
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    if isinstance(exc, UserError):
        log.info("user error: %s", exc)
    else:
        log.error("unexpected error\n%s", details)
    if _unattended:
        sys.stderr.write(details)
        sys.stderr.flush()
        os._exit(EXIT_CRASHED)
    if _showing:
        return
    _showing = True
    try:
        _show(exc, details)
    finally:
        _showing = False


def _show(exc: BaseException, details: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        sys.stderr.write(details)
        return
    box = QMessageBox()
    box.setWindowTitle(tr("Crash", "督办台"))
    if isinstance(exc, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(exc.message)
    else:
        from desktop import logs

        log_file = logs.current_log_file()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            tr(
                "Crash",
                "督办台遇到了一个意外错误。您已保存的数据不受影响；正在进行的操作可能没有完成。\n"
                "请点击“复制详细信息”，把内容发给技术支持人员。",
            )
        )
        box.setInformativeText(tr("Crash", "详细信息也已记录在日志文件中：{0}").format(log_file))
        full = f"{desktop.APP_NAME} {desktop.__version__}\n{tr('Crash', '日志文件：{0}').format(log_file)}\n\n{details}"
        box.setDetailedText(full)
        copy = box.addButton(tr("Crash", "复制详细信息"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # copying must not close the box
        copy.clicked.connect(lambda: QApplication.clipboard().setText(full))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
