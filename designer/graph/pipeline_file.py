"""Pipeline files: a pipeline as YAML (or the same schema as JSON) to keep in git, and
back.

The file is the graph document written for people: a format version, the pipeline's
name and description, its parameters, its nodes (id, module, pinned version, label,
flags, position, params) and its wires as `source: node.port`, `target: node.port`.
Scripts and other multi-line text are YAML block literals, so they read as code and
diff line by line. Params are written exactly as the document holds them (defaults
included when the document has them, nothing added), so export then import gives the
same document: the exporter needs no module catalogue and a module's changed default
never changes what a file means.

Reading is strict (unknown keys, wrong types, duplicate keys are errors naming the
line and field) and safe: YAML's safe loader without timestamps, no aliases (an alias
bomb is refused at the first `*`), a size cap and a nesting cap checked on the parser's
events before anything is built. A plain graph document (JSON with "schema" and
"nodes") is read too.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

import yaml

from designer.graph.document import RETRY_KINDS, GraphDocument, parse_document
from designer.graph.nesting import MAX_JSON_DEPTH, TooDeep
from designer.graph.nesting import loads as json_loads

FILE_FORMAT_VERSION = 1
FORMAT_KEY = "pipewright"
# Scripts included, a pipeline file is a few kilobytes; this leaves room for very large
# graphs while keeping the pure-Python parts of reading it well under a second.
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_NAME_LENGTH = 200  # the Pipeline model's name column
DEFAULT_IMPORT_NAME = "Imported pipeline"

TOP_KEYS = ("pipewright", "name", "description", "compute", "parameters", "nodes", "wires")
PARAMETER_KEYS = ("name", "type", "default")
NODE_KEYS = (
    "id",
    "module",
    "version",
    "label",
    "comment",
    "compute",
    "reuse",
    "timeout_seconds",
    "max_retries",
    "retry_on",
    "position",
    "params",
)
WIRE_KEYS = ("source", "target")
ENDPOINT_KEYS = ("node", "port")


@dataclass(frozen=True)
class FileProblem:
    """One thing wrong with a pipeline file: what, at which field, on which line."""

    message: str
    field: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = ", ".join(
            part for part in (f"line {self.line}" if self.line else "", self.field and f"at {self.field}") if part
        )
        return f"{where}: {self.message}" if where else self.message

    def to_dict(self) -> dict[str, Any]:
        return {"message": str(self), "field": self.field or None, "line": self.line}


class PipelineFileError(ValueError):
    def __init__(self, problems: list[FileProblem]) -> None:
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"the pipeline file is not valid: {shown}{more}")


@dataclass
class PipelineFile:
    """What a file holds: a name, a description and a structurally sound graph document
    (its modules are still to be checked against a workspace's catalogue)."""

    name: str
    description: str
    graph: dict[str, Any]
    format: str = "yaml"  # "yaml", "json" (the file schema as JSON) or "graph" (a plain document)
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- writing


class _Flow(dict[str, Any]):
    """A mapping written on one line: positions and parameter bindings."""


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Lists indented under their key, as people write them.
        super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Multi-line text (scripts) as a block literal; PyYAML falls back to a quoted
    # scalar by itself when the text cannot be one (e.g. trailing spaces on a line).
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_flow(dumper: yaml.SafeDumper, value: _Flow) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", dict(value), flow_style=True)


_Dumper.add_representer(str, _represent_text)
_Dumper.add_representer(_Flow, _represent_flow)


def _endpoint(node: str, port: str) -> str | dict[str, str]:
    # "node.port", split at the last dot on reading; a port with a dot in its name
    # (none of the built-in ones has one) is written as a mapping instead.
    return f"{node}.{port}" if "." not in port else {"node": node, "port": port}


def _params_for_file(params: dict[str, Any]) -> dict[str, Any]:
    return {
        key: _Flow(value) if isinstance(value, dict) and "$param" in value else value for key, value in params.items()
    }


def to_file_data(name: str, description: str, graph: dict[str, Any]) -> dict[str, Any]:
    """The file's content as plain data, in the order it is written. `graph` is a stored
    (structurally sound) graph document."""
    document = GraphDocument.from_dict(graph)
    data: dict[str, Any] = {FORMAT_KEY: FILE_FORMAT_VERSION, "name": name}
    if description:
        data["description"] = description
    if document.compute is not None:
        data["compute"] = document.compute
    if document.parameters:
        data["parameters"] = [p.to_dict() for p in document.parameters]
    nodes = []
    for node in document.nodes:
        entry: dict[str, Any] = {"id": node.id, "module": node.module}
        if node.version is not None:
            entry["version"] = node.version
        if node.label:
            entry["label"] = node.label
        if node.comment:
            entry["comment"] = node.comment
        if node.compute is not None:
            entry["compute"] = node.compute
        if not node.reuse:
            entry["reuse"] = False
        if node.timeout_seconds is not None:
            entry["timeout_seconds"] = node.timeout_seconds
        if node.max_retries:
            entry["max_retries"] = node.max_retries
        if node.retry_on != RETRY_KINDS:
            entry["retry_on"] = list(node.retry_on)
        entry["position"] = _Flow(node.position.to_dict())
        if node.params:
            entry["params"] = _params_for_file(node.params)
        nodes.append(entry)
    data["nodes"] = nodes
    data["wires"] = [
        {"source": _endpoint(e.source, e.source_port), "target": _endpoint(e.target, e.target_port)}
        for e in document.edges
    ]
    return data


FILE_HEADER = (
    "# A Pipewright pipeline. Import it from the canvas menu (Import) or with\n"
    "# POST /api/pipelines/import/; export any pipeline with GET /api/pipelines/{id}/export/?format=yaml.\n"
)


def to_yaml(name: str, description: str, graph: dict[str, Any]) -> str:
    body = yaml.dump(
        to_file_data(name, description, graph),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=10**6,  # never fold a long line: a diff shows the whole change
    )
    return FILE_HEADER + body


# --------------------------------------------------------------------------- reading


class _Loader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc]
    """The safe loader without timestamps: an unquoted 2024-01-01 stays text (a graph
    document is JSON, which has no dates)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_Path = tuple[str | int, ...]


def _field(path: _Path) -> str:
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else str(key))
    return text


class _Reader:
    """Collects every problem of a file, each with its field and line."""

    def __init__(self, lines: dict[_Path, int]) -> None:
        self.lines = lines
        self.problems: list[FileProblem] = []

    def line(self, path: _Path) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())

    def problem(self, path: _Path, message: str) -> None:
        self.problems.append(FileProblem(message=message, field=_field(path), line=self.line(path)))


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__}"


def _line_of(event: yaml.Event) -> int | None:
    return event.start_mark.line + 1 if event.start_mark is not None else None


def _check_events(text: str) -> None:
    """Refuse aliases and deep nesting from the parser's events, before anything is
    composed: an alias bomb never expands, a deeply nested file never recurses."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                raise PipelineFileError(
                    [
                        FileProblem(
                            message="aliases (*name) are not allowed in a pipeline file; write the value out",
                            line=_line_of(event),
                        )
                    ]
                )
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_JSON_DEPTH:
                    raise PipelineFileError(
                        [FileProblem(message=f"nested deeper than {MAX_JSON_DEPTH} levels", line=_line_of(event))]
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        raise PipelineFileError([_yaml_problem(exc)]) from None


def _yaml_problem(exc: yaml.YAMLError) -> FileProblem:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    return FileProblem(message=f"not valid YAML: {problem}", line=mark.line + 1 if mark is not None else None)


def _walk_lines(node: yaml.Node, path: _Path, lines: dict[_Path, int], reader: _Reader) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                continue  # a non-text key: reported when the values are checked
            if key in seen:
                lines[(*path, key)] = key_node.start_mark.line + 1
                reader.problem((*path, key), f"{key!r} appears twice")
            seen.add(key)
            lines[(*path, key)] = key_node.start_mark.line + 1
            _walk_lines(value_node, (*path, key), lines, reader)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk_lines(item, (*path, index), lines, reader)


def _load_yaml(text: str) -> tuple[Any, _Reader]:
    _check_events(text)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        raise PipelineFileError([_yaml_problem(exc)]) from None
    finally:
        loader.dispose()
    lines: dict[_Path, int] = {}
    reader = _Reader(lines)
    if node is not None:
        _walk_lines(node, (), lines, reader)
    return data, reader


def _json_problem(value: Any, path: _Path, reader: _Reader) -> None:
    """Report values JSON cannot hold (sets, bytes, non-text keys, NaN) and NUL characters."""
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            reader.problem(path, f"{value} is not a finite number")
        return
    if isinstance(value, str):
        if "\x00" in value:
            reader.problem(path, "text may not contain NUL characters")
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            _json_problem(item, (*path, index), reader)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                reader.problem(path, f"keys must be text, got {_type_name(key)} {key!r}")
                continue
            _json_problem(item, (*path, key), reader)
        return
    reader.problem(path, f"{_type_name(value)} is not a value a pipeline can hold")


def _split_endpoint(value: Any, path: _Path, reader: _Reader) -> tuple[str, str] | None:
    if isinstance(value, str):
        node, dot, port = value.rpartition(".")
        if dot and node and port:
            return node, port
        reader.problem(path, f"must be node.port, got {value!r}")
        return None
    if isinstance(value, dict):
        unknown = [k for k in value if k not in ENDPOINT_KEYS]
        for key in unknown:
            reader.problem((*path, key), f"unknown key {key!r} (known: node, port)")
        node_id, port_name = value.get("node"), value.get("port")
        if isinstance(node_id, str) and node_id and isinstance(port_name, str) and port_name and not unknown:
            return node_id, port_name
        if not unknown:
            reader.problem(path, "must have text node and port")
        return None
    reader.problem(path, f"must be node.port, got {_type_name(value)}")
    return None


def _mapping(value: Any, path: _Path, reader: _Reader, keys: tuple[str, ...], what: str) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        reader.problem(path, f"{what} must be a mapping, got {_type_name(value)}")
        return None
    for key in value:
        if key not in keys:
            reader.problem((*path, str(key)), f"unknown key {key!r} in {what} (known: {', '.join(keys)})")
    return value


def _list(data: dict[str, Any], key: str, reader: _Reader) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        reader.problem((key,), f"must be a list, got {_type_name(value)}")
        return []
    return value


def _file_to_graph(data: dict[str, Any], reader: _Reader) -> tuple[str, str, dict[str, Any]]:
    _mapping(data, (), reader, TOP_KEYS, "the file")
    version = data.get(FORMAT_KEY)
    if version != FILE_FORMAT_VERSION or isinstance(version, bool):
        reader.problem(
            (FORMAT_KEY,), f"this server reads pipeline files of format {FILE_FORMAT_VERSION}, got {version!r}"
        )
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        reader.problem(("name",), f"the pipeline needs a name (text), got {_type_name(name)}")
        name = ""
    description = data.get("description") or ""
    if not isinstance(description, str):
        reader.problem(("description",), f"must be text, got {_type_name(description)}")
        description = ""
    graph: dict[str, Any] = {"schema": 1, "nodes": [], "edges": [], "parameters": []}
    compute = data.get("compute")
    if compute is not None:
        graph["compute"] = compute
    for index, raw in enumerate(_list(data, "parameters", reader)):
        parameter = _mapping(raw, ("parameters", index), reader, PARAMETER_KEYS, "a parameter")
        if parameter is not None:
            graph["parameters"].append(dict(parameter))
    for index, raw in enumerate(_list(data, "nodes", reader)):
        node = _mapping(raw, ("nodes", index), reader, NODE_KEYS, "a node")
        if node is not None:
            graph["nodes"].append(dict(node))
    for index, raw in enumerate(_list(data, "wires", reader)):
        wire = _mapping(raw, ("wires", index), reader, WIRE_KEYS, "a wire")
        if wire is None:
            continue
        for key in WIRE_KEYS:
            if key not in wire:
                reader.problem(("wires", index), f"a wire needs a {key} (node.port)")
        source = _split_endpoint(wire["source"], ("wires", index, "source"), reader) if "source" in wire else None
        target = _split_endpoint(wire["target"], ("wires", index, "target"), reader) if "target" in wire else None
        if source and target:
            graph["edges"].append(
                {"source": source[0], "source_port": source[1], "target": target[0], "target_port": target[1]}
            )
    return name, description, graph


def _document_problems(graph: dict[str, Any], reader: _Reader, nodes_path: _Path) -> dict[str, Any] | None:
    """The graph's structural problems, each placed at its node's line when it has one."""
    document, problems = parse_document(graph)
    node_index = {
        n.get("id"): i
        for i, n in enumerate(graph.get("nodes") or [])
        if isinstance(n, dict) and isinstance(n.get("id"), str)
    }
    for problem in problems:
        path: _Path = nodes_path
        if problem.node_id in node_index:
            path = (*nodes_path, node_index[problem.node_id])
            if problem.param:
                path = (*path, "params", problem.param)
        label = f"node {problem.node_id}: " if problem.node_id else ""
        reader.problem(path, label + problem.message)
    return None if document is None else document.to_dict()


def _decode(content: bytes | str) -> str:
    if isinstance(content, str):
        text = content
    else:
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise PipelineFileError(
                [FileProblem(message=f"the file is not UTF-8 text (byte {exc.start} cannot be read)")]
            ) from None
    if "\x00" in text:
        raise PipelineFileError([FileProblem(message="the file contains a NUL character; it is not a text file")])
    return text


def parse_pipeline_file(content: bytes | str, *, name: str | None = None) -> PipelineFile:
    """Read a pipeline file: YAML, the same schema as JSON, or a plain graph document
    (JSON). `name` overrides the file's name (and names a plain graph document). Raises
    PipelineFileError listing every problem found."""
    size = len(content.encode() if isinstance(content, str) else content)
    if size > MAX_FILE_BYTES:
        raise PipelineFileError(
            [FileProblem(message=f"the file is {size} bytes; a pipeline file may have at most {MAX_FILE_BYTES}")]
        )
    text = _decode(content)
    if not text.strip():
        raise PipelineFileError([FileProblem(message="the file is empty")])
    kind = "yaml"
    try:
        data: Any = json_loads(text)
        reader = _Reader({})
        kind = "json"
    except TooDeep:
        raise PipelineFileError([FileProblem(message=f"nested deeper than {MAX_JSON_DEPTH} levels")]) from None
    except (ValueError, RecursionError) as json_error:
        if text.lstrip().startswith(("{", "[")) and isinstance(json_error, json.JSONDecodeError):
            # Meant as JSON: say what JSON found wrong, not YAML.
            raise PipelineFileError(
                [
                    FileProblem(
                        message=f"not valid JSON: {json_error.msg} (column {json_error.colno})", line=json_error.lineno
                    )
                ]
            ) from None
        data, reader = _load_yaml(text)
    if not isinstance(data, dict):
        raise PipelineFileError(
            [
                FileProblem(
                    message=f"a pipeline file is a mapping with {FORMAT_KEY}, name, nodes and wires; "
                    f"got {_type_name(data)}"
                )
            ]
        )
    _json_problem(data, (), reader)
    if reader.problems:
        raise PipelineFileError(reader.problems)
    if FORMAT_KEY in data or kind == "yaml":
        file_name, description, graph = _file_to_graph(data, reader)
        nodes_path: _Path = ("nodes",)
    elif "nodes" in data or "schema" in data:
        kind = "graph"
        file_name, description, graph, nodes_path = DEFAULT_IMPORT_NAME, "", data, ("nodes",)
    else:
        raise PipelineFileError(
            [FileProblem(message=f"not a pipeline file (no {FORMAT_KEY!r} key) nor a graph document (no 'nodes' key)")]
        )
    if name is not None:
        file_name = name
    if len(file_name) > MAX_NAME_LENGTH:
        reader.problem(("name",), f"the name is {len(file_name)} characters long; at most {MAX_NAME_LENGTH} allowed")
    stored = _document_problems(graph, reader, nodes_path)
    if reader.problems or stored is None:
        raise PipelineFileError(reader.problems)
    return PipelineFile(name=file_name.strip(), description=description, graph=stored, format=kind)
