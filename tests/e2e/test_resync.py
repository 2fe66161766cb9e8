"""The web server dies, or Redis restarts, while a canvas watches a run: the canvas
resyncs from a snapshot (after reconnecting, or when the events' numbering begins
again), so no status stays stale. Repeated five times (PIPEWRIGHT_FAULT_REPEAT)."""

from __future__ import annotations

import functools
import os
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from django.conf import settings

from designer import services
from runner.models import PipelineRun, RunStatus, StepRun
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.faults.conftest import FAST_TIMINGS, FaultStack, running_fault_stack
from tests.integration.graphs import edge, node, script

pytestmark = pytest.mark.e2e

REPEAT = int(os.environ.get("PIPEWRIGHT_FAULT_REPEAT", "5"))
# The step runs until the test lets it finish (a file appearing in its work directory,
# which is its current directory), at most a minute: it must still be running when the
# web server goes down, however slowly the page loads, and no longer than that.
SLOW = script(
    "import os, time\n"
    "for _ in range(1200):\n    if os.path.exists('finish'):\n        break\n    time.sleep(0.05)\n"
    "return dataframe1,"
)


def let_the_slow_step_finish(run_id: int) -> None:
    step = StepRun.objects.get(run_id=run_id, node_id="slow")
    workdirs = list(Path(settings.WORK_ROOT).glob(f"step-{step.pk}-*"))
    assert workdirs, f"no work directory for step {step.pk}"
    for workdir in workdirs:
        (workdir / "finish").touch()


def finish_while_down(page: Any, run_id: int, screenshot: bool) -> None:
    """With the server down: the banner shows, the run finishes unseen, and the canvas
    still shows what it last heard."""
    page.wait_for_selector('[data-testid="connection-banner"]', timeout=15_000)
    let_the_slow_step_finish(run_id)
    deadline = time.monotonic() + 60
    while PipelineRun.objects.get(pk=run_id).status != RunStatus.COMPLETED:
        assert time.monotonic() < deadline, "the run did not finish while the web server was down"
        time.sleep(0.1)
    if screenshot:
        page.screenshot(path=str(ARTIFACTS / "resync-server-down.png"))
    assert page.get_attribute('[data-testid="node-slow"]', "data-status") == "running"


def test_a_canvas_resyncs_after_the_web_server_restarts(page: Any, live_stack: Any, alice: Any, modules: None) -> None:
    from runner.services import run_submit

    graph = {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": "a\n1\n"}),
            node("slow", "execute_python_script", {"script": SLOW}),
        ],
        "edges": [edge("data", "dataset", "slow", "dataframe1")],
        "parameters": [],
    }
    workspace = services.workspace_default(user=alice)
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="resync", graph=graph)
    log_in(page, live_stack.base_url, "alice", "alice-password")

    for round_ in range(REPEAT):
        run = run_submit(pipeline=pipeline, user=alice, force_rerun=True)
        page.goto(f"{live_stack.base_url}/runs/{run.pk}/")
        try:
            page.wait_for_selector('[data-testid="node-slow"][data-status="running"]', timeout=30_000)
        except Exception as exc:
            steps = list(run.steps.values_list("node_id", "status", "started_at", "finished_at"))
            shown = page.get_attribute('[data-testid="node-slow"]', "data-status")
            raise AssertionError(f"round {round_}: canvas shows {shown}; steps {steps}") from exc
        live_stack.restart_web(down_while=functools.partial(finish_while_down, page, run.pk, round_ == 0))
        page.wait_for_selector('[data-testid="node-slow"][data-status="completed"]', timeout=30_000)
        page.wait_for_selector('[data-testid="run-status"][data-status="completed"]')
        page.wait_for_selector('[data-testid="connection-banner"]', state="detached")
        # The next round's page must load while its step still runs: a fresh server
        # loads its views on the first request, so make that request now.
        urllib.request.urlopen(f"{live_stack.base_url}/login/", timeout=30).read()
    page.screenshot(path=str(ARTIFACTS / "resync-after-restart.png"))


# Forty log lines first, so the run's event numbers are well past what the few
# events after a Redis restart count up to again.
CHATTY_SLOW = script(
    "import time\n"
    "for i in range(40):\n    print('line', i, flush=True)\n    time.sleep(0.02)\n"
    "time.sleep(4)\nreturn dataframe1,"
)


@pytest.fixture
def private_stack(django_db_setup: None, alice: Any, modules: None) -> Iterator[FaultStack]:
    """Web, beat and workers on a Redis of this test's own: restarting the Redis that
    REDIS_URL names would pull it from under everyone else using it."""
    with running_fault_stack(alice, FAST_TIMINGS) as stack:
        yield stack


def test_a_canvas_ends_with_the_final_states_after_a_redis_restart(
    page: Any, private_stack: FaultStack, alice: Any
) -> None:
    """Redis restarts while a canvas watches a run: the web server and the websocket stay
    up, but the events' counter starts again from 1. The canvas must not take the new
    events for stale ones: it ends showing every step and the run completed."""
    graph = {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": "a\n1\n"}),
            node("slow", "execute_python_script", {"script": CHATTY_SLOW}, x=200),
            node("after", "execute_python_script", {"script": script("return dataframe1,")}, x=400),
        ],
        "edges": [edge("data", "dataset", "slow", "dataframe1"), edge("slow", "result1", "after", "dataframe1")],
        "parameters": [],
    }
    workspace = services.workspace_default(user=alice)
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="redis resync", graph=graph)
    base_url = private_stack.stack.base_url
    log_in(page, base_url, "alice", "alice-password")

    for round_ in range(REPEAT):
        response = requests.post(
            f"{base_url}/api/pipelines/{pipeline.pk}/runs/",
            json={"force_rerun": True},
            headers=private_stack.headers(),
            timeout=30,
        )
        assert response.status_code == 201, response.text
        run_id = int(response.json()["id"])
        page.goto(f"{base_url}/runs/{run_id}/")
        page.wait_for_selector('[data-testid="node-slow"][data-status="running"]', timeout=30_000)
        deadline = time.monotonic() + 30
        while "line 39" not in (StepRun.objects.get(run_id=run_id, node_id="slow").log or ""):
            assert time.monotonic() < deadline, "the step's log lines were never written"
            time.sleep(0.1)
        private_stack.redis.stop()
        time.sleep(1.5)
        private_stack.redis.start()
        deadline = time.monotonic() + 90
        while PipelineRun.objects.get(pk=run_id).status != RunStatus.COMPLETED:
            assert time.monotonic() < deadline, f"round {round_}: the run did not finish after the Redis restart"
            time.sleep(0.1)
        try:
            for node_id in ("data", "slow", "after"):
                page.wait_for_selector(f'[data-testid="node-{node_id}"][data-status="completed"]', timeout=15_000)
            page.wait_for_selector('[data-testid="run-status"][data-status="completed"]', timeout=15_000)
        except Exception as exc:
            shown = {
                n: page.get_attribute(f'[data-testid="node-{n}"]', "data-status") for n in ("data", "slow", "after")
            }
            page.screenshot(path=str(ARTIFACTS / "resync-redis-restart-stale.png"))
            raise AssertionError(f"round {round_}: the canvas shows {shown} for a completed run") from exc
    page.screenshot(path=str(ARTIFACTS / "resync-after-redis-restart.png"))
