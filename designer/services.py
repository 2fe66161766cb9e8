"""Writes of the design-time domain: users and workspaces, pipelines, module registry."""

from __future__ import annotations

import copy
import hashlib
import json
import sys
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Case, F, IntegerField, When

from designer.errors import ApplicationError, Conflict, PayloadTooLarge
from designer.graph import ModuleSpec, ValidationResult, parse_document, validate_graph
from designer.models import Dataset, DatasetVersion, Membership, Module, ModuleVersion, Pipeline, Workspace
from designer.roles import EDITOR, OWNER, RANK, require_role
from designer.selectors import catalog_for_workspace, workspace_list

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


def workspace_for_write(*, user: User, workspace_id: int | None) -> Workspace:
    """The workspace a request names (one of the user's), or the default one; the
    service that writes there checks the user's role for what it does."""
    if workspace_id is None:
        return workspace_default(user=user)
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


def pipeline_create(
    *,
    workspace: Workspace,
    user: User,
    name: str,
    description: str = "",
    graph: object = None,
) -> Pipeline:
    require_role(user=user, workspace=workspace, role=EDITOR, action="create pipelines")
    stored = _checked_graph(EMPTY_GRAPH if graph is None else graph)
    return Pipeline.objects.create(
        workspace=workspace, name=name, description=description, graph=stored, created_by=user
    )


def pipeline_update(*, pipeline: Pipeline, user: User, revision: int, fields: dict[str, Any]) -> Pipeline:
    """Save name/description/graph if `revision` is still the stored one, else 409.

    The compare-and-set is one UPDATE, so two tabs saving at once cannot both win.
    """
    require_role(user=user, workspace=pipeline.workspace, role=EDITOR, action="change pipelines")
    changes: dict[str, Any] = {}
    for key in ("name", "description"):
        if key in fields:
            changes[key] = fields[key]
    if "graph" in fields:
        changes["graph"] = _checked_graph(fields["graph"])
    updated = Pipeline.objects.filter(pk=pipeline.pk, revision=revision).update(revision=F("revision") + 1, **changes)
    if not updated:
        current = Pipeline.objects.filter(pk=pipeline.pk).values_list("revision", flat=True).first()
        raise Conflict(
            "the pipeline was changed elsewhere; reload it or save a copy",
            extra={"revision": current, "your_revision": revision},
        )
    pipeline.refresh_from_db()
    return pipeline


def pipeline_duplicate(*, pipeline: Pipeline, user: User, name: str | None = None) -> Pipeline:
    """A copy of the pipeline's current design (not its runs) in the same workspace."""
    require_role(user=user, workspace=pipeline.workspace, role=EDITOR, action="duplicate pipelines")
    return Pipeline.objects.create(
        workspace=pipeline.workspace,
        name=name or f"{pipeline.name} (copy)",
        description=pipeline.description,
        graph=copy.deepcopy(pipeline.graph),
        created_by=user,
    )


def pipeline_delete(*, pipeline: Pipeline, user: User) -> None:
    require_role(user=user, workspace=pipeline.workspace, role=EDITOR, action="delete pipelines")
    pipeline.delete()


def pipeline_validate(*, pipeline: Pipeline) -> ValidationResult:
    from designer.compute import targets_for_workspace

    return validate_graph(
        pipeline.graph,
        catalog_for_workspace(workspace=pipeline.workspace),
        compute_targets=targets_for_workspace(workspace=pipeline.workspace).keys(),
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
    from runner.modules import BUILTIN_MODULES, code_digest

    changed = []
    for slug, builtin in BUILTIN_MODULES.items():
        spec: ModuleSpec = builtin.spec
        module, _ = Module.objects.get_or_create(workspace=None, slug=slug, defaults={"builtin": True})
        digest = code_digest(slug)
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


def _size(n: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= factor:
            return f"{n / factor:.3g} {unit}"
    return f"{n} bytes"


def dataset_upload_too_large(*, name: str) -> PayloadTooLarge:
    """The error for an uploaded file over UPLOAD_MAX_MB (the API stops reading it there)."""
    from django.conf import settings

    limit = settings.UPLOAD_MAX_BYTES
    return PayloadTooLarge(
        f"{name} is over the upload limit of {_size(limit)} ({limit} bytes); the server's UPLOAD_MAX_MB sets it",
        extra={"field": "file", "limit_bytes": limit},
    )


def _first_non_utf8_line(data: Any) -> str:
    """Where a text file stops being UTF-8 ("line 2, byte 0xe9"); pandas' own error
    counts from a buffer it read, which means nothing to the file's owner."""
    data.seek(0)
    for number, line in enumerate(data, start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as exc:
            return f"line {number} has byte 0x{line[exc.start : exc.start + 1].hex()}"
    return "a multi-byte character is cut short"


def _unreadable(name: str, data: Any, exc: Exception, *, parquet: bool) -> ApplicationError:
    """Say what is wrong with an uploaded file in words its owner can act on."""
    import pandas as pd

    if parquet:
        reason = f"it is not a Parquet file, or it is cut short ({type(exc).__name__}: {exc})"
    elif isinstance(exc, UnicodeDecodeError):
        reason = f"it is not UTF-8 text ({_first_non_utf8_line(data)}); save it as UTF-8"
    elif isinstance(exc, pd.errors.EmptyDataError):
        reason = "it is empty (no header row)"
    elif isinstance(exc, pd.errors.ParserError):
        reason = f"it is not well-formed: {str(exc).strip()}"
    else:
        reason = f"{type(exc).__name__}: {exc}"
    return ApplicationError(f"could not read {name}: {reason}", extra={"field": "file"})


def _read_table(name: str, data: Any) -> Any:
    """A DataFrame from an uploaded file, or a 400 that says what is wrong with it."""
    import pandas as pd

    lower = name.lower()
    parquet = lower.endswith(".parquet")
    try:
        if parquet:
            return pd.read_parquet(data)
        if lower.endswith((".jsonl", ".ndjson", ".json")):
            return pd.read_json(data, lines=True)
        sep = "\t" if lower.endswith((".tsv", ".tab")) else ","
        return pd.read_csv(data, sep=sep)
    except Exception as exc:  # pandas and pyarrow raise many types for a broken file
        raise _unreadable(name, data, exc, parquet=parquet) from None


@transaction.atomic
def dataset_upload(*, workspace: Workspace, user: User, name: str, description: str, upload: Any) -> Dataset:
    """Register a new version of a named dataset from an uploaded table file.

    Whatever goes wrong, nothing is left behind: no rows, no staging directory.
    """
    require_role(user=user, workspace=workspace, role=EDITOR, action="upload datasets")
    import shutil
    import tempfile
    from pathlib import Path

    from django.conf import settings

    from runner.artifacts import default_store

    if upload.size > settings.UPLOAD_MAX_BYTES:
        raise dataset_upload_too_large(name=upload.name)
    frame = _read_table(upload.name, upload)
    if frame.columns.empty:
        raise ApplicationError(f"{upload.name} has no columns", extra={"field": "file"})
    frame.columns = [str(c) for c in frame.columns]
    Path(settings.WORK_ROOT).mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=settings.WORK_ROOT, prefix="upload-"))
    try:
        try:
            frame.to_parquet(staging / "data.parquet", index=False)
        except (ValueError, TypeError) as exc:  # pyarrow's ArrowInvalid / ArrowTypeError
            raise ApplicationError(
                f"could not store {upload.name} as a table: {exc} (a column mixes kinds of values?)",
                extra={"field": "file"},
            ) from None
        digest = default_store().put_directory(staging, port_type="DataFrame")
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # moved into the store on success
    return dataset_version_add(
        workspace=workspace,
        user=user,
        name=name,
        description=description,
        digest=digest,
        row_count=len(frame),
        column_count=len(frame.columns),
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
