"""Steps whose worker died, and messages that were lost: nothing stays running forever.

`reap_stale_steps` runs from beat every REAPER_INTERVAL_SECONDS: a running step whose
heartbeat (watching.py) is older than STEP_STALE_AFTER_SECONDS goes back to the queue,
up to STEP_MAX_ATTEMPTS, then fails through outcomes.step_finish; a queued step waiting
too long is sent again (scheduling.claim makes a duplicate harmless); a run with
nothing queued or running is advanced (scheduling.run_advance). A worker restarted
under the same name takes its own steps back at once
(`reclaim_steps_of_restarted_worker`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from runner.engine.dispatch import emit_step, enqueue_step
from runner.engine.outcomes import step_finish
from runner.engine.scheduling import run_advance
from runner.executors import ExecutionResult
from runner.models import PipelineRun, RunStatus, StepRun, StepStatus


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
            enqueue_step(step)
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
                    emit_step(step)
                    enqueue_step(step)
                    counts["requeued"] += 1
            else:
                error = f"worker stopped responding {step.attempts} times; giving up"
                step_finish(step_id=step.pk, result=ExecutionResult(status="failed", error=error), outputs={})
                counts["failed"] += 1
    return counts
