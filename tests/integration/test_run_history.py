"""Past runs: the history list says who ran what, a run shows the graph it froze, and
a run can be cloned into a new draft pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from designer import services
from designer.models import Pipeline
from runner.models import Experiment, PipelineRun, RunStatus
from tests.integration.graphs import chain_graph

pytestmark = pytest.mark.integration


def client_for(user: Any) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


@pytest.fixture
def alices_run(alice: Any, modules: None) -> PipelineRun:
    """A finished run whose frozen graph differs from the pipeline's current one."""
    workspace = services.workspace_default(user=alice)
    frozen = {**chain_graph(2), "parameters": [{"name": "seed", "type": "int", "default": 42}]}
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="alice's", graph=chain_graph(3))
    return PipelineRun.objects.create(
        workspace=workspace,
        pipeline=pipeline,
        number=4,
        status=RunStatus.COMPLETED,
        experiment=Experiment.objects.create(workspace=workspace, name="baseline"),
        parameters={"seed": 7},
        snapshot={"graph": frozen, "plan": {}},
        pipeline_revision=pipeline.revision,
        created_by=alice,
    )


def test_the_run_list_says_who_started_each_run(alices_run: PipelineRun, alice: Any) -> None:
    response = client_for(alice).get(f"/api/runs/?pipeline={alices_run.pipeline_id}")
    assert response.status_code == 200
    [item] = response.json()["results"]
    assert item["created_by"] == "alice"
    assert item["number"] == 4
    assert item["experiment"] == "baseline"


def test_a_run_shows_the_graph_it_froze_not_the_current_one(alices_run: PipelineRun, alice: Any) -> None:
    body = client_for(alice).get(f"/api/runs/{alices_run.pk}/").json()
    assert [n["id"] for n in body["graph"]["nodes"]] == ["n0", "n1"]
    assert len(alices_run.pipeline.graph["nodes"]) == 3


def test_cloning_a_run_makes_a_draft_with_its_graph_and_parameter_values(alices_run: PipelineRun, alice: Any) -> None:
    response = client_for(alice).post(f"/api/runs/{alices_run.pk}/clone/")
    assert response.status_code == 201, response.content
    body = response.json()
    clone = Pipeline.objects.get(pk=body["id"])
    assert clone.pk != alices_run.pipeline_id
    assert clone.workspace_id == alices_run.workspace_id
    assert clone.name == "alice's (copy of run #4)"
    assert [n["id"] for n in clone.graph["nodes"]] == ["n0", "n1"]
    assert clone.graph["parameters"] == [{"name": "seed", "type": "int", "default": 7}]
    assert body["revision"] == 1


def test_bob_cannot_clone_alices_run(alices_run: PipelineRun, bob: Any) -> None:
    response = client_for(bob).post(f"/api/runs/{alices_run.pk}/clone/")
    assert response.status_code == 404
    assert Pipeline.objects.count() == 1


def test_the_clone_endpoint_is_in_the_openapi_schema(alice: Any) -> None:
    schema = client_for(alice).get("/api/schema/", HTTP_ACCEPT="application/json").json()
    assert "post" in schema["paths"]["/api/runs/{run_id}/clone/"]
