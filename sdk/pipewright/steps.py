"""Steps and the data between them: PipelineData, PipelineParameter, ModuleStep (one
per catalogue module, checked against the server's spec) and PythonScriptStep."""

from __future__ import annotations

import difflib
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from pipewright.errors import PipewrightError
from pipewright.snapshot import Snapshot, take_snapshot, upload_snapshot

if TYPE_CHECKING:
    from pipewright.compute import ComputeTarget
    from pipewright.workspace import Workspace

SCRIPT_MODULE = "execute_python_script"
SCRIPT_INPUTS = ("dataframe1", "dataframe2")
SCRIPT_OUTPUTS = ("result1", "result2")
ANY_PORT_TYPES = frozenset({"AnyFile", "AnyDirectory"})
TEXT_TYPES = frozenset({"string", "text", "code", "choice"})
# The server's rule for node ids (they appear in URLs); names are made to fit it.
NODE_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.:-]{0,99}")


# --------------------------------------------------------------------------- problems


@dataclass(frozen=True)
class Problem:
    """One problem of a step or pipeline: the same fields the server's validator uses
    (`step` is the node id)."""

    message: str
    step: str | None = None
    port: str | None = None
    param: str | None = None
    severity: str = "error"

    @classmethod
    def from_server(cls, data: Mapping[str, Any]) -> Problem:
        return cls(
            message=str(data.get("message", "")),
            step=data.get("node_id"),
            port=data.get("port"),
            param=data.get("param"),
            severity=str(data.get("severity") or "error"),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "node_id": self.step,
            "port": self.port,
            "param": self.param,
            "message": self.message,
            "severity": self.severity,
        }

    def __str__(self) -> str:
        where = ", ".join(
            f"{label} {value!r}"
            for label, value in (("step", self.step), ("port", self.port), ("param", self.param))
            if value is not None
        )
        return f"{self.severity}: {self.message}" + (f" ({where})" if where else "")


def problems_error(summary: str, problems: list[Problem]) -> PipewrightError:
    lines = "\n".join(f"  - {p}" for p in problems)
    return PipewrightError(f"{summary}:\n{lines}", extra={"errors": [p.to_dict() for p in problems]})


# --------------------------------------------------------------------------- data


class PipelineData:
    """A value that flows from one step's output to other steps' inputs.

    Give it as an output of exactly one step and as an input of any number of steps.
    Its type is the type of the output port it is bound to.
    """

    def __init__(self, name: str) -> None:
        if not isinstance(name, str) or not name:
            raise PipewrightError("PipelineData needs a non-empty name")
        self.name = name
        self.producer: Step | None = None
        self.port: str | None = None

    @property
    def type(self) -> str | None:
        if self.producer is None or self.port is None:
            return None
        return self.producer.info.output_type(self.port)

    def _bind(self, step: Step, port: str) -> None:
        if self.producer is not None and self.producer is not step:
            raise PipewrightError(
                f"PipelineData {self.name!r} is already the output {self.port!r} of step "
                f"{self.producer.display_name!r}; an output goes to one PipelineData",
            )
        self.producer, self.port = step, port

    def __repr__(self) -> str:
        return f"PipelineData({self.name!r})"


_PARAMETER_TYPES: tuple[tuple[type, str], ...] = (
    (bool, "bool"),
    (int, "int"),
    (float, "float"),
    (str, "string"),
    (list, "columns"),
)


class PipelineParameter:
    """A pipeline parameter: a step parameter set to one gets its value per run
    (experiment.submit(pipeline, parameters={...}), a published pipeline's trigger)."""

    def __init__(self, name: str, default_value: Any = None, *, type: str | None = None) -> None:
        self.name = name
        self.default_value = default_value
        if type is None:
            type = next((t for cls, t in _PARAMETER_TYPES if isinstance(default_value, cls)), None)
        if type is None:
            raise PipewrightError(
                f"pipeline parameter {name!r}: give a default value or a type (int, float, bool, string, columns)"
            )
        self.type = type

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "default": self.default_value}

    def __repr__(self) -> str:
        return f"PipelineParameter({self.name!r}, {self.default_value!r})"


# --------------------------------------------------------------------------- module specs


@dataclass(frozen=True)
class ModuleInfo:
    """A catalogue module's default version as GET /api/modules/ describes it."""

    slug: str
    version: str
    name: str
    description: str
    inputs: tuple[dict[str, Any], ...]
    outputs: tuple[dict[str, Any], ...]
    params: tuple[dict[str, Any], ...]
    versions: tuple[str, ...] = field(default=())

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> ModuleInfo:
        return cls(
            slug=data["slug"],
            version=data["version"],
            name=data.get("name", data["slug"]),
            description=data.get("description", ""),
            inputs=tuple(data.get("inputs", ())),
            outputs=tuple(data.get("outputs", ())),
            params=tuple(data.get("params", ())),
            versions=tuple(v["version"] for v in data.get("versions", ())),
        )

    def input_type(self, port: str) -> str | None:
        return next((p["type"] for p in self.inputs if p["name"] == port), None)

    def input_is_multiple(self, port: str) -> bool:
        """Whether the input takes many wires (the API shows "multiple": true)."""
        return any(p["name"] == port and p.get("multiple") for p in self.inputs)

    def output_type(self, port: str) -> str | None:
        return next((p["type"] for p in self.outputs if p["name"] == port), None)

    def param(self, name: str) -> dict[str, Any] | None:
        return next((p for p in self.params if p["name"] == name), None)

    def describe_ports(self, ports: Iterable[Mapping[str, Any]]) -> str:
        listed = ", ".join(f"{p['name']} ({p['type']})" for p in ports)
        return listed or "none"

    def describe_params(self) -> str:
        return ", ".join(f"{p['name']} ({p['type']})" for p in self.params) or "none"


def _kind(value: object) -> str:
    if value is None:
        return "None"
    return type(value).__name__


def _hint(name: str, names: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(names), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_param_value(spec: Mapping[str, Any], value: object) -> str | None:
    """Why `value` is not a value of the parameter `spec`, or None if it is. JSON's types,
    as the server checks them: no string stands in for a number."""
    type_ = spec.get("type")
    expected = {
        "int": "an int",
        "float": "a float (or int)",
        "bool": "a bool",
        "columns": "a list of column names",
    }.get(str(type_), "a str")
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if type_ == "int":
        ok = isinstance(value, int) and not isinstance(value, bool)
        if not ok and isinstance(value, float) and value.is_integer():
            ok = True
    elif type_ == "float":
        ok = number
    elif type_ == "bool":
        ok = isinstance(value, bool)
    elif type_ == "columns":
        ok = isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)
    elif type_ in TEXT_TYPES:
        ok = isinstance(value, str)
    else:
        return None  # a type this SDK does not know: the server decides
    if not ok:
        return f"must be {expected}, got {_kind(value)} {value!r}"
    if number and isinstance(value, int | float):
        low, high = spec.get("min"), spec.get("max")
        if low is not None and value < low:
            return f"must be at least {low}, got {value!r}"
        if high is not None and value > high:
            return f"must be at most {high}, got {value!r}"
    choices = spec.get("choices")
    if type_ == "choice" and choices and value not in choices:
        return f"must be one of {', '.join(map(repr, choices))}, got {value!r}"
    return None


def _empty(value: object) -> bool:
    return value is None or value == "" or value == []


def wire_is_legal(source_type: str | None, target_type: str | None) -> bool:
    if source_type is None or target_type is None:
        return True  # unknown yet: the pipeline's validation says more
    return source_type == target_type or target_type in ANY_PORT_TYPES


# --------------------------------------------------------------------------- steps


# What an input is given: one PipelineData, or for a many-wire ("multiple") input a list
# of them, one wire each, in order.
InputValue = PipelineData | Sequence[PipelineData]


def _one_or_list(value: Any) -> Any:
    return list(value) if isinstance(value, list | tuple) else value


class Step:
    """One node of a pipeline. Build one with ModuleStep, ws.modules.<slug>(...) or
    PythonScriptStep; inputs and outputs are PipelineData. An input that takes many
    wires ("multiple" in the module's spec) takes a list of PipelineData: one wire each,
    in the list's order (the order the module reads them in)."""

    def __init__(
        self,
        info: ModuleInfo,
        *,
        inputs: Mapping[str, InputValue] | None = None,
        outputs: Mapping[str, PipelineData] | None = None,
        params: Mapping[str, Any] | None = None,
        name: str | None = None,
        compute_target: ComputeTarget | str | None = None,
        allow_reuse: bool = True,
        version: str | None = None,
        label: str | None = None,
        comment: str = "",
        timeout_seconds: float | None = None,
        max_retries: int = 0,
        retry_on: Iterable[str] | None = None,
    ) -> None:
        self.info = info
        self.name: str | None = name
        # What the canvas shows (the name when None), a note on the node, and the
        # node's own time limit and retries (None: the compute target's limit, retry on
        # every kind of failure).
        self.label = label
        self.comment = comment
        self.timeout_seconds = timeout_seconds
        self.max_retries = max_retries
        self.retry_on = None if retry_on is None else list(retry_on)
        # A list or tuple becomes a list (a many-wire input); anything else stays as given,
        # for problems() to name when it is not a PipelineData.
        self.inputs: dict[str, PipelineData | list[PipelineData]] = {
            port: _one_or_list(value) for port, value in (inputs or {}).items()
        }
        self.outputs: dict[str, PipelineData] = {}
        self.params: dict[str, Any] = dict(params or {})
        self.compute_target = (
            compute_target if compute_target is None else getattr(compute_target, "name", None) or str(compute_target)
        )
        self.allow_reuse = allow_reuse
        self.version = version
        problems = self.problems()
        for port, data in (outputs or {}).items():
            if self.info.output_type(port) is None:
                problems.append(
                    self._problem(
                        f"{info.slug} has no output port {port!r}{_hint(port, (p['name'] for p in info.outputs))}; "
                        f"its outputs are: {info.describe_ports(info.outputs)}",
                        port=port,
                    )
                )
            elif not isinstance(data, PipelineData):
                problems.append(self._problem(f"output {port!r} must be a PipelineData, got {_kind(data)}", port=port))
        if problems:
            raise problems_error(f"step {self.display_name!r} ({info.slug}) has {len(problems)} problem(s)", problems)
        for port, data in (outputs or {}).items():
            data._bind(self, port)
            self.outputs[port] = data

    @property
    def module(self) -> str:
        return self.info.slug

    @property
    def display_name(self) -> str:
        return self.name or self.info.slug

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.info.slug!r}, name={self.name!r})"

    def output(self, port: str | None = None) -> PipelineData:
        """The PipelineData of an output port (made on first use); with no port, the
        module's only (or first) output."""
        if port is None:
            if not self.info.outputs:
                raise PipewrightError(f"{self.info.slug} has no outputs")
            port = str(self.info.outputs[0]["name"])
        if self.info.output_type(port) is None:
            raise PipewrightError(
                f"{self.info.slug} has no output port {port!r}{_hint(port, (p['name'] for p in self.info.outputs))}; "
                f"its outputs are: {self.info.describe_ports(self.info.outputs)}",
                extra={"module": self.info.slug, "port": port},
            )
        if port not in self.outputs:
            data = PipelineData(f"{self.display_name}.{port}")
            data._bind(self, port)
            self.outputs[port] = data
        return self.outputs[port]

    def wires(self) -> list[tuple[str, PipelineData]]:
        """(input port, PipelineData) for each wire into this step: a many-wire input's
        items in their order. Items that are not PipelineData are left to problems()."""
        found: list[tuple[str, PipelineData]] = []
        for port, value in self.inputs.items():
            items = value if isinstance(value, list) else [value]
            found += [(port, data) for data in items if isinstance(data, PipelineData)]
        return found

    def _problem(self, message: str, *, port: str | None = None, param: str | None = None) -> Problem:
        return Problem(message=message, step=self.name, port=port, param=param)

    def problems(self) -> list[Problem]:
        """What is wrong with this step on its own: unknown ports and parameters, values
        of the wrong type, wires of the wrong type, required inputs and parameters left
        out. Every problem at once."""
        info, found = self.info, []
        for port, value in self.inputs.items():
            target_type = info.input_type(port)
            if target_type is None:
                found.append(
                    self._problem(
                        f"{info.slug} has no input port {port!r}{_hint(port, (p['name'] for p in info.inputs))}; "
                        f"its inputs are: {info.describe_ports(info.inputs)}",
                        port=port,
                    )
                )
                continue
            if isinstance(value, list):
                if not info.input_is_multiple(port):
                    many = [d.name if isinstance(d, PipelineData) else _kind(d) for d in value]
                    found.append(
                        self._problem(
                            f"{info.slug} input {port!r} takes one wire, got a list of {len(value)} "
                            f"({', '.join(many)}); give one PipelineData",
                            port=port,
                        )
                    )
                    continue
                if not value:
                    found.append(self._problem(f"{info.slug} input {port!r} got an empty list", port=port))
                    continue
                items = value
            else:
                items = [value]
            for data in items:
                if not isinstance(data, PipelineData):
                    found.append(
                        self._problem(
                            f"{info.slug} input {port!r} must be a PipelineData (another step's output)"
                            + (" or a list of them" if info.input_is_multiple(port) else "")
                            + f", got {_kind(data)}",
                            port=port,
                        )
                    )
                elif not wire_is_legal(data.type, target_type):
                    found.append(
                        self._problem(
                            f"{info.slug} input {port!r} takes a {target_type}, but {data.name!r} is a {data.type} "
                            f"(output {data.port!r} of {data.producer.display_name if data.producer else '?'!r})",
                            port=port,
                        )
                    )
        for wanted in info.inputs:
            if not wanted.get("optional") and wanted["name"] not in self.inputs:
                message = f"{info.slug} needs its input {wanted['name']!r} ({wanted['type']})"
                found.append(self._problem(message, port=wanted["name"]))
        for name, value in self.params.items():
            spec = info.param(name)
            if spec is None:
                found.append(
                    self._problem(
                        f"{info.slug} has no parameter {name!r}{_hint(name, (p['name'] for p in info.params))}; "
                        f"its parameters are: {info.describe_params()}",
                        param=name,
                    )
                )
                continue
            if isinstance(value, PipelineParameter) or value is None:
                continue
            reason = check_param_value(spec, value)
            if reason is not None:
                found.append(self._problem(f"{info.slug} parameter {name!r} ({spec['type']}) {reason}", param=name))
        for spec in info.params:
            if spec.get("required") and _empty(self.params.get(spec["name"], spec.get("default"))):
                found.append(
                    self._problem(f"{info.slug} needs a value for its parameter {spec['name']!r}", param=spec["name"])
                )
        return found

    def node(self, node_id: str) -> dict[str, Any]:
        """The step as a graph document node (the pipeline adds its position)."""
        params: dict[str, Any] = {}
        for key, value in self.params.items():
            if isinstance(value, PipelineParameter):
                params[key] = {"$param": value.name}
            elif isinstance(value, tuple):
                params[key] = list(value)
            else:
                params[key] = value
        node: dict[str, Any] = {
            "id": node_id,
            "module": self.info.slug,
            "version": self.version,
            "params": params,
            "label": (self.name or "") if self.label is None else self.label,
            "comment": self.comment,
            "compute": self.compute_target,
            "reuse": self.allow_reuse,
        }
        if self.timeout_seconds is not None:
            node["timeout_seconds"] = self.timeout_seconds
        if self.max_retries:
            node["max_retries"] = self.max_retries
        if self.retry_on is not None:
            node["retry_on"] = self.retry_on
        return node

    def pipeline_parameters(self) -> list[PipelineParameter]:
        return [v for v in self.params.values() if isinstance(v, PipelineParameter)]


class ModuleStep(Step):
    """A step running a catalogue module, by slug: ModuleStep(ws, "split_data",
    inputs={"dataset": data}, params={"fraction": 0.7}). Raises at construction, naming
    the module, port or parameter and what it expects, when something does not fit the
    server's spec."""

    def __init__(
        self,
        workspace: Workspace,
        module: str,
        *,
        inputs: Mapping[str, InputValue] | None = None,
        outputs: Mapping[str, PipelineData] | None = None,
        params: Mapping[str, Any] | None = None,
        name: str | None = None,
        compute_target: ComputeTarget | str | None = None,
        allow_reuse: bool = True,
        version: str | None = None,
        label: str | None = None,
        comment: str = "",
        timeout_seconds: float | None = None,
        max_retries: int = 0,
        retry_on: Iterable[str] | None = None,
    ) -> None:
        super().__init__(
            workspace.modules.info(module),
            inputs=inputs,
            outputs=outputs,
            params=params,
            name=name,
            compute_target=compute_target,
            allow_reuse=allow_reuse,
            version=version,
            label=label,
            comment=comment,
            timeout_seconds=timeout_seconds,
            max_retries=max_retries,
            retry_on=retry_on,
        )


def _wired(value: object, *, lists: bool) -> bool:
    """Whether a keyword argument's value is meant as an input: a PipelineData, or a list
    of them (with lists, any list or tuple)."""
    if isinstance(value, PipelineData):
        return True
    if isinstance(value, list | tuple):
        return lists or any(isinstance(v, PipelineData) for v in value)
    return False


class ModuleCatalogue:
    """The workspace's modules as step factories: ws.modules.split_data(dataset=data,
    fraction=0.7, name="split"). Keyword arguments naming an input port take a
    PipelineData (a many-wire input: a list of them, one wire each in order); the
    others are parameters."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._infos: dict[str, ModuleInfo] | None = None

    def _load(self) -> dict[str, ModuleInfo]:
        if self._infos is None:
            records = self._workspace._client.get("/api/modules/")
            self._infos = {r["slug"]: ModuleInfo.from_api(r) for r in records}
        return self._infos

    def refresh(self) -> None:
        self._infos = None

    def slugs(self) -> list[str]:
        return sorted(self._load())

    def info(self, slug: str) -> ModuleInfo:
        infos = self._load()
        if slug not in infos:
            raise PipewrightError(
                f"no module {slug!r} in the catalogue{_hint(slug, infos)}", extra={"module": slug}, status=404
            )
        return infos[slug]

    def __dir__(self) -> list[str]:
        return [*super().__dir__(), *self.slugs()]

    def __getattr__(self, slug: str) -> Callable[..., Step]:
        if slug.startswith("_"):
            raise AttributeError(slug)
        info = self.info(slug)

        def make(
            *,
            name: str | None = None,
            outputs: Mapping[str, PipelineData] | None = None,
            compute_target: ComputeTarget | str | None = None,
            allow_reuse: bool = True,
            version: str | None = None,
            label: str | None = None,
            comment: str = "",
            timeout_seconds: float | None = None,
            max_retries: int = 0,
            retry_on: Iterable[str] | None = None,
            **arguments: Any,
        ) -> Step:
            ports = {p["name"] for p in info.inputs}
            # An input port's name takes a PipelineData or a list (a parameter never
            # shares a port's name); elsewhere, anything holding a PipelineData is a
            # mistaken input, so that problems() names the port rather than a parameter.
            inputs = {k: v for k, v in arguments.items() if k in ports and _wired(v, lists=True)}
            inputs.update({k: v for k, v in arguments.items() if k not in inputs and _wired(v, lists=False)})
            params = {k: v for k, v in arguments.items() if k not in inputs}
            return Step(
                info,
                inputs=inputs,
                outputs=outputs,
                params=params,
                name=name,
                compute_target=compute_target,
                allow_reuse=allow_reuse,
                version=version,
                label=label,
                comment=comment,
                timeout_seconds=timeout_seconds,
                max_retries=max_retries,
                retry_on=retry_on,
            )

        make.__name__ = slug
        make.__doc__ = f"{info.name}: {info.description}\n\nInputs: {info.describe_ports(info.inputs)}\n" + (
            f"Parameters: {info.describe_params()}"
        )
        return make


# The Execute Python Script spec as this SDK knows it, used until the server's catalogue
# is at hand (PythonScriptStep needs no workspace); the pipeline checks the real one.
_SCRIPT_INFO = ModuleInfo(
    slug=SCRIPT_MODULE,
    version="",
    name="Execute Python Script",
    description="",
    inputs=(
        {"name": "dataframe1", "type": "DataFrame", "optional": True},
        {"name": "dataframe2", "type": "DataFrame", "optional": True},
        {"name": "bundle", "type": "AnyFile", "optional": True},
    ),
    outputs=({"name": "result1", "type": "DataFrame"}, {"name": "result2", "type": "DataFrame"}),
    params=(
        {"name": "script", "type": "code"},
        {"name": "requirements", "type": "text", "default": ""},
        {"name": "source_snapshot", "type": "string", "default": ""},
        {"name": "entry_script", "type": "string", "default": ""},
        {"name": "arguments", "type": "text", "default": ""},
    ),
)


def placeholder(kind: str, port: str) -> str:
    """How an argument names the path of a step's input or output: the step replaces
    `${{inputs.dataframe1}}` and `${{outputs.result1}}` with real paths."""
    return "${{" + f"{kind}.{port}" + "}}"


class PythonScriptStep(Step):
    """Your script as a step, run as a program, as in the Azure ML SDK.

    `source_directory` is snapshotted when the step is built and again when the pipeline
    is saved or submitted (pipewright.snapshot: default excludes, a `.pwignore` in the
    folder, `exclude=` patterns, at most SNAPSHOT_MAX_FILES files and SNAPSHOT_MAX_BYTES;
    symbolic links are refused) and uploaded once per content; the step runs
    `script_name` from a copy of it (the current directory, first on sys.path) as
    `__main__` with sys.argv = [script_name, *arguments]. Its digest is part of the
    step's cache key: editing any file re-runs the step, an unchanged folder is reused.
    Without a source_directory the snapshot holds the script file alone.

    `inputs` (up to two PipelineData of DataFrames) are the step's dataframe1 and
    dataframe2 ports, `outputs` (up to two) its result1 and result2, in order. A
    PipelineData among `arguments` becomes a path: an input's is a Parquet file of that
    table (`pd.read_parquet(args.input)`), an output's a folder, not made yet, that the
    script writes one .parquet or .csv file into (or a file written at exactly that
    path). Other arguments are str()-ed. `requirements` (a list, or text with one per
    line) are pip requirements installed into the step's environment. print() goes to
    the step log; `from pipewright_step import log_metric, log_image, progress` logs
    metrics, images and progress.
    """

    def __init__(
        self,
        script_name: str,
        source_directory: str | os.PathLike[str] | None = None,
        arguments: Iterable[Any] | None = None,
        inputs: Iterable[PipelineData] | Mapping[str, PipelineData] | None = None,
        outputs: Iterable[PipelineData] | Mapping[str, PipelineData] | None = None,
        compute_target: ComputeTarget | str | None = None,
        allow_reuse: bool = True,
        requirements: Iterable[str] | str | None = None,
        name: str | None = None,
        exclude: Iterable[str] = (),
    ) -> None:
        self.script_name = script_name
        self.source_directory = Path(source_directory) if source_directory is not None else None
        self.exclude = tuple(exclude)
        if self.source_directory is None:
            self._root, self.entry_script = Path(script_name).parent, Path(script_name).name
        else:
            self._root, self.entry_script = (
                self.source_directory,
                PurePosixPath(Path(script_name).as_posix()).as_posix(),
            )
        self.snapshot = self._take_snapshot()
        input_ports = _as_ports(inputs, SCRIPT_INPUTS, "inputs")
        output_ports = _as_ports(outputs, SCRIPT_OUTPUTS, "outputs")
        path_of = {id(d): placeholder("inputs", p) for p, d in input_ports.items()}
        path_of.update({id(d): placeholder("outputs", p) for p, d in output_ports.items()})
        self.arguments: list[str] = []
        for argument in arguments or ():
            if isinstance(argument, PipelineData):
                if id(argument) not in path_of:
                    raise PipewrightError(
                        f"argument {argument!r} is not among the step's inputs or outputs; list it there too",
                        extra={"argument": argument.name},
                    )
                self.arguments.append(path_of[id(argument)])
            else:
                self.arguments.append(str(argument))
        requirements_text = requirements if isinstance(requirements, str) else "\n".join(requirements or ())
        params: dict[str, Any] = {
            "script": "",
            "source_snapshot": self.snapshot.digest,
            "entry_script": self.entry_script,
            "arguments": json.dumps(self.arguments),
        }
        if requirements_text:
            params["requirements"] = requirements_text
        super().__init__(
            _SCRIPT_INFO,
            inputs=input_ports,
            outputs=output_ports,
            params=params,
            name=name or Path(script_name).stem,
            compute_target=compute_target,
            allow_reuse=allow_reuse,
        )

    def _take_snapshot(self) -> Snapshot:
        only = [self.entry_script] if self.source_directory is None else None
        snapshot = take_snapshot(self._root, exclude=self.exclude, only=only)
        if self.entry_script not in snapshot.names():
            raise PipewrightError(
                f"the script {self.entry_script!r} is not in the snapshot of {self._root}: it is missing or "
                "excluded (default excludes, .pwignore, exclude=)",
                extra={"script": self.entry_script},
            )
        return snapshot

    def refresh_snapshot(self) -> Snapshot:
        """Take the snapshot again (the pipeline does before it is saved or submitted),
        so the step runs the folder as it is now."""
        self.snapshot = self._take_snapshot()
        self.params["source_snapshot"] = self.snapshot.digest
        return self.snapshot

    def upload_snapshot(self, workspace: Workspace) -> str:
        """Upload the snapshot unless the workspace has it already; its digest."""
        return upload_snapshot(workspace, self.refresh_snapshot())


def _as_ports(
    given: Iterable[PipelineData] | Mapping[str, PipelineData] | None, ports: tuple[str, ...], what: str
) -> dict[str, PipelineData]:
    if given is None:
        return {}
    if isinstance(given, Mapping):
        return dict(given)
    items = list(given)
    if len(items) > len(ports):
        raise PipewrightError(
            f"a PythonScriptStep has at most {len(ports)} {what} ({', '.join(ports)}); got {len(items)}",
            extra={what: [getattr(i, "name", str(i)) for i in items]},
        )
    return dict(zip(ports, items, strict=False))
