"""Celery tasks: thin adapters that take ids and call the run engine's services."""

from __future__ import annotations

import threading
from typing import Any

from celery import Task, shared_task
from celery.signals import worker_process_init

from runner import services
from runner.executors import LocalExecutor, get_executor


@shared_task(name="runner.tasks.run_advance", acks_late=True, reject_on_worker_lost=True)
def run_advance(run_id: int) -> None:
    services.run_advance(run_id=run_id)


@shared_task(name="runner.tasks.step_execute", bind=True, acks_late=True, reject_on_worker_lost=True)
def step_execute(self: Task[Any, Any], step_id: int) -> None:
    services.step_execute(step_id=step_id, worker=self.request.hostname or "")


@shared_task(name="runner.tasks.reap_stale_steps", acks_late=True)
def reap_stale_steps() -> dict[str, Any]:
    return services.reap_stale_steps()


@worker_process_init.connect
def warm_up_executor(**kwargs: Any) -> None:
    """Start the step fork server as the worker process starts, in the background, so
    the first step does not pay for importing pandas and scikit-learn. (In a thread:
    Celery gives a pool process only a few seconds to report that it is alive.)"""
    executor = get_executor("local")
    if isinstance(executor, LocalExecutor):
        threading.Thread(target=executor.warm_up, name="executor-warm-up", daemon=True).start()
