"""The Endpoints pages: the list of pipeline and real-time endpoints, and a page for
each, to members of the endpoint's workspace only."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from designer import services
from runner import endpoints, publishing
from runner.models import (
    EndpointRequest,
    PipelineEndpoint,
    PipelineRun,
    RunStatus,
    RunTrigger,
    Schedule,
    ScheduleKind,
)
from tests.integration.graphs import chain_graph

pytestmark = pytest.mark.integration


def browser(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def alices_endpoints(alice: Any, modules: None) -> PipelineEndpoint:
    """A real-time endpoint with two versions and some requests, and a pipeline endpoint
    with two published versions, a run started by a schedule and the schedule."""
    workspace = services.workspace_default(user=alice)
    for number in (1, 2):
        deployment = endpoints.version_deploy(
            workspace_id=workspace.pk,
            name="prices",
            model_digest=f"{number}" * 64,
            transform_digest="",
            task="regression",
            feature_columns=["size", "rooms"],
            step_id=None,
            user_id=alice.pk,
            make_live=False,
        )
    EndpointRequest.objects.bulk_create(
        [
            EndpointRequest(endpoint=deployment.endpoint, version=1, status_code=200, duration_ms=ms, rows=1)
            for ms in (4.0, 6.0, 8.0)
        ]
        + [EndpointRequest(endpoint=deployment.endpoint, version=1, status_code=502, duration_ms=30.0, error="broke")]
    )
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="retrain", graph=chain_graph(2))
    first = publishing.pipeline_publish(pipeline=pipeline, user=alice, endpoint_name="retrain", description="first")
    publishing.pipeline_publish(
        pipeline=pipeline, user=alice, endpoint_name="retrain", description="second", make_default=False
    )
    schedule = Schedule.objects.create(
        workspace=workspace,
        endpoint=first.endpoint,
        name="nightly",
        kind=ScheduleKind.INTERVAL,
        interval_seconds=3600,
        created_by=alice,
    )
    PipelineRun.objects.create(
        workspace=workspace,
        pipeline=pipeline,
        number=1,
        status=RunStatus.COMPLETED,
        snapshot={"graph": pipeline.graph, "plan": {}},
        pipeline_revision=pipeline.revision,
        created_by=alice,
        trigger=RunTrigger.SCHEDULE,
        published_version=first,
        schedule=schedule,
    )
    return first.endpoint


def test_the_endpoints_page_lists_both_kinds_with_their_numbers(alices_endpoints: Any, alice: Any) -> None:
    page = browser(alice).get("/endpoints/")
    assert page.status_code == 200
    text = page.content.decode()
    assert 'href="/pipeline-endpoints/retrain/"' in text and 'href="/endpoints/prices/"' in text
    realtime = text[text.index('data-testid="endpoint-prices"') :]
    assert 'data-testid="endpoint-prices-live">1<' in realtime
    # 4 requests, one an error; p50 6 ms and p95 30 ms (nearest rank)
    cells = [cell.split("<")[0] for cell in realtime.split("<td>")[1:8]]
    assert cells[1:6] == ["2", "4", "6.0 ms", "30.0 ms", "1"], cells
    pipeline = text[text.index('data-testid="pipeline-endpoint-retrain"') :]
    assert "completed</a> · schedule" in pipeline
    assert 'href="/endpoints/"' in text  # the top bar


def test_the_realtime_endpoint_page_shows_versions_stats_log_and_a_curl_example(
    alices_endpoints: Any, alice: Any
) -> None:
    text = browser(alice).get("/endpoints/prices/").content.decode()
    assert 'data-testid="live-version">1<' in text
    assert 'data-testid="promote-2"' in text and 'data-testid="promote-1"' not in text
    assert 'data-testid="stat-requests">4<' in text and 'data-testid="stat-errors">1 (1 server)<' in text
    assert "Authorization: Token &lt;your-token&gt;" in text
    assert "http://testserver/api/endpoints/prices/score/" in text
    assert "broke" in text  # the request log


def test_the_pipeline_endpoint_page_manages_versions_and_shows_runs_and_schedules(
    alices_endpoints: Any, alice: Any
) -> None:
    client = browser(alice)
    text = client.get("/pipeline-endpoints/retrain/").content.decode()
    assert 'data-testid="default-version">1<' in text
    assert "http://testserver/api/pipeline-endpoints/retrain/runs/" in text and "Idempotency-Key" in text
    assert 'data-testid="schedule-nightly"' in text and "every 3600 s" in text
    assert "schedule (nightly)" in text  # the run and what started it

    assert client.post("/pipeline-endpoints/retrain/", {"action": "default:2"}).status_code == 302
    alices_endpoints.refresh_from_db()
    assert alices_endpoints.default_version == 2
    assert client.post("/pipeline-endpoints/retrain/", {"action": "disable:1"}).status_code == 302
    assert not alices_endpoints.versions.get(version=1).enabled
    refused = client.post("/pipeline-endpoints/retrain/", {"action": "default:1"})
    assert refused.status_code == 409 and "disabled" in refused.content.decode()
    assert client.post("/pipeline-endpoints/retrain/", {"action": "enable:1"}).status_code == 302
    assert alices_endpoints.versions.get(version=1).enabled


def test_schedules_are_added_disabled_and_deleted_on_the_pipeline_endpoint_page(
    alices_endpoints: Any, alice: Any
) -> None:
    client = browser(alice)
    form = {"action": "schedule-add", "name": "every-minute", "kind": "interval", "interval_seconds": "60"}
    assert client.post("/pipeline-endpoints/retrain/", form).status_code == 302
    added = Schedule.objects.get(name="every-minute")
    assert added.enabled and added.interval_seconds == 60 and added.periodic_task is not None
    text = client.get("/pipeline-endpoints/retrain/").content.decode()
    assert 'data-testid="schedule-every-minute"' in text and "every 60 s" in text
    assert text.count("<br>", text.index('data-testid="schedule-next-every-minute"')) >= 2  # next fire times

    bad = {"action": "schedule-add", "name": "broken", "kind": "cron", "cron": "61 * * * *", "timezone": "Mars/Base"}
    refused = client.post("/pipeline-endpoints/retrain/", bad)
    assert refused.status_code == 400
    assert "Mars/Base" in refused.content.decode() and not Schedule.objects.filter(name="broken").exists()
    assert 'value="61 * * * *"' in refused.content.decode()  # what was typed stays in the form

    disable = {"action": f"schedule-disable:{added.pk}"}
    assert client.post("/pipeline-endpoints/retrain/", disable).status_code == 302
    added.refresh_from_db()
    assert not added.enabled and not added.periodic_task.enabled
    assert client.post("/pipeline-endpoints/retrain/", {"action": f"schedule-delete:{added.pk}"}).status_code == 302
    assert not Schedule.objects.filter(name="every-minute").exists()


def test_endpoint_pages_of_another_workspace_are_not_found(alices_endpoints: Any, bob: Any) -> None:
    client = browser(bob)
    assert client.get("/endpoints/prices/").status_code == 404
    assert client.get("/pipeline-endpoints/retrain/").status_code == 404
    assert client.post("/endpoints/prices/", {"promote": "2"}).status_code == 404
    assert client.post("/pipeline-endpoints/retrain/", {"action": "default:2"}).status_code == 404
    listing = client.get("/endpoints/").content.decode()
    assert "prices" not in listing and "retrain" not in listing
