"""``kakurega serve --workers N``: N server processes on one port, kept running by this one.

Each worker is a whole instance (its own hub, broker connection, metrics port), so workers
share nooks through Redis exactly as pods do. The port: this process binds one listening
socket per worker slot with ``SO_REUSEPORT`` and hands slot *i*'s socket to worker *i*, so
the kernel spreads new connections evenly over the slots (one shared socket would let the
busiest event loop win most accepts). When a worker dies its socket stays open here, so the
connections the kernel hashes to it wait in its backlog for the replacement instead of being
refused.

The worker handle is uvicorn's own (``uvicorn.supervisors.multiprocess.Process``: a spawned
process with a pipe, and a thread in the child that answers pings on it). uvicorn's supervisor
(``Multiprocess``) is not reused: it hard-codes that class in four places, shares one socket
between all workers, and its ping blocks for up to its timeout, which a worker still importing
the application (10-20 s on a loaded machine) misses and is killed for. The loop below is the
part of it Kakurega needs: restart the dead and the hung, stop on a worker that cannot start,
forward SIGTERM so every worker drains at once.

This module is what a spawned worker imports before it answers its first ping, so it imports
nothing heavy; the worker's ``start`` function imports the application.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import Protocol

from uvicorn import Config
from uvicorn.config import STARTUP_FAILURE
from uvicorn.importer import import_from_string
from uvicorn.supervisors.multiprocess import Process

log = logging.getLogger("kakurega.workers")

# How long a worker may leave a ping unanswered before it counts as hung. A thread answers it,
# so only a process stuck with the GIL held (or stopped) misses it; generous for a loaded host.
HEALTHCHECK_SECONDS = 10.0
# Until its first answer, a worker is starting: the spawned interpreter imports the whole
# application before the answering thread runs (the console script imports ``server``), which
# took 10-20 s on a loaded 2-core machine.
STARTUP_SECONDS = 180.0
LOOP_SECONDS = 0.5


class Runnable(Protocol):
    started: bool

    def run(self, sockets: list[socket.socket]) -> None: ...


# What a worker runs: ``"module:function"`` and plain arguments; ``function(*arguments, index)``
# returns its server, not yet running. A name, not the function, so that unpickling the worker in
# the spawned process imports nothing before the thread that answers pings is running.
Start = tuple[str, tuple[object, ...]]


def reuse_port_sockets(host: str, port: int, count: int, backlog: int) -> list[socket.socket]:
    """``count`` listening sockets on one address, the kernel balancing connections between them."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket(family, socket.SOCK_STREAM)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((host, port))
            sock.listen(backlog)
            sock.set_inheritable(True)
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


class Worker(Process):
    """One worker process: uvicorn's handle, running ``start(index)``'s server on its own socket."""

    def __init__(self, index: int, sock: socket.socket, start: Start, log_level: str) -> None:
        self.index = index
        self.start_server = start
        self.started_at = time.monotonic()
        self.ready = False
        self.answered = False  # it has answered a ping: its answering thread runs
        self.asked_at: float | None = None  # a ping is out since then
        self._runnable: Runnable | None = None
        # Only for what the spawned child does before ``start`` (log levels); the app is never loaded.
        config = Config("server:app", log_config=None, log_level=log_level)
        super().__init__(config, [sock])

    def target(self, sockets: list[socket.socket] | None = None) -> None:  # runs in the worker
        # Its own process group: a Ctrl-C in the terminal reaches only the supervisor, which
        # forwards one SIGTERM, instead of every worker getting two signals (the second one cuts
        # the drain short).
        os.setpgid(0, 0)
        self.parent_conn.close()  # the supervisor's end: with it closed here, its death reads as EOF
        threading.Thread(target=self.always_pong, daemon=True).start()
        try:
            name, arguments = self.start_server
            start: Callable[..., Runnable] = import_from_string(name)
            self._runnable = start(*arguments, self.index)
        except SystemExit:
            raise
        except BaseException:
            log.exception("worker %d could not start", self.index)
            raise SystemExit(STARTUP_FAILURE) from None
        self._runnable.run(sockets or [])

    def health(self, now: float) -> bool | None:
        """Ready (True), starting (False) or silent for too long (None), without blocking.

        uvicorn's own check blocks for up to its timeout and, if that passes, leaves its ping to
        be answered later, so answers pile up and a slow start reads as a hang. This one keeps
        one ping out at a time and reads its answer when it has come."""
        if self.asked_at is None:
            self.parent_conn.send(b"ping")
            self.asked_at = now
        if self.parent_conn.poll(0):
            started = bool(self.parent_conn.recv())
            self.asked_at, self.answered = None, True
            return started
        patience = HEALTHCHECK_SECONDS if self.answered else STARTUP_SECONDS
        return None if now - self.asked_at > patience else self.ready

    def always_pong(self) -> None:
        try:
            while True:
                self.pong()
        except (EOFError, OSError):
            # The supervisor is gone (killed): nothing would restart or stop this worker any more,
            # and nothing holds the port for a replacement. Drain as if stopped, and stop.
            log.error("worker %d: the supervisor is gone; draining and stopping", self.index)
            os.kill(os.getpid(), signal.SIGTERM)

    def pong(self) -> None:
        # uvicorn's asks ``self.server`` (its own Server, built on first use): this one answers
        # for the server ``start`` built, and never builds anything from the pinging thread.
        self.child_conn.recv()
        self.child_conn.send(self._runnable is not None and self._runnable.started)


class Supervisor:
    """Starts the workers, replaces the ones that die or hang, and stops them all on SIGTERM/SIGINT."""

    def __init__(
        self, sockets: list[socket.socket], start: Start, log_level: str, stop_timeout: float
    ) -> None:
        self.sockets = sockets
        self.start = start
        self.log_level = log_level
        self.stop_timeout = stop_timeout  # the workers' drain plus uvicorn's graceful shutdown, and then some
        self.workers: list[Worker] = []
        self.stopping = threading.Event()
        self.signals = 0
        self.failed = False

    def run(self) -> int:
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            log.warning("starting %d workers (supervisor pid %d)", len(self.sockets), os.getpid())
            self.workers = [self._spawn(index) for index in range(len(self.sockets))]
            while not self.stopping.wait(LOOP_SECONDS):
                for index in range(len(self.workers)):
                    if self.stopping.is_set():
                        break
                    self._check(index)
            self._stop_all()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            for sock in self.sockets:
                sock.close()
        return 1 if self.failed else 0

    def _spawn(self, index: int) -> Worker:
        worker = Worker(index, self.sockets[index], self.start, self.log_level)
        worker.start()
        log.info("worker %d started (pid %s)", index, worker.pid)
        return worker

    def _check(self, index: int) -> None:
        worker = self.workers[index]
        if worker.process.is_alive():
            try:
                answer = worker.health(time.monotonic())
            except OSError:  # its end of the pipe is gone: it is dying; the next round sees it dead
                return
            if answer is True and not worker.ready:
                worker.ready = True
                log.warning("worker %d ready (pid %s)", index, worker.pid)
            if answer is not None:
                return
            log.error("worker %d (pid %s) stopped answering: killing it", index, worker.pid)
            worker.kill()
        worker.join()
        if self.stopping.is_set():
            return
        if worker.exitcode == STARTUP_FAILURE and not worker.ready:
            # It failed before serving: the app or the settings are broken, and every
            # replacement would fail the same way (uvicorn stops here too).
            log.error("worker %d (pid %s) failed to start: stopping", index, worker.pid)
            self.failed = True
            self.stopping.set()
            return
        log.error(
            "worker %d (pid %s) died (exit code %s) after %.0f s: starting another",
            index,
            worker.pid,
            worker.exitcode,
            time.monotonic() - worker.started_at,
        )
        self.workers[index] = self._spawn(index)

    def _on_signal(self, sig: int, frame: FrameType | None) -> None:
        self.signals += 1
        if self.signals > 1:
            # A second signal: the workers stop waiting for their drain, as a lone instance does.
            for worker in self.workers:
                self._send(worker, signal.SIGTERM)
        self.stopping.set()

    def _stop_all(self) -> None:
        log.warning("stopping %d workers: each drains its visitors", len(self.workers))
        for worker in self.workers:
            self._send(worker, signal.SIGTERM)
        deadline = time.monotonic() + self.stop_timeout
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                log.error("worker %d (pid %s) did not stop in time: killing it", worker.index, worker.pid)
                worker.kill()
                worker.process.join()
        log.warning("all workers stopped")

    @staticmethod
    def _send(worker: Worker, sig: int) -> None:
        if worker.pid is not None and worker.process.exitcode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker.pid, sig)
