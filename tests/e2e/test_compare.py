"""In the browser: two runs of a binary classifier trained on different shares of the
passengers land in one experiment; the user ticks both on the experiment's page,
presses Compare and sees the split's fraction marked as the difference, the metric
over the runs and both ROC curves named in one chart's legend; the canvas's run
history shows each run's main metric."""

from __future__ import annotations

import re
from typing import Any

import pytest
from rest_framework.test import APIClient

from runner.models import RunStatus
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.integration.graphs import survival_graph
from tests.integration.helpers import make_pipeline, submit, wait_for_run

pytestmark = pytest.mark.e2e


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"compare-{name}.png"), full_page=True)


def test_a_user_compares_two_runs_of_an_experiment(page: Any, live_stack: Any, alice: Any, modules: None) -> None:
    client = APIClient()
    client.force_login(alice)
    pipeline = make_pipeline(alice, survival_graph(), name="Titanic survival")
    first = wait_for_run(submit(client, pipeline, experiment="fractions", parameters={"train_fraction": 0.5})["id"])
    second = wait_for_run(submit(client, pipeline, experiment="fractions", parameters={"train_fraction": 0.8})["id"])
    assert first.status == second.status == RunStatus.COMPLETED, (first.error, second.error)
    base = live_stack.base_url

    log_in(page, base, "alice", "alice-password")
    page.goto(f"{base}/experiments/{first.experiment_id}/")
    compare = page.locator('[data-testid="compare-button"]')
    assert compare.is_disabled()
    page.check(f'[data-testid="select-run-{first.pk}"]')
    assert compare.is_disabled()
    page.check(f'[data-testid="select-run-{second.pk}"]')
    assert page.inner_text('[data-testid="compare-count"]') == "2 runs selected."
    shot(page, "selected")
    compare.click()
    page.wait_for_url(re.compile(rf"/experiments/{first.experiment_id}/compare/\?runs="))
    page.wait_for_selector('[data-testid="compare-view"]')

    # Parameters side by side: the fraction differs (marked, not only coloured), the seed not.
    fraction = page.locator('[data-testid="compare-param-split-fraction"]')
    assert fraction.get_attribute("data-differs") == "true"
    assert fraction.locator("td").all_inner_texts()[0].startswith("≠")
    assert fraction.locator("td").all_inner_texts()[1:] == ["0.5", "0.8"]
    assert page.locator('[data-testid="compare-param-pipeline-train_fraction"]').get_attribute("data-differs") == "true"
    seed = page.locator('[data-testid="compare-param-split-seed"]')
    assert seed.get_attribute("data-differs") == "false"
    assert "2 of" in page.inner_text('[data-testid="compare-difference-count"]')
    page.check('[data-testid="compare-only-differences"]')
    seed.wait_for(state="detached")
    assert page.locator('[data-testid="compare-parameters"] tbody tr').count() == 2
    page.uncheck('[data-testid="compare-only-differences"]')
    seed.wait_for()

    # The main metric (AUC) over the two runs, with its numbers in a table too.
    chart = page.locator('[data-testid="compare-metric-chart"]')
    chart.locator(".recharts-line").first.wait_for()
    assert chart.locator(".recharts-legend-item").all_inner_texts() == ["auc"]
    assert chart.locator("table tbody tr").count() == 2
    assert page.is_checked('[data-testid="compare-metric-auc"]')
    page.check('[data-testid="compare-metric-accuracy"]')
    page.wait_for_function(
        "document.querySelectorAll('[data-testid=\"compare-metric-chart\"] .recharts-legend-item').length === 2"
    )

    # Both ROC curves in one chart, the legend naming each run and its AUC.
    roc = page.locator('[data-testid="compare-roc-chart"]')
    roc.locator(".recharts-line").nth(1).wait_for()
    legend = roc.locator(".recharts-legend-item").all_inner_texts()
    assert len(legend) == 2, legend
    assert re.fullmatch(rf"Run #{first.number} \(AUC 0\.\d{{3}}\)", legend[0]), legend
    assert re.fullmatch(rf"Run #{second.number} \(AUC 0\.\d{{3}}\)", legend[1]), legend
    assert roc.get_attribute("aria-label", timeout=1000).startswith("ROC curves of Run #")
    shot(page, "view")

    # The canvas's run history shows each run's main metric.
    page.goto(f"{base}/pipelines/{pipeline.pk}/")
    page.click('[data-testid="history-button"]')
    page.wait_for_selector('[data-testid="run-history"] table')
    for run in (first, second):
        assert re.fullmatch(r"auc 0\.\d+", page.inner_text(f'[data-testid="history-metric-{run.number}"]').strip())
