"""What a running step sees: its inputs, params, outputs, metrics and progress.

run_step() runs inside the step's own process (see runner.executors.local). It loads
the input artifacts by port type, calls the module function, and saves what the
function returns into workdir/outputs/<port>/. Events for the parent (progress,
metrics, images, the final result) go to `control` as JSON lines.

Artifact layouts by port type (one directory per artifact):
  DataFrame                         data.arrow (older artifacts: data.parquet; runner.tables)
  Model, UntrainedModel, Transform  model.joblib + meta.json
  Metrics                           metrics.json
  AnyFile, AnyDirectory             whatever files the producer wrote
Images a step logs are PNG files in workdir/outputs/_images/ (not a port).

Module functions are plain functions: `def f(ctx: StepContext, *, <input ports>) ->
dict[<output port>, value]`. Unconnected optional inputs are not passed, so they take
the function's default.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import importlib
import inspect
import io
import json
import linecache
import math
import re
import shutil
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import joblib
import numpy as np
import pandas as pd

from runner import tables
from runner.step_contract import (
    IMAGES_DIR,
    OUTPUTS_DIR,
    PICKLED_PORT_TYPES,
    ExecutionResult,
    ExecutionStatus,
    StepSpec,
    gather_inputs,
)
from runner.tables import DATAFRAME_FILE

MODEL_FILE = "model.joblib"
MODEL_META_FILE = "meta.json"
METRICS_FILE = "metrics.json"
MODEL_PORT_TYPES = PICKLED_PORT_TYPES
PATH_PORT_TYPES = frozenset({"AnyFile", "AnyDirectory"})

ModuleFunction = Callable[..., Mapping[str, object]]

# Progress events are dropped when closer together than this; a loop calling
# progress() per row must not flood the parent.
_PROGRESS_INTERVAL_SECONDS = 0.1
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# An error is one line for people; a KeyError on a huge object must not make it a page.
_MAX_ERROR_CHARS = 2000
# The end of a traceback is where the fix usually is.
_MAX_TRACEBACK_CHARS = 100_000


class ModuleError(Exception):
    """Bad input or parameters. The message is shown to the user as it is, so it names
    the column, port or parameter at fault."""


class UserCodeError(Exception):
    """An exception from code a user wrote (a script or a custom module). It is
    reported with the frames of `filename` only (or, given a `folder`, of every file in
    it, named relative to it): the runtime's frames are noise to the person who has to
    fix their code."""

    def __init__(self, original: BaseException, filename: str, *, folder: str | None = None) -> None:
        super().__init__(describe_exception(original))
        self.original = original
        self.filename = filename
        self.folder = folder


@dataclass
class ModelArtifact:
    """A model (or transform) with the metadata saved next to it in meta.json."""

    model: Any
    meta: dict[str, Any] = field(default_factory=dict)


class Params(dict[str, Any]):
    """Module parameters; a missing one fails the step with its name, not a KeyError."""

    def __missing__(self, key: str) -> Any:
        raise ModuleError(f"parameter '{key}' was not given")


class StepContext:
    """Passed to every module function as its first argument."""

    def __init__(self, *, params: Mapping[str, Any], workdir: Path, control: IO[str] | None) -> None:
        self.params = Params(params)
        self.workdir = workdir
        self.metrics: dict[str, float | None] = {}
        self.images: list[str] = []
        self._control = control
        # User scripts may log from their own threads; one event is one line.
        self._lock = threading.Lock()
        self._last_progress = 0.0

    def log_metric(self, name: str, value: float) -> None:
        """Record a number; the last value logged under a name wins."""
        if not isinstance(name, str) or not name:
            raise ModuleError("log_metric: the metric name must be a non-empty string")
        if isinstance(value, bool) or not isinstance(value, int | float | np.number):
            raise ModuleError(f"log_metric: metric '{name}' must be a number; got {type(value).__name__}")
        number = float(value)
        # JSON has no NaN or infinity; a diverged loss is still worth recording as absent.
        stored = number if math.isfinite(number) else None
        self.metrics[name] = stored
        self._send({"event": "metric", "name": name, "value": stored})

    def log_image(self, name: str, image: object) -> Path:
        """Save a PNG (bytes) or a matplotlib-style figure (anything with savefig)."""
        if isinstance(image, bytes | bytearray):
            data = bytes(image)
            if not data.startswith(_PNG_SIGNATURE):
                raise ModuleError(f"log_image: image '{name}' is not PNG data")
        elif hasattr(image, "savefig"):
            buffer = io.BytesIO()
            image.savefig(buffer, format="png")
            data = buffer.getvalue()
        else:
            raise ModuleError(f"log_image: image '{name}' must be PNG bytes or a figure; got {type(image).__name__}")
        safe_name = re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._")[:100] or "image"
        directory = self.workdir / OUTPUTS_DIR / IMAGES_DIR
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{safe_name}.png"
        path.write_bytes(data)
        if str(path) not in self.images:
            self.images.append(str(path))
        self._send({"event": "image", "name": safe_name, "path": str(path)})
        return path

    def progress(self, fraction: float, message: str = "") -> None:
        """Report how far the step is, from 0 to 1."""
        fraction = min(1.0, max(0.0, float(fraction)))
        now = time.monotonic()
        if fraction < 1.0 and now - self._last_progress < _PROGRESS_INTERVAL_SECONDS:
            return
        self._last_progress = now
        self._send({"event": "progress", "fraction": fraction, "message": str(message)})

    def _send(self, event: dict[str, Any]) -> None:
        if self._control is None:
            return
        line = json.dumps(event, default=str) + "\n"
        with self._lock:
            self._control.write(line)
            self._control.flush()


def describe_exception(exc: BaseException) -> str:
    """One line: "ValueError: bad thing". Every kind of out-of-memory error is called
    MemoryError so the executor can recognise it (numpy raises a private subclass)."""
    name = "MemoryError" if isinstance(exc, MemoryError) else type(exc).__name__
    message = str(exc).strip().splitlines()
    line = f"{name}: {message[0]}" if message else name
    return line if len(line) <= _MAX_ERROR_CHARS else line[: _MAX_ERROR_CHARS - 3] + "..."


def format_user_traceback(exc: BaseException, filename: str, folder: str | None = None) -> str:
    """The traceback of `exc` and its chained causes, keeping only frames from `filename`
    or, given a `folder`, from files in it (shown by their path inside it, as the user
    knows them: `File "helpers.py", line 3`)."""
    tb_exc = traceback.TracebackException.from_exception(exc)
    seen: set[int] = set()
    pending = [tb_exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        current.stack = traceback.StackSummary.from_list(_user_frames(current.stack, filename, folder))
        pending.extend(c for c in (current.__cause__, current.__context__) if c is not None)
    return "".join(tb_exc.format())


def _user_frames(stack: traceback.StackSummary, filename: str, folder: str | None) -> list[traceback.FrameSummary]:
    prefix = folder.rstrip("/") + "/" if folder else None
    kept = []
    for frame in stack:
        if prefix is not None and frame.filename.startswith(prefix):
            kept.append(
                traceback.FrameSummary(
                    frame.filename[len(prefix) :],
                    frame.lineno,
                    frame.name,
                    lookup_line=False,
                    line=frame.line,  # already read; its columns are of the unstripped line, so left out
                )
            )
        elif frame.filename == filename:
            kept.append(frame)
    return kept


def _short_traceback(exc: BaseException) -> str:
    """Where a ModuleError was raised and from where: enough to find the check."""
    return "".join(traceback.format_exception(exc, limit=-2))


# ---------------------------------------------------------------------------------
# Inputs and outputs


def load_input(path: Path, port_type: str, port: str) -> object:
    """Read one input artifact directory according to its port type."""
    if port_type in PATH_PORT_TYPES:
        return path
    if port_type == "DataFrame":
        file = tables.table_file(path)
        if file is None:
            names = " or ".join(tables.TABLE_FILES)
            raise ModuleError(f"input '{port}': the artifact at {path} has no table ({names})")
        return tables.read_frame(file)
    if port_type in MODEL_PORT_TYPES:
        model = joblib.load(_require_file(path, MODEL_FILE, port))
        meta_file = path / MODEL_META_FILE
        meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
        return ModelArtifact(model=model, meta=meta)
    if port_type == "Metrics":
        return json.loads(_require_file(path, METRICS_FILE, port).read_text())
    raise ModuleError(f"input '{port}' has unknown port type '{port_type}'")


def _require_file(directory: Path, name: str, port: str) -> Path:
    file = directory / name
    if not file.is_file():
        raise ModuleError(f"input '{port}': the artifact at {directory} has no {name}")
    return file


def save_output(value: object, port_type: str, directory: Path, port: str) -> None:
    """Write one output value into its (new, empty) artifact directory."""
    directory.mkdir(parents=True, exist_ok=True)
    if port_type == "DataFrame":
        _save_dataframe(value, directory, port)
    elif port_type in MODEL_PORT_TYPES:
        artifact = value if isinstance(value, ModelArtifact) else ModelArtifact(model=value)
        if artifact.model is None:
            raise ModuleError(f"output '{port}': expected a model, got None")
        joblib.dump(artifact.model, directory / MODEL_FILE)
        meta = {"class": _qualified_name(type(artifact.model)), **_model_params(artifact.model), **artifact.meta}
        _write_json(directory / MODEL_META_FILE, meta, port)
    elif port_type == "Metrics":
        if not isinstance(value, Mapping):
            raise ModuleError(f"output '{port}': expected a metrics dict, got {type(value).__name__}")
        _write_json(directory / METRICS_FILE, dict(value), port)
    elif port_type in PATH_PORT_TYPES:
        if not isinstance(value, str | Path):
            raise ModuleError(f"output '{port}': expected a file or directory path, got {type(value).__name__}")
        source = Path(value)
        if source.is_dir():
            shutil.copytree(source, directory, dirs_exist_ok=True)
        elif source.is_file():
            shutil.copy2(source, directory / source.name)
        else:
            raise ModuleError(f"output '{port}': {source} does not exist")
    else:
        raise ModuleError(f"output '{port}' has unknown port type '{port_type}'")


def _save_dataframe(value: object, directory: Path, port: str) -> None:
    if not isinstance(value, pd.DataFrame):
        raise ModuleError(f"output '{port}': expected a DataFrame, got {type(value).__name__}")
    frame = value
    # Datasets have no index in the designer's model: a named index is data (it
    # becomes columns), an unnamed one (0..n-1 or rows picked by a split) is not.
    if any(name is not None for name in frame.index.names):
        frame = frame.reset_index()
    frame = frame.reset_index(drop=True)
    # Arrow needs string column names; 0, 1, 2 from a numpy array are meant as names.
    frame.columns = [str(c) for c in frame.columns]
    duplicates = sorted({c for c in frame.columns if list(frame.columns).count(c) > 1})
    if duplicates:
        raise ModuleError(f"output '{port}': duplicate column names: {', '.join(duplicates)}")
    try:
        tables.write_frame(frame, directory)
    except tables.TableFormatError as exc:
        reason = describe_exception(exc.__cause__ or exc)
        raise ModuleError(f"output '{port}' cannot be saved as a table: {reason}") from exc


def _write_json(file: Path, data: dict[str, Any], port: str) -> None:
    try:
        text = json.dumps(to_json_safe(data), allow_nan=False, indent=1)
    except (TypeError, ValueError) as exc:
        raise ModuleError(f"output '{port}' is not JSON-serializable: {exc}") from exc
    file.write_text(text)


def to_json_safe(value: object) -> Any:
    """Any value as plain JSON: numpy and pandas scalars unwrapped, NaN/NA/NaT as None,
    dates and times as ISO 8601, bytes as base64, anything else as its str()."""
    if isinstance(value, Mapping):
        return {str(k): to_json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | np.ndarray):
        return [to_json_safe(v) for v in value]
    if isinstance(value, np.datetime64 | np.timedelta64):
        # .item() would turn nanosecond precision into a bare integer.
        value = pd.Timestamp(value) if isinstance(value, np.datetime64) else pd.Timedelta(value)
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float | decimal.Decimal):
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, str | int | bool):
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):  # pd.Timedelta included
        return pd.Timedelta(value).isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)


def _qualified_name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _model_params(model: object) -> dict[str, Any]:
    """scikit-learn hyper-parameters, for the model page; other objects have none."""
    get_params = getattr(model, "get_params", None)
    if not callable(get_params):
        return {}
    return {"params": to_json_safe(get_params(deep=False))}


# ---------------------------------------------------------------------------------
# Running a step


def resolve_function(spec: StepSpec) -> tuple[ModuleFunction, str | None]:
    """The module function, and for custom modules the filename its code runs under."""
    if spec.source is not None:
        filename = f"{spec.module}.py"
        name = spec.entrypoint.rpartition(":")[2] or "main"
        namespace: dict[str, Any] = {"__name__": f"pipewright_custom.{spec.module}"}
        register_source(filename, spec.source)
        try:
            exec(compile(spec.source, filename, "exec"), namespace)
        except Exception as exc:
            raise UserCodeError(exc, filename) from exc
        function = namespace.get(name)
        if not callable(function):
            raise ModuleError(f"custom module '{spec.module}' does not define a function '{name}'")
        return function, filename
    module_name, _, function_name = spec.entrypoint.partition(":")
    function = getattr(importlib.import_module(module_name), function_name, None)
    if not callable(function):
        raise ModuleError(f"entrypoint '{spec.entrypoint}' is not a function")
    return function, None


def register_source(filename: str, source: str) -> None:
    """Let tracebacks show the lines of code that exists only in memory."""
    # mtime None marks the entry as not backed by a file, so checkcache keeps it.
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)


def run_step(spec: StepSpec, workdir: Path, control: IO[str] | None) -> ExecutionResult:
    """Run the step described by `spec` in `workdir`; never raises for step failures."""
    started = time.monotonic()
    ctx = StepContext(params=spec.params, workdir=workdir, control=control)
    outputs: dict[str, str] = {}
    status: ExecutionStatus = "completed"
    error = ""
    trace = ""
    try:
        function, user_file = resolve_function(spec)
        inputs = gather_inputs(
            {
                port: load_input(Path(path), spec.input_types.get(port, "AnyDirectory"), port)
                for port, path in spec.inputs.items()
            },
            spec.multiple,
        )
        _require_inputs(function, inputs)
        try:
            returned = function(ctx, **inputs)
        except (ModuleError, UserCodeError):
            raise
        except Exception as exc:
            if user_file is None:
                raise
            raise UserCodeError(exc, user_file) from exc
        outputs = _save_outputs(returned, spec.outputs, workdir / OUTPUTS_DIR)
    except ModuleError as exc:
        status, error, trace = "failed", str(exc), _short_traceback(exc)
    except UserCodeError as exc:
        status, error, trace = "failed", str(exc), format_user_traceback(exc.original, exc.filename, exc.folder)
    except (Exception, SystemExit) as exc:
        # SystemExit too: sys.exit() inside a module must not look like success.
        status, error, trace = "failed", describe_exception(exc), traceback.format_exc()
    if len(trace) > _MAX_TRACEBACK_CHARS:
        trace = "...\n" + trace[-_MAX_TRACEBACK_CHARS:]
    result = ExecutionResult(
        status=status,
        error=error,
        traceback=trace,
        metrics=dict(ctx.metrics),
        images=list(ctx.images),
        outputs=outputs,
        duration_seconds=time.monotonic() - started,
    )
    ctx._send({"event": "result", "status": result.status, "error": error, "traceback": trace, "outputs": outputs})
    return result


def warm_up_process() -> None:
    """Do what nearly every step does: read a DataFrame artifact, change the frame,
    save it as an artifact.

    Run by a spare step process while it waits for its request (runner.executors.
    forkserver). The work is trivial; what it buys is the first touches of the pages
    the process shares copy-on-write with its fork server, each a page copy, which on
    a small virtual machine cost more than a small step's own work.
    """
    with tempfile.TemporaryDirectory(prefix="pipewright-spare-") as temp:
        root = Path(temp)
        frame = pd.DataFrame({"number": [1, 2, 3], "name": ["a", "b", "c"]})
        save_output(frame, "DataFrame", root / "input", "dataset")
        frame = tables.read_frame(root / "input" / DATAFRAME_FILE)
        save_output(frame.assign(double=frame["number"] * 2), "DataFrame", root / "output", "dataset")


def _require_inputs(function: ModuleFunction, inputs: Mapping[str, object]) -> None:
    for name, parameter in inspect.signature(function).parameters.items():
        if parameter.kind is parameter.KEYWORD_ONLY and parameter.default is parameter.empty and name not in inputs:
            raise ModuleError(f"required input '{name}' is not connected")


def _save_outputs(returned: object, declared: Mapping[str, str], directory: Path) -> dict[str, str]:
    if returned is None:
        returned = {}
    if not isinstance(returned, Mapping):
        raise ModuleError(f"the module must return a dict of outputs by port name; got {type(returned).__name__}")
    unknown = sorted(set(returned) - set(declared))
    if unknown:
        raise ModuleError(f"the module returned unknown outputs: {', '.join(unknown)}")
    missing = sorted(set(declared) - set(returned))
    if missing:
        raise ModuleError(f"the module did not produce outputs: {', '.join(missing)}")
    saved: dict[str, str] = {}
    for port, port_type in declared.items():
        target = directory / port
        save_output(returned[port], port_type, target, port)
        saved[port] = str(target)
    return saved
