"""Experiments: runs land in the experiment their submit names (created on first use)
or in the one named after their pipeline; each completed or reused step's scalar
metrics are indexed, so an experiment's runs table has parameter and metric columns
to sort and filter by; the run history gives each run's main metric."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIClient

from designer import services
from runner import experiments
from runner.models import Experiment, PipelineRun, RunMetric, RunStatus
from tests.integration.graphs import edge, node, script
from tests.integration.helpers import make_pipeline, submit, wait_for_run

pytestmark = pytest.mark.integration


def client_for(user: Any) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


def tuning_graph() -> dict[str, Any]:
    """Iris, split by the pipeline parameter `fraction`, a logistic regression trained
    and scored, an Evaluate Model (multiclass: its main metric is accuracy), and a
    script that logs how many rows it scored."""
    return {
        "schema": 1,
        "nodes": [
            node("load", "sample_dataset", {"name": "iris"}),
            node("split", "split_data", {"fraction": {"$param": "fraction"}, "seed": 3}),
            node("algorithm", "logistic_regression", {}),
            node("train", "train_model", {"label_column": "label"}),
            node("score", "score_model", {}),
            node("evaluate", "evaluate_model", {}),
            node(
                "count",
                "execute_python_script",
                {"script": script('log_metric("scored_rows", len(dataframe1))\nreturn dataframe1,')},
            ),
        ],
        "edges": [
            edge("load", "dataset", "split", "dataset"),
            edge("algorithm", "model", "train", "model"),
            edge("split", "train", "train", "dataset"),
            edge("train", "model", "score", "model"),
            edge("split", "test", "score", "dataset"),
            edge("score", "scored", "evaluate", "scored"),
            edge("score", "scored", "count", "dataframe1"),
        ],
        "parameters": [{"name": "fraction", "type": "float", "default": 0.5}],
    }


def test_runs_land_in_their_experiment_with_their_metrics_sortable_and_filterable(
    alice: Any, modules: None, live_stack: Any
) -> None:
    client = client_for(alice)
    pipeline = make_pipeline(alice, tuning_graph(), name="iris tuning")
    first = wait_for_run(submit(client, pipeline, experiment="tuning", parameters={"fraction": 0.5})["id"], 120)
    second = wait_for_run(submit(client, pipeline, experiment=" tuning ", parameters={"fraction": 0.8})["id"], 120)
    assert first.status == second.status == RunStatus.COMPLETED, (first.error, second.error)
    # No experiment named: the one named after the pipeline. Unchanged, every step is
    # reused, and the reused steps' metrics come along.
    third = wait_for_run(submit(client, pipeline, parameters={"fraction": 0.5})["id"], 60)
    assert third.status == RunStatus.COMPLETED
    assert Experiment.objects.get(pk=third.experiment_id).name == "iris tuning"

    [tuning] = client.get("/api/experiments/?name=tuning").json()["results"]
    assert tuning["run_count"] == 2 and tuning["last_run"] == second.pk
    assert Experiment.objects.filter(workspace=pipeline.workspace).count() == 2

    table = client.get(f"/api/experiments/{tuning['id']}/runs/").json()
    assert table["count"] == 2 and table["parameters"] == ["fraction"]
    assert {"accuracy", "f1", "scored_rows"} <= set(table["metrics"])
    rows = {row["id"]: row for row in table["results"]}
    assert [row["id"] for row in table["results"]] == [second.pk, first.pk]  # newest first
    assert rows[first.pk]["metrics"]["scored_rows"] == 75.0 and rows[second.pk]["metrics"]["scored_rows"] == 30.0
    assert rows[first.pk]["parameters"] == {"fraction": 0.5}
    main = rows[first.pk]["main_metric"]
    assert (main["name"], main["node_id"]) == ("accuracy", "evaluate")
    assert main["value"] == rows[first.pk]["metrics"]["accuracy"]
    # The index holds what Evaluate Model wrote into its Metrics output.
    document = client.get(f"/api/runs/{first.pk}/steps/evaluate/outputs/metrics/").json()["preview"]
    assert rows[first.pk]["metrics"]["accuracy"] == pytest.approx(document["metrics"]["accuracy"])

    def ids(query: str) -> list[int]:
        response = client.get(f"/api/experiments/{tuning['id']}/runs/?{query}")
        assert response.status_code == 200, response.content
        return [row["id"] for row in response.json()["results"]]

    assert ids("sort=metric.scored_rows") == [second.pk, first.pk]
    assert ids("sort=-param.fraction") == [second.pk, first.pk]
    assert ids("sort=param.fraction") == [first.pk, second.pk]
    assert ids("param.fraction.min=0.6") == [second.pk]
    assert ids("metric.scored_rows.min=31&metric.scored_rows.max=75") == [first.pk]
    assert ids("metric.no_such.min=0") == []
    assert ids("status=failed,canceled") == []
    assert ids("status=completed&limit=1&offset=1") == [first.pk]

    # The reused run has the first one's metrics; the run list gives each its main metric.
    listed = client.get(f"/api/runs/?pipeline={pipeline.pk}").json()["results"]
    mains = {item["id"]: item["main_metric"] for item in listed}
    assert mains[third.pk] == mains[first.pk] == main
    assert {item["id"]: item["experiment"] for item in listed} == {
        first.pk: "tuning",
        second.pk: "tuning",
        third.pk: "iris tuning",
    }

    # The experiment's page: the runs with a column per parameter and metric, sorted.
    page = Client()
    page.force_login(alice)
    html = page.get(f"/experiments/{tuning['id']}/?sort=-metric.scored_rows").content.decode()
    assert html.index(f'data-testid="experiment-run-{first.pk}"') < html.index(
        f'data-testid="experiment-run-{second.pk}"'
    )
    assert 'data-testid="sort-param.fraction"' in html and 'data-testid="sort-metric.scored_rows"' in html
    filtered = page.get(f"/experiments/{tuning['id']}/?column=param.fraction&min=0.6").content.decode()
    assert f"experiment-run-{second.pk}" in filtered and f"experiment-run-{first.pk}" not in filtered
    refused = page.get(f"/experiments/{tuning['id']}/?column=param.fraction&min=lots")
    assert refused.status_code == 400 and b"must be a number" in refused.content


def test_experiments_are_created_renamed_and_archived_by_editors_only(alice: Any, bob: Any, modules: None) -> None:
    from designer.models import Membership

    workspace = services.workspace_default(user=alice)
    Membership.objects.create(workspace=workspace, user=bob, role="viewer")
    client = client_for(alice)
    made = client.post("/api/experiments/", {"name": "baseline", "workspace": workspace.pk}, format="json")
    assert made.status_code == 201, made.content
    assert made.json()["run_count"] == 0 and made.json()["last_run"] is None
    again = client.post("/api/experiments/", {"name": "baseline", "workspace": workspace.pk}, format="json")
    assert again.status_code == 409 and "exists already" in again.json()["message"]
    blank = client.post("/api/experiments/", {"name": "   ", "workspace": workspace.pk}, format="json")
    assert blank.status_code == 400

    experiment_id = made.json()["id"]
    other = client.post("/api/experiments/", {"name": "other", "workspace": workspace.pk}, format="json").json()
    clash = client.patch(f"/api/experiments/{other['id']}/", {"name": "baseline"}, format="json")
    assert clash.status_code == 409
    assert client.get(f"/api/experiments/{other['id']}/").json()["name"] == "other"  # nothing half-saved

    # A viewer reads but changes nothing, and cannot create one by submitting into it.
    viewer = client_for(bob)
    assert viewer.get(f"/api/experiments/{experiment_id}/runs/").status_code == 200
    assert viewer.patch(f"/api/experiments/{experiment_id}/", {"name": "mine"}, format="json").status_code == 403
    refused = viewer.post("/api/experiments/", {"name": "mine", "workspace": workspace.pk}, format="json")
    assert refused.status_code == 403 and "viewers cannot create experiments" in refused.json()["message"]
    pipeline = make_pipeline(alice, {"schema": 1, "nodes": [], "edges": [], "parameters": []}, name="p")
    assert (
        viewer.post(f"/api/pipelines/{pipeline.pk}/runs/", {"experiment": "sneaky"}, format="json").status_code == 403
    )
    assert not Experiment.objects.filter(name__in=["mine", "sneaky"]).exists()

    renamed = client.patch(f"/api/experiments/{experiment_id}/", {"name": "v2", "archived": True}, format="json")
    assert renamed.status_code == 200 and renamed.json()["name"] == "v2" and renamed.json()["archived"] is True
    assert [e["name"] for e in client.get("/api/experiments/").json()["results"]] == ["other"]
    assert {e["name"] for e in client.get("/api/experiments/?archived=true").json()["results"]} == {"other", "v2"}
    # A new run in an archived experiment brings it back.
    assert experiments.experiment_named(workspace=workspace, name="v2", user=alice).pk == experiment_id
    assert not Experiment.objects.get(pk=experiment_id).archived


def test_the_runs_table_sorts_numbers_as_numbers_and_leaves_missing_values_last(alice: Any, modules: None) -> None:
    workspace = services.workspace_default(user=alice)
    pipeline = make_pipeline(alice, {"schema": 1, "nodes": [], "edges": [], "parameters": []}, name="p")
    experiment = Experiment.objects.create(workspace=workspace, name="sweep")
    made = {}
    for number, (alpha, auc) in enumerate([(10, 0.7), (9, None), ("rbf", 0.9), (None, 0.8)], start=1):
        run = PipelineRun.objects.create(
            workspace=workspace,
            pipeline=pipeline,
            number=number,
            status=RunStatus.COMPLETED,
            experiment=experiment,
            parameters={} if alpha is None else {"alpha": alpha},
            snapshot={"graph": {}, "plan": {}},
            pipeline_revision=1,
        )
        if auc is not None:
            RunMetric.objects.create(run=run, node_id="e", name="auc", value=auc, main_rank=0)
            RunMetric.objects.create(run=run, node_id="late", name="auc", value=0.0, position=5)
        made[number] = run.pk

    def order(sort: str) -> list[int]:
        table = experiments.experiment_runs(experiment=experiment, query=experiments.parse_runs_query({}, sort=sort))
        return [next(n for n, pk in made.items() if pk == row["id"]) for row in table.rows]

    assert order("param.alpha") == [2, 1, 3, 4]  # 9 < 10 as numbers, then text, then missing
    assert order("-param.alpha") == [3, 1, 2, 4]
    assert order("metric.auc") == [1, 4, 3, 2]  # the earliest node's value of a name
    assert order("-main_metric") == [3, 4, 1, 2]
    with pytest.raises(Exception, match="cannot sort by 'colour'"):
        experiments.parse_runs_query({}, sort="colour")


def test_a_metrics_document_names_the_main_metric_by_its_kind() -> None:
    binary = {"kind": "classification", "positive_class": "1", "metrics": {"accuracy": 0.8, "auc": 0.9}}
    assert experiments.main_metric_name(binary) == "auc"
    assert experiments.main_metric_name({**binary, "metrics": {"accuracy": 0.8}}) == "accuracy"
    assert experiments.main_metric_name({"kind": "classification", "metrics": {"accuracy": 0.7, "auc": 0.9}}) == (
        "accuracy"
    )
    assert experiments.main_metric_name({"kind": "regression", "metrics": {"mae": 1.0, "r2": 0.5}}) == "r2"
    assert experiments.main_metric_name({"kind": "clustering", "metrics": {"silhouette": 0.3}}) == "silhouette"
    # Without a document, the first number a step logged; NaN and non-numbers are left out.
    entries = experiments.metric_entries({"loss": float("nan"), "rows": 7, "note": "x", "f1": 0.5}, [])
    assert [(e.name, e.value, e.main_rank) for e in entries] == [("rows", 7.0, 1), ("f1", 0.5, None)]
    ranked = experiments.metric_entries({"accuracy": 0.8, "auc": 0.9}, [binary])
    assert [(e.name, e.main_rank) for e in ranked] == [("accuracy", 1), ("auc", 0)]


def test_the_migration_makes_an_experiment_per_label_and_workspace() -> None:
    migration = importlib.import_module("runner.migrations.0008_experiments")
    names, runs, schedules = migration.plan_experiments(
        [
            (1, 10, "baseline", 5, "Titanic"),
            (2, 10, "", 5, "Titanic"),
            (3, 10, " baseline", 6, "Iris"),
            (4, 20, "baseline", 7, "Iris"),
            (5, 20, "", 8, "  "),
        ],
        [(1, 10, "nightly"), (2, 20, ""), (3, 10, "baseline")],
    )
    assert names == [(10, "Titanic"), (10, "baseline"), (10, "nightly"), (20, "baseline"), (20, "pipeline 8")]
    assert runs == {(10, "baseline"): [1, 3], (10, "Titanic"): [2], (20, "baseline"): [4], (20, "pipeline 8"): [5]}
    assert schedules == {(10, "nightly"): [1], (10, "baseline"): [3]}
