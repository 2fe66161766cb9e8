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

    # Train Model's two inputs are not connected: the problems say so as soon as it is dropped.
    dataset_problem = '[data-testid="problem"][data-node="train_model-1"]:has-text("(dataset)")'
    page.wait_for_selector(dataset_problem, timeout=10_000)

    # A DataFrame output cannot feed a Model input: refused with the reason.
    page.drag_and_drop(handle("sample_dataset-1", "dataset", "source"), handle("train_model-1", "model", "target"))
    page.wait_for_selector('[data-testid="wire-refused"]:has-text("DataFrame")')
    page.screenshot(path=str(ARTIFACTS / "editing-wire-refused.png"))

    # While the wire is drawn, the port that takes it lights up and the other fades.
    source = page.locator(handle("sample_dataset-1", "dataset", "source")).bounding_box()
    target = page.locator(handle("train_model-1", "dataset", "target")).bounding_box()
    page.mouse.move(source["x"] + source["width"] / 2, source["y"] + source["height"] / 2)
    page.mouse.down()
    page.mouse.move(source["x"] + 60, source["y"] + 40, steps=4)
    page.wait_for_selector(f'{handle("train_model-1", "dataset", "target")}[data-wire="accepts"]', timeout=2_000)
    page.wait_for_selector(f'{handle("train_model-1", "model", "target")}[data-wire="refuses"]', timeout=2_000)
    assert "UntrainedModel" in (page.get_attribute(handle("train_model-1", "model", "target"), "aria-label") or "")
    page.screenshot(path=str(ARTIFACTS / "editing-wire-hints.png"))

    # The right port takes it; its problem goes at once, checked in the browser while no
    # save can reach the server.
    def refuse_saves(route: Any) -> None:
        if route.request.method == "PATCH":
            route.abort()
        else:
            route.continue_()

    page.route(f"**/api/pipelines/{pipeline.pk}/", refuse_saves)
    page.mouse.move(target["x"] + target["width"] / 2, target["y"] + target["height"] / 2, steps=4)
    page.mouse.up()
    page.wait_for_selector(dataset_problem, state="detached", timeout=5_000)
    assert page.locator('[data-testid="problem"][data-node="train_model-1"]').count() == 1  # the model input
    assert page.get_attribute('[data-testid="save-state"]', "data-status") != "saved"
    assert page.locator(".pw-handle--accepts, .pw-handle--refuses").count() == 0  # hints end with the drag
    page.unroute(f"**/api/pipelines/{pipeline.pk}/")
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
    # The problems are back on load, without an edit or a submit.
    page.wait_for_selector('[data-testid="problem"][data-node="train_model-1"]:has-text("(model)")', timeout=10_000)
    assert page.locator('[data-testid="node-train_model-1"].pw-node--invalid').count() == 1
