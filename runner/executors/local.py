"""LocalExecutor: each step in its own fresh process, forked from a warm fork server.

The server (runner.executors.forkserver) has pandas, pyarrow, scikit-learn, joblib and
the module library imported already, so a step process starts in milliseconds instead
of the second or two a new interpreter needs for those imports. Each step process runs
in its own session (process group) with rlimits, a minimal environment and its work
directory as cwd; its stdout and stderr come back here line by line, and its progress,
metrics and result as JSON lines on a separate control pipe. Timeouts and cancellation
kill the whole process group.

Typical use in a worker (one executor per process, reused for every step):

    executor = LocalExecutor()
    executor.warm_up()                # optional: at worker start, not on the first step
    result = executor.execute(spec, workdir, limits, on_log, should_cancel=...)
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from runner.executors import sandbox
from runner.executors.forkserver import (
    CPU_LIMIT_EXIT,
    FDS_PER_REQUEST,
    PER_STEP_UID,
    READY,
    SANDBOX_FAILED,
)
from runner.step_contract import (
    MAX_EVENT_LINE_BYTES,
    SPEC_FILE,
    ExecutionResult,
    Limits,
    LineReader,
    StepEvents,
    StepSpec,
)

logger = logging.getLogger(__name__)

DEFAULT_PRELOAD: tuple[str, ...] = (
    "numpy",
    "pandas",
    "pyarrow",
    "pyarrow.parquet",
    "pyarrow.pandas_compat",
    "sklearn",
    "joblib",
    "runner.step_runtime",
    "runner.modules",
)
DEFAULT_WARM_UP: tuple[str, ...] = ("runner.modules:warm_up",)

# Polling should_cancel more often than this would cost the caller (often a database
# query) more than it gains.
_CANCEL_POLL_SECONDS = 0.2
# After the step process exits, how long to wait for the rest of its output.
_DRAIN_SECONDS = 2.0
# After a kill, how long to wait for the server to report the exit before giving up.
_KILL_WAIT_SECONDS = 5.0
_PID_WAIT_SECONDS = 30.0
_READ_CHUNK = 64 * 1024

_BOOTSTRAP = (
    "import json, sys; sys.path[:] = json.loads(sys.argv[1]); "
    "from runner.executors.forkserver import serve; "
    "serve(int(sys.argv[2]), json.loads(sys.argv[3]), json.loads(sys.argv[4]))"
)


_NO_ANSWER = "the fork server did not answer"

# Each sandbox warning is logged once per worker process, not once per step.
_warned: set[str] = set()
_warned_lock = threading.Lock()


def _warn_once(message: str) -> None:
    with _warned_lock:
        if message in _warned:
            return
        _warned.add(message)
    logger.warning("local executor sandbox: %s", message)


class ForkServerError(Exception):
    """The fork server could not be started or stopped answering."""


class _ForkServer:
    """The worker's handle on its fork server; starts (and restarts) it on demand."""

    def __init__(self, preload: Sequence[str], warm_up: Sequence[str], start_timeout: float) -> None:
        self._preload = list(preload)
        self._warm_up = list(warm_up)
        self._start_timeout = start_timeout
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._sock: socket.socket | None = None

    def ensure_running(self) -> None:
        with self._lock:
            self._ensure_running_locked()

    def spawn(self, request: dict[str, Any], fds: list[int]) -> None:
        """Ask the server to fork a step process that receives `fds`."""
        message = json.dumps(request).encode()
        with self._lock:
            for attempt in range(2):
                sock = self._ensure_running_locked()
                try:
                    socket.send_fds(sock, [message], fds, socket.MSG_NOSIGNAL)
                    return
                except OSError as exc:
                    # The server died (killed, or out of memory): start a new one once.
                    self._stop_locked()
                    if attempt:
                        raise ForkServerError(f"the fork server is not accepting steps: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            self._stop_locked()

    def _ensure_running_locked(self) -> socket.socket:
        if self._sock is not None and self._process is not None and self._process.poll() is None:
            return self._sock
        self._stop_locked()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-I",
                    "-c",
                    _BOOTSTRAP,
                    json.dumps(_absolute_sys_path()),
                    str(theirs.fileno()),
                    json.dumps(self._preload),
                    json.dumps(self._warm_up),
                ],
                # Explicit and minimal, so the server and every step it forks never see
                # SECRET_KEY, DATABASE_URL, REDIS_URL or cloud credentials.
                env=_server_environment(),
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                cwd="/",
                # Its own session: a Ctrl-C meant for the worker (whose warm shutdown
                # lets running tasks finish) must not kill the server and its steps.
                # The server exits when the worker closes the socket instead.
                start_new_session=True,
            )
        finally:
            theirs.close()
        ours.settimeout(self._start_timeout)
        try:
            greeting = ours.recv(len(READY))
        except OSError as exc:
            greeting = f"{exc}".encode()
        if greeting != READY:
            process.kill()
            process.wait()
            ours.close()
            raise ForkServerError(f"the fork server did not start (exit code {process.returncode})")
        ours.settimeout(None)
        self._process, self._sock = process, ours
        return ours

    def _stop_locked(self) -> None:
        if self._sock is not None:
            self._sock.close()  # the server sees EOF and exits
            self._sock = None
        if self._process is not None:
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None


def _absolute_sys_path() -> list[str]:
    # The server runs with cwd "/", so "" and relative entries must be resolved here.
    return [os.path.abspath(entry) for entry in sys.path]


def _server_environment() -> dict[str, str]:
    temp = tempfile.gettempdir()
    return {
        "PATH": os.environ.get("PATH", os.defpath),
        "LANG": "C.UTF-8",
        "HOME": temp,
        "TMPDIR": temp,
        # Fixed str hashing makes set and dict-of-set iteration orders repeatable, which
        # deterministic modules (and their cache keys) rely on.
        "PYTHONHASHSEED": "0",
    }


def step_environment(workdir: Path) -> dict[str, str]:
    """The whole environment a step process sees."""
    return {
        "PATH": os.environ.get("PATH", os.defpath),
        "LANG": "C.UTF-8",
        "HOME": str(workdir),
        "TMPDIR": str(workdir / "tmp"),
        "PYTHONHASHSEED": "0",
    }


class LocalExecutor:
    """Runs steps as forked processes of a fork server owned by this executor.

    Safe to share between a few threads; each execute() call has its own pipes and
    process. The server starts on first use (or warm_up()) and is restarted if it dies.
    """

    def __init__(
        self,
        *,
        preload: Sequence[str] = DEFAULT_PRELOAD,
        warm_up: Sequence[str] = DEFAULT_WARM_UP,
        start_timeout: float = 120.0,
        sandboxed: bool = True,
        step_uid: int | str | None = PER_STEP_UID,
    ) -> None:
        """sandboxed=False runs steps without Landlock and as the worker's own user
        (rlimits and the scrubbed environment still apply); step_uid is the uid steps
        switch to when the worker runs as root: by default one of their own per step
        (forkserver.STEP_UID_BASE + pid), or a fixed one, or None (stay root,
        capabilities kept)."""
        self._server = _ForkServer(preload, warm_up, start_timeout)
        self._sandbox = {"enabled": sandboxed, "uid": step_uid}
        if sandboxed and not sandbox.landlock_abi():
            _warn_once(
                "this kernel has no Landlock: steps run without file system or network confinement "
                "(rlimits, a scrubbed environment and the uid switch still apply)"
            )

    def warm_up(self) -> None:
        """Start the fork server now and wait until its imports are done."""
        self._server.ensure_running()

    def close(self) -> None:
        """Stop the fork server; steps still running are killed."""
        self._server.close()

    def execute(
        self,
        spec: StepSpec,
        workdir: Path,
        limits: Limits,
        on_log: Callable[[str], None],
        *,
        on_progress: Callable[[float, str], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> ExecutionResult:
        started = time.monotonic()
        workdir = workdir.resolve()
        (workdir / "outputs").mkdir(parents=True, exist_ok=True)
        (workdir / "tmp").mkdir(exist_ok=True)
        (workdir / SPEC_FILE).write_text(json.dumps(spec.to_dict()))

        pipes = [os.pipe() for _ in range(FDS_PER_REQUEST)]
        (log_r, log_w), (control_r, control_w), (status_r, status_w) = pipes
        request = {
            "workdir": str(workdir),
            "limits": limits.to_dict(),
            "env": step_environment(workdir),
            "sandbox": self._sandbox,
        }
        try:
            self._server.spawn(request, [log_w, control_w, status_w])
        except ForkServerError as exc:
            for fd in (log_r, control_r, status_r):
                os.close(fd)
            return ExecutionResult(
                status="failed",
                error=f"could not start the step process: {exc}",
                duration_seconds=time.monotonic() - started,
            )
        finally:
            # The step process has its own copies now; ours would keep the pipes open
            # (no end-of-file) after it exits.
            for fd in (log_w, control_w, status_w):
                os.close(fd)

        watch = _StepWatch(log_r, control_r, status_r, on_log, on_progress)
        try:
            watch.run(started + limits.timeout_seconds, should_cancel)
        finally:
            watch.close()
        result = watch.result(limits)
        result.duration_seconds = time.monotonic() - started
        return result


class _StepWatch(StepEvents):
    """Follows one step process: its output, its events, its exit; kills it if need be."""

    def __init__(
        self,
        log_r: int,
        control_r: int,
        status_r: int,
        on_log: Callable[[str], None],
        on_progress: Callable[[float, str], None] | None,
    ) -> None:
        super().__init__(on_progress)
        self._status_r = status_r
        self._readers = {
            log_r: LineReader(on_log),
            control_r: LineReader(self._on_event, MAX_EVENT_LINE_BYTES),
            status_r: LineReader(self._on_status),
        }
        self._selector = selectors.DefaultSelector()
        for fd in self._readers:
            os.set_blocking(fd, False)
            self._selector.register(fd, selectors.EVENT_READ)
        self.pid: int | None = None
        # The step said it is over and nothing of it can run any more (see
        # forkserver._announce_exit): its exit need not be waited for.
        self.released = False
        self.server_lost = False
        self.start_error = _NO_ANSWER

    @property
    def exited(self) -> bool:
        return self.exit_code is not None or self.server_lost

    def run(self, deadline: float, should_cancel: Callable[[], bool] | None) -> None:
        self._wait_for_pid()
        if self.pid is None:
            return
        last_cancel_poll = 0.0
        give_up_at: float | None = None
        try:
            while self._selector.get_map():
                if self.released:
                    self._drain()
                    # It is on its way out; a step that only pretended to be must not
                    # run on unwatched (no time limit) while its outputs are stored.
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.killpg(self.pid, signal.SIGKILL)
                    break
                now = time.monotonic()
                if self.exited and give_up_at is None:
                    give_up_at = now + _DRAIN_SECONDS
                if not self.exited and self.killed_for is None:
                    if now >= deadline:
                        self._kill("timeout")
                        give_up_at = now + _KILL_WAIT_SECONDS
                    elif should_cancel is not None and now - last_cancel_poll >= _CANCEL_POLL_SECONDS:
                        last_cancel_poll = now
                        if should_cancel():
                            self._kill("canceled")
                            give_up_at = now + _KILL_WAIT_SECONDS
                if give_up_at is not None and now >= give_up_at:
                    break
                wait = _CANCEL_POLL_SECONDS
                if give_up_at is not None:
                    wait = min(wait, give_up_at - now)
                elif self.killed_for is None:
                    wait = min(wait, deadline - now)
                self._read_ready(max(wait, 0.0))
        finally:
            # Whatever happened here (a callback raised, the worker is shutting down),
            # no step process may outlive its execute() call.
            if not self.exited:
                self._kill(self.killed_for or "canceled")

    def _lost_reason(self, limits: Limits) -> str:
        """Why a step that reported no result ended: it never started, the fork server
        died, the sandbox failed, or a signal or its own exit ended it."""
        if self.pid is None and self.start_error != _NO_ANSWER:
            return f"could not start the step process: {self.start_error}"
        if self.exit_code is None and self.server_lost:
            # Also when the server died before it reported the pid: the step may well
            # have started (it can print before the server writes its pid line).
            return "step process was lost: the fork server exited"
        if self.pid is None:
            return f"could not start the step process: {self.start_error}"
        if self.exit_code is None:
            return "step process was lost: the fork server exited"
        if self.exit_code == SANDBOX_FAILED:
            return "could not start the step process: its sandbox could not be set up (see the step log)"
        code = self.exit_code
        if code == CPU_LIMIT_EXIT and limits.cpu_seconds is not None:
            code = -signal.SIGXCPU  # it exited on the signal it could not die of
        if code < 0:
            killed = f"step process was killed by {_signal_name(-code)}"
            if -code == signal.SIGXCPU and limits.cpu_seconds is not None:
                killed += f" (it used up its CPU time limit of {limits.cpu_seconds} s)"
            return killed
        return f"step process exited with code {self.exit_code} without reporting a result"

    def close(self) -> None:
        for key in list(self._selector.get_map().values()):
            self._selector.unregister(key.fd)
            os.close(key.fd)
        self._selector.close()

    def _wait_for_pid(self) -> None:
        give_up_at = time.monotonic() + _PID_WAIT_SECONDS
        # EOF on the status pipe (after an "error" line, or from a dead server) ends it too.
        while self.pid is None and not self.server_lost and self._status_r in self._selector.get_map():
            remaining = give_up_at - time.monotonic()
            if remaining <= 0:
                return
            self._read_ready(min(remaining, _CANCEL_POLL_SECONDS))

    def _drain(self) -> None:
        """Read what the step wrote before it was released; it writes nothing more."""
        for fd in [key.fd for key in self._selector.get_map().values()]:
            while self._read(fd):
                pass
        for reader in self._readers.values():
            reader.finish()

    def _read_ready(self, timeout: float) -> None:
        for key, _ in self._selector.select(timeout):
            self._read(key.fd)

    def _read(self, fd: int) -> bool:
        """Read what is there; False when nothing was (or the pipe ended and is closed)."""
        try:
            data = os.read(fd, _READ_CHUNK)
        except BlockingIOError:
            return False
        if data:
            self._readers[fd].feed(data)
            return True
        self._readers[fd].finish()
        self._selector.unregister(fd)
        os.close(fd)
        if fd == self._status_r and self.exit_code is None:
            self.server_lost = True
        return False

    def _on_status(self, line: str) -> None:
        kind, _, value = line.partition(" ")
        if kind == "pid":
            self.pid = int(value)
        elif kind == "exit":
            self.exit_code = int(value)
        elif kind == "error":
            self.start_error = value

    def _on_other_event(self, event: dict[str, Any]) -> None:
        if event.get("event") == "exit":
            self.exit_code = int(event.get("code", 0))
            self.released = True
        elif event.get("event") == "sandbox":
            for warning in event.get("warnings", []):
                _warn_once(str(warning))

    def _kill(self, reason: Literal["timeout", "canceled"]) -> None:
        self.killed_for = reason
        self.result_before_kill = self.final_event is not None
        if self.pid is None:
            return
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            # Not yet its own group leader (it calls setsid first thing), or gone.
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
