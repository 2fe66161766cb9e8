"""What runs read from and write to the workspace: datasets.

Registered datasets: what import_data reads and export_data writes.

Steps never touch the database. At submit, each import_data node's dataset name and
version are resolved to the content digest of that version, frozen into the run's
snapshot, and handed to the step as its hidden `source` input (so they are part of the
cache key). When an export_data step completes, the artifact it received is recorded
as the next version of the named dataset. (What deploy_model adds to an endpoint when
it completes is runner/endpoints.py's.)
"""

from __future__ import annotations

import hashlib
import os
import urllib.parse
import urllib.request
import uuid
from pathlib import Path
from typing import Any

from designer.errors import ApplicationError
from designer.graph import ExecutionPlan, PlannedStep, Problem
from designer.models import Dataset, DatasetVersion, Workspace
from designer.services import dataset_version_add
from runner import tables
from runner.artifacts import default_store
from runner.modules.hooks import CompletedStep
from runner.modules.import_data import SOURCE_FILE_INPUT, SOURCE_INPUT


def resolve_imports(*, plan: ExecutionPlan, workspace: Workspace) -> dict[str, dict[str, Any]]:
    """For every step whose module reads data from outside the run (it declares
    ON_SUBMIT, see runner.modules.hooks), what it reads, frozen at submit. A 400 names
    each node whose source is missing."""
    from runner.modules import BUILTIN_MODULES
    from runner.modules.hooks import load_submit_hook

    resolved: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    for step in plan.steps:
        builtin = BUILTIN_MODULES.get(step.module)
        if builtin is None or builtin.on_submit is None:
            continue
        entry, problem = load_submit_hook(builtin.on_submit)(workspace, step)
        if entry is not None:
            resolved[step.node_id] = entry
        if problem is not None:
            problems.append(problem)
    if problems:
        raise ApplicationError(
            "the pipeline imports data that does not exist", extra={"errors": [p.to_dict() for p in problems]}
        )
    return resolved


Resolution = tuple[dict[str, Any] | None, Problem | None]


def resolve_import(workspace: Workspace, step: PlannedStep) -> Resolution:
    """What an import step reads: a registered dataset version ({"name", "version",
    "digest"}), a file under IMPORT_ROOT ({"path", "digest"} with the file's sha256), or
    a URL under the allow-list, downloaded now."""
    name = str(step.params.get("dataset") or "").strip()
    path = str(step.params.get("path") or "").strip()
    if bool(name) == bool(path):
        message = "name either a registered dataset or a file path, not both" if name else "name a dataset or a file"
        return None, Problem(node_id=step.node_id, param="dataset", message=message)
    if path.startswith(("http://", "https://")):
        return _resolve_url(path, step.node_id)
    if path:
        return _resolve_file(path, step.node_id)
    return _resolve_dataset(workspace, step)


def _resolve_dataset(workspace: Workspace, step: PlannedStep) -> Resolution:
    name, version = str(step.params["dataset"]).strip(), int(step.params.get("version") or 0)
    versions = DatasetVersion.objects.filter(dataset__workspace=workspace, dataset__name=name)
    row = versions.filter(version=version).first() if version else versions.order_by("-version").first()
    if row is not None:
        return {"name": name, "version": row.version, "digest": row.digest}, None
    if versions.exists():
        known = ", ".join(str(v) for v in versions.order_by("version").values_list("version", flat=True))
        return None, Problem(
            node_id=step.node_id, param="version", message=f"{name!r} has no version {version}; it has {known}"
        )
    names = ", ".join(Dataset.objects.filter(workspace=workspace).values_list("name", flat=True)) or "none"
    return None, Problem(node_id=step.node_id, param="dataset", message=f"no dataset named {name!r}; datasets: {names}")


def _resolve_file(path: str, node_id: str) -> Resolution:
    """A file inside IMPORT_ROOT (the only place imports may read from), hashed so a
    changed file changes the step's cache key."""
    from django.conf import settings

    root = Path(settings.IMPORT_ROOT).resolve()
    target = (root / path).resolve()
    # The messages name neither the folder's place on the server nor what else is in
    # it: the import folder is the server's, and other people's files may be there.
    if not target.is_relative_to(root):
        return None, Problem(node_id=node_id, param="path", message=f"{path!r} is outside the import folder")
    if not target.is_file():
        return None, Problem(node_id=node_id, param="path", message=f"no file {path!r} in the import folder")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    return {"path": str(target), "digest": digest}, None


def _resolve_url(url: str, node_id: str) -> Resolution:
    """Download a URL that the allow-list admits, once per run, into the import folder's
    download area under its content digest: the step reads the file like any import,
    and the content (not the URL) is in the cache key."""
    from django.conf import settings

    allowed = settings.IMPORT_URL_ALLOWLIST
    if not any(url.startswith(prefix) for prefix in allowed):
        listing = ", ".join(allowed) or "none (set IMPORT_URL_ALLOWLIST)"
        return None, Problem(
            node_id=node_id, param="path", message=f"{url} is not allowed; allowed URL prefixes: {listing}"
        )
    limit = settings.UPLOAD_MAX_BYTES
    downloads = Path(settings.IMPORT_ROOT) / ".downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    suffix = Path(urllib.parse.urlparse(url).path).suffix.lower()[:10]
    partial = downloads / f".{uuid.uuid4().hex}.part"
    digest = hashlib.sha256()
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "Pipewright import_data"})
        with urllib.request.urlopen(request, timeout=settings.IMPORT_URL_TIMEOUT_SECONDS) as response:
            size = 0
            with partial.open("wb") as out:
                while chunk := response.read(1024 * 1024):
                    size += len(chunk)
                    if size > limit:
                        raise ValueError(f"larger than the {limit // (1024 * 1024)} MB limit (UPLOAD_MAX_MB)")
                    digest.update(chunk)
                    out.write(chunk)
    except (OSError, ValueError) as exc:
        partial.unlink(missing_ok=True)
        return None, Problem(node_id=node_id, param="path", message=f"could not download {url}: {exc}")
    final = downloads / f"{digest.hexdigest()}{suffix}"
    os.replace(partial, final)
    return {"path": str(final), "digest": digest.hexdigest(), "url": url}, None


def _hidden_port(entry: dict[str, Any]) -> str:
    """The input a resolved entry is handed to the step as: the one it names (a script's
    source snapshot, runner/sources.py), else import_data's file or dataset input."""
    return str(entry.get("port") or (SOURCE_FILE_INPUT if "path" in entry else SOURCE_INPUT))


def import_inputs(imports: dict[str, dict[str, Any]], node_id: str) -> dict[str, str]:
    """The hidden input digests of one step, for its cache key ({} for other steps)."""
    entry = imports.get(node_id)
    if entry is None:
        return {}
    return {_hidden_port(entry): entry["digest"]}


def import_types(imports: dict[str, dict[str, Any]], node_id: str) -> dict[str, str]:
    """The port type of each hidden input of one step: how the step reads it."""
    entry = imports.get(node_id)
    if entry is None:
        return {}
    return {_hidden_port(entry): str(entry.get("type") or ("AnyFile" if "path" in entry else "DataFrame"))}


def import_files(imports: dict[str, dict[str, Any]], node_id: str) -> dict[str, str]:
    """Hidden inputs that are files outside the artifact store: {port: absolute path}."""
    entry = imports.get(node_id)
    return {SOURCE_FILE_INPUT: entry["path"]} if entry and "path" in entry else {}


def register_export(step: CompletedStep) -> None:
    """Record the dataset an export step received as the next version of its destination."""
    from django.contrib.auth.models import User

    digest = step.input_digests["dataset"]
    # A dataset version is a DataFrame artifact as it is: Parquet when uploaded, an
    # Arrow IPC file when a step wrote it.
    file = tables.table_file(default_store().path(digest))
    if file is None:
        raise FileNotFoundError(f"dataset artifact {digest} has no table file")
    row_count, column_count = tables.table_shape(file)
    dataset_version_add(
        workspace=Workspace.objects.get(pk=step.workspace_id),
        user=User.objects.filter(pk=step.user_id).first() if step.user_id else None,
        name=str(step.params["destination"]).strip(),
        digest=digest,
        row_count=row_count,
        column_count=column_count,
        source_name=f"export_data node {step.node_id}",
    )
