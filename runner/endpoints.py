"""Managed endpoints: versions, which one is live, promote and roll back, scoring with
the live version, and the request log with its statistics; and the few writes the
pipeline endpoints page makes (default version, enabling a version).

A deployment never changes what callers get by surprise. Every deploy_model step that
completes adds a version to its endpoint (`version_deploy`), unless a version with the
same model and transform exists already (a re-run of a cached training pipeline adds
nothing); the new version is live only when it is the endpoint's first, or when the
step was told so (`make_live`). Otherwise someone promotes it (`endpoint_promote`).

Every change of the live version is an `EndpointLiveChange`, oldest first. A rollback
undoes the latest promotion: replaying the history as a stack (a deploy or promote
pushes its version, a rollback pops), the live version is the top and the rollback
goes to the one below it. So v1, promote v2, promote v3, rollback, rollback is v1
again, and a rollback is itself undone by promoting again.

The Endpoint row mirrors the live version's model, transform, task and inputs (set in
`_make_live`), so lists and pages read one row; scoring reads the live version itself.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, close_old_connections, connection, transaction
from django.db.models import Max, QuerySet
from django.utils import timezone

from designer.errors import ApplicationError, Conflict, NotFound, Unavailable, UpstreamFailed
from designer.roles import EDITOR, require_role
from runner.artifacts import default_store
from runner.models import (
    Endpoint,
    EndpointKind,
    EndpointLiveChange,
    EndpointRequest,
    EndpointVersion,
    LiveChange,
)
from runner.modules.hooks import CompletedStep

logger = logging.getLogger(__name__)

# --------------------------------------------------------------------------- versions


@dataclass(frozen=True)
class Deployment:
    """What a deploy did, for the deploying step's log."""

    endpoint: Endpoint
    version: EndpointVersion
    created: bool  # False: a version with the same model and transform existed
    live: bool  # whether `version` is live now

    def describe(self) -> str:
        name, number = self.endpoint.name, self.version.version
        if self.created:
            what = f"endpoint {name!r}: deployed as version {number}"
        else:
            what = f"endpoint {name!r}: version {number} has this model and transform already; no version added"
        if self.live:
            return f"{what}; version {number} is live"
        live = self.endpoint.live.version if self.endpoint.live else None
        return (
            f"{what}; version {live} stays live (promote version {number} on /endpoints/{name}/, "
            "or set make_live to make a deploy live)"
        )


def version_deploy(
    *,
    workspace_id: int,
    name: str,
    model_digest: str,
    transform_digest: str,
    task: str,
    feature_columns: list[str],
    step_id: int | None,
    user_id: int | None,
    make_live: bool,
) -> Deployment:
    """Add a model version to the named endpoint (created on the first deploy). No role
    check: this runs in the worker for a step of a run, and starting the run needed
    the editor role."""
    mirror = {
        "model_digest": model_digest,
        "transform_digest": transform_digest,
        "task": task,
        "feature_columns": feature_columns,
        "deployed_by_step_id": step_id,
    }
    with contextlib.suppress(IntegrityError):  # created by a concurrent deploy
        Endpoint.objects.get_or_create(workspace_id=workspace_id, name=name, defaults=mirror)
    with transaction.atomic():
        endpoint = (
            Endpoint.objects.select_for_update(of=("self",))
            .select_related("live")
            .get(workspace_id=workspace_id, name=name)
        )
        same = endpoint.versions.filter(
            kind=EndpointKind.MODEL, model_digest=model_digest, transform_digest=transform_digest
        ).first()
        created = same is None
        if same is None:
            number = (endpoint.versions.aggregate(n=Max("version"))["n"] or 0) + 1
            same = EndpointVersion.objects.create(
                endpoint=endpoint,
                version=number,
                kind=EndpointKind.MODEL,
                model_digest=model_digest,
                transform_digest=transform_digest,
                task=task,
                feature_columns=feature_columns,
                deployed_by_step_id=step_id,
                created_by_id=user_id,
            )
        if endpoint.live_id is None or (make_live and endpoint.live_id != same.pk):
            version_make_live(endpoint, same, action=LiveChange.DEPLOY, user_id=user_id)
    return Deployment(endpoint=endpoint, version=same, created=created, live=endpoint.live_id == same.pk)


def register_deployment(step: CompletedStep) -> str:
    """deploy_model's completion hook (in the worker): add the model (and transform) the
    step received as a version of the named endpoint; the line returned goes into the
    step's log."""
    import json

    model = step.input_digests["model"]
    meta = json.loads((default_store().path(model) / "meta.json").read_text())
    deployment = version_deploy(
        workspace_id=step.workspace_id,
        name=str(step.params["endpoint_name"]).strip(),
        model_digest=model,
        transform_digest=step.input_digests.get("transform", ""),
        task=meta.get("task", ""),
        feature_columns=meta.get("feature_columns", []),
        step_id=step.step_id,
        user_id=step.user_id,
        # A node of deploy_model 1.0.0 has no make_live: its deploys are not made live.
        make_live=bool(step.params.get("make_live", False)),
    )
    return deployment.describe()


def version_make_live(endpoint: Endpoint, version: EndpointVersion, *, action: str, user_id: int | None) -> None:
    """Make `version` what callers get and record the change (the history a rollback
    replays). Inside the caller's transaction, with the endpoint row locked."""
    endpoint.live = version
    endpoint.model_digest = version.model_digest
    endpoint.transform_digest = version.transform_digest
    endpoint.task = version.task
    endpoint.feature_columns = version.feature_columns
    endpoint.deployed_by_step_id = version.deployed_by_step_id
    endpoint.save()
    EndpointLiveChange.objects.create(endpoint=endpoint, version=version, action=action, changed_by_id=user_id)


def live_history(endpoint: Endpoint) -> list[EndpointLiveChange]:
    return list(endpoint.live_changes.select_related("version", "changed_by"))


def _live_stack(changes: list[EndpointLiveChange]) -> list[int]:
    """The version ids a rollback walks back through, the live one last (see the module
    docstring)."""
    stack: list[int] = []
    for change in changes:
        if change.action == LiveChange.ROLLBACK:
            # What the rollback went back to is the new top; everything above it goes.
            while stack and stack[-1] != change.version_id:
                stack.pop()
            if not stack:
                stack.append(change.version_id)
        else:
            stack.append(change.version_id)
    return stack


def endpoint_promote(*, endpoint: Endpoint, user: User, version: int) -> Endpoint:
    """Make a version live: callers get its answers from their next request."""
    require_role(user=user, workspace=endpoint.workspace, role=EDITOR, action="promote endpoint versions")
    with transaction.atomic():
        locked = Endpoint.objects.select_for_update(of=("self",)).select_related("live").get(pk=endpoint.pk)
        target = locked.versions.filter(version=version).first()
        if target is None:
            raise NotFound(f"endpoint {locked.name!r} has no version {version}")
        if locked.live_id == target.pk:
            raise Conflict(f"version {version} of endpoint {locked.name!r} is live already")
        version_make_live(locked, target, action=LiveChange.PROMOTE, user_id=user.pk)
    return locked


def endpoint_rollback(*, endpoint: Endpoint, user: User) -> Endpoint:
    """Make the version that was live before the latest promotion live again."""
    require_role(user=user, workspace=endpoint.workspace, role=EDITOR, action="roll back endpoints")
    with transaction.atomic():
        locked = Endpoint.objects.select_for_update(of=("self",)).select_related("live").get(pk=endpoint.pk)
        stack = _live_stack(live_history(locked))
        if len(stack) < 2:
            raise Conflict(f"endpoint {locked.name!r} has no earlier live version to roll back to")
        version_make_live(
            locked, EndpointVersion.objects.get(pk=stack[-2]), action=LiveChange.ROLLBACK, user_id=user.pk
        )
    return locked


def endpoint_versions(endpoint: Endpoint) -> QuerySet[EndpointVersion]:
    return endpoint.versions.select_related("created_by", "deployed_by_step__run").order_by("-version")


def version_row(version: EndpointVersion, live_id: int | None) -> dict[str, Any]:
    step = version.deployed_by_step
    return {
        "version": version.version,
        "kind": version.kind,
        "live": version.pk == live_id,
        "task": version.task,
        "feature_columns": version.feature_columns,
        "model_digest": version.model_digest,
        "transform_digest": version.transform_digest,
        "run": step.run_id if step else None,
        "created_by": version.created_by.get_username() if version.created_by else None,
        "created_at": version.created_at,
    }


def endpoint_detail(endpoint: Endpoint) -> dict[str, Any]:
    """The endpoint with its versions, live-version history and request statistics."""
    history = live_history(endpoint)
    stack = _live_stack(history)
    by_id = {v.pk: v for v in endpoint_versions(endpoint)}
    rollback = by_id.get(stack[-2]) if len(stack) >= 2 else None
    return {
        "name": endpoint.name,
        "live_version": endpoint.live.version if endpoint.live else None,
        "rollback_to": rollback.version if rollback else None,
        "task": endpoint.task,
        "feature_columns": endpoint.feature_columns,
        "score_url": f"/api/endpoints/{endpoint.name}/score/",
        "versions": [version_row(v, endpoint.live_id) for v in by_id.values()],
        "stats": endpoint_stats(endpoint),
        "history": [
            {
                "version": change.version.version,
                "action": change.action,
                "changed_by": change.changed_by.get_username() if change.changed_by else None,
                "changed_at": change.changed_at,
            }
            for change in history
        ],
        "updated_at": endpoint.updated_at,
    }


# --------------------------------------------------------------------------- scoring


def _score_model_version(endpoint: Endpoint, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from runner.scoring import score_rows

    # The live version is what callers get; an endpoint made before versions existed
    # (or by hand, in tests) has only the row's own fields.
    source: Endpoint | EndpointVersion = endpoint.live or endpoint
    store = default_store()
    return score_rows(
        endpoint_id=endpoint.pk,
        model_dir=store.path(source.model_digest),
        transform_dir=store.path(source.transform_digest) if source.transform_digest else None,
        rows=rows,
    )


# A version's kind -> how its rows are scored. Each kind keeps its own scorer processes,
# replaced when the live version's artifacts change (runner/scoring.py).
def _score_pipeline_version(endpoint: Endpoint, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A real-time inference pipeline: its scorer runs the frozen graph on the rows
    (runner/inference_scorer.py), confined like the model scorer."""
    from runner.scoring import score_rows, scorer_program

    assert endpoint.live is not None
    store = default_store()
    return score_rows(
        endpoint_id=endpoint.pk,
        model_dir=store.path(endpoint.live.model_digest),
        transform_dir=None,
        rows=rows,
        program=scorer_program(endpoint),
    )


SCORERS: dict[str, Callable[[Endpoint, list[dict[str, Any]]], list[dict[str, Any]]]] = {
    EndpointKind.MODEL: _score_model_version,
    EndpointKind.PIPELINE: _score_pipeline_version,
}


def endpoint_score(*, endpoint: Endpoint, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows scored by the endpoint's live version (ScoringError, ScorerUnavailable as
    runner.scoring raises them). Any member may score: it stores nothing but the log."""
    kind = endpoint.live.kind if endpoint.live else EndpointKind.MODEL
    return SCORERS[kind](endpoint, rows)


def endpoint_answer(*, endpoint: Endpoint, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """endpoint_score for a score request: what goes wrong is an ApplicationError whose
    status says whose fault it is (400 the rows, 502 a broken scorer, 503 a slow one)."""
    from runner.scoring import ScorerUnavailable, ScoringError

    try:
        return endpoint_score(endpoint=endpoint, rows=rows)
    except ScoringError as exc:
        raise ApplicationError(f"could not score the rows: {exc}", extra={"endpoint": endpoint.name}) from None
    except ScorerUnavailable as exc:
        unavailable = UpstreamFailed if exc.status == 502 else Unavailable
        message = f"endpoint {endpoint.name!r} cannot score now: {exc}"
        raise unavailable(message, extra={"endpoint": endpoint.name}) from None


# --------------------------------------------------------------------------- request log

# Rows kept per endpoint; older ones are deleted as new ones are written.
REQUEST_LOG_KEEP = 10_000
# The statistics cover the last hour, at most this many of its newest requests.
STATS_WINDOW = timedelta(hours=1)
STATS_MAX_REQUESTS = 1000
# A request waits in memory at most about this long before it is written.
FLUSH_SECONDS = 0.5
FLUSH_ROWS = 500


class _RequestLog:
    """Requests wait in a small buffer and a thread writes them in one INSERT every
    FLUSH_SECONDS, so scoring never waits for the database: appending costs
    microseconds where an INSERT and its commit cost a connection and a round trip
    (bench/endpoints.py measured both). A web process that dies loses at most the
    last half second of its log; the answers were sent already.

    `created_at` is the time the row is written, at most FLUSH_SECONDS after the answer."""

    def __init__(self) -> None:
        self.pending: list[EndpointRequest] = []
        self.lock = threading.Lock()
        self.write_lock = threading.Lock()  # one writer at a time, so flush() waits for the thread's
        self.wake = threading.Event()
        self.thread: threading.Thread | None = None
        self.since_prune: dict[int, int] = {}

    def add(self, entry: EndpointRequest) -> None:
        with self.lock:
            self.pending.append(entry)
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="endpoint-request-log", daemon=True)
                self.thread.start()
            if len(self.pending) >= FLUSH_ROWS:
                self.wake.set()

    def flush(self) -> None:
        """Write what waits, in the calling thread (a page or the API about to read)."""
        with self.write_lock:
            with self.lock:
                batch, self.pending = self.pending, []
            if batch:
                self._write(batch)

    def _run(self) -> None:
        while True:
            self.wake.wait(FLUSH_SECONDS)
            self.wake.clear()
            try:
                self.flush()
            except Exception:  # the log must never take scoring down
                logger.exception("could not write the endpoint request log")
            finally:
                # This thread's own connection, closed as a request's is (CONN_MAX_AGE 0).
                close_old_connections()
                connection.close()

    def _write(self, batch: list[EndpointRequest]) -> None:
        EndpointRequest.objects.bulk_create(batch)
        for entry in batch:
            self.since_prune[entry.endpoint_id] = self.since_prune.get(entry.endpoint_id, 0) + 1
        for endpoint_id, count in list(self.since_prune.items()):
            if count >= REQUEST_LOG_KEEP // 10:
                del self.since_prune[endpoint_id]
                _prune(endpoint_id)


def _prune(endpoint_id: int) -> None:
    oldest_kept = (
        EndpointRequest.objects.filter(endpoint_id=endpoint_id)
        .order_by("-id")
        .values_list("id", flat=True)[REQUEST_LOG_KEEP - 1 : REQUEST_LOG_KEEP]
    )
    cutoff = next(iter(oldest_kept), None)
    if cutoff is not None:
        EndpointRequest.objects.filter(endpoint_id=endpoint_id, id__lt=cutoff).delete()


_log = _RequestLog()


@dataclass
class Recording:
    """What the score view fills in while it answers (`recording`)."""

    rows: int = 0
    started: float = field(default_factory=time.perf_counter)


@contextmanager
def recording(endpoint: Endpoint) -> Iterator[Recording]:
    """Log the request answered inside: its status (the status_code of the exception
    that left, if one did: an ApplicationError or a DRF error), duration and rows."""
    record = Recording()
    status, error = 200, ""
    try:
        yield record
    except Exception as exc:
        status = int(getattr(exc, "status_code", 500))
        error = str(getattr(exc, "message", None) or getattr(exc, "detail", None) or exc)
        raise
    finally:
        _log.add(
            EndpointRequest(
                endpoint_id=endpoint.pk,
                version=endpoint.live.version if endpoint.live else None,
                status_code=status,
                duration_ms=(time.perf_counter() - record.started) * 1000,
                rows=record.rows,
                error=error[:500],
            )
        )


def flush_request_log() -> None:
    _log.flush()


def endpoint_requests(endpoint: Endpoint) -> QuerySet[EndpointRequest]:
    """The endpoint's request log, newest first (this process's waiting entries written)."""
    _log.flush()
    return endpoint.requests.order_by("-id")


def _percentile(ordered: list[float], fraction: float) -> float | None:
    """Nearest rank: the smallest value with at least `fraction` of the values at or below it."""
    if not ordered:
        return None
    rank = max(1, -(-len(ordered) * fraction // 1))
    return ordered[int(rank) - 1]


def endpoint_stats(endpoint: Endpoint) -> dict[str, Any]:
    """Requests of the last hour (at most the newest STATS_MAX_REQUESTS): how many, how
    many failed (4xx and 5xx; `server_error_count` the 5xx alone), p50 and p95 latency in ms."""
    _log.flush()
    since = timezone.now() - STATS_WINDOW
    recent = list(
        endpoint.requests.filter(created_at__gte=since)
        .order_by("-id")
        .values_list("status_code", "duration_ms")[:STATS_MAX_REQUESTS]
    )
    durations = sorted(d for _, d in recent)
    p50, p95 = _percentile(durations, 0.5), _percentile(durations, 0.95)
    return {
        "window_seconds": int(STATS_WINDOW.total_seconds()),
        "requests": len(recent),
        "error_count": sum(1 for code, _ in recent if code >= 400),
        "server_error_count": sum(1 for code, _ in recent if code >= 500),
        "p50_ms": round(p50, 2) if p50 is not None else None,
        "p95_ms": round(p95, 2) if p95 is not None else None,
    }
