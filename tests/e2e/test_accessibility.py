"""Accessibility in the browser: an axe-core scan of the main pages finds no serious or
critical violation, and a pipeline can be built and wired with the keyboard alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from designer import services
from designer.samples import IRIS_QUICKSTART
from runner.models import PipelineRun
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in

pytestmark = pytest.mark.e2e

AXE = Path(__file__).resolve().parents[2] / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}


def axe_violations(page: Any) -> list[dict[str, Any]]:
    if not AXE.exists():
        pytest.fail(f"axe-core is not installed at {AXE}: run `make` (npm ci in frontend/)")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")


def describe(where: str, violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        targets = "; ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:8])
        lines.append(f"[{where}] {v['impact']} {v['id']}: {v['help']} -> {targets}")
    return "\n".join(lines)


class Scan:
    """Scans the page as it is now; every violation goes to test-artifacts/axe-<where>.json,
    the serious and critical ones fail the test at the end (all of them, not the first)."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.found: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, where: str) -> None:
        violations = axe_violations(self.page)
        (ARTIFACTS / f"axe-{where}.json").write_text(json.dumps(violations, indent=1))
        self.found += [(where, v) for v in violations if v["impact"] in BLOCKING]

    def check(self) -> None:
        assert not self.found, "axe found serious or critical violations:\n" + "\n".join(
            describe(where, [v]) for where, v in self.found
        )


def panel_tabs(page: Any) -> list[str]:
    tabs = page.locator('[data-testid="side-panel"] [role="tab"]')
    tabs.first.wait_for()
    return [tabs.nth(i).get_attribute("data-testid").removeprefix("panel-tab-") for i in range(tabs.count())]


def test_the_main_pages_have_no_serious_accessibility_violation(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    pipeline = services.pipeline_create(
        workspace=services.workspace_default(user=alice),
        user=alice,
        name=IRIS_QUICKSTART["name"],
        graph=IRIS_QUICKSTART["graph"],
    )
    node_ids = [n["id"] for n in IRIS_QUICKSTART["graph"]["nodes"]]
    base = live_stack.base_url
    ARTIFACTS.mkdir(exist_ok=True)
    scan = Scan(page)
    log_in(page, base, "alice", "alice-password")
    scan("home")

    page.goto(f"{base}/pipelines/{pipeline.pk}/")
    for node_id in node_ids:
        page.wait_for_selector(f'[data-testid="node-{node_id}"][data-status="idle"]')
    scan("canvas")

    # The node panel, each of its tabs (the script node has them all).
    page.click('[data-testid="node-summary"]')
    for tab in panel_tabs(page):
        page.click(f'[data-testid="panel-tab-{tab}"]')
        scan(f"panel-{tab}")
    page.click('[data-testid="side-panel-close"]')

    page.click('[data-testid="run-button"]')
    scan("submit-dialog")
    page.click('[data-testid="submit-run"]')
    page.wait_for_selector('[data-testid="run-status"][data-status="completed"]', timeout=60_000)
    run = PipelineRun.objects.get(pipeline=pipeline)

    page.goto(f"{base}/runs/{run.pk}/")
    page.wait_for_selector('[data-testid="node-summary"][data-status="completed"]')
    scan("run")
    page.click('[data-testid="node-summary"]')
    for tab in panel_tabs(page):
        page.click(f'[data-testid="panel-tab-{tab}"]')
        scan(f"run-panel-{tab}")
    page.wait_for_selector('[data-testid="log-panel"]:has-text("training rows")')
    scan("run-panel-log-loaded")
    # An output, in its viewer.
    page.click('[data-testid="panel-tab-outputs"]')
    page.locator('[data-testid^="view-output-"]').first.click()
    page.wait_for_selector('[data-testid="output-viewer-title"]')
    page.wait_for_selector('[data-testid="column-stats"]')
    scan("run-output-viewer")
    page.click('[data-testid="output-viewer-close"]')

    page.goto(f"{base}/modules/")
    scan("modules")
    page.goto(f"{base}/compute/")
    scan("compute")
    scan.check()


def tab_to(page: Any, selector: str, *, back: bool = False, limit: int = 150) -> int:
    """Presses Tab (Shift+Tab going back) until the focused element matches; how many presses."""
    for presses in range(limit):
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return presses
        page.keyboard.press("Shift+Tab" if back else "Tab")
    focused = page.evaluate("document.activeElement?.outerHTML.slice(0, 200)")
    pytest.fail(f"{limit} presses of Tab never reached {selector}; focus is on {focused}")


def focused(page: Any, selector: str) -> bool:
    return bool(page.evaluate("s => document.activeElement?.matches(s) ?? false", selector))


def handle(node_id: str, port: str, kind: str) -> str:
    return f'.react-flow__handle.{kind}[data-nodeid="{node_id}"][data-handleid="{port}"]'


def flow_node(node_id: str) -> str:
    return f'.react-flow__node[data-id="{node_id}"]'


def test_a_user_builds_wires_edits_and_runs_a_pipeline_with_the_keyboard_alone(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    pipeline = services.pipeline_create(
        workspace=services.workspace_default(user=alice), user=alice, name="Keyboard only", graph=None
    )
    base = live_stack.base_url
    log_in(page, base, "alice", "alice-password")
    page.goto(f"{base}/pipelines/{pipeline.pk}/")
    page.wait_for_selector('[data-testid="palette"]')
    keys = page.keyboard

    # Two modules from the palette: search, Tab to the item, Enter. The second lands
    # below the first, not on it.
    tab_to(page, '[data-testid="palette-search"]')
    keys.type("sample dataset")
    keys.press("Tab")
    assert focused(page, '[data-testid="palette-item-sample_dataset"]')
    keys.press("Enter")
    page.wait_for_selector('[data-testid="node-sample_dataset-1"]')
    keys.press("Shift+Tab")
    keys.press("Control+a")
    keys.type("summarize data")
    keys.press("Tab")
    assert focused(page, '[data-testid="palette-item-summarize_data"]')
    keys.press("Enter")
    page.wait_for_selector('[data-testid="node-summarize_data-1"]')
    first = page.locator(flow_node("sample_dataset-1")).bounding_box()
    second = page.locator(flow_node("summarize_data-1")).bounding_box()
    assert second["y"] >= first["y"] + first["height"], (first, second)

    # A wire: Enter on the output, then on the input.
    tab_to(page, handle("sample_dataset-1", "dataset", "source"))
    keys.press("Enter")
    page.wait_for_selector(f'{handle("sample_dataset-1", "dataset", "source")}[data-picked="true"]')
    # The input that would take it says so.
    page.wait_for_selector(f'{handle("summarize_data-1", "dataset", "target")}[data-wire="accepts"]')
    tab_to(page, handle("summarize_data-1", "dataset", "target"))
    keys.press("Enter")
    page.wait_for_selector(".react-flow__edge")
    assert page.locator("[data-picked]").count() == 0
    page.wait_for_selector('[data-testid="save-state"][data-status="saved"]', timeout=15_000)
    pipeline.refresh_from_db()
    assert [(e["source"], e["target"]) for e in pipeline.graph["edges"]] == [("sample_dataset-1", "summarize_data-1")]

    # A node: Enter selects it, arrows move it, Enter again goes into its panel.
    tab_to(page, flow_node("sample_dataset-1"), back=True)
    keys.press("Enter")
    page.wait_for_selector(f"{flow_node('sample_dataset-1')}.selected")
    before = page.locator(flow_node("sample_dataset-1")).bounding_box()
    for _ in range(4):
        keys.press("ArrowDown")
    after = page.locator(flow_node("sample_dataset-1")).bounding_box()
    assert after["y"] > before["y"] + 10, (before, after)
    keys.press("Enter")
    assert focused(page, '[data-testid="side-panel"] [role="tab"]')
    # Its parameter, changed from the keyboard, is saved.
    tab_to(page, '[data-testid="side-panel"] [data-testid="param-name"]')
    keys.press("ArrowDown")
    dataset = page.eval_on_selector('[data-testid="param-name"]', "e => e.value")
    assert dataset != "iris"
    page.wait_for_selector('[data-testid="save-state"][data-status="saved"]', timeout=15_000)
    pipeline.refresh_from_db()
    assert pipeline.graph["nodes"][0]["params"]["name"] == dataset
    # Escape goes back to the node; Escape there closes the panel.
    keys.press("Escape")
    assert focused(page, flow_node("sample_dataset-1"))
    keys.press("Escape")
    page.wait_for_selector('[data-testid="side-panel"]', state="detached")
    assert focused(page, flow_node("sample_dataset-1"))

    # The wire: Enter selects it, Delete removes it, Ctrl+Z brings it back.
    tab_to(page, ".react-flow__edge", back=True)
    keys.press("Enter")
    page.wait_for_selector(".react-flow__edge.selected")
    keys.press("Delete")
    page.wait_for_selector(".react-flow__edge", state="detached")
    keys.press("Control+z")
    page.wait_for_selector(".react-flow__edge")

    # Run: the toolbar's button, then Enter in the dialog.
    tab_to(page, '[data-testid="run-button"]', back=True)
    keys.press("Enter")
    page.wait_for_selector('[data-testid="submit-dialog"]')
    keys.press("Enter")
    page.wait_for_selector('[data-testid="run-status"][data-status="completed"]', timeout=60_000)

    # Find a node, open its outputs and view one.
    tab_to(page, '[data-testid="node-search"]')
    keys.type("summarize")
    keys.press("Enter")
    page.wait_for_function("s => document.activeElement?.matches(s)", arg=flow_node("summarize_data-1"), timeout=5_000)
    keys.press("Enter")
    keys.press("Enter")
    assert focused(page, '[data-testid="side-panel"] [role="tab"]')
    # Arrow keys move along the tabs (each opens as it is reached).
    for _ in range(5):
        if focused(page, '[data-testid="panel-tab-outputs"]'):
            break
        keys.press("ArrowRight")
    assert focused(page, '[data-testid="panel-tab-outputs"]')
    tab_to(page, '[data-testid="view-output-summary"]')
    keys.press("Enter")
    page.wait_for_selector('[data-testid="column-stats"]')
    keys.press("Escape")
    page.wait_for_selector('[data-testid="output-viewer-title"]', state="detached")
    assert page.locator('[data-testid="side-panel"]').count() == 1  # the viewer took that Escape
    page.screenshot(path=str(ARTIFACTS / "keyboard-only.png"))
