"""The module catalogue as a document: docs/modules.md, rendered from the module specs.

The built-in specs (runner/modules/, in BUILTIN_MODULES order) are what the palette,
the validator and the runner read, so the catalogue is rendered from them instead of
being written by hand: `python manage.py module_catalogue` writes the file, and
tests/unit/test_docs.py fails when the committed file differs from what this renders.

Pure Python (no Django): the specs in, Markdown out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from designer.graph.spec import PARAM_TYPES, PORT_TYPES, ModuleSpec, ParamSpec, PortSpec

CATALOGUE_PATH = Path("docs") / "modules.md"
REGENERATE_COMMAND = "python manage.py module_catalogue"

# One line per type for the reader. Looked up for every type the specs module declares,
# so a new port or parameter type cannot reach the catalogue without its meaning.
PORT_TYPE_MEANINGS: dict[str, str] = {
    "DataFrame": "a table, stored as `data.arrow` (Arrow IPC; uploaded datasets and older outputs: `data.parquet`)",
    "UntrainedModel": "an estimator with its settings, not fitted yet (`model.joblib` + `meta.json`)",
    "Model": "a fitted model (`model.joblib` + `meta.json`)",
    "Transform": "a fitted transformation to apply to other data (`model.joblib` + `meta.json`)",
    "Metrics": "an evaluation document (`metrics.json`; its format: [decisions.md](decisions.md#the-metrics-format))",
    "AnyFile": "whatever files the producer wrote; an input of this type takes a wire of any type",
    "AnyDirectory": "a folder of files; an input of this type takes a wire of any type",
}
PARAM_TYPE_MEANINGS: dict[str, str] = {
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "string": "one line of text",
    "text": "text of many lines",
    "code": "Python source, edited in a code editor",
    "choice": "one of the listed values",
    "columns": "a list of column names of the input dataset",
}


def render_catalogue(specs: Iterable[ModuleSpec]) -> str:
    """The whole document: modules grouped by category, in the order given, categories
    in the order of their first module."""
    ordered = list(specs)
    categories: dict[str, list[ModuleSpec]] = {}
    for spec in ordered:
        categories.setdefault(spec.category, []).append(spec)
    lines = [
        "# Built-in modules",
        "",
        f"<!-- Generated from the module specs in runner/modules/ by `{REGENERATE_COMMAND}`; do not edit by hand. -->",
        "",
        f"The {len(ordered)} modules every workspace has, as their specs declare them (the palette on",
        "the canvas, `GET /api/modules/` and the `/modules/` page show the same specs). A node",
        'names a module by its slug (`"module": "split_data"`); its `params` take the',
        "parameters below, and its wires connect the ports below. How a graph is checked, run",
        "and cached is in [architecture.md](architecture.md).",
        "",
        "Port types (a wire is legal when the types are equal, or the input is `AnyFile` or",
        "`AnyDirectory`):",
        "",
        *(f"- `{port_type}`: {PORT_TYPE_MEANINGS[port_type]}" for port_type in PORT_TYPES),
        "",
        "Parameter types:",
        "",
        *(f"- `{param_type}`: {PARAM_TYPE_MEANINGS[param_type]}" for param_type in PARAM_TYPES),
        "",
        "A parameter left out of a node takes its default; a required one must have a value",
        "(and, for text and columns, not an empty one) before the pipeline can run.",
        "",
        "## Contents",
        "",
    ]
    for category, members in categories.items():
        links = ", ".join(f"[{spec.slug}](#{_anchor(spec.slug)})" for spec in members)
        lines.append(f"- [{category}](#{_anchor(category)}): {links}")
    for category, members in categories.items():
        lines += ["", f"## {category}"]
        for spec in members:
            lines += ["", *_module_section(spec)]
    return "\n".join(lines) + "\n"


def _module_section(spec: ModuleSpec) -> list[str]:
    caching = (
        "deterministic: an unchanged step is reused from the cache"
        if spec.deterministic
        else "not deterministic: runs every time, never reused from the cache"
    )
    lines = [
        f"### {spec.slug}",
        "",
        f"**{_text(spec.name)}** · version {spec.version} · {caching} · code: {_code_link(spec.entrypoint)}",
        "",
        _prose(spec.description) or "(no description)",
    ]
    if spec.keywords:
        lines += ["", "Also found by: " + ", ".join(_text(word) for word in spec.keywords) + "."]
    if spec.environment:
        environment = json.dumps(spec.environment, sort_keys=True, ensure_ascii=False)
        lines += ["", f"Environment: {_code(environment)}"]
    lines += ["", *_ports_table("Inputs", "input", spec.inputs, with_optional=True)]
    lines += ["", *_ports_table("Outputs", "output", spec.outputs, with_optional=False)]
    lines += ["", *_params_table(spec.params)]
    return lines


def _ports_table(title: str, column: str, ports: Sequence[PortSpec], *, with_optional: bool) -> list[str]:
    if not ports:
        return [f"{title}: none."]
    lines = [f"{title}:", "", f"| {column} | type | description |", "|---|---|---|"]
    for port in ports:
        kind = f"`{port.type}`" + (", optional" if with_optional and port.optional else "")
        kind += ", takes many wires (a list, in wire order)" if port.multiple else ""
        lines.append(f"| `{port.name}` | {kind} | {_text(port.description)} |")
    return lines


def _params_table(params: Sequence[ParamSpec]) -> list[str]:
    if not params:
        return ["Parameters: none."]
    lines = ["Parameters:", "", "| parameter | type | default | allowed | description |", "|---|---|---|---|---|"]
    long_defaults: list[ParamSpec] = []
    for param in params:
        kind = f"`{param.type}`" + (", required" if param.required else "")
        if isinstance(param.default, str) and "\n" in param.default:
            default = "below"
            long_defaults.append(param)
        else:
            default = "none" if param.default is None else _code(json.dumps(param.default, ensure_ascii=False))
        lines.append(f"| `{param.name}` | {kind} | {default} | {_allowed(param)} | {_text(param.help)} |")
    for param in long_defaults:
        language = "python" if param.type == "code" else "text"
        fence = "`" * max(3, _longest_backtick_run(param.default) + 1)
        lines += ["", f"Default of `{param.name}`:", "", f"{fence}{language}", param.default.rstrip("\n"), fence]
    return lines


def _allowed(param: ParamSpec) -> str:
    if param.choices is not None:
        return ", ".join(_code(choice) for choice in param.choices)
    if param.min is not None and param.max is not None:
        return f"{_number(param.min)} to {_number(param.max)}"
    if param.min is not None:
        return f"at least {_number(param.min)}"
    if param.max is not None:
        return f"at most {_number(param.max)}"
    return ""


def _number(bound: float) -> str:
    """A bound as a person writes it: 0 rather than 0.0, 1e-06 as Python spells it."""
    if isinstance(bound, float) and bound.is_integer() and abs(bound) < 1e15:
        return str(int(bound))
    return repr(bound)


def _code_link(entrypoint: str) -> str:
    """The file of a built-in's function, linked from docs/."""
    module_name = entrypoint.partition(":")[0]
    if not module_name:
        return "(none)"
    path = module_name.replace(".", "/") + ".py"
    return f"[{path}](../{path})"


def _prose(text: str) -> str:
    """Free text as Markdown shows it as written: one paragraph, and '<column>' or
    '<i>' kept as text rather than taken for HTML tags."""
    parts = re.split(r"(`+[^`]*`+)", " ".join(text.split()))
    return "".join(
        part if part.startswith("`") else part.replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*")
        for part in parts
    )


def _text(text: str) -> str:
    """Free text for one table cell: one line, no column breaks."""
    return _prose(text).replace("|", "\\|")


def _code(text: str) -> str:
    """Inline code that survives backticks and pipes in the text."""
    text = text.replace("|", "\\|")
    if "`" not in text:
        return f"`{text}`"
    fence = "`" * (_longest_backtick_run(text) + 1)
    return f"{fence} {text} {fence}"


def _longest_backtick_run(text: str) -> int:
    return max((len(run) for run in re.findall(r"`+", text)), default=0)


def _anchor(heading: str) -> str:
    """The id GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def builtin_catalogue() -> str:
    """The catalogue of the built-in modules, as docs/modules.md should hold it."""
    from runner.modules import builtin_specs

    return render_catalogue(builtin_specs())
