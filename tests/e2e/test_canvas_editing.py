"""In the browser: build iris classification by dragging modules from the palette, run it
twice (computed, then reused), see a wrong wire refused, undo/redo, copy/paste, edit a
Python script in the code editor and read its output, and two tabs editing one pipeline."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest

from designer.models import Pipeline
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in

pytestmark = pytest.mark.e2e

IRIS = [
    "sample_dataset-1",
    "split_data-1",
    "logistic_regression-1",
    "train_model-1",
    "score_model-1",
    "evaluate_model-1",
]
WIRES = [
    ("sample_dataset-1", "dataset", "split_data-1", "dataset"),
    ("logistic_regression-1", "model", "train_model-1", "model"),
    ("split_data-1", "train", "train_model-1", "dataset"),
    ("train_model-1", "model", "score_model-1", "model"),
    ("split_data-1", "test", "score_model-1", "dataset"),
    ("score_model-1", "scored", "evaluate_model-1", "scored"),
]


def handle(node_id: str, port: str, kind: str) -> str:
    return f'.react-flow__handle.{kind}[data-nodeid="{node_id}"][data-handleid="{port}"]'


def node(node_id: str) -> str:
    return f'[data-testid="node-{node_id}"]'


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"canvas-editing-{name}.png"))


def drop(page: Any, slug: str, x: float, y: float) -> dict[str, float]:
    """Drags a module from the palette to these fractions of the canvas; returns the page point."""
    pane = page.locator(".react-flow__pane")
    box = pane.bounding_box()
    target = {"x": box["width"] * x, "y": box["height"] * y}
    page.fill('[data-testid="palette-search"]', slug.replace("_", " "))
    page.locator(f'[data-testid="palette-item-{slug}"]').drag_to(pane, target_position=target)
    return {"x": box["x"] + target["x"], "y": box["y"] + target["y"]}


def close_panel(page: Any) -> None:
    if page.locator('[data-testid="side-panel-close"]').count():
        page.click('[data-testid="side-panel-close"]')


def saved(page: Any) -> None:
    page.wait_for_selector('[data-testid="save-state"][data-status="saved"]', timeout=15_000)


def run_and_wait(page: Any, statuses: dict[str, str]) -> None:
    saved(page)
    number = page.locator(".pw-run-number")
    previous = number.text_content() if number.count() else ""
    page.click('[data-testid="run-button"]')
    page.click('[data-testid="submit-run"]')  # the submit dialog, as it opens
    # A new run (a fully reused one can finish before its "running" is ever seen).
    page.wait_for_function(
        "previous => (document.querySelector('.pw-run-number')?.textContent ?? '') !== previous", arg=previous
    )
    page.wait_for_selector('[data-testid="run-status"][data-status="completed"]', timeout=60_000)
    for node_id, status in statuses.items():
        page.wait_for_selector(f'{node(node_id)}[data-status="{status}"]', timeout=10_000)


def test_a_user_builds_runs_and_edits_iris_classification_on_the_canvas(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    started = time.monotonic()
    base = live_stack.base_url
    log_in(page, base, "alice", "alice-password")

    # A blank pipeline from the home page.
    page.fill('[data-testid="new-pipeline-name"]', "Iris classification")
    page.click('[data-testid="new-pipeline"]')
    page.wait_for_url(re.compile(r"/pipelines/\d+/$"))
    pipeline = Pipeline.objects.get(name="Iris classification")
    page.wait_for_selector('[data-testid="palette"]')
    # One fit control (the toolbar's), and the toolbar docks above the graph, never over a node.
    assert page.locator(".react-flow__controls-fitview").count() == 0
    assert page.locator('[data-testid="fit-button"]').count() == 1
    toolbar = page.locator('[data-testid="canvas-toolbar"]').bounding_box()
    assert toolbar["y"] + toolbar["height"] <= page.locator(".react-flow__pane").bounding_box()["y"] + 1

    # Drag every module in; each lands centred where it was dropped.
    # Kept clear of the toolbar and left of where the node panel opens (only nodes in
    # view are drawn).
    spots = {
        "sample_dataset": (0.1, 0.24),
        "split_data": (0.32, 0.24),
        "logistic_regression": (0.1, 0.56),
        "train_model": (0.32, 0.56),
        "score_model": (0.54, 0.3),
        "evaluate_model": (0.54, 0.66),
    }
    # The live check's answer adds "not connected" lines to a node, which grows it from
    # its top left corner: it is held until each landing has been measured.
    held: list[Any] = []

    def hold(route: Any) -> None:
        held.append(route)

    page.route("**/validate/", hold)
    for slug, (x, y) in spots.items():
        point = drop(page, slug, x, y)
        # A node is drawn at a guessed size first and centred once it has been measured,
        # a frame or two later (more on a loaded machine): look until then.
        deadline = time.monotonic() + 5
        while True:
            box = page.locator(node(f"{slug}-1")).bounding_box()
            centre = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            landed = abs(centre[0] - point["x"]) <= 2 and abs(centre[1] - point["y"]) <= 2
            if landed or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert landed, (slug, centre, point)
        close_panel(page)
    for route in held:
        route.continue_()
    page.unroute("**/validate/")
    page.fill('[data-testid="palette-search"]', "")

    for source, source_port, target, target_port in WIRES:
        page.drag_and_drop(handle(source, source_port, "source"), handle(target, target_port, "target"))
    assert page.locator(".react-flow__edge").count() == len(WIRES)
    shot(page, "built")

    # Run: every node computes; run again: every node is reused.
    run_and_wait(page, dict.fromkeys(IRIS, "completed"))
    shot(page, "run-completed")
    # The evaluation's accuracy, in its output viewer.
    page.click(f"{node('evaluate_model-1')} .pw-node__header")
    page.click('[data-testid="panel-tab-outputs"]')
    page.click('[data-testid="view-output-metrics"]')
    # The dialog names the output, the node and the run.
    assert page.inner_text('[data-testid="output-viewer-title"]') == "Metrics — Evaluate Model, run #1"
    accuracy = page.wait_for_selector('[data-testid="metric-accuracy"]').inner_text()
    assert re.search(r"accuracy\s*(0\.\d+|1(\.0+)?)", accuracy), accuracy
    shot(page, "evaluate-accuracy")
    page.click('[data-testid="output-viewer-close"]')
    close_panel(page)
    run_and_wait(page, dict.fromkeys(IRIS, "reused"))
    shot(page, "run-reused")

    # A DataFrame cannot feed a model input: refused, and the reason is shown.
    page.drag_and_drop(handle("sample_dataset-1", "dataset", "source"), handle("score_model-1", "model", "target"))
    page.wait_for_selector('[data-testid="wire-refused"]:has-text("DataFrame output cannot feed")')
    shot(page, "wire-refused")
    assert page.locator(".react-flow__edge").count() == len(WIRES)

    # Undo/redo of adding a node, with the toolbar and the keyboard.
    drop(page, "summarize_data", 0.45, 0.85)
    page.wait_for_selector(node("summarize_data-1"))
    close_panel(page)
    page.click('[data-testid="undo-button"]')
    page.wait_for_selector(node("summarize_data-1"), state="detached")
    page.click('[data-testid="redo-button"]')
    page.wait_for_selector(node("summarize_data-1"))
    page.locator(".react-flow__pane").click(position={"x": 5, "y": 200})
    page.keyboard.press("Control+z")
    page.wait_for_selector(node("summarize_data-1"), state="detached")
    page.keyboard.press("Control+Shift+z")
    page.wait_for_selector(node("summarize_data-1"))
    page.keyboard.press("Control+z")
    page.wait_for_selector(node("summarize_data-1"), state="detached")

    # Shift-click selects two nodes; copy/paste gives fresh ids, offset, and keeps the wire
    # between them (not the wires to nodes left behind).
    page.click(f"{node('split_data-1')} .pw-node__header")
    page.click(f"{node('train_model-1')} .pw-node__header", modifiers=["Shift"])
    assert page.locator(".pw-node--selected").count() == 2
    page.keyboard.press("Control+c")
    page.locator(".react-flow__pane").click(position={"x": 5, "y": 200})
    page.keyboard.press("Control+v")
    page.wait_for_selector(node("split_data-2"))
    page.wait_for_selector(node("train_model-2"))
    # The copied wire is drawn once both its nodes are measured, a frame or two after them.
    page.wait_for_function(
        "n => document.querySelectorAll('.react-flow__edge').length === n", arg=len(WIRES) + 1, timeout=5_000
    )
    original = page.locator(node("split_data-1")).bounding_box()
    copy = page.locator(node("split_data-2")).bounding_box()
    assert copy["x"] > original["x"] and copy["y"] > original["y"]
    shot(page, "pasted")
    # The unwired copy is a problem; the problems list names it and a click focuses it.
    problem = page.locator('[data-testid="problem"][data-node="split_data-2"]').first
    problem.wait_for(timeout=15_000)
    shot(page, "problems")
    page.locator(".react-flow__pane").click(position={"x": 5, "y": 200})
    problem.locator("button").click()
    page.wait_for_selector(f"{node('split_data-2')}.pw-node--selected")
    page.click(f"{node('train_model-2')} .pw-node__header", modifiers=["Shift"])
    page.keyboard.press("Delete")
    page.wait_for_selector(node("split_data-2"), state="detached")
    page.wait_for_selector(node("train_model-2"), state="detached")
    assert page.locator(".react-flow__edge").count() == len(WIRES)
    page.wait_for_selector('[data-testid="problems"]', state="detached", timeout=15_000)

    # Shift-drag on the canvas draws a selection box.
    close_panel(page)
    page.click('[data-testid="fit-button"]')
    page.wait_for_timeout(400)  # the fit animates
    first = page.locator(node("logistic_regression-1")).bounding_box()
    last = page.locator(node("train_model-1")).bounding_box()
    page.keyboard.down("Shift")
    page.mouse.move(first["x"] - 20, first["y"] - 20)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] + 20, last["y"] + last["height"] + 20, steps=8)
    page.mouse.up()
    page.keyboard.up("Shift")
    assert page.locator(".pw-node--selected").count() == 2
    shot(page, "box-selected")
    page.locator(".react-flow__pane").click(position={"x": 5, "y": 200})

    # Column params offer the wired dataset's columns.
    page.click(f"{node('train_model-1')} .pw-node__header")
    page.click('[data-testid="panel-tab-parameters"]')  # the panel kept the Outputs tab chosen earlier
    page.wait_for_selector('datalist[id$="label_column-columns"] option[value="label"]', state="attached")
    # The step was reused in the run shown: its log is run #1's, which made the model, and says so.
    page.click('[data-testid="panel-tab-log"]')
    page.wait_for_selector('[data-testid="log-source"]:has-text("Log of run #1, which made this output")')
    page.wait_for_selector('[data-testid="log-panel"]:has-text("prepare_features")')
    close_panel(page)

    # Promote a param to a pipeline parameter and back.
    page.click(f"{node('split_data-1')} .pw-node__header")
    page.click('[data-testid="panel-tab-parameters"]')
    page.hover('[data-testid="param-fraction"]')  # the promote link shows on the row under the pointer
    page.click('[data-testid="promote-fraction"]')
    page.wait_for_selector('[data-testid="param-binding-fraction"]:has-text("fraction")')
    saved(page)
    graph = Pipeline.objects.get(pk=pipeline.pk).graph
    assert graph["parameters"] == [{"name": "fraction", "type": "float", "default": 0.7}]
    shot(page, "promoted")
    page.click('[data-testid="demote-fraction"]')
    page.wait_for_selector('[data-testid="param-fraction"]')
    assert page.input_value('[data-testid="param-fraction"]') == "0.7"
    close_panel(page)

    # Search finds a node by its module name and selects it.
    page.fill('[data-testid="node-search"]', "evaluate")
    page.keyboard.press("Enter")
    page.wait_for_selector(f"{node('evaluate_model-1')}.pw-node--selected")
    close_panel(page)

    # A node at the canvas's right edge, where the node panel opens: selecting it pans the
    # canvas so the panel does not hide it. The panel resizes from its edge, and collapses.
    pane_box = page.locator(".react-flow__pane").bounding_box()
    # Pan by dragging empty canvas (a point on no node) in its left half. A drag's first few
    # pixels can go to the pan's start threshold, so drag again for what is left.
    target = pane_box["x"] + pane_box["width"] - 120
    for _ in range(3):
        shortfall = target - page.locator(node("evaluate_model-1")).bounding_box()["x"]
        if shortfall <= 5:
            break
        start = page.evaluate(
            """([x0, y0, w, h]) => {
              for (let y = y0 + 20; y < y0 + h - 140; y += 10)
                for (let x = x0 + 10; x < x0 + w / 2; x += 30)
                  if (document.elementFromPoint(x, y)?.classList.contains("react-flow__pane")) return [x, y];
              return null;
            }""",
            [pane_box["x"], pane_box["y"], pane_box["width"], pane_box["height"]],
        )
        assert start is not None
        page.mouse.move(start[0], start[1])
        page.mouse.down()
        page.mouse.move(start[0] + shortfall, start[1], steps=8)
        page.mouse.up()
    assert page.locator(node("evaluate_model-1")).bounding_box()["x"] > pane_box["x"] + pane_box["width"] - 130
    page.locator(node("evaluate_model-1")).click(position={"x": 20, "y": 10})
    panel = page.locator('[data-testid="side-panel"]')
    panel.wait_for()
    page.wait_for_timeout(500)  # the pan animates
    box = page.locator(node("evaluate_model-1")).bounding_box()
    assert box["x"] + box["width"] <= panel.bounding_box()["x"], (box, panel.bounding_box())
    shot(page, "revealed-under-panel")
    width = panel.bounding_box()["width"]
    grip = page.locator('[data-testid="side-panel-resize"]').bounding_box()
    page.mouse.move(grip["x"] + 2, grip["y"] + 100)
    page.mouse.down()
    page.mouse.move(grip["x"] - 148, grip["y"] + 100, steps=5)
    page.mouse.up()
    assert abs(panel.bounding_box()["width"] - (width + 150)) <= 2
    assert page.evaluate("localStorage.getItem('pipewright.panelWidth')") == str(round(width + 150))
    page.click('[data-testid="side-panel-collapse"]')
    page.wait_for_selector('[data-testid="side-panel"][data-collapsed="true"]')
    assert panel.bounding_box()["width"] < 60
    page.click('[data-testid="side-panel-expand"]')
    page.wait_for_selector('[data-testid="side-panel-collapse"]')
    assert abs(panel.bounding_box()["width"] - (width + 150)) <= 2
    # Back to the width the rest of this test was laid out for.
    grip = page.locator('[data-testid="side-panel-resize"]').bounding_box()
    page.mouse.move(grip["x"] + 2, grip["y"] + 100)
    page.mouse.down()
    page.mouse.move(grip["x"] + 152, grip["y"] + 100, steps=5)
    page.mouse.up()
    close_panel(page)

    # A Python script edited in CodeMirror; its print() shows in the log panel.
    drop(page, "execute_python_script", 0.45, 0.85)
    page.wait_for_selector(node("execute_python_script-1"))
    close_panel(page)
    page.drag_and_drop(
        handle("split_data-1", "test", "source"), handle("execute_python_script-1", "dataframe1", "target")
    )
    page.click(f"{node('execute_python_script-1')} .pw-node__header")
    page.click('[data-testid="panel-tab-code"]')
    editor = page.locator('[data-testid="param-script"] .cm-content')
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.type("def main(dataframe1, dataframe2):")
    page.keyboard.press("Enter")
    page.keyboard.type("print('hello from the canvas:', len(dataframe1))")
    page.keyboard.press("Enter")
    page.keyboard.type("return dataframe1,")
    # The large editor, on demand: the same text, wider than the panel; Done brings it back.
    page.click('[data-testid="open-large-editor-script"]')
    large = page.locator('[data-testid="param-script-large"] .cm-content')
    large.wait_for()
    assert "hello from the canvas" in large.inner_text()
    assert large.bounding_box()["width"] > 900  # the panel's editor is about 300 px
    large.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type("# edited large")
    page.click('[data-testid="large-editor-close"]')
    assert "# edited large" in editor.inner_text()
    # Typing in the editor is not an undoable canvas shortcut: the node is still here.
    assert page.locator(node("execute_python_script-1")).count() == 1
    shot(page, "script-editor")
    run_and_wait(page, {"execute_python_script-1": "completed", "evaluate_model-1": "reused"})
    page.click(f"{node('execute_python_script-1')} .pw-node__header")
    page.click('[data-testid="panel-tab-log"]')
    page.wait_for_selector('[data-testid="log-panel"]:has-text("hello from the canvas: 45")')
    shot(page, "script-log")
    script = next(
        n for n in Pipeline.objects.get(pk=pipeline.pk).graph["nodes"] if n["module"] == "execute_python_script"
    )
    assert "print('hello from the canvas:', len(dataframe1))" in script["params"]["script"]

    # Auto-layout: left to right in wiring order, one undo step.
    chain = ["sample_dataset-1", "split_data-1", "train_model-1", "score_model-1", "evaluate_model-1"]

    def stored_x() -> list[float]:
        positions = {n["id"]: n["position"] for n in Pipeline.objects.get(pk=pipeline.pk).graph["nodes"]}
        return [positions[node_id]["x"] for node_id in chain]

    page.click('[data-testid="layout-button"]')
    # Read from the saved document: a big layout may put nodes outside the view, and
    # only nodes in view are drawn.
    deadline = time.monotonic() + 15
    while stored_x() != sorted(stored_x()) or len(set(stored_x())) != len(chain):
        assert time.monotonic() < deadline, f"auto-layout did not order the chain left to right: {stored_x()}"
        time.sleep(0.1)
    shot(page, "auto-layout")
    page.click('[data-testid="undo-button"]')
    page.click('[data-testid="fit-button"]')
    saved(page)
    # The stored layout is the hand-made one again.
    stored = {n["id"]: n["position"] for n in Pipeline.objects.get(pk=pipeline.pk).graph["nodes"]}
    assert stored["sample_dataset-1"]["x"] < stored["split_data-1"]["x"]
    assert stored["score_model-1"]["x"] == stored["evaluate_model-1"]["x"]

    # Two tabs on one pipeline change the same field. Another's save is normally merged
    # into the draft (tests/e2e/test_presence.py); when no merge can be made (here the
    # common base version cannot be read), the second gets the conflict banner and keeps
    # its work in a copy.
    other = page.context.new_page()
    other.goto(f"{base}/pipelines/{pipeline.pk}/")
    other.wait_for_selector(node("evaluate_model-1"))
    other.route(f"**/api/pipelines/{pipeline.pk}/versions/**", lambda route: route.abort())
    held: list[Any] = []

    def hold_saves(route: Any) -> None:
        if route.request.method == "PATCH":
            held.append(route)
        else:
            route.continue_()

    other.route(f"**/api/pipelines/{pipeline.pk}/", hold_saves)
    other.click(f"{node('evaluate_model-1')} .pw-node__header")
    other.fill('[data-testid="node-label"]', "Evaluate (tab two)")
    deadline = time.monotonic() + 15
    while not held:  # tab two's save is on its way, over the revision both tabs opened
        assert time.monotonic() < deadline, "tab two never saved"
        other.wait_for_timeout(100)
    page.click(f"{node('evaluate_model-1')} .pw-node__header")
    page.click('[data-testid="panel-tab-parameters"]')
    page.fill('[data-testid="node-label"]', "Evaluate (tab one)")
    saved(page)
    other.unroute(f"**/api/pipelines/{pipeline.pk}/", hold_saves)
    for route in held:
        route.continue_()
    other.wait_for_selector('[data-testid="conflict-banner"]', timeout=15_000)
    assert other.locator('[data-testid="conflict-reload"]').is_visible()
    other.screenshot(path=str(ARTIFACTS / "canvas-editing-conflict.png"))
    other.click('[data-testid="conflict-save-copy"]')
    other.wait_for_url(re.compile(rf"/pipelines/(?!{pipeline.pk}/)\d+/$"))
    other.wait_for_selector(node("evaluate_model-1"))
    # The clipboard crosses pipelines: what tab one copied pastes into the copy.
    other.locator(".react-flow__pane").click(position={"x": 5, "y": 200})
    other.keyboard.press("Control+v")
    other.wait_for_selector(node("split_data-2"))
    other.wait_for_selector(node("train_model-2"))
    saved(other)

    def label_of(p: Pipeline) -> str:
        return next(n["label"] for n in p.graph["nodes"] if n["id"] == "evaluate_model-1")

    assert label_of(Pipeline.objects.get(pk=pipeline.pk)) == "Evaluate (tab one)"
    the_copy = Pipeline.objects.exclude(pk=pipeline.pk).get(workspace=pipeline.workspace)
    assert label_of(the_copy) == "Evaluate (tab two)"
    assert {"split_data-2", "train_model-2"} <= {n["id"] for n in the_copy.graph["nodes"]}
    other.close()
    page.goto(f"{base}/")
    page.wait_for_selector('[data-testid="pipeline-row"]')
    assert page.locator('[data-testid="pipeline-row"]').count() == 2
    # Every column is headed, and a row's cells line up (the actions cell too).
    headers = ["Name", "Description", "Last run", "Updated", "Actions"]
    assert page.locator("table.list thead th").all_inner_texts() == headers
    cells = page.locator('[data-testid="pipeline-row"]').first.locator("td")
    boxes = [cells.nth(i).bounding_box() for i in range(cells.count())]
    assert {(round(b["y"]), round(b["height"])) for b in boxes} == {(round(boxes[0]["y"]), round(boxes[0]["height"]))}
    shot(page, "home")
    assert time.monotonic() - started < 120


def test_column_params_pick_from_the_upstream_datasets_columns_before_any_run(
    page: Any, live_stack: Any, alice: Any, modules: None
) -> None:
    from designer import services
    from designer.samples import IRIS_QUICKSTART

    pipeline = services.pipeline_create(
        workspace=services.workspace_default(user=alice),
        user=alice,
        name="Iris quickstart",
        graph=IRIS_QUICKSTART["graph"],
    )
    log_in(page, live_stack.base_url, "alice", "alice-password")
    page.goto(f"{live_stack.base_url}/pipelines/{pipeline.pk}/")
    # The sample dataset declares its columns: the picker lists them with no run.
    page.click(f"{node('columns')} .pw-node__header")
    chips = page.locator('[data-testid="columns-columns"]')
    chips.wait_for()
    assert chips.locator("button").all_text_contents()[:2] == ["sepal length (cm)", "sepal width (cm)"]
    assert chips.locator('button[aria-pressed="true"]').count() == 4
    chips.locator("button", has_text="petal width (cm)").click()
    assert page.input_value('[data-testid="param-columns"]') == (
        "sepal length (cm), sepal width (cm), petal length (cm), petal width (cm), label"
    )
    saved(page)
    shot(page, "column-picker")
    columns = next(n for n in Pipeline.objects.get(pk=pipeline.pk).graph["nodes"] if n["id"] == "columns")
    assert columns["params"]["columns"][-2:] == ["petal width (cm)", "label"]
    assert not pipeline.runs.exists()
