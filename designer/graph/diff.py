"""What changed between two graph documents: the difference a visual diff of two
versions of a pipeline, or of the graphs two runs froze, shows.

Nodes are matched by id (docs/decisions.md, "Diffs match nodes by id"): a node of both
documents is the same node, whatever else changed about it; a node in one only was
added or removed. For each node of both, every field that differs is listed with its
old and new value (module, version, label, comment, compute target, reuse, time limit,
retries), and every parameter that was added, removed or changed; a script (a `code`
or `text` parameter, or a multi-line string where no module spec says) also gets a
unified line diff. A node whose only change is its place on the canvas is "moved",
apart from the changed ones, so a tidied layout does not look like an edit.

Wires are source node/port -> target node/port and are compared as such (a wire that
is removed and drawn again is no change). A many-wire input takes its wires in the
order of the document's edges (docs/decisions.md, "N-way fan-in"), so when the wires an
input keeps come in another order, that input is listed as reordered.

Everything comes in a fixed order: nodes by id, wires by target then source, inputs by
target, parameters by name, so equal inputs give equal answers.

Pure Python: no Django here (the stored versions and runs are read in
designer/versions.py and runner/run_diffs.py).
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from designer.graph.catalog import Catalog
from designer.graph.document import DocumentError, Edge, GraphDocument, Node, PipelineParameter, parse_document_details

ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"
MOVED = "moved"

# Parameter types whose values are read line by line, so their changes come as a line diff.
SCRIPT_TYPES = frozenset({"code", "text"})

# The node fields compared one by one, in the order they are listed; position is
# reported apart (`moved`), params each on their own.
NODE_FIELDS: tuple[str, ...] = (
    "module",
    "version",
    "label",
    "comment",
    "compute",
    "reuse",
    "timeout_seconds",
    "max_retries",
    "retry_on",
)

# The type of a node's parameter (from its module's spec), or None when unknown.
ParamTypes = Callable[[Node, str], str | None]


def same_json(old: Any, new: Any) -> bool:
    """Equality of two JSON values as JSON sees them: 1 and 1.0 are the same number,
    but true is not 1 (Python's == says it is) and "1" is not 1."""
    if isinstance(old, bool) or isinstance(new, bool):
        return isinstance(old, bool) and isinstance(new, bool) and old == new
    if isinstance(old, int | float) and isinstance(new, int | float):
        return old == new
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(same_json(a, b) for a, b in zip(old, new, strict=True))
    if isinstance(old, dict) and isinstance(new, dict):
        return old.keys() == new.keys() and all(same_json(old[key], new[key]) for key in old)
    return type(old) is type(new) and bool(old == new)


@dataclass(frozen=True)
class ValueChange:
    """One named value that was added, removed or changed: a node's field or parameter,
    a pipeline parameter, a run's parameter value. `old` is None when added and `new`
    None when removed (`change` says which, as a value may itself be null)."""

    name: str
    change: str
    old: Any = None
    new: Any = None
    # A script's unified diff, hunks only ("@@ ...", " kept", "-old", "+new"); None for
    # values that are not scripts.
    line_diff: tuple[str, ...] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "change": self.change,
            "old": self.old,
            "new": self.new,
            "line_diff": list(self.line_diff) if self.line_diff is not None else None,
        }


@dataclass(frozen=True)
class NodeDiff:
    id: str
    change: str  # added | removed | changed | moved
    module: str  # the new node's module (the old one's when removed)
    label: str
    fields: tuple[ValueChange, ...] = ()
    params: tuple[ValueChange, ...] = ()
    # {"old": {x, y}, "new": {x, y}} when the node moved (changed or not); else None.
    position: dict[str, dict[str, float]] | None = None
    # The whole node as its document holds it, for an added or removed node (a canvas
    # draws a removed one where it was).
    node: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "change": self.change,
            "module": self.module,
            "label": self.label,
            "fields": [f.to_dict() for f in self.fields],
            "params": [p.to_dict() for p in self.params],
            "position": self.position,
            "node": self.node,
        }


@dataclass(frozen=True)
class WireDiff:
    change: str  # added | removed
    edge: Edge

    def to_dict(self) -> dict[str, Any]:
        return {"change": self.change, **self.edge.to_dict()}


@dataclass(frozen=True)
class InputOrder:
    """A many-wire input whose wires, those it kept, arrive in another order: the
    module gets its list in that order. `old` and `new` are the whole lists."""

    target: str
    target_port: str
    old: tuple[tuple[str, str], ...]  # (source node, source port), in wire order
    new: tuple[tuple[str, str], ...]

    def to_dict(self) -> dict[str, Any]:
        def sources(wires: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
            return [{"source": node, "source_port": port} for node, port in wires]

        return {
            "target": self.target,
            "target_port": self.target_port,
            "old": sources(self.old),
            "new": sources(self.new),
        }


@dataclass
class GraphDiff:
    nodes: list[NodeDiff] = field(default_factory=list)
    wires: list[WireDiff] = field(default_factory=list)
    reordered_inputs: list[InputOrder] = field(default_factory=list)
    parameters: list[ValueChange] = field(default_factory=list)  # the pipeline's parameters
    compute: ValueChange | None = None  # the pipeline's default compute target

    @property
    def identical(self) -> bool:
        return not (self.nodes or self.wires or self.reordered_inputs or self.parameters or self.compute)

    def summary(self) -> dict[str, int]:
        def count(items: Iterable[NodeDiff | WireDiff], change: str) -> int:
            return sum(1 for item in items if item.change == change)

        return {
            "nodes_added": count(self.nodes, ADDED),
            "nodes_removed": count(self.nodes, REMOVED),
            "nodes_changed": count(self.nodes, CHANGED),
            "nodes_moved": count(self.nodes, MOVED),
            "wires_added": count(self.wires, ADDED),
            "wires_removed": count(self.wires, REMOVED),
            "inputs_reordered": len(self.reordered_inputs),
            "parameters_changed": len(self.parameters),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "identical": self.identical,
            "summary": self.summary(),
            "nodes": [n.to_dict() for n in self.nodes],
            "wires": [w.to_dict() for w in self.wires],
            "reordered_inputs": [r.to_dict() for r in self.reordered_inputs],
            "parameters": [p.to_dict() for p in self.parameters],
            "compute": self.compute.to_dict() if self.compute is not None else None,
        }


def readable_document(raw: object) -> GraphDocument:
    """A stored graph (a version's, a run's frozen one) as a document to compare.

    Read leniently, as the validator reads a draft: a saved graph is structurally sound,
    but one kept from before a structural rule existed still compares by what can be
    read of it. DocumentError only when nothing can (not an object, another schema)."""
    parsed = parse_document_details(raw)
    if parsed.document is None:
        raise DocumentError(parsed.problems)
    return parsed.document


def catalog_param_types(*catalogs: Catalog) -> ParamTypes:
    """Parameter types from module specs: the node's module at its version (its
    default version when it names none), from the first catalogue that has it."""

    def param_type(node: Node, name: str) -> str | None:
        for catalog in catalogs:
            entry = catalog.get(node.module, node.version)
            if entry is not None:
                spec = entry.spec.param(name)
                return spec.type if spec is not None else None
        return None

    return param_type


def diff_graphs(old: GraphDocument, new: GraphDocument, *, param_types: ParamTypes | None = None) -> GraphDiff:
    """What changed from `old` to `new`. `param_types` says which parameters are
    scripts; without it (or where it does not know a module), a parameter whose text
    spans several lines is taken for one."""
    old_nodes = {n.id: n for n in old.nodes}
    new_nodes = {n.id: n for n in new.nodes}
    nodes: list[NodeDiff] = []
    for node_id in sorted(old_nodes.keys() | new_nodes.keys()):
        before, after = old_nodes.get(node_id), new_nodes.get(node_id)
        if before is None and after is not None:
            nodes.append(NodeDiff(node_id, ADDED, after.module, after.label, node=after.to_dict()))
        elif after is None and before is not None:
            nodes.append(NodeDiff(node_id, REMOVED, before.module, before.label, node=before.to_dict()))
        elif before is not None and after is not None:
            changed = _node_diff(before, after, param_types)
            if changed is not None:
                nodes.append(changed)
    return GraphDiff(
        nodes=nodes,
        wires=_wire_diffs(old.edges, new.edges),
        reordered_inputs=_reordered_inputs(old.edges, new.edges),
        parameters=_parameter_diffs(old.parameters, new.parameters),
        compute=(
            None if same_json(old.compute, new.compute) else ValueChange("compute", CHANGED, old.compute, new.compute)
        ),
    )


def _node_diff(before: Node, after: Node, param_types: ParamTypes | None) -> NodeDiff | None:
    fields = tuple(
        ValueChange(name, CHANGED, _field(before, name), _field(after, name))
        for name in NODE_FIELDS
        if not same_json(_field(before, name), _field(after, name))
    )
    params = tuple(_param_diffs(before, after, param_types))
    position = None
    old_position, new_position = before.position.to_dict(), after.position.to_dict()
    if not same_json(old_position, new_position):
        position = {"old": old_position, "new": new_position}
    if not fields and not params and position is None:
        return None
    change = CHANGED if fields or params else MOVED
    return NodeDiff(after.id, change, after.module, after.label, fields=fields, params=params, position=position)


def _field(node: Node, name: str) -> Any:
    value = getattr(node, name)
    return list(value) if isinstance(value, tuple) else value  # retry_on, as JSON has it


def _param_diffs(before: Node, after: Node, param_types: ParamTypes | None) -> Iterable[ValueChange]:
    for name in sorted(before.params.keys() | after.params.keys()):
        had, has = name in before.params, name in after.params
        old, new = before.params.get(name), after.params.get(name)
        if had and has and same_json(old, new):
            continue
        change = CHANGED if had and has else ADDED if has else REMOVED
        line_diff = None
        if _is_script(after if has else before, name, old, new, param_types):
            line_diff = script_diff(old if isinstance(old, str) else "", new if isinstance(new, str) else "")
        yield ValueChange(name, change, old, new, line_diff)


def _is_script(node: Node, name: str, old: Any, new: Any, param_types: ParamTypes | None) -> bool:
    texts = [value for value in (old, new) if isinstance(value, str)]
    # A value bound to a pipeline parameter, or a script replaced by a number, has no lines to compare.
    if not texts or any(value is not None and not isinstance(value, str) for value in (old, new)):
        return False
    known = param_types(node, name) if param_types is not None else None
    if known is not None:
        return known in SCRIPT_TYPES
    return any("\n" in text for text in texts)


def script_diff(old: str, new: str, *, context: int = 3) -> tuple[str, ...]:
    """A unified diff of two scripts, hunks only: the file headers would name nothing."""
    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True), n=context, lineterm="")
    # Each content line keeps its own line end; the hunk headers come without one.
    return tuple(line.removesuffix("\n").removesuffix("\r") for line in list(lines)[2:])


def _wire_key(edge: Edge) -> tuple[str, str, str, str]:
    return (edge.target, edge.target_port, edge.source, edge.source_port)


def _wire_diffs(old: list[Edge], new: list[Edge]) -> list[WireDiff]:
    # Counted, not set-compared: a saved draft may hold the same wire twice.
    before, after = Counter(old), Counter(new)
    wires = [WireDiff(ADDED, edge) for edge in (after - before).elements()]
    wires += [WireDiff(REMOVED, edge) for edge in (before - after).elements()]
    wires.sort(key=lambda wire: (_wire_key(wire.edge), wire.change))
    return wires


def _inputs(edges: list[Edge]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    inputs: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for edge in edges:
        inputs.setdefault((edge.target, edge.target_port), []).append((edge.source, edge.source_port))
    return inputs


def _kept(wires: list[tuple[str, str]], kept: Counter[tuple[str, str]]) -> list[tuple[str, str]]:
    left = Counter(kept)
    out = []
    for wire in wires:
        if left[wire] > 0:
            left[wire] -= 1
            out.append(wire)
    return out


def _reordered_inputs(old: list[Edge], new: list[Edge]) -> list[InputOrder]:
    before, after = _inputs(old), _inputs(new)
    reordered = []
    for key in sorted(before.keys() & after.keys()):
        kept = Counter(before[key]) & Counter(after[key])
        if _kept(before[key], kept) != _kept(after[key], kept):
            reordered.append(InputOrder(key[0], key[1], tuple(before[key]), tuple(after[key])))
    return reordered


def _parameter_diffs(old: list[PipelineParameter], new: list[PipelineParameter]) -> list[ValueChange]:
    before = {p.name: p.to_dict() for p in old}
    after = {p.name: p.to_dict() for p in new}
    changes = []
    for name in sorted(before.keys() | after.keys()):
        had, has = before.get(name), after.get(name)
        if had is not None and has is not None and same_json(had, has):
            continue
        change = CHANGED if had is not None and has is not None else ADDED if has is not None else REMOVED
        changes.append(ValueChange(name, change, _without_name(had), _without_name(has)))
    return changes


def _without_name(parameter: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if parameter is None else {"type": parameter["type"], "default": parameter["default"]}


def value_changes(old: dict[str, Any], new: dict[str, Any]) -> list[ValueChange]:
    """The keys of two mappings whose values differ, by name (a run's parameter values)."""
    changes = []
    for name in sorted(old.keys() | new.keys()):
        had, has = name in old, name in new
        if had and has and same_json(old[name], new[name]):
            continue
        change = CHANGED if had and has else ADDED if has else REMOVED
        changes.append(ValueChange(name, change, old.get(name), new.get(name)))
    return changes
