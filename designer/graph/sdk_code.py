"""A graph document as Python code for the SDK (`pipewright`): run it against a server
and it saves the same pipeline as a new draft.

The code reads like what a person would write: a step per node in wiring order, named
after the node's id, built with `ws.modules.<slug>(...)` (or `ModuleStep` when a
parameter name does not fit a keyword argument), each input given as the producing
step's `.output(port)` (a list for a many-wire input, in wire order), pipeline
parameters as `PipelineParameter` variables and multi-line text (scripts) as constants
in triple quotes at the top. Nodes, params, wires, parameters, compute targets, pinned
versions and node flags come back exactly; positions do not (the SDK lays a pipeline
out by depth, and the canvas can arrange it again), nor does the order of the edges
list (the wires are the same; a many-wire input keeps its order).
"""

from __future__ import annotations

import builtins
import json
import keyword
import re
import textwrap
from collections import defaultdict
from typing import Any

from designer.graph.document import RETRY_KINDS, Edge, GraphDocument, Node, binding_name

LINE_LENGTH = 100
INDENT = "    "

# Keyword arguments a step factory takes for itself; a module parameter of the same
# name goes through ModuleStep(params={...}) instead.
STEP_KEYWORDS = frozenset(
    {
        "name",
        "outputs",
        "compute_target",
        "allow_reuse",
        "version",
        "label",
        "comment",
        "timeout_seconds",
        "max_retries",
        "retry_on",
    }
)
TAKEN_NAMES = frozenset({"ws", "pipeline", "Workspace", "Pipeline", "ModuleStep", "PipelineParameter"})


class ExportError(ValueError):
    """The document cannot be written as SDK code (a cycle, a wire to a missing node)."""


def _is_identifier(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name) and name.isascii()


def _variable(base: str, taken: set[str], *, suffix: str = "step") -> str:
    name = re.sub(r"[^0-9a-zA-Z_]+", "_", base).strip("_").lower() or suffix
    if name[0].isdigit():
        name = f"{suffix}_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or hasattr(builtins, name) or name in TAKEN_NAMES:
        name = f"{name}_{suffix}"
    candidate, number = name, 2
    while candidate in taken:
        candidate = f"{name}_{number}"
        number += 1
    taken.add(candidate)
    return candidate


# --------------------------------------------------------------------------- literals


def _text_block(text: str) -> str:
    """Multi-line text as a triple-quoted literal that evaluates to exactly `text`."""
    # A quote just before the closing quotes would close the literal early; it is
    # taken off first and written escaped at the end (escaping it after the triple
    # quotes below would escape the backslash of an escaped quote instead).
    body, last_quote = (text[:-1], '\\"') if text.endswith('"') else (text, "")
    escaped = body.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    escaped = "".join(
        ch if ch in "\n\t" or (ord(ch) >= 0x20 and ch not in "\x7f\x85\u2028\u2029") else f"\\u{ord(ch):04x}"
        for ch in escaped
    )
    return '"""\\\n' + escaped + last_quote + '"""'


def _string(text: str) -> str:
    # JSON's escapes are Python's; control characters come out as \uXXXX.
    return json.dumps(text, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def literal(value: Any, indent: int = 0) -> str:
    """A JSON value as Python source, wrapped one item per line when it is long."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list | tuple):
        items = [literal(v, indent + 1) for v in value]
        return _wrapped("[", items, "]", indent)
    if isinstance(value, dict):
        items = [f"{_string(str(k))}: {literal(v, indent + 1)}" for k, v in value.items()]
        return _wrapped("{", items, "}", indent)
    raise ExportError(f"cannot write a {type(value).__name__} as Python")


def _wrapped(open_: str, items: list[str], close: str, indent: int) -> str:
    one_line = open_ + ", ".join(items) + close
    if "\n" not in one_line and len(one_line) + len(INDENT) * indent <= LINE_LENGTH - 20:
        return one_line
    inner = INDENT * (indent + 1)
    return open_ + "\n" + "".join(f"{inner}{item},\n" for item in items) + INDENT * indent + close


def _call(target: str, function: str, arguments: list[str]) -> str:
    head = f"{target} = {function}("
    one_line = head + ", ".join(arguments) + ")"
    if "\n" not in one_line and len(one_line) <= LINE_LENGTH:
        return one_line
    return head + "\n" + "".join(f"{INDENT}{argument},\n" for argument in arguments) + ")"


# --------------------------------------------------------------------------- code


def _wiring_order(document: GraphDocument) -> list[Node]:
    """Nodes so that every producer comes before the steps it feeds, otherwise in the
    document's order. Raises ExportError for a cycle or a wire to a missing node."""
    ids = {node.id for node in document.nodes}
    producers: dict[str, set[str]] = defaultdict(set)
    for edge in document.edges:
        for end in (edge.source, edge.target):
            if end not in ids:
                raise ExportError(f"the wire {edge.describe()} names a node the pipeline does not have")
        producers[edge.target].add(edge.source)
    placed: set[str] = set()
    order: list[Node] = []
    remaining = list(document.nodes)
    while remaining:
        ready = next((n for n in remaining if producers[n.id] <= placed), None)
        if ready is None:
            stuck = ", ".join(n.id for n in remaining)
            raise ExportError(f"the pipeline has a cycle through {stuck}; SDK code cannot wire a step to itself")
        order.append(ready)
        placed.add(ready.id)
        remaining.remove(ready)
    return order


def _comment(text: str) -> list[str]:
    lines: list[str] = []
    for paragraph in text.replace("\r", "").split("\n"):
        lines += [f"# {line}".rstrip() for line in textwrap.wrap(paragraph, LINE_LENGTH - 12) or [""]]
    return lines


def _long_string(text: str) -> str:
    """A string argument; a long one as adjacent literals in parentheses, split after spaces."""
    whole = _string(text)
    if len(whole) <= LINE_LENGTH - 20:
        return whole
    parts = re.findall(r".{1,70}(?:\s+|$)|.{1,70}", text, flags=re.DOTALL)
    inner = INDENT * 2
    return "(\n" + "".join(f"{inner}{_string(part)}\n" for part in parts if part) + INDENT + ")"


def to_python(name: str, description: str, graph: dict[str, Any]) -> str:
    document = GraphDocument.from_dict(graph)
    order = _wiring_order(document)
    taken: set[str] = set(TAKEN_NAMES)
    parameter_vars = {p.name: _variable(p.name, taken, suffix="parameter") for p in document.parameters}
    step_vars = {node.id: _variable(node.id, taken) for node in order}
    constants: list[str] = []
    constant_names: set[str] = set()
    uses_module_step = False
    step_blocks: list[str] = []

    edges_into: dict[str, dict[str, list[Edge]]] = defaultdict(lambda: defaultdict(list))
    for edge in document.edges:
        edges_into[edge.target][edge.target_port].append(edge)

    def value_code(node: Node, key: str, value: Any) -> str:
        bound = binding_name(value)
        if bound is not None:
            if bound not in parameter_vars:  # a binding to a parameter the document lacks
                parameter_vars[bound] = _variable(bound, taken, suffix="parameter")
                extra_parameters.append(bound)
            return parameter_vars[bound]
        if isinstance(value, str) and "\n" in value:
            base = step_vars[node.id] if step_vars[node.id].endswith(key) else f"{step_vars[node.id]}_{key}"
            # Upper case: no clash with the lower-case step and parameter variables.
            constant = _variable(base, constant_names, suffix="text").upper()
            constants.append(f"{constant} = {_text_block(value)}")
            return constant
        return literal(value, 1)

    extra_parameters: list[str] = []
    for node in order:
        variable = step_vars[node.id]
        inputs: list[tuple[str, str]] = []
        for port, edges in edges_into[node.id].items():
            sources = [f"{step_vars[e.source]}.output({_string(e.source_port)})" for e in edges]
            inputs.append((port, sources[0] if len(sources) == 1 else _wrapped("[", sources, "]", 1)))
        params = [(key, value_code(node, key, value)) for key, value in node.params.items()]
        head, tail = _step_keywords(node)
        plain = (
            _is_identifier(node.module)
            and not node.module.startswith("_")
            and all(_is_identifier(k) and k not in STEP_KEYWORDS for k, _ in [*inputs, *params])
        )
        if plain:
            arguments = [*head, *(f"{k}={v}" for k, v in inputs), *(f"{k}={v}" for k, v in params), *tail]
            step_blocks.append(_call(variable, f"ws.modules.{node.module}", arguments))
        else:
            uses_module_step = True
            arguments = ["ws", _string(node.module), *head]
            if inputs:
                arguments.append("inputs=" + _mapping_code(inputs))
            if params:
                arguments.append("params=" + _mapping_code(params))
            arguments += tail
            step_blocks.append(_call(variable, "ModuleStep", arguments))

    lines = _comment(f"{name}: exported from Pipewright as Python SDK code.")
    if description:
        lines += ["#", *_comment(description)]
    lines += [
        "#",
        "# Running it saves the pipeline as a new draft and prints where it opens on the canvas.",
        '# It reads a config.json ({"url", "token"}) in this folder or a parent, or PIPEWRIGHT_URL',
        "# and PIPEWRIGHT_TOKEN from the environment.",
        "",
    ]
    imports = ["Pipeline", "Workspace"]
    if uses_module_step:
        imports.append("ModuleStep")
    if parameter_vars:
        imports.append("PipelineParameter")
    lines += [f"from pipewright import {', '.join(sorted(imports))}", ""]
    for constant in constants:
        lines += [constant, ""]
    lines += ["ws = Workspace.from_config()", ""]
    for parameter in document.parameters:
        lines.append(_parameter_code(parameter_vars[parameter.name], parameter.name, parameter.type, parameter.default))
    for bound in extra_parameters:  # kept so the code runs; the server reports the binding
        lines.append(f'{parameter_vars[bound]} = PipelineParameter({_string(bound)}, type="string")')
    if parameter_vars:
        lines.append("")
    lines += [*step_blocks, ""]
    pipeline_arguments = [
        "ws",
        _wrapped("[", [step_vars[n.id] for n in document.nodes], "]", 1),
        f"name={_string(name)}",
    ]
    if description:
        pipeline_arguments.append(f"description={_long_string(description)}")
    if document.compute is not None:
        pipeline_arguments.append(f"default_compute_target={_string(document.compute)}")
    if document.parameters:
        names = [parameter_vars[p.name] for p in document.parameters]
        pipeline_arguments.append("parameters=" + _wrapped("[", names, "]", 1))
    lines += [
        _call("pipeline", "Pipeline", pipeline_arguments),
        "pipeline.save()",
        'print(f"saved pipeline {pipeline.id}: {pipeline.url}")',
    ]
    return "\n".join(lines) + "\n"


def _mapping_code(items: list[tuple[str, str]]) -> str:
    return _wrapped("{", [f"{_string(k)}: {v}" for k, v in items], "}", 1)


def _step_keywords(node: Node) -> tuple[list[str], list[str]]:
    """name= and label= to go first, then whatever else differs from a step's defaults."""
    head = [f"name={_string(node.id)}"]
    if node.label != node.id:
        head.append(f"label={_string(node.label)}")
    found: list[str] = []
    if node.comment:
        found.append(f"comment={_string(node.comment)}")
    if node.version is not None:
        found.append(f"version={_string(node.version)}")
    if node.compute is not None:
        found.append(f"compute_target={_string(node.compute)}")
    if not node.reuse:
        found.append("allow_reuse=False")
    if node.timeout_seconds is not None:
        found.append(f"timeout_seconds={node.timeout_seconds!r}")
    if node.max_retries:
        found.append(f"max_retries={node.max_retries!r}")
    if node.retry_on != RETRY_KINDS:
        found.append(f"retry_on={literal(list(node.retry_on), 1)}")
    return head, found


_INFERRED_TYPES: tuple[tuple[type, str], ...] = ((bool, "bool"), (int, "int"), (float, "float"), (str, "string"))


def _parameter_code(variable: str, name: str, type_: str, default: Any) -> str:
    inferred = next((t for cls, t in _INFERRED_TYPES if isinstance(default, cls)), None)
    if isinstance(default, list):
        inferred = "columns"
    arguments = [_string(name), literal(default, 1)]
    if inferred != type_:
        arguments.append(f"type={_string(type_)}")
    return _call(variable, "PipelineParameter", arguments)
