"""Comparing runs reads only the runs of the experiment named, in a workspace of the
reader's: a viewer compares as an owner does; another workspace's experiment is a 404
whatever its id; a run of another experiment, of another workspace or of none is
refused with one answer that says nothing of it (so ids cannot be probed); the page
behaves as the API."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import User
from django.test import Client
from rest_framework.test import APIClient

from designer import services
from designer.models import Membership, Workspace
from runner import services as run_services
from runner.models import PipelineRun
from tests.integration.graphs import chain_graph

# The runs are never committed, so no worker ever takes them: they stay queued.
pytestmark = pytest.mark.integration


@dataclass
class World:
    workspace: Workspace
    owner: User
    viewer: User
    stranger: User
    tuning: list[PipelineRun]  # two runs of the experiment "tuning"
    other: PipelineRun  # a run of the same workspace in another experiment
    strangers_run: PipelineRun  # a run of the stranger's own workspace
    strangers_experiment: int


def api(user: User | None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_login(user)
    return client


def browser(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def world(db: None) -> World:
    services.modules_sync_builtin()
    owner = services.user_create(username="olive", password="olive-password")
    workspace = services.workspace_default(user=owner)
    viewer = User.objects.create_user(username="vera", password="vera-password")
    Membership.objects.create(workspace=workspace, user=viewer, role="viewer")
    pipeline = services.pipeline_create(workspace=workspace, user=owner, name="shared", graph=chain_graph(2))
    tuning = [run_services.run_submit(pipeline=pipeline, user=owner, experiment="tuning") for _ in range(2)]
    other = run_services.run_submit(pipeline=pipeline, user=owner)
    stranger = services.user_create(username="mallory", password="mallory-password")
    own = services.pipeline_create(
        workspace=services.workspace_default(user=stranger), user=stranger, name="mine", graph=chain_graph(2)
    )
    strangers_run = run_services.run_submit(pipeline=own, user=stranger, experiment="mine")
    assert tuning[0].experiment_id == tuning[1].experiment_id != other.experiment_id
    return World(
        workspace,
        owner,
        viewer,
        stranger,
        tuning,
        other,
        strangers_run,
        strangers_run.experiment_id or 0,
    )


def compare_url(experiment_id: int | None, *run_ids: int) -> str:
    return f"/api/experiments/{experiment_id}/compare/?runs={','.join(str(i) for i in run_ids)}"


def test_a_viewer_compares_what_an_owner_compares(world: World) -> None:
    a, b = world.tuning
    url = compare_url(a.experiment_id, a.pk, b.pk)
    seen_by_owner, seen_by_viewer = api(world.owner).get(url), api(world.viewer).get(url)
    assert seen_by_viewer.status_code == seen_by_owner.status_code == 200, seen_by_viewer.content
    assert seen_by_viewer.json() == seen_by_owner.json()
    assert [run["id"] for run in seen_by_viewer.json()["runs"]] == [a.pk, b.pk]
    page = browser(world.viewer).get(f"/experiments/{a.experiment_id}/compare/?runs={a.pk},{b.pk}")
    assert page.status_code == 200 and b'data-page="compare"' in page.content
    # The viewer's experiment page has the check boxes and the button: comparing changes nothing.
    table = browser(world.viewer).get(f"/experiments/{a.experiment_id}/").content
    assert f'data-testid="select-run-{a.pk}"'.encode() in table


def test_another_workspaces_experiment_is_a_404_whatever_runs_are_named(world: World) -> None:
    a, b = world.tuning
    for url in (compare_url(a.experiment_id, a.pk, b.pk), compare_url(a.experiment_id, 1, 2)):
        response = api(world.stranger).get(url)
        assert response.status_code == 404, response.content
        assert response.json()["message"] == "experiment not found"
    assert api(world.stranger).get(compare_url(a.experiment_id + 1000, a.pk, b.pk)).status_code == 404
    assert browser(world.stranger).get(f"/experiments/{a.experiment_id}/compare/?runs={a.pk},{b.pk}").status_code == 404
    assert browser(world.stranger).get(f"/experiments/{a.experiment_id}/compare/?run={a.pk}").status_code == 404


def test_runs_of_another_workspace_named_in_ones_own_experiment_leak_nothing(world: World) -> None:
    """The stranger names the owner's runs in an experiment of their own: the answer is
    the one for an id no run has."""
    a, _ = world.tuning
    missing = PipelineRun.objects.order_by("-pk").values_list("pk", flat=True).first() + 1000  # type: ignore[operator]
    stranger = api(world.stranger)
    foreign = stranger.get(compare_url(world.strangers_experiment, world.strangers_run.pk, a.pk))
    absent = stranger.get(compare_url(world.strangers_experiment, world.strangers_run.pk, missing))
    assert foreign.status_code == absent.status_code == 400
    assert foreign.json()["message"] == f"run {a.pk} is not a run of the experiment 'mine'"
    assert absent.json()["message"] == f"run {missing} is not a run of the experiment 'mine'"
    assert foreign.json()["extra"] == {"field": "runs", "runs": [a.pk]}
    assert b"shared" not in foreign.content and b"tuning" not in foreign.content
    page = browser(world.stranger).get(
        f"/experiments/{world.strangers_experiment}/compare/?runs={world.strangers_run.pk},{a.pk}"
    )
    assert page.status_code == 400 and b"shared" not in page.content


def test_a_run_of_another_experiment_of_the_workspace_is_refused(world: World) -> None:
    a, b = world.tuning
    response = api(world.owner).get(compare_url(a.experiment_id, a.pk, world.other.pk, b.pk))
    assert response.status_code == 400
    assert response.json()["message"] == f"run {world.other.pk} is not a run of the experiment 'tuning'"
    assert "runs" not in response.json() or not response.json().get("runs")


def test_signed_out_callers_and_writes_are_refused(world: World) -> None:
    a, b = world.tuning
    url = compare_url(a.experiment_id, a.pk, b.pk)
    assert api(None).get(url).status_code in (401, 403)
    page = Client().get(f"/experiments/{a.experiment_id}/compare/?runs={a.pk},{b.pk}")
    assert page.status_code == 302 and "/login" in page["Location"]
    # The comparison is a read: no method changes anything.
    for method in ("post", "put", "patch", "delete"):
        assert getattr(api(world.owner), method)(url).status_code == 405
