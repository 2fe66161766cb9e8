"""Workspace roles: viewers read, editors edit and run, owners also manage the
workspace's compute targets; whatever a member's role does not allow is a 403 that
names the role needed, and changes nothing.

Every write operation of the API schema is listed in WRITES with the least role it
needs (or in READS_BY_POST when it changes nothing): a write operation added to the
API without a decision here fails the first test. The users are members of one
workspace and of no other, so nothing can go to a workspace of their own instead.
The websockets have no action that writes (a client may ask for a snapshot, or join and
stay in the list of who has a pipeline open, which viewers may too), so there is
nothing for a role to refuse there; tests/security/test_presence_channel.py covers who
may join at all.
"""

from __future__ import annotations

import io
import itertools
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIClient

from designer import compute, registry, services, snapshots
from designer.graph.pipeline_file import to_yaml
from designer.models import ComputeTarget, Dataset, Membership, Pipeline, Workspace
from runner import endpoints, publishing, schedules
from runner import services as run_services
from runner.artifacts import default_store
from runner.inference import inference_pipeline_create
from runner.models import PipelineEndpoint, PipelineRun, RunStatus, Schedule
from tests.integration.graphs import chain_graph
from tests.integration.trained_runs import completed_training_run

# No worker runs here (the runs are never committed): the compute views need not wait a
# whole second for one to answer.
pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("short_worker_inspection")]

ROLES = ("viewer", "editor", "owner")
RANK = {role: rank for rank, role in enumerate(ROLES)}
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")

MODULE_SPEC = """
slug: shared_total
version: {version}
name: Shared Total
inputs: [{{name: dataset, type: DataFrame}}]
outputs: [{{name: dataset, type: DataFrame}}]
"""
MODULE_SOURCE = "def main(ctx, *, dataset):\n    return {'dataset': dataset}\n"


def source_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        bundle.writestr("train.py", "print('hello')\n")
    return buffer.getvalue()


@dataclass
class Team:
    """One workspace, its owner, an editor and a viewer, and one of everything in it."""

    workspace: Workspace
    users: dict[str, User]
    pipeline: Pipeline
    running_run: PipelineRun
    failed_run: PipelineRun
    target: ComputeTarget
    schedule: Schedule
    endpoint: PipelineEndpoint
    trained_run: PipelineRun
    inference_pipeline: Pipeline

    def api(self, role: str) -> APIClient:
        client = APIClient()
        client.force_login(self.users[role])
        return client

    def browser(self, role: str) -> Client:
        client = Client()
        client.force_login(self.users[role])
        return client


def member(workspace: Workspace, username: str, role: str) -> User:
    """A user whose only workspace is this one."""
    user = User.objects.create_user(username=username, password=f"{username}-password")
    Membership.objects.create(workspace=workspace, user=user, role=role)
    return user


@pytest.fixture
def team(db: None) -> Team:
    # `db`, not `transactional_db`: the test's transaction is never committed, so the
    # runs made here are never sent to a worker that could change them mid-test.
    services.modules_sync_builtin()
    owner = services.user_create(username="olive", password="olive-password")
    workspace = services.workspace_default(user=owner)
    users = {
        "owner": owner,
        "editor": member(workspace, "eddie", "editor"),
        "viewer": member(workspace, "vera", "viewer"),
    }
    pipeline = services.pipeline_create(workspace=workspace, user=owner, name="shared", graph=chain_graph(2))
    running_run = run_services.run_submit(pipeline=pipeline, user=owner)
    failed_run = run_services.run_submit(pipeline=pipeline, user=owner)
    PipelineRun.objects.filter(pk=failed_run.pk).update(status=RunStatus.FAILED, error="a step failed")
    # A dataset as an upload leaves it, without starting the upload reader for every test.
    table = Path(tempfile.mkdtemp(dir=settings.WORK_ROOT))
    pd.DataFrame({"item": ["apple"], "price": [1.5]}).to_parquet(table / "data.parquet")
    services.dataset_version_add(
        workspace=workspace,
        user=owner,
        name="prices",
        digest=default_store().put_directory(table, port_type="DataFrame"),
        row_count=1,
        column_count=2,
        source_name="prices.csv",
    )
    registry.module_publish(
        workspace=workspace,
        user=owner,
        spec=registry.parse_spec_text(MODULE_SPEC.format(version="1.0.0")),
        source=MODULE_SOURCE,
    )
    target = compute.target_create(workspace=workspace, user=owner, fields={"name": "gpu", "queue": "gpu"})
    # Published from a draft of its own: the tests delete `pipeline`.
    published = services.pipeline_create(workspace=workspace, user=owner, name="published", graph=chain_graph(2))
    endpoint = publishing.pipeline_publish(pipeline=published, user=owner, endpoint_name="shared").endpoint
    schedule = schedules.schedule_create(
        endpoint=endpoint, user=owner, fields={"kind": "interval", "interval_seconds": 3600}
    )
    # An endpoint with version 1 live, then 2 promoted (so a rollback has somewhere to
    # go) and 3 deployed but not live (so there is something to promote).
    for number in (1, 2, 3):
        deployment = endpoints.version_deploy(
            workspace_id=workspace.pk,
            name="scores",
            model_digest=f"{number}" * 64,
            transform_digest="",
            task="regression",
            feature_columns=["x"],
            step_id=None,
            user_id=owner.pk,
            make_live=False,
        )
        if number == 2:
            endpoints.endpoint_promote(endpoint=deployment.endpoint, user=owner, version=2)
    nightly = publishing.pipeline_publish(pipeline=published, user=owner, endpoint_name="nightly").endpoint
    trained_run = completed_training_run(workspace=workspace, user=owner)
    inference_pipeline, _ = inference_pipeline_create(run=trained_run, user=owner)
    return Team(
        workspace, users, pipeline, running_run, failed_run, target, schedule, nightly, trained_run, inference_pipeline
    )


@dataclass(frozen=True)
class Write:
    role: str  # the least role allowed to do it
    url: Callable[[Team], str]
    success: int
    body: Callable[[Team], dict[str, Any]] | None = None
    format: str = "json"


WRITES: dict[tuple[str, str], Write] = {
    ("POST", "/api/pipelines/"): Write(
        "editor", lambda t: "/api/pipelines/", 201, lambda t: {"name": "new", "workspace": t.workspace.pk}
    ),
    ("POST", "/api/pipelines/import/"): Write(
        "editor",
        lambda t: "/api/pipelines/import/",
        201,
        lambda t: {
            "file": SimpleUploadedFile("shared.pipeline.yaml", to_yaml("imported", "", chain_graph(2)).encode()),
            "workspace": t.workspace.pk,
        },
        format="multipart",
    ),
    ("PUT", "/api/pipelines/{pipeline_id}/"): Write(
        "editor",
        lambda t: f"/api/pipelines/{t.pipeline.pk}/",
        200,
        lambda t: {"revision": t.pipeline.revision, "name": "renamed"},
    ),
    ("PATCH", "/api/pipelines/{pipeline_id}/"): Write(
        "editor",
        lambda t: f"/api/pipelines/{t.pipeline.pk}/",
        200,
        lambda t: {"revision": t.pipeline.revision, "graph": chain_graph(3)},
    ),
    ("PATCH", "/api/pipelines/{pipeline_id}/nodes/{node_id}/"): Write(
        "editor",
        lambda t: f"/api/pipelines/{t.pipeline.pk}/nodes/n1/",
        200,
        lambda t: {"revision": t.pipeline.revision, "params": {"columns": ["x"]}},
    ),
    ("DELETE", "/api/pipelines/{pipeline_id}/"): Write("editor", lambda t: f"/api/pipelines/{t.pipeline.pk}/", 204),
    ("POST", "/api/pipelines/{pipeline_id}/runs/"): Write(
        "editor", lambda t: f"/api/pipelines/{t.pipeline.pk}/runs/", 201, lambda t: {"force_rerun": True}
    ),
    ("POST", "/api/runs/{run_id}/cancel/"): Write("editor", lambda t: f"/api/runs/{t.running_run.pk}/cancel/", 200),
    ("POST", "/api/runs/{run_id}/resume/"): Write("editor", lambda t: f"/api/runs/{t.failed_run.pk}/resume/", 201),
    ("POST", "/api/runs/{run_id}/clone/"): Write("editor", lambda t: f"/api/runs/{t.failed_run.pk}/clone/", 201),
    ("POST", "/api/runs/{run_id}/inference-pipeline/"): Write(
        "editor", lambda t: f"/api/runs/{t.trained_run.pk}/inference-pipeline/", 201, lambda t: {"kind": "batch"}
    ),
    ("POST", "/api/pipelines/{pipeline_id}/deploy/"): Write(
        "editor",
        lambda t: f"/api/pipelines/{t.inference_pipeline.pk}/deploy/",
        201,
        lambda t: {"endpoint": "shared-scores"},
    ),
    ("POST", "/api/datasets/"): Write(
        "editor",
        lambda t: "/api/datasets/",
        201,
        lambda t: {
            "name": "prices",
            "workspace": t.workspace.pk,
            "file": SimpleUploadedFile("prices.csv", b"item,price\npear,2\nplum,3\n"),
        },
        format="multipart",
    ),
    ("POST", "/api/snapshots/"): Write(
        "editor",
        lambda t: "/api/snapshots/",
        201,
        lambda t: {"workspace": t.workspace.pk, "file": SimpleUploadedFile("src.zip", source_zip())},
        format="multipart",
    ),
    ("POST", "/api/modules/"): Write(
        "editor",
        lambda t: "/api/modules/",
        201,
        lambda t: {"spec": MODULE_SPEC.format(version="2.0.0"), "code": MODULE_SOURCE, "workspace": t.workspace.pk},
    ),
    ("PATCH", "/api/modules/{slug}/versions/{version}/"): Write(
        "editor", lambda t: "/api/modules/shared_total/versions/1.0.0/", 200, lambda t: {"status": "deprecated"}
    ),
    ("POST", "/api/endpoints/{name}/promote/"): Write(
        "editor", lambda t: "/api/endpoints/scores/promote/", 200, lambda t: {"version": 3}
    ),
    ("POST", "/api/endpoints/{name}/rollback/"): Write("editor", lambda t: "/api/endpoints/scores/rollback/", 200),
    ("POST", "/api/compute/"): Write(
        "owner",
        lambda t: "/api/compute/",
        201,
        lambda t: {"name": "cpu", "queue": "cpu", "workspace": t.workspace.pk},
    ),
    ("PATCH", "/api/compute/{target_id}/"): Write(
        "owner", lambda t: f"/api/compute/{t.target.pk}/", 200, lambda t: {"memory_mb": 2048}
    ),
    ("DELETE", "/api/compute/{target_id}/"): Write("owner", lambda t: f"/api/compute/{t.target.pk}/", 204),
    ("POST", "/api/schedules/"): Write(
        "editor",
        lambda t: "/api/schedules/",
        201,
        lambda t: {"endpoint": "shared", "kind": "cron", "cron": "0 6 * * mon-fri", "timezone": "Europe/Paris"},
    ),
    ("PATCH", "/api/schedules/{schedule_id}/"): Write(
        "editor", lambda t: f"/api/schedules/{t.schedule.pk}/", 200, lambda t: {"enabled": False}
    ),
    ("DELETE", "/api/schedules/{schedule_id}/"): Write("editor", lambda t: f"/api/schedules/{t.schedule.pk}/", 204),
    ("POST", "/api/pipelines/{pipeline_id}/publish/"): Write(
        "editor", lambda t: f"/api/pipelines/{t.pipeline.pk}/publish/", 201, lambda t: {"endpoint": "shared"}
    ),
    ("PATCH", "/api/pipeline-endpoints/{name}/"): Write(
        "editor",
        lambda t: f"/api/pipeline-endpoints/{t.endpoint.name}/",
        200,
        lambda t: {"max_concurrent_runs": 2, "description": "nightly retraining"},
    ),
    ("DELETE", "/api/pipeline-endpoints/{name}/"): Write(
        "editor", lambda t: f"/api/pipeline-endpoints/{t.endpoint.name}/", 204
    ),
    ("PATCH", "/api/pipeline-endpoints/{name}/versions/{version}/"): Write(
        "editor", lambda t: f"/api/pipeline-endpoints/{t.endpoint.name}/versions/1/", 200, lambda t: {"enabled": False}
    ),
    ("POST", "/api/experiments/"): Write(
        "editor", lambda t: "/api/experiments/", 201, lambda t: {"name": "tuning", "workspace": t.workspace.pk}
    ),
    ("PATCH", "/api/experiments/{experiment_id}/"): Write(
        "editor",
        lambda t: f"/api/experiments/{t.running_run.experiment_id}/",
        200,
        lambda t: {"name": "renamed", "archived": True},
    ),
    ("POST", "/api/pipeline-endpoints/{name}/runs/"): Write(
        "editor", lambda t: f"/api/pipeline-endpoints/{t.endpoint.name}/runs/", 201, lambda t: {"parameters": {}}
    ),
    ("PATCH", "/api/pipelines/{pipeline_id}/versions/{number}/"): Write(
        "editor", lambda t: f"/api/pipelines/{t.pipeline.pk}/versions/1/", 200, lambda t: {"name": "baseline"}
    ),
    ("POST", "/api/pipelines/{pipeline_id}/versions/{number}/restore/"): Write(
        "editor",
        lambda t: f"/api/pipelines/{t.pipeline.pk}/versions/1/restore/",
        200,
        lambda t: {"revision": t.pipeline.revision},
    ),
    ("POST", "/api/workspaces/{workspace_id}/members/"): Write(
        "owner",
        lambda t: f"/api/workspaces/{t.workspace.pk}/members/",
        201,
        lambda t: {"username": outsider().username, "role": "viewer"},
    ),
    ("PATCH", "/api/workspaces/{workspace_id}/members/{username}/"): Write(
        "owner", lambda t: f"/api/workspaces/{t.workspace.pk}/members/vera/", 200, lambda t: {"role": "editor"}
    ),
    ("DELETE", "/api/workspaces/{workspace_id}/members/{username}/"): Write(
        "owner", lambda t: f"/api/workspaces/{t.workspace.pk}/members/vera/", 204
    ),
}


def outsider() -> User:
    """A user of the server who is in no workspace of the team's, to invite."""
    return User.objects.get_or_create(username="oscar")[0]


# Operations that are POSTs but change nothing: every member may use them.
READS_BY_POST = {
    ("POST", "/api/pipelines/{pipeline_id}/validate/"): "checks the stored or a sent graph, stores nothing",
    ("POST", "/api/pipelines/{pipeline_id}/schema/"): "computes a posted graph's columns and stores nothing",
    ("POST", "/api/endpoints/{name}/score/"): "scores rows with a deployed model and stores nothing",
}


def database_state() -> dict[str, list[dict[str, Any]]]:
    """Every row of the application's tables: what a refused request must leave alone."""
    models = [*apps.get_app_config("designer").get_models(), *apps.get_app_config("runner").get_models()]
    return {model._meta.label: list(model.objects.order_by("pk").values()) for model in models}


def stored_artifacts() -> set[str]:
    return {p.name for p in Path(settings.ARTIFACT_ROOT).glob("sha256/*/*")}


def call(team: Team, role: str, method: str, write: Write) -> Any:
    team.pipeline.refresh_from_db()
    body = write.body(team) if write.body else None
    return getattr(team.api(role), method.lower())(write.url(team), body, format=write.format)


def schema_operations() -> dict[tuple[str, str], dict[str, Any]]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    return {
        (method.upper(), path): operation
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
    }


def test_every_write_operation_of_the_api_has_a_role() -> None:
    writes = {key for key in schema_operations() if key[0] in WRITE_METHODS}
    undecided = writes - set(WRITES) - set(READS_BY_POST)
    assert not undecided, f"write operations with no role decided in WRITES or READS_BY_POST: {sorted(undecided)}"
    gone = (set(WRITES) | set(READS_BY_POST)) - writes
    assert not gone, f"listed here but not in the API any more: {sorted(gone)}"


def test_every_write_operation_documents_its_403() -> None:
    operations = schema_operations()
    for key in WRITES:
        assert "403" in operations[key]["responses"], key


REFUSED = [(key, role) for key, role in itertools.product(WRITES, ROLES) if RANK[role] < RANK[WRITES[key].role]]
ALLOWED = [(key, role) for key, role in itertools.product(WRITES, ROLES) if RANK[role] >= RANK[WRITES[key].role]]


def case_id(case: tuple[tuple[str, str], str]) -> str:
    (method, path), role = case
    return f"{role} {method} {path}"


@pytest.mark.parametrize("case", REFUSED, ids=[case_id(c) for c in REFUSED])
def test_a_role_below_the_one_needed_gets_403_naming_it_and_changes_nothing(
    team: Team, case: tuple[tuple[str, str], str]
) -> None:
    key, role = case
    write = WRITES[key]
    before, artifacts_before = database_state(), stored_artifacts()
    response = call(team, role, key[0], write)
    assert response.status_code == 403, response.content
    body = response.json()
    assert set(body) == {"message", "extra"}
    assert body["message"].startswith(f"{role}s cannot "), body
    assert f'ask an owner of the workspace "{team.workspace.name}" for the {write.role} role' in body["message"]
    assert body["extra"] == {"role": role, "required_role": write.role, "workspace": team.workspace.pk}
    assert database_state() == before
    assert stored_artifacts() == artifacts_before


@pytest.mark.parametrize("case", ALLOWED, ids=[case_id(c) for c in ALLOWED])
def test_a_role_at_or_above_the_one_needed_may_do_it(team: Team, case: tuple[tuple[str, str], str]) -> None:
    key, role = case
    write = WRITES[key]
    before = database_state()
    response = call(team, role, key[0], write)
    assert response.status_code == write.success, response.content
    assert database_state() != before


def test_a_viewer_reads_everything_an_owner_reads(team: Team, redis_service: str) -> None:
    source, _ = snapshots.snapshot_upload(
        workspace=team.workspace, user=team.users["owner"], upload=SimpleUploadedFile("src.zip", source_zip())
    )
    known = {
        "pipeline_id": team.pipeline.pk,
        "run_id": team.failed_run.pk,
        "node_id": "n0",
        "port": "dataset",
        "name": "chart.png",
        "slug": "shared_total",
        "target_id": team.target.pk,
        "schedule_id": team.schedule.pk,
        "dataset_id": Dataset.objects.get(workspace=team.workspace, name="prices").pk,
        "digest": source.digest,
        "number": 1,
        "workspace_id": team.workspace.pk,
        "experiment_id": team.failed_run.experiment_id,
    }
    # Reads that name what they read in the query: the diffs of two versions, two runs,
    # and the comparison of two runs of one experiment.
    queries = {
        "/api/pipelines/{pipeline_id}/versions/diff/": "?from=1&to=1",
        "/api/runs/diff/": f"?a={team.failed_run.pk}&b={team.trained_run.pk}",
        "/api/experiments/{experiment_id}/compare/": f"?runs={team.failed_run.pk},{team.running_run.pk}",
    }
    reads = [path for (method, path) in schema_operations() if method == "GET"]
    reads += [path.replace("{name}", "scores") for path in reads if path.startswith("/api/endpoints/{name}/")]
    viewer, owner = team.api("viewer"), team.api("owner")
    for path in reads:
        names = {"name": team.endpoint.name, "version": 1} if path.startswith("/api/pipeline-endpoints/") else {}
        if path.startswith("/api/datasets/{dataset_id}/versions/"):
            names = {"version": 1}
        url = path.format(**{**known, **names}) + queries.get(path, "")
        seen_by_owner = owner.get(url)
        seen_by_viewer = viewer.get(url)
        assert seen_by_viewer.status_code == seen_by_owner.status_code, (url, seen_by_viewer.content)
        assert seen_by_viewer.status_code != 403, url
        if path in queries:
            assert seen_by_viewer.json() == seen_by_owner.json(), url
            assert seen_by_viewer.status_code == 200, (url, seen_by_viewer.content)
    validated = viewer.post(f"/api/pipelines/{team.pipeline.pk}/validate/")
    assert validated.status_code == 200, validated.content
    # A viewer's canvas checks a graph it cannot save: the check stores nothing.
    before = team.pipeline.graph
    sent = viewer.post(f"/api/pipelines/{team.pipeline.pk}/validate/", {"graph": before}, format="json")
    assert sent.status_code == 200, sent.content
    team.pipeline.refresh_from_db()
    assert team.pipeline.graph == before
    columns = viewer.post(f"/api/pipelines/{team.pipeline.pk}/schema/", {"graph": team.pipeline.graph}, format="json")
    assert columns.status_code == 200, columns.content
    assert team.browser("viewer").get(f"/pipelines/{team.pipeline.pk}/").status_code == 200
    assert team.browser("viewer").get(f"/runs/{team.failed_run.pk}/").status_code == 200
    assert team.browser("viewer").get(f"/experiments/{team.failed_run.experiment_id}/").status_code == 200


# --------------------------------------------------------------------------- pages


def test_a_viewer_cannot_create_duplicate_or_delete_on_the_home_page(team: Team) -> None:
    browser = team.browser("viewer")
    before = database_state()
    for url, form in (
        ("/pipelines/new/", {"name": "mine", "sample": ""}),
        (f"/pipelines/{team.pipeline.pk}/duplicate/", {}),
        (f"/pipelines/{team.pipeline.pk}/delete/", {}),
        ("/experiments/", {"name": "mine"}),
        (f"/experiments/{team.failed_run.experiment_id}/", {"name": "mine"}),
        (f"/experiments/{team.failed_run.experiment_id}/", {"archived": "1"}),
    ):
        response = browser.post(url, form)
        assert response.status_code == 403, (url, response.status_code)
        assert "ask an owner of the workspace" in response.content.decode(), url
    assert database_state() == before


def test_an_editor_creates_duplicates_and_deletes_on_the_home_page(team: Team) -> None:
    browser = team.browser("editor")
    assert browser.post("/pipelines/new/", {"name": "mine", "sample": ""}).status_code == 302
    assert browser.post(f"/pipelines/{team.pipeline.pk}/duplicate/").status_code == 302
    assert browser.post(f"/pipelines/{team.pipeline.pk}/delete/").status_code == 302
    names = set(Pipeline.objects.filter(workspace=team.workspace).values_list("name", flat=True))
    assert names - {team.trained_run.pipeline.name, team.inference_pipeline.name} == {
        "mine",
        "shared (copy)",
        "published",
    }


def test_a_viewer_cannot_publish_a_module_on_the_modules_page(team: Team) -> None:
    before = database_state()
    response = team.browser("viewer").post(
        "/modules/", {"spec": MODULE_SPEC.format(version="3.0.0"), "source": MODULE_SOURCE}
    )
    assert response.status_code == 403
    assert "viewers cannot publish modules" in response.content.decode()
    assert database_state() == before


def test_a_viewer_sees_the_endpoint_page_without_forms_and_cannot_promote_or_roll_back(team: Team) -> None:
    viewer = team.browser("viewer")
    page = viewer.get("/endpoints/scores/")
    assert page.status_code == 200
    assert b'data-testid="live-version">2<' in page.content
    assert b"promote-3" not in page.content and b"rollback-button" not in page.content
    before = database_state()
    for form in ({"promote": "3"}, {"rollback": "1"}):
        response = viewer.post("/endpoints/scores/", form)
        assert response.status_code == 403
        assert "viewers cannot" in response.content.decode() and "for the editor role" in response.content.decode()
    assert database_state() == before

    editor = team.browser("editor")
    assert b"promote-3" in editor.get("/endpoints/scores/").content
    assert editor.post("/endpoints/scores/", {"promote": "3"}).status_code == 302
    assert b'data-testid="live-version">3<' in editor.get("/endpoints/scores/").content


def test_a_viewer_cannot_change_versions_or_schedules_on_the_pipeline_endpoint_page(team: Team) -> None:
    viewer = team.browser("viewer")
    page = viewer.get("/pipeline-endpoints/shared/")
    assert page.status_code == 200
    assert b'data-testid="schedule-form"' not in page.content and b"schedule-disable-" not in page.content
    before = database_state()
    forms = (
        {"action": "schedule-add", "kind": "interval", "interval_seconds": "60"},
        {"action": f"schedule-disable:{team.schedule.pk}"},
        {"action": f"schedule-delete:{team.schedule.pk}"},
        {"action": "disable:1"},
    )
    for form in forms:
        response = viewer.post("/pipeline-endpoints/shared/", form)
        assert response.status_code == 403, form
        assert "viewers cannot" in response.content.decode()
    assert database_state() == before

    editor = team.browser("editor")
    assert b'data-testid="schedule-form"' in editor.get("/pipeline-endpoints/shared/").content
    disable = {"action": f"schedule-disable:{team.schedule.pk}"}
    assert editor.post("/pipeline-endpoints/shared/", disable).status_code == 302
    team.schedule.refresh_from_db()
    assert not team.schedule.enabled


@pytest.mark.parametrize("role", ["viewer", "editor"])
def test_only_an_owner_adds_or_removes_compute_targets_on_the_compute_page(team: Team, role: str) -> None:
    before = database_state()
    browser = team.browser(role)
    added = browser.post("/compute/", {"name": "cpu", "executor": "local", "queue": "cpu"})
    removed = browser.post("/compute/", {"delete": str(team.target.pk)})
    for response in (added, removed):
        assert response.status_code == 403
        assert f"{role}s cannot" in response.content.decode()
        assert "for the owner role" in response.content.decode()
    assert database_state() == before
    owner = team.browser("owner")
    assert owner.post("/compute/", {"name": "cpu", "executor": "local", "queue": "cpu"}).status_code == 302
    assert owner.post("/compute/", {"delete": str(team.target.pk)}).status_code == 302
    assert set(ComputeTarget.objects.values_list("name", flat=True)) == {"cpu"}


# --------------------------------------------------------------------------- defaults


def test_new_objects_without_a_workspace_go_where_the_user_may_write(team: Team) -> None:
    """A viewer of the team who owns a workspace of their own creates there, from the
    home page and the API, rather than being refused in the team's older workspace."""
    bob = services.user_create(username="bob", password="bob-password")
    own = Workspace.objects.get(memberships__user=bob)
    Membership.objects.create(workspace=team.workspace, user=bob, role="viewer")
    assert team.workspace.pk < own.pk

    browser = Client()
    browser.force_login(bob)
    assert browser.post("/pipelines/new/", {"name": "from the page", "sample": ""}).status_code == 302
    api = APIClient()
    api.force_login(bob)
    response = api.post("/api/pipelines/", {"name": "from the api"}, format="json")
    assert response.status_code == 201, response.content
    assert set(Pipeline.objects.filter(workspace=own).values_list("name", flat=True)) == {
        "from the page",
        "from the api",
    }


def test_the_pipeline_detail_names_the_readers_own_role(team: Team) -> None:
    """The canvas opens read-only from it: each member learns their own role, never another's."""
    url = f"/api/pipelines/{team.pipeline.pk}/"
    assert {role: team.api(role).get(url).json()["role"] for role in ROLES} == {role: role for role in ROLES}
