"""This PC as a lock file names it: its host name, the person logged on, and whether a process of it lives."""

from __future__ import annotations

import os
import socket
import sys


def pid_alive(pid: int) -> bool:
    """Whether the process *pid* of this PC is running."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _user() -> str:
    for name in ("USERNAME", "USER", "LOGNAME"):
        if os.environ.get(name):
            return os.environ[name]
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth failing a save for
        return ""


#: This PC's name and the person logged on, as a lock file records its holder.
HOST = socket.gethostname()
USER = _user()
