"""In the browser: the designer's Publish action freezes the pipeline as a version of a
pipeline endpoint and links to its page; run history says what started each run."""

from __future__ import annotations

from typing import Any

import pytest

from designer import services
from runner import publishing
from runner.models import PublishedPipeline
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.integration.graphs import chain_graph
from tests.integration.helpers import wait_for_run

pytestmark = pytest.mark.e2e


def test_publish_from_the_canvas_and_see_the_trigger_in_run_history(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    workspace = services.workspace_default(user=alice)
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="Churn model", graph=chain_graph(2))
    base = live_stack.base_url
    log_in(page, base, "alice", "alice-password")
    page.goto(f"{base}/pipelines/{pipeline.pk}/")

    page.click('[data-testid="publish-button"]')
    name = page.locator('[data-testid="publish-endpoint"]')
    assert name.input_value() == "churn-model"
    page.fill('[data-testid="publish-description"]', "first cut")
    assert page.is_checked('[data-testid="publish-default"]')
    page.click('[data-testid="publish-submit"]')
    success = page.wait_for_selector('[data-testid="publish-success"]')
    assert "Published churn-model version 1" in success.inner_text()
    link = page.get_attribute('[data-testid="publish-endpoint-link"]', "href")
    assert link == "/pipeline-endpoints/churn-model/"
    page.screenshot(path=str(ARTIFACTS / "publish-dialog.png"))
    published = PublishedPipeline.objects.get(endpoint__name="churn-model")
    assert (published.version, published.description) == (1, "first cut")

    # A run started by the endpoint is marked so in the pipeline's history.
    run, _ = publishing.endpoint_trigger(endpoint=published.endpoint, user=alice)
    wait_for_run(run.pk)
    page.click('[data-testid="publish-dialog"] >> text=Close')
    page.click('[data-testid="history-button"]')
    label = page.wait_for_selector(f'[data-testid="history-trigger-{run.number}"]')
    assert label.inner_text() == "Endpoint"
    assert label.get_attribute("title") == "Started by a call to pipeline endpoint churn-model (version 1)"
