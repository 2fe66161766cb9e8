"""Registered datasets flow through runs: import_data reads a pinned version, export_data
records a new one, and a new upload makes the import re-run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from designer.models import DatasetVersion
from runner.models import StepRun
from tests.integration.graphs import edge, node
from tests.integration.helpers import make_pipeline, steps_of, submit, wait_for_run

pytestmark = pytest.mark.integration


def upload(client: APIClient, text: str) -> None:
    file = SimpleUploadedFile("prices.csv", text.encode(), content_type="text/csv")
    assert client.post("/api/datasets/", {"name": "prices", "file": file}, format="multipart").status_code == 201


def import_export_graph(version: int = 0) -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            node("load", "import_data", {"dataset": "prices", "version": version}),
            node("keep", "select_columns", {"columns": ["price"]}),
            node("save", "export_data", {"destination": "price column"}),
        ],
        "edges": [edge("load", "dataset", "keep", "dataset"), edge("keep", "dataset", "save", "dataset")],
        "parameters": [],
    }


def test_a_run_imports_a_dataset_and_exports_a_new_one(client: APIClient, alice: Any) -> None:
    upload(client, "item,price\napple,1.5\npear,2.0\n")
    pipeline = make_pipeline(alice, import_export_graph())
    run = wait_for_run(submit(client, pipeline)["id"])
    assert run.status == "completed", run.error
    assert run.snapshot["imports"]["load"]["version"] == 1
    preview = client.get(f"/api/runs/{run.pk}/steps/keep/outputs/dataset/").json()["preview"]
    assert preview["rows"] == [[1.5], [2.0]]

    exported = DatasetVersion.objects.get(dataset__name="price column", dataset__workspace=run.workspace)
    assert (exported.version, exported.row_count, exported.column_count) == (1, 2, 1)
    assert exported.digest == steps_of(run.pk)["keep"].outputs["dataset"]  # the same artifact, not a copy
    assert "price column" in [d["name"] for d in client.get("/api/datasets/").json()["results"]]

    # Unchanged data: the import is reused; export_data always runs and adds a version.
    again = wait_for_run(submit(client, pipeline)["id"])
    steps = steps_of(again.pk)
    assert steps["load"].status == "reused" and steps["save"].status == "completed"
    assert "not deterministic" in steps["save"].reasons[0]
    assert DatasetVersion.objects.filter(dataset__name="price column").count() == 2

    # A new upload is a new version: the import re-runs and says why.
    upload(client, "item,price\napple,1.5\npear,2.5\n")
    third = wait_for_run(submit(client, pipeline)["id"])
    load = StepRun.objects.get(run=third, node_id="load")
    assert load.status == "completed"
    assert any("input source changed" in reason for reason in load.reasons), load.reasons


def test_unknown_datasets_and_versions_are_refused_at_submit(client: APIClient, alice: Any) -> None:
    missing = make_pipeline(alice, import_export_graph())
    response = client.post(f"/api/pipelines/{missing.pk}/runs/", {}, format="json")
    assert response.status_code == 400
    error = response.json()["extra"]["errors"][0]
    assert (error["node_id"], error["param"]) == ("load", "dataset")
    assert "no dataset named 'prices'" in error["message"]
    upload(client, "item,price\napple,1\n")
    pinned = make_pipeline(alice, import_export_graph(version=7))
    response = client.post(f"/api/pipelines/{pinned.pk}/runs/", {}, format="json")
    assert response.status_code == 400
    assert "has no version 7; it has 1" in response.json()["extra"]["errors"][0]["message"]


def test_another_workspace_cannot_import_alices_dataset(client: APIClient, alice: Any, bob: Any) -> None:
    upload(client, "item,price\napple,1\n")
    bob_client = APIClient()
    bob_client.force_login(bob)
    pipeline = make_pipeline(bob, import_export_graph())
    response = bob_client.post(f"/api/pipelines/{pipeline.pk}/runs/", {}, format="json")
    assert response.status_code == 400
    assert "no dataset named 'prices'" in response.json()["extra"]["errors"][0]["message"]


def file_import_graph(path: str) -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [node("load", "import_data", {"path": path})],
        "edges": [],
        "parameters": [],
    }


def test_a_file_in_the_import_folder_is_imported_and_a_change_to_it_reruns(client: APIClient, alice: Any) -> None:
    from django.conf import settings

    file = Path(settings.IMPORT_ROOT) / "alice" / "prices.csv"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text("item,price\napple,1.5\n")
    pipeline = make_pipeline(alice, file_import_graph("alice/prices.csv"))
    first = wait_for_run(submit(client, pipeline)["id"])
    assert first.status == "completed", first.error
    preview = client.get(f"/api/runs/{first.pk}/steps/load/outputs/dataset/").json()["preview"]
    assert preview["rows"] == [["apple", 1.5]]

    assert steps_of(wait_for_run(submit(client, pipeline)["id"]).pk)["load"].status == "reused"
    file.write_text("item,price\napple,1.75\n")
    changed = steps_of(wait_for_run(submit(client, pipeline)["id"]).pk)["load"]
    assert changed.status == "completed"
    assert any("input source_file changed" in reason for reason in changed.reasons), changed.reasons


def test_file_imports_cannot_leave_the_import_folder(client: APIClient, alice: Any) -> None:
    for path, expected in (("../secret_key", "outside the import folder"), ("nope.csv", "no file 'nope.csv'")):
        pipeline = make_pipeline(alice, file_import_graph(path))
        response = client.post(f"/api/pipelines/{pipeline.pk}/runs/", {}, format="json")
        assert response.status_code == 400
        error = response.json()["extra"]["errors"][0]
        assert error["param"] == "path" and expected in error["message"]
    both = import_export_graph()
    both["nodes"][0]["params"]["path"] = "x.csv"
    response = client.post(f"/api/pipelines/{make_pipeline(alice, both).pk}/runs/", {}, format="json")
    assert "not both" in response.json()["extra"]["errors"][0]["message"]


@pytest.fixture
def csv_server(tmp_path: Path) -> Any:
    """A real HTTP server on loopback serving a folder."""
    import functools
    import http.server
    import threading

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_url_under_an_allowed_prefix_is_downloaded_at_submit_and_its_content_is_the_cache_key(
    client: APIClient, alice: Any, csv_server: Any, settings: Any
) -> None:
    folder, base = csv_server
    (folder / "prices.csv").write_text("item,price\npear,2.5\n")
    url = f"{base}/prices.csv"
    pipeline = make_pipeline(alice, file_import_graph(url))

    refused = client.post(f"/api/pipelines/{pipeline.pk}/runs/", {}, format="json")
    assert refused.status_code == 400
    assert refused.json()["extra"]["errors"][0]["message"] == (
        f"{url} is not allowed; allowed URL prefixes: none (set IMPORT_URL_ALLOWLIST)"
    )

    settings.IMPORT_URL_ALLOWLIST = [f"{base}/"]
    first = wait_for_run(submit(client, pipeline)["id"])
    assert first.status == "completed", first.error
    preview = client.get(f"/api/runs/{first.pk}/steps/load/outputs/dataset/").json()["preview"]
    assert preview["rows"] == [["pear", 2.5]]
    assert first.snapshot["imports"]["load"]["url"] == url
    assert steps_of(wait_for_run(submit(client, pipeline)["id"]).pk)["load"].status == "reused"
    (folder / "prices.csv").write_text("item,price\npear,3.0\n")
    assert steps_of(wait_for_run(submit(client, pipeline)["id"]).pk)["load"].status == "completed"

    missing = make_pipeline(alice, file_import_graph(f"{base}/nope.csv"))
    response = client.post(f"/api/pipelines/{missing.pk}/runs/", {}, format="json")
    assert response.status_code == 400
    assert "could not download" in response.json()["extra"]["errors"][0]["message"]
    assert "404" in response.json()["extra"]["errors"][0]["message"]
