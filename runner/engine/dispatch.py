"""What the engine sends out: status events to the run's clients and task messages to
Celery, both on commit of the transaction that made the change.

Every other engine module changes a step or a run and then calls one of these, so a
client never sees a state the database does not hold and a worker is never sent a step
it cannot read yet. The engine sends its tasks by name: runner.tasks, the Celery
adapter, imports the engine, never the other way round.
"""

from __future__ import annotations

from celery import current_app
from django.conf import settings
from django.db import transaction

from runner import events
from runner.models import PipelineRun, StepRun
from runner.selectors import step_state

STEP_EXECUTE_TASK = "runner.tasks.step_execute"
RUN_ADVANCE_TASK = "runner.tasks.run_advance"


def emit_step(step: StepRun, pipeline_id: int | None = None) -> None:
    """Send the step's `step.status` event when the transaction commits."""
    events.send_on_commit(step.run_id, pipeline_id, {"type": "step.status", **step_state(step)})


def emit_run(run: PipelineRun) -> None:
    """Send the run's `run.status` event (to the run's and its pipeline's clients) on commit."""
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


def enqueue_step(step: StepRun) -> None:
    """Send `step_execute(step_id)` to the step's compute target's queue on commit."""
    step_id, queue = step.pk, step.queue or settings.CELERY_TASK_DEFAULT_QUEUE
    transaction.on_commit(lambda: current_app.send_task(STEP_EXECUTE_TASK, (step_id,), queue=queue))


def enqueue_advance(run_id: int) -> None:
    """Send `run_advance(run_id)` on commit."""
    transaction.on_commit(lambda: current_app.send_task(RUN_ADVANCE_TASK, (run_id,)))
