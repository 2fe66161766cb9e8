"""The run engine end to end: API -> database -> Redis -> a real Celery worker process
-> the local executor -> the artifact store, and back."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone
from rest_framework.test import APIClient

from designer import compute, services
from designer.samples import IRIS_QUICKSTART
from runner import services as run_services
from runner.models import PipelineRun, RunStatus, StepRun, StepStatus
from tests.integration.graphs import chain_graph, diamond_graph, edge, node, script
from tests.integration.helpers import make_pipeline, steps_of, submit, update_graph, wait_for_run, wait_for_step

pytestmark = pytest.mark.integration


def test_the_sample_pipeline_runs_to_completion_on_a_real_worker(client: APIClient, alice: Any) -> None:
    pipeline = make_pipeline(alice, IRIS_QUICKSTART["graph"], name=IRIS_QUICKSTART["name"])
    run = wait_for_run(submit(client, pipeline)["id"])
    steps = steps_of(run.pk)
    assert run.status == RunStatus.COMPLETED, run.error
    assert {s.status for s in steps.values()} == {StepStatus.COMPLETED}
    assert "training rows: 105" in steps["summary"].log
    assert steps["summary"].metrics.get("train_rows") == 105

    preview = client.get(f"/api/runs/{run.pk}/steps/split/outputs/train/").json()
    assert preview["type"] == "DataFrame"
    assert preview["preview"]["row_count"] == 105
    names = [c["name"] for c in preview["preview"]["columns"]]
    assert names == ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "label"]
    first = preview["preview"]["columns"][0]
    assert first["count"] == 105 and first["min"] <= first["mean"] <= first["max"]
    assert len(preview["preview"]["rows"]) == 100

    logs = client.get(f"/api/runs/{run.pk}/steps/summary/logs/").json()
    assert "training rows: 105" in logs["text"]


def test_an_unchanged_resubmit_reuses_every_step_without_running_it(client: APIClient, alice: Any) -> None:
    pipeline = make_pipeline(alice, chain_graph(4))
    first = wait_for_run(submit(client, pipeline)["id"])
    assert first.status == RunStatus.COMPLETED
    second = wait_for_run(submit(client, pipeline)["id"])
    assert second.status == RunStatus.COMPLETED
    for step in steps_of(second.pk).values():
        assert step.status == StepStatus.REUSED
        assert step.attempts == 0  # never executed
        assert step.reused_from is not None and step.reused_from.run_id == first.pk
        assert "run #1" in step.reasons[0]
    assert steps_of(second.pk)["n3"].outputs == steps_of(first.pk)["n3"].outputs


def test_changing_one_parameter_reruns_that_node_and_its_descendants_only(client: APIClient, alice: Any) -> None:
    graph = chain_graph(5)
    pipeline = make_pipeline(alice, graph)
    wait_for_run(submit(client, pipeline)["id"])
    graph["nodes"][2]["params"]["columns"] = ["label", "x", "y"]  # a different table for n2 onwards
    update_graph(client, pipeline, graph)
    run = wait_for_run(submit(client, pipeline)["id"])
    steps = steps_of(run.pk)
    assert run.status == RunStatus.COMPLETED
    assert [steps[n].status for n in ("n0", "n1")] == [StepStatus.REUSED] * 2
    assert [steps[n].status for n in ("n2", "n3")] == [StepStatus.COMPLETED] * 2
    assert any("param columns" in r for r in steps["n2"].reasons), steps["n2"].reasons
    assert any("input dataset changed" in r for r in steps["n3"].reasons), steps["n3"].reasons
    # n3 selects the original column order again, so its output is byte-identical to
    # last time and n4 is reused: cache keys follow content, not position in the graph.
    assert steps["n3"].outputs == steps_of(run.pk - 1)["n3"].outputs
    assert steps["n4"].status == StepStatus.REUSED
    detail = client.get(f"/api/runs/{run.pk}/steps/n2/").json()
    assert detail["cache_components"]["params"]["columns"] == ["label", "x", "y"]
    assert len(detail["cache_key"]) == 64


def test_force_rerun_and_reuse_off_bypass_the_cache(client: APIClient, alice: Any) -> None:
    graph = chain_graph(4)
    pipeline = make_pipeline(alice, graph)
    wait_for_run(submit(client, pipeline)["id"])
    forced = wait_for_run(submit(client, pipeline, force_rerun=True)["id"])
    assert {s.status for s in steps_of(forced.pk).values()} == {StepStatus.COMPLETED}
    assert "force re-run" in steps_of(forced.pk)["n0"].reasons[0]

    graph["nodes"][1]["reuse"] = False
    update_graph(client, pipeline, graph)
    run = wait_for_run(submit(client, pipeline)["id"])
    steps = steps_of(run.pk)
    assert steps["n0"].status == StepStatus.REUSED
    assert steps["n1"].status == StepStatus.COMPLETED
    assert "reuse turned off" in steps["n1"].reasons[0]
    # Same content as before, so the steps after it are reused again.
    assert steps["n2"].status == StepStatus.REUSED
    assert steps["n3"].status == StepStatus.REUSED
    assert run.status == RunStatus.COMPLETED


def test_a_chain_runs_step_after_step_on_one_worker_without_a_trip_through_the_queue(
    client: APIClient, alice: Any
) -> None:
    pipeline = make_pipeline(alice, chain_graph(4))
    run = wait_for_run(submit(client, pipeline)["id"])
    steps = steps_of(run.pk)
    assert run.status == RunStatus.COMPLETED, run.error
    for node_id in ("n1", "n2", "n3"):
        # Claimed by the worker that finished the step before it, as it became ready.
        assert steps[node_id].started_at == steps[node_id].queued_at
        assert steps[node_id].worker == steps["n0"].worker
        assert steps[node_id].attempts == 1


def test_a_failing_script_fails_the_run_with_the_users_traceback(client: APIClient, alice: Any) -> None:
    failing = script("x = 1\nraise ValueError('bad threshold')")
    slow = script("import time\ntime.sleep(60)\nreturn dataframe1,")
    pipeline = make_pipeline(alice, diamond_graph(failing, slow))
    started = time.monotonic()
    run = wait_for_run(submit(client, pipeline)["id"])
    assert time.monotonic() - started < 30, "the slow sibling was not canceled"
    steps = steps_of(run.pk)
    assert run.status == RunStatus.FAILED
    assert "left" in run.error and "bad threshold" in run.error
    assert steps["left"].status == StepStatus.FAILED
    assert "ValueError: bad threshold" in steps["left"].error
    assert 'File "script.py", line 3, in main' in steps["left"].traceback
    assert "step_runtime" not in steps["left"].traceback
    assert steps["right"].status == StepStatus.CANCELED
    assert steps["join"].status == StepStatus.SKIPPED
    detail = client.get(f"/api/runs/{run.pk}/steps/left/").json()
    assert "bad threshold" in detail["traceback"]


def test_independent_steps_run_in_parallel_and_the_join_waits_for_both(client: APIClient, alice: Any) -> None:
    sleepy = script("import time\ntime.sleep(1.5)\nreturn dataframe1,")
    pipeline = make_pipeline(alice, diamond_graph(sleepy, sleepy))
    run = wait_for_run(submit(client, pipeline)["id"])
    steps = steps_of(run.pk)
    assert run.status == RunStatus.COMPLETED, run.error
    left, right, join = steps["left"], steps["right"], steps["join"]
    assert left.started_at and right.started_at and left.finished_at and right.finished_at and join.started_at
    assert left.started_at < right.finished_at and right.started_at < left.finished_at, "they did not overlap"
    assert join.started_at >= max(left.finished_at, right.finished_at)


def test_cancel_stops_a_running_step_and_the_rest(client: APIClient, alice: Any) -> None:
    graph = {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": "a\n1\n"}),
            node(
                "wait",
                "execute_python_script",
                {"script": script("print('waiting', flush=True)\nimport time\ntime.sleep(120)")},
            ),
            node("after", "select_columns", {"columns": ["a"]}),
        ],
        "edges": [edge("data", "dataset", "wait", "dataframe1"), edge("wait", "result1", "after", "dataset")],
        "parameters": [],
    }
    pipeline = make_pipeline(alice, graph)
    run_id = submit(client, pipeline)["id"]
    wait_for_step(run_id, "wait", StepStatus.RUNNING)
    response = client.post(f"/api/runs/{run_id}/cancel/")
    assert response.status_code == 200
    assert response.json()["status"] == RunStatus.CANCELED
    run = wait_for_run(run_id, timeout=10)
    steps = steps_of(run.pk)
    assert run.status == RunStatus.CANCELED
    assert steps["wait"].status == StepStatus.CANCELED
    assert steps["after"].status == StepStatus.CANCELED
    time.sleep(1.0)  # the executor has killed the process; nothing flips the status back
    assert StepRun.objects.get(run_id=run_id, node_id="wait").status == StepStatus.CANCELED


def test_invalid_pipelines_are_refused_at_submit_with_every_problem(client: APIClient, alice: Any) -> None:
    graph = chain_graph(2)
    graph["nodes"].append(node("ghost", "no_such_module"))
    graph["edges"].append(edge("n1", "nope", "n0", "dataset"))
    pipeline = make_pipeline(alice, graph)
    response = client.post(f"/api/pipelines/{pipeline.pk}/runs/", {}, format="json")
    assert response.status_code == 400
    errors = response.json()["extra"]["errors"]
    assert any(e["node_id"] == "ghost" for e in errors)
    assert any(e["port"] == "nope" for e in errors)
    assert PipelineRun.objects.count() == 0


def test_the_reaper_requeues_a_step_whose_worker_went_silent(client: APIClient, alice: Any) -> None:
    pipeline = make_pipeline(alice, chain_graph(2))
    run = wait_for_run(submit(client, pipeline)["id"])
    # Make it look as if the worker running n1 died an hour ago.
    stale = timezone.now() - timedelta(hours=1)
    StepRun.objects.filter(run=run, node_id="n1").update(
        status=StepStatus.RUNNING, heartbeat_at=stale, outputs={}, finished_at=None
    )
    PipelineRun.objects.filter(pk=run.pk).update(status=RunStatus.RUNNING, finished_at=None)
    counts = run_services.reap_stale_steps()
    assert counts["requeued"] == 1
    run = wait_for_run(run.pk)
    assert run.status == RunStatus.COMPLETED
    step = steps_of(run.pk)["n1"]
    assert step.status == StepStatus.COMPLETED and step.attempts == 2
    assert any("worker stopped responding" in r for r in step.reasons)


def test_the_reaper_fails_a_step_after_its_last_attempt(client: APIClient, alice: Any) -> None:
    pipeline = make_pipeline(alice, chain_graph(2))
    run = wait_for_run(submit(client, pipeline)["id"])
    stale = timezone.now() - timedelta(hours=1)
    StepRun.objects.filter(run=run, node_id="n1").update(
        status=StepStatus.RUNNING, heartbeat_at=stale, attempts=settings.STEP_MAX_ATTEMPTS
    )
    PipelineRun.objects.filter(pk=run.pk).update(status=RunStatus.RUNNING, finished_at=None)
    assert run_services.reap_stale_steps()["failed"] == 1
    run.refresh_from_db()
    assert run.status == RunStatus.FAILED
    assert "stopped responding" in steps_of(run.pk)["n1"].error


def test_a_step_whose_worker_is_killed_is_retried_on_another_worker(
    client: APIClient, alice: Any, live_stack: Any
) -> None:
    """SIGKILL a worker mid-step: the heartbeat goes stale, the reaper re-queues the
    step, a surviving worker runs it, and the run completes."""
    import signal

    queue = "pipewright-test-victims"
    compute.target_create(
        workspace=services.workspace_default(user=alice), user=alice, fields={"name": "victims", "queue": queue}
    )
    slow = node("slow", "execute_python_script", {"script": script("import time\ntime.sleep(3)\nreturn dataframe1,")})
    slow["compute"] = "victims"
    graph = {
        "schema": 1,
        "nodes": [node("data", "enter_data", {"text": "a\n1\n"}), slow],
        "edges": [edge("data", "dataset", "slow", "dataframe1")],
        "parameters": [],
    }
    pipeline = make_pipeline(alice, graph)
    live_stack.start_worker("victim", queues=[queue], concurrency=1)
    run_id = submit(client, pipeline)["id"]
    step = wait_for_step(run_id, "slow", StepStatus.RUNNING)
    assert step.worker
    live_stack.stop(live_stack.workers.pop("victim"), sig=signal.SIGKILL)

    live_stack.start_worker("survivor", queues=[queue], concurrency=1)
    try:
        deadline = time.monotonic() + 30
        while StepRun.objects.get(pk=step.pk).status == StepStatus.RUNNING:
            run_services.reap_stale_steps()  # what beat does every few seconds
            assert time.monotonic() < deadline, "the dead worker's step was never re-queued"
            time.sleep(0.5)
        run = wait_for_run(run_id)
    finally:
        live_stack.stop(live_stack.workers.pop("survivor"))
    step = steps_of(run_id)["slow"]
    assert run.status == RunStatus.COMPLETED, run.error
    assert step.attempts == 2
    assert any("worker stopped responding" in r for r in step.reasons)


ONE_PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="


def test_metrics_and_images_a_script_logs_show_up_in_the_run(client: APIClient, alice: Any) -> None:
    body = (
        "import base64\n"
        "log_metric('rows', len(dataframe1))\n"
        f"log_image('plot', base64.b64decode('{ONE_PIXEL_PNG}'))\n"
        "return dataframe1,"
    )
    graph = {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": "a\n1\n2\n"}),
            node("s", "execute_python_script", {"script": script(body)}),
        ],
        "edges": [edge("data", "dataset", "s", "dataframe1")],
        "parameters": [],
    }
    run = wait_for_run(submit(client, make_pipeline(alice, graph))["id"])
    assert run.status == RunStatus.COMPLETED, run.error
    state = client.get(f"/api/runs/{run.pk}/").json()
    step = next(s for s in state["steps"] if s["node_id"] == "s")
    assert step["metrics"] == {"rows": 2}
    assert step["images"] == ["plot.png"]
    image = client.get(f"/api/runs/{run.pk}/steps/s/images/plot.png/")
    assert image.status_code == 200 and image["Content-Type"] == "image/png"
    assert b"".join(image.streaming_content).startswith(b"\x89PNG")
    assert client.get(f"/api/runs/{run.pk}/steps/s/images/other.png/").status_code == 404


def _messages_waiting(queue: str) -> int:
    """Task messages waiting in the broker's list for `queue`."""
    from celery import current_app

    with current_app.connection_for_read() as connection:
        return int(connection.default_channel.client.llen(queue))


def _wide_fan_out(alice: Any, queue: str) -> tuple[Any, int]:
    """A pipeline of Enter Data and more Edit Metadata branches on `queue` than an
    advance sends messages for; and how many branches."""
    compute.target_create(
        workspace=services.workspace_default(user=alice), user=alice, fields={"name": "wide", "queue": queue}
    )
    width = settings.STEP_MESSAGES_PER_ADVANCE + 4
    graph: dict[str, Any] = {"schema": 1, "nodes": [node("data", "enter_data", {"text": "a\n1\n"})], "edges": []}
    for i in range(width):
        branch = node(f"b{i}", "edit_metadata", {"columns": ["a"], "new_names": f"b{i}"})
        branch["compute"] = "wide"
        graph["nodes"].append(branch)
        graph["edges"].append(edge("data", "dataset", f"b{i}", "dataset"))
    graph["parameters"] = []
    return make_pipeline(alice, graph), width


def test_a_fan_out_wider_than_an_advance_sends_messages_for_runs_every_step_on_one_worker(
    client: APIClient, alice: Any, live_stack: Any
) -> None:
    """Of the steps one advance makes ready on a queue, STEP_MESSAGES_PER_ADVANCE get a
    broker message; the worker those reach takes the others one after another (no beat
    runs here, so no reaper sends them one)."""
    queue = "pipewright-test-wide-alone"
    pipeline, _ = _wide_fan_out(alice, queue)
    live_stack.start_worker("wide-alone", queues=[queue], concurrency=1)
    try:
        run = wait_for_run(submit(client, pipeline)["id"])
    finally:
        live_stack.stop(live_stack.workers.pop("wide-alone"))

    branches = [step for step in steps_of(run.pk).values() if step.node_id != "data"]
    assert run.status == RunStatus.COMPLETED, run.error
    assert {step.status for step in branches} == {StepStatus.COMPLETED}
    assert len({step.worker for step in branches}) == 1


def test_a_waiting_fan_out_branch_without_a_message_is_sent_one_by_the_reaper(
    client: APIClient, alice: Any, live_stack: Any
) -> None:
    queue = "pipewright-test-wide"
    pipeline, width = _wide_fan_out(alice, queue)
    run_id = submit(client, pipeline)["id"]
    deadline = time.monotonic() + 30
    while StepRun.objects.filter(run_id=run_id, status=StepStatus.QUEUED).count() < width:
        assert time.monotonic() < deadline, "the branches were never queued"
        time.sleep(0.1)
    # The messages leave once the advance has committed, a moment after the steps show.
    while _messages_waiting(queue) < settings.STEP_MESSAGES_PER_ADVANCE and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    assert _messages_waiting(queue) == settings.STEP_MESSAGES_PER_ADVANCE

    # Nobody took the queue for a long while: the reaper gives every waiting step a message.
    StepRun.objects.filter(run_id=run_id, status=StepStatus.QUEUED).update(
        queued_at=timezone.now() - timedelta(hours=1)
    )
    assert run_services.reap_stale_steps()["resent"] == width
    assert _messages_waiting(queue) == settings.STEP_MESSAGES_PER_ADVANCE + width
    live_stack.start_worker("wide", queues=[queue], concurrency=1)
    try:
        run = wait_for_run(run_id)
    finally:
        live_stack.stop(live_stack.workers.pop("wide"))
    assert run.status == RunStatus.COMPLETED, run.error
