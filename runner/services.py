"""The run engine: submit, advance, execute, finish, cancel, and reap.

Every state change happens in a transaction and its event is sent on commit. The
scheduler is event-driven: `run_advance` is called after submit and after every step
finishes; it is idempotent and serialized per run by a row lock (on SQLite, by the
IMMEDIATE transaction's write lock).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import socket
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

from celery import current_app
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection, transaction
from django.db.models import F, Field, Max, Q, QuerySet, Value
from django.db.models.functions import Concat
from django.utils import timezone

from designer import compute
from designer.errors import ApplicationError
from designer.graph import CompileError, ExecutionPlan, PlannedStep, compile_plan, validate_graph
from designer.models import Pipeline
from designer.registry import custom_module_source, is_custom_entrypoint
from designer.roles import EDITOR, require_role
from designer.selectors import catalog_for_workspace
from runner import datasets, events
from runner.artifacts import UnsafeArtifact, default_store
from runner.environments import EnvironmentBuildError, ensure_python_environment, requirements_of
from runner.executors import ExecutionResult, Executor, Limits, StepSpec, get_executor
from runner.fingerprint import CacheComponents, cache_key, explain_rerun, reuse_blocked_reason
from runner.models import (
    RUN_FINISHED,
    STEP_FINISHED,
    STEP_SUCCEEDED,
    PipelineRun,
    RunStatus,
    StepRun,
    StepStatus,
)
from runner.modules import BUILTIN_MODULES
from runner.modules.hooks import CompletedStep, load_hook
from runner.selectors import step_state
from runner.step_contract import IMAGES_DIR, OUTPUTS_DIR, PICKLED_PORT_TYPES

logger = logging.getLogger(__name__)
_Built = TypeVar("_Built")

# How often a running step writes its heartbeat / checks for cancel / flushes logs.
CANCEL_POLL_SECONDS = 0.25
LOG_EVENT_INTERVAL = 0.05  # at most ~20 log messages a second per step
LOG_DB_INTERVAL = 1.0


class ExecutorUnavailable(Exception):
    """The step's compute target needs an executor this worker cannot provide."""


# --------------------------------------------------------------------------- events


def _emit_step(step: StepRun, pipeline_id: int | None = None) -> None:
    events.send_on_commit(step.run_id, pipeline_id, {"type": "step.status", **step_state(step)})


def _emit_run(run: PipelineRun) -> None:
    events.send_on_commit(
        run.pk,
        run.pipeline_id,
        {
            "type": "run.status",
            "status": run.status,
            "error": run.error,
            "pipeline_id": run.pipeline_id,
            "number": run.number,
            "started_at": run.started_at.isoformat() if run.started_at else None,
            "finished_at": run.finished_at.isoformat() if run.finished_at else None,
        },
    )


# The engine sends its tasks by name: runner.tasks, the Celery adapter, imports the
# engine, never the other way round.
STEP_EXECUTE_TASK = "runner.tasks.step_execute"
RUN_ADVANCE_TASK = "runner.tasks.run_advance"


def _enqueue_step(step: StepRun) -> None:
    step_id, queue = step.pk, step.queue or settings.CELERY_TASK_DEFAULT_QUEUE
    transaction.on_commit(lambda: current_app.send_task(STEP_EXECUTE_TASK, (step_id,), queue=queue))


def _enqueue_advance(run_id: int) -> None:
    transaction.on_commit(lambda: current_app.send_task(RUN_ADVANCE_TASK, (run_id,)))


# --------------------------------------------------------------------------- submit


def run_submit(
    *,
    pipeline: Pipeline,
    user: User,
    parameters: dict[str, Any] | None = None,
    force_rerun: bool = False,
    experiment: str = "",
    continue_on_failure: bool = False,
) -> PipelineRun:
    """Validate, freeze a snapshot, create the run and its steps, then advance on commit."""
    require_role(user=user, workspace=pipeline.workspace, role=EDITOR, action="start runs")
    catalog = catalog_for_workspace(workspace=pipeline.workspace)
    targets = compute.targets_for_workspace(workspace=pipeline.workspace)
    result = validate_graph(pipeline.graph, catalog, compute_targets=targets.keys())
    if result.errors or result.document is None:
        raise ApplicationError(
            "the pipeline has problems; fix them before running it",
            extra={"errors": [p.to_dict() for p in result.problems]},
        )
    try:
        plan = compile_plan(result.document, catalog, parameters or {})
    except CompileError as exc:
        raise ApplicationError(
            "the run parameters are not valid",
            extra={"errors": [p.to_dict() for p in exc.problems]},
        ) from None

    imports = datasets.resolve_imports(plan=plan, workspace=pipeline.workspace)
    # Only the targets the steps use are frozen: the run must not depend on later edits.
    used = {step.compute or compute.DEFAULT_TARGET for step in plan.steps}
    snapshot = {
        "graph": result.document.to_dict(),
        "plan": plan.to_dict(),
        "imports": imports,
        "targets": {name: targets[name] for name in sorted(used)},
    }
    return _run_create(
        pipeline=pipeline,
        user=user,
        snapshot=snapshot,
        parameters=plan.parameters,
        force_rerun=force_rerun,
        experiment=experiment,
        continue_on_failure=continue_on_failure,
    )


def run_resume(*, run: PipelineRun, user: User) -> PipelineRun:
    """Submit a failed or canceled run again, exactly as it was frozen: the steps that
    finished there are reused (even non-deterministic ones), only the rest runs."""
    require_role(user=user, workspace=run.workspace, role=EDITOR, action="resume runs")
    if run.status not in (RunStatus.FAILED, RunStatus.CANCELED):
        raise ApplicationError(f"only a failed or canceled run can be resumed; run #{run.number} is {run.status}")
    return _run_create(
        pipeline=run.pipeline,
        user=user,
        snapshot=PipelineRun.objects.values_list("snapshot", flat=True).get(pk=run.pk),
        parameters=run.parameters,
        force_rerun=False,
        experiment=run.experiment,
        continue_on_failure=run.continue_on_failure,
        resumed_from=run,
        revision=run.pipeline_revision,
    )


def _run_create(
    *,
    pipeline: Pipeline,
    user: User | None,
    snapshot: dict[str, Any],
    parameters: dict[str, Any],
    force_rerun: bool,
    experiment: str,
    continue_on_failure: bool,
    resumed_from: PipelineRun | None = None,
    revision: int | None = None,
) -> PipelineRun:
    plan = ExecutionPlan.from_dict(snapshot["plan"])
    targets = snapshot.get("targets", {})
    with transaction.atomic():
        # Lock the pipeline so concurrent submits get distinct run numbers.
        locked = Pipeline.objects.select_for_update().get(pk=pipeline.pk)
        number = (locked.runs.aggregate(n=Max("number"))["n"] or 0) + 1
        run = PipelineRun.objects.create(
            workspace=locked.workspace,
            pipeline=locked,
            number=number,
            experiment=experiment,
            parameters=parameters,
            force_rerun=force_rerun,
            continue_on_failure=continue_on_failure,
            resumed_from=resumed_from,
            snapshot=snapshot,
            pipeline_revision=revision or locked.revision,
            created_by=user,
        )
        steps = []
        for step in plan.steps:
            target = _target(targets, step)
            steps.append(
                StepRun(
                    run=run,
                    node_id=step.node_id,
                    module=step.module,
                    version=step.version,
                    compute=target["name"],
                    queue=target["queue"],
                )
            )
        StepRun.objects.bulk_create(steps)
        _emit_run(run)
        _enqueue_advance(run.pk)
    return run


def _target(targets: dict[str, dict[str, Any]], planned: PlannedStep) -> dict[str, Any]:
    """The frozen compute target of a step (runs from before targets: the default)."""
    return targets.get(planned.compute or compute.DEFAULT_TARGET) or compute.default_target()


# --------------------------------------------------------------------------- advance


# A run's plan is frozen at submit, so each process parses it once, not once per step.
_PLAN_CACHE_SIZE = 64
_plans: OrderedDict[int, _Frozen] = OrderedDict()
_plans_lock = threading.Lock()

# Step fields the scheduler never reads and that can be large.
_STEP_BULKY_FIELDS = ("log", "traceback", "cache_components")


@dataclass(frozen=True)
class _Frozen:
    """What a run froze at submit: its plan and the dataset versions it imports."""

    plan: ExecutionPlan
    imports: dict[str, dict[str, Any]]
    targets: dict[str, dict[str, Any]]

    def input_digests(self, planned: PlannedStep, steps: dict[str, StepRun]) -> dict[str, str]:
        wired = {port: steps[src["node_id"]].outputs[src["port"]] for port, src in planned.inputs.items()}
        return {**wired, **datasets.import_inputs(self.imports, planned.node_id)}


def _frozen(run_id: int) -> _Frozen:
    with _plans_lock:
        frozen = _plans.get(run_id)
        if frozen is not None:
            _plans.move_to_end(run_id)
            return frozen
    snapshot = PipelineRun.objects.filter(pk=run_id).values_list("snapshot", flat=True).get()
    frozen = _Frozen(
        plan=ExecutionPlan.from_dict(snapshot["plan"]),
        imports=snapshot.get("imports", {}),
        targets=snapshot.get("targets", {}),
    )
    with _plans_lock:
        _plans[run_id] = frozen
        while len(_plans) > _PLAN_CACHE_SIZE:
            _plans.popitem(last=False)
    return frozen


def _step_requirements(planned: PlannedStep, target: dict[str, Any]) -> list[str]:
    """The pip requirements a step runs with: its module's, a script's own (they are a
    parameter, so already in the cache key), then its compute target's."""
    builtin = BUILTIN_MODULES.get(planned.module)
    param = builtin.requirements_param if builtin is not None else None
    own = {"requirements": planned.params.get(param) or ""} if param else {}
    return requirements_of(planned.environment) + requirements_of(own) + list(target.get("requirements") or [])


def _environment_digest(planned: PlannedStep, target: dict[str, Any]) -> str:
    """The module's environment digest; a target's extra requirements or step image
    change what the step runs with, so they count too (the target itself stays out of
    the key: the same step on another worker of the same environment is the same)."""
    extra: dict[str, Any] = {}
    if target.get("requirements"):
        extra["requirements"] = sorted(target["requirements"])
    if target.get("executor") == "docker":
        extra["image"] = target.get("image") or settings.STEP_IMAGE
    if not extra:
        return planned.environment_digest
    canonical = json.dumps({"module": planned.environment_digest, **extra}, sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _components(planned: PlannedStep, inputs: dict[str, str], target: dict[str, Any]) -> CacheComponents:
    return CacheComponents(
        module=planned.module,
        version=planned.version,
        code_digest=planned.code_digest,
        environment_digest=_environment_digest(planned, target),
        params=planned.params,
        inputs=inputs,
        outputs=tuple(sorted(planned.outputs)),
    )


class _ReuseIndex:
    """Finds a completed step to reuse for a cache key, within the run's workspace.

    A pass that looks up many keys (a re-run of an unchanged pipeline) mostly hits the
    same nodes of the pipeline's recent runs, so after a few lookups those are loaded
    in one query; a pass with one or two lookups (the usual step-by-step advance) makes
    one indexed query each. Either way a hit counts only if its outputs still exist.
    """

    RECENT_RUNS = 20
    BULK_AFTER_LOOKUPS = 3

    def __init__(self, run: PipelineRun) -> None:
        self.run = run
        self.store = default_store()
        self.recent: dict[str, StepRun] | None = None
        self.lookups = 0

    def _base(self) -> QuerySet[StepRun]:
        return (
            StepRun.objects.filter(status=StepStatus.COMPLETED)
            .exclude(run_id=self.run.pk)
            .select_related("run")
            .only("id", "run_id", "cache_key", "outputs", "metrics", "run__number")
        )

    def _load_recent(self) -> dict[str, StepRun]:
        run_ids = list(
            PipelineRun.objects.filter(pipeline_id=self.run.pipeline_id)
            .exclude(pk=self.run.pk)
            .order_by("-id")
            .values_list("id", flat=True)[: self.RECENT_RUNS]
        )
        recent: dict[str, StepRun] = {}
        for step in self._base().filter(run_id__in=run_ids).order_by("id"):
            recent[step.cache_key] = step  # newest wins
        return recent

    def _usable(self, step: StepRun, outputs: list[str]) -> bool:
        return all(port in step.outputs and self.store.intact(step.outputs[port]) for port in outputs)

    def find(self, key: str, outputs: list[str]) -> StepRun | None:
        self.lookups += 1
        if self.recent is None and self.lookups > self.BULK_AFTER_LOOKUPS:
            self.recent = self._load_recent()
        step = self.recent.get(key) if self.recent is not None else None
        if step is not None and self._usable(step, outputs):
            return step
        candidates = self._base().filter(cache_key=key, run__workspace_id=self.run.workspace_id).order_by("-id")[:5]
        return next((c for c in candidates if self._usable(c, outputs)), None)

    def resumed(self, node_id: str, key: str, outputs: list[str]) -> StepRun | None:
        """The same step of the run this one resumes, if it finished there with the same
        key: resuming reuses it even where the cache would not (non-deterministic)."""
        if self.run.resumed_from_id is None:
            return None
        step = (
            StepRun.objects.filter(
                run_id=self.run.resumed_from_id, node_id=node_id, cache_key=key, status__in=STEP_SUCCEEDED
            )
            .select_related("run")
            .only("id", "run_id", "cache_key", "outputs", "metrics", "run__number")
            .first()
        )
        return step if step is not None and self._usable(step, outputs) else None


def _previous_components(run: PipelineRun, node_id: str) -> CacheComponents | None:
    previous = (
        StepRun.objects.filter(run__pipeline_id=run.pipeline_id, node_id=node_id, cache_components__isnull=False)
        .exclude(run=run)
        .order_by("-id")
        .values_list("cache_components", flat=True)
        .first()
    )
    return CacheComponents.from_dict(previous) if previous else None


def _finish_run_if_done(run: PipelineRun, steps: dict[str, StepRun] | None) -> None:
    """Give the run its final status once all its steps have finished; `steps` holds
    them all, or is None to read their statuses from the database."""
    if steps is None:
        statuses = set(run.steps.values_list("status", flat=True).distinct())
    else:
        statuses = {s.status for s in steps.values()}
    if not statuses <= STEP_FINISHED:
        return
    if StepStatus.FAILED in statuses:
        run.status = RunStatus.FAILED
    elif StepStatus.CANCELED in statuses:
        run.status = RunStatus.CANCELED
    else:
        run.status = RunStatus.COMPLETED
    run.finished_at = timezone.now()
    run.started_at = run.started_at or run.finished_at


def _save_steps(steps: list[StepRun], fields: tuple[str, ...]) -> None:
    """Write these fields of many steps with one executemany UPDATE. (Django's
    bulk_update builds a CASE expression per field and row, which cost more than all
    the rest of a fully cached 100-step run.)"""
    model_fields = [StepRun._meta.get_field(name) for name in fields]
    concrete = [field for field in model_fields if isinstance(field, Field)]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(str(field.column))} = %s" for field in concrete)
    rows = [
        [field.get_db_prep_save(getattr(step, field.attname), connection) for field in concrete] + [step.pk]
        for step in steps
    ]
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {quote(StepRun._meta.db_table)} SET {assignments} WHERE id = %s", rows)


@transaction.atomic
def run_advance(
    *, run_id: int, after: str | None = None, continue_on: str | None = None, worker: str = ""
) -> StepRun | None:
    """Start every step whose upstream steps have all succeeded: reuse or enqueue it.

    One pass in topological order is enough: a reused step's outputs are known at
    once, so a whole chain of unchanged steps is reused in a single call. `after`
    names a node whose step has just completed: then only its downstream steps can
    have become ready, and only they (and their upstream steps) are read.

    Called by a worker that just finished a step of the run, with `continue_on` the
    queue it took that step from: one ready step of that queue is not sent through
    the broker but claimed for this worker on the spot and returned, for the worker
    to run next. A chain then runs on one worker process without a broker round trip
    per step; its other ready steps still go to the queue for the other workers.
    """
    run = PipelineRun.objects.select_for_update().defer("snapshot").filter(pk=run_id).first()
    if run is None or run.status in RUN_FINISHED:
        return None
    continuation: StepRun | None = None
    frozen = _frozen(run.pk)
    plan = frozen.plan
    considered = plan.node_ids() if after is None else plan.downstream(after)
    step_rows = run.steps.defer(*_STEP_BULKY_FIELDS)
    if after is not None:
        wanted = set(considered).union(*(plan.upstream(node_id) for node_id in considered))
        step_rows = step_rows.filter(node_id__in=wanted)
    steps = {s.node_id: s for s in step_rows}
    now = timezone.now()
    reuse = _ReuseIndex(run)
    # Changes are written in one UPDATE per kind at the end of the pass, not per step.
    updates: dict[tuple[str, ...], list[StepRun]] = {}
    for node_id in considered:
        planned = plan.step(node_id)
        step = steps[node_id]
        if step.status != StepStatus.PENDING:
            continue
        upstream = [steps[node_id] for node_id in plan.upstream(planned.node_id)]
        if any(u.status not in STEP_SUCCEEDED and u.status in STEP_FINISHED for u in upstream):
            step.status = StepStatus.SKIPPED
            step.reasons = ["an upstream step did not complete"]
            step.finished_at = now
            updates.setdefault(("status", "reasons", "finished_at"), []).append(step)
            _emit_step(step)
            continue
        if not all(u.status in STEP_SUCCEEDED for u in upstream):
            continue

        components = _components(planned, frozen.input_digests(planned, steps), _target(frozen.targets, planned))
        step.cache_components = components.to_dict()
        step.cache_key = cache_key(components)
        blocked = reuse_blocked_reason(
            deterministic=planned.deterministic, reuse=planned.reuse, force_rerun=run.force_rerun
        )
        hit = reuse.resumed(planned.node_id, step.cache_key, list(planned.outputs))
        resumed = hit is not None
        if hit is None and not blocked:
            hit = reuse.find(step.cache_key, list(planned.outputs))
        fields: tuple[str, ...] = ("status", "cache_key", "cache_components", "reasons")
        if hit is not None:
            step.status = StepStatus.REUSED
            step.outputs = hit.outputs
            step.metrics = hit.metrics
            step.reused_from = hit
            step.reasons = [
                f"resumed run #{hit.run.number}, where this step had finished"
                if resumed
                else f"reused the result of run #{hit.run.number}: module, code, parameters and inputs unchanged"
            ]
            step.started_at = step.finished_at = now
            fields += ("outputs", "metrics", "reused_from", "started_at", "finished_at")
        else:
            step.status = StepStatus.QUEUED
            step.queued_at = now
            if blocked:
                step.reasons = [blocked]
            else:
                step.reasons = explain_rerun(_previous_components(run, planned.node_id), components) or [
                    "no completed result with the same inputs to reuse"
                ]
            fields += ("queued_at",)
            if continuation is None and continue_on is not None and step.queue == continue_on:
                continuation = step
                # Its own timestamp (the run's clients see it start when this commits);
                # it never waits in a queue, so it is queued and started at once.
                step.queued_at = timezone.now()
                _mark_claimed(step, worker, step.queued_at)
                fields += ("started_at", "heartbeat_at", "attempts", "worker")
            else:
                _enqueue_step(step)
        updates.setdefault(fields, []).append(step)
        _emit_step(step)
    for fields, changed in updates.items():
        _save_steps(changed, fields)
    settled_here = (StepStatus.REUSED, StepStatus.SKIPPED)
    if after is not None and any(step.status in settled_here for changed in updates.values() for step in changed):
        # A step reused or skipped here settles its own downstream steps too: one full
        # pass over what is saved by now reaches them, and finishes the run if done.
        later = run_advance(run_id=run_id, continue_on=None if continuation else continue_on, worker=worker)
        return continuation or later

    status_before = run.status
    if run.status == RunStatus.QUEUED:
        run.status = RunStatus.RUNNING
        run.started_at = now
    _finish_run_if_done(run, steps if after is None else None)
    if run.status != status_before:
        run.save(update_fields=["status", "started_at", "finished_at"])
        _emit_run(run)
    return continuation


# --------------------------------------------------------------------------- execute


def _mark_claimed(step: StepRun, worker: str, now: Any) -> None:
    """The fields of a step this worker starts running now (saved by the caller)."""
    step.status = StepStatus.RUNNING
    step.started_at = step.heartbeat_at = now
    step.attempts += 1
    step.worker = worker or f"{socket.gethostname()}:{threading.get_native_id()}"
    step.error = step.traceback = ""


def _claim(step_id: int, worker: str = "") -> StepRun | None:
    """Move a queued step to running; None if someone else has it or it was canceled.

    The step is read first and the claim is one conditional UPDATE, so the running
    event leaves the moment the state changes (status latency is measured from it).
    """
    step = StepRun.objects.select_related("run").defer("run__snapshot", "log").filter(pk=step_id).first()
    if step is None or step.status != StepStatus.QUEUED:
        return None
    _mark_claimed(step, worker, timezone.now())
    claimed = StepRun.objects.filter(pk=step_id, status=StepStatus.QUEUED).update(
        status=step.status,
        started_at=step.started_at,
        heartbeat_at=step.heartbeat_at,
        attempts=F("attempts") + 1,
        worker=step.worker,
        error="",
        traceback="",
    )
    if not claimed:
        return None
    _emit_step(step)  # autocommit: sent at once
    return step


def _step_spec(
    step: StepRun,
    planned: PlannedStep,
    input_digests: dict[str, str],
    imports: dict[str, dict[str, Any]],
    environment_path: str | None,
) -> StepSpec:
    store = default_store()
    files = datasets.import_files(imports, planned.node_id)
    inputs = {port: files.get(port) or str(store.path(digest)) for port, digest in input_digests.items()}
    # Wired inputs arrive typed by the plan; import_data's hidden input is a stored
    # DataFrame or a file it reads itself.
    input_types = {
        port: planned.input_types.get(port, "AnyFile" if port in files else "DataFrame") for port in input_digests
    }
    return StepSpec(
        step_id=str(step.pk),
        module=planned.module,
        version=planned.version,
        entrypoint=planned.entrypoint,
        source=(
            custom_module_source(
                workspace_id=step.run.workspace_id,
                slug=planned.module,
                version=planned.version,
                code_digest=planned.code_digest,
            )
            if is_custom_entrypoint(planned.entrypoint)
            else None
        ),
        params=planned.params,
        inputs=inputs,
        input_types=input_types,
        outputs=planned.outputs,
        environment_path=environment_path,
    )


def _limits(target: dict[str, Any], planned: PlannedStep) -> Limits:
    """The compute target's limits where it sets them, else the server's; a node's own
    time limit comes before both."""
    memory_mb = target.get("memory_mb") or settings.STEP_MEMORY_MB
    return Limits(
        timeout_seconds=planned.timeout_seconds or target.get("timeout_seconds") or settings.STEP_TIMEOUT_SECONDS,
        memory_bytes=int(memory_mb) * 1024 * 1024,
        max_processes=target.get("max_processes") or settings.STEP_MAX_PROCESSES,
        network=bool(target.get("network")),
        cpus=target.get("cpus"),
    )


def _prepare(target: dict[str, Any], requirements: list[str], watcher: _StepWatcher) -> tuple[Executor, str | None]:
    """The executor for a step on this target, and the Python environment the local
    executor adds to the step's path. Docker targets get an image with the requirements
    installed instead; both are built once and reused."""
    if target["executor"] == "local":
        if not requirements:
            return get_executor("local"), None
        environment = _building(watcher, lambda: ensure_python_environment(requirements))
        return get_executor("local"), environment.path
    if target["executor"] == "docker":
        from runner.executors.docker_environments import environment_image

        image = target.get("image") or settings.STEP_IMAGE
        if requirements:
            base = image
            image = _building(watcher, lambda: environment_image(base, requirements))
        return get_executor("docker", image=image, network=bool(target.get("network"))), None
    raise ExecutorUnavailable(f"compute target {target['name']}: executor {target['executor']!r} is not available")


def _building(watcher: _StepWatcher, build: Callable[[], _Built]) -> _Built:
    """Build a step's environment (a pip install can take minutes the first time) while
    watching for a cancel."""
    watcher.on_log("preparing the step's Python environment (built once, then reused)")
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["value"] = build()
        except BaseException as exc:  # handed to the step's thread below
            outcome["error"] = exc

    thread = threading.Thread(target=work, name="step-environment", daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(CANCEL_POLL_SECONDS)
        watcher.should_cancel()  # a cancel stops waiting (the heartbeat has its own thread)
    if "error" in outcome:
        raise outcome["error"]
    value: _Built = outcome["value"]
    return value


class _Heartbeat:
    """Writes the heartbeat of the steps this process holds, every STEP_HEARTBEAT_SECONDS,
    from a thread of its own (one per process, one UPDATE for all its steps).

    The heartbeat says that the worker holding a step is alive, whatever the step is
    doing: waiting for a docker container to be created (10 s and more on vfs), moving
    large outputs into the store, building an environment. Written from the executor's
    polling it stopped in those phases, and the reaper could not be given a short
    stale limit without taking live steps for dead ones."""

    def __init__(self) -> None:
        self.pid = 0
        self.held: set[int] = set()
        self.lock = threading.Lock()

    @contextlib.contextmanager
    def holding(self, step_id: int) -> Iterator[None]:
        with self.lock:
            if self.pid != os.getpid():  # first use in this (forked) process
                self.pid, self.held = os.getpid(), set()
                threading.Thread(target=self._beat, name="step-heartbeat", daemon=True).start()
            self.held.add(step_id)
        try:
            yield
        finally:
            with self.lock:
                self.held.discard(step_id)

    def _beat(self) -> None:
        while True:
            time.sleep(settings.STEP_HEARTBEAT_SECONDS)
            with self.lock:
                held = list(self.held)
            if not held:
                continue
            try:
                StepRun.objects.filter(pk__in=held, status=StepStatus.RUNNING).update(heartbeat_at=timezone.now())
            except Exception:  # the database may be restarting: try again next time
                logger.warning("could not write the heartbeat of steps %s", held, exc_info=True)
                connection.close()


_heartbeat = _Heartbeat()


class _StepWatcher:
    """Batches log lines and progress to the channel layer and the database, and
    answers whether the step was canceled — all from the thread that waits on the
    executor, so the hot path makes no extra round trips."""

    def __init__(self, step: StepRun) -> None:
        self.step = step
        self.lines: list[str] = []
        self.db_pending: list[str] = []
        self.last_event = 0.0
        self.last_db = time.monotonic()
        self.last_cancel_check = 0.0
        self.canceled = False
        self.lock = threading.Lock()

    def on_log(self, line: str) -> None:
        with self.lock:
            self.lines.append(line)
            self.db_pending.append(line)
        self.flush()

    def on_progress(self, fraction: float, message: str) -> None:
        StepRun.objects.filter(pk=self.step.pk).update(progress=fraction, progress_message=message[:300])
        events.send_now(
            self.step.run_id,
            None,
            {"type": "step.progress", "node_id": self.step.node_id, "progress": fraction, "message": message},
        )

    def flush(self, force: bool = False) -> None:
        now = time.monotonic()
        with self.lock:
            send = self.lines if (force or now - self.last_event >= LOG_EVENT_INTERVAL) else []
            if send:
                self.lines = []
                self.last_event = now
            write = self.db_pending if (force or now - self.last_db >= LOG_DB_INTERVAL) else []
            if write:
                self.db_pending = []
                self.last_db = now
        if send:
            events.send_now(self.step.run_id, None, {"type": "step.log", "node_id": self.step.node_id, "lines": send})
        if write:
            text = "".join(line if line.endswith("\n") else line + "\n" for line in write)
            StepRun.objects.filter(pk=self.step.pk).update(log=Concat(F("log"), Value(text)))

    def should_cancel(self) -> bool:
        now = time.monotonic()
        if now - self.last_cancel_check < CANCEL_POLL_SECONDS:
            return self.canceled
        self.last_cancel_check = now
        self.flush()
        status = StepRun.objects.filter(pk=self.step.pk).values_list("status", flat=True).first()
        self.canceled = status != StepStatus.RUNNING
        return self.canceled


def step_execute(*, step_id: int, worker: str = "") -> None:
    """Claim a queued step and run it, then the steps of its run that the advance
    after it hands to this worker (see run_advance), until it hands none.

    `worker` names the Celery worker running it (shown on the step: which ran where)."""
    step = _claim(step_id, worker)
    while step is not None:
        with _heartbeat.holding(step.pk):
            following = _execute_claimed(step, worker)
        step = following


def warm_key(workspace_id: int, planned: PlannedStep, environment_path: str | None) -> str | None:
    """The key of the warm step host that may run this step (one per workspace), or None
    when it needs a fresh process: a custom module's or a script's code, an environment
    of its own, or an input that is a pickle (loading one runs its producer's code)."""
    builtin = BUILTIN_MODULES.get(planned.module)
    if builtin is None or builtin.runs_user_code or is_custom_entrypoint(planned.entrypoint) or environment_path:
        return None
    if PICKLED_PORT_TYPES & set(planned.input_types.values()):
        return None
    return f"workspace-{workspace_id}"


def _execute_claimed(step: StepRun, worker: str) -> StepRun | None:
    """Run a claimed step in its executor, store its outputs, finish it, advance."""
    run = step.run
    frozen = _frozen(run.pk)
    planned = frozen.plan.step(step.node_id)
    upstream = {src["node_id"] for src in planned.inputs.values()}
    steps = {s.node_id: s for s in run.steps.filter(node_id__in=upstream).only("id", "node_id", "outputs")}
    input_digests = frozen.input_digests(planned, steps)
    workdir = Path(settings.WORK_ROOT) / f"step-{step.pk}-{uuid.uuid4().hex[:8]}"
    workdir.mkdir(parents=True)
    watcher = _StepWatcher(step)
    target = _target(frozen.targets, planned)
    try:
        executor, environment_path = _prepare(target, _step_requirements(planned, target), watcher)
        result = executor.execute(
            _step_spec(step, planned, input_digests, frozen.imports, environment_path),
            workdir,
            _limits(target, planned),
            watcher.on_log,
            on_progress=watcher.on_progress,
            should_cancel=watcher.should_cancel,
            warm_key=warm_key(run.workspace_id, planned, environment_path),
        )
        watcher.flush(force=True)
        digests: dict[str, str] = {}
        if result.status == "completed":
            store = default_store()
            for port, port_type in planned.outputs.items():
                # Where the step was told to write, not where it says it wrote: a path
                # it reports could name any folder the worker can read.
                digests[port] = store.put_directory(_output_folder(workdir, port), port_type=port_type)
            builtin = BUILTIN_MODULES.get(planned.module)
            if builtin is not None and builtin.on_completed is not None:
                load_hook(builtin.on_completed)(
                    CompletedStep(
                        step_id=step.pk,
                        node_id=planned.node_id,
                        workspace_id=run.workspace_id,
                        user_id=run.created_by_id,
                        params=planned.params,
                        input_digests=input_digests,
                    )
                )
        recorded = step_finish(step_id=step.pk, result=result, outputs=digests)
        _keep_images(step.pk, workdir, result)
    except Exception as exc:  # an engine fault must still finish the step
        expected = isinstance(exc, ExecutorUnavailable | EnvironmentBuildError | UnsafeArtifact)
        if not expected:
            logger.exception("step %s crashed in the engine", step.pk)
        error = f"internal error: {exc}"
        if isinstance(exc, ExecutorUnavailable):
            error = str(exc)
        elif isinstance(exc, UnsafeArtifact):
            error = f"the step's outputs could not be stored: {exc}"
        elif isinstance(exc, EnvironmentBuildError):
            error = f"could not build the step's Python environment: {exc}"
        watcher.flush(force=True)
        recorded = step_finish(step_id=step.pk, result=ExecutionResult(status="failed", error=error), outputs={})
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    after = step.node_id if recorded == StepStatus.COMPLETED else None
    return run_advance(run_id=run.pk, after=after, continue_on=step.queue, worker=worker)


def _output_folder(workdir: Path, port: str) -> Path:
    """Where a step writes one output port: a folder of its own directly in outputs/."""
    folder = workdir / OUTPUTS_DIR / port
    if folder.parent != workdir / OUTPUTS_DIR or port in ("", ".", ".."):
        raise UnsafeArtifact(f"output port name {port!r} is not a plain name")
    return folder


def _keep_images(step_id: int, workdir: Path, result: ExecutionResult) -> None:
    """Store the images a step logged (also a failed one: a plot often explains why),
    from its images folder only, whatever paths it reported."""
    folder = workdir / OUTPUTS_DIR / IMAGES_DIR
    names = sorted({Path(p).name for p in result.images} & {p.name for p in folder.glob("*.png")})
    if not names:
        return
    try:
        digest = default_store().put_directory(folder, port_type="Images")
    except UnsafeArtifact:
        return  # a step that put a link among its images loses its images, nothing else
    StepRun.objects.filter(pk=step_id).update(images_digest=digest, images=names)


def failure_kind(result: ExecutionResult) -> str:
    """Which of the node's retry_on kinds a failed result is (see RETRY_KINDS)."""
    if result.status == "timeout":
        return "timeout"
    if (result.exit_code is not None and result.exit_code < 0) or result.error.startswith(
        ("step ran out of memory", "step process was killed", "step process was lost")
    ):
        return "killed"
    return "error"


def step_finish(*, step_id: int, result: ExecutionResult, outputs: dict[str, str]) -> str | None:
    """Record a step's result. A failure is retried when the node asks for it; otherwise
    it fails the run (siblings canceled, rest skipped), or with continue-on-failure only
    the step's own downstream steps are skipped. Returns the status recorded; None
    when the step is retried, or was canceled or reaped meanwhile."""
    step = StepRun.objects.select_related("run", "reused_from").defer("run__snapshot", "log").get(pk=step_id)
    if result.status in ("failed", "timeout") and _retry(step, result):
        return None
    step.status = {
        "completed": StepStatus.COMPLETED,
        "canceled": StepStatus.CANCELED,
    }.get(result.status, StepStatus.FAILED)
    step.outputs, step.metrics = outputs, result.metrics
    step.error, step.traceback = result.error, result.traceback
    step.heartbeat_at = None
    with transaction.atomic():
        step.finished_at = timezone.now()
        updated = StepRun.objects.filter(pk=step_id, status=StepStatus.RUNNING).update(
            status=step.status,
            outputs=outputs,
            metrics=result.metrics,
            error=result.error,
            traceback=result.traceback,
            finished_at=step.finished_at,
            heartbeat_at=None,
        )
        if not updated:
            return None  # canceled (or reaped) while it ran: that decision stands
        _emit_step(step)
        if step.status == StepStatus.FAILED and not step.run.continue_on_failure:
            _fail_run(step.run, f"step {step.node_id} ({step.module}) failed: {result.error}")
    return step.status


def _retry(step: StepRun, result: ExecutionResult) -> bool:
    """Queue a failed step again if its node retries this kind of failure and has
    attempts left; True when it was queued."""
    planned = _frozen(step.run_id).plan.step(step.node_id)
    kind = failure_kind(result)
    if kind not in planned.retry_on or step.attempts > planned.max_retries:
        return False
    with transaction.atomic():
        requeued = StepRun.objects.filter(pk=step.pk, status=StepStatus.RUNNING).update(
            status=StepStatus.QUEUED, queued_at=timezone.now(), heartbeat_at=None, worker="", progress=None
        )
        if not requeued:
            return True  # canceled meanwhile: nothing to retry, nothing to record
        step.refresh_from_db()
        step.reasons = [
            *step.reasons,
            f"attempt {step.attempts} failed ({kind}: {result.error}); "
            f"retrying (attempt {step.attempts + 1} of {planned.max_retries + 1})",
        ]
        step.save(update_fields=["reasons"])
        _emit_step(step)
        _enqueue_step(step)
    return True


def _fail_run(run: PipelineRun, error: str) -> None:
    run = PipelineRun.objects.select_for_update().get(pk=run.pk)
    if run.status in RUN_FINISHED:
        return
    _stop_open_steps(run, running_to=StepStatus.CANCELED, pending_to=StepStatus.SKIPPED, reason=error)
    run.status = RunStatus.FAILED
    run.error = error
    run.finished_at = timezone.now()
    run.save()
    _emit_run(run)


def _stop_open_steps(run: PipelineRun, *, running_to: str, pending_to: str, reason: str) -> None:
    now = timezone.now()
    for step in run.steps.filter(status__in=[StepStatus.PENDING, StepStatus.QUEUED, StepStatus.RUNNING]):
        step.status = pending_to if step.status == StepStatus.PENDING else running_to
        step.finished_at = now
        step.reasons = [reason]
        step.save(update_fields=["status", "finished_at", "reasons"])
        _emit_step(step)


def run_clone(*, run: PipelineRun, user: User) -> Pipeline:
    """A new draft pipeline in the run's workspace: the graph the run froze, with its
    parameter values as the parameters' defaults, so running the draft repeats the run."""
    from designer.services import pipeline_create

    require_role(user=user, workspace=run.workspace, role=EDITOR, action="clone runs")
    graph = dict(run.snapshot["graph"])
    graph["parameters"] = [
        {**parameter, "default": run.parameters.get(parameter["name"], parameter.get("default"))}
        for parameter in graph.get("parameters", [])
    ]
    return pipeline_create(
        workspace=run.workspace,
        user=user,
        name=f"{run.pipeline.name} (copy of run #{run.number})"[:200],
        description=f"Cloned from run #{run.number} of {run.pipeline.name}.",
        graph=graph,
    )


@transaction.atomic
def run_cancel(*, run: PipelineRun, user: User) -> PipelineRun:
    """Cancel a run: running steps are killed by their executors, the rest marked canceled."""
    require_role(user=user, workspace=run.workspace, role=EDITOR, action="cancel runs")
    run = PipelineRun.objects.select_for_update().get(pk=run.pk)
    if run.status in RUN_FINISHED:
        return run
    _stop_open_steps(run, running_to=StepStatus.CANCELED, pending_to=StepStatus.CANCELED, reason="run canceled")
    run.status = RunStatus.CANCELED
    run.finished_at = timezone.now()
    run.save()
    _emit_run(run)
    return run


# --------------------------------------------------------------------------- reaper


def reap_stale_steps(*, now: Callable[[], Any] = timezone.now) -> dict[str, int]:
    """Return steps whose worker went silent to the queue (bounded), fail them after
    the last attempt, re-send queued steps whose message may have been lost, and
    advance runs that are waiting on nothing. This is what guarantees that no run
    stays running forever."""
    stale_before = now() - timedelta(seconds=settings.STEP_STALE_AFTER_SECONDS)
    stale = StepRun.objects.filter(status=StepStatus.RUNNING, heartbeat_at__lt=stale_before)
    counts = {**_return_lost_steps(stale, now=now), "resent": 0, "advanced": 0}
    # A queued step's message can be lost (e.g. a broker restart without persistence).
    # Claiming is conditional, so sending it again is harmless.
    resend_before = now() - timedelta(seconds=settings.STEP_STALE_AFTER_SECONDS * 2)
    for step in StepRun.objects.filter(status=StepStatus.QUEUED, queued_at__lt=resend_before):
        with transaction.atomic():
            StepRun.objects.filter(pk=step.pk).update(queued_at=now())
            _enqueue_step(step)
        counts["resent"] += 1
    waiting = PipelineRun.objects.filter(status__in=[RunStatus.QUEUED, RunStatus.RUNNING]).exclude(
        Q(steps__status__in=[StepStatus.QUEUED, StepStatus.RUNNING])
    )
    for run_id in waiting.values_list("pk", flat=True).distinct():
        run_advance(run_id=run_id)
        counts["advanced"] += 1
    return counts


def reclaim_steps_of_restarted_worker(*, worker: str, started_at: Any) -> dict[str, int]:
    """A worker that has just started takes back the steps still marked running under
    its own Celery hostname: the process that ran them is gone (this one replaced it),
    so they are returned to the queue at once instead of when their heartbeat goes
    stale. Only steps whose last heartbeat is older than this process guard against a
    second live worker under the same name (a configuration error Celery does not
    stop): its steps keep writing heartbeats and are left alone. The caller makes sure
    a heartbeat interval has passed since `started_at`."""
    if not worker:
        return {"requeued": 0, "failed": 0}
    lost = StepRun.objects.filter(status=StepStatus.RUNNING, worker=worker, heartbeat_at__lt=started_at)
    return _return_lost_steps(lost, now=timezone.now)


def _return_lost_steps(lost: QuerySet[StepRun], *, now: Callable[[], Any]) -> dict[str, int]:
    """The steps of `lost` (running steps whose worker is gone) go back to the queue,
    one attempt counted each, up to STEP_MAX_ATTEMPTS; after that they fail (failure
    kind worker_lost). Each step is changed only while it still matches `lost`, so a
    step that finished or was canceled meanwhile keeps that outcome."""
    counts = {"requeued": 0, "failed": 0}
    for step in lost:
        with transaction.atomic():
            if step.attempts < settings.STEP_MAX_ATTEMPTS:
                requeued = lost.filter(pk=step.pk)
                if requeued.update(status=StepStatus.QUEUED, queued_at=now(), heartbeat_at=None, worker=""):
                    step.refresh_from_db()
                    step.reasons = [*step.reasons, f"worker stopped responding; retrying (attempt {step.attempts + 1})"]
                    step.save(update_fields=["reasons"])
                    _emit_step(step)
                    _enqueue_step(step)
                    counts["requeued"] += 1
            else:
                error = f"worker stopped responding {step.attempts} times; giving up"
                step_finish(step_id=step.pk, result=ExecutionResult(status="failed", error=error), outputs={})
                counts["failed"] += 1
    return counts
