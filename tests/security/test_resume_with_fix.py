"""Resuming a run with the pipeline's draft (POST /api/runs/{id}/resume/ with
from_draft): only an editor or an owner of the run's workspace may, a viewer gets a 403
naming the role and starts nothing, anyone outside the workspace gets the same 404 as
for a run that does not exist, and a session needs its CSRF token."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import User
from rest_framework.test import APIClient

from designer import services
from designer.models import Membership, Workspace
from runner import services as run_services
from runner.models import PipelineRun, RunStatus, StepRun, StepStatus
from tests.integration.graphs import chain_graph

pytestmark = pytest.mark.integration

FIX = {"from_draft": True}


@dataclass(frozen=True)
class Shop:
    workspace: Workspace
    users: dict[str, User]
    failed: PipelineRun


@pytest.fixture
def shop(db: None) -> Shop:
    # `db`, not `transactional_db`: nothing is committed, so no worker ever sees these runs.
    services.modules_sync_builtin()
    owner = services.user_create(username="olive", password="olive-password")
    workspace = services.workspace_default(user=owner)
    users = {"owner": owner}
    for role, name in (("editor", "eddie"), ("viewer", "vera")):
        users[role] = User.objects.create_user(username=name, password=f"{name}-password")
        Membership.objects.create(workspace=workspace, user=users[role], role=role)
    # Mallory has a workspace of her own, with a failed run of her own in it.
    users["stranger"] = services.user_create(username="mallory", password="mallory-password")
    pipeline = services.pipeline_create(workspace=workspace, user=owner, name="shared", graph=chain_graph(2))
    failed = run_services.run_submit(pipeline=pipeline, user=owner)
    PipelineRun.objects.filter(pk=failed.pk).update(status=RunStatus.FAILED)
    StepRun.objects.filter(run=failed, node_id="n1").update(status=StepStatus.FAILED)
    return Shop(workspace, users, failed)


def api(user: User, *, csrf: bool = False) -> APIClient:
    client = APIClient(enforce_csrf_checks=csrf)
    client.force_login(user)
    return client


def test_a_viewer_gets_403_naming_the_role_and_no_run_starts(shop: Shop) -> None:
    response = api(shop.users["viewer"]).post(f"/api/runs/{shop.failed.pk}/resume/", FIX, format="json")
    assert response.status_code == 403, response.content
    body = response.json()
    assert body["message"].startswith("viewers cannot resume runs")
    assert body["extra"]["required_role"] == "editor"
    assert PipelineRun.objects.count() == 1


@pytest.mark.parametrize("role", ["editor", "owner"])
def test_an_editor_or_owner_resumes_with_the_draft(shop: Shop, role: str) -> None:
    response = api(shop.users[role]).post(f"/api/runs/{shop.failed.pk}/resume/", FIX, format="json")
    assert response.status_code == 201, response.content
    resumed = PipelineRun.objects.get(pk=response.json()["id"])
    assert (resumed.resumed_from_id, resumed.pipeline_id) == (shop.failed.pk, shop.failed.pipeline_id)
    assert resumed.created_by == shop.users[role]


def test_another_workspaces_run_is_not_found_like_one_that_does_not_exist(shop: Shop) -> None:
    stranger = api(shop.users["stranger"])
    theirs = stranger.post(f"/api/runs/{shop.failed.pk}/resume/", FIX, format="json")
    missing = stranger.post(f"/api/runs/{shop.failed.pk + 1000}/resume/", FIX, format="json")
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json() == missing.json()
    # Not even a malformed body tells the stranger more.
    odd = stranger.post(f"/api/runs/{shop.failed.pk}/resume/", {"from_draft": "perhaps"}, format="json")
    assert odd.status_code == 404
    assert PipelineRun.objects.count() == 1


def test_a_session_needs_its_csrf_token(shop: Shop) -> None:
    client = api(shop.users["editor"], csrf=True)
    refused = client.post(f"/api/runs/{shop.failed.pk}/resume/", FIX, format="json")
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["message"]
    assert PipelineRun.objects.count() == 1
    client.get("/")  # the app shell sets the csrftoken cookie
    token = client.cookies["csrftoken"].value
    accepted = client.post(f"/api/runs/{shop.failed.pk}/resume/", FIX, format="json", HTTP_X_CSRFTOKEN=token)
    assert accepted.status_code == 201, accepted.content


def test_a_body_that_is_not_a_yes_or_no_is_a_400_and_starts_nothing(shop: Shop) -> None:
    response = api(shop.users["editor"]).post(
        f"/api/runs/{shop.failed.pk}/resume/", {"from_draft": "perhaps"}, format="json"
    )
    assert response.status_code == 400
    assert "from_draft" in str(response.json())
    assert PipelineRun.objects.count() == 1
