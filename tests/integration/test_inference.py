"""Inference pipelines made from a training run of the Titanic sample: deployed, the
endpoint computes the script's feature from a raw passenger row and answers what the
training run's Score Model gave; in batch, a dataset version is scored into a new one."""

from __future__ import annotations

import copy
import statistics
import time
from typing import Any

import pandas as pd
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from designer.models import DatasetVersion
from designer.samples import BINARY_CLASSIFICATION
from runner import tables
from runner.artifacts import default_store
from runner.engine.submit import run_submit_published
from runner.models import Endpoint, PipelineRun, PublishedPipeline
from runner.modules.sample_dataset import titanic
from tests.integration.helpers import make_pipeline, steps_of, submit, wait_for_run

pytestmark = pytest.mark.integration

FEATURES = ["Pclass", "Age", "SibSp", "Parch", "Fare", "FamilySize"]


def train_titanic(client: APIClient, alice: Any) -> PipelineRun:
    pipeline = make_pipeline(alice, BINARY_CLASSIFICATION["graph"], name=BINARY_CLASSIFICATION["name"])
    run = wait_for_run(submit(client, pipeline)["id"], timeout=180)
    assert run.status == "completed", run.error
    return run


def artifact_frame(digest: str) -> pd.DataFrame:
    file = tables.table_file(default_store().path(digest))
    assert file is not None
    return tables.read_frame(file)


def raw_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Passenger rows as a caller sends them: JSON, missing values as null, no label."""
    plain = frame.drop(columns=["Survived"]).astype(object)
    return list(plain.where(plain.notna(), None).to_dict(orient="records"))


def key(row: Any) -> tuple[float, ...]:
    return tuple(round(float(row[c]), 9) for c in FEATURES)


def test_a_real_time_inference_pipeline_computes_the_scripts_feature_and_answers_as_training_scored(
    client: APIClient, alice: Any
) -> None:
    run = train_titanic(client, alice)
    response = client.post(f"/api/runs/{run.pk}/inference-pipeline/", {"kind": "realtime"}, format="json")
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["url"] == f"/pipelines/{created['id']}/"
    graph = client.get(created["api_url"]).json()["graph"]
    modules = {n["id"]: n["module"] for n in graph["nodes"]}
    # The scoring path is kept, the script among it; the training branch is gone.
    assert modules["family"] == "execute_python_script"
    assert modules["normalize"] == "apply_transformation" and modules["ages"] == "apply_transformation"
    assert "web_service_input" in modules.values() and "web_service_output" in modules.values()
    assert "trained_model" in modules.values()
    assert not {"split", "train", "evaluate", "algorithm"} & set(modules)

    # On the canvas it runs too: the training source gives sample rows, with the run's artifacts.
    canvas = wait_for_run(client.post(f"/api/pipelines/{created['id']}/runs/", {}, format="json").json()["id"])
    assert canvas.status == "completed", (canvas.error, {n: s.error for n, s in steps_of(canvas.pk).items()})

    deployed = client.post(f"/api/pipelines/{created['id']}/deploy/", {"endpoint": "titanic"}, format="json")
    assert deployed.status_code == 201, deployed.content
    assert deployed.json()["live"] is True and deployed.json()["version"] == 1
    assert Endpoint.objects.get(name="titanic").live.kind == "pipeline"

    # Every raw passenger through the endpoint: the rows the training run scored (its
    # test split) get the very scores Score Model gave them.
    passengers = titanic()
    answered = client.post("/api/endpoints/titanic/score/", {"rows": raw_rows(passengers)}, format="json")
    assert answered.status_code == 200, answered.content
    rows = answered.json()["rows"]
    assert len(rows) == len(passengers)
    assert rows[0]["FamilySize"] == passengers["SibSp"][0] + passengers["Parch"][0] + 1
    by_features = {key(row): row for row in rows}
    scored = artifact_frame(steps_of(run.pk)["score"].outputs["scored"])
    for _, expected in scored.iterrows():
        got = by_features[key(expected)]
        assert got["Scored Labels"] == expected["Scored Labels"]
        assert got["Scored Probabilities"] == pytest.approx(expected["Scored Probabilities"], abs=1e-12)

    # One raw row with a missing age: filled with the training set's median, not the row's own.
    missing_age = passengers[passengers["Age"].isna()].head(1)
    one = client.post("/api/endpoints/titanic/score/", {"rows": raw_rows(missing_age)}, format="json")
    assert one.status_code == 200, one.content
    [answer] = one.json()["rows"]
    assert answer["Scored Probabilities"] == pytest.approx(rows[int(missing_age.index[0])]["Scored Probabilities"])

    # A bad row is the caller's error, naming the column; the scorer stays up.
    bad = client.post("/api/endpoints/titanic/score/", {"rows": [{"Pclass": "first"}]}, format="json")
    assert bad.status_code == 400 and "Pclass" in bad.json()["message"]
    assert (
        client.post("/api/endpoints/titanic/score/", {"rows": raw_rows(missing_age)}, format="json").status_code == 200
    )

    # Warm one-row requests do the graph's work in memory: well within a step's start-up.
    timings = []
    for _ in range(30):
        began = time.perf_counter()
        assert (
            client.post("/api/endpoints/titanic/score/", {"rows": raw_rows(missing_age)}, format="json").status_code
            == 200
        )
        timings.append(time.perf_counter() - began)
    print(f"warm one-row request through the test client: p50 {statistics.median(timings) * 1000:.1f} ms")
    assert statistics.median(timings) < 0.25

    # A second deployment is a new version, not live until asked.
    again = client.post(f"/api/pipelines/{created['id']}/deploy/", {"endpoint": "titanic"}, format="json")
    assert again.status_code == 201 and again.json() == {**again.json(), "version": 2, "live": False}
    assert Endpoint.objects.get(name="titanic").live.version == 1


def test_inference_pipelines_need_a_completed_run_that_trained_a_model(client: APIClient, alice: Any) -> None:
    graph = {
        "schema": 1,
        "nodes": [{"id": "load", "module": "sample_dataset", "params": {"name": "iris"}}],
        "edges": [],
        "parameters": [],
    }
    run = wait_for_run(submit(client, make_pipeline(alice, graph))["id"])
    response = client.post(f"/api/runs/{run.pk}/inference-pipeline/", {"kind": "realtime"}, format="json")
    assert response.status_code == 400
    assert "trained no model" in response.json()["message"]


def test_a_batch_inference_pipeline_scores_a_dataset_version_into_a_new_one(client: APIClient, alice: Any) -> None:
    run = train_titanic(client, alice)
    passengers = titanic().drop(columns=["Survived"]).head(50)
    file = SimpleUploadedFile("passengers.csv", passengers.to_csv(index=False).encode(), content_type="text/csv")
    assert client.post("/api/datasets/", {"name": "passengers", "file": file}, format="multipart").status_code == 201

    response = client.post(
        f"/api/runs/{run.pk}/inference-pipeline/", {"kind": "batch", "endpoint": "score-passengers"}, format="json"
    )
    assert response.status_code == 201, response.content
    assert response.json()["published_version"] == 1
    published = PublishedPipeline.objects.get(endpoint__name="score-passengers", version=1)
    batch = run_submit_published(
        published=published,
        user=alice,
        parameters={"input_dataset": "passengers", "input_version": 1, "output_dataset": "passenger scores"},
    )
    batch = wait_for_run(batch.pk, timeout=120)
    assert batch.status == "completed", (batch.error, {n: s.error for n, s in steps_of(batch.pk).items()})
    version = DatasetVersion.objects.get(dataset__name="passenger scores", dataset__workspace=run.workspace)
    frame = artifact_frame(version.digest)
    assert len(frame) == 50 and "Scored Labels" in frame.columns and "FamilySize" in frame.columns


def test_another_workspace_cannot_make_or_deploy_inference_pipelines_of_alices_runs(
    client: APIClient, alice: Any, bob: Any
) -> None:
    from designer.services import pipeline_create, workspace_default
    from runner.inference import inference_pipeline_create
    from tests.integration.trained_runs import completed_training_run

    run = completed_training_run(workspace=workspace_default(user=alice), user=alice)
    pipeline, _ = inference_pipeline_create(run=run, user=alice)
    stranger = APIClient()
    stranger.force_login(bob)
    for guess in (run.pk, run.pk + 1, 999_999):
        response = stranger.post(f"/api/runs/{guess}/inference-pipeline/", {"kind": "realtime"}, format="json")
        assert response.status_code == 404, response.content
    for guess in (pipeline.pk, pipeline.pk + 1, 999_999):
        response = stranger.post(f"/api/pipelines/{guess}/deploy/", {"endpoint": "stolen"}, format="json")
        assert response.status_code == 404, response.content
    # Nor can bob name alice's run's artifacts in a graph of his own: deploying it, or
    # running it, is refused as if the run did not exist.
    graph = copy.deepcopy(pipeline.graph)
    own = pipeline_create(workspace=workspace_default(user=bob), user=bob, name="mine", graph=graph)
    deployed = stranger.post(f"/api/pipelines/{own.pk}/deploy/", {"endpoint": "stolen"}, format="json")
    assert deployed.status_code == 400 and "no run" in str(deployed.json()["extra"]), deployed.content
    started = stranger.post(f"/api/pipelines/{own.pk}/runs/", {}, format="json")
    assert started.status_code == 400 and "no run" in str(started.json()["extra"]), started.content
    assert not Endpoint.objects.filter(name="stolen").exists()
