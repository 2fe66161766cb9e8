"""How soon after its due time a schedule starts its run, next to a reference measured in
the same run. Prints a markdown table and puts it in bench/RESULTS.md (its own section).

    .venv/bin/python bench/schedules.py [--fires 20] [--interval 2]

The stack is what `manage.py up` runs: Redis, one worker with two slots and Celery beat
with django-celery-beat's database scheduler. One interval schedule of a published
two-step pipeline fires `--fires` times; each fire's latency is the run's created_at
minus its due time. The first due time is when the schedule was created plus the
interval; each next one is when beat sent the previous fire (the PeriodicTask's
last_run_at, which beat writes after every send) plus the interval, as beat counts.

Reference: the same fire task sent straight to the worker (no beat), latency from the
send to the run's created_at: what a fire costs without the scheduler.
Target: a schedule fires within 1 s of its due time.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import stack

stack.configure("bench-schedules")

from celery import current_app  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_celery_beat.models import PeriodicTask  # noqa: E402

from designer import processes, services  # noqa: E402
from runner import schedules  # noqa: E402
from runner.models import PipelineRun  # noqa: E402
from runner.publishing import pipeline_publish  # noqa: E402
from tests.integration.graphs import chain_graph  # noqa: E402

SECTION_HEADING = "## Schedules: fire latency (bench/schedules.py)"


def summary(values: list[float]) -> str:
    return (
        f"p50 {statistics.median(values) * 1000:.0f} ms, p95 {stack.percentile(values, 0.95) * 1000:.0f} ms, "
        f"max {max(values) * 1000:.0f} ms ({len(values)} fires)"
    )


def new_run(schedule_id: int, after_id: int, timeout: float = 30) -> PipelineRun:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run = PipelineRun.objects.filter(schedule_id=schedule_id, pk__gt=after_id).order_by("id").first()
        if run is not None:
            return run
        time.sleep(0.01)
    raise SystemExit(f"schedule {schedule_id} did not fire within {timeout} s")


def reference(schedule_id: int, fires: int) -> list[float]:
    """Send the fire task directly (beat is not running yet), one at a time, more than
    half the schedule's 1 s interval apart."""
    latencies = []
    last = PipelineRun.objects.filter(schedule_id=schedule_id).order_by("-id").values_list("id", flat=True).first() or 0
    for _ in range(fires):
        sent = timezone.now()
        current_app.send_task(schedules.FIRE_SCHEDULE_TASK, (schedule_id,))
        run = new_run(schedule_id, last)
        latencies.append((run.created_at - sent).total_seconds())
        last = run.pk
        time.sleep(0.6)  # past the half-interval in which a second fire counts as the same due time
    return latencies


def beat_fires(schedule_id: int, fires: int, interval: int) -> list[float]:
    schedule = schedules.Schedule.objects.get(pk=schedule_id)
    task = PeriodicTask.objects.get(pk=schedule.periodic_task_id)
    assert task.last_run_at is not None
    due = task.last_run_at + timedelta(seconds=interval)
    latencies, last, sent = [], 0, task.last_run_at
    for _ in range(fires):
        run = new_run(schedule_id, last)
        latencies.append((run.created_at - due).total_seconds())
        last = run.pk
        # Beat writes the send time just after sending; wait for it rather than read
        # the previous one.
        deadline = time.monotonic() + 1.5
        while task.last_run_at == sent and time.monotonic() < deadline:
            time.sleep(0.01)
            task.refresh_from_db()
        assert task.last_run_at is not None and task.last_run_at != sent, "beat did not record its send"
        sent = task.last_run_at
        due = sent + timedelta(seconds=interval)
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fires", type=int, default=20)
    parser.add_argument("--interval", type=int, default=2)
    args = parser.parse_args()
    load = os.getloadavg()[0]

    services.modules_sync_builtin()
    user = services.user_create(username="bench", password="bench-password")
    workspace = services.workspace_default(user=user)
    pipeline = services.pipeline_create(workspace=workspace, user=user, name="scheduled", graph=chain_graph(2))
    endpoint = pipeline_publish(pipeline=pipeline, user=user, endpoint_name="scheduled").endpoint
    supervisor, _port = stack.start(concurrency=2)
    try:
        direct = schedules.schedule_create(
            endpoint=endpoint,
            user=user,
            fields={"name": "direct", "kind": "interval", "interval_seconds": 1, "allow_overlap": True},
        )
        reference(direct.pk, 3)  # warm-up
        sent_directly = reference(direct.pk, args.fires)
        schedules.schedule_disable(schedule=direct, user=user)

        log = open(stack.data_dir / "beat.log", "wb")  # noqa: SIM115
        supervisor.start(processes.Child("beat", processes.beat_command(data_dir=stack.data_dir)), output=log)
        while b"beat: Starting..." not in (stack.data_dir / "beat.log").read_bytes():
            time.sleep(0.05)
        timed = schedules.schedule_create(
            endpoint=endpoint,
            user=user,
            fields={"name": "timed", "kind": "interval", "interval_seconds": args.interval, "allow_overlap": True},
        )
        by_beat = beat_fires(timed.pk, args.fires, args.interval)
    finally:
        supervisor.stop_all()
    print(f"beat: {[f'{x:.3f}' for x in by_beat]}", file=sys.stderr)
    print(f"direct: {[f'{x:.3f}' for x in sent_directly]}", file=sys.stderr)

    rows = [
        (
            f"interval schedule ({args.interval} s) fired by beat: run created after its due time",
            summary(by_beat),
            f"the fire task sent straight to the worker, send to run created: {summary(sent_directly)}",
            "<= 1 s",
        )
    ]
    table = "\n".join(
        ["| measure | result | reference (same run) | target |", "|---|---|---|---|"]
        + [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    )
    from django.conf import settings

    db = "PostgreSQL" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "SQLite (WAL)"
    header = (
        f"Measured {datetime.now():%Y-%m-%d %H:%M} on {platform.node()} ({os.cpu_count()} cores, load average "
        f"{load:.1f} at the start), database {db}, one worker with two slots, Celery beat with the database "
        f"scheduler (max loop interval {settings.CELERY_BEAT_MAX_LOOP_INTERVAL:g} s). "
        "Command: `.venv/bin/python bench/schedules.py`"
    )
    print(table)
    stack.write_results_section(SECTION_HEADING, header, table)


if __name__ == "__main__":
    main()
