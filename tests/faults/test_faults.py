"""Crash the parts of a running system and check that nothing is lost: every run ends
(never stays running), and every artifact a step references is whole.

Each fault is repeated REPEAT times (PIPEWRIGHT_FAULT_REPEAT, 5 by default)."""

from __future__ import annotations

import signal
import time
from pathlib import Path
from typing import Any

import pytest
import requests
from django.conf import settings

from designer import services
from runner.artifacts import default_store, directory_digest
from runner.models import RUN_FINISHED, PipelineRun, RunStatus, StepRun, StepStatus
from tests.faults.conftest import PRODUCTION_TIMINGS, REPEAT, FaultStack
from tests.integration.graphs import edge, node, script
from tests.integration.helpers import step_process

pytestmark = pytest.mark.integration


def slow_chain(seconds: float, length: int = 1) -> dict[str, Any]:
    """enter_data followed by `length` scripts that each sleep `seconds`."""
    nodes = [node("data", "enter_data", {"text": "a\n1\n2\n"})]
    edges = []
    previous, port = "data", "dataset"
    for i in range(1, length + 1):
        body = f"import time\nprint('step {i} starts')\ntime.sleep({seconds})\nreturn dataframe1,"
        nodes.append(node(f"s{i}", "execute_python_script", {"script": script(body)}, x=200 * i))
        edges.append(edge(previous, port, f"s{i}", "dataframe1"))
        previous, port = f"s{i}", "result1"
    return {"schema": 1, "nodes": nodes, "edges": edges, "parameters": []}


def submit(faults: FaultStack, pipeline_id: int) -> int:
    response = requests.post(
        f"{faults.stack.base_url}/api/pipelines/{pipeline_id}/runs/",
        json={"force_rerun": True},  # every round must really run its steps
        headers=faults.headers(),
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def wait_until(predicate: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def step(run_id: int, node_id: str) -> StepRun:
    return StepRun.objects.get(run_id=run_id, node_id=node_id)


def wait_for_status(run_id: int, node_id: str, status: str, timeout: float = 60) -> None:
    try:
        wait_until(lambda: step(run_id, node_id).status == status, timeout, f"{node_id} to be {status}")
    except AssertionError:
        run = PipelineRun.objects.get(pk=run_id)
        states = list(StepRun.objects.filter(run_id=run_id).values_list("node_id", "status", "attempts", "worker"))
        raise AssertionError(f"{node_id} never became {status}: run {run.status} {run.error!r} {states}") from None


def wait_for_run(run_id: int, timeout: float = 90) -> PipelineRun:
    def finished() -> PipelineRun | None:
        run = PipelineRun.objects.get(pk=run_id)
        return run if run.status in RUN_FINISHED else None

    try:
        return wait_until(finished, timeout, f"run {run_id} to finish")
    except AssertionError:
        states = list(StepRun.objects.filter(run_id=run_id).values_list("node_id", "status", "attempts"))
        raise AssertionError(f"run {run_id} still not finished after {timeout:.0f} s: {states}") from None


def assert_artifacts_whole(run_id: int) -> None:
    """Every output a step references is in the store, with exactly the content its
    digest names: nothing half-written, nothing referenced before it was whole."""
    store = default_store()
    for outputs in StepRun.objects.filter(run_id=run_id).values_list("outputs", flat=True):
        for digest in outputs.values():
            assert store.exists(digest), f"artifact {digest} is referenced but missing"
            assert directory_digest(store.path(digest))[0] == digest, f"artifact {digest} is not whole"
    staging = Path(settings.ARTIFACT_ROOT) / "staging"
    assert not staging.exists() or not any(staging.iterdir()), "half-moved artifacts left in staging"


def make_pipeline(alice: Any, graph: dict[str, Any]) -> int:
    workspace = services.workspace_default(user=alice)
    return services.pipeline_create(workspace=workspace, user=alice, name="faults", graph=graph).pk


def wait_for_retry(run_id: int, node_id: str, timeout: float) -> float:
    """Seconds until the step's second attempt is running (or done); fails after `timeout`."""
    started = time.monotonic()

    def retried() -> bool:
        s = step(run_id, node_id)
        return s.attempts >= 2 and s.status in (StepStatus.RUNNING, StepStatus.COMPLETED)

    try:
        wait_until(retried, timeout, f"{node_id} to be retried")
    except AssertionError:
        states = list(StepRun.objects.filter(run_id=run_id).values_list("node_id", "status", "attempts", "worker"))
        raise AssertionError(f"{node_id} not retried within {timeout:.0f} s: {states}") from None
    return time.monotonic() - started


def kill_the_worker_running(stack: Any, run_id: int, node_id: str) -> str:
    wait_for_status(run_id, node_id, StepStatus.RUNNING)
    victim_name = step(run_id, node_id).worker.split("@")[0]
    assert victim_name in stack.workers, step(run_id, node_id).worker
    stack.stop(stack.workers.pop(victim_name), sig=signal.SIGKILL)
    return victim_name


def assert_retried_once_and_completed(run_id: int, attempt: int) -> None:
    run = wait_for_run(run_id)
    s1 = step(run_id, "s1")
    assert run.status == RunStatus.COMPLETED, (attempt, run.error)
    assert s1.attempts == 2, (attempt, s1.reasons)
    assert any("worker stopped responding" in r for r in s1.reasons), s1.reasons
    assert_artifacts_whole(run_id)


def test_a_worker_sigkilled_mid_step_and_restarted_takes_its_step_back_at_once(
    fault_stack_with_timings: Any, alice: Any
) -> None:
    """SIGKILL the whole worker (its pool, fork server and step) and start it again, as
    `manage.py up` or a process manager does: the new worker returns the steps still
    marked running under its name to the queue as it starts, so the step runs again
    within seconds of the restart. The stale limit here is a minute (the old default):
    the reaper alone could not meet the bound."""
    faults = fault_stack_with_timings(
        {"STEP_HEARTBEAT_SECONDS": "2", "STEP_STALE_AFTER_SECONDS": "60", "REAPER_INTERVAL_SECONDS": "5"}
    )
    stack = faults.stack
    pipeline_id = make_pipeline(alice, slow_chain(2))
    for attempt in range(REPEAT):
        run_id = submit(faults, pipeline_id)
        victim_name = kill_the_worker_running(stack, run_id, "s1")
        # Counted from when the new worker is up: starting one takes seconds of its own
        # on a loaded machine, and the bound is about what it does once it is (the
        # stale limit of a minute rules the reaper out either way).
        started = time.monotonic()
        stack.start_worker(victim_name, concurrency=1)
        startup = time.monotonic() - started
        seconds = wait_for_retry(run_id, "s1", timeout=10)
        print(f"round {attempt}: worker up in {startup:.1f} s, its step running again {seconds:.1f} s later")
        assert_retried_once_and_completed(run_id, attempt)


def test_a_worker_that_never_comes_back_loses_its_step_to_another_in_seconds(
    fault_stack_with_timings: Any, alice: Any
) -> None:
    """SIGKILL the worker running a step and leave it dead: with the default heartbeat
    and reaper timings, beat's reaper notices the silence and the other worker runs
    the step within stale limit + reaper interval (+ a little). Each round waits out
    the production stale limit, so this fault runs twice rather than REPEAT times; the
    reaper's code path is the one the restart test above repeats."""
    faults = fault_stack_with_timings(PRODUCTION_TIMINGS)
    stack = faults.stack
    bound = float(PRODUCTION_TIMINGS["STEP_STALE_AFTER_SECONDS"]) + float(PRODUCTION_TIMINGS["REAPER_INTERVAL_SECONDS"])
    pipeline_id = make_pipeline(alice, slow_chain(2))
    for attempt in range(min(REPEAT, 2)):
        run_id = submit(faults, pipeline_id)
        victim_name = kill_the_worker_running(stack, run_id, "s1")
        seconds = wait_for_retry(run_id, "s1", timeout=bound + 3)
        print(f"round {attempt}: step running again {seconds:.1f} s after its worker died")
        assert step(run_id, "s1").worker.split("@")[0] != victim_name
        assert_retried_once_and_completed(run_id, attempt)
        stack.start_worker(victim_name, concurrency=1)  # back for the next round


def test_a_redis_restart_mid_run_does_not_lose_the_run(fault_stack: FaultStack, alice: Any) -> None:
    """Stop Redis while a step runs (queued messages and events are lost with it) and
    start it again: the run still completes."""
    stack = fault_stack.stack
    workers_before = {name: process.pid for name, process in stack.workers.items()}
    pipeline_id = make_pipeline(alice, slow_chain(1, length=3))
    for attempt in range(REPEAT):
        run_id = submit(fault_stack, pipeline_id)
        wait_for_status(run_id, "s2", StepStatus.RUNNING)
        fault_stack.redis.stop()
        # Short and long outages: a worker that reconnects at once and one that has
        # given up a few connection attempts meanwhile take different paths.
        time.sleep(1.5 if attempt % 2 == 0 else 6)
        fault_stack.redis.start()
        run = wait_for_run(run_id, timeout=120)
        assert run.status == RunStatus.COMPLETED, (attempt, run.error)
        assert_artifacts_whole(run_id)
        # The workers rode the outage out: the same processes, still running (a
        # worker that exits on a broker restart is a restart loop under `manage.py up`).
        alive = {name: process.pid for name, process in stack.workers.items() if process.poll() is None}
        assert alive == workers_before, (attempt, alive, workers_before)
    # ... and they still serve steps.
    healthy = make_pipeline(alice, slow_chain(0, length=2))
    for _ in range(2):
        assert wait_for_run(submit(fault_stack, healthy)).status == RunStatus.COMPLETED
    alive = {name: process.pid for name, process in stack.workers.items() if process.poll() is None}
    assert alive == workers_before


def test_a_step_process_killed_from_outside_fails_the_step_with_that_reason(
    fault_stack: FaultStack, alice: Any
) -> None:
    pipeline_id = make_pipeline(alice, slow_chain(30))
    for attempt in range(REPEAT):
        run_id = submit(fault_stack, pipeline_id)
        wait_for_status(run_id, "s1", StepStatus.RUNNING)
        step_process(step(run_id, "s1")).send_signal(signal.SIGKILL)
        run = wait_for_run(run_id, timeout=30)
        s1 = step(run_id, "s1")
        assert run.status == RunStatus.FAILED, attempt
        assert (s1.status, s1.error) == (StepStatus.FAILED, "step process was killed by SIGKILL")
        assert_artifacts_whole(run_id)
    # The workers are still healthy: a normal run goes through.
    healthy = make_pipeline(alice, slow_chain(0))
    assert wait_for_run(submit(fault_stack, healthy)).status == RunStatus.COMPLETED
