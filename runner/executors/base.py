"""The executor interface: what a worker hands an executor and what it gets back.

Pure Python and JSON-able on purpose: the same StepSpec is written into the step's
work directory, read by the child process (or container) and stored for debugging.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

GiB = 1024**3

StepStatus = Literal["completed", "failed", "canceled", "timeout"]

# Where a step writes, under its work directory: one folder per output port, and the
# images it logs (not a port). The engine stores outputs from these places only, never
# from paths a step reports.
OUTPUTS_DIR = "outputs"
IMAGES_DIR = "_images"


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
        )


@dataclass
class ExecutionResult:
    """How a step ended.

    error is one human-readable line ("step exceeded its 5 s time limit");
    traceback is empty unless there is code to point at. outputs maps each output
    port to the directory holding its files; images are absolute paths of PNG files.
    """

    status: StepStatus
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
    ) -> ExecutionResult:
        """Run one step to its end and report how it ended; never raises for step failures."""
        ...
