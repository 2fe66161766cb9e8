"""The end of a step and of a run: record a result, retry, fail, finish, cancel.

execution.py hands every step it ran here through `step_finish`, with the executor's
result and the digests of the outputs it stored (recovery.py does so for a step whose
worker was lost too often). A failure the node retries goes back to the queue
(`_retry`); any other failure fails the run (`_fail_run`: running steps canceled,
pending ones skipped), unless the run continues on failure. A result is recorded with
a conditional UPDATE that loses to a cancel or to the reaper. Afterwards execution.py
calls scheduling.run_advance, which starts the downstream steps and, through
`finish_run_if_done`, gives the run its final status. `run_cancel` (from the API) ends
a run from outside.
"""

from __future__ import annotations

import logging

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from designer.roles import EDITOR, require_role
from runner.engine import statements
from runner.engine.dispatch import emit_run, emit_step, enqueue_step
from runner.engine.snapshot import frozen
from runner.executors import ExecutionResult
from runner.experiments import metric_rows
from runner.models import RUN_FINISHED, STEP_FINISHED, PipelineRun, RunMetric, RunStatus, StepRun, StepStatus

logger = logging.getLogger(__name__)


def failure_kind(result: ExecutionResult) -> str:
    """Which of the node's retry_on kinds a failed result is (see RETRY_KINDS)."""
    if result.status == "timeout":
        return "timeout"
    if (result.exit_code is not None and result.exit_code < 0) or result.error.startswith(
        ("step ran out of memory", "step process was killed", "step process was lost")
    ):
        return "killed"
    return "error"


def step_finish(
    *, step_id: int, result: ExecutionResult, outputs: dict[str, str], running: StepRun | None = None
) -> str | None:
    """Record a step's result. A failure is retried when the node asks for it; otherwise
    it fails the run (siblings canceled, rest skipped), or with continue-on-failure only
    the step's own downstream steps are skipped. Returns the status recorded; None
    when the step is retried, or was canceled or reaped meanwhile.

    `running` is the step as the worker that ran it holds it (claimed by it, with its
    run), which saves reading it again; the result is recorded only if the step is
    still running in the database either way."""
    step = running or StepRun.objects.select_related("run", "reused_from").defer("run__snapshot", "log").get(pk=step_id)
    if result.status in ("failed", "timeout") and _retry(step, result):
        return None
    step.status = {
        "completed": StepStatus.COMPLETED,
        "canceled": StepStatus.CANCELED,
    }.get(result.status, StepStatus.FAILED)
    step.outputs, step.metrics = outputs, result.metrics
    step.error, step.traceback = result.error, result.traceback
    step.heartbeat_at = None
    index = _metric_index(step, result) if step.status == StepStatus.COMPLETED else []
    # No savepoint of its own inside a caller's transaction (execution.py records a
    # result and advances the run in one): everything here stands or falls together.
    with transaction.atomic(savepoint=False):
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
        RunMetric.objects.bulk_create(index, ignore_conflicts=True)
        emit_step(step)
        if step.status == StepStatus.FAILED and not step.run.continue_on_failure:
            _fail_run(step.run, f"step {step.node_id} ({step.module}) failed: {result.error}")
    return step.status


def _metric_index(step: StepRun, result: ExecutionResult) -> list[RunMetric]:
    """The step's rows of the experiments' metric index (runner/experiments.py), worked
    out before the transaction: reading its Metrics documents is file I/O. The index is
    derived data: whatever goes wrong here must not keep the step's outcome from being
    recorded, so it is logged and the step goes without rows."""
    try:
        plan = frozen(step.run_id).plan
        return metric_rows(
            step=step,
            logged=result.metrics,
            outputs=step.outputs,
            output_types=plan.step(step.node_id).outputs,
            position=plan.position(step.node_id),
        )
    except Exception:
        logger.exception("step %s: its metrics could not be indexed", step.pk)
        return []


def _retry(step: StepRun, result: ExecutionResult) -> bool:
    """Queue a failed step again if its node retries this kind of failure and has
    attempts left; True when it was queued."""
    planned = frozen(step.run_id).plan.step(step.node_id)
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
        emit_step(step)
        enqueue_step(step)
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
    emit_run(run)


def _stop_open_steps(run: PipelineRun, *, running_to: str, pending_to: str, reason: str) -> None:
    now = timezone.now()
    for step in run.steps.filter(status__in=[StepStatus.PENDING, StepStatus.QUEUED, StepStatus.RUNNING]):
        step.status = pending_to if step.status == StepStatus.PENDING else running_to
        step.finished_at = now
        step.reasons = [reason]
        step.save(update_fields=["status", "finished_at", "reasons"])
        emit_step(step)


def finish_run_if_done(run: PipelineRun, steps: dict[str, StepRun] | None) -> None:
    """Give the run its final status once all its steps have finished; `steps` holds
    them all, or is None to read their statuses from the database. (Sets the fields;
    the caller saves the run.)"""
    statuses = statements.step_statuses(run.pk) if steps is None else {s.status for s in steps.values()}
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
    emit_run(run)
    return run
