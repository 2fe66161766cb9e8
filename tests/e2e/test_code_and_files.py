"""In the browser: a pipeline saved by the SDK opens on the canvas laid out and
editable, two more wires drawn into its many-wire input (Combine Rows) are kept, and
the File menu exports it as YAML and imports that file back as a new pipeline."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pipewright import Pipeline as SdkPipeline
from pipewright import Workspace
from rest_framework.authtoken.models import Token

from designer.graph import GraphDocument
from designer.models import Pipeline
from tests.e2e.test_canvas import log_in

pytestmark = pytest.mark.e2e


def handle(node_id: str, port: str, kind: str) -> str:
    return f'.react-flow__handle.{kind}[data-nodeid="{node_id}"][data-handleid="{port}"]'


def wires_into(graph: dict[str, Any], node_id: str, port: str) -> list[str]:
    return [e["source"] for e in graph["edges"] if (e["target"], e["target_port"]) == (node_id, port)]


def test_an_sdk_pipeline_opens_laid_out_takes_more_wires_and_round_trips_through_the_file_menu(
    page: Any, live_stack: Any, alice: Any, modules: None, tmp_path: Path
) -> None:
    token, _ = Token.objects.get_or_create(user=alice)
    ws = Workspace(live_stack.base_url, token.key)
    branches = [
        ws.modules.enter_data(name=name, text=f"x,y\n{i},{name}\n") for i, name in enumerate(("one", "two", "three"))
    ]
    combine = ws.modules.combine_rows(name="all", datasets=[branches[0].output()], source_column="branch")
    sdk_pipeline = SdkPipeline(ws, [combine, branches[1], branches[2]], name="from code").save()

    log_in(page, live_stack.base_url, "alice", "alice-password")
    page.goto(sdk_pipeline.url)
    for node_id in ("one", "two", "three", "all"):
        page.wait_for_selector(f'[data-testid="node-{node_id}"]')
    # Laid out by depth: the branches in one column, one under another (in the order the
    # pipeline lists its steps), Combine Rows to their right.
    boxes = {n: page.locator(f'[data-testid="node-{n}"]').bounding_box() for n in ("one", "two", "three", "all")}
    assert boxes["one"]["x"] == boxes["two"]["x"] == boxes["three"]["x"] < boxes["all"]["x"]
    assert boxes["two"]["y"] < boxes["three"]["y"] < boxes["one"]["y"]
    assert page.locator(".react-flow__edge").count() == 1

    # Editable: two more wires into the many-wire input, saved in the order drawn.
    for source in ("three", "two"):
        page.drag_and_drop(handle(source, "dataset", "source"), handle("all", "datasets", "target"))
    assert page.locator(".react-flow__edge").count() == 3
    page.wait_for_selector('[data-testid="save-state"][data-status="saved"]', timeout=15_000)
    stored = Pipeline.objects.get(pk=sdk_pipeline.id)
    assert wires_into(stored.graph, "all", "datasets") == ["one", "three", "two"]

    # File → Export as YAML downloads the pipeline file.
    page.click('[data-testid="file-menu-button"]')
    with page.expect_download() as downloading:
        page.click('[data-testid="export-yaml"]')
    download = downloading.value
    assert download.suggested_filename == "from_code.pipeline.yaml"
    file = tmp_path / download.suggested_filename
    download.save_as(str(file))
    assert re.search(r"- source: three\.dataset\n\s+target: all\.datasets", file.read_text())

    # File → Import… that file: a new pipeline, opened, the same graph.
    page.click('[data-testid="file-menu-button"]')
    with page.expect_file_chooser() as choosing:
        page.click('[data-testid="import-pipeline"]')
    choosing.value.set_files(str(file))
    page.wait_for_url(re.compile(rf"/pipelines/(?!{sdk_pipeline.id}/)\d+/$"))
    imported_id = int(re.findall(r"/pipelines/(\d+)/$", page.url)[0])
    page.wait_for_selector('[data-testid="node-all"]')
    assert page.locator(".react-flow__edge").count() == 3
    imported = Pipeline.objects.get(pk=imported_id)
    assert imported.name == "from code"
    assert imported.graph == GraphDocument.from_dict(stored.graph).to_dict()

    # A file that is not a pipeline is refused on the canvas, saying where.
    bad = tmp_path / "bad.yaml"
    bad.write_text("pipewright: 1\nname: bad\nnodes: 5\n")
    page.click('[data-testid="file-menu-button"]')
    with page.expect_file_chooser() as choosing:
        page.click('[data-testid="import-pipeline"]')
    choosing.value.set_files(str(bad))
    error = page.wait_for_selector('[data-testid="import-error"]')
    assert "line 3, at nodes: must be a list, got a number" in error.text_content()
    assert Pipeline.objects.count() == 2
