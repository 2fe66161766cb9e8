"""Pipeline history: every save path keeps a version, any version reads back exactly,
names are unique per pipeline, and restoring is an ordinary save with the revision
check. Who may do what is in tests/security/test_roles.py and
tests/integration/test_access.py."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIClient

from designer import services, versions
from designer.graph import compaction
from designer.models import Pipeline, PipelineVersion
from runner import services as run_services
from runner.models import PipelineRun, RunStatus
from tests.integration.graphs import chain_graph

pytestmark = pytest.mark.integration


@pytest.fixture
def alice(db: None) -> Any:
    services.modules_sync_builtin()
    return services.user_create(username="alice", password="alice-password")


@pytest.fixture
def api(alice: Any) -> APIClient:
    client = APIClient()
    client.force_login(alice)
    return client


def history(api: APIClient, pipeline_id: int) -> list[dict[str, Any]]:
    response = api.get(f"/api/pipelines/{pipeline_id}/versions/")
    assert response.status_code == 200, response.content
    return list(response.json()["results"])


def test_every_save_path_keeps_a_version_that_reads_back_exactly(api: APIClient, alice: Any) -> None:
    created = api.post("/api/pipelines/", {"name": "p", "graph": chain_graph(2)}, format="json").json()
    pid = created["id"]
    saved = {1: created["graph"]}
    bigger = chain_graph(3)
    put = api.put(f"/api/pipelines/{pid}/", {"revision": 1, "graph": bigger, "message": "a third step"}, format="json")
    saved[2] = put.json()["graph"]
    node = api.patch(f"/api/pipelines/{pid}/nodes/n1/", {"revision": 2, "label": "Keep"}, format="json")
    assert node.status_code == 200, node.content
    saved[3] = node.json()["graph"]
    renamed = api.patch(f"/api/pipelines/{pid}/", {"revision": 3, "name": "renamed"}, format="json")
    saved[4] = renamed.json()["graph"]  # the same graph: a save all the same

    rows = history(api, pid)
    assert [r["number"] for r in rows] == [4, 3, 2, 1]
    assert {r["created_by"] for r in rows} == {"alice"}
    assert [r["current"] for r in rows] == [True, False, False, False]
    assert rows[2]["message"] == "a third step" and rows[3]["message"] == "created"
    for number, graph in saved.items():
        version = api.get(f"/api/pipelines/{pid}/versions/{number}/").json()
        assert version["graph"] == graph, number
    assert saved[3]["nodes"][1]["label"] == "Keep" and saved[2]["nodes"][1]["label"] == "n1"
    # Stored compactly: a small edit is a delta of a few dozen bytes (adding a step to
    # a two-step graph rewrites half of it, so version 2 may be a snapshot of its own).
    stored = {v.number: (v.kind, len(v.data)) for v in PipelineVersion.objects.filter(pipeline_id=pid)}
    assert stored[1][0] == "snapshot" and stored[3][0] == stored[4][0] == "delta"
    assert stored[3][1] < 100 and stored[4][1] < 20

    # Duplicating (home page), cloning a run and creating from a sample start histories of their own.
    browser = Client()
    browser.force_login(alice)
    assert browser.post(f"/pipelines/{pid}/duplicate/").status_code == 302
    copy = Pipeline.objects.get(name="renamed (copy)")
    assert [(v.number, v.message) for v in versions.version_list(pipeline=copy)] == [
        (1, "copied from 'renamed' version 4")
    ]
    assert versions.version_graph(copy.versions.get()) == saved[4]
    pipeline = Pipeline.objects.get(pk=pid)
    run = PipelineRun.objects.create(
        workspace=pipeline.workspace,
        pipeline=pipeline,
        number=1,
        status=RunStatus.COMPLETED,
        snapshot={"graph": saved[2], "plan": {}},
        pipeline_revision=2,
        created_by=alice,
    )
    clone = run_services.run_clone(run=run, user=alice)
    assert versions.version_graph(versions.version_get(pipeline=clone, number=1))["nodes"] == saved[2]["nodes"]
    browser.post("/pipelines/new/", {"sample": "iris-quickstart"})
    assert PipelineVersion.objects.filter(pipeline__name="Iris quickstart", number=1).exists()


def test_restore_is_a_save_with_the_revision_check_that_says_what_it_restored(api: APIClient) -> None:
    pid = api.post("/api/pipelines/", {"name": "p", "graph": chain_graph(2)}, format="json").json()["id"]
    first = api.get(f"/api/pipelines/{pid}/").json()["graph"]
    api.put(f"/api/pipelines/{pid}/", {"revision": 1, "graph": chain_graph(4)}, format="json")

    stale = api.post(f"/api/pipelines/{pid}/versions/1/restore/", {"revision": 1}, format="json")
    assert stale.status_code == 409, stale.content
    assert stale.json()["extra"] == {"revision": 2, "your_revision": 1}
    assert [r["number"] for r in history(api, pid)] == [2, 1]

    api.patch(f"/api/pipelines/{pid}/versions/1/", {"name": "baseline"}, format="json")
    restored = api.post(f"/api/pipelines/{pid}/versions/1/restore/", {"revision": 2}, format="json")
    assert restored.status_code == 200, restored.content
    assert restored.json()["revision"] == 3 and restored.json()["graph"] == first
    newest = history(api, pid)[0]
    assert (newest["number"], newest["restored_from"], newest["current"]) == (3, 1, True)
    assert newest["message"] == 'restored from version 1 "baseline"'
    # Nothing is lost: the version it replaced is still there.
    assert len(api.get(f"/api/pipelines/{pid}/versions/2/").json()["graph"]["nodes"]) == 4
    missing = api.post(f"/api/pipelines/{pid}/versions/9/restore/", {"revision": 3}, format="json")
    assert missing.status_code == 404 and missing.json()["message"] == f"pipeline {pid} has no version 9"


def test_names_are_unique_per_pipeline_and_can_be_changed_or_removed(api: APIClient) -> None:
    pid = api.post("/api/pipelines/", {"name": "p"}, format="json").json()["id"]
    other = api.post("/api/pipelines/", {"name": "q"}, format="json").json()["id"]
    api.patch(f"/api/pipelines/{pid}/", {"revision": 1, "description": "d"}, format="json")

    assert api.patch(f"/api/pipelines/{pid}/versions/1/", {"name": " baseline "}, format="json").json()["name"] == (
        "baseline"
    )
    taken = api.patch(f"/api/pipelines/{pid}/versions/2/", {"name": "baseline"}, format="json")
    assert taken.status_code == 409
    assert taken.json()["message"].startswith("version 1 of this pipeline is already named 'baseline'")
    # Another pipeline's versions have names of their own.
    assert api.patch(f"/api/pipelines/{other}/versions/1/", {"name": "baseline"}, format="json").status_code == 200
    assert api.patch(f"/api/pipelines/{pid}/versions/2/", {"name": "v2"}, format="json").status_code == 200
    assert api.patch(f"/api/pipelines/{pid}/versions/1/", {"name": ""}, format="json").json()["name"] == ""
    assert [r["name"] for r in history(api, pid)] == ["v2", ""]
    too_long = api.patch(f"/api/pipelines/{pid}/versions/1/", {"name": "x" * 101}, format="json")
    assert too_long.status_code == 400
    # Naming is not a save of the pipeline.
    assert api.get(f"/api/pipelines/{pid}/").json()["revision"] == 2


def test_a_save_whose_version_cannot_be_kept_is_not_saved(alice: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = services.pipeline_create(
        workspace=services.workspace_default(user=alice), user=alice, name="p", graph=chain_graph(2)
    )

    def full_disk(**_: Any) -> None:
        raise OSError("no space left on device")

    monkeypatch.setattr(versions, "version_record", full_disk)
    with pytest.raises(OSError):
        services.pipeline_update(pipeline=pipeline, user=alice, revision=1, fields={"graph": chain_graph(3)})
    stored = Pipeline.objects.get(pk=pipeline.pk)
    assert (stored.revision, len(stored.graph["nodes"])) == (1, 2)


def test_a_long_history_reads_back_and_goes_with_its_pipeline(alice: Any) -> None:
    pipeline = services.pipeline_create(
        workspace=services.workspace_default(user=alice), user=alice, name="p", graph=chain_graph(2)
    )
    graphs = {1: pipeline.graph}
    for revision in range(1, compaction.SNAPSHOT_EVERY + 5):
        graph = chain_graph(2)
        graph["nodes"][1]["position"] = {"x": revision, "y": 0}
        pipeline = services.pipeline_update(pipeline=pipeline, user=alice, revision=revision, fields={"graph": graph})
        graphs[pipeline.revision] = pipeline.graph
    kinds = dict(pipeline.versions.values_list("number", "kind"))
    assert kinds[1] == kinds[compaction.SNAPSHOT_EVERY + 1] == compaction.SNAPSHOT
    assert sum(kind == compaction.SNAPSHOT for kind in kinds.values()) == 2
    for version in versions.version_list(pipeline=pipeline):
        assert versions.version_graph(PipelineVersion.objects.get(pk=version.pk)) == graphs[version.number]
    services.pipeline_delete(pipeline=pipeline, user=alice)
    assert not PipelineVersion.objects.filter(pipeline_id=pipeline.pk).exists()
