"""In the browser: edit a pipeline twice, open the first version read-only, restore it
as the draft, and undo the restore; then a member of two workspaces switches between
them in the top bar."""

from __future__ import annotations

from typing import Any

import pytest

from designer import services
from designer.models import Membership, Pipeline
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.integration.graphs import chain_graph

pytestmark = pytest.mark.e2e


def saved(page: Any) -> None:
    page.wait_for_selector('[data-testid="save-state"][data-status="saved"]', timeout=15_000)


def label_of(pipeline: Pipeline, node_id: str) -> str:
    pipeline.refresh_from_db()
    return str(next(n for n in pipeline.graph["nodes"] if n["id"] == node_id)["label"])


def test_open_a_past_version_restore_it_and_undo_the_restore(
    page: Any, live_stack: Any, alice: Any, bob: Any, modules: None
) -> None:
    workspace = services.workspace_default(user=alice)
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="history", graph=chain_graph(2))
    base = live_stack.base_url
    log_in(page, base, "alice", "alice-password")
    # The top bar names her only workspace.
    assert page.inner_text('[data-testid="workspace-name"]') == "alice's workspace"
    page.goto(f"{base}/pipelines/{pipeline.pk}/")
    page.wait_for_selector('[data-testid="node-n1"]')

    # Two edits, each saved: versions 2 and 3.
    page.click('[data-testid="node-n1"] .pw-node__header')
    page.fill('[data-testid="node-label"]', "First edit")
    saved(page)
    page.fill('[data-testid="node-label"]', "Second edit")
    saved(page)
    assert label_of(pipeline, "n1") == "Second edit"
    page.click('[data-testid="side-panel-close"]')

    page.click('[data-testid="versions-button"]')
    page.wait_for_selector('[data-testid="version-3"]:has-text("(draft)")')
    page.wait_for_selector('[data-testid="version-2"]:has-text("alice")')
    page.click('[data-testid="version-rename-2"]')
    page.fill('[data-testid="version-name-input-2"]', "baseline")
    page.keyboard.press("Enter")
    page.wait_for_selector('[data-testid="version-name-2"]:has-text("baseline")')

    # The first edit, read-only: a clear banner, no palette, the draft left alone.
    page.click('[data-testid="version-open-2"]')
    page.wait_for_selector('[data-testid="read-only-banner"]:has-text("Read-only: version 2 “baseline”")')
    page.wait_for_selector('[data-testid="node-n1"]:has-text("First edit")')
    assert page.locator('[data-testid="palette"]').count() == 0
    page.screenshot(path=str(ARTIFACTS / "versions-read-only.png"))
    page.click('[data-testid="back-to-draft"]')
    page.wait_for_selector('[data-testid="node-n1"]:has-text("Second edit")')
    assert page.locator('[data-testid="read-only-banner"]').count() == 0

    # Restore it: a save of its own (version 4), and the canvas shows it.
    page.click('[data-testid="version-open-2"]')
    page.wait_for_selector('[data-testid="restore-version"]')
    page.click('[data-testid="restore-version"]')
    page.wait_for_selector('[data-testid="read-only-banner"]', state="detached")
    page.wait_for_selector('[data-testid="node-n1"]:has-text("First edit")')
    page.wait_for_selector('[data-testid="version-4"]:has-text("restored from version 2")')
    saved(page)
    assert label_of(pipeline, "n1") == "First edit"
    assert pipeline.revision == 4

    # Undo the restore: the second edit is back on the canvas and saved as version 5.
    page.click('[data-testid="undo-button"]')
    page.wait_for_selector('[data-testid="node-n1"]:has-text("Second edit")')
    page.wait_for_selector('[data-testid="version-5"]')
    saved(page)
    assert label_of(pipeline, "n1") == "Second edit"
    assert pipeline.revision == 5

    # Invited to bob's workspace, she switches to it in the top bar: the home page lists its pipelines.
    bobs = services.workspace_default(user=bob)
    services.pipeline_create(workspace=bobs, user=bob, name="bob's pipeline")
    Membership.objects.create(workspace=bobs, user=alice, role="viewer")
    page.goto(f"{base}/")
    page.select_option('[data-testid="workspace-select"]', str(bobs.pk))
    page.click('[data-testid="workspace-switch-button"]')
    page.wait_for_selector("text=bob's pipeline")
    assert page.locator("text=history").count() == 0
