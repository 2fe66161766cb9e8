"""In the browser, as a newcomer builds it: the Titanic pipeline from the palette, its data
previewed and its label picked from the column list before any run, and the first run
completes (no throwaway run to learn the columns)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from designer.models import Pipeline
from tests.e2e.test_canvas import log_in
from tests.e2e.test_canvas_editing import close_panel, drop, handle, node, run_and_wait, saved, shot

pytestmark = pytest.mark.e2e

SPOTS = {
    "sample_dataset": (0.1, 0.24),
    "split_data": (0.32, 0.24),
    "logistic_regression": (0.1, 0.56),
    "train_model": (0.32, 0.56),
    "score_model": (0.54, 0.3),
    "evaluate_model": (0.54, 0.66),
}
WIRES = [
    ("sample_dataset-1", "dataset", "split_data-1", "dataset"),
    ("logistic_regression-1", "model", "train_model-1", "model"),
    ("split_data-1", "train", "train_model-1", "dataset"),
    ("train_model-1", "model", "score_model-1", "model"),
    ("split_data-1", "test", "score_model-1", "dataset"),
    ("score_model-1", "scored", "evaluate_model-1", "scored"),
]


def test_a_newcomer_builds_titanic_picks_the_label_before_running_and_the_first_run_completes(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    log_in(page, live_stack.base_url, "alice", "alice-password")
    page.fill('[data-testid="new-pipeline-name"]', "Titanic survival")
    page.click('[data-testid="new-pipeline"]')
    page.wait_for_url(re.compile(r"/pipelines/\d+/$"))
    pipeline = Pipeline.objects.get(name="Titanic survival")
    page.wait_for_selector('[data-testid="palette"]')
    for slug, (x, y) in SPOTS.items():
        drop(page, slug, x, y)
        close_panel(page)
    page.fill('[data-testid="palette-search"]', "")
    for source, source_port, target, target_port in WIRES:
        page.drag_and_drop(handle(source, source_port, "source"), handle(target, target_port, "target"))

    # The sample: Titanic, looked at before anything runs.
    page.click(f"{node('sample_dataset-1')} .pw-node__header")
    page.select_option('[data-testid="param-name"]', "titanic")
    page.click('[data-testid="preview-data"]')
    preview = page.locator('[data-testid="source-preview"]')
    preview.locator('[data-testid="dataframe-view"]').wait_for()
    assert "891" in preview.inner_text()
    assert "Survived" in preview.inner_text()
    page.keyboard.press("Escape")
    close_panel(page)

    # Train Model's label: picked from the columns the wired data will have, where
    # the sample's own label is marked as the suggestion.
    page.click(f"{node('train_model-1')} .pw-node__header")
    survived = page.locator('[data-testid="columns-label_column"] button[data-column="Survived"]')
    survived.wait_for()
    assert "pw-chip--suggested" in (survived.get_attribute("class") or "")
    survived.click()
    assert page.input_value('[data-testid="param-label_column"]') == "Survived"
    shot(page, "titanic-label-picked")
    close_panel(page)
    saved(page)
    assert not pipeline.runs.exists()

    run_and_wait(page, dict.fromkeys([f"{slug}-1" for slug in SPOTS], "completed"))
    assert pipeline.runs.count() == 1
    train = next(n for n in Pipeline.objects.get(pk=pipeline.pk).graph["nodes"] if n["id"] == "train_model-1")
    assert train["params"]["label_column"] == "Survived"
