"""Design-time schemas: the columns each DataFrame port will hold, known before any run.

Pure Python (no Django, nothing of the runner). `propagate` walks a graph document in
wire order and asks each node's *schema rule* what its outputs hold, given what its
inputs hold and its parameters. The rules are declared with the modules they describe
(runner/modules/<slug>.py, `SCHEMA_RULE`) and handed in by the caller: this package
never imports the run engine (docs/decisions.md "Layering").

Every answer says where it comes from (`source`):

- declared: a data source knows its columns without running (a sample dataset, the
  text of Enter Data, a registered dataset version, the header of a file);
- propagated: a rule derived them from known inputs and the parameters;
- last_known: nothing can say before running (a script, SQL, a module without a
  rule), so the columns are those the node's output had in the latest run that made
  it, and everything derived from them is last_known too: shown, but marked;
- unknown: no rule and no run can say; `reason` tells why.

Unknown is an answer, never replaced by a guess. A rule that knows some columns but
not all (Convert to Indicator Values without known categories, Score Model before the
classes are known) lists the certain ones and says in `incomplete` what may follow.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from designer.graph.document import GraphDocument, binding_name
from designer.graph.spec import ModuleSpec, wire_port

DECLARED = "declared"
PROPAGATED = "propagated"
LAST_KNOWN = "last_known"
UNKNOWN = "unknown"
SOURCES = (DECLARED, PROPAGATED, LAST_KNOWN, UNKNOWN)

# Port types that carry what a model was trained for (its task and label).
MODEL_PORT_TYPES = frozenset({"UntrainedModel", "Model"})


@dataclass(frozen=True)
class Column:
    name: str
    # The pandas dtype a step would see: int64, float64, object, bool, category,
    # datetime64[ns], ...
    type: str
    # Every value the column holds, when a source knows them without running (the
    # categories of a sample dataset's text columns). Cleared by anything that drops
    # rows: a subset may lack some, and an indicator column per value would be a guess.
    values: tuple[str, ...] | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.values is not None:
            data["values"] = list(self.values)
        return data


@dataclass(frozen=True)
class Table:
    """The columns of a DataFrame port, in order."""

    columns: tuple[Column, ...]
    # The column Edit Metadata marked as the label (modules use it when their own label
    # parameter is empty); None when no mark is set.
    label: str | None = None
    # The label a source declares for people to pick (a sample dataset's target column).
    # Not a mark: no module reads it; Train Model's label picker suggests it.
    suggested_label: str | None = None
    # Non-empty: more columns may follow the listed ones, which depend on the data; the
    # text says which.
    incomplete: str = ""

    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    def with_columns(self, columns: Iterable[Column], *, renames: Mapping[str, str] | None = None) -> Table:
        """These columns, keeping the label and suggestion where their column survives."""
        columns = tuple(columns)
        names = {c.name for c in columns}
        renames = renames or {}

        def kept(name: str | None) -> str | None:
            if name is None:
                return None
            name = renames.get(name, name)
            return name if name in names else None

        return Table(columns, kept(self.label), kept(self.suggested_label), self.incomplete)

    def row_subset(self) -> Table:
        """The same columns over some of the rows: which values occur is no longer known."""
        return replace(self, columns=tuple(replace(c, values=None) for c in self.columns))

    def to_dict(self) -> dict[str, Any]:
        return {
            "columns": [c.to_dict() for c in self.columns],
            "label": self.label,
            "suggested_label": self.suggested_label,
            "incomplete": self.incomplete,
        }


def table(columns: Iterable[tuple[str, str]], **kwargs: Any) -> Table:
    """A Table from (name, dtype) pairs."""
    return Table(tuple(Column(name, dtype) for name, dtype in columns), **kwargs)


@dataclass(frozen=True)
class Unknown:
    """A port whose columns cannot be known before running; `reason` says why."""

    reason: str


@dataclass(frozen=True)
class ModelInfo:
    """What flows through a model port at design time: the task and the label."""

    task: str | None = None  # classification | regression | clustering
    label: str | None = None
    label_type: str | None = None
    label_values: tuple[str, ...] | None = None


Answer = Table | Unknown | ModelInfo


class Unknowable(Exception):
    """Raised by a rule: its outputs cannot be known before running, for `reason`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class RuleInputs:
    """What a rule sees of its node's inputs. Asking for a port records that the answer
    depends on it (so an answer derived from last-known columns is marked last_known)."""

    tables: Mapping[str, Table]
    models: Mapping[str, ModelInfo]
    # Wired DataFrame inputs whose columns are unknown: port -> why.
    unknown: Mapping[str, str]
    # For `multiple` inputs: the plan's names of their wires, in edge order.
    wires: Mapping[str, Sequence[str]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def need(self, port: str) -> Table:
        found = self.get(port)
        if found is None:
            raise Unknowable(f"input '{port}' is not connected")
        return found

    def get(self, port: str) -> Table | None:
        """The port's columns; None if it is not wired; Unknowable if wired but unknown."""
        if port in self.unknown:
            raise Unknowable(f"the columns of input '{port}' are not known: {self.unknown[port]}")
        found = self.tables.get(port)
        if found is not None:
            self.used.add(port)
        return found

    def all(self, port: str) -> list[Table]:
        """Every wire into a `multiple` input, in edge order."""
        return [self.need(name) for name in self.wires.get(port, ())]

    def model(self, port: str) -> ModelInfo:
        return self.models.get(port) or ModelInfo()


# A rule: (inputs, params with defaults filled in) -> {output port: answer}. Ports it
# leaves out are unknown.
SchemaRule = Callable[[RuleInputs, Mapping[str, Any]], Mapping[str, Answer]]


@dataclass(frozen=True)
class PortSchema:
    source: str
    table: Table | None = None
    reason: str = ""
    run: int | None = None  # last_known: the run whose outputs these are

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.source, "reason": self.reason, "run": self.run}
        if self.table is None:
            data.update(columns=None, label=None, suggested_label=None, incomplete="")
        else:
            data.update(self.table.to_dict())
        return data


@dataclass(frozen=True)
class NodeSchema:
    inputs: dict[str, PortSchema]
    outputs: dict[str, PortSchema]

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs": {port: s.to_dict() for port, s in self.inputs.items()},
            "outputs": {port: s.to_dict() for port, s in self.outputs.items()},
        }


@dataclass(frozen=True)
class LastKnown:
    table: Table
    run: int


def propagate(
    document: GraphDocument,
    specs: Mapping[str, ModuleSpec],
    rules: Mapping[str, SchemaRule],
    *,
    declared: Mapping[str, Mapping[str, Table | Unknown]] | None = None,
    last_known: Mapping[tuple[str, str], LastKnown] | None = None,
) -> dict[str, NodeSchema]:
    """The design-time schema of every node's DataFrame ports.

    `specs`: node id -> its module version's spec (nodes missing here are unknown
    modules); `rules`: module slug -> its rule; `declared`: node id -> answers found by
    the caller for sources whose columns need I/O (Import Data), which take the place
    of the rule; `last_known`: (node id, output port) -> the columns of that output in
    the latest run that made it.
    """
    declared = declared or {}
    last_known = last_known or {}
    answers: dict[tuple[str, str], PortSchema] = {}
    models: dict[tuple[str, str], ModelInfo] = {}
    result: dict[str, NodeSchema] = {}
    incoming: dict[str, list[tuple[int, Any]]] = {}
    for index, edge in enumerate(document.edges):
        incoming.setdefault(edge.target, []).append((index, edge))

    for node_id in _wire_order(document):
        node = document.node(node_id)
        spec = specs.get(node_id)
        if node is None:
            continue
        if spec is None:
            result[node_id] = NodeSchema({}, {})
            continue
        # The inputs: each DataFrame wire's upstream answer.
        input_schemas: dict[str, PortSchema] = {}
        tables: dict[str, Table] = {}
        unknown: dict[str, str] = {}
        wires: dict[str, list[str]] = {}
        model_inputs: dict[str, ModelInfo] = {}
        counts: dict[str, int] = {}
        for _, edge in sorted(incoming.get(node_id, []), key=lambda item: item[0]):
            port = spec.input(edge.target_port)
            if port is None:
                continue
            upstream = (edge.source, edge.source_port)
            if port.type in MODEL_PORT_TYPES:
                if upstream in models:
                    model_inputs[port.name] = models[upstream]
                continue
            if port.type != "DataFrame":
                continue
            name = port.name
            if port.multiple:
                name = wire_port(port.name, counts.get(port.name, 0))
                counts[port.name] = counts.get(port.name, 0) + 1
                wires.setdefault(port.name, []).append(name)
            schema = answers.get(upstream) or PortSchema(UNKNOWN, reason=f"node '{edge.source}' has no such output")
            input_schemas[name] = schema
            if schema.table is not None:
                tables[name] = schema.table
            else:
                unknown[name] = schema.reason
        for port in spec.inputs:
            if port.type == "DataFrame" and not port.multiple and port.name not in input_schemas:
                input_schemas[port.name] = PortSchema(UNKNOWN, reason="not connected")

        inputs = RuleInputs(tables=tables, models=model_inputs, unknown=unknown, wires=wires)
        found: Mapping[str, Answer]
        from_caller = node_id in declared
        if from_caller:
            found = declared[node_id]
        else:
            rule = rules.get(spec.slug)
            if rule is None:
                found = {}
            else:
                try:
                    found = rule(inputs, resolved_params(document, node.params, spec))
                except Unknowable as exc:
                    found = {p.name: Unknown(exc.reason) for p in spec.outputs}
        upstream_sources = {input_schemas[port].source for port in inputs.used if port in input_schemas}

        outputs: dict[str, PortSchema] = {}
        for port in spec.outputs:
            answer = found.get(port.name)
            if port.type in MODEL_PORT_TYPES:
                models[(node_id, port.name)] = answer if isinstance(answer, ModelInfo) else ModelInfo()
                continue
            if port.type != "DataFrame":
                continue
            if isinstance(answer, Table):
                if from_caller or not inputs.used:
                    source = DECLARED
                elif LAST_KNOWN in upstream_sources:
                    source = LAST_KNOWN
                else:
                    source = PROPAGATED
                schema = PortSchema(source, answer)
            else:
                reason = answer.reason if isinstance(answer, Unknown) else _no_rule(spec)
                known = last_known.get((node_id, port.name))
                schema = (
                    PortSchema(LAST_KNOWN, known.table, reason=reason, run=known.run)
                    if known is not None
                    else PortSchema(UNKNOWN, reason=reason)
                )
            outputs[port.name] = schema
            answers[(node_id, port.name)] = schema
        result[node_id] = NodeSchema(input_schemas, outputs)
    return result


def _no_rule(spec: ModuleSpec) -> str:
    return f"{spec.name} does not say what its output holds before it runs"


def resolved_params(document: GraphDocument, params: Mapping[str, Any], spec: ModuleSpec) -> dict[str, Any]:
    """The node's parameters with defaults, pipeline parameters read as their defaults
    (a run may give other values: what a run is given is not known before it)."""
    values = {p.name: p.default for p in spec.params}
    for name, value in params.items():
        bound = binding_name(value)
        if bound is not None:
            parameter = document.parameter(bound)
            value = parameter.default if parameter is not None else None
        values[name] = value
    return values


def _wire_order(document: GraphDocument) -> list[str]:
    """Node ids, each after everything wired into it (Kahn's algorithm, document order
    among equals); nodes on a cycle come last, and see their inputs as unknown."""
    ids = document.node_ids()
    known = set(ids)
    pending = {n: 0 for n in ids}
    downstream: dict[str, list[str]] = {n: [] for n in ids}
    for edge in document.edges:
        if edge.source in known and edge.target in known:
            pending[edge.target] += 1
            downstream[edge.source].append(edge.target)
    order: list[str] = []
    ready = [n for n in ids if pending[n] == 0]
    while ready:
        current = ready.pop(0)
        order.append(current)
        for target in downstream[current]:
            pending[target] -= 1
            if pending[target] == 0:
                ready.append(target)
    return order + [n for n in ids if n not in order]


# --------------------------------------------------------------------------- rule helpers
# What the built-in modules' rules share: reading parameters the way the modules do and
# telling kinds of columns apart from their dtype names alone.

_NUMERIC = re.compile(r"^(u?int|Int|UInt|float|Float)\d*$")


def is_numeric_type(dtype: str) -> bool:
    return bool(_NUMERIC.match(dtype))


def is_bool_type(dtype: str) -> bool:
    return dtype in ("bool", "boolean")


def is_datetime_type(dtype: str) -> bool:
    return dtype.startswith("datetime64")


def is_text_type(dtype: str) -> bool:
    """Text and categories: what one-hot encoding works on."""
    return dtype in ("object", "string", "str", "category")


def column_names(params: Mapping[str, Any], name: str) -> list[str]:
    """A `columns` parameter as names, each once; Unknowable if it is not a list (a
    pipeline parameter without a default)."""
    value = params.get(name)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Unknowable(f"parameter '{name}' is not a list of column names")
    return list(dict.fromkeys(v for v in value if v.strip()))


def require_columns(table: Table, names: Iterable[str], *, port: str) -> None:
    """A column the parameters name but the input lacks: the step would fail, so say so."""
    available = table.names()
    for name in names:
        if name not in available:
            raise Unknowable(f"column '{name}' is not in input '{port}' (the step would fail)")


def unique_name(name: str, taken: Iterable[str], suffix: str) -> str:
    """The free name the modules give a clashing column: name+suffix, then name+suffix2, ..."""
    used = set(taken)
    if name not in used:
        return name
    candidate, counter = f"{name}{suffix}", 2
    while candidate in used:
        candidate, counter = f"{name}{suffix}{counter}", counter + 1
    return candidate


def same_as_input(port: str = "dataset", *outputs: str) -> SchemaRule:
    """The rule of a module whose outputs hold the input's columns over some of its rows."""
    names = outputs or ("dataset",)

    def rule(inputs: RuleInputs, params: Mapping[str, Any]) -> dict[str, Answer]:
        found = inputs.need(port).row_subset()
        return dict.fromkeys(names, found)

    return rule


def unknown_rule(reason: str) -> SchemaRule:
    """The rule of a module whose outputs only a run can tell: it says why."""

    def rule(inputs: RuleInputs, params: Mapping[str, Any]) -> dict[str, Answer]:
        raise Unknowable(reason)

    return rule


def learner_rule(task: str) -> SchemaRule:
    """An untrained algorithm: no columns, but what it will be trained for."""

    def rule(inputs: RuleInputs, params: Mapping[str, Any]) -> dict[str, Answer]:
        return {"model": ModelInfo(task=task)}

    return rule


def trained_rule(data_port: str) -> SchemaRule:
    """Train Model, Tune Model Hyperparameters: the model keeps its algorithm's task and
    learns the label parameter's column (or the one Edit Metadata marked)."""

    def rule(inputs: RuleInputs, params: Mapping[str, Any]) -> dict[str, Answer]:
        untrained = inputs.model("model")
        label = str(params.get("label_column") or "").strip() or None
        try:
            data = inputs.get(data_port)
        except Unknowable:
            data = None
        if data is not None:
            label = label or data.label
        column = data.column(label) if data is not None and label else None
        return {
            "model": ModelInfo(
                task=untrained.task,
                label=label,
                label_type=column.type if column else None,
                label_values=column.values if column else None,
            )
        }

    return rule
