"""Compile a valid graph document into an execution plan.

The plan is what a run executes: module versions pinned, defaults applied, pipeline
parameters bound and every step's inputs spelled out. It is frozen as JSON into the run
snapshot, so later edits to the pipeline or to the module registry cannot change what a
run did, and it is all the runner needs to schedule steps and compute cache keys.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from designer.graph.catalog import Catalog, CatalogEntry
from designer.graph.document import RETRY_KINDS, Edge, GraphDocument, binding_name
from designer.graph.nesting import too_deep_at, too_deep_message
from designer.graph.params import check_typed, check_value
from designer.graph.problems import Problem
from designer.graph.spec import wire_port
from designer.graph.validate import DEFAULT_LIMITS, GraphLimits, validate_graph

PLAN_SCHEMA_VERSION = 1


class CompileError(Exception):
    """The document or the run's parameter values cannot be compiled; `problems` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems) or "cannot compile pipeline")


@dataclass(frozen=True)
class PlannedStep:
    node_id: str
    label: str  # the node's label, else the module's name
    module: str
    version: str  # pinned, never None
    entrypoint: str
    code_digest: str
    environment_digest: str
    deterministic: bool
    reuse: bool
    compute: str | None  # the node's or the pipeline's target; None: the server's default
    params: dict[str, Any]  # every module parameter, resolved
    # Connected input port -> {"node_id": upstream node, "port": its output port}.
    # Optional inputs left unconnected are absent. A `multiple` input appears once per
    # wire, as "port[0]", "port[1]", ... (designer.graph.spec.wire_port).
    inputs: dict[str, dict[str, str]]
    # Connected input port -> type of what arrives there: the upstream *output* type,
    # which for an AnyFile/AnyDirectory input says how to materialize the artifact.
    input_types: dict[str, str]
    outputs: dict[str, str]  # output port -> type
    timeout_seconds: float | None = None  # None: the compute target's time limit
    max_retries: int = 0
    retry_on: tuple[str, ...] = RETRY_KINDS
    # The module's declared environment ({"requirements": [...]} or {"image": ...}).
    environment: dict[str, Any] = field(default_factory=dict)
    # The inputs that take many wires: the module gets each as a list (maybe empty).
    multiple: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "node_id": self.node_id,
            "label": self.label,
            "module": self.module,
            "version": self.version,
            "entrypoint": self.entrypoint,
            "code_digest": self.code_digest,
            "environment_digest": self.environment_digest,
            "deterministic": self.deterministic,
            "reuse": self.reuse,
            "compute": self.compute,
            "params": copy.deepcopy(self.params),
            "inputs": {port: dict(ref) for port, ref in self.inputs.items()},
            "input_types": dict(self.input_types),
            "outputs": dict(self.outputs),
            "timeout_seconds": self.timeout_seconds,
            "max_retries": self.max_retries,
            "retry_on": list(self.retry_on),
            "environment": copy.deepcopy(self.environment),
        }
        if self.multiple:  # only when there are any, so other plans' JSON is as it was
            data["multiple"] = list(self.multiple)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlannedStep:
        return cls(
            node_id=data["node_id"],
            label=data["label"],
            module=data["module"],
            version=data["version"],
            entrypoint=data["entrypoint"],
            code_digest=data["code_digest"],
            environment_digest=data["environment_digest"],
            deterministic=bool(data["deterministic"]),
            reuse=bool(data["reuse"]),
            compute=data.get("compute"),
            params=copy.deepcopy(dict(data["params"])),
            inputs={port: {"node_id": ref["node_id"], "port": ref["port"]} for port, ref in data["inputs"].items()},
            input_types=dict(data["input_types"]),
            outputs=dict(data["outputs"]),
            timeout_seconds=data.get("timeout_seconds"),
            max_retries=int(data.get("max_retries", 0)),
            retry_on=tuple(data.get("retry_on", RETRY_KINDS)),
            environment=copy.deepcopy(dict(data.get("environment", {}))),
            multiple=tuple(data.get("multiple", ())),
        )

    def upstream_node_ids(self) -> list[str]:
        """Distinct upstream nodes, in input port order."""
        return list(dict.fromkeys(ref["node_id"] for ref in self.inputs.values()))


@dataclass(frozen=True)
class ExecutionPlan:
    steps: tuple[PlannedStep, ...]  # topological order
    parameters: dict[str, Any]  # the run's pipeline parameter values, defaults applied
    _graph: Any = field(init=False, repr=False, compare=False)
    _by_id: dict[str, PlannedStep] = field(init=False, repr=False, compare=False)
    _position: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[str, PlannedStep] = {}
        graph = nx.DiGraph()
        for step in self.steps:
            if step.node_id in by_id:
                raise ValueError(f"plan has two steps for node {step.node_id}")
            by_id[step.node_id] = step
            graph.add_node(step.node_id)
        for step in self.steps:
            for upstream in step.upstream_node_ids():
                if upstream not in by_id:
                    raise ValueError(f"step {step.node_id} reads from unknown step {upstream}")
                graph.add_edge(upstream, step.node_id)
        object.__setattr__(self, "_graph", graph)
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_position", {node_id: i for i, node_id in enumerate(by_id)})

    def node_ids(self) -> list[str]:
        return [s.node_id for s in self.steps]

    def step(self, node_id: str) -> PlannedStep:
        """The step of a node; KeyError if the plan has none."""
        return self._by_id[node_id]

    def position(self, node_id: str) -> int:
        """The node's place in the topological order (0 first); KeyError if not planned."""
        return self._position[node_id]

    def _in_plan_order(self, node_ids: set[str]) -> list[str]:
        # Sorting the answer, not scanning the plan: the runner asks these for every
        # step on every advance, so they must not cost O(steps) each.
        return sorted(node_ids, key=self._position.__getitem__)

    def upstream(self, node_id: str) -> list[str]:
        """Nodes wired directly into this one (what it waits for), in plan order."""
        return self._in_plan_order(set(self._graph.predecessors(self.step(node_id).node_id)))

    def downstream(self, node_id: str) -> list[str]:
        """Nodes this one feeds directly, in plan order."""
        return self._in_plan_order(set(self._graph.successors(self.step(node_id).node_id)))

    def ancestors(self, node_id: str) -> list[str]:
        """Everything this node depends on, directly or not, in plan order."""
        return self._in_plan_order(nx.ancestors(self._graph, self.step(node_id).node_id))

    def descendants(self, node_id: str) -> list[str]:
        """Everything that depends on this node (what a failure skips), in plan order."""
        return self._in_plan_order(nx.descendants(self._graph, self.step(node_id).node_id))

    def generations(self) -> list[list[str]]:
        """Steps grouped by depth: each group can run in parallel once the previous ones
        are done (in plan order within a group)."""
        return [self._in_plan_order(set(g)) for g in nx.topological_generations(self._graph)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": PLAN_SCHEMA_VERSION,
            "steps": [s.to_dict() for s in self.steps],
            "parameters": copy.deepcopy(self.parameters),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExecutionPlan:
        schema = data.get("schema", PLAN_SCHEMA_VERSION)
        if schema != PLAN_SCHEMA_VERSION:
            raise ValueError(f"unsupported execution plan schema {schema!r}")
        return cls(
            steps=tuple(PlannedStep.from_dict(s) for s in data["steps"]),
            parameters=copy.deepcopy(dict(data.get("parameters", {}))),
        )


def compile_plan(
    document: GraphDocument,
    catalog: Catalog,
    parameter_values: Mapping[str, object],
    *,
    limits: GraphLimits = DEFAULT_LIMITS,
) -> ExecutionPlan:
    """Compile a document for one run; CompileError lists every problem found.

    `parameter_values` are the run's pipeline parameter values; a missing or None value
    means "use the parameter's default". Warnings (deprecated modules) do not stop a run.
    """
    # Round-trip through JSON form so a document built in Python gets the same
    # structural checks as one that came over the API.
    result = validate_graph(document.to_dict(), catalog, limits)
    if result.errors:
        raise CompileError(result.errors)
    assert result.document is not None
    document = result.document

    problems: list[Problem] = []
    values = _resolve_parameter_values(document, parameter_values, problems)
    steps: dict[str, PlannedStep] = {}
    graph = nx.DiGraph()
    # Looked up once per node: a catalogue may be backed by queries, and graphs reach
    # thousands of edges.
    entries: dict[str, CatalogEntry] = {}
    for node in document.nodes:
        entry = catalog.get(node.module, node.version)
        assert entry is not None, "validation resolved every module"
        entries[node.id] = entry
        graph.add_node(node.id)
    incoming: dict[str, list[Edge]] = defaultdict(list)
    for edge in document.edges:
        graph.add_edge(edge.source, edge.target)
        incoming[edge.target].append(edge)

    for node in document.nodes:
        entry = entries[node.id]
        spec = entry.spec
        params: dict[str, Any] = {}
        for param in spec.params:
            raw = node.params.get(param.name)
            name = binding_name(raw)
            origin = ""
            if name is not None:
                if name not in values:
                    continue  # the run's bad value for it is reported already
                value = copy.deepcopy(values[name])  # steps must not share a list
                origin = f" (from pipeline parameter {name})"
            else:
                value = raw
            if value is None:
                value = copy.deepcopy(param.default)
            if value is None:
                if param.required:
                    problems.append(
                        Problem(
                            node_id=node.id,
                            param=param.name,
                            message=f"{param.name} is required but has no value{origin}",
                        )
                    )
            else:
                # Values written in the document were checked by validation; this catches
                # run values, pipeline defaults and a module's own bad default.
                checked = check_value(param, value)
                if not checked.ok:
                    problems.append(
                        Problem(
                            node_id=node.id,
                            param=param.name,
                            message=f"{checked.error(param.name)}{origin}",
                        )
                    )
                    continue
                value = checked.value
            params[param.name] = value

        # A `multiple` input's wires become ports "name[0]", "name[1]", ... in the order
        # the edges are stored (wire_port), so the list the module receives, and the
        # cache key, follow the document's wire order.
        wired: dict[str, list[tuple[str, dict[str, str], str]]] = defaultdict(list)
        for edge in incoming[node.id]:
            output = entries[edge.source].spec.output(edge.source_port)
            assert output is not None
            wired[edge.target_port].append(
                (edge.target_port, {"node_id": edge.source, "port": edge.source_port}, output.type)
            )
        inputs: dict[str, dict[str, str]] = {}
        input_types: dict[str, str] = {}
        # Port order as the module declares it, so plans of equal graphs are equal JSON.
        for spec_input in spec.inputs:
            for index, (port, ref, port_type) in enumerate(wired.get(spec_input.name, [])):
                name = wire_port(port, index) if spec_input.multiple else port
                inputs[name], input_types[name] = ref, port_type

        steps[node.id] = PlannedStep(
            node_id=node.id,
            label=node.label or spec.name,
            module=spec.slug,
            version=spec.version,
            entrypoint=spec.entrypoint,
            code_digest=entry.code_digest,
            environment_digest=entry.environment_digest,
            deterministic=spec.deterministic,
            reuse=node.reuse,
            compute=node.compute or document.compute,
            params=params,
            inputs=inputs,
            input_types=input_types,
            multiple=tuple(p.name for p in spec.inputs if p.multiple),
            outputs={p.name: p.type for p in spec.outputs},
            timeout_seconds=node.timeout_seconds,
            max_retries=node.max_retries,
            retry_on=node.retry_on,
            environment=copy.deepcopy(spec.environment),
        )
    if problems:
        raise CompileError(problems)

    # Document order breaks ties, so the same graph always compiles to the same plan.
    position = {node.id: i for i, node in enumerate(document.nodes)}
    ordered = nx.lexicographical_topological_sort(graph, key=position.__getitem__)
    return ExecutionPlan(steps=tuple(steps[n] for n in ordered), parameters=values)


def _resolve_parameter_values(
    document: GraphDocument, given: Mapping[str, object], problems: list[Problem]
) -> dict[str, Any]:
    defined = {p.name: p for p in document.parameters}
    for name in given:
        if name not in defined:
            problems.append(
                Problem(
                    param=name,
                    message=f"unknown pipeline parameter {name!r} (defined: {', '.join(defined) or 'none'})",
                )
            )
    # Parameters whose run value is wrong are left out, so the nodes bound to them are
    # not reported a second time.
    values: dict[str, Any] = {}
    for name, parameter in defined.items():
        value = given.get(name)
        if value is None:
            value = parameter.default  # checked by validation, and not too deep
        if value is None:
            values[name] = None
            continue
        if too_deep_at(value) is not None:  # checked before anything copies or walks it
            problems.append(Problem(param=name, message=f"pipeline parameter {name} is {too_deep_message()}"))
            continue
        checked = check_typed(parameter.type, copy.deepcopy(value))
        if not checked.ok:
            problems.append(Problem(param=name, message=checked.error(f"pipeline parameter {name}")))
            continue
        values[name] = checked.value
    return values
