"""In the browser: a node's run settings (compute target, retries) are edited in its
panel and saved with the pipeline; a failed run is run on with continue-on-failure and
then resumed from the header."""

from __future__ import annotations

import time
from typing import Any

import pytest

from designer import compute, services
from designer.models import Pipeline
from runner.models import PipelineRun, StepRun
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.integration.graphs import edge, node, script

pytestmark = pytest.mark.e2e


def test_run_settings_continue_on_failure_and_resume(page: Any, live_stack: Any, alice: Any, modules: None) -> None:
    workspace = services.workspace_default(user=alice)
    compute.target_create(workspace=workspace, user=alice, fields={"name": "cpu", "queue": "pipewright-test"})
    graph = {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": "a\n1\n"}),
            node("bad", "execute_python_script", {"script": script("raise RuntimeError('flaky')")}, x=250),
            {**node("good", "select_columns", {"columns": ["a"]}), "position": {"x": 250, "y": 220}},
        ],
        "edges": [edge("data", "dataset", "bad", "dataframe1"), edge("data", "dataset", "good", "dataset")],
        "parameters": [],
    }
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="settings", graph=graph)
    base = live_stack.base_url
    log_in(page, base, "alice", "alice-password")
    page.goto(f"{base}/pipelines/{pipeline.pk}/")

    page.click('[data-testid="node-bad"]')
    page.wait_for_selector('[data-testid="node-compute"] option[value="cpu"]', state="attached")
    page.select_option('[data-testid="node-compute"]', "cpu")
    page.fill('[data-testid="node-retries"]', "1")
    page.wait_for_selector('[data-testid="node-retry-on"]')
    page.screenshot(path=str(ARTIFACTS / "run-settings-panel.png"))

    def saved_settings() -> tuple[Any, Any]:
        saved = next(n for n in Pipeline.objects.get(pk=pipeline.pk).graph["nodes"] if n["id"] == "bad")
        return saved.get("compute"), saved.get("max_retries")

    deadline = time.monotonic() + 15
    while saved_settings() != ("cpu", 1):
        assert time.monotonic() < deadline, f"autosave did not store the run settings: {saved_settings()}"
        time.sleep(0.1)
    page.wait_for_selector('[data-testid="save-state"][data-status="saved"]')

    page.click('[data-testid="run-button"]')
    page.check('[data-testid="submit-continue"]')
    page.click('[data-testid="submit-run"]')
    page.wait_for_selector('[data-testid="node-bad"][data-status="failed"]', timeout=60_000)
    page.wait_for_selector('[data-testid="node-good"][data-status="completed"]', timeout=60_000)
    page.wait_for_selector('[data-testid="run-status"][data-status="failed"]')
    first = PipelineRun.objects.get(pipeline=pipeline)
    assert first.continue_on_failure
    bad = StepRun.objects.get(run=first, node_id="bad")
    assert (bad.attempts, bad.compute) == (2, "cpu")

    page.click('[data-testid="resume-button"]')
    page.wait_for_selector('[data-testid="node-data"][data-status="reused"]', timeout=60_000)
    page.wait_for_selector('[data-testid="run-status"][data-status="failed"]', timeout=60_000)
    resumed = PipelineRun.objects.exclude(pk=first.pk).get(pipeline=pipeline)
    assert resumed.resumed_from_id == first.pk
    assert StepRun.objects.get(run=resumed, node_id="good").status == "reused"
    page.screenshot(path=str(ARTIFACTS / "run-settings-resumed.png"))
