"""Workspace members and the current workspace: owners invite, change roles and remove
members (the last owner stays), an invited user sees the workspace, and switching
workspaces changes what the pages and the API list. Every role's refusals are in
tests/security/test_roles.py."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from rest_framework.test import APIClient

from designer import services
from designer.models import Membership, Pipeline, Workspace
from runner.models import PipelineRun

pytestmark = pytest.mark.integration


@pytest.fixture
def people(db: None) -> dict[str, User]:
    return {name: services.user_create(username=name, password=f"{name}-password") for name in ("alice", "bob")}


def api_for(user: User) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


def browser_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def own_workspace(user: User) -> Workspace:
    return Workspace.objects.get(memberships__user=user, memberships__role="owner")


def test_an_owner_invites_changes_and_removes_and_the_last_owner_stays(people: dict[str, User]) -> None:
    alice, bob = people["alice"], people["bob"]
    workspace = own_workspace(alice)
    api = api_for(alice)
    members = f"/api/workspaces/{workspace.pk}/members/"

    invited = api.post(members, {"username": "bob", "role": "viewer"}, format="json")
    assert invited.status_code == 201, invited.content
    assert invited.json() == {"username": "bob", "role": "viewer"}
    again = api.post(members, {"username": "bob", "role": "editor"}, format="json")
    assert again.status_code == 409 and "already a member" in again.json()["message"]
    nobody = api.post(members, {"username": "carol"}, format="json")
    assert (
        nobody.status_code == 400
        and nobody.json()["message"] == "there is no user named 'carol'; they need an account first"
    )

    # Bob sees the workspace and its members, read-only.
    bobs = api_for(bob)
    listed = {w["name"]: w["role"] for w in bobs.get("/api/workspaces/").json()}
    assert listed == {"alice's workspace": "viewer", "bob's workspace": "owner"}
    assert bobs.get(members).json() == [{"username": "alice", "role": "owner"}, {"username": "bob", "role": "viewer"}]

    # The last owner can be neither demoted nor removed, whoever asks.
    demote = api.patch(f"{members}alice/", {"role": "editor"}, format="json")
    assert demote.status_code == 409
    assert demote.json()["message"] == (
        "'alice' is the last owner of \"alice's workspace\", who cannot be made an editor; "
        "make another member an owner first"
    )
    assert api.delete(f"{members}alice/").status_code == 409
    assert api.patch(f"{members}bob/", {"role": "owner"}, format="json").json()["role"] == "owner"
    assert api.patch(f"{members}alice/", {"role": "viewer"}, format="json").status_code == 200
    # Alice is a viewer now: she may no longer manage members.
    refused = api.delete(f"{members}bob/")
    assert refused.status_code == 403 and refused.json()["extra"]["required_role"] == "owner"
    assert bobs.delete(f"{members}alice/").status_code == 204
    assert list(Membership.objects.filter(workspace=workspace).values_list("user__username", "role")) == [
        ("bob", "owner")
    ]
    assert api.get(members).status_code == 404  # alice is out: the workspace is not hers to see
    assert bobs.patch(f"{members}alice/", {"role": "owner"}, format="json").status_code == 404


def test_switching_workspaces_changes_what_pages_and_the_api_list(people: dict[str, User]) -> None:
    alice, bob = people["alice"], people["bob"]
    alices, bobs = own_workspace(alice), own_workspace(bob)
    Membership.objects.create(workspace=alices, user=bob, role="editor")
    services.pipeline_create(workspace=alices, user=alice, name="alice's pipeline")
    services.pipeline_create(workspace=bobs, user=bob, name="bob's pipeline")
    browser = browser_for(bob)
    api = APIClient()
    api.cookies = browser.cookies  # the same browser session, as the canvas's fetches are

    def names(query: str = "") -> set[str]:
        response = api.get(f"/api/pipelines/{query}")
        assert response.status_code == 200, response.content
        return {p["name"] for p in response.json()["results"]}

    # Before any switch: every workspace of his, as before switching existed.
    assert names() == {"alice's pipeline", "bob's pipeline"}
    page = browser.get("/").content.decode()
    assert 'data-testid="workspace-select"' in page and "All my workspaces" in page

    assert browser.post("/workspaces/switch/", {"workspace": alices.pk}).status_code == 302
    assert names() == {"alice's pipeline"}
    home = browser.get("/").content.decode()
    assert "alice&#x27;s pipeline" in home and "bob&#x27;s pipeline" not in home
    assert f'<option value="{alices.pk}" selected>' in home
    # New pipelines go to the workspace switched to, and the API names one per request.
    created = api.post("/api/pipelines/", {"name": "new"}, format="json").json()
    assert created["workspace"] == alices.pk
    assert names(f"?workspace={bobs.pk}") == {"bob's pipeline"}
    assert api.get(f"/api/runs/?workspace={bobs.pk}").status_code == 200
    # A pipeline of the other workspace, opened by its link, still shows its runs.
    bobs_pipeline = Pipeline.objects.get(name="bob's pipeline")
    PipelineRun.objects.create(
        workspace=bobs, pipeline=bobs_pipeline, number=1, snapshot={}, pipeline_revision=1, created_by=bob
    )
    assert api.get("/api/runs/").json()["count"] == 0
    assert api.get(f"/api/runs/?pipeline={bobs_pipeline.pk}").json()["count"] == 1
    assert api.get(f"/api/runs/?pipeline={bobs_pipeline.pk}&workspace={alices.pk}").json()["count"] == 0
    assert [w["id"] for w in api.get("/api/workspaces/").json() if w["current"]] == [alices.pk]
    # Another's workspace, by switching or by naming it, is not found.
    carol = services.user_create(username="carol", password="carol-password")
    assert browser.post("/workspaces/switch/", {"workspace": own_workspace(carol).pk}).status_code == 404
    assert api.get(f"/api/pipelines/?workspace={own_workspace(carol).pk}").status_code == 404
    assert api.get("/api/datasets/?workspace=abc").status_code == 400

    # Removed from the workspace switched to: back to all of his.
    Membership.objects.filter(workspace=alices, user=bob).delete()
    assert names() == {"bob's pipeline"}
    assert browser.post("/workspaces/switch/", {"workspace": ""}).status_code == 302


def test_the_settings_page_lets_owners_manage_and_shows_others_the_list(people: dict[str, User]) -> None:
    alice, bob = people["alice"], people["bob"]
    workspace = own_workspace(alice)
    url = f"/workspaces/{workspace.pk}/settings/"
    owner = browser_for(alice)
    page = owner.get(url).content.decode()
    assert 'data-testid="invite-form"' in page and 'data-testid="workspace-name"' in page
    assert owner.post(url, {"action": "invite", "username": "bob", "role": "viewer"}).status_code == 302
    refused = owner.post(url, {"action": "role:alice", "role": "viewer"})
    assert refused.status_code == 409
    assert "last owner" in refused.content.decode()

    viewer = browser_for(bob)
    seen = viewer.get(url).content.decode()
    assert 'data-testid="members-read-only"' in seen and 'data-testid="invite-form"' not in seen
    assert 'data-testid="member-alice"' in seen
    denied = viewer.post(url, {"action": "remove:alice"})
    assert denied.status_code == 403 and "viewers cannot manage members" in denied.content.decode()
    assert Membership.objects.filter(workspace=workspace).count() == 2
    carol = services.user_create(username="carol", password="carol-password")
    assert browser_for(carol).get(url).status_code == 404


def test_switching_narrows_endpoints_schedules_and_compute_and_new_targets_go_there(people: dict[str, User]) -> None:
    from designer import compute
    from runner import experiments
    from runner.models import Endpoint, PipelineEndpoint, Schedule

    alice, bob = people["alice"], people["bob"]
    alices, bobs = own_workspace(alice), own_workspace(bob)
    Membership.objects.create(workspace=alices, user=bob, role="editor")
    for workspace, owner in ((alices, "alice"), (bobs, "bob")):
        Endpoint.objects.create(workspace=workspace, name=f"{owner}-scorer", model_digest="a" * 64)
        published = PipelineEndpoint.objects.create(workspace=workspace, name=f"{owner}-batch")
        Schedule.objects.create(
            workspace=workspace, endpoint=published, name=f"{owner}-nightly", kind="interval", interval_seconds=3600
        )
        compute.target_create(
            workspace=workspace, user=User.objects.get(username=owner), fields={"name": f"{owner}-gpu", "queue": "gpu"}
        )
    browser = browser_for(bob)
    api = APIClient()
    api.cookies = browser.cookies

    def listed(path: str) -> set[str]:
        response = api.get(path)
        assert response.status_code == 200, response.content
        body = response.json()
        return {row["name"] for row in (body["results"] if isinstance(body, dict) else body)}

    assert listed("/api/endpoints/") == {"alice-scorer", "bob-scorer"}
    assert browser.post("/workspaces/switch/", {"workspace": alices.pk}).status_code == 302
    assert listed("/api/endpoints/") == {"alice-scorer"}
    assert listed("/api/pipeline-endpoints/") == {"alice-batch"}
    assert listed("/api/schedules/") == {"alice-nightly"}
    assert {"alice-gpu", "local"} <= listed("/api/compute/") and "bob-gpu" not in listed("/api/compute/")
    assert listed(f"/api/schedules/?workspace={bobs.pk}") == {"bob-nightly"}
    endpoints_page = browser.get("/endpoints/").content.decode()
    assert "alice-scorer" in endpoints_page and "bob-scorer" not in endpoints_page
    assert "alice-batch" in endpoints_page and "bob-batch" not in endpoints_page
    compute_page = browser.get("/compute/").content.decode()
    assert "alice-gpu" in compute_page and "bob-gpu" not in compute_page
    experiments.experiment_create(workspace=alices, user=alice, name="alice-tuning")
    experiments.experiment_create(workspace=bobs, user=bob, name="bob-tuning")
    assert listed("/api/experiments/") == {"alice-tuning"}
    assert listed(f"/api/experiments/?workspace={bobs.pk}") == {"bob-tuning"}
    experiments_page = browser.get("/experiments/").content.decode()
    assert "alice-tuning" in experiments_page and "bob-tuning" not in experiments_page

    # A target added, on the page or through the API, goes to the workspace switched to,
    # not to the user's default one (alice's own, the oldest she owns).
    Membership.objects.create(workspace=bobs, user=alice, role="owner")
    alices_browser = browser_for(alice)
    alices_api = APIClient()
    alices_api.cookies = alices_browser.cookies
    assert alices_browser.post("/workspaces/switch/", {"workspace": bobs.pk}).status_code == 302
    form = {"name": "page-cpu", "executor": "local", "queue": "cpu"}
    assert alices_browser.post("/compute/", form).status_code == 302
    created = alices_api.post("/api/compute/", {"name": "api-cpu", "queue": "cpu2"}, format="json")
    assert created.status_code == 201, created.content
    targets = compute.ComputeTarget.objects.filter(name__in=["page-cpu", "api-cpu"])
    assert sorted(targets.values_list("workspace", flat=True)) == [bobs.pk, bobs.pk]
    # So does an experiment.
    assert alices_browser.post("/experiments/", {"name": "page-experiment"}).status_code == 302
    made = alices_api.post("/api/experiments/", {"name": "api-experiment"}, format="json")
    assert made.status_code == 201, made.content
    created_in = experiments.Experiment.objects.filter(name__in=["page-experiment", "api-experiment"])
    assert sorted(created_in.values_list("workspace", flat=True)) == [bobs.pk, bobs.pk]


def test_the_pipeline_detail_tells_each_member_their_own_role(people: dict[str, User]) -> None:
    """The canvas opens read-only for a viewer from this field; it follows a role change."""
    alice, bob = people["alice"], people["bob"]
    carol = services.user_create(username="carol", password="carol-password")
    dave = services.user_create(username="dave", password="dave-password")
    workspace = own_workspace(alice)
    Membership.objects.create(workspace=workspace, user=bob, role="viewer")
    Membership.objects.create(workspace=workspace, user=carol, role="editor")
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="shared")
    url = f"/api/pipelines/{pipeline.pk}/"

    seen = {user.username: api_for(user).get(url) for user in (alice, bob, carol)}
    assert {name: response.json()["role"] for name, response in seen.items()} == {
        "alice": "owner",
        "bob": "viewer",
        "carol": "editor",
    }
    # The role is the reader's own, not the pipeline's creator's: the rest is the same for all.
    assert {k: v for k, v in seen["bob"].json().items() if k != "role"} == {
        k: v for k, v in seen["alice"].json().items() if k != "role"
    }
    # A pipeline of one's own workspace says "owner" there, whatever one is elsewhere.
    bobs_own = services.pipeline_create(workspace=own_workspace(bob), user=bob, name="mine")
    assert api_for(bob).get(f"/api/pipelines/{bobs_own.pk}/").json()["role"] == "owner"

    api_for(alice).patch(f"/api/workspaces/{workspace.pk}/members/bob/", {"role": "editor"}, format="json")
    assert api_for(bob).get(url).json()["role"] == "editor"

    # Someone outside the workspace learns neither the pipeline nor a role.
    outsider = api_for(dave).get(url)
    assert outsider.status_code == 404 and "role" not in outsider.json()
