"""Per-node time limits and retries, continue-on-failure, and resuming a failed run,
through the API and a real worker."""

from __future__ import annotations

import signal
from typing import Any

import pytest
from rest_framework.test import APIClient

from runner.models import RunStatus, StepStatus
from tests.integration.graphs import edge, node, script
from tests.integration.helpers import make_pipeline, step_process, steps_of, submit, wait_for_run, wait_for_step

pytestmark = pytest.mark.integration


def one_script(node_id: str, body: str, **fields: Any) -> dict[str, Any]:
    """enter_data -> one execute_python_script node with extra node fields."""
    step = {**node(node_id, "execute_python_script", {"script": script(body)}), **fields}
    return {
        "schema": 1,
        "nodes": [node("data", "enter_data", {"text": "a\n1\n"}), step],
        "edges": [edge("data", "dataset", node_id, "dataframe1")],
        "parameters": [],
    }


def test_a_node_retries_its_failures_up_to_max_retries(client: APIClient, alice: Any) -> None:
    graph = one_script("bad", "raise RuntimeError('flaky service')", max_retries=2)
    run = wait_for_run(submit(client, make_pipeline(alice, graph))["id"])
    step = steps_of(run.pk)["bad"]
    assert run.status == RunStatus.FAILED
    assert step.attempts == 3
    assert step.status == StepStatus.FAILED and "flaky service" in step.error
    retries = [r for r in step.reasons if "retrying" in r]
    assert retries == [
        "attempt 1 failed (error: RuntimeError: flaky service); retrying (attempt 2 of 3)",
        "attempt 2 failed (error: RuntimeError: flaky service); retrying (attempt 3 of 3)",
    ]


def test_a_node_with_its_own_time_limit_retries_only_the_failures_it_names(client: APIClient, alice: Any) -> None:
    sleeper = "import time\ntime.sleep(30)\nreturn dataframe1,"
    slow = one_script("slow", sleeper, timeout_seconds=1, max_retries=1, retry_on=["timeout"])
    run = wait_for_run(submit(client, make_pipeline(alice, slow))["id"])
    step = steps_of(run.pk)["slow"]
    assert step.status == StepStatus.FAILED
    assert step.error == "step exceeded its 1 s time limit"
    assert step.attempts == 2

    # An error is not a timeout: no retry.
    raising = one_script("bad", "raise ValueError('no')", max_retries=3, retry_on=["timeout"])
    run = wait_for_run(submit(client, make_pipeline(alice, raising))["id"])
    assert steps_of(run.pk)["bad"].attempts == 1


def test_continue_on_failure_skips_only_the_failed_steps_downstream(client: APIClient, alice: Any) -> None:
    graph = {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": "a\n1\n"}),
            node("bad", "execute_python_script", {"script": script("raise RuntimeError('broken branch')")}),
            node("after_bad", "select_columns", {"columns": ["a"]}),
            node("good", "execute_python_script", {"script": script("import time\ntime.sleep(1)\nreturn dataframe1,")}),
            node("after_good", "select_columns", {"columns": ["a"]}),
        ],
        "edges": [
            edge("data", "dataset", "bad", "dataframe1"),
            edge("bad", "result1", "after_bad", "dataset"),
            edge("data", "dataset", "good", "dataframe1"),
            edge("good", "result1", "after_good", "dataset"),
        ],
        "parameters": [],
    }
    pipeline = make_pipeline(alice, graph)
    run = wait_for_run(submit(client, pipeline, continue_on_failure=True)["id"])
    statuses = {node_id: step.status for node_id, step in steps_of(run.pk).items()}
    assert run.status == RunStatus.FAILED
    assert statuses == {
        "data": StepStatus.COMPLETED,
        "bad": StepStatus.FAILED,
        "after_bad": StepStatus.SKIPPED,
        "good": StepStatus.COMPLETED,
        "after_good": StepStatus.COMPLETED,
    }
    assert client.get(f"/api/runs/{run.pk}/").json()["continue_on_failure"] is True


def test_a_step_killed_from_outside_fails_with_that_reason_and_resume_runs_only_the_rest(
    client: APIClient, alice: Any
) -> None:
    graph = one_script("slow", "import time\ntime.sleep(3)\nreturn dataframe1,")
    graph["nodes"].append(node("after", "select_columns", {"columns": ["a"]}))
    graph["edges"].append(edge("slow", "result1", "after", "dataset"))
    pipeline = make_pipeline(alice, graph)
    first = submit(client, pipeline)
    step = wait_for_step(first["id"], "slow", StepStatus.RUNNING)
    step_process(step).send_signal(signal.SIGKILL)
    run = wait_for_run(first["id"])
    steps = steps_of(run.pk)
    assert run.status == RunStatus.FAILED
    assert steps["slow"].error == "step process was killed by SIGKILL"
    assert steps["after"].status == StepStatus.SKIPPED

    resumed = client.post(f"/api/runs/{run.pk}/resume/")
    assert resumed.status_code == 201, resumed.content
    assert resumed.json()["resumed_from"] == run.pk
    run2 = wait_for_run(resumed.json()["id"])
    steps2 = steps_of(run2.pk)
    assert run2.status == RunStatus.COMPLETED, run2.error
    assert steps2["data"].status == StepStatus.REUSED
    assert steps2["data"].reasons == [f"resumed run #{run.number}, where this step had finished"]
    assert (steps2["slow"].status, steps2["slow"].attempts) == (StepStatus.COMPLETED, 1)
    assert steps2["after"].status == StepStatus.COMPLETED
    assert run2.snapshot == run.snapshot

    again = client.post(f"/api/runs/{run2.pk}/resume/")
    assert again.status_code == 400
    assert "only a failed or canceled run can be resumed" in again.json()["message"]
