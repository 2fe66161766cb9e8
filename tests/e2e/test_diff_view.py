"""In the browser: compare two saved versions of a pipeline on the canvas (a node added
and one removed, their wires, a parameter and a script changed), and two runs of a
pipeline made with another parameter value (each node's status in both, whether its
outputs are the same, the metric's delta); leaving the comparison gives the draft back
untouched."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from designer import services
from designer.models import Pipeline
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.integration.graphs import CSV, edge, node, script
from tests.integration.helpers import wait_for_run

pytestmark = pytest.mark.e2e


def first_version() -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": CSV}),
            node("tidy", "execute_python_script", {"script": script("return dataframe1,")}, x=250),
            node("keep", "select_columns", {"columns": ["x", "y", "label"]}, x=500),
            {**node("old", "select_columns", {"columns": ["x"]}, x=250), "position": {"x": 250, "y": 180}},
        ],
        "edges": [
            edge("data", "dataset", "tidy", "dataframe1"),
            edge("tidy", "result1", "keep", "dataset"),
            edge("data", "dataset", "old", "dataset"),
        ],
        "parameters": [],
    }


def second_version() -> dict[str, Any]:
    """Without the node "old" and its wire; with "extra" and its wire, and keep's columns and the script changed."""
    graph = copy.deepcopy(first_version())
    graph["nodes"] = [n for n in graph["nodes"] if n["id"] != "old"]
    graph["edges"] = [e for e in graph["edges"] if e["target"] != "old"]
    nodes = {n["id"]: n for n in graph["nodes"]}
    nodes["keep"]["params"]["columns"] = ["x", "label"]
    nodes["tidy"]["params"]["script"] = script("print(len(dataframe1))\nreturn dataframe1,")
    graph["nodes"].append({**node("extra", "select_columns", {"columns": ["x"]}, x=750), "label": "Extra"})
    graph["edges"].append(edge("keep", "dataset", "extra", "dataset"))
    return graph


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"diff-view-{name}.png"))


def open_versions_diff(page: Any, ticks: list[int], button_text: str) -> None:
    page.click('[data-testid="versions-button"]')
    page.wait_for_selector('[data-testid="version-2"]:has-text("(draft)")')
    for number in ticks:
        page.check(f'[data-testid="version-pick-{number}"]')
    page.click(f'[data-testid="compare-versions"]:has-text("{button_text}")')
    page.wait_for_selector('[data-testid="diff-list"]')


def test_two_versions_compared_on_the_canvas(page: Any, live_stack: Any, alice: Any, modules: None) -> None:
    workspace = services.workspace_default(user=alice)
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="compared", graph=first_version())
    services.pipeline_update(
        pipeline=pipeline, user=alice, revision=1, fields={"graph": second_version()}, message="tidier"
    )
    base = live_stack.base_url
    log_in(page, base, "alice", "alice-password")
    page.goto(f"{base}/pipelines/{pipeline.pk}/")
    page.wait_for_selector('[data-testid="node-extra"]')

    open_versions_diff(page, [1, 2], "Compare v1 with v2")
    assert page.inner_text('[data-testid="diff-title"]') == "Comparing version 1 → version 2"
    assert page.locator('[data-testid="palette"]').count() == 0
    # Each node marked by colour and a badge that says how it changed; an unchanged one has none.
    for node_id, change in (("extra", "added"), ("old", "removed"), ("keep", "changed"), ("tidy", "changed")):
        mark = page.locator(f'[data-testid="diff-node-{node_id}"]')
        assert mark.get_attribute("data-change") == change
        badge = mark.locator('[data-testid="diff-badge"]')
        assert (badge.get_attribute("aria-label"), badge.get_attribute("title")) == (change, change)
    assert page.locator('[data-testid="diff-node-data"] [data-testid="diff-badge"]').count() == 0
    # The removed node is ghosted where it was.
    assert page.locator('[data-testid="diff-node-old"]').evaluate("e => getComputedStyle(e).opacity") == "0.55"
    # Wires: the new one and the removed one, each marked; the kept ones plain.
    added = page.locator('[data-testid="diff-wire-keep.dataset-extra.dataset"]')
    removed = page.locator('[data-testid="diff-wire-data.dataset-old.dataset"]')
    assert (added.get_attribute("data-change"), removed.get_attribute("data-change")) == ("added", "removed")
    assert added.get_attribute("aria-label") == "added wire keep.dataset → extra.dataset"
    assert page.locator('[data-testid="diff-wire-data.dataset-tidy.dataframe1"]').get_attribute("data-change") == (
        "unchanged"
    )
    legend = page.inner_text('[data-testid="diff-legend"]')
    assert all(word in legend for word in ("added", "removed", "changed"))
    shot(page, "versions")

    # The side list: each change, old -> new, and the script's changed lines.
    assert "added" in page.inner_text('[data-testid="diff-entry-extra"]')
    assert "removed" in page.inner_text('[data-testid="diff-entry-old"]')
    columns = page.locator('[data-testid="diff-entry-keep"] [data-testid="diff-value-columns"]')
    assert columns.locator('[data-testid="diff-old"]').inner_text() == '["x","y","label"]'
    assert columns.locator('[data-testid="diff-new"]').inner_text() == '["x","label"]'
    lines = page.locator('[data-testid="diff-entry-tidy"] [data-testid="diff-lines"] [data-kind="added"]')
    assert lines.count() == 1 and "print(len(dataframe1))" in lines.inner_text()
    wires = page.locator('[data-testid="diff-wire-entry"]')
    assert [(w.get_attribute("data-change"), " ".join(w.inner_text().split()[1:])) for w in wires.all()] == [
        ("added", "added keep.dataset → Extra.dataset"),
        ("removed", "removed data.dataset → old.dataset"),
    ]
    # An entry of the list selects its node on the graph.
    page.click('[data-testid="diff-entry-extra"] button')
    page.wait_for_selector('[data-testid="diff-node-extra"].pw-node--selected')

    # Leaving the comparison: the editable draft as it was, nothing saved.
    page.click('[data-testid="diff-exit"]')
    page.wait_for_selector('[data-testid="node-extra"]')
    page.wait_for_selector('[data-testid="palette"]')
    assert page.locator('[data-testid="diff-view"]').count() == 0
    assert page.locator('[data-testid="node-old"]').count() == 0

    # One version ticked compares it with the draft.
    open_versions_diff(page, [1], "Compare v1 with the draft")
    assert page.inner_text('[data-testid="diff-title"]') == "Comparing version 1 → version 2"
    page.keyboard.press("Escape")
    page.wait_for_selector('[data-testid="node-extra"]')
    assert Pipeline.objects.get(pk=pipeline.pk).revision == 2


def test_two_runs_compared_on_the_canvas(page: Any, live_stack: Any, alice: Any, modules: None) -> None:
    from runner.services import run_submit

    graph = {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": CSV}),
            node("split", "split_data", {"fraction": {"$param": "fraction"}, "randomize": False}, x=250),
            node(
                "count",
                "execute_python_script",
                {"script": script('log_metric("rows", len(dataframe1))\nreturn dataframe1,')},
                x=500,
            ),
        ],
        "edges": [edge("data", "dataset", "split", "dataset"), edge("split", "train", "count", "dataframe1")],
        "parameters": [{"name": "fraction", "type": "float", "default": 0.5}],
    }
    workspace = services.workspace_default(user=alice)
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="two fractions", graph=graph)
    for fraction in (0.5, 0.75):
        run = run_submit(pipeline=pipeline, user=alice, parameters={"fraction": fraction})
        assert wait_for_run(run.pk).status == "completed"

    base = live_stack.base_url
    log_in(page, base, "alice", "alice-password")
    page.goto(f"{base}/pipelines/{pipeline.pk}/")
    page.wait_for_selector('[data-testid="node-count"]')
    page.click('[data-testid="history-button"]')
    page.check('[data-testid="history-pick-2"]')
    page.check('[data-testid="history-pick-1"]')
    page.click('[data-testid="compare-runs"]:has-text("Compare run #1 with #2")')
    page.wait_for_selector('[data-testid="diff-list"]')
    assert page.inner_text('[data-testid="diff-title"]') == "Comparing run #1 → run #2"

    def sides(node_id: str) -> tuple[str | None, str | None, str | None]:
        found = page.locator(f'[data-testid="diff-node-{node_id}"]')
        return (
            found.locator('[data-testid="diff-step-a"]').get_attribute("data-status"),
            found.locator('[data-testid="diff-step-b"]').get_attribute("data-status"),
            found.locator('[data-testid="diff-outputs"]').get_attribute("data-equal"),
        )

    # The data is the same (run #2 reused it), the split and what follows are not.
    assert sides("data") == ("completed", "reused", "true")
    assert sides("split") == ("completed", "completed", "false")
    assert sides("count") == ("completed", "completed", "false")
    assert "≠" in page.inner_text('[data-testid="diff-node-split"] [data-testid="diff-outputs"]')
    # Half of 8 rows, then three quarters: the metric's delta b - a, with its sign.
    metric = page.locator('[data-testid="diff-entry-count"] [data-testid="diff-metric-rows"]')
    assert metric.locator("td").all_inner_texts() == ["rows", "4", "6", "+2"]
    main = page.locator('[data-testid="diff-main-metric"] [data-testid="diff-metric-rows"] td')
    assert main.all_inner_texts() == ["rows", "4", "6", "+2"]
    fraction = page.inner_text('[data-testid="diff-pipeline"] [data-testid="diff-value-run value fraction"]')
    assert "0.5" in fraction and "0.75" in fraction
    shot(page, "runs")

    page.click('[data-testid="diff-exit"]')
    page.wait_for_selector('[data-testid="node-count"]')
    assert page.locator('[data-testid="diff-view"]').count() == 0
