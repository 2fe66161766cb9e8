"""Graph validation: every problem of a document, at once, pinned to node/port/param.

A pipeline may be saved while invalid but not submitted, so this runs on every save
(to draw the problems on the canvas) and again before a run is compiled.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from designer.graph.catalog import Catalog, CatalogEntry
from designer.graph.document import (
    DocumentParse,
    Edge,
    GraphDocument,
    Node,
    PipelineParameter,
    binding_name,
    is_binding,
    parse_document_details,
)
from designer.graph.params import binding_fits, check_typed, check_value, is_empty, render_value
from designer.graph.problems import Problem, errors_of, warnings_of
from designer.graph.spec import PARAM_TYPES, SOURCE_SNAPSHOT_PARAM, ModuleSpec, ParamSpec, wire_is_legal


@dataclass(frozen=True)
class GraphLimits:
    max_nodes: int = 2000
    max_edges: int = 10000
    max_param_bytes: int = 1_000_000  # per node: UTF-8 size of its params as JSON
    max_label_len: int = 200
    max_comment_len: int = 10_000


DEFAULT_LIMITS = GraphLimits()

# Node ids appear in URLs (/api/runs/{id}/steps/{node_id}/...), channel payloads and
# artifact paths, so they are kept to characters that need no escaping anywhere.
NODE_ID_PATTERN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.:-]{0,99}")
# Pipeline parameter names are used as keyword-like names in SDKs and on the CLI.
PARAMETER_NAME_PATTERN = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")

# Above this size a strongly connected component gets one representative cycle for all
# its nodes, instead of a shortest cycle through each node (quadratic work).
_PER_NODE_CYCLE_LIMIT = 100


@dataclass(frozen=True)
class ValidationResult:
    # The parsed document whenever it is structurally sound, even if it has semantic
    # errors (it may be saved then, just not run). None when it cannot be saved at all.
    document: GraphDocument | None
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return errors_of(self.problems)

    @property
    def warnings(self) -> list[Problem]:
        return warnings_of(self.problems)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "errors": [p.to_dict() for p in self.errors],
            "warnings": [p.to_dict() for p in self.warnings],
        }


# --- the validator ----------------------------------------------------------------------


def validate_graph(
    raw: object,
    catalog: Catalog,
    limits: GraphLimits = DEFAULT_LIMITS,
    *,
    compute_targets: Collection[str] | None = None,
    source_snapshots: Collection[str] | None = None,
) -> ValidationResult:
    """Every problem of the document at once. `compute_targets` are the target names the
    pipeline may use, `source_snapshots` the source snapshot digests its workspace owns
    (at least those the document names: `named_source_snapshots`); None skips that
    check (the pure tests and tools have neither)."""
    parsed = parse_document_details(raw)
    problems = list(parsed.problems)
    if parsed.document is not None:
        _Validator(parsed.document, parsed, catalog, limits, problems).run()
        if compute_targets is not None:
            _check_compute_targets(parsed.document, compute_targets, problems)
        if source_snapshots is not None:
            _check_source_snapshots(parsed.document, source_snapshots, problems)
    return ValidationResult(
        parsed.document if parsed.structurally_sound else None,
        problems,
    )


def _check_compute_targets(document: GraphDocument, known: Collection[str], problems: list[Problem]) -> None:
    available = _listing(sorted(known))
    if document.compute is not None and document.compute not in known:
        problems.append(
            Problem(message=f"unknown default compute target {document.compute!r} (available: {available})")
        )
    for node in document.nodes:
        if node.compute is not None and node.compute not in known:
            problems.append(
                Problem(
                    node_id=node.id,
                    param="compute",
                    message=f"unknown compute target {node.compute!r} (available: {available})",
                )
            )


def named_source_snapshots(raw: object) -> set[str]:
    """The source snapshot digests a raw document's nodes name, read leniently (a
    malformed document is reported by validation): what the caller looks up before
    validating. A node bound to a pipeline parameter names none here; a run's value for
    it is checked when the run is submitted."""
    found: set[str] = set()
    nodes = raw.get("nodes") if isinstance(raw, dict) else None
    for node in nodes if isinstance(nodes, list) else ():
        params = node.get("params") if isinstance(node, dict) else None
        value = params.get(SOURCE_SNAPSHOT_PARAM) if isinstance(params, dict) else None
        if isinstance(value, str) and value:
            found.add(value)
    return found


def _check_source_snapshots(document: GraphDocument, owned: Collection[str], problems: list[Problem]) -> None:
    for node in document.nodes:
        value = node.params.get(SOURCE_SNAPSHOT_PARAM)
        if isinstance(value, str) and value and value not in owned:
            # The same words whether the digest exists elsewhere or nowhere: another
            # workspace's snapshot must not be told apart from a made-up digest.
            problems.append(
                Problem(
                    node_id=node.id,
                    param=SOURCE_SNAPSHOT_PARAM,
                    message=f"source snapshot {value[:12]}… was not uploaded to this workspace; upload the "
                    "folder again (POST /api/snapshots/; the SDK does it when it saves the pipeline)",
                )
            )


def _listing(items: Sequence[str]) -> str:
    return ", ".join(items) if items else "none"


class _Validator:
    def __init__(
        self,
        document: GraphDocument,
        parsed: DocumentParse,
        catalog: Catalog,
        limits: GraphLimits,
        problems: list[Problem],
    ) -> None:
        self.document = document
        self.parsed = parsed
        self.catalog = catalog
        self.limits = limits
        self.problems = problems
        # First node of each id: edges can only mean that one (duplicates are reported).
        self.nodes_by_id: dict[str, Node] = {}
        for node in document.nodes:
            self.nodes_by_id.setdefault(node.id, node)
        self.order = {node_id: i for i, node_id in enumerate(self.nodes_by_id)}
        # Resolved module version of each node id (first node), when it could be resolved.
        self.entries: dict[str, CatalogEntry] = {}
        self.parameters: dict[str, PipelineParameter] = {}
        self.used_parameters: set[str] = set()
        self.graph: Any = nx.DiGraph()  # node ids wired by edges, filled by check_edges

    def error(
        self, message: str, *, node_id: str | None = None, port: str | None = None, param: str | None = None
    ) -> None:
        self.problems.append(Problem(node_id=node_id, port=port, param=param, message=message))

    def warning(
        self, message: str, *, node_id: str | None = None, port: str | None = None, param: str | None = None
    ) -> None:
        self.problems.append(Problem(node_id=node_id, port=port, param=param, message=message, severity="warning"))

    def run(self) -> None:
        if not self.check_sizes():
            return
        self.check_node_ids()
        self.check_pipeline_parameters()
        # Collected from every node, resolvable or not, so a node with an unknown module
        # does not also make its pipeline parameters look unused.
        for node in self.document.nodes:
            for value in node.params.values():
                name = binding_name(value)
                if name is not None:
                    self.used_parameters.add(name)
        for node in self.document.nodes:
            self.check_node(node)
        connected = self.check_edges()
        self.check_inputs(connected)
        self.check_cycles()
        for parameter in self.parameters.values():
            if parameter.name not in self.used_parameters:
                self.warning(
                    f"pipeline parameter {parameter.name} is not used by any node",
                    param=parameter.name,
                )

    def check_sizes(self) -> bool:
        """Counts over the limits end validation: the document is rejected whole, and
        checking a huge document in detail would only spend server time."""
        fits = True
        nodes, edges = len(self.document.nodes), len(self.document.edges)
        if nodes > self.limits.max_nodes:
            self.error(f"the graph has {nodes} nodes; at most {self.limits.max_nodes} allowed")
            fits = False
        if edges > self.limits.max_edges:
            self.error(f"the graph has {edges} edges; at most {self.limits.max_edges} allowed")
            fits = False
        return fits

    def check_node_ids(self) -> None:
        counts: dict[str, int] = defaultdict(int)
        for node in self.document.nodes:
            counts[node.id] += 1
        for node_id, count in counts.items():
            if count > 1:
                self.error(
                    f"node id {node_id} is used by {count} nodes; ids must be unique",
                    node_id=node_id,
                )
            if not NODE_ID_PATTERN.fullmatch(node_id):
                self.error(
                    f"node id {node_id!r} may only contain letters, digits, '_', '-', '.' "
                    "and ':' (at most 100 characters, not starting with '-', '.' or ':')",
                    node_id=node_id,
                )

    def check_pipeline_parameters(self) -> None:
        seen: dict[str, int] = defaultdict(int)
        for parameter in self.document.parameters:
            seen[parameter.name] += 1
        for name, count in seen.items():
            if count > 1:
                self.error(f"pipeline parameter {name} is defined {count} times", param=name)
        for parameter in self.document.parameters:
            name = parameter.name
            if name in self.parameters:
                continue
            self.parameters[name] = parameter
            if not PARAMETER_NAME_PATTERN.fullmatch(name):
                self.error(
                    f"pipeline parameter name {name!r} must start with a letter or '_' and "
                    "hold only letters, digits and '_' (at most 64 characters)",
                    param=name,
                )
            if parameter.type not in PARAM_TYPES:
                self.error(
                    f"pipeline parameter {name} has unknown type {parameter.type!r} (known: {', '.join(PARAM_TYPES)})",
                    param=name,
                )
            elif parameter.default is not None:
                checked = check_typed(parameter.type, parameter.default)
                if not checked.ok:
                    self.error(checked.error(f"default of pipeline parameter {name}"), param=name)

    # --- nodes ---

    def check_node(self, node: Node) -> None:
        limits = self.limits
        if len(node.label) > limits.max_label_len:
            self.error(
                f"label is {len(node.label)} characters long; at most {limits.max_label_len} allowed",
                node_id=node.id,
            )
        if len(node.comment) > limits.max_comment_len:
            self.error(
                f"comment is {len(node.comment)} characters long; at most {limits.max_comment_len} allowed",
                node_id=node.id,
            )
        size = len(json.dumps(node.params, ensure_ascii=False, separators=(",", ":")).encode())
        if size > limits.max_param_bytes:
            self.error(
                f"parameters take {size} bytes as JSON; at most {limits.max_param_bytes} allowed",
                node_id=node.id,
            )
        if node.id in self.parsed.unreadable_nodes:
            return
        entry = self.resolve_module(node)
        if entry is None:
            return
        if self.nodes_by_id[node.id] is node:
            self.entries[node.id] = entry
        self.check_params(node, entry.spec)

    def usable_versions(self, slug: str) -> list[str]:
        usable = []
        for version in self.catalog.versions(slug):
            entry = self.catalog.get(slug, version)
            if entry is not None and entry.status != "disabled":
                usable.append(version)
        return usable

    def resolve_module(self, node: Node) -> CatalogEntry | None:
        slug = node.module
        if not self.catalog.versions(slug):
            self.error(f"unknown module {slug!r}", node_id=node.id)
            return None
        entry = self.catalog.get(slug, node.version)
        if entry is None:
            if node.version is None:
                self.error(
                    f"module {slug} has no default version; pick one of: {_listing(self.usable_versions(slug))}",
                    node_id=node.id,
                )
            else:
                self.error(
                    f"module {slug} has no version {node.version} (available: {_listing(self.usable_versions(slug))})",
                    node_id=node.id,
                )
            return None
        version = entry.spec.version
        if entry.status == "disabled":
            others = [v for v in self.usable_versions(slug) if v != version]
            hint = f"; use one of: {', '.join(others)}" if others else ""
            self.error(f"module {slug} {version} is disabled{hint}", node_id=node.id)
        elif entry.status == "deprecated":
            newer = [
                v
                for v in self.usable_versions(slug)
                if v != version and (e := self.catalog.get(slug, v)) is not None and e.status == "active"
            ]
            hint = f"; consider {newer[-1]}" if newer else ""
            self.warning(f"module {slug} {version} is deprecated{hint}", node_id=node.id)
        return entry

    def check_params(self, node: Node, spec: ModuleSpec) -> None:
        known = [p.name for p in spec.params]
        for name, value in node.params.items():
            param = spec.param(name)
            if param is None:
                self.error(
                    f"{spec.slug} has no parameter {name!r} (known: {_listing(known)})",
                    node_id=node.id,
                    param=name,
                )
                continue
            if is_binding(value):
                self.check_binding(node, param, value)
            elif value is not None:
                checked = check_value(param, value)
                if not checked.ok:
                    self.error(checked.error(name), node_id=node.id, param=name)
        for param in spec.params:
            if not param.required:
                continue
            value = node.params.get(param.name, param.default)
            if is_binding(value):
                continue  # the run supplies it; compile checks it is there
            if value is None:
                self.error(f"{param.name} is required", node_id=node.id, param=param.name)
            elif is_empty(value):
                self.error(
                    f"{param.name} is required and cannot be empty",
                    node_id=node.id,
                    param=param.name,
                )

    def check_binding(self, node: Node, param: ParamSpec, value: object) -> None:
        name = binding_name(value)
        if name is None:
            self.error(
                f'{param.name}: a binding must look like {{"$param": "<name>"}}, got {render_value(value)}',
                node_id=node.id,
                param=param.name,
            )
            return
        if name in self.parsed.unreadable_parameters:
            return  # the broken definition is reported already
        parameter = self.parameters.get(name)
        if parameter is None:
            self.error(
                f"{param.name} is bound to undefined pipeline parameter {name!r} "
                f"(defined: {_listing(list(self.parameters))})",
                node_id=node.id,
                param=param.name,
            )
            return
        if parameter.type not in PARAM_TYPES:
            return  # reported with the definition
        if not binding_fits(parameter.type, param.type):
            self.error(
                f"{param.name} is a {param.type} parameter but pipeline parameter {name} is a {parameter.type}",
                node_id=node.id,
                param=param.name,
            )
            return
        if parameter.default is None:
            return
        default = check_typed(parameter.type, parameter.default)
        if default.ok:  # a default of the wrong type is reported with the definition
            checked = check_value(param, default.value)
            if not checked.ok:
                self.error(
                    f"{checked.error(param.name)} (the default of pipeline parameter {name})",
                    node_id=node.id,
                    param=param.name,
                )

    # --- edges ---

    def check_edges(self) -> dict[tuple[str, str], list[Edge]]:
        """Check every edge; return the edges reaching each (node, input port)."""
        connected: dict[tuple[str, str], list[Edge]] = defaultdict(list)
        self.graph.add_nodes_from(self.nodes_by_id)
        for edge in self.document.edges:
            missing = [n for n in (edge.source, edge.target) if n not in self.nodes_by_id]
            if edge.target in self.nodes_by_id:
                # Even a wire from nowhere occupies the input: it is reported as
                # dangling, not a second time as "not connected".
                connected[(edge.target, edge.target_port)].append(edge)
            if missing:
                self.report_dangling(edge, missing)
                continue
            self.graph.add_edge(edge.source, edge.target)
            if edge.source == edge.target:
                self.error(
                    f"{edge.describe()} wires the node into itself; a node cannot feed its own input",
                    node_id=edge.target,
                    port=edge.target_port,
                )
            self.check_ports(edge)
        return connected

    def report_dangling(self, edge: Edge, missing: list[str]) -> None:
        unknown = " and ".join(sorted(set(missing)))
        plural = "s" if len(set(missing)) > 1 else ""
        message = f"edge {edge.describe()} points to unknown node{plural} {unknown}"
        if edge.target in self.nodes_by_id:
            self.error(message, node_id=edge.target, port=edge.target_port)
        elif edge.source in self.nodes_by_id:
            self.error(message, node_id=edge.source, port=edge.source_port)
        else:
            self.error(message)

    def check_ports(self, edge: Edge) -> None:
        source_entry = self.entries.get(edge.source)
        target_entry = self.entries.get(edge.target)
        output = input_ = None
        if source_entry is not None:
            spec = source_entry.spec
            output = spec.output(edge.source_port)
            if output is None:
                self.error(
                    f"{spec.slug} has no output {edge.source_port!r} "
                    f"(outputs: {_listing([p.name for p in spec.outputs])})",
                    node_id=edge.source,
                    port=edge.source_port,
                )
        if target_entry is not None:
            spec = target_entry.spec
            input_ = spec.input(edge.target_port)
            if input_ is None:
                self.error(
                    f"{spec.slug} has no input {edge.target_port!r} "
                    f"(inputs: {_listing([p.name for p in spec.inputs])})",
                    node_id=edge.target,
                    port=edge.target_port,
                )
        if output is not None and input_ is not None and not wire_is_legal(output.type, input_.type):
            self.error(
                f"cannot wire {edge.source}.{edge.source_port} ({output.type}) to "
                f"{edge.target}.{edge.target_port}, which takes {input_.type}",
                node_id=edge.target,
                port=edge.target_port,
            )

    def check_inputs(self, connected: dict[tuple[str, str], list[Edge]]) -> None:
        for (node_id, port), edges in connected.items():
            entry = self.entries.get(node_id)
            spec_input = entry.spec.input(port) if entry is not None else None
            if len(edges) < 2 or (entry is not None and spec_input is None):
                continue  # an unknown port is reported already
            if spec_input is not None and spec_input.multiple:
                # Many wires are the point of such a port; the same output twice is a slip
                # (the rows would be stacked twice), not a way to ask for that.
                seen: set[tuple[str, str]] = set()
                for edge in edges:
                    if (edge.source, edge.source_port) in seen:
                        self.error(
                            f"{edge.source}.{edge.source_port} is wired to input {port} twice",
                            node_id=node_id,
                            port=port,
                        )
                    seen.add((edge.source, edge.source_port))
                continue
            sources = ", ".join(f"{e.source}.{e.source_port}" for e in edges)
            self.error(
                f"input {port} is connected {len(edges)} times (from {sources}); an input takes one wire",
                node_id=node_id,
                port=port,
            )
        for node_id, entry in self.entries.items():
            for spec_input in entry.spec.inputs:
                key = (node_id, spec_input.name)
                if spec_input.optional or key in connected or key in self.parsed.claimed_inputs:
                    continue
                self.error(
                    f"required input {spec_input.name} ({spec_input.type}) is not connected",
                    node_id=node_id,
                    port=spec_input.name,
                )

    def check_cycles(self) -> None:
        graph = self.graph
        graph.remove_edges_from(list(nx.selfloop_edges(graph)))  # reported as self-loops
        components = [c for c in nx.strongly_connected_components(graph) if len(c) > 1]
        components.sort(key=lambda c: min(self.order[n] for n in c))
        for component in components:
            members = sorted(component, key=self.order.__getitem__)
            sub = graph.subgraph(component)
            shared: list[str] | None = None
            if len(members) > _PER_NODE_CYCLE_LIMIT:
                shared = [u for u, _ in nx.find_cycle(sub, source=members[0])]
            for node_id in members:
                path = shared if shared is not None else self.cycle_through(sub, node_id)
                if node_id in path:
                    start = path.index(node_id)
                    path = path[start:] + path[:start]
                shown = " → ".join([*path, path[0]])
                self.error(f"node is part of a cycle: {shown}", node_id=node_id)

    @staticmethod
    def cycle_through(graph: Any, node_id: str) -> list[str]:
        """A shortest cycle through node_id, as a node list starting there."""
        paths = nx.single_source_shortest_path(graph, node_id)
        best: list[str] | None = None
        for predecessor in graph.predecessors(node_id):
            path = paths.get(predecessor)
            if path is not None and (best is None or len(path) < len(best)):
                best = path
        assert best is not None, "every node of a strongly connected component is on a cycle"
        return list(best)
