"""What a script polling and editing through the API needs: a light run status that
costs nothing while nothing changes, and one node changed without the whole graph."""

from __future__ import annotations

import contextlib
import io
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from designer.models import Membership, Pipeline, Workspace
from runner.models import PipelineRun, RunStatus, StepRun, StepStatus
from tests.integration.graphs import chain_graph
from tests.integration.helpers import make_pipeline, submit, wait_for_run

pytestmark = pytest.mark.integration


def client_for(user: Any) -> APIClient:
    api = APIClient()
    api.force_login(user)
    return api


# --------------------------------------------------------------------------- run status


def test_the_run_status_is_light_and_counts_steps_by_status(live_stack: Any, alice: Any, modules: None) -> None:
    client = client_for(alice)
    pipeline = make_pipeline(alice, chain_graph(3))
    run = submit(client, pipeline)
    wait_for_run(run["id"])
    response = client.get(f"/api/runs/{run['id']}/status/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "completed" and body["error"] == ""
    assert body["steps_total"] == 3 and body["steps"]["completed"] == 3
    assert set(body["steps"]) == set(StepStatus.values)
    assert body["started_at"] and body["finished_at"]
    assert "graph" not in body and not isinstance(body["steps"], list)
    assert len(response.content) < len(client.get(f"/api/runs/{run['id']}/").content) / 3


def test_if_none_match_answers_304_until_something_in_the_status_changes(alice: Any, modules: None) -> None:
    client = client_for(alice)
    pipeline = make_pipeline(alice, chain_graph(2))
    run = PipelineRun.objects.create(
        workspace=pipeline.workspace,
        pipeline=pipeline,
        number=1,
        snapshot={"graph": pipeline.graph, "plan": {}},
        pipeline_revision=pipeline.revision,
        created_by=alice,
    )
    step = StepRun.objects.create(run=run, node_id="n0", module="enter_data", version="1.0.0")
    url = f"/api/runs/{run.pk}/status/"
    first = client.get(url)
    etag = first["ETag"]
    assert first.status_code == 200 and etag.startswith('"')
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b"" and again["ETag"] == etag
    assert client.get(url, HTTP_IF_NONE_MATCH=f'"other", W/{etag}').status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"other"').status_code == 200

    # Every kind of change in the answer changes the ETag: a step's status, the run's.
    seen = {etag}
    StepRun.objects.filter(pk=step.pk).update(status=StepStatus.RUNNING)
    for change in (
        lambda: StepRun.objects.filter(pk=step.pk).update(status=StepStatus.FAILED),
        lambda: PipelineRun.objects.filter(pk=run.pk).update(status=RunStatus.FAILED),
        lambda: PipelineRun.objects.filter(pk=run.pk).update(error="the step n0 failed"),
    ):
        stale = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert stale.status_code == 200 and stale["ETag"] not in seen
        etag = stale["ETag"]
        seen.add(etag)
        change()
    final = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert final.status_code == 200 and final.json()["error"] == "the step n0 failed"


def test_bob_cannot_read_alices_run_status(alice: Any, bob: Any, modules: None) -> None:
    pipeline = make_pipeline(alice, chain_graph(1))
    run = PipelineRun.objects.create(
        workspace=pipeline.workspace, pipeline=pipeline, number=1, snapshot={}, pipeline_revision=1
    )
    guessed = client_for(bob).get(f"/api/runs/{run.pk}/status/")
    missing = client_for(bob).get(f"/api/runs/{run.pk + 1000}/status/")
    assert guessed.status_code == missing.status_code == 404 and guessed.json() == missing.json()


# --------------------------------------------------------------------------- one node


def node_url(pipeline: Pipeline, node_id: str) -> str:
    return f"/api/pipelines/{pipeline.pk}/nodes/{node_id}/"


def test_a_node_patch_merges_into_that_node_only_and_bumps_the_revision(alice: Any, modules: None) -> None:
    client = client_for(alice)
    graph = chain_graph(3)
    graph["nodes"][1]["params"]["extra"] = "kept"
    pipeline = make_pipeline(alice, graph)
    response = client.patch(
        node_url(pipeline, "n1"),
        {"revision": 1, "params": {"columns": ["x"]}, "label": "Only x", "position": {"y": 50}},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["revision"] == 2
    stored = Pipeline.objects.get(pk=pipeline.pk)
    n1 = stored.graph["nodes"][1]
    assert n1["params"] == {"columns": ["x"], "extra": "kept"}
    assert n1["label"] == "Only x" and n1["position"] == {"x": 200, "y": 50}
    assert stored.graph["nodes"][0] == Pipeline.objects.get(pk=pipeline.pk).graph["nodes"][0]
    assert stored.graph["nodes"][2]["params"] == {"columns": ["x", "y", "label"]}
    assert stored.graph["edges"] == graph["edges"]

    # null removes a parameter (the module default applies) and resets a field.
    cleared = client.patch(
        node_url(pipeline, "n1"), {"revision": 2, "params": {"extra": None}, "compute": None}, format="json"
    )
    assert cleared.status_code == 200, cleared.content
    assert Pipeline.objects.get(pk=pipeline.pk).graph["nodes"][1]["params"] == {"columns": ["x"]}


def test_a_stale_node_patch_gets_409_with_the_current_revision(alice: Any, modules: None) -> None:
    client = client_for(alice)
    pipeline = make_pipeline(alice, chain_graph(2))
    assert (
        client.patch(f"/api/pipelines/{pipeline.pk}/", {"revision": 1, "name": "b"}, format="json").status_code == 200
    )
    stale = client.patch(node_url(pipeline, "n1"), {"revision": 1, "label": "late"}, format="json")
    assert stale.status_code == 409
    assert stale.json()["extra"] == {"revision": 2, "your_revision": 1}
    assert Pipeline.objects.get(pk=pipeline.pk).graph["nodes"][1]["label"] == "n1"


def test_a_node_patch_is_checked_like_a_whole_graph_save(alice: Any, modules: None) -> None:
    client = client_for(alice)
    pipeline = make_pipeline(alice, chain_graph(2))
    url = node_url(pipeline, "n1")
    for body, status in (
        ({"revision": 1, "params": "not an object"}, 400),
        ({"revision": 1, "max_retries": 99}, 400),
        ({"revision": 1, "retry_on": ["sometimes"]}, 400),
        ({"revision": 1, "module": "enter_data"}, 400),
        ({"revision": 1, "id": "renamed"}, 400),
        ({"label": "no revision"}, 400),
    ):
        response = client.patch(url, body, format="json")
        assert response.status_code == status, (body, response.content)
        assert set(response.json()) == {"message", "extra"}
    missing = client.patch(node_url(pipeline, "nope"), {"revision": 1, "label": "x"}, format="json")
    assert missing.status_code == 404 and "nope" in missing.json()["message"]
    stored = Pipeline.objects.get(pk=pipeline.pk)
    assert stored.revision == 1 and stored.graph == make_pipeline(alice, chain_graph(2)).graph


def test_bob_cannot_patch_a_node_of_alices_pipeline(alice: Any, bob: Any, modules: None) -> None:
    pipeline = make_pipeline(alice, chain_graph(2))
    guessed = client_for(bob).patch(node_url(pipeline, "n1"), {"revision": 1, "label": "x"}, format="json")
    assert guessed.status_code == 404
    assert Pipeline.objects.get(pk=pipeline.pk).revision == 1


# --------------------------------------------------------------------------- create_user


def run_command(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        call_command("create_user", *args, stdout=out)
    return out.getvalue(), err.getvalue()


def test_create_user_is_idempotent_and_prints_a_working_token(db: None) -> None:
    team = Workspace.objects.create(name="team")
    key, _ = run_command("carol", "--password", "pw-1", "--workspace-role", "team:editor", "--token")
    key = key.strip()
    carol = User.objects.get(username="carol")
    assert carol.check_password("pw-1")
    assert Membership.objects.get(user=carol, workspace=team).role == "editor"
    assert Membership.objects.filter(user=carol).count() == 2  # her own workspace and the team's
    again, _ = run_command("carol", "--password", "pw-1", "--workspace-role", "team:editor", "--token")
    assert again.strip() == key
    assert User.objects.filter(username="carol").count() == 1 and Membership.objects.filter(user=carol).count() == 2
    # A second run may change the role or password; nothing else moves.
    out, _ = run_command("carol", "--workspace-role", f"{team.pk}:viewer")
    assert "exists" in out and Membership.objects.get(user=carol, workspace=team).role == "viewer"
    assert User.objects.get(username="carol").check_password("pw-1")
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert api.get("/api/pipelines/").status_code == 200


def test_create_user_says_clearly_what_is_wrong_and_writes_nothing(db: None) -> None:
    Workspace.objects.create(name="twin")
    Workspace.objects.create(name="twin")
    for args, words in (
        (["dave", "--workspace-role", "team"], "WORKSPACE:ROLE"),
        (["dave", "--workspace-role", "nowhere:editor"], "no workspace named 'nowhere'"),
        (["dave", "--workspace-role", "twin:boss"], "viewer, editor, owner"),
        (["dave", "--workspace-role", "twin:viewer"], "several workspaces"),
        (["not a name!"], "not a valid username"),
    ):
        with pytest.raises(CommandError, match=words):
            run_command(*args)
    assert not User.objects.filter(username__in=["dave", "not a name!"]).exists()
