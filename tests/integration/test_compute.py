"""Compute targets: steps are routed to their target's queue, and workers started for
those queues run them; the API lists the targets, the workers online and the queues."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from designer import compute, services
from runner.models import RunStatus, StepRun
from tests.integration.graphs import edge, node, script
from tests.integration.helpers import make_pipeline, steps_of, submit, wait_for_run

pytestmark = pytest.mark.integration

PREP_QUEUE = "pipewright-test-prep"
TRAIN_QUEUE = "pipewright-test-train"


def test_one_pipeline_spreads_over_two_differently_configured_workers(
    client: APIClient, alice: Any, bob: Any, live_stack: Any
) -> None:
    workspace = services.workspace_default(user=alice)
    compute.target_create(
        workspace=workspace, user=alice, fields={"name": "prep", "queue": PREP_QUEUE, "memory_mb": 1024}
    )
    compute.target_create(
        workspace=workspace,
        user=alice,
        fields={"name": "train", "queue": TRAIN_QUEUE, "timeout_seconds": 60, "max_processes": 64},
    )
    trainer = node("train", "execute_python_script", {"script": script("return dataframe1,")})
    trainer["compute"] = "train"  # the node's own target beats the pipeline's default
    graph = {
        "schema": 1,
        "compute": "prep",
        "nodes": [node("data", "enter_data", {"text": "a\n1\n2\n"}), trainer],
        "edges": [edge("data", "dataset", "train", "dataframe1")],
        "parameters": [],
    }
    pipeline = make_pipeline(alice, graph)
    live_stack.start_worker("prep-worker", queues=[PREP_QUEUE], concurrency=1, wait=False)
    live_stack.start_worker("train-worker", queues=[TRAIN_QUEUE], concurrency=2, wait=False)
    try:
        live_stack.wait_for_worker("prep-worker")
        live_stack.wait_for_worker("train-worker")
        targets = {t["name"]: t for t in client.get("/api/compute/").json()}
        assert targets["prep"]["workers"] and targets["prep"]["workers"][0].startswith("prep-worker@")
        assert targets["train"]["workers"][0].startswith("train-worker@")
        assert targets["local"]["scope"] == "builtin"

        cluster = client.get("/api/cluster/").json()
        serving = {w["name"].split("@")[0]: w for w in cluster["workers"]}
        assert serving["prep-worker"]["queues"] == [PREP_QUEUE]
        assert serving["train-worker"]["concurrency"] == 2
        assert {q["name"] for q in cluster["queues"]} >= {PREP_QUEUE, TRAIN_QUEUE}

        run = wait_for_run(submit(client, pipeline)["id"])
    finally:
        live_stack.stop_together([live_stack.workers.pop("prep-worker"), live_stack.workers.pop("train-worker")])
    assert run.status == RunStatus.COMPLETED, run.error
    steps = steps_of(run.pk)
    assert (steps["data"].compute, steps["data"].queue) == ("prep", PREP_QUEUE)
    assert (steps["train"].compute, steps["train"].queue) == ("train", TRAIN_QUEUE)
    assert steps["data"].worker.startswith("prep-worker@")
    assert steps["train"].worker.startswith("train-worker@")
    shown = {s["node_id"]: s for s in client.get(f"/api/runs/{run.pk}/").json()["steps"]}
    assert shown["train"]["worker"].startswith("train-worker@") and shown["train"]["compute"] == "train"

    # bob cannot see alice's targets, nor use them by name.
    bob_client = APIClient()
    bob_client.force_login(bob)
    assert {t["name"] for t in bob_client.get("/api/compute/").json()} == {"local"}
    prep_id = targets["prep"]["id"]
    assert bob_client.get(f"/api/compute/{prep_id}/").status_code == 404
    assert bob_client.patch(f"/api/compute/{prep_id}/", {"queue": "x"}, format="json").status_code == 404
    assert bob_client.delete(f"/api/compute/{prep_id}/").status_code == 404
    bobs = make_pipeline(bob, graph)
    refused = bob_client.post(f"/api/pipelines/{bobs.pk}/runs/", {}, format="json")
    assert refused.status_code == 400
    messages = [e["message"] for e in refused.json()["extra"]["errors"]]
    assert "unknown default compute target 'prep' (available: local)" in messages
    assert "unknown compute target 'train' (available: local)" in messages


def test_a_run_freezes_its_targets_so_later_edits_do_not_reach_it(client: APIClient, alice: Any) -> None:
    target = compute.target_create(
        workspace=services.workspace_default(user=alice),
        user=alice,
        fields={"name": "edited", "queue": "pipewright-test"},
    )
    graph = {"schema": 1, "compute": "edited", "nodes": [node("data", "enter_data", {"text": "a\n1\n"})], "edges": []}
    run = wait_for_run(submit(client, make_pipeline(alice, graph))["id"])
    assert run.status == RunStatus.COMPLETED, run.error
    response = client.patch(f"/api/compute/{target.pk}/", {"queue": "pipewright-test-elsewhere"}, format="json")
    assert response.status_code == 200 and response.json()["queue"] == "pipewright-test-elsewhere"
    run.refresh_from_db()
    assert run.snapshot["targets"]["edited"]["queue"] == "pipewright-test"
    assert StepRun.objects.get(run=run).queue == "pipewright-test"


def test_compute_target_api_validates_and_refuses_duplicates(client: APIClient) -> None:
    created = client.post("/api/compute/", {"name": "gpu", "queue": "pipewright-test-gpu", "cpus": 2}, format="json")
    assert created.status_code == 201, created.content
    assert created.json()["scope"] == "workspace" and created.json()["workers"] == []
    again = client.post("/api/compute/", {"name": "gpu", "queue": "q"}, format="json")
    assert again.status_code == 409
    docker_without_image = client.post("/api/compute/", {"name": "box", "executor": "docker"}, format="json")
    assert docker_without_image.status_code == 400
    assert docker_without_image.json()["extra"]["errors"][0]["param"] == "image"
    bad_name = client.post("/api/compute/", {"name": "Not A Name", "queue": "q"}, format="json")
    assert bad_name.status_code == 400
    # Past the database's integer column: a 400 naming the field, not a 500.
    too_long = client.post(
        "/api/compute/", {"name": "slow", "queue": "q", "timeout_seconds": 21097695315}, format="json"
    )
    assert too_long.status_code == 400 and "timeout_seconds" in too_long.content.decode()
    too_big = client.patch(f"/api/compute/{created.json()['id']}/", {"memory_mb": 2**40}, format="json")
    assert too_big.status_code == 400 and "memory_mb" in too_big.content.decode()
    deleted = client.delete(f"/api/compute/{created.json()['id']}/")
    assert deleted.status_code == 204


def test_the_compute_page_lists_targets_and_workers_and_adds_and_removes_targets(
    alice: Any, bob: Any, live_stack: Any
) -> None:
    from django.test import Client

    page = Client()
    page.force_login(alice)
    added = page.post("/compute/", {"name": "big", "queue": "pipewright-test-big", "memory_mb": "2048"})
    assert added.status_code == 302
    html = page.get("/compute/").content.decode()
    assert 'data-testid="target-big"' in html and "2048 MB" in html
    assert 'data-testid="target-local"' in html
    assert "worker@" in html  # the live stack's worker serves the default queue
    refused = page.post("/compute/", {"name": "big", "queue": "q"})
    assert refused.status_code == 409 and "exists already" in refused.content.decode()
    too_long = page.post("/compute/", {"name": "slow", "queue": "q", "timeout_seconds": "21097695315"})
    assert too_long.status_code == 400 and "timeout_seconds must be at most 2,592,000" in too_long.content.decode()

    target_id = compute.target_list(workspace=services.workspace_default(user=alice)).get(name="big").pk
    other = Client()
    other.force_login(bob)
    assert 'data-testid="target-big"' not in other.get("/compute/").content.decode()
    assert other.post("/compute/", {"delete": target_id}).status_code == 404
    assert page.post("/compute/", {"delete": target_id}).status_code == 302
    assert 'data-testid="target-big"' not in page.get("/compute/").content.decode()


def test_a_targets_python_requirements_are_installed_once_and_count_in_the_cache_key(
    client: APIClient, alice: Any
) -> None:
    workspace = services.workspace_default(user=alice)
    compute.target_create(
        workspace=workspace,
        user=alice,
        fields={"name": "tables", "queue": "pipewright-test", "requirements": ["tabulate==0.9.0"]},
    )
    body = "import tabulate\nprint('tabulate', tabulate.__version__)\nreturn dataframe1,"
    uses = node("uses", "execute_python_script", {"script": script(body)})
    uses["compute"] = "tables"
    graph = {
        "schema": 1,
        "nodes": [node("data", "enter_data", {"text": "a\n1\n"}), uses],
        "edges": [edge("data", "dataset", "uses", "dataframe1")],
        "parameters": [],
    }
    pipeline = make_pipeline(alice, graph)
    run = wait_for_run(submit(client, pipeline)["id"], timeout=180)
    assert run.status == RunStatus.COMPLETED, run.error
    step = steps_of(run.pk)["uses"]
    assert "tabulate 0.9.0" in step.log
    assert step.cache_components is not None

    # The same node on the default target (no tabulate) is a different environment:
    # it re-runs, and fails for want of the package.
    graph["nodes"][1]["compute"] = None
    plain = make_pipeline(alice, graph, name="plain")
    run = wait_for_run(submit(client, plain)["id"])
    step_plain = steps_of(run.pk)["uses"]
    assert step_plain.status == "failed" and "No module named 'tabulate'" in step_plain.error
    assert step_plain.cache_components["environment_digest"] != step.cache_components["environment_digest"]

    compute.target_create(
        workspace=workspace,
        user=alice,
        fields={"name": "broken", "queue": "pipewright-test", "requirements": ["no-such-package-pipewright==1.0"]},
    )
    graph["nodes"][1]["compute"] = "broken"
    run = wait_for_run(submit(client, make_pipeline(alice, graph, name="broken"))["id"], timeout=180)
    step_broken = steps_of(run.pk)["uses"]
    assert step_broken.status == "failed"
    assert step_broken.error.startswith("could not build the step's Python environment:")
    assert "no-such-package-pipewright" in step_broken.error


def test_a_scripts_own_requirements_are_installed_before_it_runs(client: APIClient, alice: Any) -> None:
    body = "import tabulate\nprint(tabulate.tabulate([[1, 2]]))\nreturn dataframe1,"
    uses = node("uses", "execute_python_script", {"script": script(body), "requirements": "tabulate==0.9.0\n"})
    graph = {
        "schema": 1,
        "nodes": [node("data", "enter_data", {"text": "a\n1\n"}), uses],
        "edges": [edge("data", "dataset", "uses", "dataframe1")],
        "parameters": [],
    }
    run = wait_for_run(submit(client, make_pipeline(alice, graph))["id"], timeout=180)
    assert run.status == RunStatus.COMPLETED, run.error
    assert "-  -\n1  2" in steps_of(run.pk)["uses"].log

    graph["nodes"][1]["params"]["requirements"] = "not a requirement ==\n"
    run = wait_for_run(submit(client, make_pipeline(alice, graph, name="bad"))["id"])
    failed = steps_of(run.pk)["uses"]
    assert failed.status == "failed"
    assert failed.error.startswith("could not build the step's Python environment: 'not a requirement ==' is not")
