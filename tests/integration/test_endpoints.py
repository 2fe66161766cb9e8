"""deploy_model publishes a trained model as a scoring endpoint served by the app."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from runner.models import Endpoint
from tests.integration.graphs import edge, node
from tests.integration.helpers import make_pipeline, submit, wait_for_run

pytestmark = pytest.mark.integration

FEATURES = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"]


def deploy_graph(name: str, C: float = 1.0) -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            node("load", "sample_dataset", {"name": "iris"}),
            node("split", "split_data", {"fraction": 0.7, "seed": 1}),
            node("algorithm", "logistic_regression", {"C": C}),
            node("train", "train_model", {"label_column": "label"}),
            node("deploy", "deploy_model", {"endpoint_name": name}),
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


def test_deploying_again_updates_the_endpoint_in_place(alice: Any, modules: None, live_stack: Any) -> None:
    session = APIClient()
    session.force_login(alice)
    wait_for_run(submit(session, make_pipeline(alice, deploy_graph("iris")))["id"])
    first = Endpoint.objects.get(name="iris").model_digest
    run = wait_for_run(submit(session, make_pipeline(alice, deploy_graph("iris", C=0.01), name="weaker"))["id"])
    assert run.status == "completed", run.error
    assert Endpoint.objects.filter(name="iris").count() == 1
    assert Endpoint.objects.get(name="iris").model_digest != first


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
