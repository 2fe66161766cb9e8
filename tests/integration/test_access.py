"""Who may see what: every object endpoint answers 404 to a user outside the workspace,
also when the id is guessed; session auth needs CSRF; API tokens work."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from designer import services
from runner import services as run_services
from runner.models import Experiment, PipelineRun, RunStatus, StepRun, StepStatus
from tests.integration.graphs import chain_graph

pytestmark = pytest.mark.integration


def client_for(user: Any) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


@pytest.fixture
def alices_run(alice: Any, modules: None) -> PipelineRun:
    """A finished run in alice's workspace, made without a worker: the access rules
    are about who may read it, not how it ran."""
    workspace = services.workspace_default(user=alice)
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="alice's", graph=chain_graph(2))
    run = PipelineRun.objects.create(
        workspace=workspace,
        pipeline=pipeline,
        number=1,
        status=RunStatus.COMPLETED,
        experiment=Experiment.objects.create(workspace=workspace, name="alice's tuning"),
        snapshot={"graph": pipeline.graph, "plan": {}},
        pipeline_revision=pipeline.revision,
        created_by=alice,
    )
    StepRun.objects.create(run=run, node_id="n0", module="enter_data", version="1.0.0", status=StepStatus.COMPLETED)
    return run


def object_endpoints(run: PipelineRun) -> list[tuple[str, str, dict[str, Any] | None]]:
    pid = run.pipeline_id
    return [
        ("get", f"/api/pipelines/{pid}/", None),
        ("put", f"/api/pipelines/{pid}/", {"revision": 1, "name": "stolen"}),
        ("patch", f"/api/pipelines/{pid}/", {"revision": 1, "name": "stolen"}),
        ("patch", f"/api/pipelines/{pid}/nodes/n1/", {"revision": 1, "label": "stolen"}),
        ("post", f"/api/pipelines/{pid}/validate/", None),
        ("get", f"/api/pipelines/{pid}/schema/", None),
        ("post", f"/api/pipelines/{pid}/schema/", {"graph": {"schema": 1, "nodes": [], "edges": []}}),
        ("get", f"/api/pipelines/{pid}/nodes/n0/preview/", None),
        ("get", f"/api/pipelines/{pid}/export/?format=yaml", None),
        ("get", f"/api/pipelines/{pid}/export/?format=python", None),
        ("post", f"/api/pipelines/{pid}/runs/", {}),
        ("get", f"/api/runs/{run.pk}/", None),
        ("get", f"/api/runs/{run.pk}/status/", None),
        ("post", f"/api/runs/{run.pk}/cancel/", None),
        ("post", f"/api/runs/{run.pk}/clone/", None),
        ("post", f"/api/runs/{run.pk}/inference-pipeline/", {"kind": "realtime"}),
        ("post", f"/api/pipelines/{pid}/deploy/", {"endpoint": "stolen"}),
        ("get", f"/api/runs/{run.pk}/steps/n0/", None),
        ("get", f"/api/runs/{run.pk}/steps/n0/logs/", None),
        ("get", f"/api/runs/{run.pk}/steps/n0/outputs/dataset/", None),
        ("get", f"/api/pipelines/{pid}/versions/", None),
        ("get", f"/api/pipelines/{pid}/versions/1/", None),
        ("patch", f"/api/pipelines/{pid}/versions/1/", {"name": "stolen"}),
        ("post", f"/api/pipelines/{pid}/versions/1/restore/", {"revision": 1}),
        ("get", f"/api/pipelines/{pid}/versions/diff/?from=1&to=1", None),
        ("get", f"/api/runs/diff/?a={run.pk}&b={run.pk}", None),
        ("get", f"/api/workspaces/{run.workspace_id}/members/", None),
        ("post", f"/api/workspaces/{run.workspace_id}/members/", {"username": "bob", "role": "owner"}),
        ("patch", f"/api/workspaces/{run.workspace_id}/members/alice/", {"role": "viewer"}),
        ("delete", f"/api/workspaces/{run.workspace_id}/members/alice/", None),
        ("get", f"/api/experiments/{run.experiment_id}/", None),
        ("patch", f"/api/experiments/{run.experiment_id}/", {"name": "stolen", "archived": True}),
        ("get", f"/api/experiments/{run.experiment_id}/runs/", None),
        ("get", f"/api/experiments/{run.experiment_id}/runs/?sort=-metric.auc&status=completed", None),
        ("get", f"/api/experiments/{run.experiment_id}/compare/?runs={run.pk},{run.pk + 1}", None),
        ("delete", f"/api/pipelines/{pid}/", None),
    ]


def test_bob_gets_404_on_every_object_endpoint_of_alices_workspace(alices_run: PipelineRun, bob: Any) -> None:
    client = client_for(bob)
    for method, url, body in object_endpoints(alices_run):
        response = getattr(client, method)(url, body, format="json")
        assert response.status_code == 404, (method, url, response.status_code, response.content)
        assert set(response.json()) == {"message", "extra"}
    alices_run.pipeline.refresh_from_db()
    assert alices_run.pipeline.name == "alice's"
    assert PipelineRun.objects.filter(pipeline=alices_run.pipeline).count() == 1
    assert list(alices_run.pipeline.versions.values_list("number", "name")) == [(1, "")]
    assert list(alices_run.workspace.memberships.values_list("user__username", "role")) == [("alice", "owner")]
    # Nor does naming her workspace in a list, or switching to it, reach into it.
    assert client.get(f"/api/pipelines/?workspace={alices_run.workspace_id}").status_code == 404
    assert client.post("/workspaces/switch/", {"workspace": alices_run.workspace_id}).status_code == 404
    assert Experiment.objects.get(pk=alices_run.experiment_id).name == "alice's tuning"
    assert not Experiment.objects.get(pk=alices_run.experiment_id).archived


def test_guessed_ids_look_exactly_like_missing_ones(alices_run: PipelineRun, bob: Any) -> None:
    client = client_for(bob)
    guessed = client.get(f"/api/runs/{alices_run.pk}/")
    missing = client.get(f"/api/runs/{alices_run.pk + 1000}/")
    assert guessed.status_code == missing.status_code == 404
    assert guessed.json() == missing.json()
    guessed = client.get(f"/api/experiments/{alices_run.experiment_id}/runs/")
    missing = client.get(f"/api/experiments/{alices_run.experiment_id + 1000}/runs/")
    assert guessed.status_code == missing.status_code == 404
    assert guessed.json() == missing.json()


def test_a_run_diff_mixing_bobs_run_with_alices_is_a_404_naming_only_the_one_not_found(
    alices_run: PipelineRun, bob: Any
) -> None:
    workspace = services.workspace_default(user=bob)
    pipeline = services.pipeline_create(workspace=workspace, user=bob, name="bob's", graph=chain_graph(2))
    bobs_run = PipelineRun.objects.create(
        workspace=workspace,
        pipeline=pipeline,
        number=1,
        status=RunStatus.COMPLETED,
        snapshot={"graph": pipeline.graph, "plan": {}},
        pipeline_revision=pipeline.revision,
        created_by=bob,
    )
    client = client_for(bob)
    assert client.get(f"/api/runs/diff/?a={bobs_run.pk}&b={bobs_run.pk}").status_code == 200
    missing_id = alices_run.pk + 1000
    for side, hers, absent in (
        ("b", f"a={bobs_run.pk}&b={alices_run.pk}", f"a={bobs_run.pk}&b={missing_id}"),
        ("a", f"a={alices_run.pk}&b={bobs_run.pk}", f"a={missing_id}&b={bobs_run.pk}"),
    ):
        guessed = client.get(f"/api/runs/diff/?{hers}")
        missing = client.get(f"/api/runs/diff/?{absent}")
        assert guessed.status_code == missing.status_code == 404, guessed.content
        assert guessed.json() == {"message": f"run {alices_run.pk} not found", "extra": {"field": side}}
        assert missing.json() == {"message": f"run {missing_id} not found", "extra": {"field": side}}
    # Nor does her pipeline's history compare for him, whichever versions he names.
    for query in ("from=1&to=1", "from=1&to=2", "from=5&to=1"):
        response = client.get(f"/api/pipelines/{alices_run.pipeline_id}/versions/diff/?{query}")
        assert response.status_code == 404 and response.json()["message"] == "pipeline not found"


def test_lists_only_show_the_users_own_objects(alices_run: PipelineRun, bob: Any, alice: Any) -> None:
    bob_client = client_for(bob)
    assert bob_client.get("/api/pipelines/").json()["count"] == 0
    assert bob_client.get("/api/runs/").json()["count"] == 0
    assert bob_client.get(f"/api/runs/?pipeline={alices_run.pipeline_id}").json()["count"] == 0
    assert bob_client.get("/api/datasets/").json()["count"] == 0
    assert bob_client.get("/api/experiments/").json()["count"] == 0
    assert bob_client.get("/api/experiments/?name=alice's tuning&archived=true").json()["count"] == 0
    assert bob_client.get(f"/api/experiments/?workspace={alices_run.workspace_id}").json()["count"] == 0
    alice_client = client_for(alice)
    assert alice_client.get("/api/experiments/").json()["count"] == 1
    assert alice_client.get("/api/pipelines/").json()["count"] == 1
    assert alice_client.get("/api/runs/").json()["count"] == 1


def test_alice_can_reach_every_object_endpoint_of_her_own(alices_run: PipelineRun, alice: Any) -> None:
    client = client_for(alice)
    # Comparing runs needs a second run of the experiment (object_endpoints names the next id).
    second = PipelineRun.objects.create(
        workspace=alices_run.workspace,
        pipeline=alices_run.pipeline,
        number=2,
        status=RunStatus.COMPLETED,
        experiment=alices_run.experiment,
        snapshot=alices_run.snapshot,
        pipeline_revision=alices_run.pipeline_revision,
        created_by=alice,
    )
    assert second.pk == alices_run.pk + 1
    for method, url, _body in object_endpoints(alices_run):
        if method in ("delete", "put", "patch", "post"):
            continue
        response = getattr(client, method)(url)
        # The output endpoint is 404 because this hand-made step has no outputs; it
        # must say so rather than hide the step.
        if "/outputs/" in url:
            assert "has no output" in response.json()["message"]
        else:
            assert response.status_code == 200, (url, response.content)


def test_datasets_are_private_to_their_workspace(alice: Any, bob: Any) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_for(alice)
    upload = SimpleUploadedFile("prices.csv", b"a,b\n1,2\n3,4\n", content_type="text/csv")
    response = client.post("/api/datasets/", {"name": "prices", "file": upload}, format="multipart")
    assert response.status_code == 201, response.content
    assert response.json()["versions"][0]["row_count"] == 2
    assert client_for(bob).get("/api/datasets/").json()["count"] == 0
    # Her stored table downloads for her; for bob it is not found, as a guessed id is.
    dataset_id = response.json()["id"]
    download = client.get(f"/api/datasets/{dataset_id}/versions/1/download/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"PAR1")
    stolen = client_for(bob).get(f"/api/datasets/{dataset_id}/versions/1/download/")
    guessed = client_for(bob).get(f"/api/datasets/{dataset_id + 1000}/versions/1/download/")
    assert stolen.status_code == guessed.status_code == 404
    assert stolen.json()["message"] == f"dataset {dataset_id} has no version 1"
    assert client.get(f"/api/datasets/{dataset_id}/versions/2/download/").status_code == 404


def test_bob_cannot_create_in_alices_workspace_by_naming_it(alice: Any, bob: Any) -> None:
    workspace = services.workspace_default(user=alice)
    response = client_for(bob).post("/api/pipelines/", {"name": "x", "workspace": workspace.pk}, format="json")
    assert response.status_code == 400
    assert "workspace" in response.json()["message"]
    imported = client_for(bob).post(
        f"/api/pipelines/import/?workspace={workspace.pk}",
        "pipewright: 1\nname: x\nnodes: []\n",
        content_type="application/yaml",
    )
    assert imported.status_code == 400 and "workspace" in imported.json()["message"], imported.content
    assert not workspace.pipelines.exists()


def test_anonymous_requests_are_refused(alices_run: PipelineRun) -> None:
    response = APIClient().get("/api/pipelines/")
    assert response.status_code in (401, 403)
    assert "message" in response.json()


def test_session_auth_needs_a_csrf_token(alice: Any, modules: None) -> None:
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(alice)
    refused = client.post("/api/pipelines/", {"name": "no token"}, format="json")
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["message"]
    client.get("/")  # the app shell sets the csrftoken cookie
    token = client.cookies["csrftoken"].value
    accepted = client.post("/api/pipelines/", {"name": "with token"}, format="json", HTTP_X_CSRFTOKEN=token)
    assert accepted.status_code == 201, accepted.content


def test_an_api_token_from_the_command_authenticates_without_csrf(alice: Any) -> None:
    out = io.StringIO()
    call_command("create_api_token", "alice", stdout=out)
    key = out.getvalue().strip()
    assert len(key) == 40
    client = APIClient(enforce_csrf_checks=True)
    response = client.post("/api/pipelines/", {"name": "by token"}, format="json", HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 201, response.content
    bad = APIClient().get("/api/pipelines/", HTTP_AUTHORIZATION="Token " + "0" * 40)
    assert bad.status_code in (401, 403)


def test_cancel_by_alice_of_a_finished_run_changes_nothing(alices_run: PipelineRun) -> None:
    run = run_services.run_cancel(run=alices_run, user=alices_run.created_by)
    assert run.status == RunStatus.COMPLETED


def test_pages_of_another_workspace_are_not_found(alices_run: PipelineRun, bob: Any, alice: Any) -> None:
    from django.test import Client

    bob_browser = Client()
    bob_browser.force_login(bob)
    assert bob_browser.get(f"/pipelines/{alices_run.pipeline_id}/").status_code == 404
    assert bob_browser.get(f"/runs/{alices_run.pk}/").status_code == 404
    assert b"alice&#x27;s" not in bob_browser.get("/").content
    assert bob_browser.get(f"/experiments/{alices_run.experiment_id}/").status_code == 404
    assert bob_browser.post(f"/experiments/{alices_run.experiment_id}/", {"archived": "1"}).status_code == 404
    compare = f"/experiments/{alices_run.experiment_id}/compare/?runs={alices_run.pk},{alices_run.pk + 1}"
    assert bob_browser.get(compare).status_code == 404
    assert b"alice&#x27;s tuning" not in bob_browser.get("/experiments/").content

    alice_browser = Client()
    alice_browser.force_login(alice)
    page = alice_browser.get(f"/pipelines/{alices_run.pipeline_id}/")
    assert page.status_code == 200
    assert f'data-pipeline-id="{alices_run.pipeline_id}"'.encode() in page.content
    assert "csrftoken" in page.cookies
    assert b"alice&#x27;s tuning" in alice_browser.get("/experiments/").content
    assert alice_browser.get(f"/experiments/{alices_run.experiment_id}/").status_code == 200


def test_pages_send_anonymous_users_to_the_login_page(alices_run: PipelineRun) -> None:
    from django.test import Client

    response = Client().get(f"/pipelines/{alices_run.pipeline_id}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_bob_gets_404_for_alices_pipeline_endpoint_by_name_and_cannot_trigger_it(
    alices_run: PipelineRun, alice: Any, bob: Any
) -> None:
    from runner import publishing
    from runner.models import PipelineEndpoint

    publishing.pipeline_publish(pipeline=alices_run.pipeline, user=alice, endpoint_name="nightly")
    client = client_for(bob)
    for method, url, body in [
        ("get", "/api/pipeline-endpoints/nightly/", None),
        ("patch", "/api/pipeline-endpoints/nightly/", {"default_version": 1, "max_concurrent_runs": 50}),
        ("delete", "/api/pipeline-endpoints/nightly/", None),
        ("get", "/api/pipeline-endpoints/nightly/versions/", None),
        ("get", "/api/pipeline-endpoints/nightly/versions/1/", None),
        ("patch", "/api/pipeline-endpoints/nightly/versions/1/", {"enabled": False}),
        ("get", "/api/pipeline-endpoints/nightly/runs/", None),
        ("post", "/api/pipeline-endpoints/nightly/runs/", {"parameters": {}}),
        ("post", f"/api/pipelines/{alices_run.pipeline_id}/publish/", {"endpoint": "stolen"}),
        # Naming alice's workspace does not reach into it either.
        ("get", f"/api/pipeline-endpoints/nightly/?workspace={alices_run.workspace_id}", None),
    ]:
        response = getattr(client, method)(url, body, format="json")
        assert response.status_code == 404, (method, url, response.status_code, response.content)
        assert set(response.json()) == {"message", "extra"}
    guessed = client.get("/api/pipeline-endpoints/nightly/").json()
    missing = client.get("/api/pipeline-endpoints/no-such-endpoint/").json()
    assert guessed["message"].replace("nightly", "X") == missing["message"].replace("no-such-endpoint", "X")
    assert client.get("/api/pipeline-endpoints/").json()["count"] == 0
    endpoint = PipelineEndpoint.objects.get(name="nightly")
    assert (endpoint.max_concurrent_runs, endpoint.versions.get().enabled) == (4, True)
    assert PipelineRun.objects.filter(pipeline=alices_run.pipeline).count() == 1
    assert client_for(alice).get("/api/pipeline-endpoints/nightly/").status_code == 200


def test_a_name_in_several_of_a_users_workspaces_means_the_one_they_create_in(
    alice: Any, bob: Any, modules: None
) -> None:
    """bob owns his workspace and edits alice's; both have an endpoint "nightly". Without
    ?workspace= the name is his own workspace's (where his new objects go)."""
    from designer.models import Membership
    from runner import publishing

    alices = services.workspace_default(user=alice)
    bobs = services.workspace_default(user=bob)
    Membership.objects.create(workspace=alices, user=bob, role="editor")
    for owner, workspace in ((alice, alices), (bob, bobs)):
        pipeline = services.pipeline_create(workspace=workspace, user=owner, name="p", graph=chain_graph(2))
        publishing.pipeline_publish(pipeline=pipeline, user=owner, endpoint_name="nightly")
    client = client_for(bob)
    assert client.get("/api/pipeline-endpoints/nightly/").json()["workspace"] == bobs.pk
    assert client.get(f"/api/pipeline-endpoints/nightly/?workspace={alices.pk}").json()["workspace"] == alices.pk
    assert client.get("/api/pipeline-endpoints/").json()["count"] == 2
