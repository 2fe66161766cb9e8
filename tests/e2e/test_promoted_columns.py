"""In the browser: a columns param promoted to a pipeline parameter is submitted from the
run dialog as a list of column names, and the run uses the names typed there."""

from __future__ import annotations

import time
from typing import Any

import pytest

from designer import services
from designer.models import Pipeline
from runner.models import PipelineRun, RunStatus
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.integration.graphs import CSV, edge, node

pytestmark = pytest.mark.e2e


def test_a_promoted_columns_parameter_is_submitted_as_a_list(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    workspace = services.workspace_default(user=alice)
    graph = {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": CSV}),
            node("pick", "select_columns", {"columns": ["x", "label"]}, x=250),
        ],
        "edges": [edge("data", "dataset", "pick", "dataset")],
        "parameters": [],
    }
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="promoted", graph=graph)
    base = live_stack.base_url
    log_in(page, base, "alice", "alice-password")
    page.goto(f"{base}/pipelines/{pipeline.pk}/")

    page.click('[data-testid="node-pick"]')
    page.hover('[data-testid="param-columns"]')  # the promote link shows on the row under the pointer
    page.click('[data-testid="promote-columns"]')
    page.wait_for_selector('[data-testid="param-binding-columns"]')
    deadline = time.monotonic() + 15
    while not Pipeline.objects.get(pk=pipeline.pk).graph["parameters"]:
        assert time.monotonic() < deadline, "autosave did not store the pipeline parameter"
        time.sleep(0.1)
    assert Pipeline.objects.get(pk=pipeline.pk).graph["parameters"] == [
        {"name": "columns", "type": "columns", "default": ["x", "label"]}
    ]
    page.wait_for_selector('[data-testid="save-state"][data-status="saved"]')

    page.click('[data-testid="run-button"]')
    field = page.locator('[data-testid="submit-param-columns"]')
    assert field.input_value() == "x, label"
    field.fill("y, label")
    page.screenshot(path=str(ARTIFACTS / "promoted-columns-submit.png"))
    page.click('[data-testid="submit-run"]')
    page.wait_for_selector('[data-testid="run-status"][data-status="completed"]', timeout=60_000)

    run = PipelineRun.objects.get(pipeline=pipeline)
    assert run.status == RunStatus.COMPLETED, run.error
    assert run.parameters == {"columns": ["y", "label"]}
