"""Diffs over the API: two versions of a pipeline read from its compact history, and two
runs with their frozen graphs, step outcomes, output digests and metric deltas. No
worker: the runs are made as they would have ended (tests/integration/trained_runs.py).
Who may read them is in tests/integration/test_access.py and tests/security/test_roles.py."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from rest_framework.test import APIClient

from designer import services
from designer.samples import BINARY_CLASSIFICATION
from runner.models import PipelineRun, RunMetric, StepRun, StepStatus
from tests.integration.trained_runs import completed_training_run

pytestmark = pytest.mark.integration


@pytest.fixture
def alice(db: None) -> Any:
    services.modules_sync_builtin()
    return services.user_create(username="alice", password="alice-password")


@pytest.fixture
def api(alice: Any) -> APIClient:
    client = APIClient()
    client.force_login(alice)
    return client


def test_two_versions_of_the_titanic_sample_compared(api: APIClient) -> None:
    created = api.post(
        "/api/pipelines/", {"name": "titanic", "graph": BINARY_CLASSIFICATION["graph"]}, format="json"
    ).json()
    pid = created["id"]
    # Three saves the canvas makes: a parameter, the script, a move.
    edits: list[dict[str, Any]] = [
        {"params": {"C": 0.25}},
        {"params": {"script": "def main(dataframe1, dataframe2):\n    return dataframe1,\n"}},
        {"position": {"x": 999}},
    ]
    for revision, (node_id, edit) in enumerate(zip(("algorithm", "family", "score"), edits, strict=True), start=1):
        response = api.patch(f"/api/pipelines/{pid}/nodes/{node_id}/", {"revision": revision, **edit}, format="json")
        assert response.status_code == 200, response.content
    api.patch(f"/api/pipelines/{pid}/versions/1/", {"name": "baseline"}, format="json")

    response = api.get(f"/api/pipelines/{pid}/versions/diff/?from=1&to=4")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["pipeline"] == pid
    assert (body["old"]["number"], body["old"]["name"], body["old"]["current"]) == (1, "baseline", False)
    assert (body["new"]["number"], body["new"]["current"]) == (4, True)
    diff = body["diff"]
    assert [(n["id"], n["change"]) for n in diff["nodes"]] == [
        ("algorithm", "changed"),
        ("family", "changed"),
        ("score", "moved"),
    ]
    nodes = {n["id"]: n for n in diff["nodes"]}
    assert nodes["algorithm"]["params"] == [
        {"name": "C", "change": "changed", "old": 1.0, "new": 0.25, "line_diff": None}
    ]
    # The script is a `code` parameter of Execute Python Script: a line diff.
    assert nodes["family"]["params"][0]["line_diff"] == [
        "@@ -1,4 +1,2 @@",
        " def main(dataframe1, dataframe2):",
        "-    frame = dataframe1.copy()",
        "-    frame['FamilySize'] = frame['SibSp'] + frame['Parch'] + 1",
        "-    return frame,",
        "+    return dataframe1,",
    ]
    assert nodes["score"]["position"] == {"old": {"x": 150.0, "y": 1080.0}, "new": {"x": 999.0, "y": 1080.0}}
    assert diff["summary"]["nodes_changed"] == 2 and diff["summary"]["nodes_moved"] == 1
    # Either way round, and a version with itself.
    back = api.get(f"/api/pipelines/{pid}/versions/diff/?from=4&to=2").json()["diff"]
    assert {n["id"]: n["change"] for n in back["nodes"]} == {"family": "changed", "score": "moved"}
    assert api.get(f"/api/pipelines/{pid}/versions/diff/?from=3&to=3").json()["diff"]["identical"] is True
    # Evaluate taken out: the node, whole, and its wire.
    graph = api.get(f"/api/pipelines/{pid}/").json()["graph"]
    graph["nodes"] = [n for n in graph["nodes"] if n["id"] != "evaluate"]
    graph["edges"] = [e for e in graph["edges"] if e["target"] != "evaluate"]
    assert api.put(f"/api/pipelines/{pid}/", {"revision": 4, "graph": graph}, format="json").status_code == 200
    removed = api.get(f"/api/pipelines/{pid}/versions/diff/?from=4&to=5").json()["diff"]
    assert [(n["id"], n["change"], n["node"]["module"]) for n in removed["nodes"]] == [
        ("evaluate", "removed", "evaluate_model")
    ]
    assert removed["wires"] == [
        {"change": "removed", "source": "score", "source_port": "scored", "target": "evaluate", "target_port": "scored"}
    ]


def test_a_version_diff_with_a_missing_version_or_a_bad_query_says_so(api: APIClient) -> None:
    pid = api.post("/api/pipelines/", {"name": "p"}, format="json").json()["id"]
    missing = api.get(f"/api/pipelines/{pid}/versions/diff/?from=1&to=7")
    assert missing.status_code == 404 and missing.json()["message"] == f"pipeline {pid} has no version 7"
    for query, field in (("from=1", "to"), ("from=one&to=1", "from"), ("from=0&to=1", "from"), ("to=1", "from")):
        response = api.get(f"/api/pipelines/{pid}/versions/diff/?{query}")
        assert response.status_code == 400, (query, response.content)
        assert field in response.json()["extra"]["fields"], (query, response.json())


def test_two_runs_compared_node_by_node(alice: Any, api: APIClient) -> None:
    workspace = services.workspace_default(user=alice)
    a = completed_training_run(workspace=workspace, user=alice)
    b = completed_training_run(workspace=workspace, user=alice)
    steps_a = {s.node_id: s for s in a.steps.all()}
    # Run b loaded the same data (reused from a), trained another model with a stronger
    # regularisation and has not scored yet; each run's score step recorded metrics.
    graph_b = copy.deepcopy(b.snapshot["graph"])
    next(n for n in graph_b["nodes"] if n["id"] == "algorithm")["params"]["C"] = 0.1
    PipelineRun.objects.filter(pk=b.pk).update(snapshot={**b.snapshot, "graph": graph_b}, parameters={"fraction": 0.8})
    PipelineRun.objects.filter(pk=a.pk).update(parameters={"fraction": 0.7})
    StepRun.objects.filter(run=b, node_id="load").update(
        status=StepStatus.REUSED, reused_from=steps_a["load"], outputs=steps_a["load"].outputs
    )
    StepRun.objects.filter(run=b, node_id="train").update(outputs={"model": "0" * 64})
    StepRun.objects.filter(run=b, node_id="score").update(status=StepStatus.FAILED, error="out of memory")
    RunMetric.objects.bulk_create(
        [
            RunMetric(run=a, node_id="score", name="accuracy", value=0.9, position=3, main_rank=0),
            RunMetric(run=a, node_id="score", name="rows", value=150, position=3),
            RunMetric(run=b, node_id="score", name="accuracy", value=0.95, position=3, main_rank=0),
            RunMetric(run=b, node_id="score", name="loss", value=0.2, position=3),
        ]
    )

    response = api.get(f"/api/runs/diff/?a={a.pk}&b={b.pk}")
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["a"]["id"], body["b"]["id"]) == (a.pk, b.pk)
    assert body["a"]["main_metric"] == {"name": "accuracy", "value": 0.9, "node_id": "score"}
    assert body["main_metric_delta"] == pytest.approx(0.05)
    assert body["parameters"] == [{"name": "fraction", "change": "changed", "old": 0.7, "new": 0.8, "line_diff": None}]
    assert [(n["id"], n["change"]) for n in body["graph"]["nodes"]] == [("algorithm", "changed")]
    nodes = {n["node_id"]: n for n in body["nodes"]}
    assert list(nodes) == ["algorithm", "load", "score", "train"]
    assert nodes["algorithm"]["graph_change"] == "changed" and nodes["load"]["graph_change"] == "unchanged"
    # The data was reused, so its output is the same artifact.
    load = nodes["load"]
    assert (load["a"]["reused"], load["b"]["reused"], load["b"]["reused_from_run"]) == (False, True, a.pk)
    assert load["b"]["status"] == "reused" and load["outputs_equal"] is True
    data = steps_a["load"].outputs["dataset"]
    assert load["outputs"] == [{"port": "dataset", "a": data, "b": data, "equal": True}]
    # Another model: another artifact.
    assert nodes["train"]["outputs_equal"] is False
    assert nodes["train"]["outputs"] == [
        {"port": "model", "a": steps_a["train"].outputs["model"], "b": "0" * 64, "equal": False}
    ]
    assert (nodes["score"]["a"]["status"], nodes["score"]["b"]["status"]) == ("completed", "failed")
    assert nodes["score"]["b"]["error"] == "out of memory"
    assert nodes["score"]["outputs"] == [] and nodes["score"]["outputs_equal"] is None
    assert nodes["score"]["metrics"] == [
        {"name": "accuracy", "a": 0.9, "b": 0.95, "delta": pytest.approx(0.05)},
        {"name": "rows", "a": 150.0, "b": None, "delta": None},
        {"name": "loss", "a": None, "b": 0.2, "delta": None},
    ]
    assert nodes["algorithm"]["metrics"] == []
    # The other way round, the deltas turn over.
    back = api.get(f"/api/runs/diff/?a={b.pk}&b={a.pk}").json()
    assert back["main_metric_delta"] == pytest.approx(-0.05)
    assert {n["node_id"]: n for n in back["nodes"]}["load"]["a"]["reused"] is True


def test_a_run_diff_with_a_missing_run_or_a_bad_query_says_so(alice: Any, api: APIClient) -> None:
    run = completed_training_run(workspace=services.workspace_default(user=alice), user=alice)
    missing = api.get(f"/api/runs/diff/?a={run.pk}&b={run.pk + 100}")
    assert missing.status_code == 404
    assert missing.json() == {"message": f"run {run.pk + 100} not found", "extra": {"field": "b"}}
    same = api.get(f"/api/runs/diff/?a={run.pk}&b={run.pk}").json()
    assert same["graph"]["identical"] is True and all(n["outputs_equal"] for n in same["nodes"] if n["outputs"])
    for query, field in (("a=1", "b"), ("a=x&b=1", "a"), ("a=1&b=99999999999999999999999", "b")):
        response = api.get(f"/api/runs/diff/?{query}")
        assert response.status_code == 400, (query, response.content)
        assert field in response.json()["extra"]["fields"], (query, response.json())
