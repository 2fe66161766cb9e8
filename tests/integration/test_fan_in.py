"""N-way fan-in end to end: three branches into Combine Rows, run by the real worker."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest
from rest_framework.test import APIClient

from designer.models import Pipeline
from runner import tables
from runner.artifacts import default_store
from tests.integration.graphs import edge, node
from tests.integration.helpers import make_pipeline, steps_of, submit, update_graph, wait_for_run

pytestmark = pytest.mark.integration


def artifact_frame(digest: str) -> pd.DataFrame:
    file = tables.table_file(default_store().path(digest))
    assert file is not None
    return tables.read_frame(file)


def three_branches() -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            node("one", "enter_data", {"text": "x,y\n1,a\n2,b\n"}),
            node("two", "enter_data", {"text": "y,x\nc,3\n"}),
            node("three", "enter_data", {"text": "x,y,z\n4,d,true\n5,e,false\n"}),
            node("all", "combine_rows", {"missing_columns": "fill", "source_column": "branch"}, x=400),
        ],
        "edges": [
            edge("one", "dataset", "all", "datasets"),
            edge("two", "dataset", "all", "datasets"),
            edge("three", "dataset", "all", "datasets"),
        ],
        "parameters": [],
    }


def test_three_branches_are_combined_in_wire_order_and_a_reorder_reruns_only_the_combine(
    live_stack: Any, alice: Any, modules: None
) -> None:
    client = APIClient()
    client.force_login(alice)
    pipeline = make_pipeline(alice, three_branches())
    assert client.post(f"/api/pipelines/{pipeline.pk}/validate/").json()["ok"] is True
    run = wait_for_run(submit(client, pipeline)["id"])
    assert run.status == "completed", run.error
    combined = artifact_frame(steps_of(run.pk)["all"].outputs["dataset"])
    assert combined["x"].tolist() == [1, 2, 3, 4, 5]
    assert combined["y"].tolist() == ["a", "b", "c", "d", "e"]
    assert combined["branch"].tolist() == [1, 1, 2, 3, 3]
    assert combined["z"].isna().tolist() == [True, True, True, False, False]

    # The same graph again: everything is reused.
    again = wait_for_run(submit(client, pipeline)["id"])
    assert {s.status for s in steps_of(again.pk).values()} == {"reused"}

    # The third wire first: the combine runs again (its rows come in another order),
    # the branches are reused.
    graph = three_branches()
    graph["edges"] = [graph["edges"][2], *graph["edges"][:2]]
    update_graph(client, Pipeline.objects.get(pk=pipeline.pk), graph)
    reordered = wait_for_run(submit(client, pipeline)["id"])
    steps = steps_of(reordered.pk)
    assert steps["all"].status == "completed" and steps["one"].status == "reused"
    assert artifact_frame(steps["all"].outputs["dataset"])["x"].tolist() == [4, 5, 1, 2, 3]
