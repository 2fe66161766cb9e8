"""The graph document (schema 1): what the canvas, the API, the runner and SDKs exchange.

Parsing here is structural only: is every field there, with the right JSON type?
Whether modules, ports and parameters make sense is `validate.py`'s job.
"""

from __future__ import annotations

import copy
import json
import math
from dataclasses import dataclass, field
from typing import Any

from designer.graph.nesting import PathKey, too_deep_at, too_deep_message
from designer.graph.problems import Problem

SCHEMA_VERSION = 1

# A node parameter whose value is {"$param": NAME} takes its value from the pipeline
# parameter NAME when the pipeline is run.
PARAM_BINDING_KEY = "$param"

# Failure kinds a node may retry on: the module raised, it ran past its time limit, it
# was killed (memory or process limit, a signal), or its worker died under it.
RETRY_KINDS: tuple[str, ...] = ("error", "timeout", "killed", "worker_lost")
MAX_RETRIES = 10


@dataclass
class Position:
    x: float = 0.0
    y: float = 0.0

    def to_dict(self) -> dict[str, float]:
        return {"x": self.x, "y": self.y}


@dataclass
class Node:
    id: str
    module: str
    version: str | None = None  # None: the module's default, pinned when a run starts
    params: dict[str, Any] = field(default_factory=dict)
    position: Position = field(default_factory=Position)
    label: str = ""
    comment: str = ""
    compute: str | None = None  # None: the pipeline's default compute target
    reuse: bool = True
    timeout_seconds: float | None = None  # None: the compute target's time limit
    max_retries: int = 0
    retry_on: tuple[str, ...] = RETRY_KINDS

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "module": self.module,
            "version": self.version,
            "params": copy.deepcopy(self.params),
            "position": self.position.to_dict(),
            "label": self.label,
            "comment": self.comment,
            "compute": self.compute,
            "reuse": self.reuse,
        }
        # Written only when set, so documents that do not use them stay as they were.
        if self.timeout_seconds is not None:
            data["timeout_seconds"] = self.timeout_seconds
        if self.max_retries:
            data["max_retries"] = self.max_retries
        if self.retry_on != RETRY_KINDS:
            data["retry_on"] = list(self.retry_on)
        return data


@dataclass(frozen=True)
class Edge:
    source: str
    source_port: str
    target: str
    target_port: str

    def to_dict(self) -> dict[str, str]:
        return {
            "source": self.source,
            "source_port": self.source_port,
            "target": self.target,
            "target_port": self.target_port,
        }

    def describe(self) -> str:
        return f"{self.source}.{self.source_port} → {self.target}.{self.target_port}"


@dataclass
class PipelineParameter:
    name: str
    type: str
    default: Any = None  # None: no default, a value must come with the run

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "default": copy.deepcopy(self.default)}


@dataclass
class GraphDocument:
    schema: int = SCHEMA_VERSION
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    parameters: list[PipelineParameter] = field(default_factory=list)
    compute: str | None = None  # the pipeline's default compute target; None: the server's

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema": self.schema,
            "nodes": [n.to_dict() for n in self.nodes],
            "edges": [e.to_dict() for e in self.edges],
            "parameters": [p.to_dict() for p in self.parameters],
        }
        if self.compute is not None:
            data["compute"] = self.compute
        return data

    @classmethod
    def from_dict(cls, data: object) -> GraphDocument:
        """Parse a document, raising DocumentError when it is structurally broken."""
        document, problems = parse_document(data)
        if document is None:
            raise DocumentError(problems)
        return document

    def node(self, node_id: str) -> Node | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def node_ids(self) -> list[str]:
        return [n.id for n in self.nodes]

    def parameter(self, name: str) -> PipelineParameter | None:
        return next((p for p in self.parameters if p.name == name), None)


class DocumentError(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems) or "invalid graph document")


def is_binding(value: object) -> bool:
    """True for anything that tries to be a binding, well-formed or not."""
    return isinstance(value, dict) and PARAM_BINDING_KEY in value


def binding_name(value: object) -> str | None:
    """The pipeline parameter name of a well-formed binding {"$param": NAME}, else None."""
    if (
        isinstance(value, dict)
        and len(value) == 1
        and isinstance(value.get(PARAM_BINDING_KEY), str)
        and value[PARAM_BINDING_KEY]
    ):
        name: str = value[PARAM_BINDING_KEY]
        return name
    return None


@dataclass
class DocumentParse:
    """The outcome of a lenient structural parse, for the validator.

    `document` holds every node, edge and parameter that could be read (malformed ones
    are dropped, malformed optional fields fall back to their defaults), so validation
    can go on and report the rest of the problems in the same answer. The sets record
    what was dropped or unreadable so the validator does not report it a second time
    under another name ("unknown module", "input not connected", ...).
    """

    document: GraphDocument | None
    problems: list[Problem] = field(default_factory=list)
    unreadable_nodes: set[str] = field(default_factory=set)
    claimed_inputs: set[tuple[str, str]] = field(default_factory=set)
    unreadable_parameters: set[str] = field(default_factory=set)

    @property
    def structurally_sound(self) -> bool:
        return self.document is not None and not self.problems


def parse_document(raw: object) -> tuple[GraphDocument | None, list[Problem]]:
    """Structural parse. The document is None whenever any problem was found.

    A document is saved whole or not at all, so a partially readable one is never handed
    out from here; `validate_graph` uses `parse_document_details` to keep going.
    """
    parsed = parse_document_details(raw)
    return (parsed.document if parsed.structurally_sound else None), parsed.problems


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _got(value: object, limit: int = 60) -> str:
    """How a wrong value is shown in a message: its JSON type, then its JSON text."""
    if value is None:
        return "null"
    try:
        text = json.dumps(value, ensure_ascii=False, default=repr)
    except (TypeError, ValueError):  # e.g. a circular structure from a Python caller
        text = repr(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"{_type_name(value)} {text}"


def _is_number(value: object) -> bool:
    # bool is an int subclass in Python but never a number in a JSON document.
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_name(value: object) -> bool:
    return isinstance(value, str) and value != ""


def parse_document_details(raw: object) -> DocumentParse:
    if not isinstance(raw, dict):
        return DocumentParse(
            None,
            [Problem(message=f"the graph document must be a JSON object, got {_type_name(raw)}")],
        )
    # Before anything walks it: copying, measuring or printing a value recurses once
    # per level, and the API's parser is not the only way in.
    too_deep = too_deep_at(raw)
    if too_deep is not None:
        return DocumentParse(None, [_too_deep_problem(raw, too_deep)])
    result = DocumentParse(None)
    problems = result.problems

    if "schema" not in raw:
        # Read on as schema 1 so the rest of the document is still checked.
        problems.append(Problem(message=f"schema is missing (expected {SCHEMA_VERSION})"))
    else:
        schema = raw["schema"]
        if not (isinstance(schema, int) and not isinstance(schema, bool)):
            problems.append(Problem(message=f"schema must be the number {SCHEMA_VERSION}, got {_got(schema)}"))
            return result
        if schema != SCHEMA_VERSION:
            problems.append(
                Problem(message=f"unsupported schema {schema}: this server reads schema {SCHEMA_VERSION} documents")
            )
            return result

    raw_nodes = _list_field(raw, "nodes", required=True, problems=problems)
    raw_edges = _list_field(raw, "edges", required=True, problems=problems)
    raw_parameters = _list_field(raw, "parameters", required=False, problems=problems)

    document = GraphDocument()
    compute = raw.get("compute")
    if compute is not None and not _is_name(compute):
        problems.append(Problem(message=f"compute must be null or a compute target name, got {_got(compute)}"))
    elif compute is not None:
        document.compute = compute
    for index, raw_node in enumerate(raw_nodes):
        node = _parse_node(index, raw_node, result)
        if node is not None:
            document.nodes.append(node)
    for index, raw_edge in enumerate(raw_edges):
        edge = _parse_edge(index, raw_edge, result)
        if edge is not None:
            document.edges.append(edge)
    for index, raw_parameter in enumerate(raw_parameters):
        parameter = _parse_parameter(index, raw_parameter, result)
        if parameter is not None:
            document.parameters.append(parameter)
    result.document = document
    return result


def _too_deep_problem(raw: dict[Any, Any], path: list[PathKey]) -> Problem:
    """Pinned to the node, and the parameter, whose value nests too deep."""
    if len(path) >= 3 and path[0] == "nodes" and isinstance(path[1], int):
        raw_node = raw["nodes"][path[1]]
        node_id = raw_node.get("id") if isinstance(raw_node, dict) else None
        if isinstance(node_id, str) and node_id:
            if path[2] == "params" and len(path) >= 4:
                name = str(path[3])
                return Problem(node_id=node_id, param=name, message=f"{name} is {too_deep_message()}")
            return Problem(node_id=node_id, message=f"{path[2]} is {too_deep_message()}")
    return Problem(message=f"the graph document is {too_deep_message()}")


def _list_field(raw: dict[Any, Any], key: str, *, required: bool, problems: list[Problem]) -> list[Any]:
    if key not in raw:
        if required:
            problems.append(Problem(message=f"{key} is missing (expected a list)"))
        return []
    value = raw[key]
    if not isinstance(value, list):
        problems.append(Problem(message=f"{key} must be a list, got {_type_name(value)}"))
        return []
    return value


def _parse_node(index: int, raw: object, result: DocumentParse) -> Node | None:
    problems = result.problems
    where = f"node #{index + 1}"
    if not isinstance(raw, dict):
        problems.append(Problem(message=f"{where} must be an object, got {_type_name(raw)}"))
        return None
    node_id = raw.get("id")
    if not _is_name(node_id):
        if "id" not in raw:
            problems.append(Problem(message=f"{where} has no id"))
        else:
            problems.append(Problem(message=f"{where}: id must be a non-empty string, got {_got(node_id)}"))
        return None
    assert isinstance(node_id, str)

    def bad(field_name: str, expected: str, value: object) -> None:
        problems.append(
            Problem(
                node_id=node_id,
                message=f"{field_name} must be {expected}, got {_got(value)}",
            )
        )

    readable = True
    module = raw.get("module")
    if not _is_name(module):
        if "module" not in raw:
            problems.append(Problem(node_id=node_id, message="module is missing"))
        else:
            bad("module", "a non-empty string", module)
        readable, module = False, ""
    assert isinstance(module, str)

    version = raw.get("version")
    if version is not None and not _is_name(version):
        bad("version", "null or a version string", version)
        readable, version = False, None

    params = raw.get("params", {})
    if params is None:
        params = {}
    if not isinstance(params, dict):
        bad("params", "an object", params)
        readable, params = False, {}
    else:
        non_json = _non_json_reason(params)
        if non_json is not None:
            problems.append(Problem(node_id=node_id, message=f"params are not JSON: {non_json}"))
            readable, params = False, {}
    if not readable:
        result.unreadable_nodes.add(node_id)

    position = Position()
    raw_position = raw.get("position")
    if raw_position is not None:
        if isinstance(raw_position, dict) and _is_number(raw_position.get("x")) and _is_number(raw_position.get("y")):
            position = Position(raw_position["x"], raw_position["y"])
        else:
            problems.append(
                Problem(
                    node_id=node_id,
                    message=f"position must be an object with finite numbers x and y, got {_got(raw_position)}",
                )
            )

    texts: dict[str, str] = {}
    for key in ("label", "comment"):
        value = raw.get(key)
        if value is None:
            texts[key] = ""
        elif isinstance(value, str):
            texts[key] = value
        else:
            bad(key, "a string", value)
            texts[key] = ""

    compute = raw.get("compute")
    if compute is not None and not _is_name(compute):
        bad("compute", "null or a compute target name", compute)
        compute = None

    reuse = raw.get("reuse", True)
    if reuse is None:
        reuse = True
    if not isinstance(reuse, bool):
        bad("reuse", "true or false", reuse)
        reuse = True

    timeout_seconds = raw.get("timeout_seconds")
    if timeout_seconds is not None and not (_is_number(timeout_seconds) and timeout_seconds > 0):
        bad("timeout_seconds", "null or a number of seconds above 0", timeout_seconds)
        timeout_seconds = None

    max_retries = raw.get("max_retries", 0)
    if max_retries is None:
        max_retries = 0
    if not (isinstance(max_retries, int) and not isinstance(max_retries, bool) and 0 <= max_retries <= MAX_RETRIES):
        bad("max_retries", f"a whole number from 0 to {MAX_RETRIES}", max_retries)
        max_retries = 0

    retry_on = raw.get("retry_on")
    if retry_on is None:
        retry_on = RETRY_KINDS
    elif isinstance(retry_on, list) and all(kind in RETRY_KINDS for kind in retry_on):
        retry_on = tuple(kind for kind in RETRY_KINDS if kind in retry_on)
    else:
        bad("retry_on", f"a list of failure kinds from {', '.join(RETRY_KINDS)}", retry_on)
        retry_on = RETRY_KINDS

    return Node(
        id=node_id,
        module=module,
        version=version,
        # Copied so later edits to the raw JSON cannot reach into the document.
        params=copy.deepcopy(params),
        position=position,
        label=texts["label"],
        comment=texts["comment"],
        compute=compute,
        reuse=reuse,
        timeout_seconds=timeout_seconds,
        max_retries=max_retries,
        retry_on=retry_on,
    )


def _non_json_reason(value: object, path: str = "params") -> str | None:
    """Why a value could not have come from JSON, or None.

    Documents usually arrive as parsed JSON, but Python callers (SDK, tests, fixtures)
    can hand in tuples, sets or objects that would not survive a save.
    """
    if value is None or isinstance(value, bool | int | float | str):
        return None
    if isinstance(value, list):
        for i, item in enumerate(value):
            reason = _non_json_reason(item, f"{path}[{i}]")
            if reason:
                return reason
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return f"{path} has a non-string key {key!r}"
            reason = _non_json_reason(item, f"{path}.{key}")
            if reason:
                return reason
        return None
    return f"{path} is a {type(value).__name__}"


_EDGE_FIELDS = ("source", "source_port", "target", "target_port")


def _parse_edge(index: int, raw: object, result: DocumentParse) -> Edge | None:
    where = f"edge #{index + 1}"
    if not isinstance(raw, dict):
        result.problems.append(Problem(message=f"{where} must be an object, got {_type_name(raw)}"))
        return None
    bad_fields = [key for key in _EDGE_FIELDS if not _is_name(raw.get(key))]
    if not bad_fields:
        return Edge(raw["source"], raw["source_port"], raw["target"], raw["target_port"])

    def shown(key: str) -> str:
        value = raw.get(key)
        return value if isinstance(value, str) and value else "?"

    target, target_port = raw.get("target"), raw.get("target_port")
    if _is_name(target) and _is_name(target_port):
        result.claimed_inputs.add((str(target), str(target_port)))
    located = target if _is_name(target) else raw.get("source")
    result.problems.append(
        Problem(
            node_id=located if isinstance(located, str) and located else None,
            port=target_port if _is_name(target) and _is_name(target_port) else None,
            message=f"{where} ({shown('source')}.{shown('source_port')} → "
            f"{shown('target')}.{shown('target_port')}): "
            f"{', '.join(bad_fields)} must be non-empty strings",
        )
    )
    return None


def _parse_parameter(index: int, raw: object, result: DocumentParse) -> PipelineParameter | None:
    where = f"pipeline parameter #{index + 1}"
    if not isinstance(raw, dict):
        result.problems.append(Problem(message=f"{where} must be an object, got {_type_name(raw)}"))
        return None
    name = raw.get("name")
    if not _is_name(name):
        result.problems.append(Problem(message=f"{where}: name must be a non-empty string, got {_got(name)}"))
        return None
    assert isinstance(name, str)
    type_ = raw.get("type")
    if not _is_name(type_):
        result.problems.append(
            Problem(
                param=name,
                message=f"pipeline parameter {name}: type must be a non-empty string, got {_got(type_)}",
            )
        )
        result.unreadable_parameters.add(name)
        return None
    assert isinstance(type_, str)
    default = raw.get("default")
    non_json = _non_json_reason(default, "default")
    if non_json is not None:
        result.problems.append(Problem(param=name, message=f"pipeline parameter {name}: {non_json}"))
        result.unreadable_parameters.add(name)
        return None
    return PipelineParameter(name=name, type=type_, default=copy.deepcopy(default))
