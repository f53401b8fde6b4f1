"""One Duban per person on a PC: a second start hands its file to the first and exits.

Double-clicking a ``.duban`` file while Duban is already open must not start a second
copy (two windows on the same file, two sets of heartbeats): the new process connects
to the first one's local server (a named pipe on Windows, a socket file elsewhere),
sends the path it was given and exits 0; the first brings its window forward and opens
the file (asking first when another file is open). The server name is per user and per
data folder, so two people on one terminal server, or two test runs, do not meet.

A server left behind by a crashed Duban (a stale socket file) does not answer; it is
removed and this process becomes the server.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.paths import user_data_dir

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 5000
ACK = b"ok\n"


def server_name() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: still one server per data folder
        user = "user"
    digest = hashlib.sha1(f"{user}\0{user_data_dir()}".encode()).hexdigest()[:12]
    return f"duban-{digest}"


def hand_over(path: str | None, name: str | None = None) -> bool:
    """Send *path* (or None: just show the window) to a running Duban; True when it took it."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(json.dumps({"path": path}).encode("utf-8") + b"\n")
    socket.flush()
    socket.waitForBytesWritten(REPLY_TIMEOUT_MS)  # False when flush() already wrote it all
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
        reply += bytes(socket.readAll())
    socket.disconnectFromServer()
    return reply == ACK


class InstanceServer(QObject):
    """Listens for later starts; emits :attr:`path_received` with the path each one sends ("" for none)."""

    path_received = Signal(str)

    def __init__(self, name: str | None = None, parent=None):
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        #: What each connection sent so far, until its line is complete (by the socket's id).
        self._buffers: dict[int, bytes] = {}

    def listen(self) -> bool:
        if self.server.listen(self.name):
            log.info("single instance: listening on %s", self.name)
            return True
        # A socket file left by a Duban that crashed: nobody answers on it.
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            log.info("single instance: listening on %s (removed a stale socket left by a crashed Duban)", self.name)
            return True
        log.warning("single instance: cannot listen on %s: %s", self.name, self.server.errorString())
        return False

    def close(self) -> None:
        """Stop listening and drop the connections (their Python slots first, so nothing calls back)."""
        self.server.close()
        for socket in self.server.findChildren(QLocalSocket):
            for signal in (socket.readyRead, socket.disconnected):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass
            socket.abort()
            socket.deleteLater()
        self._buffers.clear()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.pop(id(socket), b"") + bytes(socket.readAll())
        if not data.endswith(b"\n"):
            self._buffers[id(socket)] = data
            return
        try:
            path = json.loads(data.decode("utf-8")).get("path") or ""
        except (ValueError, AttributeError):
            log.warning("single instance: unreadable message %r", data[:200])
            socket.disconnectFromServer()
            return
        socket.write(ACK)
        socket.flush()
        log.info("a second start handed over %r", path)
        self.path_received.emit(str(path))
