"""Two people on one pipeline, in two browsers: each sees the other in the header; edits
of different nodes merge without a word; the same parameter changed by both asks the
second to choose, and whatever is chosen is saved. Nothing either of them did is lost."""

from __future__ import annotations

import time
from typing import Any

import pytest

from designer import members, services
from designer.models import Pipeline, PipelineVersion
from designer.versions import version_graph
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.integration.graphs import CSV, edge, node

pytestmark = pytest.mark.e2e


def graph() -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": CSV}),
            node("left", "split_data", {"fraction": 0.7, "seed": 1}, x=250),
            {**node("right", "split_data", {"fraction": 0.7, "seed": 2}, x=250), "position": {"x": 250, "y": 220}},
        ],
        "edges": [edge("data", "dataset", "left", "dataset"), edge("data", "dataset", "right", "dataset")],
        "parameters": [],
    }


def params_of(pipeline: Pipeline, node_id: str) -> dict[str, Any]:
    pipeline.refresh_from_db()
    return dict(next(n for n in pipeline.graph["nodes"] if n["id"] == node_id)["params"])


def saved(page: Any) -> None:
    page.wait_for_selector('[data-testid="save-state"][data-status="saved"]', timeout=15_000)


def open_node(page: Any, node_id: str) -> None:
    page.click(f'[data-testid="node-{node_id}"] .pw-node__header')
    page.wait_for_selector('[data-testid="param-seed"]')


def wait_until(condition: Any, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_two_editors_merge_their_edits_and_settle_a_clash_field_by_field(
    browser: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    workspace = services.workspace_default(user=alice)
    services.user_create(username="carol", password="carol-password")
    members.member_invite(workspace=workspace, user=alice, username="carol", role="editor")
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="shared", graph=graph())
    base = live_stack.base_url
    contexts = [browser.new_context(viewport={"width": 1280, "height": 800}) for _ in range(2)]
    a, b = (context.new_page() for context in contexts)
    try:
        log_in(a, base, "alice", "alice-password")
        log_in(b, base, "carol", "carol-password")
        for page in (a, b):
            page.goto(f"{base}/pipelines/{pipeline.pk}/")
            page.wait_for_selector('[data-testid="node-right"]')

        # Each sees the other in the header, by name for screen readers too.
        a.wait_for_selector('[data-testid="presence-carol"]')
        b.wait_for_selector('[data-testid="presence-alice"]')
        assert "carol (carol) has this pipeline open, editing" in a.inner_text('[data-testid="presence"]')
        assert a.locator('[data-testid="presence-alice"]').count() == 0  # not herself
        a.screenshot(path=str(ARTIFACTS / "presence-header.png"))

        # Different nodes, at the same time: both changes end up in both canvases.
        open_node(a, "left")
        open_node(b, "right")
        a.fill('[data-testid="param-seed"]', "11")
        b.fill('[data-testid="param-seed"]', "22")
        wait_until(lambda: params_of(pipeline, "left")["seed"] == 11 and params_of(pipeline, "right")["seed"] == 22)
        for page in (a, b):
            saved(page)
        assert a.locator('[data-testid="merge-dialog"]').count() == 0
        assert b.locator('[data-testid="merge-dialog"]').count() == 0
        # Each canvas shows the other's change: its panel shows the node the other edited.
        # (The later of the two saves reaches the other canvas over the channel a moment
        # after it is stored.)
        shows_seed = """(seed) => document.querySelector('[data-testid="param-seed"]')?.value === seed"""
        open_node(a, "right")
        a.wait_for_function(shows_seed, arg="22", timeout=15_000)
        open_node(b, "left")
        b.wait_for_function(shows_seed, arg="11", timeout=15_000)

        # The same parameter: carol's save is held on its way until alice has saved hers.
        held: list[Any] = []

        def hold_saves(route: Any) -> None:
            if route.request.method == "PATCH":
                held.append(route)
            else:
                route.continue_()

        b.route(f"**/api/pipelines/{pipeline.pk}/", hold_saves)
        b.fill('[data-testid="param-fraction"]', "0.4")
        deadline = time.monotonic() + 15
        while not held:
            assert time.monotonic() < deadline, "carol's save never left"
            b.wait_for_timeout(100)
        open_node(a, "left")
        a.fill('[data-testid="param-fraction"]', "0.6")
        saved(a)
        assert params_of(pipeline, "left")["fraction"] == 0.6
        for route in held:
            route.continue_()
        b.unroute(f"**/api/pipelines/{pipeline.pk}/")

        # carol's save is refused as stale; the clash is put to her, field by field.
        b.wait_for_selector('[data-testid="merge-dialog"]')
        rows = b.locator('[data-testid^="merge-conflict-"]')
        assert rows.count() == 1
        row = b.inner_text('[data-testid="merge-conflict-node:left:param:fraction"]')
        assert "left" in row and "parameter fraction" in row and "0.4" in row and "0.6" in row
        assert b.is_disabled('[data-testid="merge-apply"]')
        b.screenshot(path=str(ARTIFACTS / "presence-merge-dialog.png"))
        b.check('[data-testid="merge-choice-node:left:param:fraction-mine"]')
        b.click('[data-testid="merge-apply"]')
        b.wait_for_selector('[data-testid="merge-dialog"]', state="detached")
        saved(b)
        wait_until(lambda: params_of(pipeline, "left")["fraction"] == 0.4)

        # alice had nothing unsaved: her canvas takes carol's save as it is.
        a.wait_for_function(
            """() => document.querySelector('[data-testid="param-fraction"]')?.value === "0.4" """, timeout=15_000
        )
        saved(a)

        # Nothing was lost: every change is in the draft or, for the value not chosen, in history.
        assert params_of(pipeline, "left") == {"fraction": 0.4, "seed": 11}
        assert params_of(pipeline, "right") == {"fraction": 0.7, "seed": 22}
        kept = [
            next(n for n in version_graph(v)["nodes"] if n["id"] == "left")["params"]["fraction"]
            for v in PipelineVersion.objects.filter(pipeline=pipeline).order_by("number")
        ]
        assert 0.6 in kept and kept[-1] == 0.4
    finally:
        for context in contexts:
            context.close()
