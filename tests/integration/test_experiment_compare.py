"""Comparing runs of an experiment: two runs of a binary classifier trained on
different shares of the passengers, side by side: the values each step ran with (the
split's fraction differs, nothing else), their metrics from the index and the ROC
curve each Evaluate Model drew; runs of another experiment are refused."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIClient

from runner.models import PipelineRun, RunStatus
from tests.integration.graphs import survival_graph
from tests.integration.helpers import make_pipeline, submit, wait_for_run

pytestmark = pytest.mark.integration


def client_for(user: Any) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


def test_two_runs_side_by_side_with_their_parameters_metrics_and_roc_curves(
    alice: Any, modules: None, live_stack: Any
) -> None:
    client = client_for(alice)
    pipeline = make_pipeline(alice, survival_graph(), name="survival")
    first = wait_for_run(submit(client, pipeline, experiment="fractions", parameters={"train_fraction": 0.5})["id"])
    second = wait_for_run(submit(client, pipeline, experiment="fractions", parameters={"train_fraction": 0.8})["id"])
    assert first.status == second.status == RunStatus.COMPLETED, (first.error, second.error)
    elsewhere = wait_for_run(submit(client, pipeline, parameters={"train_fraction": 0.5})["id"], 60)
    experiment_id = first.experiment_id
    assert elsewhere.experiment_id != experiment_id

    # Asked for newest first, answered oldest first.
    response = client.get(f"/api/experiments/{experiment_id}/compare/?runs={second.pk},{first.pk}")
    assert response.status_code == 200, response.content
    answer = response.json()
    assert answer["experiment"] == {"id": experiment_id, "name": "fractions"}
    runs = answer["runs"]
    assert [run["id"] for run in runs] == [first.pk, second.pk]
    assert [run["parameters"] for run in runs] == [{"train_fraction": 0.5}, {"train_fraction": 0.8}]

    # Every step's module parameters as it ran, the bound one resolved; only it differs.
    steps = [{step["node_id"]: step for step in run["steps"]} for run in runs]
    assert list(steps[0]) == list(steps[1])
    assert set(steps[0]) == {"load", "columns", "split", "algorithm", "train", "score", "evaluate"}
    assert [s["split"]["params"]["fraction"] for s in steps] == [0.5, 0.8]
    assert steps[0]["split"]["bound"] == {"fraction": "train_fraction"}
    assert steps[0]["split"]["label"] and steps[0]["split"]["module"] == "split_data"
    differing = {
        (node_id, name)
        for node_id, step in steps[0].items()
        for name in step["params"].keys() | steps[1][node_id]["params"].keys()
        if step["params"].get(name) != steps[1][node_id]["params"].get(name)
    }
    assert differing == {("split", "fraction")}
    # A module default the graph never set is there too (the logistic regression's C).
    assert steps[0]["algorithm"]["params"]["C"] == steps[1]["algorithm"]["params"]["C"] == 1.0

    # The metrics of the index, the main one AUC; the ROC curve from Evaluate Model's output.
    for run, record in zip(runs, (first, second), strict=True):
        document = client.get(f"/api/runs/{record.pk}/steps/evaluate/outputs/metrics/").json()["preview"]
        assert run["metrics"]["auc"] == pytest.approx(document["metrics"]["auc"])
        assert run["main_metric"] == {"name": "auc", "value": run["metrics"]["auc"], "node_id": "evaluate"}
        roc = run["roc"]
        assert roc["node_id"] == "evaluate" and roc["auc"] == pytest.approx(document["metrics"]["auc"])
        assert roc["points"] == document["curves"]["roc"]
        assert roc["points"][0] == [0.0, 0.0] and roc["points"][-1] == [1.0, 1.0]
    assert runs[0]["roc"]["points"] != runs[1]["roc"]["points"]  # two test sets, two curves

    # A run of another experiment (the pipeline's default one) is refused, by id.
    refused = client.get(f"/api/experiments/{experiment_id}/compare/?runs={first.pk},{elsewhere.pk}")
    assert refused.status_code == 400
    assert refused.json()["message"] == f"run {elsewhere.pk} is not a run of the experiment 'fractions'"
    for query, message in (
        (f"{first.pk}", "choose at least two runs to compare"),
        (f"{first.pk},{first.pk}", "choose at least two runs to compare"),
        (f"{first.pk},two", "runs must be run ids separated by commas, got 'two'"),
        (",".join(str(n) for n in range(1, 22)), "compare at most 20 runs at once"),
    ):
        response = client.get(f"/api/experiments/{experiment_id}/compare/?runs={query}")
        assert response.status_code == 400 and response.json()["message"] == message, (query, response.content)
    assert client.get(f"/api/experiments/{experiment_id}/compare/").status_code == 400

    # The pages: the runs table has a check box per run; checked ones open the compare
    # page at its own address, which mounts the front end with the runs.
    browser = Client()
    browser.force_login(alice)
    table = browser.get(f"/experiments/{experiment_id}/").content.decode()
    assert f'data-testid="select-run-{first.pk}"' in table and 'data-testid="compare-button"' in table
    chosen = browser.get(f"/experiments/{experiment_id}/compare/?run={second.pk}&run={first.pk}")
    assert chosen.status_code == 302
    assert chosen["Location"] == f"/experiments/{experiment_id}/compare/?runs={second.pk}%2C{first.pk}"
    page = browser.get(chosen["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert f'data-page="compare" data-experiment-id="{experiment_id}" data-run-ids="{first.pk},{second.pk}"' in html
    wrong = browser.get(f"/experiments/{experiment_id}/compare/?runs={first.pk},{elsewhere.pk}")
    assert wrong.status_code == 400
    assert f"run {elsewhere.pk} is not a run of the experiment" in wrong.content.decode()
    assert "data-page" not in wrong.content.decode()
    assert PipelineRun.objects.filter(experiment_id=experiment_id).count() == 2
