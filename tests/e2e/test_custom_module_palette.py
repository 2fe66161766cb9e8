"""A custom module published through the upload form shows up in the palette beside the
built-ins, can be added to a pipeline from it, and runs."""

from __future__ import annotations

from typing import Any

import pytest

from designer import services
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.integration.graphs import node
from tests.integration.test_modules import SOURCE, SPEC_YAML

pytestmark = pytest.mark.e2e


def test_a_published_custom_module_is_in_the_palette_beside_the_built_ins(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    data = node("data", "enter_data", {"text": "x,y\n1,2\n3,4\n"})
    workspace = services.workspace_default(user=alice)
    pipeline = services.pipeline_create(
        workspace=workspace, user=alice, name="custom", graph={"schema": 1, "nodes": [data], "edges": []}
    )
    log_in(page, live_stack.base_url, "alice", "alice-password")

    page.goto(f"{live_stack.base_url}/modules/")
    page.fill("textarea[name=spec]", SPEC_YAML)
    page.fill("textarea[name=source]", SOURCE)
    page.click("form.stack button.primary")  # not the header's log-out button
    page.wait_for_selector('[data-testid="published"]:has-text("add_total 1.0.0")')

    page.goto(f"{live_stack.base_url}/pipelines/{pipeline.pk}/")
    page.wait_for_selector('[data-testid="palette-item-add_total"]')
    page.wait_for_selector('[data-testid="palette-item-split_data"]')  # beside the built-ins
    page.fill('[data-testid="palette-search"]', "sum of two")  # found by its description
    item = page.locator('[data-testid="palette-item-add_total"]')
    item.wait_for()
    assert page.locator('[data-testid="palette-item-split_data"]').count() == 0
    item.hover()  # the hover card: what it does, its typed ports, its parameters
    card = page.wait_for_selector('[data-testid="palette-card"]:has-text("sum of two numeric columns")')
    assert "dataset: DataFrame" in card.inner_text() and "scale: float = 1" in card.inner_text()
    page.screenshot(path=str(ARTIFACTS / "palette-custom-module.png"))
    # A new search takes the hovered item away: its card goes with it, not left
    # describing a module that is no longer listed.
    page.fill('[data-testid="palette-search"]', "split data")
    page.wait_for_selector('[data-testid="palette-item-split_data"]')
    page.wait_for_selector('[data-testid="palette-card"]', state="detached", timeout=2_000)
    page.fill('[data-testid="palette-search"]', "sum of two")
    item.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector('.react-flow__node:has-text("Add Total")')
