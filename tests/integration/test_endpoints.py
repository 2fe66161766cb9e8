"""deploy_model publishes a trained model as a scoring endpoint served by the app."""

from __future__ import annotations

import io
import re
from typing import Any

import numpy as np
import pandas as pd
import pytest
from django.core.management import call_command
from rest_framework.test import APIClient
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from runner.models import Endpoint, StepRun
from tests.integration.graphs import edge, node
from tests.integration.helpers import make_pipeline, submit, wait_for_run

pytestmark = pytest.mark.integration

FEATURES = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"]


def deploy_graph(name: str, C: float = 1.0, make_live: bool = False) -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            node("load", "sample_dataset", {"name": "iris"}),
            node("split", "split_data", {"fraction": 0.7, "seed": 1}),
            node("algorithm", "logistic_regression", {"C": C}),
            node("train", "train_model", {"label_column": "label"}),
            node("deploy", "deploy_model", {"endpoint_name": name, "make_live": make_live}),
        ],
        "edges": [
            edge("load", "dataset", "split", "dataset"),
            edge("algorithm", "model", "train", "model"),
            edge("split", "train", "train", "dataset"),
            edge("train", "model", "deploy", "model"),
        ],
        "parameters": [],
    }


def token_client(username: str) -> APIClient:
    out = io.StringIO()
    call_command("create_api_token", username, stdout=out)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {out.getvalue().strip()}")
    return client


def test_a_deployed_model_answers_json_rows_with_its_predictions(
    alice: Any, bob: Any, modules: None, live_stack: Any
) -> None:
    session = APIClient()
    session.force_login(alice)
    run = wait_for_run(submit(session, make_pipeline(alice, deploy_graph("iris-species")))["id"])
    assert run.status == "completed", run.error
    endpoint = Endpoint.objects.get(name="iris-species")
    assert endpoint.task == "classification" and endpoint.feature_columns == FEATURES

    data = load_iris(as_frame=True)
    frame = data.data.assign(label=data.target)
    train, test = train_test_split(frame, train_size=0.7, random_state=1)
    expected = LogisticRegression(C=1.0, max_iter=1000).fit(train[FEATURES], train["label"]).predict(test[FEATURES])

    client = token_client("alice")
    rows = test[FEATURES].to_dict(orient="records")
    response = client.post("/api/endpoints/iris-species/score/", {"rows": rows}, format="json")
    assert response.status_code == 200, response.content
    answered = response.json()["rows"]
    assert [row["Scored Labels"] for row in answered] == expected.tolist()
    assert all(0.0 <= row["Scored Probabilities_0"] <= 1.0 for row in answered)

    missing = client.post("/api/endpoints/iris-species/score/", {"rows": [{"sepal length (cm)": 5.0}]}, format="json")
    assert missing.status_code == 400
    assert "petal width (cm)" in missing.json()["message"]
    # The scorer survives a bad request.
    assert client.post("/api/endpoints/iris-species/score/", {"rows": rows[:1]}, format="json").status_code == 200

    assert (
        token_client("bob").post("/api/endpoints/iris-species/score/", {"rows": rows}, format="json").status_code == 404
    )
    assert APIClient().post("/api/endpoints/iris-species/score/", {"rows": rows}, format="json").status_code in (
        401,
        403,
    )
    assert [e["name"] for e in client.get("/api/endpoints/").json()["results"]] == ["iris-species"]


def deploy_log(run_id: int) -> str:
    return StepRun.objects.get(run_id=run_id, node_id="deploy").log


def test_a_redeploy_adds_a_version_callers_get_only_when_promoted_or_made_live(
    alice: Any, bob: Any, modules: None, live_stack: Any
) -> None:
    session = APIClient()
    session.force_login(alice)
    client = token_client("alice")
    row = {"rows": [dict(zip(FEATURES, [5.9, 3.0, 4.2, 1.5], strict=True))]}

    def answer() -> float:
        response = client.post("/api/endpoints/iris/score/", row, format="json")
        assert response.status_code == 200, response.content
        return float(response.json()["rows"][0]["Scored Probabilities_1"])

    def detail() -> dict[str, Any]:
        response = client.get("/api/endpoints/iris/")
        assert response.status_code == 200, response.content
        return response.json()

    strong = make_pipeline(alice, deploy_graph("iris"))
    first = wait_for_run(submit(session, strong)["id"])
    assert first.status == "completed", first.error
    assert "deployed as version 1; version 1 is live" in deploy_log(first.pk)
    v1 = answer()

    weak = wait_for_run(submit(session, make_pipeline(alice, deploy_graph("iris", C=0.01), name="weaker"))["id"])
    assert weak.status == "completed", weak.error
    assert "deployed as version 2; version 1 stays live" in deploy_log(weak.pk)
    assert detail()["live_version"] == 1
    assert answer() == v1  # the weaker model did not replace the live one

    # Re-running the first pipeline trains nothing new (cached) and adds no version.
    again = wait_for_run(submit(session, strong)["id"])
    assert again.status == "completed", again.error
    assert "version 1 has this model and transform already; no version added" in deploy_log(again.pk)
    assert [v["version"] for v in client.get("/api/endpoints/iris/versions/").json()] == [2, 1]

    promoted = client.post("/api/endpoints/iris/promote/", {"version": 2}, format="json")
    assert promoted.status_code == 200, promoted.content
    assert promoted.json()["live_version"] == 2 and promoted.json()["rollback_to"] == 1
    v2 = answer()
    assert v2 != v1
    assert client.post("/api/endpoints/iris/promote/", {"version": 2}, format="json").status_code == 409
    assert client.post("/api/endpoints/iris/promote/", {"version": 9}, format="json").status_code == 404

    rolled = client.post("/api/endpoints/iris/rollback/")
    assert rolled.status_code == 200, rolled.content
    assert rolled.json()["live_version"] == 1 and rolled.json()["rollback_to"] is None
    assert answer() == v1
    assert client.post("/api/endpoints/iris/rollback/").status_code == 409  # nothing earlier

    live = wait_for_run(
        submit(session, make_pipeline(alice, deploy_graph("iris", C=0.1, make_live=True), name="live"))["id"]
    )
    assert live.status == "completed", live.error
    assert "deployed as version 3; version 3 is live" in deploy_log(live.pk)
    assert answer() not in (v1, v2)
    assert detail()["rollback_to"] == 1
    assert [c["action"] for c in detail()["history"]] == ["deploy", "promote", "rollback", "deploy"]

    # Request statistics: every score request counts, a bad one as an error.
    bad = client.post("/api/endpoints/iris/score/", {"rows": [{"sepal length (cm)": 1}]}, format="json")
    assert bad.status_code == 400
    stats = detail()["stats"]
    assert stats["requests"] == 6 and stats["error_count"] == 1 and stats["server_error_count"] == 0
    assert 0 < stats["p50_ms"] <= stats["p95_ms"]
    log = client.get("/api/endpoints/iris/requests/").json()
    assert log["count"] == 6
    newest = log["results"][0]
    assert newest["status_code"] == 400 and newest["version"] == 3 and "petal" in newest["error"]
    assert [r["version"] for r in log["results"][1:]] == [3, 1, 2, 1, 1]

    stranger = token_client("bob")
    for method, url, body in (
        ("get", "/api/endpoints/iris/", None),
        ("get", "/api/endpoints/iris/versions/", None),
        ("get", "/api/endpoints/iris/requests/", None),
        ("post", "/api/endpoints/iris/promote/", {"version": 1}),
        ("post", "/api/endpoints/iris/rollback/", None),
    ):
        response = getattr(stranger, method)(url, body, format="json")
        assert response.status_code == 404, (url, response.content)
        assert set(response.json()) == {"message", "extra"}
    assert detail()["live_version"] == 3


def test_the_endpoint_page_shows_its_inputs_to_members_only(alice: Any, bob: Any, modules: None) -> None:
    from django.test import Client

    from designer.services import workspace_default

    Endpoint.objects.create(
        workspace=workspace_default(user=alice),
        name="demo",
        model_digest="0" * 64,
        task="regression",
        feature_columns=["x", "y"],
    )
    alice_browser, bob_browser = Client(), Client()
    alice_browser.force_login(alice)
    bob_browser.force_login(bob)
    page = alice_browser.get("/endpoints/demo/")
    assert page.status_code == 200
    assert b"/api/endpoints/demo/score/" in page.content and b"&quot;x&quot;: 0" in page.content
    assert bob_browser.get("/endpoints/demo/").status_code == 404


def titanic_graph(*, prepare_features: bool | None = None) -> dict[str, Any]:
    """The plain Titanic pipeline a newcomer builds: no cleaning, no indicator columns."""
    train_params: dict[str, Any] = {"label_column": "Survived"}
    if prepare_features is not None:
        train_params["prepare_features"] = prepare_features
    return {
        "schema": 1,
        "nodes": [
            node("load", "sample_dataset", {"name": "titanic"}),
            node("split", "split_data", {"fraction": 0.7, "seed": 1}),
            node("algorithm", "logistic_regression", {}),
            node("train", "train_model", train_params),
            node("score", "score_model", {}),
            node("evaluate", "evaluate_model", {}),
            node("deploy", "deploy_model", {"endpoint_name": "titanic"}),
        ],
        "edges": [
            edge("load", "dataset", "split", "dataset"),
            edge("algorithm", "model", "train", "model"),
            edge("split", "train", "train", "dataset"),
            edge("train", "model", "score", "model"),
            edge("split", "test", "score", "dataset"),
            edge("score", "scored", "evaluate", "scored"),
            edge("train", "model", "deploy", "model"),
        ],
        "parameters": [],
    }


def test_the_plain_titanic_pipeline_trains_on_text_and_gaps_and_its_endpoint_scores_raw_rows(
    alice: Any, modules: None, live_stack: Any
) -> None:
    from runner.artifacts import default_store
    from runner.step_runtime import load_input

    session = APIClient()
    session.force_login(alice)
    run = wait_for_run(submit(session, make_pipeline(alice, titanic_graph()))["id"], timeout=120)
    assert run.status == "completed", run.error
    metrics = session.get(f"/api/runs/{run.pk}/steps/evaluate/outputs/metrics/").json()["preview"]
    assert metrics["metrics"]["accuracy"] > 0.7
    log = StepRun.objects.get(run_id=run.pk, node_id="train").log
    assert "Sex: text, one-hot (2 categories)" in log
    assert re.search(r"Age: \d+ missing, filled with the median \d+(\.\d+)?", log), log
    assert "Embarked: text, one-hot (3 categories)" in log

    # The endpoint takes a raw row: text Sex, no Age, a port the training rows never had.
    endpoint = Endpoint.objects.get(name="titanic")
    assert endpoint.feature_columns == ["PassengerId", "Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "Embarked"]
    row = {"PassengerId": 1000, "Pclass": 3, "Sex": "female", "Age": None, "SibSp": 0, "Parch": 0, "Fare": 7.25}
    response = token_client("alice").post(
        "/api/endpoints/titanic/score/", {"rows": [{**row, "Embarked": "Z"}]}, format="json"
    )
    assert response.status_code == 200, response.content
    answered = response.json()["rows"][0]
    # Exactly what the stored model (its own imputer and encoder) gives for that row.
    model = load_input(default_store().path(endpoint.model_digest), "Model", "model")
    frame = pd.DataFrame([{**row, "Age": np.nan, "Embarked": "Z"}]).astype({"Sex": object, "Embarked": object})
    assert answered["Scored Labels"] == int(model.model.predict(frame)[0])
    assert answered["Scored Probabilities"] == pytest.approx(model.model.predict_proba(frame)[0, 1])

    # With the parameter off, the step refuses the text columns as before.
    off = make_pipeline(alice, titanic_graph(prepare_features=False), name="off")
    refused = wait_for_run(submit(session, off)["id"])
    assert refused.status == "failed"
    assert StepRun.objects.get(run_id=refused.pk, node_id="train").error == (
        "feature columns 'Sex' (str), 'Embarked' (str) in input dataset are not numeric: turn categories into 0/1 "
        "columns with convert_to_indicators, or drop them with select_columns"
    )
