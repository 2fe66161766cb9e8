"""Reads of the run-time domain, scoped to what a user may see."""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

from django.contrib.auth.models import User as AuthUser
from django.db import connection
from django.db.models import Case, Count, IntegerField, Max, OuterRef, QuerySet, Subquery, When

from designer.errors import NotFound
from designer.models import Membership, Pipeline
from designer.roles import RANK
from designer.selectors import User, workspace_list
from runner import events
from runner.models import (
    Endpoint,
    EndpointKind,
    EndpointVersion,
    PipelineEndpoint,
    PipelineRun,
    PublishedPipeline,
    StepRun,
    StepStatus,
)

# What a run row needs besides itself, in one query: its pipeline, who started it, what
# started it (a published version and its endpoint, a schedule) and the run it resumed.
RUN_RELATED = ("pipeline", "created_by", "published_version__endpoint", "schedule", "experiment", "resumed_from")


def run_list(*, user: User) -> QuerySet[PipelineRun]:
    return PipelineRun.objects.filter(workspace__in=workspace_list(user=user)).select_related(*RUN_RELATED)


def run_get(*, user: User, run_id: int) -> PipelineRun:
    run = run_list(user=user).filter(pk=run_id).first()
    if run is None:
        raise NotFound("run not found")
    return run


def step_get(*, run: PipelineRun, node_id: str) -> StepRun:
    step = run.steps.filter(node_id=node_id).first()
    if step is None:
        raise NotFound(f"run {run.pk} has no step for node {node_id!r}")
    return step


# A resumed run may reuse a step that was itself reused; the log is where the chain of
# reuses ends. The bound only guards against a malformed chain.
_MAX_REUSE_HOPS = 50


def producing_step(step: StepRun) -> StepRun | None:
    """The step that made the outputs a reused step took over (following reuses of
    reuses), within the step's own workspace; None for a step that was not reused."""
    if step.status != StepStatus.REUSED:
        return None
    current = step
    for _ in range(_MAX_REUSE_HOPS):
        if current.reused_from_id is None:
            break
        source = StepRun.objects.select_related("run").filter(pk=current.reused_from_id).first()
        if source is None or source.run.workspace_id != step.run.workspace_id:
            break
        current = source
        if current.status != StepStatus.REUSED:
            return current
    return None


def step_log(step: StepRun) -> dict[str, Any]:
    """A step's log; a reused step never ran, so its log is that of the run that made
    its outputs, named as such."""
    source = producing_step(step)
    if source is None:
        return {"text": step.log, "made_by": None}
    return {
        "text": source.log,
        "made_by": {"run": source.run_id, "number": source.run.number, "node_id": source.node_id},
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def step_state(step: StepRun) -> dict[str, Any]:
    """What the canvas shows for one step; the same shape in snapshots and deltas."""
    return {
        "node_id": step.node_id,
        "module": step.module,
        "version": step.version,
        "status": step.status,
        "error": step.error,
        "reason": "; ".join(step.reasons),
        "reasons": step.reasons,
        "progress": step.progress,
        "progress_message": step.progress_message,
        "attempts": step.attempts,
        "compute": step.compute,
        "worker": step.worker,
        "outputs": step.outputs,
        "metrics": step.metrics,
        "images": step.images,
        "reused_from_run": step.reused_from.run_id if step.reused_from_id and step.reused_from else None,
        "queued_at": _iso(step.queued_at),
        "started_at": _iso(step.started_at),
        "finished_at": _iso(step.finished_at),
    }


def run_state(run: PipelineRun) -> dict[str, Any]:
    steps = run.steps.select_related("reused_from").order_by("id")
    return {
        "id": run.pk,
        "pipeline": run.pipeline_id,
        "number": run.number,
        "status": run.status,
        "experiment": run.experiment.name if run.experiment is not None else "",
        "experiment_id": run.experiment_id,
        "parameters": run.parameters,
        "force_rerun": run.force_rerun,
        "continue_on_failure": run.continue_on_failure,
        **run_resumes(run),
        "pipeline_revision": run.pipeline_revision,
        **run_origin(run),
        "error": run.error,
        "created_by": run.created_by.get_username() if run.created_by else None,
        "created_at": _iso(run.created_at),
        "started_at": _iso(run.started_at),
        "finished_at": _iso(run.finished_at),
        "steps": [step_state(s) for s in steps],
    }


def run_resumes(run: PipelineRun) -> dict[str, Any]:
    """The run this one resumed (`resumed_from`, its id, and its number), and the runs
    that resumed this one, oldest first. Both are in the run's pipeline, so in its
    workspace."""
    resumed_from = run.resumed_from if run.resumed_from_id is not None else None
    resumed_by = PipelineRun.objects.filter(resumed_from=run).order_by("id").values("id", "number")
    return {
        "resumed_from": run.resumed_from_id,
        "resumed_from_number": resumed_from.number if resumed_from is not None else None,
        "resumed_by": list(resumed_by),
    }


def run_origin(run: PipelineRun) -> dict[str, Any]:
    """What started the run: `trigger`, and the published version and schedule it ran
    for (each null when there is none)."""
    published = run.published_version
    schedule = run.schedule
    return {
        "trigger": run.trigger,
        "published_version": (
            {"endpoint": published.endpoint.name, "version": published.version} if published is not None else None
        ),
        "schedule": {"id": schedule.pk, "name": schedule.name} if schedule is not None else None,
    }


def run_detail(run: PipelineRun) -> dict[str, Any]:
    """The run's state plus the graph it froze, for showing a past run as it ran."""
    return {**run_state(run), "graph": run.snapshot.get("graph")}


def run_status(run: PipelineRun) -> dict[str, Any]:
    """The light state a client polls: no graph, no step rows, no logs. Step counts come
    from one GROUP BY, and every status is listed (zero or not) so the shape is fixed."""
    counts = dict.fromkeys(StepStatus.values, 0)
    for row in run.steps.order_by().values("status").annotate(n=Count("id")):
        counts[row["status"]] = row["n"]
    return {
        "id": run.pk,
        "pipeline": run.pipeline_id,
        "number": run.number,
        "status": run.status,
        "error": run.error,
        "steps_total": sum(counts.values()),
        "steps": counts,
        "created_at": _iso(run.created_at),
        "started_at": _iso(run.started_at),
        "finished_at": _iso(run.finished_at),
    }


def run_snapshot(*, run_id: int) -> dict[str, Any]:
    """A full run state numbered so that later deltas can be applied on top of it."""
    epoch, seq = events.current_position(run_id)  # read before the database: see runner/events.py
    run = PipelineRun.objects.select_related(*RUN_RELATED).get(pk=run_id)
    return {"type": "snapshot", "epoch": epoch, "seq": seq, "run": run_state(run)}


def endpoint_list(*, user: User) -> QuerySet[Endpoint]:
    return Endpoint.objects.filter(workspace__in=workspace_list(user=user)).select_related("live", "workspace")


def endpoint_get(*, user: User, name: str) -> Endpoint:
    # What endpoint_list(user).filter(name=name) finds, as one join instead of a
    # subquery (a membership is unique per user and workspace): every score request
    # runs this, and the subquery took a quarter more to build and run.
    if not user.is_authenticated:
        raise NotFound(f"endpoint {name!r} not found")
    endpoint = (
        Endpoint.objects.filter(name=name, workspace__memberships__user=user)
        .select_related("live", "workspace")
        .order_by("workspace_id")
        .first()
    )
    if endpoint is None:
        raise NotFound(f"endpoint {name!r} not found")
    return endpoint


@functools.cache
def _token_endpoint_sql() -> str:
    from rest_framework.authtoken.models import Token

    return (
        f"SELECT e.id, e.workspace_id, e.name, e.model_digest, e.transform_digest, e.task, "
        f"v.id, v.version, v.kind, v.model_digest, v.transform_digest, v.task "
        f"FROM {Token._meta.db_table} t "
        f"JOIN {AuthUser._meta.db_table} u ON u.id = t.user_id "
        f"JOIN {Membership._meta.db_table} m ON m.user_id = u.id "
        f"JOIN {Endpoint._meta.db_table} e ON e.workspace_id = m.workspace_id "
        f"LEFT JOIN {EndpointVersion._meta.db_table} v ON v.id = e.live_id "
        "WHERE t.key = %s AND u.is_active = %s AND e.name = %s "
        "ORDER BY e.workspace_id LIMIT 1"
    )


def endpoint_for_token(*, key: str, name: str) -> Endpoint | None:
    """The model endpoint `name` as DRF's TokenAuthentication and endpoint_get find it for
    API token `key` (the token's user, active, a member of the endpoint's workspace), in
    one query and without building querysets: the score route's lookup, run on every
    request, where the ORM's two queries cost 20 times what the database does. None when
    there is no such endpoint for that token, or when its live version is a pipeline
    (which needs the version's graph: endpoint_get reads it)."""
    with connection.cursor() as cursor:
        cursor.execute(_token_endpoint_sql(), [key, True, name])
        row = cursor.fetchone()
    if row is None:
        return None
    endpoint = Endpoint(
        id=row[0], workspace_id=row[1], name=row[2], model_digest=row[3], transform_digest=row[4], task=row[5]
    )
    if row[6] is None:
        endpoint.live = None
        return endpoint
    if row[8] != EndpointKind.MODEL:
        return None
    endpoint.live = EndpointVersion(
        id=row[6],
        endpoint_id=row[0],
        version=row[7],
        kind=row[8],
        model_digest=row[9],
        transform_digest=row[10],
        task=row[11],
    )
    return endpoint


def pipeline_endpoint_list(*, user: User) -> QuerySet[PipelineEndpoint]:
    """The user's pipeline endpoints, each with `latest_version` (its highest version number)."""
    latest = PublishedPipeline.objects.filter(endpoint=OuterRef("pk")).order_by("-version").values("version")[:1]
    return (
        PipelineEndpoint.objects.filter(workspace__in=workspace_list(user=user))
        .select_related("workspace", "created_by")
        .annotate(latest_version=Subquery(latest))
        .order_by("name", "workspace_id")
    )


def pipeline_endpoint_get(*, user: User, name: str, workspace_id: int | None = None) -> PipelineEndpoint:
    """The user's pipeline endpoint of that name. Names are unique per workspace; a user
    in several workspaces that each have one gets the one in the workspace named, else
    the one where `designer.services.workspace_default` puts new objects (the highest
    role, then the oldest workspace), so a name means the same thing for reads and writes."""
    if not isinstance(user, AuthUser):
        raise NotFound(f"pipeline endpoint {name!r} not found")
    endpoints = pipeline_endpoint_list(user=user).filter(name=name)
    if workspace_id is not None:
        endpoints = endpoints.filter(workspace_id=workspace_id)
    rank = Case(*(When(role=role, then=-value) for role, value in RANK.items()), output_field=IntegerField())
    role = Membership.objects.filter(workspace=OuterRef("workspace"), user=user).annotate(rank=rank).values("rank")
    endpoint = endpoints.annotate(rank=Subquery(role[:1])).order_by("rank", "workspace_id").first()
    if endpoint is None:
        raise NotFound(f"pipeline endpoint {name!r} not found")
    return endpoint


def published_version_list(*, endpoint: PipelineEndpoint) -> QuerySet[PublishedPipeline]:
    return endpoint.versions.select_related("pipeline", "created_by").order_by("-version")


def published_version_get(*, endpoint: PipelineEndpoint, version: int) -> PublishedPipeline:
    published = published_version_list(endpoint=endpoint).filter(version=version).first()
    if published is None:
        raise NotFound(f"pipeline endpoint {endpoint.name!r} has no version {version}")
    return published


def pipeline_endpoint_runs(*, endpoint: PipelineEndpoint) -> QuerySet[PipelineRun]:
    """The endpoint's runs, newest first (whatever started them: a trigger, a schedule)."""
    return PipelineRun.objects.filter(published_version__endpoint=endpoint).select_related(*RUN_RELATED).order_by("-id")


# The canvas lists where a pipeline is published in its header; a pipeline published
# under more endpoints than this shows the first ones by name.
PUBLISHED_AS_LIMIT = 20


def pipeline_published_as(*, pipeline: Pipeline) -> list[dict[str, Any]]:
    """The pipeline endpoints a draft was published under, each with the newest version
    published from it, by endpoint name: one grouped query, at most PUBLISHED_AS_LIMIT rows."""
    rows = (
        PublishedPipeline.objects.filter(pipeline=pipeline)
        .values("endpoint__name")
        .annotate(version=Max("version"))
        .order_by("endpoint__name")[:PUBLISHED_AS_LIMIT]
    )
    return [{"endpoint": row["endpoint__name"], "version": row["version"]} for row in rows]
