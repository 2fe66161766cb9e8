"""In the browser: run a sample through the submit dialog, read its outputs (metrics
with a ROC chart, a threshold slider and the lift chart, a dataset's column
statistics), find it in the run history, open it read-only and clone it into a draft."""

from __future__ import annotations

import re
from typing import Any

import pytest

from designer import services
from designer.models import Pipeline
from designer.samples import BINARY_CLASSIFICATION
from runner.models import PipelineRun
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.integration.graphs import CSV, edge, node, script

pytestmark = pytest.mark.e2e


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"run-views-{name}.png"))


def test_a_user_runs_a_sample_reads_its_outputs_and_clones_the_run(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    pipeline = services.pipeline_create(
        workspace=services.workspace_default(user=alice),
        user=alice,
        name=BINARY_CLASSIFICATION["name"],
        graph=BINARY_CLASSIFICATION["graph"],
    )
    node_ids = [n["id"] for n in BINARY_CLASSIFICATION["graph"]["nodes"]]
    base = live_stack.base_url
    log_in(page, base, "alice", "alice-password")
    page.goto(f"{base}/pipelines/{pipeline.pk}/")
    page.wait_for_selector(f'[data-testid="node-{node_ids[0]}"]')

    # Submit through the dialog, with an experiment name.
    page.click('[data-testid="run-button"]')
    page.fill('[data-testid="submit-experiment"]', "baseline")
    assert page.inner_text('[data-testid="submit-experiment-hint"]') == "A new experiment “baseline” will be created."
    shot(page, "submit-dialog")
    page.click('[data-testid="submit-run"]')
    page.wait_for_selector('[data-testid="submit-dialog"]', state="detached")
    for node_id in node_ids:
        page.wait_for_selector(f'[data-testid="node-{node_id}"][data-status="completed"]', timeout=90_000)
    page.wait_for_selector('[data-testid="run-status"][data-status="completed"]')
    assert page.inner_text('[data-testid="run-step-count"]') == f"{len(node_ids)}/{len(node_ids)} steps"
    shot(page, "completed")
    run = PipelineRun.objects.get(pipeline=pipeline)
    assert run.experiment is not None and run.experiment.name == "baseline"
    assert page.locator('[data-testid="node-evaluate"] .pw-status-icon').inner_text() == "✓"

    # The evaluation's metrics: accuracy and the ROC chart.
    page.click('[data-testid="node-evaluate"]')
    page.click('[data-testid="panel-tab-outputs"]')
    page.click('[data-testid="view-output-metrics"]')
    assert page.inner_text('[data-testid="output-viewer-title"]') == "Metrics — Evaluate, run #1"
    accuracy = page.wait_for_selector('[data-testid="metric-accuracy"]')
    assert re.search(r"accuracy\s*0\.\d+", accuracy.inner_text())
    page.wait_for_selector('[data-testid="roc-chart"] path')
    assert "AUC" in page.inner_text('[data-testid="roc-chart"]')
    page.wait_for_selector('[data-testid="confusion-matrix"]')
    shot(page, "metrics")

    # The threshold slider starts at 0.5 with the model's own numbers; moved up, fewer
    # passengers are predicted to survive and the matrix and metrics follow at once.
    explorer = '[data-testid="threshold-explorer"]'
    assert page.inner_text('[data-testid="threshold-value"]') == "0.5"
    for name in ("precision", "recall", "f1", "accuracy"):
        shown = page.inner_text(f'[data-testid="threshold-{name}"] td')
        assert shown == page.inner_text(f'[data-testid="metric-{name}"] td'), name
    cells = [f'{explorer} [data-testid="cell-{i}-{j}"]' for i in (0, 1) for j in (0, 1)]
    before = [int(page.inner_text(cell)) for cell in cells]
    recall_text = page.inner_text('[data-testid="threshold-recall"] td')
    page.focus('[data-testid="threshold-slider"]')
    for _ in range(60):  # 0.005 a step: to 0.8
        page.keyboard.press("ArrowRight")
    assert page.inner_text('[data-testid="threshold-value"]') == "0.8"
    after = [int(page.inner_text(cell)) for cell in cells]
    assert sum(after) == sum(before) and after != before
    # Columns are predicted died, survived: the survived column only shrinks.
    assert after[1] <= before[1] and after[3] < before[3]
    assert float(page.inner_text('[data-testid="threshold-recall"] td')) < float(recall_text)
    assert page.inner_text('[data-testid="metric-recall"] td') == recall_text  # the run's own numbers stay
    page.wait_for_selector('[data-testid="roc-chart"] .recharts-reference-dot')
    # Cumulative gains and lift: the best-scored tenth holds more survivors than a random tenth.
    page.wait_for_selector('[data-testid="gains-chart"] .recharts-line path')
    page.wait_for_selector('[data-testid="lift-chart"] .recharts-bar-rectangle')
    first_decile = page.locator('[data-testid="lift-chart"] [data-testid="chart-data"] tbody tr').first
    assert first_decile.locator("th").inner_text() == "10%"
    assert float(first_decile.locator("td").inner_text()) > 1
    shot(page, "metrics-threshold")
    page.locator('[data-testid="lift-chart"]').scroll_into_view_if_needed()
    shot(page, "metrics-lift")
    page.click('[data-testid="threshold-reset"]')
    assert page.inner_text('[data-testid="threshold-value"]') == "0.5"
    page.click('[data-testid="output-viewer-close"]')

    # A dataset: per-column statistics with histograms.
    page.click('[data-testid="node-load"]')
    page.click('[data-testid="view-output-dataset"]')  # the Outputs tab stays chosen
    assert page.inner_text('[data-testid="output-viewer-title"]') == (
        "Dataset — Titanic passengers, run #1 · DataFrame"
    )
    page.wait_for_selector('[data-testid="column-stat-Age"]')
    page.wait_for_selector('[data-testid="column-stat-Age"] .recharts-bar-rectangle')
    assert page.locator('[data-testid="column-stat-Age"] .recharts-bar-rectangle').count() > 1
    assert "Survived" in page.inner_text('[data-testid="column-stats"]')
    shot(page, "dataframe")
    page.click('[data-testid="output-viewer-close"]')

    # Run again unchanged: every step is reused, and the node says from where.
    page.click('[data-testid="side-panel-close"]')
    page.click('[data-testid="run-button"]')
    page.click('[data-testid="submit-run"]')
    page.wait_for_selector('[data-testid="run-status"][data-status="completed"]', timeout=60_000)
    page.wait_for_selector('[data-testid="node-evaluate"][data-status="reused"]')
    assert "from run #1" in page.inner_text('[data-testid="node-evaluate"] [data-testid="node-reason"]')
    shot(page, "reused")

    # The history lists both runs; the first opens read-only with its statuses.
    page.click('[data-testid="history-button"]')
    page.wait_for_selector('[data-testid="history-run-2"]')
    row = page.wait_for_selector('[data-testid="history-run-1"]')
    assert "baseline" in row.inner_text()
    assert "alice" in row.inner_text()
    # Each shows its main metric, the reused run too (its metrics come with its steps).
    assert re.fullmatch(r"auc 0\.\d+", page.inner_text('[data-testid="history-metric-1"]'))
    assert page.inner_text('[data-testid="history-metric-2"]') == page.inner_text('[data-testid="history-metric-1"]')
    shot(page, "history")
    page.click('[data-testid="history-run-1"] a')
    page.wait_for_url(f"{base}/runs/{run.pk}/")
    page.wait_for_selector('[data-testid="read-only-banner"]:has-text("Read-only: run #1")')
    page.wait_for_selector('[data-testid="node-evaluate"][data-status="completed"]')
    assert page.locator('[data-testid="run-button"]').count() == 0
    assert page.locator('[data-testid="palette"]').count() == 0
    page.click('[data-testid="node-split"]')
    assert page.locator('[data-testid="side-panel"] .pw-fieldset input').first.is_disabled()
    shot(page, "read-only")

    # Clone into a draft: a new pipeline with the run's graph, opened for editing.
    page.click('[data-testid="clone-run"]')
    page.wait_for_url(re.compile(r"/pipelines/\d+/$"))
    clone = Pipeline.objects.exclude(pk=pipeline.pk).get()
    assert page.url.endswith(f"/pipelines/{clone.pk}/")
    assert [n["id"] for n in clone.graph["nodes"]] == node_ids
    page.wait_for_selector('[data-testid="run-button"]')
    page.wait_for_selector('[data-testid="node-evaluate"][data-status="idle"]')
    shot(page, "cloned")

    # The top bar's Experiments page lists "baseline" with its run; its page shows the
    # run's parameters and metrics as columns, and links the run on the canvas.
    page.click('.topbar a:has-text("Experiments")')
    page.wait_for_selector('[data-testid="experiment-baseline-runs"]:has-text("1")')
    page.click('[data-testid="experiment-baseline"] a')
    main = page.wait_for_selector(f'[data-testid="experiment-run-{run.pk}-main"]')
    assert re.fullmatch(r"auc 0\.\d{4}", main.inner_text())
    assert page.locator('[data-testid="sort-metric.accuracy"]').count() == 1
    shot(page, "experiment")
    page.click(f'[data-testid="experiment-run-{run.pk}"] a:has-text("#1")')
    page.wait_for_url(f"{base}/runs/{run.pk}/")


def test_the_submit_dialog_lists_the_problems_of_a_refused_run(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    graph = {
        "schema": 1,
        "nodes": [
            {"id": "train", "module": "train_model", "version": None, "params": {}, "position": {"x": 0, "y": 0}}
        ],
        "edges": [],
        "parameters": [{"name": "seed", "type": "int", "default": 42}],
    }
    pipeline = services.pipeline_create(
        workspace=services.workspace_default(user=alice), user=alice, name="unwired", graph=graph
    )
    log_in(page, live_stack.base_url, "alice", "alice-password")
    page.goto(f"{live_stack.base_url}/pipelines/{pipeline.pk}/")
    page.click('[data-testid="run-button"]')
    # A pipeline parameter gets a typed input with its default.
    assert page.input_value('[data-testid="submit-param-seed"]') == "42"
    page.click('[data-testid="submit-run"]')
    error = page.wait_for_selector('[data-testid="submit-error"]')
    assert "problems" in error.inner_text()
    assert "Train Model" in error.inner_text()
    assert page.locator('[data-testid="submit-error"] li').count() >= 2
    shot(page, "refused")
    assert not PipelineRun.objects.filter(pipeline=pipeline).exists()


PNG_DOT = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="


def test_a_running_step_shows_progress_and_elapsed_time_until_canceled(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    logger = script(
        f'import base64\nlog_metric("answer", 42)\nlog_image("dot", base64.b64decode("{PNG_DOT}"))\nreturn dataframe1,'
    )
    slow = script('import time\nprogress(0.5, "halfway there")\ntime.sleep(60)\nreturn dataframe1,')
    graph = {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": CSV}),
            node("logger", "execute_python_script", {"script": logger}, x=250),
            node("slow", "execute_python_script", {"script": slow}, x=500),
        ],
        "edges": [edge("data", "dataset", "logger", "dataframe1"), edge("logger", "result1", "slow", "dataframe1")],
        "parameters": [],
    }
    pipeline = services.pipeline_create(
        workspace=services.workspace_default(user=alice), user=alice, name="slow", graph=graph
    )
    log_in(page, live_stack.base_url, "alice", "alice-password")
    page.goto(f"{live_stack.base_url}/pipelines/{pipeline.pk}/")
    page.click('[data-testid="run-button"]')
    page.click('[data-testid="submit-run"]')

    slow_node = '[data-testid="node-slow"]'
    page.wait_for_selector(f'{slow_node}[data-status="running"]:has-text("running 50%")', timeout=60_000)
    # Reloading mid-run follows the run live again, with no click: the header names it.
    page.reload()
    page.wait_for_selector(f'{slow_node}[data-status="running"]:has-text("running 50%")', timeout=15_000)
    page.wait_for_selector('[data-testid="node-logger"][data-status="completed"]')
    page.wait_for_selector('[data-testid="run-status"][data-status="running"]')
    assert page.inner_text('[data-testid="run-number"]') == "Run #1"
    assert page.locator('[data-testid="show-last-run"]').count() == 0
    assert page.inner_text(f'{slow_node} [data-testid="node-progress-message"]') == "halfway there"
    first = page.inner_text(f'{slow_node} [data-testid="node-elapsed"]')
    assert re.fullmatch(r"\d+:\d\d", first)
    page.wait_for_function(
        "([sel, before]) => document.querySelector(sel)?.textContent !== before",
        arg=[f'{slow_node} [data-testid="node-elapsed"]', first],
        timeout=5_000,
    )
    assert page.inner_text('[data-testid="run-step-count"]') == "2/3 steps"
    shot(page, "running")

    page.click('[data-testid="cancel-button"]')
    page.wait_for_selector('[data-testid="run-status"][data-status="canceled"]', timeout=30_000)
    page.wait_for_selector(f'{slow_node}[data-status="canceled"]')
    assert page.locator(f"{slow_node} .pw-status-icon").inner_text() == "⊘"

    # What the finished step logged: its metric and its image.
    page.click('[data-testid="node-logger"]')
    page.click('[data-testid="panel-tab-outputs"]')
    assert "42" in page.inner_text('[data-testid="logged-metrics"]')
    page.wait_for_function("() => document.querySelector('img[alt=\"dot.png\"]')?.naturalWidth === 1")
    shot(page, "canceled")
