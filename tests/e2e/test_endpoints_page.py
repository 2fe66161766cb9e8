"""In the browser: from the Endpoints page to an endpoint, promote a version, then roll
back in one click, the live version changing each time; the deploy node links there."""

from __future__ import annotations

from typing import Any

import pytest

from designer import services
from tests.e2e.test_canvas import log_in
from tests.integration.helpers import wait_for_run
from tests.integration.test_endpoints import deploy_graph

pytestmark = pytest.mark.e2e


def test_promote_and_roll_back_from_the_endpoint_page(page: Any, live_stack: Any, alice: Any, modules: None) -> None:
    from runner.services import run_submit

    workspace = services.workspace_default(user=alice)
    for name, c in (("strong", 1.0), ("weak", 0.01)):
        pipeline = services.pipeline_create(
            workspace=workspace, user=alice, name=name, graph=deploy_graph("iris-live", C=c)
        )
        assert wait_for_run(run_submit(pipeline=pipeline, user=alice).pk).status == "completed"

    log_in(page, live_stack.base_url, "alice", "alice-password")
    page.goto(f"{live_stack.base_url}/")
    page.click("header.topbar >> text=Endpoints")
    assert page.inner_text('[data-testid="endpoint-iris-live-live"]') == "1"
    page.click('[data-testid="realtime-endpoints"] >> text=iris-live')

    assert page.inner_text('[data-testid="live-version"]') == "1"
    page.click('[data-testid="promote-2"]')
    page.wait_for_selector('[data-testid="version-2"] [data-testid="live-marker"]')
    assert page.inner_text('[data-testid="live-version"]') == "2"
    assert page.is_visible('[data-testid="promote-1"]')

    page.click('[data-testid="rollback-button"]')
    page.wait_for_selector('[data-testid="version-1"] [data-testid="live-marker"]')
    assert page.inner_text('[data-testid="live-version"]') == "1"
    assert page.is_visible('[data-testid="promote-2"]')

    # The canvas: the deploy node's side panel links to the endpoint's page.
    pipeline = workspace.pipelines.get(name="weak")
    page.goto(f"{live_stack.base_url}/pipelines/{pipeline.pk}/")
    page.click('.react-flow__node[data-id="deploy"]')
    page.click('[data-testid="endpoint-page-link"]')
    page.wait_for_url("**/endpoints/iris-live/")
    assert page.inner_text('[data-testid="live-version"]') == "1"
