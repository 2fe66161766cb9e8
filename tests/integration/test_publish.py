"""Published pipelines: a draft frozen into numbered, immutable versions of a named
pipeline endpoint, and runs of them started over HTTP with a token, on the live worker
(idempotency keys, the limit on concurrent runs, parameter checking)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import requests
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from designer.models import Pipeline
from runner.models import PipelineRun, RunStatus, RunTrigger, StepRun
from tests.integration.graphs import CSV, edge, node, script
from tests.integration.helpers import make_pipeline, update_graph, wait_for_run

pytestmark = pytest.mark.integration


def graph(keep: list[str] | None = None) -> dict[str, Any]:
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
            {"name": "keep", "type": "columns", "default": keep or ["x", "label"]},
            {"name": "fraction", "type": "float", "default": 0.5},
        ],
    }


def slow_graph(seconds: int = 30) -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": "a\n1\n"}),
            node("wait", "execute_python_script", {"script": script(f"import time\ntime.sleep({seconds})")}),
        ],
        "edges": [edge("data", "dataset", "wait", "dataframe1")],
        "parameters": [],
    }


def publish(client: APIClient, pipeline: Pipeline, endpoint: str = "train", **body: Any) -> Any:
    return client.post(f"/api/pipelines/{pipeline.pk}/publish/", {"endpoint": endpoint, **body}, format="json")


def token_client(user: Any) -> APIClient:
    """A caller from another platform: a token, no session, CSRF enforced."""
    client = APIClient(enforce_csrf_checks=True)
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


def cancel_unfinished(client: APIClient) -> None:
    for run in PipelineRun.objects.exclude(status__in=[RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.CANCELED]):
        client.post(f"/api/runs/{run.pk}/cancel/")


def test_a_published_version_is_frozen_and_a_token_trigger_runs_it_on_the_worker(client: APIClient, alice: Any) -> None:
    pipeline = make_pipeline(alice, graph(), name="Churn model")
    response = publish(client, pipeline, description="first cut")
    assert response.status_code == 201, response.content
    published = response.json()
    assert published["endpoint"] == "train"
    assert published["version"] == 1
    assert published["is_default"] is True
    assert published["enabled"] is True
    assert published["pipeline"] == pipeline.pk
    assert published["pipeline_revision"] == pipeline.revision
    assert published["created_by"] == "alice"
    assert published["urls"]["runs"] == "/api/pipeline-endpoints/train/runs/"
    assert published["parameters"] == [
        {"name": "keep", "type": "columns", "default": ["x", "label"], "required": False},
        {"name": "fraction", "type": "float", "default": 0.5, "required": False},
    ]

    # Editing the draft changes nothing published.
    update_graph(client, pipeline, graph(keep=["y"]))
    version = client.get("/api/pipeline-endpoints/train/versions/1/").json()
    frozen = version["graph"]
    assert frozen["parameters"][0]["default"] == ["x", "label"]
    assert all(n["version"] for n in frozen["nodes"]), "every module version is pinned"

    caller = token_client(alice)
    triggered = caller.post("/api/pipeline-endpoints/train/runs/", {"parameters": {"fraction": 0.75}}, format="json")
    assert triggered.status_code == 201, triggered.content
    answer = triggered.json()
    assert answer["trigger"] == "endpoint"
    assert answer["endpoint"] == "train"
    assert answer["version"] == 1
    assert answer["pipeline"] == pipeline.pk
    assert answer["url"] == f"http://testserver/api/runs/{answer['id']}/"
    assert answer["websocket"] == f"/ws/runs/{answer['id']}/"

    run = wait_for_run(answer["id"])
    assert run.status == RunStatus.COMPLETED, run.error
    assert run.snapshot["graph"] == frozen
    assert run.parameters == {"keep": ["x", "label"], "fraction": 0.75}
    preview = client.get(f"/api/runs/{run.pk}/steps/pick/outputs/dataset/").json()
    assert [c["name"] for c in preview["preview"]["columns"]] == ["x", "label"]

    detail = caller.get(answer["url"]).json()
    assert detail["trigger"] == "endpoint"
    assert detail["published_version"] == {"endpoint": "train", "version": 1}
    assert detail["schedule"] is None
    # The run belongs to the draft's history, marked as started by the endpoint.
    listed = client.get(f"/api/runs/?pipeline={pipeline.pk}").json()["results"]
    assert [(r["id"], r["trigger"], r["published_version"]) for r in listed] == [
        (run.pk, "endpoint", {"endpoint": "train", "version": 1})
    ]
    endpoint_runs = client.get("/api/pipeline-endpoints/train/runs/").json()
    assert [r["id"] for r in endpoint_runs["results"]] == [run.pk]


def test_a_published_version_keeps_the_module_version_it_was_published_with(client: APIClient, alice: Any) -> None:
    spec = (
        "slug: stamp\nversion: {v}\nname: Stamp\ncategory: Custom\n"
        "inputs: [{{name: dataset, type: DataFrame}}]\noutputs: [{{name: dataset, type: DataFrame}}]\n"
    )
    code = "def main(ctx, *, dataset):\n    return {{'dataset': dataset.assign(stamp={v})}}\n"
    added = client.post("/api/modules/", {"spec": spec.format(v="1.0.0"), "code": code.format(v=1)}, format="json")
    assert added.status_code == 201, added.content
    pipeline = make_pipeline(
        alice,
        {
            "schema": 1,
            "nodes": [node("data", "enter_data", {"text": CSV}), node("stamp", "stamp")],
            "edges": [edge("data", "dataset", "stamp", "dataset")],
            "parameters": [],
        },
    )
    assert publish(client, pipeline, endpoint="stamped").status_code == 201
    # A newer version becomes the catalogue's default; the published one stays on 1.0.0.
    newer = client.post("/api/modules/", {"spec": spec.format(v="2.0.0"), "code": code.format(v=2)}, format="json")
    assert newer.status_code == 201, newer.content

    answer = client.post("/api/pipeline-endpoints/stamped/runs/", {}, format="json").json()
    run = wait_for_run(answer["id"])
    assert run.status == RunStatus.COMPLETED, run.error
    assert StepRun.objects.get(run=run, node_id="stamp").version == "1.0.0"
    preview = client.get(f"/api/runs/{run.pk}/steps/stamp/outputs/dataset/").json()["preview"]
    stamp = [c["name"] for c in preview["columns"]].index("stamp")
    assert {row[stamp] for row in preview["rows"]} == {1}


def test_versions_are_numbered_one_is_the_default_and_a_disabled_one_never_runs(client: APIClient, alice: Any) -> None:
    pipeline = make_pipeline(alice, graph())
    assert publish(client, pipeline).json()["version"] == 1
    second = publish(client, pipeline, make_default=False).json()
    assert (second["version"], second["is_default"]) == (2, False)
    endpoint = client.get("/api/pipeline-endpoints/train/").json()
    assert (endpoint["default_version"], endpoint["latest_version"]) == (1, 2)
    assert [v["version"] for v in client.get("/api/pipeline-endpoints/train/versions/").json()["results"]] == [2, 1]
    assert client.get("/api/pipeline-endpoints/").json()["count"] == 1

    unknown = client.patch("/api/pipeline-endpoints/train/", {"default_version": 9}, format="json")
    assert unknown.status_code == 400
    assert unknown.json()["message"] == "pipeline endpoint 'train' has no version 9; its versions are 1, 2"
    made = client.patch("/api/pipeline-endpoints/train/", {"default_version": 2, "description": "d"}, format="json")
    assert made.status_code == 200, made.content
    assert made.json()["default_version"] == 2

    # Disabling the default is allowed; a trigger without a version then says why it cannot run.
    disabled = client.patch("/api/pipeline-endpoints/train/versions/2/", {"enabled": False}, format="json")
    assert disabled.status_code == 200
    assert (disabled.json()["enabled"], disabled.json()["is_default"]) == (False, True)
    refused = client.post("/api/pipeline-endpoints/train/runs/", {}, format="json")
    assert refused.status_code == 409
    assert refused.json()["message"].startswith("the default version 2 of pipeline endpoint 'train' is disabled")
    named = client.post("/api/pipeline-endpoints/train/runs/", {"version": 2}, format="json")
    assert named.status_code == 409
    assert not PipelineRun.objects.exists()

    back = client.patch("/api/pipeline-endpoints/train/", {"default_version": 2}, format="json")
    assert back.status_code == 409
    assert "version 2 of pipeline endpoint 'train' is disabled" in back.json()["message"]
    assert client.patch("/api/pipeline-endpoints/train/", {"default_version": 1}, format="json").status_code == 200
    started = client.post("/api/pipeline-endpoints/train/runs/", {}, format="json")
    assert started.status_code == 201, started.content
    assert started.json()["version"] == 1
    assert wait_for_run(started.json()["id"]).status == RunStatus.COMPLETED


def test_the_pipeline_says_where_it_is_published_newest_version_per_endpoint(
    client: APIClient, alice: Any, django_assert_max_num_queries: Any
) -> None:
    pipeline = make_pipeline(alice, graph())
    other = make_pipeline(alice, graph(), name="other")
    assert client.get(f"/api/pipelines/{pipeline.pk}/").json()["published_as"] == []
    for endpoint in ("train", "train", "nightly", "train"):
        assert publish(client, pipeline, endpoint=endpoint).status_code == 201
    # Another pipeline's newer version of "train" is not this pipeline's.
    assert publish(client, other, endpoint="train").json()["version"] == 4

    detail = client.get(f"/api/pipelines/{pipeline.pk}/").json()
    assert detail["published_as"] == [{"endpoint": "nightly", "version": 1}, {"endpoint": "train", "version": 3}]
    assert client.get(f"/api/pipelines/{other.pk}/").json()["published_as"] == [{"endpoint": "train", "version": 4}]
    # One grouped query, however many versions (the session, the user, the pipeline, its
    # last run, where it is published).
    with django_assert_max_num_queries(5):
        client.get(f"/api/pipelines/{pipeline.pk}/")


def test_bad_parameters_are_a_400_naming_each_one_and_start_nothing(client: APIClient, alice: Any) -> None:
    pipeline = make_pipeline(alice, graph())
    publish(client, pipeline)
    response = token_client(alice).post(
        "/api/pipeline-endpoints/train/runs/",
        {"parameters": {"keep": "y, label", "fraction": "0.75", "nope": 1}},
        format="json",
    )
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["message"] == "the run parameters are not valid"
    named = {e["param"] for e in body["extra"]["errors"]}
    assert {"keep", "fraction", "nope"} <= named, body
    assert not PipelineRun.objects.exists()


def test_an_idempotency_key_makes_a_retry_return_the_same_run(client: APIClient, alice: Any) -> None:
    pipeline = make_pipeline(alice, graph())
    publish(client, pipeline)
    caller = token_client(alice)
    url = "/api/pipeline-endpoints/train/runs/"
    first = caller.post(url, {"parameters": {"fraction": 0.25}}, format="json", HTTP_IDEMPOTENCY_KEY="k-1")
    again = caller.post(url, {"parameters": {"fraction": 0.25}}, format="json", HTTP_IDEMPOTENCY_KEY="k-1")
    assert (first.status_code, again.status_code) == (201, 200)
    # The same run, as it is now (its status may have moved on).
    assert {**first.json(), "status": None} == {**again.json(), "status": None}
    other = caller.post(url, {"parameters": {"fraction": 0.5}}, format="json", HTTP_IDEMPOTENCY_KEY="k-1")
    assert other.status_code == 409
    assert other.json()["message"] == "this Idempotency-Key was already used with a different request body"
    assert PipelineRun.objects.count() == 1
    wait_for_run(first.json()["id"])


def test_concurrent_requests_with_one_key_start_one_run(client: APIClient, alice: Any, live_stack: Any) -> None:
    pipeline = make_pipeline(alice, graph())
    publish(client, pipeline)
    token = Token.objects.create(user=alice).key
    answers: list[requests.Response] = []
    start = threading.Barrier(8)

    def trigger() -> None:
        start.wait()
        answers.append(
            requests.post(
                f"{live_stack.base_url}/api/pipeline-endpoints/train/runs/",
                json={"parameters": {"fraction": 0.25}},
                headers={"Authorization": f"Token {token}", "Idempotency-Key": "same-key"},
                timeout=30,
            )
        )

    threads = [threading.Thread(target=trigger) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(a.status_code for a in answers) == [200] * 7 + [201], [a.text for a in answers]
    assert len({a.json()["id"] for a in answers}) == 1
    assert PipelineRun.objects.count() == 1
    wait_for_run(answers[0].json()["id"])


def test_concurrent_triggers_never_start_more_runs_than_the_limit(
    client: APIClient, alice: Any, live_stack: Any
) -> None:
    pipeline = make_pipeline(alice, slow_graph())
    publish(client, pipeline, endpoint="slow")
    assert client.patch("/api/pipeline-endpoints/slow/", {"max_concurrent_runs": 3}, format="json").status_code == 200
    token = Token.objects.create(user=alice).key
    answers: list[requests.Response] = []
    start = threading.Barrier(10)

    def trigger() -> None:
        start.wait()
        answers.append(
            requests.post(
                f"{live_stack.base_url}/api/pipeline-endpoints/slow/runs/",
                json={},
                headers={"Authorization": f"Token {token}"},
                timeout=30,
            )
        )

    threads = [threading.Thread(target=trigger) for _ in range(10)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(a.status_code for a in answers) == [201] * 3 + [429] * 7, [a.text for a in answers]
        assert PipelineRun.objects.filter(trigger=RunTrigger.ENDPOINT).count() == 3
    finally:
        cancel_unfinished(client)


def test_over_the_limit_of_concurrent_runs_is_a_429_with_retry_after(client: APIClient, alice: Any) -> None:
    pipeline = make_pipeline(alice, slow_graph())
    publish(client, pipeline, endpoint="slow")
    assert client.patch("/api/pipeline-endpoints/slow/", {"max_concurrent_runs": 1}, format="json").status_code == 200
    caller = token_client(alice)
    try:
        assert caller.post("/api/pipeline-endpoints/slow/runs/", {}, format="json").status_code == 201
        refused = caller.post("/api/pipeline-endpoints/slow/runs/", {}, format="json")
        assert refused.status_code == 429, refused.content
        assert refused["Retry-After"] == "5"
        assert refused.json()["message"] == (
            "pipeline endpoint 'slow' already has 1 unfinished runs (its limit is 1); try again later"
        )
        # A manual run of the draft does not count against the endpoint's limit.
        assert client.post(f"/api/pipelines/{pipeline.pk}/runs/", {}, format="json").status_code == 201
    finally:
        cancel_unfinished(client)
    assert PipelineRun.objects.filter(trigger=RunTrigger.ENDPOINT).count() == 1


def test_a_published_pipeline_cannot_be_deleted_until_its_endpoint_is(client: APIClient, alice: Any) -> None:
    pipeline = make_pipeline(alice, graph(), name="Churn model")
    publish(client, pipeline)
    refused = client.delete(f"/api/pipelines/{pipeline.pk}/")
    assert refused.status_code == 409
    message = (
        "the pipeline 'Churn model' is published as pipeline endpoint 'train' version 1; delete the endpoint first"
    )
    assert refused.json()["message"] == message

    browser = Client()
    browser.force_login(alice)
    page = browser.post(f"/pipelines/{pipeline.pk}/delete/")
    assert page.status_code == 409
    assert "is published as pipeline endpoint &#x27;train&#x27; version 1" in page.content.decode()
    assert Pipeline.objects.filter(pk=pipeline.pk).exists()

    assert client.delete("/api/pipeline-endpoints/train/").status_code == 204
    assert client.get("/api/pipeline-endpoints/train/").status_code == 404
    assert client.delete(f"/api/pipelines/{pipeline.pk}/").status_code == 204


def test_publishing_refuses_a_bad_name_and_a_graph_with_problems(client: APIClient, alice: Any) -> None:
    pipeline = make_pipeline(alice, graph())
    bad_name = publish(client, pipeline, endpoint="Not A Slug")
    assert bad_name.status_code == 400
    assert "must be 1-63 lower case letters" in bad_name.json()["message"]
    broken = make_pipeline(alice, {**graph(), "edges": []}, name="broken")
    refused = publish(client, broken)
    assert refused.status_code == 400
    assert refused.json()["message"] == "the pipeline has problems; fix them before publishing it"
    assert refused.json()["extra"]["errors"]
    assert client.get("/api/pipeline-endpoints/").json()["count"] == 0
