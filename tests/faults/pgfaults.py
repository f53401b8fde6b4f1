"""Faults of a PostgreSQL server, for tests/test_server_faults.py.

* :func:`paused_inside_save` (used in the ``session`` worker): the next save stops inside its
  write transaction and waits, so the test can restart the server or end the connection there.
* :class:`CommitCutProxy` (used by the test): a TCP proxy in front of the server that can let a
  COMMIT through and then cut the connection before its answer comes back: the commit landed,
  the PC does not know it (an uncertain commit).
* :class:`ServerControl`: ``pg_ctl`` for the test server (stop, start), found from the server itself.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import selectors
import shlex
import socket
import subprocess
import sys
import threading
from pathlib import Path

#: Where a save can be made to stop: before the progress report is written through the driver
#: cursor (desktop.db.driver), before the save id and revision are (desktop.db.database), or right
#: before COMMIT is sent.
PAUSE_POINTS = ("report", "bookkeeping", "commit")


def _pause_here(point: str, session) -> None:
    backend_pid = session.connection().connection.dbapi_connection.info.backend_pid
    sys.stdout.write(json.dumps({"event": "paused", "at": point, "backend_pid": backend_pid}) + "\n")
    sys.stdout.flush()
    if sys.stdin.readline().strip() != "go":
        raise RuntimeError("the test did not say go")


@contextlib.contextmanager
def paused_inside_save(point: str | None):
    """With *point*, the next save says ``{"event": "paused", ...}`` inside its transaction and waits for "go"."""
    if point is None:
        yield
        return
    if point not in PAUSE_POINTS:
        raise ValueError(point)
    import desktop.db.driver
    import desktop.db.saving
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    module = desktop.db.driver if point == "report" else desktop.db.saving
    real_cursor = module.driver_cursor
    done = False

    def cursor_after_pause(session):
        module.driver_cursor = real_cursor
        _pause_here(point, session)
        return real_cursor(session)

    def before_commit(session) -> None:
        nonlocal done
        if not done:
            done = True
            _pause_here(point, session)

    if point == "commit":
        event.listen(Session, "before_commit", before_commit)
    else:
        module.driver_cursor = cursor_after_pause
    try:
        yield
    finally:
        module.driver_cursor = real_cursor
        if event.contains(Session, "before_commit", before_commit):
            event.remove(Session, "before_commit", before_commit)


class CommitCutProxy:
    """Forwards TCP connections from a local port to the server.

    After :meth:`cut_after_next_commit`, the first client message holding ``COMMIT`` is passed
    on, the server's answer is read and thrown away, and both sides are closed: the client sees
    the connection lost during COMMIT although the transaction was committed.
    """

    def __init__(self, host: str, port: int):
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._armed = threading.Event()
        #: Set when a connection was cut after its COMMIT was answered by the server.
        self.cut = threading.Event()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_after_next_commit(self) -> None:
        self.cut.clear()
        self._armed.set()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=10)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, client: socket.socket, upstream: socket.socket) -> None:
        with contextlib.ExitStack() as stack, selectors.DefaultSelector() as selector:
            stack.callback(client.close)
            stack.callback(upstream.close)
            selector.register(client, selectors.EVENT_READ, upstream)
            selector.register(upstream, selectors.EVENT_READ, client)
            while True:
                for key, _ in selector.select():
                    data = key.fileobj.recv(65536)
                    if not data:
                        return
                    if key.fileobj is client and b"COMMIT" in data and self._armed.is_set():
                        self._armed.clear()
                        upstream.sendall(data)
                        upstream.settimeout(10)
                        upstream.recv(65536)  # CommandComplete, ReadyForQuery: the commit landed
                        self.cut.set()
                        return  # both sockets closed, the answer never reaches the client
                    key.data.sendall(data)

    def close(self) -> None:
        self._closed = True
        self.listener.close()


class ServerControl:
    """Stopping and starting the test server with its own ``pg_ctl``, as the account that owns it.

    Found through the server (its data directory, the postmaster's program): possible where the
    server runs on this machine and this process may act as its owner (root, or the owner itself).
    """

    def __init__(self, data_directory: str):
        self.data = Path(data_directory)
        postmaster = int((self.data / "postmaster.pid").read_text().split("\n", 1)[0])
        bindir = Path(os.readlink(f"/proc/{postmaster}/exe")).parent
        self.pg_ctl = bindir / "pg_ctl"
        owner = pwd.getpwuid(self.data.stat().st_uid).pw_name
        if owner == pwd.getpwuid(os.geteuid()).pw_name:
            self.prefix: list[str] = []
        elif os.geteuid() == 0:
            self.prefix = ["runuser", "-u", owner, "--"]
        else:
            raise PermissionError(f"the server belongs to {owner}; this test runs as another user")
        # The options the server was started with (port, socket folder…), for starting it again:
        # pg_ctl reuses them by itself only for "restart", which gives no time in between.
        words = shlex.split((self.data / "postmaster.opts").read_text())[1:]
        kept = [w for i, w in enumerate(words) if w != "-D" and (i == 0 or words[i - 1] != "-D")]
        self.options = " ".join(shlex.quote(w) for w in kept)
        log = self.data.parent / "server.log"
        self.log = log if log.exists() else self.data / "duban-test-restart.log"
        if not self.pg_ctl.exists():
            raise FileNotFoundError(self.pg_ctl)

    @classmethod
    def find(cls, data_directory: str) -> tuple[ServerControl | None, str]:
        """The control, or None and why not."""
        try:
            return cls(data_directory), ""
        except (OSError, ValueError, KeyError) as exc:
            return None, f"cannot stop and start the test server with pg_ctl: {exc}"

    def _run(self, *args: str) -> None:
        command = [*self.prefix, str(self.pg_ctl), "-D", str(self.data), "-w", "-t", "60", *args]
        result = subprocess.run(command, capture_output=True, text=True, timeout=90)
        if result.returncode != 0:
            raise AssertionError(f"{' '.join(command)} failed: {result.stdout}{result.stderr}")

    def stop(self) -> None:
        """A fast shutdown, as an administrator restarting the server does: sessions are ended."""
        self._run("-m", "fast", "stop")

    def start(self) -> None:
        self._run("-l", str(self.log), "-o", self.options, "start")

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()
