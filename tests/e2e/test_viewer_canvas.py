"""In the browser: a viewer of a workspace opens a pipeline there. The canvas says they
can look but not change anything, offers no Run, Publish or Resume, and neither a drag
nor typing changes the pipeline or sends a save; they still select nodes and read their
panels, open the run history and the versions (without naming or restoring one), and a
version opened and closed again leaves them read-only."""

from __future__ import annotations

import time
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from designer import members, services
from designer.models import Pipeline
from runner import services as run_services
from runner.models import PipelineRun, RunStatus
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.integration.graphs import CSV, edge, node, script

pytestmark = pytest.mark.e2e

# What a viewer's canvas may still send: checks that store nothing (designer/roles.py).
READS_BY_POST = ("/validate/", "/schema/")


def at(entry: dict[str, Any], x: int, y: int) -> dict[str, Any]:
    return {**entry, "position": {"x": x, "y": y}}


def graph() -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            at(node("data", "enter_data", {"text": CSV}), 0, 0),
            at(node("split", "split_data", {"fraction": 0.7, "seed": 1}), 250, 0),
            at(node("bad", "execute_python_script", {"script": script("raise RuntimeError('typo')")}), 250, 220),
        ],
        "edges": [edge("data", "dataset", "split", "dataset"), edge("data", "dataset", "bad", "dataframe1")],
        "parameters": [],
    }


def failed_run(pipeline: Pipeline, user: Any) -> PipelineRun:
    run = run_services.run_submit(pipeline=pipeline, user=user)
    deadline = time.monotonic() + 60
    while run.status != RunStatus.FAILED:
        assert time.monotonic() < deadline, f"run still {run.status}"
        time.sleep(0.2)
        run.refresh_from_db()
    return run


def test_a_viewer_looks_at_a_pipeline_and_changes_nothing(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    workspace = services.workspace_default(user=alice)
    services.user_create(username="bob", password="bob-password")
    members.member_invite(workspace=workspace, user=alice, username="bob", role="viewer")
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="shared", graph=graph())
    run = failed_run(pipeline, alice)
    pipeline.refresh_from_db()
    before = (pipeline.revision, pipeline.graph)

    changes: list[str] = []

    def record_change(request: Any) -> None:
        path = request.url.split("?")[0]
        writes = request.method in ("POST", "PUT", "PATCH", "DELETE")
        if writes and "/api/" in path and not path.endswith(READS_BY_POST):
            changes.append(f"{request.method} {request.url}")

    page.on("request", record_change)
    base = live_stack.base_url
    log_in(page, base, "bob", "bob-password")
    page.goto(f"{base}/pipelines/{pipeline.pk}/")
    page.wait_for_selector('[data-testid="node-split"]')

    banner = page.wait_for_selector('[data-testid="viewer-banner"]')
    assert "viewer in this workspace" in banner.inner_text() and "Ask an owner" in banner.inner_text()
    page.screenshot(path=str(ARTIFACTS / "viewer-canvas.png"))
    # Nothing a viewer could not do is offered: no run, publish, resume, save state or editing tools.
    for absent in (
        "run-button",
        "publish-button",
        "deploy-button",
        "resume-button",
        "resume-fix-button",
        "save-state",
        "palette",
        "undo-button",
        "redo-button",
        "paste-button",
        "layout-button",
    ):
        assert page.locator(f'[data-testid="{absent}"]').count() == 0, absent
    page.click('[data-testid="file-menu-button"]')
    assert page.locator('[data-testid="export-yaml"]').is_visible()
    assert page.locator('[data-testid="import-pipeline"]').count() == 0
    page.click('[data-testid="file-menu-button"]')

    # A drag moves no node (it pans the view: every node moves on screen alike).
    def offset() -> tuple[float, float]:
        split = page.locator('[data-testid="node-split"]').bounding_box()
        data = page.locator('[data-testid="node-data"]').bounding_box()
        return (split["x"] - data["x"], split["y"] - data["y"])

    start = offset()
    header = page.locator('[data-testid="node-split"] .pw-node__header').bounding_box()
    page.mouse.move(header["x"] + 20, header["y"] + 8)
    page.mouse.down()
    page.mouse.move(header["x"] + 140, header["y"] + 120, steps=8)
    page.mouse.up()
    assert offset() == start
    page.click('[data-testid="fit-button"]')

    # The node's panel reads, and does not take typing: fields, and code, are read-only.
    # (A click while the fit's pan is still moving the node can miss it: clicked again.)
    seed = None
    for _ in range(3):
        page.click('[data-testid="node-split"] .pw-node__header')
        try:
            seed = page.wait_for_selector('[data-testid="param-seed"]', timeout=10_000)
            break
        except PlaywrightTimeoutError:
            continue
    assert seed is not None, "the node's panel never opened"
    assert seed.is_disabled() and seed.input_value() == "1"
    fields = page.locator('[data-testid="panel-body-parameters"] fieldset').first
    assert "You are a viewer in this workspace" in (fields.get_attribute("title") or "")
    page.keyboard.press("Delete")
    page.keyboard.press("Control+z")
    assert page.locator('[data-testid="node-split"]').count() == 1
    page.click('[data-testid="node-bad"] .pw-node__header')
    page.click('[data-testid="panel-tab-code"]')
    code = page.wait_for_selector('[data-testid="param-script"] .cm-content')
    assert code.get_attribute("contenteditable") == "false"
    code.click()
    page.keyboard.type("x = 1")
    assert "x = 1" not in code.inner_text()

    # The run history lists alice's run.
    page.click('[data-testid="history-button"]')
    page.wait_for_selector('[data-testid="history-run-1"]')
    assert "failed" in page.inner_text('[data-testid="history-run-1"]')

    # The versions open and compare, and are neither named nor restored.
    page.click('[data-testid="versions-button"]')
    page.wait_for_selector('[data-testid="version-open-1"]')
    assert page.locator('[data-testid^="version-rename-"]').count() == 0
    assert page.locator('[data-testid^="version-restore-"]').count() == 0
    page.click('[data-testid="version-open-1"]')
    page.wait_for_selector('[data-testid="read-only-banner"]')
    assert page.locator('[data-testid="restore-version"]').count() == 0
    page.click('[data-testid="back-to-draft"]')
    # Back on the draft, still a viewer: read-only, with nothing to run or undo.
    page.wait_for_selector('[data-testid="viewer-banner"]')
    for absent in ("run-button", "publish-button", "undo-button", "save-state"):
        assert page.locator(f'[data-testid="{absent}"]').count() == 0, absent

    # The failed run's page: read-only, neither resumed nor cloned by a viewer.
    page.goto(f"{base}/runs/{run.pk}/")
    page.wait_for_selector('[data-testid="read-only-banner"]')
    page.wait_for_selector('[data-testid="run-status"][data-status="failed"]')
    for absent in ("resume-button", "resume-fix-button", "clone-run", "run-button"):
        assert page.locator(f'[data-testid="{absent}"]').count() == 0, absent

    assert changes == []
    pipeline.refresh_from_db()
    assert (pipeline.revision, pipeline.graph) == before
