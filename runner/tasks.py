"""Celery tasks: thin adapters that take ids and call the run engine's services."""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from typing import Any

from celery import Task, shared_task
from celery.signals import worker_process_init
from django.conf import settings
from django.db import connection

from runner import schedules, services
from runner.executors import get_executor
from runner.executors.local import LocalExecutor

logger = logging.getLogger(__name__)


@shared_task(name=services.RUN_ADVANCE_TASK, acks_late=True, reject_on_worker_lost=True)
def run_advance(run_id: int) -> None:
    services.run_advance(run_id=run_id)


@shared_task(name=services.STEP_EXECUTE_TASK, bind=True, acks_late=True, reject_on_worker_lost=True)
def step_execute(self: Task[Any, Any], step_id: int) -> None:
    services.step_execute(step_id=step_id, worker=self.request.hostname or "")


@shared_task(name="runner.tasks.reap_stale_steps", acks_late=True)
def reap_stale_steps() -> dict[str, Any]:
    return services.reap_stale_steps()


@shared_task(name=schedules.FIRE_SCHEDULE_TASK, bind=True, acks_late=True)
def fire_schedule(self: Task[Any, Any], schedule_id: int, dataset_version: int | None = None) -> str:
    """Sent by beat for a due time-based schedule, and on commit of a new dataset version
    for each dataset schedule on it (runner.schedules)."""
    result = schedules.schedule_fire(schedule_id=schedule_id, dataset_version=dataset_version)
    if result.outcome == schedules.Fired.BUSY and dataset_version is not None:
        # A new dataset version is not dropped because the previous run is still going:
        # it waits for that run (a time-based fire is simply skipped: the next due time
        # comes anyway).
        raise self.retry(
            countdown=settings.SCHEDULE_DATASET_RETRY_SECONDS, max_retries=settings.SCHEDULE_DATASET_MAX_RETRIES
        )
    return result.outcome.value


@worker_process_init.connect
def warm_up_executor(**kwargs: Any) -> None:
    """Start the step fork server as the worker process starts, in the background, so
    the first step does not pay for importing pandas and scikit-learn. (In a thread:
    Celery gives a pool process only a few seconds to report that it is alive.)"""
    executor = get_executor("local")
    if isinstance(executor, LocalExecutor):
        threading.Thread(target=executor.warm_up, name="executor-warm-up", daemon=True).start()


def reclaim_steps_of_previous_life(*, hostname: str, process_started_at: datetime, waited_from: float) -> None:
    """Called by runner.apps as a worker becomes ready: a worker that starts under a
    name that still has running steps was restarted after dying under them, so they go
    back to the queue now rather than when the reaper finds their heartbeat stale (see
    services.reclaim_steps_of_restarted_worker). In a thread: it may first wait out two
    heartbeat intervals from `waited_from` (a live worker of the same name has written
    a heartbeat by then), and the worker's consumer is starting meanwhile."""

    def reclaim() -> None:
        try:
            time.sleep(max(0.0, waited_from + 2 * settings.STEP_HEARTBEAT_SECONDS - time.monotonic()))
            counts = services.reclaim_steps_of_restarted_worker(worker=hostname, started_at=process_started_at)
            if any(counts.values()):
                logger.warning("%s was restarted: steps it was running were %s", hostname, counts)
        except Exception:
            logger.exception("could not reclaim the steps %s was running before it restarted", hostname)
        finally:
            connection.close()

    threading.Thread(target=reclaim, name="reclaim-steps", daemon=True).start()
