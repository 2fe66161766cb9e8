"""In the browser: a script node raises and the run fails; the user fixes the script in
the node panel and clicks "Resume with fix". The new run reuses what the failed run
finished (a never-reused step too), runs the fixed node and what follows it, and links
back to the run it resumed."""

from __future__ import annotations

from typing import Any

import pytest

from designer import services
from runner.models import PipelineRun, StepRun
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.integration.graphs import edge, node, script

pytestmark = pytest.mark.e2e

RANDOM_COLUMN = "import random\nreturn dataframe1.assign(r=random.random()),"


def at(entry: dict[str, Any], x: int, y: int) -> dict[str, Any]:
    return {**entry, "position": {"x": x, "y": y}}


def test_a_failed_run_is_fixed_in_the_panel_and_resumed(page: Any, live_stack: Any, alice: Any, modules: None) -> None:
    workspace = services.workspace_default(user=alice)
    graph = {
        "schema": 1,
        # Two rows, so that every node stays in view beside the open node panel.
        "nodes": [
            at(node("data", "enter_data", {"text": "a\n1\n2\n"}), 0, 0),
            at({**node("rand", "execute_python_script", {"script": script(RANDOM_COLUMN)}), "reuse": False}, 250, 0),
            at(node("bad", "execute_python_script", {"script": script("raise RuntimeError('typo')")}), 0, 220),
            at(node("after", "select_columns", {"columns": ["a"]}), 250, 220),
        ],
        "edges": [
            edge("data", "dataset", "rand", "dataframe1"),
            edge("rand", "result1", "bad", "dataframe1"),
            edge("bad", "result1", "after", "dataset"),
        ],
        "parameters": [],
    }
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="resume", graph=graph)
    base = live_stack.base_url
    log_in(page, base, "alice", "alice-password")
    page.goto(f"{base}/pipelines/{pipeline.pk}/")

    page.click('[data-testid="run-button"]')
    page.click('[data-testid="submit-run"]')
    page.wait_for_selector('[data-testid="node-bad"][data-status="failed"]', timeout=60_000)
    page.wait_for_selector('[data-testid="run-status"][data-status="failed"]')
    page.wait_for_selector('[data-testid="node-after"][data-status="skipped"]')
    failed = PipelineRun.objects.get(pipeline=pipeline)

    # The fix, typed into the failed node's script; "Resume with fix" saves it first.
    page.click('[data-testid="node-bad"] .pw-node__header')
    page.click('[data-testid="panel-tab-code"]')
    page.locator('[data-testid="param-script"] .cm-content').click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.type("def main(dataframe1, dataframe2):")
    page.keyboard.press("Enter")
    page.keyboard.type("return dataframe1,")
    page.screenshot(path=str(ARTIFACTS / "resume-fix-typed.png"))
    page.click('[data-testid="resume-fix-button"]')

    page.wait_for_selector('[data-testid="run-status"][data-status="completed"]', timeout=60_000)
    for node_id, status in (("data", "reused"), ("rand", "reused"), ("bad", "completed"), ("after", "completed")):
        page.wait_for_selector(f'[data-testid="node-{node_id}"][data-status="{status}"]')
    assert page.inner_text('[data-testid="run-number"]') == "Run #2"
    link = page.locator('[data-testid="resumed-from"]')
    assert link.inner_text() == "resumed from run #1"
    assert link.get_attribute("href") == f"/runs/{failed.pk}/"
    page.screenshot(path=str(ARTIFACTS / "resume-with-fix.png"))

    resumed = PipelineRun.objects.exclude(pk=failed.pk).get(pipeline=pipeline)
    assert resumed.resumed_from_id == failed.pk
    rand = StepRun.objects.get(run=resumed, node_id="rand")
    assert rand.reused_from == StepRun.objects.get(run=failed, node_id="rand")
    fixed = next(n for n in resumed.snapshot["graph"]["nodes"] if n["id"] == "bad")
    assert "raise" not in fixed["params"]["script"]

    # The history names the run each resumed, and the failed run's page the run that resumed it.
    page.click('[data-testid="history-button"]')
    assert page.inner_text('[data-testid="history-resumed-2"]') == "resumed from #1"
    link.click()
    page.wait_for_url(f"{base}/runs/{failed.pk}/")
    page.wait_for_selector('[data-testid="resumed-by"]:has-text("resumed as run #2")')
    page.wait_for_selector('[data-testid="run-status"][data-status="failed"]')
    assert page.locator('[data-testid="resume-fix-button"]').count() == 0  # nothing to edit on a past run
