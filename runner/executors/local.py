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
import dataclasses
import errno
import json
import logging
import os
import select
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

from runner import janitor
from runner.executors import sandbox
from runner.executors.forkserver import (
    CPU_LIMIT_EXIT,
    FDS_PER_REQUEST,
    HOST_DONE,
    HOST_REQUEST,
    PER_STEP_UID,
    READY,
    SANDBOX_FAILED,
)
from runner.step_contract import (
    MAX_EVENT_LINE_BYTES,
    OUTPUTS_DIR,
    SPEC_FILE,
    ExecutionResult,
    Limits,
    LineReader,
    StepSpec,
    StepWatch,
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

_PID_WAIT_SECONDS = 30.0
_READ_CHUNK = 64 * 1024
# Warm step hosts (see _WarmHosts): how many one executor (one worker slot) keeps, and
# when one is replaced by a fresh one.
HOSTS_PER_EXECUTOR = 2
HOST_MAX_STEPS = 200
HOST_MAX_GROWTH_BYTES = 512 * 1024 * 1024
# A step reading more than this gets a fresh process: its frames would leave the host's
# memory fragmented and large for every step after it, and next to its own work a fork
# costs nothing.
WARM_INPUT_MAX_BYTES = 64 * 1024 * 1024
_HOST_READY_SECONDS = 60.0
# A host's emptied step folder, waiting in the host's own folder for its next step.
_SPARE = "spare-step"
_LENT_MAX = 64
MAX_MESSAGE_BYTES = 1 << 16

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
                    json.dumps(absolute_sys_path()),
                    str(theirs.fileno()),
                    json.dumps(self._preload),
                    json.dumps(self._warm_up),
                ],
                # Explicit and minimal, so the server and every step it forks never see
                # SECRET_KEY, DATABASE_URL, REDIS_URL or cloud credentials.
                env=server_environment(),
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


def absolute_sys_path() -> list[str]:
    # The server runs with cwd "/", so "" and relative entries must be resolved here.
    return [os.path.abspath(entry) for entry in sys.path]


def server_environment() -> dict[str, str]:
    """The whole environment of a fork server (and of other processes started like one:
    the scorer, the upload reader): no secret, database or broker address of the worker."""
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
        self._hosts = _WarmHosts(self._server, self._sandbox)
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
        self._hosts.close()
        self._server.close()

    def release(self, workdir: Path) -> None:
        """A warm step's folders go back to its host for its next step; everything else
        is deleted."""
        if not self._hosts.take_back(workdir.resolve()):
            janitor.discard(workdir)

    def execute(
        self,
        spec: StepSpec,
        workdir: Path,
        limits: Limits,
        on_log: Callable[[str], None],
        *,
        on_progress: Callable[[float, str], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
        warm_key: str | None = None,
    ) -> ExecutionResult:
        """Run one step. With a warm_key (the engine gives one only to trusted code, see
        runner.step_contract.Executor), the step may run in a warm host kept for that key
        instead of a fresh process."""
        started = time.monotonic()
        workdir = workdir.resolve()
        if warm_key is not None and _may_run_warm(limits) and _input_bytes(spec) <= WARM_INPUT_MAX_BYTES:
            result = self._hosts.execute(warm_key, spec, workdir, limits, on_log, on_progress, should_cancel)
            if result is not None:
                result.duration_seconds = time.monotonic() - started
                return result
        workdir.mkdir(parents=True, exist_ok=True)
        (workdir / "outputs").mkdir(exist_ok=True)
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


def _input_bytes(spec: StepSpec) -> int:
    """The size of a step's input files (artifact folders hold a few files each)."""
    total = 0
    for path in spec.inputs.values():
        root = Path(path)
        if root.is_file():
            total += root.stat().st_size
        else:
            total += sum(entry.stat(follow_symlinks=False).st_size for _, entry in _files(root))
    return total


def _files(root: Path, relative: str = "") -> Iterator[tuple[str, os.DirEntry[str]]]:
    """(path relative to `root`, entry) of every regular file under a folder. (os.scandir,
    not Path.rglob: this runs on every warm step's path, and rglob's pattern matching
    cost more than the step's own file operations.)"""
    with os.scandir(root) as entries:
        for entry in entries:
            name = f"{relative}{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                yield from _files(Path(entry.path), f"{name}/")
            elif entry.is_file(follow_symlinks=False):
                yield name, entry


def _may_run_warm(limits: Limits) -> bool:
    """A warm host's limits are set once for all its steps: it never has the network,
    and a step with a CPU time budget gets a fresh process (RLIMIT_CPU counts the whole
    process's life, and a limit once lowered cannot be raised again)."""
    return not limits.network and limits.cpu_seconds is None


@dataclasses.dataclass(eq=False)
class _WarmHost:
    """The worker's handle on one warm step host (forkserver._serve_steps)."""

    key: tuple[Any, ...]
    directory: Path
    sock: socket.socket
    pid: int
    # The fork server's status pipe for the host: it says "exit <code>" when it is gone.
    status_r: int
    uid: int
    steps: int = 0
    baseline_rss: int = 0
    # The folders of its last step, emptied, for its next step (see _WarmHosts.take_back).
    spare: Path | None = None

    def gone(self) -> bool:
        return bool(select.select([self.status_r], [], [], 0)[0])

    def stop(self) -> None:
        """Close its socket (it exits at once) and make sure: as process 1 of its PID
        namespace it takes whatever is left in it along."""
        self.sock.close()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signal.SIGKILL)
        os.close(self.status_r)
        shutil.rmtree(self.directory, ignore_errors=True)

    def wait_until_gone(self, timeout: float) -> bool:
        return bool(select.select([self.status_r], [], [], timeout)[0])


class _WarmHosts:
    """Warm step hosts: long-lived sandboxed processes that run step after step of
    trusted code, so those steps cost no fork, no sandbox set-up and no process exit.

    One executor is one worker slot; it keeps up to HOSTS_PER_EXECUTOR hosts, one per
    warm key (the engine gives the workspace) and set of limits. A host is confined
    like a step, to a directory of its own: each step's work directory is made inside
    it, its inputs are hard-linked there (copied when the host runs as the worker's own
    uid, which could otherwise change the store's files through the links), and once it
    is done that folder, outputs and all, is renamed to the step's work directory. A host is
    replaced after HOST_MAX_STEPS steps, when its memory grew by HOST_MAX_GROWTH_BYTES,
    after any step that did not complete, when a step left a process behind, and when it
    was killed at a time limit or on cancel.

    When the engine is done with a step's folder it comes back here (take_back), is
    emptied and given to the same host's next step: folders made and deleted for every
    step were what a small step spent most of its time on where deleting is slow (a
    folder is a block freed, and ext4 mounted with `discard` trims each one).
    """

    def __init__(self, server: _ForkServer, sandbox_settings: dict[str, Any]) -> None:
        self._server = server
        self._sandbox = sandbox_settings
        self._idle: dict[tuple[Any, ...], _WarmHost] = {}
        # Work directories handed to the engine, by path, with the host they came from.
        self._lent: dict[Path, _WarmHost] = {}
        self._lock = threading.Lock()
        self._retry_at = 0.0

    def close(self) -> None:
        with self._lock:
            hosts, self._idle = list(self._idle.values()), {}
        for host in hosts:
            host.stop()

    def execute(
        self,
        warm_key: str,
        spec: StepSpec,
        workdir: Path,
        limits: Limits,
        on_log: Callable[[str], None],
        on_progress: Callable[[float, str], None] | None,
        should_cancel: Callable[[], bool] | None,
    ) -> ExecutionResult | None:
        """The step's result, or None when no host could take it (the caller runs it
        in a fresh process)."""
        started = time.monotonic()
        key = (warm_key, limits.memory_bytes, limits.max_processes, limits.max_open_files, limits.cpus)
        host = self._take(key, workdir.parent, limits)
        if host is None:
            return None
        inner = host.directory / workdir.name
        keep = moved = False
        try:
            sent = self._send(host, spec, inner)
            if sent is None:
                return None  # it died between steps
            log_r, control_r = sent
            watch = _StepWatch(log_r, control_r, os.dup(host.status_r), on_log, on_progress, pid=host.pid)
            try:
                watch.run(started + limits.timeout_seconds, should_cancel)
            finally:
                watch.close()
            result = watch.result(limits)
            done = watch.host_done
            if done is not None and done.get("children"):
                # Something the step started could still write to its outputs: they are
                # taken only once the host, and with it everything in it, is gone.
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(host.pid, signal.SIGKILL)
                if not host.wait_until_gone(_StepWatch.KILL_WAIT_SECONDS):
                    error = "a process the step started could not be stopped"
                    return dataclasses.replace(result, status="failed", error=error, outputs={})
            if done is not None or host.gone():
                os.rename(inner, workdir)  # the step's folder, outputs and all, is the engine's now
                moved = True
            if done is not None and not done.get("children") and result.status == "completed":
                host.steps += 1
                grown = int(done.get("rss_bytes", 0)) - host.baseline_rss
                keep = host.steps < HOST_MAX_STEPS and grown < HOST_MAX_GROWTH_BYTES
            return result
        finally:
            if not moved:
                janitor.discard(inner)
            elif keep:
                with self._lock:
                    self._lent[workdir] = host
                    while len(self._lent) > _LENT_MAX:  # a caller that never gives them back
                        self._lent.pop(next(iter(self._lent)))
            self._give_back(host, keep)

    def take_back(self, workdir: Path) -> bool:
        """Keep a step's work directory, emptied, for the next step of the host it came
        from, if that host is idle and has none; False if it was not kept."""
        with self._lock:
            host = self._lent.pop(workdir, None)
            if host is None or host.spare is not None or self._idle.get(host.key) is not host:
                return False
            # Under the lock: an idle host is taken, or stopped, only under it too.
            spare = host.directory / _SPARE
            try:
                if not _emptied(workdir):
                    return False
                os.rename(workdir, spare)
            except OSError:
                return False
            host.spare = spare
            return True

    def _take(self, key: tuple[Any, ...], parent: Path, limits: Limits) -> _WarmHost | None:
        """The idle host for `key`, or a new one; None if none can be started now."""
        with self._lock:
            host = self._idle.pop(key, None)
        if host is not None and not host.gone():
            return host
        if host is not None:
            host.stop()
        if time.monotonic() < self._retry_at:
            return None
        host = self._start(key, parent, limits)
        if host is None:
            # Steps run in fresh processes meanwhile; try again later, not on every step.
            self._retry_at = time.monotonic() + 60
        return host

    def _give_back(self, host: _WarmHost, keep: bool) -> None:
        evicted: list[_WarmHost] = []
        with self._lock:
            if keep and host.key not in self._idle:
                self._idle[host.key] = host
                while len(self._idle) > HOSTS_PER_EXECUTOR:  # the least recently used goes
                    evicted.append(self._idle.pop(next(iter(self._idle))))
            else:
                evicted.append(host)
        for old in evicted:
            old.stop()

    def _start(self, key: tuple[Any, ...], parent: Path, limits: Limits) -> _WarmHost | None:
        parent.mkdir(parents=True, exist_ok=True)
        directory = Path(tempfile.mkdtemp(prefix="host-", dir=parent))
        (directory / "tmp").mkdir()
        log_r, log_w = os.pipe()
        status_r, status_w = os.pipe()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        request = {
            "kind": HOST_REQUEST,
            "workdir": str(directory),
            "limits": limits.to_dict(),
            "env": step_environment(directory),
            "sandbox": self._sandbox,
        }
        problem = ""
        try:
            self._server.spawn(request, [log_w, theirs.fileno(), status_w])
        except ForkServerError as exc:
            problem = str(exc)
        finally:
            os.close(log_w)
            os.close(status_w)
            theirs.close()
        host: _WarmHost | None = None
        if not problem:
            deadline = time.monotonic() + _HOST_READY_SECONDS
            status = _read_line(status_r, deadline)
            if status.startswith("pid "):
                ours.settimeout(max(deadline - time.monotonic(), 0.1))
                try:
                    ready = json.loads(ours.recv(MAX_MESSAGE_BYTES) or b"null")
                except (OSError, ValueError):
                    ready = None
                ours.settimeout(None)
                if isinstance(ready, dict) and ready.get("event") == "ready":
                    for warning in ready.get("warnings", []):
                        _warn_once(str(warning))
                    pid = int(status.split()[1])
                    host = _WarmHost(key, directory, ours, pid, status_r, uid=int(ready["uid"]))
                    host.baseline_rss = int(ready.get("rss_bytes", 0))
                else:
                    problem = _read_available(log_r).strip() or "it exited before it was ready"
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.killpg(int(status.split()[1]), signal.SIGKILL)
            else:
                problem = status or "the fork server did not answer"
        os.close(log_r)
        if host is None:
            _warn_once(f"a warm step host could not start ({problem}); steps run in fresh processes")
            ours.close()
            os.close(status_r)
            shutil.rmtree(directory, ignore_errors=True)
        return host

    def _send(self, host: _WarmHost, spec: StepSpec, inner: Path) -> tuple[int, int] | None:
        """Lay out the step's work directory inside the host's and hand it the step;
        returns the read ends of its log and control pipes, or None if the host is gone."""
        spare, host.spare = host.spare, None
        reused = spare is not None and _renamed(spare, inner)
        if not reused:
            # One mkdir per folder (no `parents=True`, which tries the deepest first): a
            # file system operation costs a tenth of a millisecond or more on a small VM.
            for folder in (inner, inner / "tmp", inner / OUTPUTS_DIR):
                folder.mkdir()
        link = host.uid != os.geteuid()
        inputs = {
            port: str(_expose(Path(path), inner / f"input-{index}", link=link))
            for index, (port, path) in enumerate(spec.inputs.items())
        }
        _write_in_place(inner / SPEC_FILE, json.dumps(dataclasses.replace(spec, inputs=inputs).to_dict()).encode())
        if link and os.geteuid() == 0 and not reused:
            for folder in (inner, inner / "tmp", inner / OUTPUTS_DIR):
                os.chown(folder, host.uid, host.uid)
        (log_r, log_w), (control_r, control_w) = os.pipe(), os.pipe()
        message = json.dumps({"workdir": str(inner), "env": step_environment(inner)}).encode()
        try:
            socket.send_fds(host.sock, [message], [log_w, control_w], socket.MSG_NOSIGNAL)
        except OSError:
            os.close(log_r)
            os.close(control_r)
            return None
        finally:
            os.close(log_w)
            os.close(control_w)
        return log_r, control_r


def _expose(source: Path, destination: Path, *, link: bool) -> Path:
    """Put an input (an artifact folder or a file) where a warm host may read it:
    hard links to the store's sealed, read-only files (the host's uid owns neither them
    nor the folders they are in), or copies."""

    def place(src: str, dst: str) -> None:
        if link:
            try:
                os.link(src, dst)
                return
            except OSError as exc:
                if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK):
                    raise
        shutil.copyfile(src, dst)

    # It may be there already, emptied: a step folder given back (_WarmHosts.take_back).
    destination.mkdir(exist_ok=True)
    if source.is_dir():
        for relative, entry in _files(source):
            target = destination / relative
            if "/" in relative:
                target.parent.mkdir(parents=True, exist_ok=True)
            place(entry.path, str(target))
        return destination
    place(str(source), str(destination / source.name))
    return destination / source.name


def _emptied(folder: Path) -> bool:
    """Empty a step's work directory given back by the engine, keeping its folders (the
    top level's, the inputs' and the output ports' once the store has taken their
    files); False, leaving it to be deleted, when it holds anything a step is not given.
    The spec file stays, to be written over (_write_in_place)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name == SPEC_FILE and entry.is_file(follow_symlinks=False):
                continue
            if entry.name not in ("tmp", OUTPUTS_DIR) and not entry.name.startswith("input-"):
                return False
            if not entry.is_dir(follow_symlinks=False):
                return False
            with os.scandir(entry.path) as contents:
                for item in contents:
                    if not item.is_dir(follow_symlinks=False):
                        os.unlink(item.path)  # links to the store's files: no block freed
                    elif entry.name != OUTPUTS_DIR or not _empty_folder(item.path):
                        shutil.rmtree(item.path)  # what a step made in tmp/ or left in outputs/
    return True


def _empty_folder(path: str) -> bool:
    with os.scandir(path) as contents:
        return next(contents, None) is None


def _renamed(source: Path, destination: Path) -> bool:
    try:
        os.rename(source, destination)
        return True
    except OSError:
        janitor.discard(source)
        return False


def _write_in_place(file: Path, data: bytes) -> None:
    """Write `data` as the whole of `file`, over what a file already there held rather
    than in a new file: a small file keeps its block (truncating to nothing, then
    writing, frees it and takes another)."""
    fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.ftruncate(fd, len(data))
    finally:
        os.close(fd)


def _read_line(fd: int, deadline: float) -> str:
    """One line from a pipe, waiting until `deadline`; "" on end of file or time-out."""
    data = b""
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            break
        chunk = os.read(fd, 1)
        if not chunk:
            break
        data += chunk
    return data.decode(errors="replace").strip()


def _read_available(fd: int) -> str:
    os.set_blocking(fd, False)
    try:
        return os.read(fd, _READ_CHUNK).decode(errors="replace")
    except OSError:
        return ""


class _StepWatch(StepWatch):
    """Follows one step process: its output, its events, its exit; kills it if need be."""

    def __init__(
        self,
        log_r: int,
        control_r: int,
        status_r: int,
        on_log: Callable[[str], None],
        on_progress: Callable[[float, str], None] | None,
        *,
        pid: int | None = None,
    ) -> None:
        """pid: the process is known already (a warm host's step), so no "pid" line
        comes on the status pipe."""
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
        self.pid: int | None = pid
        # A warm host said the step is over and it waits for the next one.
        self.host_done: dict[str, Any] | None = None
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
        try:
            self.follow(deadline, should_cancel)
            if self.host_done is not None or self.released:
                self._drain()
            if self.released:
                # It is on its way out; a step that only pretended to be must not run on
                # unwatched (no time limit) while its outputs are stored.
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self.pid, signal.SIGKILL)
        finally:
            # Whatever happened here (a callback raised, the worker is shutting down),
            # no step process may outlive its execute() call.
            if not self.exited and self.host_done is None:
                self.kill(self.killed_for or "canceled")

    def finished(self) -> bool:
        return not self._selector.get_map() or self.released or self.host_done is not None

    def ended(self) -> bool:
        return self.exited

    def wait_for_output(self, timeout: float) -> None:
        self._read_ready(timeout)

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
            self._read_ready(min(remaining, self.CANCEL_POLL_SECONDS))

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
        if event.get("event") == HOST_DONE:
            self.host_done = event
        elif event.get("event") == "exit":
            self.exit_code = int(event.get("code", 0))
            self.released = True
        elif event.get("event") == "sandbox":
            for warning in event.get("warnings", []):
                _warn_once(str(warning))

    def kill(self, reason: Literal["timeout", "canceled"]) -> None:
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
