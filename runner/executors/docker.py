"""DockerExecutor: each step in a container of its own, from a step image.

The image (step-image/build.sh or step-image/step.Dockerfile) has Python, the pinned
data libraries and the step runtime; the container runs `python -m runner.step_entry
/work`, which is the same run_step() the local executor's forked processes run.

What a step sees:
  /work            its work directory (read-write): step.json, outputs/, tmp/
  /inputs/<n>      each input artifact directory, read-only
  /tmp             a small tmpfs; the rest of the root file system is read-only
and no network (unless the executor allows it), no capabilities, a non-root user, the
memory, CPU, process and open-file limits of its Limits, and an environment that holds
nothing of the worker's. Its stdout and stderr come back line by line while it runs;
its progress, metrics and result come as JSON lines in /work/events.jsonl. On timeout
or cancel it is killed, and the container is removed however the step ended.

    executor = DockerExecutor(image="pipewright-step:latest", network=False)
    result = executor.execute(spec, workdir, limits, on_log, should_cancel=...)
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import re
import secrets
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import docker
import requests
from docker.errors import DockerException, ImageNotFound, NotFound
from docker.types import LogConfig, Mount, Ulimit

from runner import janitor
from runner.step_contract import (
    EVENTS_FILE,
    MAX_EVENT_LINE_BYTES,
    SPEC_FILE,
    ExecutionResult,
    Limits,
    LineReader,
    StepSpec,
    StepWatch,
    format_bytes,
)

logger = logging.getLogger(__name__)

# The SDK raises requests' errors, not its own, when the engine goes away mid-call.
_ENGINE_ERRORS = (DockerException, requests.RequestException)

DEFAULT_IMAGE = "pipewright-step:latest"
WORKDIR = "/work"
INPUTS_DIR = "/inputs"
# nobody:nogroup. A worker that is not root runs its steps as its own uid instead, so
# it owns (and can clean up) what they write.
NOBODY = "65534:65534"
LABEL = "pipewright.step"
STEP_COMMAND = ("python3", "-m", "runner.step_entry", WORKDIR)
TMPFS_OPTIONS = "rw,nosuid,nodev,size=64m"

# Creating a container copies the image's file system with the vfs storage driver,
# which takes seconds on a busy machine; the SDK's default of 60 s is too tight.
_API_TIMEOUT_SECONDS = 300
# The engine keeps a container's output until it is removed; a step that prints
# without end must not fill the disk meanwhile.
_LOG_CONFIG = {"max-size": "50m", "max-file": "1"}


class DockerExecutor:
    """Runs steps in containers of one image. Safe to share between threads."""

    def __init__(self, image: str = DEFAULT_IMAGE, *, network: bool = False, base_url: str | None = None) -> None:
        self.image = image
        self.network = network
        self._base_url = base_url
        self._client: Any = None
        self._lock = threading.Lock()

    def client(self) -> Any:
        """The docker client, connected on first use (and again after a failure)."""
        with self._lock:
            if self._client is None:
                if self._base_url:
                    self._client = docker.DockerClient(base_url=self._base_url, timeout=_API_TIMEOUT_SECONDS)
                else:
                    self._client = docker.from_env(timeout=_API_TIMEOUT_SECONDS)
            return self._client

    def release(self, workdir: Path) -> None:
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
        warm_key: str | None = None,  # a container per step: not used
    ) -> ExecutionResult:
        started = time.monotonic()
        workdir = workdir.resolve()
        try:
            client = self.client()
        except DockerException as exc:
            return _failed(f"the docker engine is not reachable: {exc}", started)
        user = _step_user()
        _prepare_workdir(workdir, spec, open_up=user == NOBODY)
        try:
            container = client.containers.create(
                self.image, list(STEP_COMMAND), **self._container_options(spec, workdir, limits, user)
            )
        except ImageNotFound:
            return _failed(
                f"the step image '{self.image}' is not on this machine "
                "(build it with step-image/build.sh or step-image/step.Dockerfile)",
                started,
            )
        except _ENGINE_ERRORS as exc:
            return _failed(f"could not create the step container: {_explain(exc)}", started)
        try:
            watch = _ContainerWatch(container, workdir / EVENTS_FILE, on_log, on_progress)
            try:
                watch.run(limits.timeout_seconds, should_cancel)
            finally:
                watch.close()
            result = watch.result(limits)
        except _ENGINE_ERRORS as exc:
            result = _failed(f"the docker engine failed while the step ran: {_explain(exc)}", started)
        finally:
            _remove(container)
        link = _first_symlink(workdir / "outputs")
        if result.status == "completed" and link is not None:
            # A link written in the container points wherever the step likes on the
            # worker's host; following it when storing or previewing the output would
            # hand the step files it could never read.
            result = _failed(
                f"step output {link.relative_to(workdir)} is a symbolic link; outputs must be files", started
            )
        result.outputs = {port: _host_path(path, workdir) for port, path in result.outputs.items()}
        result.images = [_host_path(path, workdir) for path in result.images]
        result.duration_seconds = time.monotonic() - started
        return result

    def _container_options(self, spec: StepSpec, workdir: Path, limits: Limits, user: str) -> dict[str, Any]:
        mounts = [Mount(WORKDIR, str(workdir), type="bind", read_only=False)]
        for index, source in enumerate(spec.inputs.values()):
            mounts.append(Mount(f"{INPUTS_DIR}/{index}", str(Path(source).resolve()), type="bind", read_only=True))
        ulimits = [Ulimit(name="nofile", soft=limits.max_open_files, hard=limits.max_open_files)]
        if limits.cpu_seconds is not None:
            # SIGXCPU at the soft limit, SIGKILL at the hard one, as with the local executor.
            ulimits.append(Ulimit(name="cpu", soft=limits.cpu_seconds, hard=limits.cpu_seconds + 5))
        options: dict[str, Any] = {
            "name": f"pipewright-step-{_safe_name(spec.step_id)}-{secrets.token_hex(4)}",
            "labels": {LABEL: spec.step_id},
            "user": user,
            "working_dir": WORKDIR,
            # The whole environment; the image adds only PATH and LANG.
            "environment": {
                "HOME": WORKDIR,
                "TMPDIR": f"{WORKDIR}/tmp",
                "LANG": "C.UTF-8",
                "PYTHONHASHSEED": "0",
                "PYTHONDONTWRITEBYTECODE": "1",
            },
            "mounts": mounts,
            "read_only": True,
            "tmpfs": {"/tmp": TMPFS_OPTIONS},
            "cap_drop": ["ALL"],
            "security_opt": ["no-new-privileges"],
            "ulimits": ulimits,
            "pids_limit": limits.max_processes,
            "log_config": LogConfig(type=LogConfig.types.JSON, config=_LOG_CONFIG),
        }
        if not self.network:
            options["network_mode"] = "none"
        if limits.memory_bytes is not None:
            # No swap on top: a step over its limit is killed, not slowed to a crawl.
            options["mem_limit"] = limits.memory_bytes
            options["memswap_limit"] = limits.memory_bytes
        if limits.cpus is not None:
            options["nano_cpus"] = int(limits.cpus * 1e9)
        return options


class _ContainerWatch(StepWatch):
    """Follows one container: its output, its events, its exit; kills it if need be."""

    # A container takes longer to stop, and its output longer to arrive, than a process.
    KILL_WAIT_SECONDS = 10.0
    DRAIN_SECONDS = 5.0

    def __init__(
        self,
        container: Any,
        events_file: Path,
        on_log: Callable[[str], None],
        on_progress: Callable[[float, str], None] | None,
    ) -> None:
        self._container = container
        self._events_file = events_file
        self._events: Any = None
        super().__init__(on_progress)
        self._log_reader = LineReader(on_log)
        self._event_reader = LineReader(self._on_event, MAX_EVENT_LINE_BYTES)
        # Output is read on a thread (the SDK's stream blocks) but handed to on_log on
        # the caller's thread, like every other callback.
        self._chunks: queue.Queue[bytes | None] = queue.Queue()
        self._stream_ended = False
        self.oom_killed = False

    def run(self, timeout_seconds: float, should_cancel: Callable[[], bool] | None) -> None:
        self._container.start()
        # The deadline counts from the start: creating the container (copying the
        # image's file system) is not the step's time.
        deadline = time.monotonic() + timeout_seconds
        threading.Thread(target=self._pump_output, daemon=True, name="docker-step-output").start()
        try:
            self.follow(deadline, should_cancel)
        except BaseException:
            # A callback raised or the worker is shutting down: the step must not run on.
            if self.killed_for is None:
                self.kill("canceled")
            raise
        state = self._wait_for_exit()
        self.exit_code = state.get("ExitCode")
        self.oom_killed = bool(state.get("OOMKilled"))
        drain_until = time.monotonic() + self.DRAIN_SECONDS
        while not self._stream_ended and time.monotonic() < drain_until:
            self._take_output(self.CANCEL_POLL_SECONDS)
        self._log_reader.finish()
        self._read_events()
        self._event_reader.finish()

    def _lost_reason(self, limits: Limits) -> str:
        """Why a container that reported no result ended."""
        if self.oom_killed:
            limit = format_bytes(limits.memory_bytes) if limits.memory_bytes is not None else "none"
            return f"step ran out of memory (limit {limit}): the container was killed"
        if self.exit_code is None:
            return "step container was lost: it did not stop after it was killed"
        if self.exit_code == 137:
            return "step process was killed by SIGKILL"
        return f"step process exited with code {self.exit_code} without reporting a result"

    def close(self) -> None:
        if self._events is not None:
            self._events.close()
            self._events = None

    def _pump_output(self) -> None:
        try:
            for chunk in self._container.logs(stream=True, follow=True, stdout=True, stderr=True):
                self._chunks.put(chunk)
        except Exception:  # the container was removed under us; the end is all we need
            pass
        finally:
            self._chunks.put(None)

    def _take_output(self, timeout: float) -> None:
        try:
            chunk = self._chunks.get(timeout=timeout)
            while True:
                if chunk is None:
                    self._stream_ended = True
                    return
                self._log_reader.feed(chunk)
                chunk = self._chunks.get_nowait()
        except queue.Empty:
            return

    def _read_events(self) -> None:
        if self._events is None:
            try:
                # Not through a link the step may have put there in place of the file.
                fd = os.open(self._events_file, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
            except OSError:  # not there yet, or a link: no events (so no result)
                return
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                os.close(fd)
                return
            self._events = os.fdopen(fd, "rb")
        data = self._events.read()
        if data:
            self._event_reader.feed(data)

    def _wait_for_exit(self) -> dict[str, Any]:
        with contextlib.suppress(DockerException, OSError):
            self._container.wait(timeout=self.KILL_WAIT_SECONDS)
        self._container.reload()
        state = self._container.attrs.get("State", {})
        if state.get("Running"):
            return {}
        return dict(state)

    def finished(self) -> bool:
        return self._stream_ended

    def ended(self) -> bool:
        return False  # known only from the end of its output stream (finished)

    def wait_for_output(self, timeout: float) -> None:
        self._take_output(timeout)
        self._read_events()

    def kill(self, reason: Literal["timeout", "canceled"]) -> None:
        self.killed_for = reason
        # Events written before the kill count: read them before deciding.
        self._read_events()
        self.result_before_kill = self.final_event is not None
        with contextlib.suppress(DockerException):  # it may have stopped already
            self._container.kill()


def _first_symlink(directory: Path) -> Path | None:
    for root, dirs, files in os.walk(directory):
        for name in (*dirs, *files):
            path = Path(root) / name
            if path.is_symlink():
                return path
    return None


def _prepare_workdir(workdir: Path, spec: StepSpec, *, open_up: bool) -> None:
    """Lay out the work directory, with the spec as the step will see it."""
    for directory in (workdir, workdir / "outputs", workdir / "tmp"):
        directory.mkdir(parents=True, exist_ok=True)
        if open_up:
            # The step runs as nobody and a root worker owns these; nothing else can
            # reach them (the work directory lives in the worker's private temp area).
            directory.chmod(0o777)
    (workdir / EVENTS_FILE).unlink(missing_ok=True)
    inputs = {port: f"{INPUTS_DIR}/{index}" for index, port in enumerate(spec.inputs)}
    seen = {**spec.to_dict(), "inputs": inputs}
    (workdir / SPEC_FILE).write_text(json.dumps(seen))


def _step_user() -> str:
    uid = os.getuid()
    return NOBODY if uid == 0 else f"{uid}:{os.getgid()}"


def _host_path(path: str, workdir: Path) -> str:
    """A path the step reported, as the worker sees it."""
    if path == WORKDIR or path.startswith(WORKDIR + "/"):
        return str(workdir) + path[len(WORKDIR) :]
    return path


def _remove(container: Any) -> None:
    for attempt in range(3):
        try:
            container.remove(force=True)
            return
        except NotFound:
            return
        except _ENGINE_ERRORS as exc:
            # The engine refuses while it is still tearing the container down.
            if attempt == 2:
                logger.error("could not remove step container %s: %s", container.name, _explain(exc))
            time.sleep(1)


def _safe_name(text: str) -> str:
    return re.sub(r"[^a-zA-Z0-9_.-]+", "-", text).strip("-.")[:40] or "step"


def _explain(exc: Exception) -> str:
    explanation = getattr(exc, "explanation", None)
    return str(explanation or exc)


def _failed(error: str, started: float) -> ExecutionResult:
    return ExecutionResult(status="failed", error=error, duration_seconds=time.monotonic() - started)
