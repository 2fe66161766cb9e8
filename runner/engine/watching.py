"""What a worker does while a step runs: heartbeat, log and progress, cancel polling.

execution.py holds each step it runs in `heartbeat` (one thread per worker process
writes `heartbeat_at` of all its steps, which is what the reaper in recovery.py goes
by) and gives the executor a `StepWatcher`'s callbacks: log lines and progress go to
the run's clients and the database in batches, and `should_cancel` tells the executor
to kill the step once it is no longer running (canceled, failed with its run, reaped).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Iterator

from django.conf import settings
from django.db import connection
from django.db.models import F, Value
from django.db.models.functions import Concat
from django.utils import timezone

from runner import events
from runner.models import StepRun, StepStatus

logger = logging.getLogger(__name__)

# How often a running step checks for cancel / flushes logs.
CANCEL_POLL_SECONDS = 0.25
LOG_EVENT_INTERVAL = 0.05  # at most ~20 log messages a second per step
LOG_DB_INTERVAL = 1.0


class Heartbeat:
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


heartbeat = Heartbeat()


class StepWatcher:
    """Batches log lines and progress to the channel layer and the database, and
    answers whether the step was canceled — all from the thread that waits on the
    executor, so the hot path makes no extra round trips."""

    def __init__(self, step: StepRun) -> None:
        self.step = step
        self.lines: list[str] = []
        self.db_pending: list[str] = []
        self.last_event = 0.0
        self.last_db = time.monotonic()
        # The step was claimed as running just now: the first look for a cancel comes
        # one poll interval later, like every other.
        self.last_cancel_check = time.monotonic()
        self.canceled = False
        self.lock = threading.Lock()

    def on_log(self, line: str) -> None:
        with self.lock:
            self.lines.append(line)
            self.db_pending.append(line)
        self.flush()

    def on_progress(self, fraction: float, message: str) -> None:
        self.step.progress, self.step.progress_message = fraction, message[:300]  # for its finished event
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
