"""Schedules and data triggers of a pipeline endpoint, through the API, a real Celery beat
with django-celery-beat's database scheduler and the live worker: interval schedules
fire runs marked as scheduled, a disabled one stops, a schedule never overlaps its
previous run unless told to, after beat was down a missed schedule fires once, and a new
dataset version (uploaded, or written by export_data) starts a run that reads it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_celery_beat.models import PeriodicTask
from rest_framework.test import APIClient

from designer.models import Membership
from runner import schedules
from runner import services as run_services
from runner.models import RUN_FINISHED, PipelineEndpoint, PipelineRun, RunStatus, RunTrigger, Schedule
from runner.publishing import pipeline_publish
from tests.conftest import Beat
from tests.integration.graphs import CSV, edge, node, script
from tests.integration.helpers import make_pipeline, submit, wait_for_run

pytestmark = pytest.mark.integration


# --------------------------------------------------------------------------- helpers


def keep_graph() -> dict[str, Any]:
    """enter_data -> select_columns, the columns bound to the parameter "keep"."""
    return {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": CSV}),
            node("pick", "select_columns", {"columns": {"$param": "keep"}}, x=200),
        ],
        "edges": [edge("data", "dataset", "pick", "dataset")],
        "parameters": [{"name": "keep", "type": "columns", "default": ["x", "label"]}],
    }


def sleep_graph(seconds: float) -> dict[str, Any]:
    """enter_data -> a script that sleeps; `tag` makes each run a cache miss."""
    return {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": CSV}),
            node(
                "nap",
                "execute_python_script",
                {"script": script(f"import time\ntime.sleep({seconds})\nreturn dataframe1, dataframe2")},
                x=200,
            ),
        ],
        "edges": [edge("data", "dataset", "nap", "dataframe1")],
        "parameters": [],
    }


def import_graph() -> dict[str, Any]:
    """import_data of the dataset "prices" at the version the parameter "dv" names."""
    return {
        "schema": 1,
        "nodes": [node("read", "import_data", {"dataset": "prices", "version": {"$param": "dv"}})],
        "edges": [],
        "parameters": [{"name": "dv", "type": "int", "default": 0}],
    }


def publish(user: Any, graph: dict[str, Any], name: str = "nightly") -> PipelineEndpoint:
    pipeline = make_pipeline(user, graph, name=f"{name} draft")
    return pipeline_publish(pipeline=pipeline, user=user, endpoint_name=name).endpoint


def create(client: APIClient, **body: Any) -> dict[str, Any]:
    response = client.post("/api/schedules/", body, format="json")
    assert response.status_code == 201, response.content
    return dict(response.json())


def upload(client: APIClient, name: str, text: bytes) -> None:
    response = client.post(
        "/api/datasets/", {"name": name, "file": SimpleUploadedFile(f"{name}.csv", text)}, format="multipart"
    )
    assert response.status_code == 201, response.content


def runs_of(schedule_id: int) -> list[PipelineRun]:
    return list(PipelineRun.objects.filter(schedule_id=schedule_id).order_by("id"))


def wait_until(condition: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"{what} did not happen within {timeout} s")


def cancel_unfinished(user: Any) -> None:
    for run in PipelineRun.objects.exclude(status__in=RUN_FINISHED):
        run_services.run_cancel(run=run, user=user)
    wait_until(lambda: not PipelineRun.objects.exclude(status__in=RUN_FINISHED).exists(), 30, "runs canceled")


# --------------------------------------------------------------------------- validation


def test_a_broken_schedule_is_refused_up_front_naming_each_bad_field(client: APIClient, alice: Any) -> None:
    publish(alice, keep_graph())
    upload(client, "prices", b"a,b\n1,2\n")

    def errors(**body: Any) -> dict[str, str]:
        response = client.post("/api/schedules/", {"endpoint": "nightly", **body}, format="json")
        assert response.status_code == 400, response.content
        assert response.json()["message"] == "the schedule is not valid", response.json()
        return {e["param"]: e["message"] for e in response.json()["extra"]["errors"]}

    assert errors(kind="cron", cron="61 * * *", timezone="Mars/Olympus") == {
        "cron": "a cron expression has 5 fields (minute hour day-of-month month day-of-week), got 4 in '61 * * *'",
        "timezone": "unknown time zone 'Mars/Olympus'; use an IANA name such as 'Europe/Berlin'",
    }
    assert errors(kind="cron", cron="61 * * * mon")["cron"].startswith("cron field minute '61' is not valid (0-59)")
    assert errors(kind="cron", cron="0 9 1 * mon") == {
        "cron": "restrict either the day of month or the day of week, not both (use * for one of them)"
    }
    assert errors(kind="interval", interval_seconds=0) == {
        "interval_seconds": "interval_seconds must be from 1 to 31622400"
    }
    assert errors(kind="interval", interval_seconds=60, version=7) == {
        "version": "pipeline endpoint 'nightly' has no version 7"
    }
    bad = errors(kind="interval", interval_seconds=60, parameters={"keep": "x", "speed": 3})
    assert bad == {
        "keep": 'pipeline parameter keep must be a list of column names, got a string "x"',
        "speed": "unknown pipeline parameter 'speed' (defined: keep)",
    }
    assert errors(kind="dataset", dataset="prices", dataset_parameter="dv") == {
        "dataset_parameter": "version 1 of pipeline endpoint 'nightly' has no pipeline parameter 'dv' (it has: keep)"
    }
    assert errors(kind="dataset", dataset="prices", dataset_parameter="keep") == {
        "dataset_parameter": "pipeline parameter 'keep' is of type columns; it must take a dataset version number (int)"
    }
    assert errors(kind="dataset", dataset="missing", dataset_parameter="keep") == {
        "dataset": "no dataset named 'missing' in this workspace (datasets: prices)"
    }
    assert not Schedule.objects.exists() and not PeriodicTask.objects.filter(task=schedules.FIRE_SCHEDULE_TASK)

    made = create(client, endpoint="nightly", kind="cron", cron="30 2 * * *", timezone="America/New_York")
    assert made["name"] == "nightly at 30 2 * * * America/New_York"
    assert made["version"] is None and made["recent_runs"] == []
    times = made["next_fire_times"]
    assert len(times) == 5 and all(t.endswith(("06:30:00Z", "07:30:00Z")) for t in times), times
    task = PeriodicTask.objects.get(pk=Schedule.objects.get().periodic_task_id)
    assert (task.task, task.args, task.enabled) == (schedules.FIRE_SCHEDULE_TASK, f"[{made['id']}]", True)
    assert (task.crontab.minute, task.crontab.hour, str(task.crontab.timezone)) == ("30", "2", "America/New_York")

    changed = client.patch(f"/api/schedules/{made['id']}/", {"kind": "interval", "interval_seconds": 90}, format="json")
    assert changed.status_code == 200, changed.content
    assert (changed.json()["cron"], changed.json()["interval_seconds"]) == ("", 90)
    task.refresh_from_db()
    assert task.crontab is None and task.interval.every == 90

    assert client.delete(f"/api/schedules/{made['id']}/").status_code == 204
    assert not PeriodicTask.objects.filter(task=schedules.FIRE_SCHEDULE_TASK).exists()


def test_a_schedule_whose_run_cannot_start_says_why_and_starts_nothing(
    client: APIClient, alice: Any, caplog: pytest.LogCaptureFixture
) -> None:
    publish(alice, keep_graph())
    made = create(client, endpoint="nightly", kind="interval", interval_seconds=3600)
    Membership.objects.filter(user=alice).update(role="viewer")

    with caplog.at_level(logging.INFO, logger="runner.schedules"):
        result = schedules.schedule_fire(schedule_id=made["id"])

    assert result.outcome == schedules.Fired.FAILED
    assert not PipelineRun.objects.exists()
    Membership.objects.filter(user=alice).update(role="owner")
    shown = client.get(f"/api/schedules/{made['id']}/").json()
    assert "viewers cannot start runs" in shown["last_error"], shown
    assert f"schedule {made['id']} ('nightly every 3600 s') could not start a run" in caplog.text


def test_a_due_time_delivered_twice_starts_one_run(client: APIClient, alice: Any) -> None:
    publish(alice, keep_graph())
    made = create(client, endpoint="nightly", kind="interval", interval_seconds=3600, allow_overlap=True)

    first = schedules.schedule_fire(schedule_id=made["id"])
    again = schedules.schedule_fire(schedule_id=made["id"])
    later = schedules.schedule_fire(schedule_id=made["id"], now=timezone.now() + timedelta(hours=1))

    assert [first.outcome, again.outcome, later.outcome] == ["started", "skipped", "started"]
    assert "already fired for this due time" in again.reason
    assert len(runs_of(made["id"])) == 2
    for run in runs_of(made["id"]):
        wait_for_run(run.pk)


# --------------------------------------------------------------------------- beat


def test_an_interval_schedule_fires_runs_until_it_is_disabled(client: APIClient, alice: Any, beat: Beat) -> None:
    publish(alice, keep_graph())
    made = create(
        client, endpoint="nightly", kind="interval", interval_seconds=2, parameters={"keep": ["y"]}, experiment="ops"
    )
    created = PeriodicTask.objects.get(pk=Schedule.objects.get().periodic_task_id).last_run_at
    assert created is not None

    wait_until(lambda: len(runs_of(made["id"])) >= 2, 15, "two scheduled runs")
    runs = runs_of(made["id"])
    assert [r.trigger for r in runs[:2]] == [RunTrigger.SCHEDULE, RunTrigger.SCHEDULE]
    assert runs[0].parameters == {"keep": ["y"]} and runs[0].experiment.name == "ops"
    assert runs[0].created_by == alice and runs[0].published_version.version == 1
    # Every 2 s from when it was enabled, each within a second of its due time.
    assert timedelta(seconds=2) <= runs[0].created_at - created < timedelta(seconds=3)
    assert timedelta(seconds=1.5) <= runs[1].created_at - runs[0].created_at < timedelta(seconds=3)
    assert wait_for_run(runs[0].pk).status == RunStatus.COMPLETED
    listed = client.get("/api/runs/").json()["results"]
    assert {r["trigger"] for r in listed if r["id"] in {run.pk for run in runs}} == {"schedule"}

    response = client.patch(f"/api/schedules/{made['id']}/", {"enabled": False}, format="json")
    assert response.status_code == 200 and response.json()["next_fire_times"] == []
    count = len(runs_of(made["id"]))
    time.sleep(5)
    assert len(runs_of(made["id"])) <= count + 1  # one fire may have been on its way as it was disabled
    settled = len(runs_of(made["id"]))
    time.sleep(3)
    assert len(runs_of(made["id"])) == settled
    shown = client.get(f"/api/schedules/{made['id']}/").json()
    assert shown["enabled"] is False and shown["last_fired_at"] is not None
    assert [r["id"] for r in shown["recent_runs"]][-1] == runs[0].pk
    for run in runs_of(made["id"]):
        wait_for_run(run.pk)


def test_a_schedule_never_overlaps_its_unfinished_run_unless_told_to(client: APIClient, alice: Any, beat: Beat) -> None:
    publish(alice, sleep_graph(20))
    made = create(client, endpoint="nightly", kind="interval", interval_seconds=1)
    try:
        first = wait_until(lambda: runs_of(made["id"]), 10, "the first scheduled run")[0]
        time.sleep(4)  # four more due times while the first run sleeps
        assert [r.pk for r in runs_of(made["id"])] == [first.pk]
        assert PipelineRun.objects.get(pk=first.pk).status not in RUN_FINISHED

        response = client.patch(f"/api/schedules/{made['id']}/", {"allow_overlap": True}, format="json")
        assert response.status_code == 200, response.content
        wait_until(lambda: len(runs_of(made["id"])) >= 2, 10, "a second, overlapping run")
        assert PipelineRun.objects.get(pk=first.pk).status not in RUN_FINISHED
    finally:
        client.patch(f"/api/schedules/{made['id']}/", {"enabled": False}, format="json")
        time.sleep(1.5)
        cancel_unfinished(alice)


def test_after_beat_was_down_a_missed_schedule_fires_once_not_a_backlog(
    client: APIClient, alice: Any, beat: Beat
) -> None:
    publish(alice, keep_graph())
    every = create(client, endpoint="nightly", kind="interval", interval_seconds=60, name="every minute")
    # A cron time an hour ago: beat was "down" over it and the two before it.
    minute = (timezone.now() - timedelta(minutes=1)).minute
    hourly = create(client, endpoint="nightly", kind="cron", cron=f"{minute} * * * *", name="hourly")
    beat.stop()
    # As if beat had been down for 10 minutes (the interval) and 3 hours (the cron).
    tasks = PeriodicTask.objects.filter(task=schedules.FIRE_SCHEDULE_TASK)
    tasks.filter(interval__isnull=False).update(last_run_at=timezone.now() - timedelta(minutes=10))
    tasks.filter(crontab__isnull=False).update(last_run_at=timezone.now() - timedelta(hours=3))
    counts = {t.pk: t.total_run_count for t in tasks}

    beat.start()
    wait_until(lambda: runs_of(every["id"]) and runs_of(hourly["id"]), 10, "both missed schedules fire")
    time.sleep(4)

    assert len(runs_of(every["id"])) == 1
    assert len(runs_of(hourly["id"])) == 1
    # Beat itself sent each once (not one message per missed due time).
    assert {t.pk: t.total_run_count - counts[t.pk] for t in tasks.all()} == {pk: 1 for pk in counts}
    shown = client.get(f"/api/schedules/{every['id']}/").json()
    assert len(shown["next_fire_times"]) == 5
    for run in PipelineRun.objects.all():
        wait_for_run(run.pk)


# --------------------------------------------------------------------------- data triggers


def test_a_new_dataset_version_uploaded_or_exported_starts_a_run_reading_it(client: APIClient, alice: Any) -> None:
    upload(client, "prices", b"item,price\napple,1\n")
    publish(alice, import_graph(), name="rescore")
    made = create(client, endpoint="rescore", kind="dataset", dataset="prices", dataset_parameter="dv")
    assert made["dataset"] == "prices" and made["next_fire_times"] == []
    assert Schedule.objects.get().periodic_task is None

    upload(client, "prices", b"item,price\napple,1\npear,2\n")  # version 2

    [run] = wait_until(lambda: runs_of(made["id"]), 20, "a run for version 2")
    run = wait_for_run(run.pk)
    assert run.status == RunStatus.COMPLETED, run.error
    assert run.trigger == RunTrigger.DATASET and run.parameters == {"dv": 2}
    assert run.snapshot["imports"]["read"]["version"] == 2
    read = client.get(f"/api/runs/{run.pk}/steps/read/outputs/dataset/").json()
    assert read["preview"]["row_count"] == 2

    # export_data writes version 3 when its step completes: that starts the next run.
    exporter = make_pipeline(
        alice,
        {
            "schema": 1,
            "nodes": [
                node("data", "enter_data", {"text": "item,price\na,1\nb,2\nc,3\n"}),
                node("save", "export_data", {"destination": "prices"}, x=200),
            ],
            "edges": [edge("data", "dataset", "save", "dataset")],
            "parameters": [],
        },
        name="exporter",
    )
    assert wait_for_run(submit(client, exporter)["id"]).status == RunStatus.COMPLETED

    second = wait_until(lambda: runs_of(made["id"])[1:], 20, "a run for version 3")[0]
    second = wait_for_run(second.pk)
    assert second.status == RunStatus.COMPLETED, second.error
    assert second.parameters == {"dv": 3} and second.snapshot["imports"]["read"]["version"] == 3
    assert client.get(f"/api/runs/{second.pk}/").json()["trigger"] == "dataset"

    # Disabled, a new version starts nothing.
    client.patch(f"/api/schedules/{made['id']}/", {"enabled": False}, format="json")
    upload(client, "prices", b"item,price\nfig,4\n")
    time.sleep(2)
    assert len(runs_of(made["id"])) == 2


def test_a_dataset_trigger_may_not_start_itself(client: APIClient, alice: Any) -> None:
    upload(client, "prices", b"item,price\napple,1\n")
    graph = import_graph()
    graph["nodes"].append(node("save", "export_data", {"destination": "prices"}, x=200))
    graph["edges"].append(edge("read", "dataset", "save", "dataset"))
    publish(alice, graph, name="loop")

    response = client.post(
        "/api/schedules/",
        {"endpoint": "loop", "kind": "dataset", "dataset": "prices", "dataset_parameter": "dv"},
        format="json",
    )

    assert response.status_code == 400, response.content
    assert response.json()["extra"]["errors"][0]["message"] == (
        "version 1 of pipeline endpoint 'loop' exports to 'prices' itself: every run would start the next one"
    )


# --------------------------------------------------------------------------- isolation


def test_bob_cannot_see_change_or_schedule_alices_endpoints(client: APIClient, alice: Any, bob: Any) -> None:
    publish(alice, keep_graph())
    made = create(client, endpoint="nightly", kind="interval", interval_seconds=600)
    other = APIClient()
    other.force_login(bob)

    assert other.get("/api/schedules/").json()["count"] == 0
    assert other.get("/api/schedules/?endpoint=nightly").json()["count"] == 0
    for method, body in (("get", None), ("patch", {"enabled": False}), ("delete", None)):
        guessed = getattr(other, method)(f"/api/schedules/{made['id']}/", body, format="json")
        missing = getattr(other, method)(f"/api/schedules/{made['id'] + 1000}/", body, format="json")
        assert guessed.status_code == missing.status_code == 404, (method, guessed.content)
        assert guessed.json() == missing.json()
    taken = other.post("/api/schedules/", {"endpoint": "nightly", "kind": "interval", "interval_seconds": 60})
    absent = other.post("/api/schedules/", {"endpoint": "absent", "kind": "interval", "interval_seconds": 60})
    assert taken.status_code == absent.status_code == 400
    assert taken.json()["extra"] == absent.json()["extra"]
    assert Schedule.objects.get().enabled is True and Schedule.objects.count() == 1
    assert client.get("/api/schedules/?endpoint=nightly").json()["count"] == 1
