"""In the browser: log in, open the sample pipeline, run it, watch every node complete."""

from __future__ import annotations

from typing import Any

import pytest

from designer import services
from designer.samples import IRIS_QUICKSTART
from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e


def log_in(page: Any, base_url: str, username: str, password: str) -> None:
    page.goto(f"{base_url}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/")


def test_a_user_runs_the_sample_pipeline_and_sees_every_node_complete(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    workspace = services.workspace_default(user=alice)
    services.pipeline_create(
        workspace=workspace, user=alice, name=IRIS_QUICKSTART["name"], graph=IRIS_QUICKSTART["graph"]
    )
    node_ids = [n["id"] for n in IRIS_QUICKSTART["graph"]["nodes"]]

    log_in(page, live_stack.base_url, "alice", "alice-password")
    page.get_by_role("link", name=IRIS_QUICKSTART["name"], exact=True).click()
    for node_id in node_ids:
        page.wait_for_selector(f'[data-testid="node-{node_id}"][data-status="idle"]')
    page.screenshot(path=str(ARTIFACTS / "canvas-before-run.png"))

    page.click('[data-testid="run-button"]')
    page.click('[data-testid="submit-run"]')
    for node_id in node_ids:
        page.wait_for_selector(f'[data-testid="node-{node_id}"][data-status="completed"]', timeout=60_000)
    page.wait_for_selector('[data-testid="run-status"][data-status="completed"]')
    page.screenshot(path=str(ARTIFACTS / "canvas-after-run.png"))

    # The script's printed output is in its log panel.
    page.click('[data-testid="node-summary"]')
    page.click('[data-testid="panel-tab-log"]')
    page.wait_for_selector('[data-testid="log-panel"]:has-text("training rows: 105")')
    page.screenshot(path=str(ARTIFACTS / "canvas-log-panel.png"))
