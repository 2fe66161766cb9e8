"""The step contract: what the engine hands a step, what the step leaves, what it says.

One module for everything both sides of a step agree on, used by the engine, both
executors (the local fork server and docker containers), the step runtime and the
scorer. Pure Python and JSON-able on purpose: the same StepSpec is written into the
step's work directory, read by the step process (or container) and kept for debugging.

A step's work directory:
    step.json        the StepSpec (SPEC_FILE)
    outputs/<port>/  one folder per output port (OUTPUTS_DIR), the only place the
                     engine stores outputs from, whatever paths the step reports
    outputs/_images/ the images it logged (IMAGES_DIR; not a port)
    tmp/             its TMPDIR
    events.jsonl     its control events, for a container (EVENTS_FILE; a local step
                     writes them to a pipe instead)

Control events are JSON objects, one a line (see StepEvents): "progress" {fraction,
message}, "metric" {name, value}, "image" {path}, "result" {status, error, traceback,
outputs}, and from the local executor "sandbox" {...} and "exit" {code}.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

GiB = 1024**3

# How one execution of a step ended (runner.models.StepStatus is a step's whole life).
ExecutionStatus = Literal["completed", "failed", "canceled", "timeout"]

SPEC_FILE = "step.json"
EVENTS_FILE = "events.jsonl"

# Where a step writes, under its work directory: one folder per output port, and the
# images it logs (not a port). The engine stores outputs from these places only, never
# from paths a step reports.
OUTPUTS_DIR = "outputs"
IMAGES_DIR = "_images"
# Port types whose artifacts are pickles (model.joblib): loading one runs whatever code
# its producer put in it, so a step that reads one never runs in a warm host.
PICKLED_PORT_TYPES = frozenset({"Model", "UntrainedModel", "Transform"})


@dataclass(frozen=True)
class Limits:
    """Resource limits for one step.

    memory_bytes is the address space a step may add on top of the preloaded runtime
    (pandas, pyarrow and scikit-learn already map several hundred MB of virtual
    memory before the step's code starts) for the local executor, and the memory of
    the whole container for the docker executor; None means no memory limit.
    cpus caps the CPU time per second of wall time (1.5: one and a half cores); only
    containers can be held to it, and None means no cap.
    """

    timeout_seconds: float = 3600
    memory_bytes: int | None = 4 * GiB
    cpu_seconds: int | None = None
    max_processes: int | None = 512
    max_open_files: int = 1024
    # Outbound and listening TCP for the step (the local executor denies it with
    # Landlock ABI 4+; the docker executor runs with network=none).
    network: bool = False
    cpus: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Limits:
        return cls(**data)


@dataclass(frozen=True)
class StepSpec:
    """Everything the step process needs to run one node, and nothing else.

    inputs maps each connected input port to the directory of its artifact;
    input_types and outputs map ports to port types, which decide the file layout.
    """

    step_id: str
    module: str
    version: str
    # "runner.modules.split_data:split_data" for built-ins; for custom modules
    # (source is not None) the name of the function defined in source.
    entrypoint: str
    source: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    inputs: dict[str, str] = field(default_factory=dict)
    input_types: dict[str, str] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    # A directory of extra packages built for the module's declared requirements
    # (runner.environments); first on sys.path in the step process.
    environment_path: str | None = None
    # Inputs that take many wires: `inputs` names each wire "port[i]" and the module
    # gets a list per such port (gather_inputs).
    multiple: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StepSpec:
        return cls(
            step_id=str(data["step_id"]),
            module=str(data["module"]),
            version=str(data["version"]),
            entrypoint=str(data["entrypoint"]),
            source=data.get("source"),
            params=dict(data.get("params", {})),
            inputs={str(k): str(v) for k, v in data.get("inputs", {}).items()},
            input_types={str(k): str(v) for k, v in data.get("input_types", {}).items()},
            outputs={str(k): str(v) for k, v in data.get("outputs", {}).items()},
            environment_path=data.get("environment_path"),
            multiple=[str(p) for p in data.get("multiple", [])],
        )


_WIRE_PORT = re.compile(r"^(?P<port>[^\[\]]+)\[(?P<index>\d+)\]$")


def gather_inputs(values: dict[str, Any], multiple: list[str] | tuple[str, ...]) -> dict[str, Any]:
    """The keyword arguments of a module function: each wire "port[i]" of a `multiple`
    input (named so by designer.graph.spec.wire_port) gathered into one list per port,
    in index order; such a port with no wire gets an empty list."""
    gathered: dict[str, Any] = {}
    lists: dict[str, list[tuple[int, Any]]] = {port: [] for port in multiple}
    for name, value in values.items():
        match = _WIRE_PORT.match(name)
        if match and match["port"] in lists:
            lists[match["port"]].append((int(match["index"]), value))
        else:
            gathered[name] = value
    for port, items in lists.items():
        gathered[port] = [value for _, value in sorted(items, key=lambda item: item[0])]
    return gathered


@dataclass
class ExecutionResult:
    """How a step ended.

    error is one human-readable line ("step exceeded its 5 s time limit");
    traceback is empty unless there is code to point at. outputs maps each output
    port to the directory holding its files; images are absolute paths of PNG files.
    """

    status: ExecutionStatus
    error: str = ""
    traceback: str = ""
    metrics: dict[str, float | None] = field(default_factory=dict)
    images: list[str] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    exit_code: int | None = None
    duration_seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Executor(Protocol):
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
        """Run one step to its end and report how it ended; never raises for step failures.

        workdir is a path nothing is at yet, on the worker's file system: the executor
        makes it and leaves the step's outputs in its `outputs` folder.

        warm_key, given only for trusted code (a built-in module that runs no user code
        and loads no pickled object, see PICKLED_PORT_TYPES), lets an executor run the
        step in a warm host it keeps for that key (the workspace) instead of a fresh
        process; an executor may ignore it."""
        ...

    def release(self, workdir: Path) -> None:
        """The engine is done with a step's work directory (its outputs are stored): the
        executor deletes it, or keeps its folders for a later step of its own."""
        ...


# --------------------------------------------------------------------------- reading what a step says

MAX_LOG_LINE_BYTES = 64 * 1024
# Control lines carry tracebacks and must never be cut; this only bounds a runaway step.
MAX_EVENT_LINE_BYTES = 16 * 1024 * 1024


class LineReader:
    """Bytes in, complete lines out; over-long lines are cut rather than buffered forever."""

    def __init__(self, emit: Callable[[str], None], max_line: int = MAX_LOG_LINE_BYTES) -> None:
        self._emit = emit
        self._max_line = max_line
        self._buffer = b""

    def feed(self, data: bytes) -> None:
        self._buffer += data
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            self._emit(line.rstrip(b"\r").decode("utf-8", errors="replace"))
        while len(self._buffer) > self._max_line:
            head, self._buffer = self._buffer[: self._max_line], self._buffer[self._max_line :]
            self._emit(head.decode("utf-8", errors="replace"))

    def finish(self) -> None:
        if self._buffer:
            self._emit(self._buffer.rstrip(b"\r").decode("utf-8", errors="replace"))
            self._buffer = b""


class StepEvents:
    """What a step reports on its control channel, one JSON object a line: progress
    (passed on as it comes), metrics, logged images and its result. The local and the
    docker executor read the same lines."""

    def __init__(self, on_progress: Callable[[float, str], None] | None) -> None:
        self._on_progress = on_progress
        self.metrics: dict[str, float | None] = {}
        self.images: list[str] = []
        self.final_event: dict[str, Any] | None = None
        self.killed_for: Literal["timeout", "canceled"] | None = None
        self.result_before_kill = False
        self.exit_code: int | None = None

    def result(self, limits: Limits) -> ExecutionResult:
        """How the step ended: killed at its time limit or on cancel, else what it
        reported, else what the executor saw happen to it (`_lost_reason`)."""
        status: ExecutionStatus = "failed"
        error = traceback = ""
        outputs: dict[str, str] = {}
        event = self.final_event
        # A step that reported its result just before the kill has finished its work.
        killed_for = None if self.result_before_kill else self.killed_for
        if killed_for == "timeout":
            status, error = "timeout", f"step exceeded its {limits.timeout_seconds:g} s time limit"
        elif killed_for == "canceled":
            status, error = "canceled", "step was canceled"
        elif event is not None:
            status = "completed" if event.get("status") == "completed" else "failed"
            error, traceback = str(event.get("error", "")), str(event.get("traceback", ""))
            outputs = {str(k): str(v) for k, v in dict(event.get("outputs", {})).items()}
            error = explain_error(error, limits)
        else:
            error = self._lost_reason(limits)
        return ExecutionResult(
            status=status,
            error=error,
            traceback=traceback,
            metrics=dict(self.metrics),
            images=list(self.images),
            outputs=outputs if status == "completed" else {},
            exit_code=self.exit_code,
        )

    def _lost_reason(self, limits: Limits) -> str:
        """Why a step that reported no result ended."""
        if self.exit_code is not None:
            return f"step process exited with code {self.exit_code} without reporting a result"
        return "step process was lost"

    def _on_event(self, line: str) -> None:
        try:
            event = json.loads(line)
        except ValueError:
            return
        if not isinstance(event, dict):
            return
        kind = event.get("event")
        if kind == "progress" and self._on_progress is not None:
            self._on_progress(float(event.get("fraction", 0.0)), str(event.get("message", "")))
        elif kind == "metric":
            value = event.get("value")
            self.metrics[str(event.get("name"))] = None if value is None else float(value)
        elif kind == "image":
            path = str(event.get("path"))
            if path not in self.images:
                self.images.append(path)
        elif kind == "result":
            self.final_event = event
        else:
            self._on_other_event(event)

    def _on_other_event(self, event: dict[str, Any]) -> None:
        """Events only one executor knows."""


class StepWatch(StepEvents):
    """Following one step to its end, the same way in every executor: wait for its
    output and events, kill it at its deadline or when it is canceled, and give up
    waiting a while after a kill. An executor says how to wait for output
    (`wait_for_output`), whether the step has gone (`ended`, then its remaining output
    is read for DRAIN_SECONDS at most), whether there is nothing more to follow
    (`finished`), and how to kill it (`kill`, which sets `killed_for`)."""

    CANCEL_POLL_SECONDS = 0.2  # polling should_cancel more often costs its caller more than it gains
    DRAIN_SECONDS = 2.0
    KILL_WAIT_SECONDS = 5.0

    def follow(self, deadline: float, should_cancel: Callable[[], bool] | None) -> None:
        last_cancel_poll = 0.0
        give_up_at: float | None = None
        while not self.finished():
            now = time.monotonic()
            if self.ended() and give_up_at is None:
                give_up_at = now + self.DRAIN_SECONDS
            if not self.ended() and self.killed_for is None:
                if now >= deadline:
                    self.kill("timeout")
                    give_up_at = now + self.KILL_WAIT_SECONDS
                elif should_cancel is not None and now - last_cancel_poll >= self.CANCEL_POLL_SECONDS:
                    last_cancel_poll = now
                    if should_cancel():
                        self.kill("canceled")
                        give_up_at = now + self.KILL_WAIT_SECONDS
            if give_up_at is not None and now >= give_up_at:
                break
            wait = self.CANCEL_POLL_SECONDS
            if give_up_at is not None:
                wait = min(wait, give_up_at - now)
            elif self.killed_for is None:
                wait = min(wait, deadline - now)
            self.wait_for_output(max(wait, 0.0))

    def finished(self) -> bool:
        raise NotImplementedError

    def ended(self) -> bool:
        raise NotImplementedError

    def kill(self, reason: Literal["timeout", "canceled"]) -> None:
        raise NotImplementedError

    def wait_for_output(self, timeout: float) -> None:
        raise NotImplementedError


def explain_error(error: str, limits: Limits, *, who: str = "step") -> str:
    """Name the limit a step (or another process confined like one, `who`) ran into,
    ahead of the exception that showed it."""
    if error.startswith("MemoryError") and limits.memory_bytes is not None:
        return f"{who} ran out of memory (limit {format_bytes(limits.memory_bytes)}): {error}"
    # fork() and thread creation fail with EAGAIN at RLIMIT_NPROC.
    out_of_processes = error.startswith("BlockingIOError: [Errno 11]") or "can't start new thread" in error
    if out_of_processes and limits.max_processes is not None:
        return f"{who} reached its limit of {limits.max_processes} processes and threads: {error}"
    return error


def format_bytes(count: int) -> str:
    for unit, size in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if count >= size:
            return f"{count / size:g} {unit}"
    return f"{count} B"
