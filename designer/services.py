"""Writes of the design-time domain: users and workspaces, pipelines, module registry."""

from __future__ import annotations

import copy
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Case, F, IntegerField, ProtectedError, When

from designer import ports, presence, versions
from designer.errors import ApplicationError, Conflict, NotFound, PayloadTooLarge
from designer.graph import ValidationResult, parse_document, pipeline_file, sdk_code, validate_graph
from designer.models import Dataset, DatasetVersion, Membership, Module, ModuleVersion, Pipeline, Workspace
from designer.roles import EDITOR, OWNER, RANK, require_role
from designer.selectors import catalog_for_workspace, workspace_list
from designer.table_reader import ReadLimits, human_size, read_table_file

EMPTY_GRAPH: dict[str, Any] = {"schema": 1, "nodes": [], "edges": [], "parameters": []}


@transaction.atomic
def user_create(*, username: str, password: str, email: str = "") -> User:
    """A user with a personal workspace of their own."""
    user = User.objects.create_user(username=username, password=password, email=email)
    workspace = Workspace.objects.create(name=f"{username}'s workspace")
    Membership.objects.create(workspace=workspace, user=user, role="owner")
    return user


def workspace_default(*, user: User) -> Workspace:
    """The workspace new objects go to when the request does not name one: the one the
    user has the highest role in (the oldest of those), so a viewer of a team who owns
    a workspace of their own creates there instead of being refused in the team's."""
    by_role = Case(*(When(role=role, then=-rank) for role, rank in RANK.items()), output_field=IntegerField())
    membership = (
        Membership.objects.filter(user=user).select_related("workspace").order_by(by_role, "workspace_id").first()
    )
    if membership is not None:
        return membership.workspace
    with transaction.atomic():
        workspace = Workspace.objects.create(name=f"{user.get_username()}'s workspace")
        Membership.objects.create(workspace=workspace, user=user, role=OWNER)
    return workspace


def workspace_for_write(*, user: User, workspace_id: int | None, current: Workspace | None = None) -> Workspace:
    """The workspace a request body names (one of the user's), else the one the request
    is in (designer/context.py), else the default one; the service that writes there
    checks the user's role for what it does."""
    if workspace_id is None:
        return current or workspace_default(user=user)
    workspace = workspace_list(user=user).filter(pk=workspace_id).first()
    if workspace is None:
        raise ApplicationError("workspace not found", extra={"field": "workspace"})
    return workspace


def _checked_graph(graph: object) -> dict[str, Any]:
    """The graph as it will be stored, or a 400 listing every structural problem.

    A pipeline may be saved with semantic problems (unknown module, bad wire) so work
    in progress is never lost, but not when the document itself is malformed.
    """
    document, problems = parse_document(graph)
    if document is None or any(p.severity == "error" for p in problems):
        raise ApplicationError(
            "the graph document is malformed",
            extra={"errors": [p.to_dict() for p in problems]},
        )
    return document.to_dict()


@transaction.atomic
def pipeline_create(
    *,
    workspace: Workspace,
    user: User,
    name: str,
    description: str = "",
    graph: object = None,
    message: str = "created",
) -> Pipeline:
    """A new pipeline at revision 1, kept as its version 1 (`message` says where it came
    from: an import, a clone, a copy)."""
    require_role(user=user, workspace=workspace, role=EDITOR, action="create pipelines")
    stored = _checked_graph(EMPTY_GRAPH if graph is None else graph)
    pipeline = Pipeline.objects.create(
        workspace=workspace, name=name, description=description, graph=stored, created_by=user
    )
    versions.version_record(pipeline=pipeline, user=user, message=message)
    return pipeline


@transaction.atomic
def pipeline_update(
    *,
    pipeline: Pipeline,
    user: User,
    revision: int,
    fields: dict[str, Any],
    message: str = "",
    restored_from: int | None = None,
) -> Pipeline:
    """Save name/description/graph if `revision` is still the stored one, else 409.

    The compare-and-set is one UPDATE, so two tabs saving at once cannot both win. The
    save is kept as a version in the same transaction (designer/versions.py).
    """
    require_role(user=user, workspace=pipeline.workspace, role=EDITOR, action="change pipelines")
    changes: dict[str, Any] = {}
    for key in ("name", "description"):
        if key in fields:
            changes[key] = fields[key]
    if "graph" in fields:
        changes["graph"] = _checked_graph(fields["graph"])
    # The graph this save replaces, read under the row's lock: the new version is
    # stored as a delta against it.
    replaced = (
        Pipeline.objects.select_for_update()
        .filter(pk=pipeline.pk, revision=revision)
        .values_list("graph", flat=True)
        .first()
    )
    updated = Pipeline.objects.filter(pk=pipeline.pk, revision=revision).update(revision=F("revision") + 1, **changes)
    if not updated:
        current = Pipeline.objects.filter(pk=pipeline.pk).values_list("revision", flat=True).first()
        raise Conflict(
            "the pipeline was changed elsewhere; reload it or save a copy",
            extra={"revision": current, "your_revision": revision},
        )
    pipeline.refresh_from_db()
    versions.version_record(
        pipeline=pipeline, user=user, previous_graph=replaced, message=message, restored_from=restored_from
    )
    # Whoever else has it open learns of the new revision (and merges it into their draft).
    presence.announce_save(pipeline=pipeline, user=user)
    return pipeline


def pipeline_version_restore(*, pipeline: Pipeline, user: User, number: int, revision: int) -> Pipeline:
    """Make version `number`'s graph the draft again: an ordinary save over `revision`
    (409 when stale), kept as a new version that says which one it restored. Nothing
    is lost: the versions after `number` stay in the history."""
    require_role(user=user, workspace=pipeline.workspace, role=EDITOR, action="restore versions")
    version = versions.version_get(pipeline=pipeline, number=number)
    graph = versions.version_graph(version)
    return pipeline_update(
        pipeline=pipeline,
        user=user,
        revision=revision,
        fields={"graph": graph},
        message=f"restored from {versions.version_label(version)}",
        restored_from=number,
    )


# What a node PATCH may change. The id names the node (wires point at it) and the module
# is what the node is, so changing either is a whole-graph save.
NODE_PATCH_FIELDS = (
    "version",
    "params",
    "position",
    "label",
    "comment",
    "compute",
    "reuse",
    "timeout_seconds",
    "max_retries",
    "retry_on",
)


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396 JSON Merge Patch: objects merge key by key, null removes a key, anything
    else replaces."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    merged = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = merge_patch(merged.get(key), value)
    return merged


def pipeline_node_update(
    *, pipeline: Pipeline, user: User, revision: int, node_id: str, changes: dict[str, Any]
) -> Pipeline:
    """Merge `changes` into one node and save the graph as `pipeline_update` does: the
    same role, the same revision check (409 with the current revision), the same
    structural check of the whole document.

    The node is read from the revision the client named; if that is not the stored one
    the answer is 409 before anything is merged, and the compare-and-set in
    pipeline_update catches a save that lands in between."""
    require_role(user=user, workspace=pipeline.workspace, role=EDITOR, action="change pipelines")
    unknown = sorted(set(changes) - set(NODE_PATCH_FIELDS))
    if unknown:
        raise ApplicationError(
            f"a node PATCH cannot change {', '.join(unknown)}", extra={"fields": unknown, "allowed": NODE_PATCH_FIELDS}
        )
    pipeline.refresh_from_db()
    if pipeline.revision != revision:
        raise Conflict(
            "the pipeline was changed elsewhere; reload it or save a copy",
            extra={"revision": pipeline.revision, "your_revision": revision},
        )
    graph = copy.deepcopy(pipeline.graph)
    nodes = graph.get("nodes") if isinstance(graph, dict) else None
    node = next((n for n in nodes or [] if isinstance(n, dict) and n.get("id") == node_id), None)
    if node is None:
        raise NotFound(f"the pipeline has no node {node_id!r}")
    node.update(merge_patch({k: node[k] for k in NODE_PATCH_FIELDS if k in node}, changes))
    for key in NODE_PATCH_FIELDS:
        if key in changes and changes[key] is None:
            node.pop(key, None)
    return pipeline_update(pipeline=pipeline, user=user, revision=revision, fields={"graph": graph})


def pipeline_duplicate(*, pipeline: Pipeline, user: User, name: str | None = None) -> Pipeline:
    """A copy of the pipeline's current design (not its runs, nor its history) in the
    same workspace."""
    require_role(user=user, workspace=pipeline.workspace, role=EDITOR, action="duplicate pipelines")
    return pipeline_create(
        workspace=pipeline.workspace,
        user=user,
        name=name or f"{pipeline.name} (copy)",
        description=pipeline.description,
        graph=copy.deepcopy(pipeline.graph),
        message=f"copied from {pipeline.name!r} version {pipeline.revision}"[:300],
    )


# --------------------------------------------------------------------------- pipeline files

EXPORT_FORMATS = ("python", "yaml")


@dataclass(frozen=True)
class ExportedPipeline:
    text: str
    filename: str
    content_type: str


def _file_stem(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").lower()[:80]
    return stem or "pipeline"


def pipeline_export(*, pipeline: Pipeline, format: str) -> ExportedPipeline:
    """The pipeline as SDK code (format="python") or as a pipeline file ("yaml"). Reading
    the pipeline is enough: a viewer may export."""
    if format not in EXPORT_FORMATS:
        raise ApplicationError(
            f"cannot export as {format!r}; the formats are {', '.join(EXPORT_FORMATS)}",
            extra={"field": "format", "formats": list(EXPORT_FORMATS)},
        )
    stem = _file_stem(pipeline.name)
    if format == "yaml":
        text = pipeline_file.to_yaml(pipeline.name, pipeline.description, pipeline.graph)
        return ExportedPipeline(text, f"{stem}.pipeline.yaml", "application/yaml; charset=utf-8")
    try:
        text = sdk_code.to_python(pipeline.name, pipeline.description, pipeline.graph)
    except sdk_code.ExportError as exc:
        raise ApplicationError(
            f"this pipeline cannot be written as SDK code: {exc}", extra={"field": "format"}
        ) from None
    return ExportedPipeline(text, f"{stem}.py", "text/x-python; charset=utf-8")


def pipeline_file_too_large() -> PayloadTooLarge:
    limit = pipeline_file.MAX_FILE_BYTES
    return PayloadTooLarge(
        f"the file is over {human_size(limit)}, the most a pipeline file may have",
        extra={"field": "file", "limit": limit},
    )


def pipeline_import(*, workspace: Workspace, user: User, content: bytes, name: str | None = None) -> Pipeline:
    """A new pipeline in `workspace` from a pipeline file (YAML, or the same as JSON) or
    a plain graph document. Every problem of the file is reported at once (400), and
    every module and pinned version must be one the workspace has; nothing is saved
    unless all of it holds. Pipeline names need not be unique, so an imported pipeline
    keeps the file's name (or `name`)."""
    require_role(user=user, workspace=workspace, role=EDITOR, action="import pipelines")
    if len(content) > pipeline_file.MAX_FILE_BYTES:
        raise pipeline_file_too_large()
    if name is not None and not name.strip():
        raise ApplicationError("the name may not be blank", extra={"field": "name"})
    try:
        parsed = pipeline_file.parse_pipeline_file(content, name=name)
    except pipeline_file.PipelineFileError as exc:
        raise ApplicationError(
            str(exc), extra={"field": "file", "errors": [p.to_dict() for p in exc.problems]}
        ) from None
    catalog = catalog_for_workspace(workspace=workspace)
    known = set(catalog.slugs())
    missing: list[dict[str, Any]] = []
    for index, node in enumerate(parsed.graph["nodes"]):
        where = {"node_id": node["id"], "field": f"nodes[{index}]", "line": None, "port": None, "param": None}
        if node["module"] not in known:
            missing.append({**where, "message": f"node {node['id']}: this workspace has no module {node['module']!r}"})
        elif node["version"] is not None and node["version"] not in catalog.versions(node["module"]):
            versions = ", ".join(catalog.versions(node["module"])) or "none"
            missing.append(
                {
                    **where,
                    "message": f"node {node['id']}: module {node['module']} has no version {node['version']} "
                    f"in this workspace (it has {versions})",
                }
            )
    if missing:
        raise ApplicationError(
            f"the pipeline file uses {len(missing)} module(s) or version(s) this workspace does not have: "
            + "; ".join(m["message"] for m in missing[:5]),
            extra={"field": "file", "errors": missing},
        )
    return pipeline_create(
        workspace=workspace,
        user=user,
        name=parsed.name,
        description=parsed.description,
        graph=parsed.graph,
        message="imported from a pipeline file",
    )


def pipeline_delete(*, pipeline: Pipeline, user: User) -> None:
    require_role(user=user, workspace=pipeline.workspace, role=EDITOR, action="delete pipelines")
    try:
        pipeline.delete()
    except ProtectedError as exc:
        # Published versions keep their draft (their runs are its runs). The protecting
        # objects are another layer's, so they are named by what they say they are.
        names = sorted({str(o) for o in exc.protected_objects})
        raise Conflict(
            f"the pipeline {pipeline.name!r} is published as {', '.join(names)}; delete the endpoint first",
            extra={"published_as": names},
        ) from None


def pipeline_validate(*, pipeline: Pipeline, graph: object = None) -> ValidationResult:
    """The problems of the pipeline's stored graph, or of `graph` when given (the canvas
    checks its unsaved edits this way; nothing is saved)."""
    from designer.compute import targets_for_workspace
    from designer.snapshots import snapshots_owned

    return validate_graph(
        pipeline.graph if graph is None else graph,
        catalog_for_workspace(workspace=pipeline.workspace),
        compute_targets=targets_for_workspace(workspace=pipeline.workspace).keys(),
        source_snapshots=snapshots_owned(workspace=pipeline.workspace, graph=pipeline.graph),
    )


def python_version() -> str:
    return f"{sys.version_info.major}.{sys.version_info.minor}"


def environment_digest(environment: dict[str, Any]) -> str:
    """Part of every cache key: the declared environment and the Python it runs on.

    The Python version (major.minor) is in it because installed packages, pickled
    models and numeric results can change with it; patch releases do not count.
    """
    canonical = {"environment": environment, "python": python_version()}
    return hashlib.sha256(json.dumps(canonical, sort_keys=True).encode()).hexdigest()


@transaction.atomic
def modules_sync_builtin() -> list[ModuleVersion]:
    """Upsert every built-in module version from the code into the registry.

    Returns the versions that were created or whose code changed.
    """
    builtins = ports.builtin_modules()
    changed = []
    for slug, spec in builtins.specs().items():
        module, _ = Module.objects.get_or_create(workspace=None, slug=slug, defaults={"builtin": True})
        digest = builtins.code_digest(slug)
        values = {
            "spec": spec.to_dict(),
            "code_digest": digest,
            "environment_digest": environment_digest(spec.environment),
        }
        row, created = ModuleVersion.objects.get_or_create(module=module, version=spec.version, defaults=values)
        stale = row.code_digest != digest or row.spec != values["spec"]
        if not created and (stale or row.environment_digest != values["environment_digest"]):
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
            changed.append(row)
        elif created:
            changed.append(row)
        if module.default_version != spec.version:
            module.default_version = spec.version
            module.save(update_fields=["default_version"])
    return changed


def dataset_upload_too_large(*, name: str) -> PayloadTooLarge:
    """The error for an uploaded file over UPLOAD_MAX_MB (the API stops reading it there)."""
    from django.conf import settings

    limit = settings.UPLOAD_MAX_BYTES
    return PayloadTooLarge(
        f"{name} is over the upload limit of {human_size(limit)} ({limit} bytes); the server's UPLOAD_MAX_MB sets it",
        extra={"field": "file", "limit_bytes": limit},
    )


def dataset_upload(*, workspace: Workspace, user: User, name: str, description: str, upload: Any) -> Dataset:
    """Register a new version of a named dataset from an uploaded table file.

    The file is read in a process of its own under memory and CPU limits (see
    designer.table_reader), with no database transaction open meanwhile. Whatever
    goes wrong, nothing is left behind: no rows, no staging directory.
    """
    require_role(user=user, workspace=workspace, role=EDITOR, action="upload datasets")
    import shutil
    import tempfile
    from pathlib import Path

    from django.conf import settings

    if upload.size > settings.UPLOAD_MAX_BYTES:
        raise dataset_upload_too_large(name=upload.name)
    Path(settings.WORK_ROOT).mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=settings.WORK_ROOT, prefix="upload-"))
    try:
        table = staging / "table"
        table.mkdir()
        if hasattr(upload, "temporary_file_path"):  # spooled to disk by Django already
            source = Path(upload.temporary_file_path())
        else:
            source = staging / "upload"
            with source.open("wb") as out:
                for chunk in upload.chunks():
                    out.write(chunk)
        read = read_table_file(source, upload.name, table, ReadLimits.from_settings())
        if not read.ok:
            error = PayloadTooLarge if read.status == 413 else ApplicationError
            raise error(read.message, extra=read.extra)
        digest = ports.artifact_storage().put_directory(table, port_type="DataFrame")
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # the table was moved into the store on success
    return dataset_version_add(
        workspace=workspace,
        user=user,
        name=name,
        description=description,
        digest=digest,
        row_count=read.rows,
        column_count=read.columns,
        source_name=upload.name,
    ).dataset


@transaction.atomic
def dataset_version_add(
    *,
    workspace: Workspace,
    user: User | None,
    name: str,
    digest: str,
    row_count: int,
    column_count: int,
    source_name: str,
    description: str = "",
) -> DatasetVersion:
    """Record a stored DataFrame artifact as the next version of a named dataset."""
    dataset, created = Dataset.objects.select_for_update().get_or_create(
        workspace=workspace, name=name, defaults={"description": description, "created_by": user}
    )
    if not created and description:
        dataset.description = description
        dataset.save(update_fields=["description"])
    last = dataset.versions.order_by("-version").values_list("version", flat=True).first() or 0
    return DatasetVersion.objects.create(
        dataset=dataset,
        version=last + 1,
        digest=digest,
        row_count=row_count,
        column_count=column_count,
        source_name=source_name[:300],
    )
