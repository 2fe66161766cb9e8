"""Pipeline parameter values of a run over the HTTP API, through the real worker: a value
is taken in its JSON type, never parsed out of a string (docs/decisions.md, "Parameter
typing")."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from runner.models import PipelineRun, RunStatus
from tests.integration.graphs import CSV, edge, node
from tests.integration.helpers import make_pipeline, submit, wait_for_run

pytestmark = pytest.mark.integration


def graph() -> dict[str, Any]:
    """enter_data -> select_columns (columns bound to "keep") -> split_data (fraction
    bound to "fraction")."""
    return {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": CSV}),
            node("pick", "select_columns", {"columns": {"$param": "keep"}}, x=200),
            node("split", "split_data", {"fraction": {"$param": "fraction"}, "randomize": False}, x=400),
        ],
        "edges": [edge("data", "dataset", "pick", "dataset"), edge("pick", "dataset", "split", "dataset")],
        "parameters": [
            {"name": "keep", "type": "columns", "default": ["x", "label"]},
            {"name": "fraction", "type": "float", "default": 0.5},
        ],
    }


def column_names(client: APIClient, run_id: int, node_id: str, port: str) -> list[str]:
    preview = client.get(f"/api/runs/{run_id}/steps/{node_id}/outputs/{port}/").json()
    return [c["name"] for c in preview["preview"]["columns"]]


def test_a_columns_parameter_given_as_a_list_of_names_runs(client: APIClient, alice: Any) -> None:
    pipeline = make_pipeline(alice, graph())

    run = wait_for_run(submit(client, pipeline, parameters={"keep": ["y", "label"], "fraction": 0.75})["id"])

    assert run.status == RunStatus.COMPLETED, run.error
    assert run.parameters == {"keep": ["y", "label"], "fraction": 0.75}
    assert column_names(client, run.pk, "pick", "dataset") == ["y", "label"]
    train = client.get(f"/api/runs/{run.pk}/steps/split/outputs/train/").json()
    assert train["preview"]["row_count"] == 6  # 0.75 of 8 rows


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"keep": "y, label"}, 'pipeline parameter keep must be a list of column names, got a string "y, label"'),
        ({"keep": "y"}, 'pipeline parameter keep must be a list of column names, got a string "y"'),
        ({"fraction": "0.75"}, 'pipeline parameter fraction must be a number, got a string "0.75"'),
    ],
)
def test_a_value_spelled_as_a_string_is_a_400_naming_the_parameter(
    client: APIClient, alice: Any, parameters: dict[str, Any], message: str
) -> None:
    pipeline = make_pipeline(alice, graph())

    response = client.post(f"/api/pipelines/{pipeline.pk}/runs/", {"parameters": parameters}, format="json")

    assert response.status_code == 400, response.content
    body = response.json()
    assert body["message"] == "the run parameters are not valid"
    [name] = parameters
    assert [(e["node_id"], e["param"], e["message"]) for e in body["extra"]["errors"]] == [(None, name, message)]
    assert not PipelineRun.objects.filter(pipeline=pipeline).exists()
