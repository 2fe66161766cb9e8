"""The module registry: publishing custom modules, their versions and statuses.

A custom module is a spec (JSON or YAML) plus Python source defining one function,
`def main(ctx, *, <input ports>) -> dict[output port, value]`, the same shape as the
built-in modules. The source is checked by parsing it here, never by running it: user
code runs only in step processes.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
from typing import Any

import yaml
from django.contrib.auth.models import User
from django.db import transaction

from designer.errors import ApplicationError, Conflict, NotFound
from designer.graph import (
    MODULE_STATUSES,
    PARAM_TYPES,
    PORT_TYPES,
    ModuleSpec,
    check_value,
    is_semver,
    nesting,
    semver_key,
)
from designer.graph.nesting import MAX_JSON_DEPTH, TooDeep, too_deep_at, too_deep_message
from designer.models import Module, ModuleVersion, Workspace
from designer.ports import builtin_modules
from designer.roles import EDITOR, require_role
from designer.services import environment_digest

SLUG = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
# Port names become folder names in a step's work directory (outputs/<port>/), which
# the worker reads from: no separators, no "..".
PORT_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
CUSTOM_ENTRYPOINT_PREFIX = "custom:"
MAX_SOURCE_BYTES = 1_000_000
# YAML anchors and aliases let a few lines stand for billions of values, which storing
# the spec would write out one by one; no spec has anywhere near this many.
MAX_SPEC_VALUES = 100_000


def is_custom_entrypoint(entrypoint: str) -> bool:
    return entrypoint.startswith(CUSTOM_ENTRYPOINT_PREFIX)


def parse_spec_text(text: str) -> dict[str, Any]:
    """A spec document from JSON or YAML text, or a 400 saying why not, and where."""
    if "\x00" in text:
        # PostgreSQL cannot store it; YAML would refuse it anyway, JSON would not.
        raise ApplicationError("the spec contains a NUL character", extra={"field": "spec"})
    try:
        data = nesting.loads(text)
    except TooDeep as exc:
        raise ApplicationError(f"the spec is {exc}", extra={"field": "spec"}) from None
    except ValueError as json_error:
        data = _load_yaml(text, json_error)
    if not isinstance(data, dict):
        raise ApplicationError("the spec must be a mapping with slug, version, name, ...", extra={"field": "spec"})
    return data


def _load_yaml(text: str, json_error: ValueError) -> Any:
    try:
        data = yaml.safe_load(text)
    except RecursionError:  # PyYAML composes nested collections recursively
        raise _yaml_too_deep() from None
    except yaml.YAMLError as exc:
        line: int | None
        column: int | None
        if text.lstrip().startswith(("{", "[")) and isinstance(json_error, json.JSONDecodeError):
            # Meant as JSON: YAML's complaint about it would only confuse.
            line, column, what = json_error.lineno, json_error.colno, f"not valid JSON: {json_error.msg}"
        else:
            mark = getattr(exc, "problem_mark", None)
            line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
            problem = getattr(exc, "problem", None) or str(exc)
            what = f"not valid YAML: {problem}"
        where = f" (line {line}, column {column})" if line is not None else ""
        raise ApplicationError(
            f"the spec is {what}{where}", extra={"field": "spec", "line": line, "column": column}
        ) from None
    # Measured before anything walks it: its size first, as an alias can make it endless.
    if _expands_past(data, MAX_SPEC_VALUES):
        raise ApplicationError(
            f"the spec is YAML that stands for more than {MAX_SPEC_VALUES} values "
            "(anchors and aliases repeat parts of it)",
            extra={"field": "spec"},
        )
    if too_deep_at(data) is not None:
        raise _yaml_too_deep()
    return data


def _yaml_too_deep() -> ApplicationError:
    return ApplicationError(f"the spec is YAML nested deeper than {MAX_JSON_DEPTH} levels", extra={"field": "spec"})


def _expands_past(value: object, budget: int) -> bool:
    """Whether writing `value` out would write more than `budget` values. Counts a
    value reached by two aliases twice, as serializing it would; stops at the budget."""
    pending = [value]
    while pending:
        budget -= 1
        if budget < 0:
            return True
        current = pending.pop()
        if isinstance(current, dict):
            pending.extend(current.keys())
            pending.extend(current.values())
        elif isinstance(current, list):
            pending.extend(current)
    return False


def _spec_problems(data: dict[str, Any]) -> tuple[ModuleSpec | None, list[str]]:
    # A spec may come as an object rather than as text (the API, Python callers).
    if _expands_past(data, MAX_SPEC_VALUES):
        return None, [f"the spec has more than {MAX_SPEC_VALUES} values"]
    if too_deep_at(data) is not None:
        return None, [f"the spec is {too_deep_message()}"]
    problems: list[str] = []
    for key in ("slug", "version", "name"):
        if not isinstance(data.get(key), str) or not data[key]:
            problems.append(f"{key} is required and must be a string")
    if problems:
        return None, problems
    entrypoint = str(data.get("entrypoint") or "main")
    try:
        spec = ModuleSpec.from_dict(
            {
                **data,
                "category": data.get("category") or "Custom",
                "entrypoint": CUSTOM_ENTRYPOINT_PREFIX + entrypoint.rpartition(":")[2],
            }
        )
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        return None, [f"the spec has a field of the wrong shape: {exc}"]
    if not SLUG.fullmatch(spec.slug):
        problems.append(f"slug {spec.slug!r} must be 2-63 lower case letters, digits and _, starting with a letter")
    if not is_semver(spec.version):
        problems.append(f"version {spec.version!r} is not a semantic version like 1.0.0")
    for kind, ports in (("input", spec.inputs), ("output", spec.outputs)):
        names = [p.name for p in ports]
        for port in ports:
            if not PORT_NAME.fullmatch(port.name):
                problems.append(f"{kind} name {port.name!r} must be a Python identifier of at most 64 characters")
            if port.type not in PORT_TYPES:
                problems.append(f"{kind} {port.name!r} has unknown type {port.type!r}; known: {', '.join(PORT_TYPES)}")
            if kind == "output" and port.multiple:
                problems.append(f"output {port.name!r} cannot be multiple; only an input takes many wires")
            if not isinstance(port.multiple, bool):
                problems.append(f"{kind} {port.name!r}: multiple must be true or false")
        for name in {n for n in names if names.count(n) > 1}:
            problems.append(f"{kind} name {name!r} is used twice")
    names = [p.name for p in spec.params]
    for name in {n for n in names if names.count(n) > 1}:
        problems.append(f"param name {name!r} is used twice")
    for param in spec.params:
        if param.type not in PARAM_TYPES:
            problems.append(f"param {param.name!r} has unknown type {param.type!r}; known: {', '.join(PARAM_TYPES)}")
        elif param.type == "choice" and not param.choices:
            problems.append(f"param {param.name!r} is a choice but lists no choices")
        elif param.default is not None and not (checked := check_value(param, param.default)).ok:
            problems.append(checked.error(f"param {param.name!r} default"))
    return spec, problems


def _source_problems(source: str, function: str) -> list[str]:
    if len(source.encode()) > MAX_SOURCE_BYTES:
        return [f"the source is larger than {MAX_SOURCE_BYTES} bytes"]
    try:
        tree = ast.parse(source, filename="module.py")
    except SyntaxError as exc:
        return [f"the source does not parse: {exc.msg} (line {exc.lineno}, column {exc.offset})"]
    defined = [node.name for node in tree.body if isinstance(node, ast.FunctionDef)]
    if function not in defined:
        return [f"the source defines no top-level function {function!r}; it defines: {', '.join(defined) or 'none'}"]
    return []


@transaction.atomic
def module_publish(*, workspace: Workspace, user: User, spec: dict[str, Any], source: str) -> ModuleVersion:
    """Publish a version of a custom module (creating the module on its first version)."""
    require_role(user=user, workspace=workspace, role=EDITOR, action="publish modules")
    parsed, problems = _spec_problems(spec)
    if parsed is not None:
        problems += _source_problems(source, parsed.entrypoint.removeprefix(CUSTOM_ENTRYPOINT_PREFIX))
        if parsed.slug in builtin_modules().specs():
            problems.append(f"slug {parsed.slug!r} belongs to a built-in module")
    if problems or parsed is None:
        raise ApplicationError(
            "the module cannot be published: " + "; ".join(problems) if problems else "the module cannot be published",
            extra={"problems": problems},
        )
    module, _ = Module.objects.select_for_update().get_or_create(workspace=workspace, slug=parsed.slug)
    if module.versions.filter(version=parsed.version).exists():
        raise Conflict(
            f"version {parsed.version} of {parsed.slug} exists and versions are immutable; publish a new version",
            extra={"versions": list(module.versions.values_list("version", flat=True))},
        )
    version = ModuleVersion.objects.create(
        module=module,
        version=parsed.version,
        spec=parsed.to_dict(),
        source=source,
        code_digest=hashlib.sha256(source.encode()).hexdigest(),
        environment_digest=environment_digest(parsed.environment),
    )
    current = module.default_version
    if not current or semver_key(parsed.version) > semver_key(current):
        module.default_version = parsed.version
        module.save(update_fields=["default_version"])
    return version


@transaction.atomic
def module_version_update(
    *, module: Module, user: User, version: str, status: str | None = None, make_default: bool = False
) -> ModuleVersion:
    """Deprecate, disable or re-activate a version, or make it the default."""
    if module.builtin or module.workspace is None:
        raise ApplicationError("built-in modules are managed by the application, not by hand")
    require_role(user=user, workspace=module.workspace, role=EDITOR, action="change module versions")
    row = module.versions.filter(version=version).first()
    if row is None:
        raise NotFound(f"{module.slug} has no version {version!r}")
    if status is not None:
        if status not in MODULE_STATUSES:
            raise ApplicationError(f"status must be one of {', '.join(MODULE_STATUSES)}", extra={"field": "status"})
        row.status = status
        row.save(update_fields=["status"])
    if make_default:
        if row.status == "disabled":
            raise ApplicationError("a disabled version cannot be the default", extra={"field": "default"})
        module.default_version = row.version
        module.save(update_fields=["default_version"])
    return row


def custom_module_source(*, workspace_id: int, slug: str, version: str, code_digest: str) -> str:
    """The exact source a run pinned, by its digest."""
    source = (
        ModuleVersion.objects.filter(
            module__workspace_id=workspace_id, module__slug=slug, version=version, code_digest=code_digest
        )
        .values_list("source", flat=True)
        .first()
    )
    if source is None:
        raise NotFound(f"the source of {slug} {version} is no longer in the registry")
    return source
