"""From pending to running: which steps can start, and who runs them.

`run_advance` is called after submit (as the `run_advance` task) and after every step
finishes (by the worker that ran it, see execution.py). It is idempotent and
serialized per run by a row lock (on SQLite, by the IMMEDIATE transaction's write
lock), and walks the frozen plan once in topological order: a step whose upstream step
did not succeed is skipped; a step whose inputs are all known gets its cache key
(reuse.py) and is either reused from an earlier result or queued, its `step_execute`
task sent on commit (dispatch.py). Once every step has finished the run gets its final
status (outcomes.finish_run_if_done).

A worker takes a queued step with `claim`, a conditional UPDATE to running, so a
duplicate message does nothing; a worker that has just finished a step gets one ready
step of its queue claimed for it by the advance itself (see `_mark_claimed`), and runs it
next in execution.py without a round trip through the broker. Of the other steps an
advance finds ready on a queue, the first STEP_MESSAGES_PER_ADVANCE get a message; the
rest wait for the workers those messages reach, which take the run's waiting steps one
after another (`_claim_waiting`): a fan-out of a hundred steps on two worker slots is not a
hundred messages, nearly all of them for a step another slot has already taken.
"""

from __future__ import annotations

import socket
import threading
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Field
from django.utils import timezone

from runner.engine import statements
from runner.engine.dispatch import emit_run, emit_step, enqueue_step
from runner.engine.outcomes import finish_run_if_done
from runner.engine.reuse import ReuseIndex, cache_components, previous_components
from runner.engine.snapshot import frozen, step_target
from runner.experiments import reused_metric_rows
from runner.fingerprint import cache_key, explain_rerun, reuse_blocked_reason
from runner.models import (
    RUN_FINISHED,
    STEP_FINISHED,
    STEP_SUCCEEDED,
    PipelineRun,
    RunMetric,
    RunStatus,
    StepRun,
    StepStatus,
)

# How many waiting steps _claim_waiting reads at a time (other workers may be claiming
# the same ones).
_CLAIM_WAITING_BATCH = 4


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


@transaction.atomic(savepoint=False)
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
    per step; its other ready steps still go to the queue for the other workers. When
    none is ready, the run's longest-waiting step on that queue is claimed instead
    (`_claim_waiting`): a fan-out's branches go to the slots as they become free.
    """
    run = statements.lock_run(run_id)
    if run is None or run.status in RUN_FINISHED:
        return None
    continuation: StepRun | None = None
    snapshot = frozen(run.pk)
    plan = snapshot.plan
    considered = plan.node_ids() if after is None else plan.downstream(after)
    wanted = None if after is None else set(considered).union(*(plan.upstream(node_id) for node_id in considered))
    steps = {s.node_id: s for s in statements.run_steps(run, wanted)}
    now = timezone.now()
    reuse = ReuseIndex(run)
    messages: dict[str, int] = {}  # sent in this pass, by queue
    # Changes are written in one UPDATE per kind at the end of the pass, not per step.
    updates: dict[tuple[str, ...], list[StepRun]] = {}
    reused: list[tuple[StepRun, StepRun, dict[str, str], int]] = []
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
            emit_step(step)
            continue
        if not all(u.status in STEP_SUCCEEDED for u in upstream):
            continue

        components = cache_components(
            planned, snapshot.input_digests(planned, steps), step_target(snapshot.targets, planned)
        )
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
            reused.append((step, hit, planned.outputs, plan.position(node_id)))
        else:
            step.status = StepStatus.QUEUED
            step.queued_at = now
            if blocked:
                step.reasons = [blocked]
            else:
                step.reasons = explain_rerun(previous_components(run, planned.node_id), components) or [
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
            elif messages.get(step.queue, 0) < settings.STEP_MESSAGES_PER_ADVANCE:
                messages[step.queue] = messages.get(step.queue, 0) + 1
                enqueue_step(step)
            # else it waits for a worker of its queue to take it (_claim_waiting), or
            # for the reaper to send it a message
        updates.setdefault(fields, []).append(step)
        emit_step(step)
    for fields, changed in updates.items():
        _save_steps(changed, fields)
    RunMetric.objects.bulk_create(reused_metric_rows(reused), ignore_conflicts=True)
    settled_here = (StepStatus.REUSED, StepStatus.SKIPPED)
    if after is not None and any(step.status in settled_here for changed in updates.values() for step in changed):
        # A step reused or skipped here settles its own downstream steps too: one full
        # pass over what is saved by now reaches them, and finishes the run if done.
        later = run_advance(run_id=run_id, continue_on=None if continuation else continue_on, worker=worker)
        return continuation or later

    if continuation is None and continue_on is not None:
        # Nothing this pass made ready is for this worker: the run's next waiting step is.
        continuation = _claim_waiting(run, continue_on, worker)

    status_before = run.status
    if run.status == RunStatus.QUEUED:
        run.status = RunStatus.RUNNING
        run.started_at = now
    if continuation is None:  # a run with a step just claimed for this worker is not done
        finish_run_if_done(run, steps if after is None else None)
    if run.status != status_before:
        run.save(update_fields=["status", "started_at", "finished_at"])
        emit_run(run)
    return continuation


def _mark_claimed(step: StepRun, worker: str, now: Any) -> None:
    """The fields of a step this worker starts running now (saved by the caller)."""
    step.status = StepStatus.RUNNING
    step.started_at = step.heartbeat_at = now
    step.attempts += 1
    step.worker = worker or f"{socket.gethostname()}:{threading.get_native_id()}"
    step.error = step.traceback = ""


def _claim_waiting(run: PipelineRun, queue: str, worker: str) -> StepRun | None:
    """Claim for this worker the run's longest-waiting queued step on `queue`, in the
    advance's transaction: the steps of a fan-out go to the worker slots as they become
    free, with no broker round trip and no transaction of their own, and the steps an
    advance sent no message (STEP_MESSAGES_PER_ADVANCE) are taken here. None only when
    no step of the run waits on the queue. The message of a step taken this way, if it
    had one, finds it claimed and does nothing."""
    while waiting := statements.waiting_steps(run, queue, _CLAIM_WAITING_BATCH):
        for step in waiting:
            _mark_claimed(step, worker, timezone.now())
            if _claimed(step):
                emit_step(step)
                return step
        # Each was taken by another worker (or canceled) since it was read: read again.
    return None


def _claimed(step: StepRun) -> bool:
    """Save a step marked claimed (`_mark_claimed`) if it is still queued."""
    return bool(
        StepRun.objects.filter(pk=step.pk, status=StepStatus.QUEUED).update(
            status=step.status,
            started_at=step.started_at,
            heartbeat_at=step.heartbeat_at,
            attempts=F("attempts") + 1,
            worker=step.worker,
            error="",
            traceback="",
        )
    )


def claim(step_id: int, worker: str = "") -> StepRun | None:
    """Move a queued step to running; None if someone else has it or it was canceled.

    The step is read first and the claim is one conditional UPDATE, so the running
    event leaves the moment the state changes (status latency is measured from it).
    """
    if statements.step_status(step_id) != StepStatus.QUEUED:
        return None  # the usual fate of a message whose step another worker has taken
    step = StepRun.objects.select_related("run").defer("run__snapshot", "log").filter(pk=step_id).first()
    if step is None or step.status != StepStatus.QUEUED:
        return None
    _mark_claimed(step, worker, timezone.now())
    if not _claimed(step):
        return None
    emit_step(step)  # autocommit: sent at once
    return step
