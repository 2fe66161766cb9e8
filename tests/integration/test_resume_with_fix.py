"""Resume with fix: a failed run goes on with the pipeline's saved draft, in which the
user fixed the node that failed. Every step that finished in the failed run and is
unchanged is taken from it, even one the cache would never reuse; the fixed node, what
follows it and whatever else was edited run; the new run names the one it resumed."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from rest_framework.test import APIClient

from designer import services
from designer.errors import ApplicationError
from runner import services as run_services
from runner.models import PipelineRun, RunStatus, StepRun, StepStatus
from tests.integration.graphs import chain_graph, edge, node, script
from tests.integration.helpers import make_pipeline, steps_of, submit, update_graph, wait_for_run

pytestmark = pytest.mark.integration

# A different value on every run: a step of this script is never reused from the cache.
RANDOM_COLUMN = "import random\nreturn dataframe1.assign(r=random.random()),"


def failing_graph() -> dict[str, Any]:
    """data → rand (never reused) → bad (raises) → after; and beside them, from data,
    side (never reused) and pick (select a column)."""
    never_reused = {"reuse": False}
    return {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": "a,b\n1,2\n3,4\n"}),
            {**node("rand", "execute_python_script", {"script": script(RANDOM_COLUMN)}), **never_reused},
            node("bad", "execute_python_script", {"script": script("raise RuntimeError('a typo in the script')")}),
            node("after", "select_columns", {"columns": ["a"]}),
            {**node("side", "execute_python_script", {"script": script(RANDOM_COLUMN)}), **never_reused},
            node("pick", "select_columns", {"columns": ["a"]}),
        ],
        "edges": [
            edge("data", "dataset", "rand", "dataframe1"),
            edge("rand", "result1", "bad", "dataframe1"),
            edge("bad", "result1", "after", "dataset"),
            edge("data", "dataset", "side", "dataframe1"),
            edge("data", "dataset", "pick", "dataset"),
        ],
        "parameters": [],
    }


def with_node(graph: dict[str, Any], node_id: str, **params: Any) -> dict[str, Any]:
    changed = copy.deepcopy(graph)
    for entry in changed["nodes"]:
        if entry["id"] == node_id:
            entry["params"].update(params)
    return changed


def test_resume_with_fix_reuses_what_finished_and_runs_the_fixed_node_and_what_follows(
    client: APIClient, alice: Any
) -> None:
    graph = failing_graph()
    pipeline = make_pipeline(alice, graph)
    # The side branches finish whatever the failing one does.
    failed = wait_for_run(submit(client, pipeline, continue_on_failure=True)["id"])
    before = steps_of(failed.pk)
    assert failed.status == RunStatus.FAILED
    assert {n: s.status for n, s in before.items()} == {
        "data": StepStatus.COMPLETED,
        "rand": StepStatus.COMPLETED,
        "bad": StepStatus.FAILED,
        "after": StepStatus.SKIPPED,
        "side": StepStatus.COMPLETED,
        "pick": StepStatus.COMPLETED,
    }

    # The user fixes the script that failed and, while at it, picks another column.
    fixed = with_node(graph, "bad", script=script("return dataframe1,"))
    fixed = with_node(fixed, "pick", columns=["b"])
    update_graph(client, pipeline, fixed)
    response = client.post(f"/api/runs/{failed.pk}/resume/", {"from_draft": True}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["resumed_from"], body["resumed_from_number"]) == (failed.pk, failed.number)
    resumed = wait_for_run(body["id"])
    after = steps_of(resumed.pk)
    assert resumed.status == RunStatus.COMPLETED, resumed.error
    assert resumed.number == failed.number + 1
    assert resumed.continue_on_failure  # the failed run's settings go on with it

    # Unchanged and finished: taken from the failed run, the never-reused ones too, with
    # the very outputs they made there (their random column is the same).
    for node_id in ("data", "rand", "side"):
        assert after[node_id].status == StepStatus.REUSED, (node_id, after[node_id].reasons)
        assert after[node_id].reused_from_id == before[node_id].pk
        assert after[node_id].outputs == before[node_id].outputs
        assert after[node_id].reasons == [f"resumed run #{failed.number}, where this step had finished"]
    # The fixed node and its downstream run, and so does the node edited beside them.
    for node_id in ("bad", "after", "pick"):
        assert after[node_id].status == StepStatus.COMPLETED, (node_id, after[node_id].error)
    assert any("columns" in reason for reason in after["pick"].reasons), after["pick"].reasons
    assert after["pick"].outputs != before["pick"].outputs
    # The new run ran the draft as saved, not the failed run's snapshot.
    frozen_bad = next(n for n in resumed.snapshot["graph"]["nodes"] if n["id"] == "bad")
    assert frozen_bad["params"]["script"] == script("return dataframe1,")

    # Both runs say how they are linked, in the run and in the pipeline's history.
    assert client.get(f"/api/runs/{failed.pk}/").json()["resumed_by"] == [{"id": resumed.pk, "number": resumed.number}]
    history = client.get(f"/api/runs/?pipeline={pipeline.pk}").json()["results"]
    rows = {row["number"]: row for row in history}
    assert (rows[resumed.number]["resumed_from"], rows[resumed.number]["resumed_from_number"]) == (
        failed.pk,
        failed.number,
    )
    assert rows[failed.number]["resumed_from"] is None

    # A run that completed has nothing to resume.
    again = client.post(f"/api/runs/{resumed.pk}/resume/", {"from_draft": True}, format="json")
    assert again.status_code == 400
    refusal = f"only a failed or canceled run can be resumed; run #{resumed.number} is completed"
    assert again.json()["message"] == refusal


# The refusals below are decided before anything is created: runs made without a worker.


@pytest.fixture
def owner(db: None) -> Any:
    services.modules_sync_builtin()
    return services.user_create(username="olive", password="olive-password")


def failed_run(owner: Any, graph: dict[str, Any], failed_nodes: tuple[str, ...], **fields: Any) -> PipelineRun:
    """A run of the graph that failed at `failed_nodes`; the others completed."""
    pipeline = make_pipeline(owner, graph)
    run = run_services.run_submit(pipeline=pipeline, user=owner, **fields)
    PipelineRun.objects.filter(pk=run.pk).update(status=RunStatus.FAILED, error="a step failed")
    StepRun.objects.filter(run=run).update(status=StepStatus.COMPLETED)
    StepRun.objects.filter(run=run, node_id__in=failed_nodes).update(status=StepStatus.FAILED)
    run.refresh_from_db()
    return run


def save(owner: Any, run: PipelineRun, graph: dict[str, Any]) -> None:
    pipeline = run.pipeline
    services.pipeline_update(pipeline=pipeline, user=owner, revision=pipeline.revision, fields={"graph": graph})


def test_a_run_whose_failed_node_was_deleted_since_is_not_resumed_with_the_draft(owner: Any) -> None:
    run = failed_run(owner, chain_graph(3), ("n1",))
    save(owner, run, chain_graph(1))
    with pytest.raises(ApplicationError) as refused:
        run_services.run_resume_with_fix(run=run, user=owner)
    assert str(refused.value) == (
        "run #1 failed at n1, which the pipeline no longer has: there is nothing to resume; start a new run instead"
    )
    assert refused.value.extra == {"missing_nodes": ["n1"]}
    assert PipelineRun.objects.count() == 1


def test_a_canceled_run_whose_steps_are_all_gone_from_the_draft_is_not_resumed(owner: Any) -> None:
    run = failed_run(owner, chain_graph(2), ())
    PipelineRun.objects.filter(pk=run.pk).update(status=RunStatus.CANCELED)
    run.refresh_from_db()
    other = chain_graph(1)
    other["nodes"][0]["id"] = "fresh"
    save(owner, run, other)
    with pytest.raises(ApplicationError, match="the pipeline no longer has any of run #1's steps"):
        run_services.run_resume_with_fix(run=run, user=owner)


def test_a_draft_with_problems_is_refused_naming_them(owner: Any) -> None:
    run = failed_run(owner, chain_graph(2), ("n1",))
    broken = chain_graph(2)
    broken["nodes"][1]["module"] = "no_such_module"
    save(owner, run, broken)
    with pytest.raises(ApplicationError) as refused:
        run_services.run_resume_with_fix(run=run, user=owner)
    assert str(refused.value) == "the pipeline has problems; fix them before running it"
    assert [p["node_id"] for p in refused.value.extra["errors"]] == ["n1"]
    assert PipelineRun.objects.count() == 1


def test_the_resumed_run_keeps_the_failed_runs_parameter_values_the_draft_still_declares(owner: Any) -> None:
    graph = chain_graph(2)
    graph["parameters"] = [{"name": "rows", "type": "int", "default": 1}, {"name": "gone", "type": "int", "default": 1}]
    run = failed_run(owner, graph, ("n1",), parameters={"rows": 7, "gone": 3}, experiment="tuning")
    graph["parameters"] = [{"name": "rows", "type": "int", "default": 1}, {"name": "new", "type": "int", "default": 5}]
    save(owner, run, graph)
    resumed = run_services.run_resume_with_fix(run=run, user=owner)
    assert resumed.parameters == {"rows": 7, "new": 5}
    assert resumed.resumed_from_id == run.pk
    assert resumed.experiment is not None and resumed.experiment.name == "tuning"
    assert resumed.snapshot["graph"]["parameters"] == graph["parameters"]
