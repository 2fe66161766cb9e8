"""Pipelines over the HTTP API: create, optimistic revisions, validation, modules, schema."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from designer.models import Pipeline
from tests.integration.graphs import chain_graph, edge, node

pytestmark = pytest.mark.integration


@pytest.fixture
def client(alice: Any, modules: None) -> APIClient:
    api = APIClient()
    api.force_login(alice)
    return api


def create(client: APIClient, graph: Any = None, name: str = "p") -> dict[str, Any]:
    body: dict[str, Any] = {"name": name}
    if graph is not None:
        body["graph"] = graph
    response = client.post("/api/pipelines/", body, format="json")
    assert response.status_code == 201, response.content
    return dict(response.json())


def test_a_new_pipeline_starts_empty_at_revision_1(client: APIClient) -> None:
    created = create(client)
    assert created["revision"] == 1
    assert created["graph"]["nodes"] == [] and created["graph"]["schema"] == 1
    assert created["last_run"] is None


def test_each_save_bumps_the_revision_and_a_stale_one_gets_409(client: APIClient) -> None:
    created = create(client, chain_graph(2))
    url = f"/api/pipelines/{created['id']}/"
    first = client.patch(url, {"revision": 1, "name": "renamed"}, format="json")
    assert first.status_code == 200 and first.json()["revision"] == 2
    stale = client.put(url, {"revision": 1, "name": "from the other tab", "graph": chain_graph(3)}, format="json")
    assert stale.status_code == 409
    assert stale.json()["extra"]["revision"] == 2
    stored = Pipeline.objects.get(pk=created["id"])
    assert stored.name == "renamed" and len(stored.graph["nodes"]) == 2 and stored.revision == 2


def test_a_malformed_graph_gets_400_and_leaves_the_stored_pipeline_as_it_was(client: APIClient) -> None:
    created = create(client, chain_graph(2))
    url = f"/api/pipelines/{created['id']}/"
    for bad in (
        "not a graph",
        {"schema": 2, "nodes": [], "edges": []},
        {"schema": 1, "nodes": "many", "edges": []},
        {"schema": 1, "nodes": [{"module": "enter_data"}], "edges": []},
    ):
        response = client.patch(url, {"revision": 1, "graph": bad}, format="json")
        assert response.status_code == 400, (bad, response.content)
        assert response.json()["extra"]["errors"], bad
    stored = Pipeline.objects.get(pk=created["id"])
    assert stored.revision == 1 and stored.graph == created["graph"]


def test_a_pipeline_with_semantic_problems_is_saved_but_validate_lists_them_all(client: APIClient) -> None:
    graph = chain_graph(3)
    graph["nodes"].append(node("ghost", "no_such_module"))
    graph["nodes"][1]["params"]["columns"] = "x"  # not a list
    graph["edges"].append(edge("n2", "dataset", "n1", "dataset"))  # a cycle, and n1's input wired twice
    created = create(client, graph)
    response = client.post(f"/api/pipelines/{created['id']}/validate/")
    assert response.status_code == 400
    body = response.json()
    errors = body["extra"]["errors"]
    assert set(errors[0]) >= {"node_id", "port", "param", "message"}
    assert any(e["node_id"] == "ghost" and "no_such_module" in e["message"] for e in errors)
    assert any(e["param"] == "columns" for e in errors)
    assert any("cycle" in e["message"] for e in errors)
    assert len(errors) >= 4


def test_a_valid_pipeline_validates_ok(client: APIClient) -> None:
    created = create(client, chain_graph(3))
    response = client.post(f"/api/pipelines/{created['id']}/validate/")
    assert response.status_code == 200
    assert response.json()["ok"] is True


def test_an_unsaved_graph_is_validated_as_sent_and_nothing_is_saved(client: APIClient) -> None:
    """The canvas checks each edit before autosave has stored it: the problems are those
    of the graph sent, and the stored pipeline is left as it was."""
    created = create(client, chain_graph(3))
    url = f"/api/pipelines/{created['id']}/validate/"
    unwired = chain_graph(3)
    unwired["edges"].pop()  # n2's input no longer connected
    response = client.post(url, {"graph": unwired}, format="json")
    assert response.status_code == 400, response.content
    errors = response.json()["extra"]["errors"]
    assert [(e["node_id"], e["port"]) for e in errors] == [("n2", "dataset")]
    assert "not connected" in errors[0]["message"]
    assert client.post(url, {"graph": chain_graph(3)}, format="json").json()["ok"] is True
    stored = Pipeline.objects.get(pk=created["id"])
    assert stored.revision == 1 and stored.graph == created["graph"]
    # Not a graph: its problems, not a server error.
    assert client.post(url, {"graph": "not a graph"}, format="json").status_code == 400


def test_the_module_list_describes_the_built_ins(client: APIClient) -> None:
    modules = {m["slug"]: m for m in client.get("/api/modules/").json()}
    assert {"sample_dataset", "enter_data", "select_columns", "split_data", "execute_python_script"} <= set(modules)
    split = modules["split_data"]
    assert [p["name"] for p in split["outputs"]] == ["train", "test"]
    fraction = next(p for p in split["params"] if p["name"] == "fraction")
    assert fraction["type"] == "float" and fraction["min"] == 0 and fraction["max"] == 1
    detail = client.get("/api/modules/split_data/").json()
    assert detail["versions"][0]["version"] == split["version"]
    assert client.get("/api/modules/nope/").status_code == 404


def test_delete_removes_the_pipeline(client: APIClient) -> None:
    created = create(client)
    assert client.delete(f"/api/pipelines/{created['id']}/").status_code == 204
    assert client.get(f"/api/pipelines/{created['id']}/").status_code == 404


def test_the_openapi_schema_is_served_and_valid(client: APIClient) -> None:
    from drf_spectacular.validation import validate_schema

    response = client.get("/api/schema/?format=json")
    assert response.status_code == 200
    schema = response.json()
    validate_schema(schema)
    assert "/api/pipelines/{pipeline_id}/runs/" in schema["paths"]
    docs = client.get("/api/docs/")
    assert docs.status_code == 200 and b"swagger" in docs.content.lower()


def test_a_format_parameter_no_renderer_knows_is_ignored_not_an_undocumented_404(client: APIClient) -> None:
    listed = client.get("/api/runs/?format=5609")
    yaml = client.get("/api/schema/?format=yaml")

    assert listed.status_code == 200 and listed["Content-Type"] == "application/json"
    assert yaml.status_code == 200 and yaml.content.startswith(b"openapi:")


def test_broken_dataset_uploads_get_a_clear_error(client: APIClient) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    broken = SimpleUploadedFile("broken.parquet", b"this is not parquet")
    response = client.post("/api/datasets/", {"name": "broken", "file": broken}, format="multipart")
    assert response.status_code == 400
    assert "could not read broken.parquet" in response.json()["message"]
