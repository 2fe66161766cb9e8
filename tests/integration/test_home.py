"""The pipelines home page: list, create (blank or from a sample), duplicate and delete,
each a CSRF-protected form, and nobody touches another workspace's pipelines."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from designer import services
from designer.models import Pipeline
from designer.samples import SAMPLES_BY_KEY

pytestmark = pytest.mark.integration


def client_for(user: Any, *, csrf: bool = False) -> Client:
    client = Client(enforce_csrf_checks=csrf)
    client.force_login(user)
    return client


def pipeline_of(user: Any, name: str = "mine") -> Pipeline:
    return services.pipeline_create(workspace=services.workspace_default(user=user), user=user, name=name)


def test_it_lists_only_the_users_pipelines_with_their_actions(alice: Any, bob: Any) -> None:
    pipeline_of(alice, "alice's pipeline")
    pipeline_of(bob, "bob's pipeline")
    response = client_for(alice).get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "alice&#x27;s pipeline" in body
    assert "bob&#x27;s pipeline" not in body
    assert 'data-testid="pipeline-duplicate"' in body
    assert 'data-testid="pipeline-delete"' in body
    assert '<th scope="col">Actions</th>' in body
    assert "Sample: Iris quickstart" in body


def test_it_creates_a_blank_pipeline_and_opens_it(alice: Any) -> None:
    response = client_for(alice).post("/pipelines/new/", {"name": "  Churn  ", "sample": ""})
    pipeline = Pipeline.objects.get(name="Churn")
    assert response.status_code == 302
    assert response["Location"] == f"/pipelines/{pipeline.pk}/"
    assert pipeline.graph["nodes"] == []
    assert pipeline.workspace == services.workspace_default(user=alice)


def test_it_creates_a_pipeline_from_a_sample(alice: Any) -> None:
    key, sample = next(iter(SAMPLES_BY_KEY.items()))
    client_for(alice).post("/pipelines/new/", {"name": "", "sample": key})
    pipeline = Pipeline.objects.get(name=sample["name"])
    assert [n["id"] for n in pipeline.graph["nodes"]] == [n["id"] for n in sample["graph"]["nodes"]]
    assert pipeline.description == sample["description"]


def test_it_duplicates_a_pipeline_into_the_same_workspace(alice: Any) -> None:
    original = pipeline_of(alice, "original")
    response = client_for(alice).post(f"/pipelines/{original.pk}/duplicate/")
    assert response.status_code == 302
    copy = Pipeline.objects.get(name="original (copy)")
    assert copy.pk != original.pk
    assert copy.workspace_id == original.workspace_id
    assert copy.graph == original.graph


def test_it_deletes_a_pipeline(alice: Any) -> None:
    doomed = pipeline_of(alice)
    response = client_for(alice).post(f"/pipelines/{doomed.pk}/delete/")
    assert response.status_code == 302
    assert not Pipeline.objects.filter(pk=doomed.pk).exists()


def test_charlie_should_have_no_access_to_alices_pipelines(alice: Any, bob: Any) -> None:
    """bob plays charlie here: a signed-in user from another workspace."""
    theirs = pipeline_of(alice)
    intruder = client_for(bob)
    assert intruder.get(f"/pipelines/{theirs.pk}/").status_code == 404
    assert intruder.post(f"/pipelines/{theirs.pk}/duplicate/").status_code == 404
    assert intruder.post(f"/pipelines/{theirs.pk}/delete/").status_code == 404
    assert Pipeline.objects.filter(workspace=theirs.workspace).count() == 1


def test_it_refuses_gets_missing_csrf_and_anonymous_users(alice: Any) -> None:
    pipeline = pipeline_of(alice)
    assert client_for(alice).get(f"/pipelines/{pipeline.pk}/delete/").status_code == 405
    assert client_for(alice, csrf=True).post(f"/pipelines/{pipeline.pk}/delete/").status_code == 403
    assert client_for(alice, csrf=True).post("/pipelines/new/", {"name": "x"}).status_code == 403
    anonymous = Client().post("/pipelines/new/", {"name": "x"})
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/login/")
    assert Pipeline.objects.count() == 1
