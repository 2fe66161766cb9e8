"""In the browser: add modules from the palette, wire them, see a wrong wire refused,
and find the edits saved."""

from __future__ import annotations

from typing import Any

import pytest

from designer import services
from designer.models import Pipeline
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in

pytestmark = pytest.mark.e2e


def handle(node_id: str, port: str, kind: str) -> str:
    return f'.react-flow__handle.{kind}[data-nodeid="{node_id}"][data-handleid="{port}"]'


def spot(page: Any, x: float, y: float) -> dict[str, float]:
    """A point at these fractions of the canvas's current size."""
    box = page.locator(".react-flow__pane").bounding_box()
    return {"x": box["width"] * x, "y": box["height"] * y}


def test_a_user_builds_a_pipeline_from_the_palette_and_it_is_saved(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    pipeline = services.pipeline_create(workspace=services.workspace_default(user=alice), user=alice, name="empty")
    log_in(page, live_stack.base_url, "alice", "alice-password")
    page.goto(f"{live_stack.base_url}/pipelines/{pipeline.pk}/")
    page.wait_for_selector('[data-testid="palette"]')

    page.fill('[data-testid="palette-search"]', "sample")
    page.locator('[data-testid="palette-item-sample_dataset"]').drag_to(
        page.locator(".react-flow__pane"), target_position=spot(page, 0.15, 0.3)
    )
    page.wait_for_selector('[data-testid="node-sample_dataset-1"]')
    page.click('[data-testid="side-panel-close"]')  # the new node opened it; give the canvas its width back
    page.fill('[data-testid="palette-search"]', "train model")
    page.locator('[data-testid="palette-item-train_model"]').drag_to(
        page.locator(".react-flow__pane"), target_position=spot(page, 0.7, 0.6)
    )
    page.wait_for_selector('[data-testid="node-train_model-1"]')

    # A DataFrame output cannot feed a Model input: refused with the reason.
    page.drag_and_drop(handle("sample_dataset-1", "dataset", "source"), handle("train_model-1", "model", "target"))
    page.wait_for_selector('[data-testid="wire-refused"]:has-text("DataFrame")')
    page.screenshot(path=str(ARTIFACTS / "editing-wire-refused.png"))
    # The right port takes it.
    page.drag_and_drop(handle("sample_dataset-1", "dataset", "source"), handle("train_model-1", "dataset", "target"))
    page.wait_for_selector('[data-testid="save-state"][data-status="saved"]', timeout=15_000)

    def stored() -> dict[str, Any]:
        return dict(Pipeline.objects.get(pk=pipeline.pk).graph)

    graph = stored()
    assert {n["id"] for n in graph["nodes"]} == {"sample_dataset-1", "train_model-1"}
    assert graph["edges"] == [
        {"source": "sample_dataset-1", "source_port": "dataset", "target": "train_model-1", "target_port": "dataset"}
    ]
    assert next(n for n in graph["nodes"] if n["id"] == "sample_dataset-1")["params"]["name"] == "iris"
    page.screenshot(path=str(ARTIFACTS / "editing-saved.png"))

    page.reload()
    page.wait_for_selector('[data-testid="node-train_model-1"]')
    assert page.locator(".react-flow__edge").count() == 1
