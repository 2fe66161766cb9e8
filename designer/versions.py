"""Pipeline history: every save of a pipeline is kept as a version.

`version_record` is called by every service that saves a pipeline's graph (creating,
updating, a node PATCH, duplicating, restoring), inside the save's transaction, so a
pipeline never has a revision without its version. A version's number is the revision
the save produced. Storage is compact (designer/graph/compaction.py); a version's
graph is read back with `version_graph`. Restoring a version is an ordinary save and
lives with the other saves in designer/services.py. Two versions are compared with
`version_diff` (designer/graph/diff.py does the comparing).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import QuerySet

from designer.errors import ApplicationError, Conflict, NotFound
from designer.graph import compaction
from designer.graph.diff import GraphDiff, catalog_param_types, diff_graphs, readable_document
from designer.graph.document import DocumentError
from designer.models import Pipeline, PipelineVersion
from designer.roles import EDITOR, require_role
from designer.selectors import catalog_for_workspace

NAME_MAX_LENGTH = 100


def version_record(
    *,
    pipeline: Pipeline,
    user: User | None,
    previous_graph: Any = None,
    message: str = "",
    restored_from: int | None = None,
) -> PipelineVersion:
    """Keep the pipeline's current graph as version `pipeline.revision`.

    Called inside the save's transaction, after the revision was bumped, with the graph
    the save replaced (`previous_graph`, None for a new pipeline): the new version is a
    delta against version `revision - 1` when that is the graph replaced, else a
    snapshot (so a pipeline saved some other way still gets a history that reads back
    exactly)."""
    text = compaction.canonical_text(pipeline.graph)
    previous = (
        PipelineVersion.objects.filter(pipeline=pipeline, number=pipeline.revision - 1)
        .values("number", "kind", "snapshot_number", "digest")
        .first()
        if previous_graph is not None
        else None
    )
    previous_text = compaction.canonical_text(previous_graph) if previous is not None else None
    if previous is not None and compaction.digest_of_text(previous_text or "") != previous["digest"]:
        previous, previous_text = None, None
    snapshot_number: int | None = None
    if previous is not None:
        snapshot_number = previous["number"] if previous["kind"] == compaction.SNAPSHOT else previous["snapshot_number"]
    if snapshot_number is None:
        previous_text = None
    since = previous["number"] - snapshot_number if previous is not None and snapshot_number is not None else 0
    kind, data = compaction.choose(previous_text, text, since)
    return PipelineVersion.objects.create(
        pipeline=pipeline,
        number=pipeline.revision,
        kind=kind,
        snapshot_number=snapshot_number if kind == compaction.DELTA else None,
        data=data,
        digest=compaction.digest_of_text(text),
        message=message[:300],
        restored_from=restored_from,
        created_by=user,
    )


def version_list(*, pipeline: Pipeline) -> QuerySet[PipelineVersion]:
    """The pipeline's versions, newest first (the caller found the pipeline through the
    user's workspaces)."""
    return (
        PipelineVersion.objects.filter(pipeline=pipeline).select_related("created_by").defer("data").order_by("-number")
    )


def version_get(*, pipeline: Pipeline, number: int) -> PipelineVersion:
    version = PipelineVersion.objects.filter(pipeline=pipeline, number=number).select_related("created_by").first()
    if version is None:
        raise NotFound(f"pipeline {pipeline.pk} has no version {number}")
    return version


def version_graph(version: PipelineVersion) -> Any:
    """The graph the version holds, exactly as it was saved: its snapshot, and the
    deltas from there to it replayed in order."""
    if version.kind == compaction.SNAPSHOT:
        return compaction.rebuild(bytes(version.data), [], version.digest)
    first = version.snapshot_number if version.snapshot_number is not None else version.number
    chain = list(
        PipelineVersion.objects.filter(pipeline_id=version.pipeline_id, number__gte=first, number__lte=version.number)
        .order_by("number")
        .values_list("number", "kind", "data")
    )
    numbers = [number for number, _, _ in chain]
    if numbers != list(range(first, version.number + 1)) or chain[0][1] != compaction.SNAPSHOT:
        raise compaction.CorruptVersion(f"version {version.number} is missing part of its chain of deltas")
    return compaction.rebuild(bytes(chain[0][2]), [bytes(data) for _, _, data in chain[1:]], version.digest)


def version_name(*, version: PipelineVersion, user: User, name: str) -> PipelineVersion:
    """Name a version ("baseline"), rename it, or clear its name with "". Names are
    unique within the pipeline; naming does not change the pipeline (no new version)."""
    pipeline = version.pipeline
    require_role(user=user, workspace=pipeline.workspace, role=EDITOR, action="name versions")
    name = name.strip()
    if len(name) > NAME_MAX_LENGTH:
        raise ApplicationError(f"a version name has at most {NAME_MAX_LENGTH} characters", extra={"field": "name"})
    if name:
        taken = PipelineVersion.objects.filter(pipeline=pipeline, name=name).exclude(pk=version.pk).first()
        if taken is not None:
            raise _name_taken(name, taken.number)
    version.name = name
    try:
        with transaction.atomic():
            version.save(update_fields=["name"])
    except IntegrityError:  # named the same by someone else a moment ago
        taken_number = (
            PipelineVersion.objects.filter(pipeline=pipeline, name=name).values_list("number", flat=True).first()
        )
        raise _name_taken(name, taken_number) from None
    return version


def _name_taken(name: str, number: int | None) -> Conflict:
    return Conflict(
        f"version {number} of this pipeline is already named {name!r}; names are unique per pipeline",
        extra={"field": "name", "version": number},
    )


def version_label(version: PipelineVersion) -> str:
    """How a version is called in messages: 'version 3 "baseline"'."""
    return f'version {version.number} "{version.name}"' if version.name else f"version {version.number}"


@dataclass(frozen=True)
class VersionDiff:
    old: PipelineVersion
    new: PipelineVersion
    diff: GraphDiff


def version_diff(*, pipeline: Pipeline, old_number: int, new_number: int) -> VersionDiff:
    """What changed from one version of the pipeline to another (either may be the
    older: the answer reads from `old_number` to `new_number`). A read: any member."""
    old = version_get(pipeline=pipeline, number=old_number)
    new = version_get(pipeline=pipeline, number=new_number)
    documents = []
    for version in (old, new):
        try:
            documents.append(readable_document(version_graph(version)))
        except DocumentError as exc:
            raise ApplicationError(f"{version_label(version)} cannot be compared: {exc}") from None
    catalog = catalog_for_workspace(workspace=pipeline.workspace)
    diff = diff_graphs(documents[0], documents[1], param_types=catalog_param_types(catalog))
    return VersionDiff(old=old, new=new, diff=diff)
