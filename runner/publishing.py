"""Published pipelines: freezing a draft into a numbered, immutable version under a
named pipeline endpoint, managing its versions, and starting runs of them (a trigger
over HTTP, a schedule, a new dataset version).

A published version keeps what a run needs to be repeatable whatever happens to the
draft and the catalogue later: the graph with every node's module version pinned, the
spec and digests of those module versions, and the compute targets the nodes use. A run
of it is compiled from that (runner.engine.submit.run_submit_published); only dataset
versions are resolved when the run starts, so a schedule picks up new data.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Max

from designer import compute
from designer.errors import ApplicationError, Conflict, NotFound, TooManyRequests
from designer.models import Pipeline
from designer.roles import EDITOR, require_role
from runner.engine.submit import published_snapshot, run_create_published, validated_draft
from runner.models import (
    RUN_FINISHED,
    PipelineEndpoint,
    PipelineRun,
    PublishedPipeline,
    RunTrigger,
    TriggerRequest,
)

ENDPOINT_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
# What a client that got 429 is told to wait before trying again, in seconds.
RETRY_AFTER_SECONDS = 5


def pipeline_publish(
    *,
    pipeline: Pipeline,
    user: User,
    endpoint_name: str,
    description: str = "",
    make_default: bool = True,
) -> PublishedPipeline:
    """Freeze the draft as the next version of the named pipeline endpoint (created on
    first publish). The first version is the default whatever `make_default` says."""
    require_role(user=user, workspace=pipeline.workspace, role=EDITOR, action="publish pipelines")
    if not ENDPOINT_NAME.fullmatch(endpoint_name):
        raise ApplicationError(
            f"endpoint name {endpoint_name!r} must be 1-63 lower case letters, digits and '-', "
            "starting with a letter or digit"
        )
    frozen = _freeze_draft(pipeline)
    endpoint = _endpoint_for_publish(pipeline=pipeline, user=user, name=endpoint_name)
    with transaction.atomic():
        endpoint = PipelineEndpoint.objects.select_for_update().get(pk=endpoint.pk)
        number = (endpoint.versions.aggregate(n=Max("version"))["n"] or 0) + 1
        published = PublishedPipeline.objects.create(
            endpoint=endpoint,
            version=number,
            pipeline=pipeline,
            pipeline_revision=pipeline.revision,
            description=description,
            snapshot=frozen,
            created_by=user,
        )
        if make_default or endpoint.default_version is None:
            endpoint.default_version = number
            endpoint.save(update_fields=["default_version", "updated_at"])
    return published


def _freeze_draft(pipeline: Pipeline) -> dict[str, Any]:
    """The draft's graph with every module version pinned, those versions' specs and
    digests, and the compute targets its nodes use; a graph with problems is refused."""
    document, catalog, targets = validated_draft(pipeline, purpose="publishing it")
    graph = document.to_dict()
    modules: dict[tuple[str, str], dict[str, Any]] = {}
    used_targets: set[str] = set()
    for node in graph["nodes"]:
        entry = catalog.get(node["module"], node.get("version"))
        assert entry is not None  # validation found every node's module
        node["version"] = entry.version
        modules[(entry.slug, entry.version)] = {
            "spec": entry.spec.to_dict(),
            "status": entry.status,
            "code_digest": entry.code_digest,
            "environment_digest": entry.environment_digest,
        }
        used_targets.add(node.get("compute") or graph.get("compute") or compute.DEFAULT_TARGET)
    return {
        "graph": graph,
        "modules": [modules[key] for key in sorted(modules)],
        "targets": {name: targets[name] for name in sorted(used_targets)},
    }


def _endpoint_for_publish(*, pipeline: Pipeline, user: User, name: str) -> PipelineEndpoint:
    try:
        endpoint, _ = PipelineEndpoint.objects.get_or_create(
            workspace=pipeline.workspace, name=name, defaults={"created_by": user}
        )
    except IntegrityError:  # created by a concurrent publish
        endpoint = PipelineEndpoint.objects.get(workspace=pipeline.workspace, name=name)
    return endpoint


def published_version_for_run(*, endpoint: PipelineEndpoint, version: int | None = None) -> PublishedPipeline:
    """The version a run of the endpoint uses: the one named, else the default. A
    disabled version never runs."""
    number = version if version is not None else endpoint.default_version
    if number is None:
        raise Conflict(f"pipeline endpoint {endpoint.name!r} has no default version; name one")
    try:
        published = endpoint.versions.select_related("pipeline", "endpoint__workspace").get(version=number)
    except PublishedPipeline.DoesNotExist:
        raise NotFound(f"pipeline endpoint {endpoint.name!r} has no version {number}") from None
    if not published.enabled:
        if version is None:
            raise Conflict(
                f"the default version {number} of pipeline endpoint {endpoint.name!r} is disabled; enable it, "
                "make another version the default, or name an enabled version",
                extra={"version": number},
            )
        raise Conflict(
            f"version {number} of pipeline endpoint {endpoint.name!r} is disabled", extra={"version": number}
        )
    return published


def version_parameters(published: PublishedPipeline) -> list[dict[str, Any]]:
    """The pipeline parameters a run of this version takes, from its frozen graph: name,
    type, default, and whether a value must be sent (no default)."""
    return [
        {"name": p["name"], "type": p["type"], "default": p.get("default"), "required": p.get("default") is None}
        for p in published.snapshot["graph"].get("parameters", [])
    ]


def endpoint_update(*, endpoint: PipelineEndpoint, user: User, fields: dict[str, Any]) -> PipelineEndpoint:
    """Change an endpoint's description, default version or limit on concurrent runs.
    The default must be an existing, enabled version."""
    require_role(user=user, workspace=endpoint.workspace, role=EDITOR, action="change pipeline endpoints")
    with transaction.atomic():
        locked = PipelineEndpoint.objects.select_for_update().get(pk=endpoint.pk)
        if "default_version" in fields:
            number = fields["default_version"]
            published = locked.versions.filter(version=number).first()
            if published is None:
                known = sorted(locked.versions.values_list("version", flat=True))
                raise ApplicationError(
                    f"pipeline endpoint {locked.name!r} has no version {number}; its versions are "
                    f"{', '.join(map(str, known)) or 'none'}",
                    extra={"field": "default_version", "versions": known},
                )
            if not published.enabled:
                raise Conflict(
                    f"version {number} of pipeline endpoint {locked.name!r} is disabled; enable it before "
                    "making it the default",
                    extra={"field": "default_version", "version": number},
                )
            locked.default_version = number
        if "description" in fields:
            locked.description = fields["description"]
        if "max_concurrent_runs" in fields:
            locked.max_concurrent_runs = fields["max_concurrent_runs"]
        locked.save()
    return locked


def endpoint_delete(*, endpoint: PipelineEndpoint, user: User) -> None:
    """Delete an endpoint and its versions (their runs stay, in their pipeline's
    history). An endpoint that schedules run is refused: delete those first, so no
    schedule is left behind to fire at nothing."""
    require_role(user=user, workspace=endpoint.workspace, role=EDITOR, action="delete pipeline endpoints")
    schedules = list(endpoint.schedules.values_list("name", flat=True))
    if schedules:
        raise Conflict(
            f"pipeline endpoint {endpoint.name!r} is run by the schedule(s) {', '.join(schedules)}; delete them first",
            extra={"schedules": schedules},
        )
    endpoint.delete()


def version_update(*, published: PublishedPipeline, user: User, enabled: bool) -> PublishedPipeline:
    """Enable or disable a version. A disabled version never runs; disabling the default
    is allowed (a caller who names another version is unaffected), and a trigger
    without a version is then refused with a 409 naming it."""
    require_role(user=user, workspace=published.endpoint.workspace, role=EDITOR, action="change pipeline endpoints")
    PublishedPipeline.objects.filter(pk=published.pk).update(enabled=enabled)
    published.enabled = enabled
    return published


def endpoint_trigger(
    *,
    endpoint: PipelineEndpoint,
    user: User,
    parameters: dict[str, Any] | None = None,
    version: int | None = None,
    experiment: str = "",
    idempotency_key: str = "",
    body_digest: str = "",
) -> tuple[PipelineRun, bool]:
    """Start a run of the endpoint's default (or named) version; answers the run and
    whether it is new. A request carrying an `idempotency_key` seen before for this
    endpoint gets the run the first one started (the same key with another body is
    refused); more than `max_concurrent_runs` unfinished runs is a 429."""
    require_role(user=user, workspace=endpoint.workspace, role=EDITOR, action="start runs")
    if idempotency_key:
        # A retry is answered without compiling anything (checked again under the lock).
        earlier = _earlier_trigger(endpoint, idempotency_key, body_digest)
        if earlier is not None:
            return earlier, False
    # Compiling the version is most of a trigger's work and needs no lock: it is done
    # first, and the lock covers only the key, the limit and the inserts. Whatever
    # goes wrong here is found again, in the same order as before, under the lock.
    prepared: tuple[PublishedPipeline, dict[str, Any]] | None = None
    try:
        published = published_version_for_run(endpoint=endpoint, version=version)
        prepared = published, published_snapshot(published=published, user=user, parameters=parameters)
    except ApplicationError:
        prepared = None
    # Triggers of one endpoint in this process queue here first, so that one at a time
    # waits on the database (on SQLite the others would poll for its write lock with
    # sleeps of up to 100 ms, the long tail under concurrent triggers).
    with _local_lock(endpoint.pk), transaction.atomic():
        # One trigger of an endpoint at a time: the limit and the key are checked and
        # the run created under this lock, so two retries cannot both start a run and
        # the limit is exact.
        locked = PipelineEndpoint.objects.select_for_update().get(pk=endpoint.pk)
        if idempotency_key:
            earlier = _earlier_trigger(locked, idempotency_key, body_digest)
            if earlier is not None:
                return earlier, False
        unfinished = (
            PipelineRun.objects.filter(published_version__endpoint=locked).exclude(status__in=RUN_FINISHED).count()
        )
        if unfinished >= locked.max_concurrent_runs:
            raise TooManyRequests(
                f"pipeline endpoint {locked.name!r} already has {unfinished} unfinished runs "
                f"(its limit is {locked.max_concurrent_runs}); try again later",
                extra={"retry_after": RETRY_AFTER_SECONDS, "limit": locked.max_concurrent_runs},
            )
        # The version as it is now (the default may have moved, a version been
        # disabled): one small query when it is still the one compiled above.
        number = version if version is not None else locked.default_version
        if (
            prepared is not None
            and number is not None
            and (prepared[0].version, True)
            == next(iter(locked.versions.filter(version=number).values_list("version", "enabled")), None)
        ):
            published, snapshot = prepared
        else:  # rare: look up and compile again, raising what the first attempt raised
            published = published_version_for_run(endpoint=locked, version=version)
            snapshot = published_snapshot(published=published, user=user, parameters=parameters)
        run = run_create_published(
            published=published,
            user=user,
            snapshot=snapshot,
            experiment=experiment,
            trigger=RunTrigger.ENDPOINT,
        )
        if idempotency_key:
            TriggerRequest.objects.create(endpoint=locked, key=idempotency_key, body_digest=body_digest, run=run)
    return run, True


_local_locks: dict[int, threading.Lock] = {}
_local_locks_guard = threading.Lock()


def _local_lock(endpoint_id: int) -> threading.Lock:
    with _local_locks_guard:
        return _local_locks.setdefault(endpoint_id, threading.Lock())


def _earlier_trigger(endpoint: PipelineEndpoint, key: str, body_digest: str) -> PipelineRun | None:
    """The run an earlier request with this key started (None if there was none); the
    same key with another body is a 409."""
    earlier = TriggerRequest.objects.filter(endpoint=endpoint, key=key).select_related("run").first()
    if earlier is None:
        return None
    if earlier.body_digest != body_digest:
        raise Conflict(
            "this Idempotency-Key was already used with a different request body",
            extra={"run": earlier.run_id},
        )
    return earlier.run
