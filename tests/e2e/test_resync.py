"""The web server dies while a canvas watches a run: the canvas says so, reconnects
when the server is back and resyncs from a snapshot, so no status stays stale.
Repeated five times (PIPEWRIGHT_FAULT_REPEAT)."""

from __future__ import annotations

import functools
import os
import time
import urllib.request
from typing import Any

import pytest

from designer import services
from runner.models import PipelineRun, RunStatus
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.integration.graphs import edge, node, script

pytestmark = pytest.mark.e2e

REPEAT = int(os.environ.get("PIPEWRIGHT_FAULT_REPEAT", "5"))
SLOW = script("import time\ntime.sleep(8)\nreturn dataframe1,")


def finish_while_down(page: Any, run_id: int, screenshot: bool) -> None:
    """With the server down: the banner shows, the run finishes unseen, and the canvas
    still shows what it last heard."""
    page.wait_for_selector('[data-testid="connection-banner"]', timeout=15_000)
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
