"""A reused step never ran: its log is the log of the run that made its outputs, and the
API says which run that was. Runs are made without a worker: this is about what is read."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from designer import services
from designer.models import Pipeline
from runner.models import PipelineRun, RunStatus, StepRun, StepStatus
from tests.integration.graphs import chain_graph

pytestmark = pytest.mark.integration


def make_run(pipeline: Pipeline, number: int, **fields: Any) -> PipelineRun:
    return PipelineRun.objects.create(
        workspace=pipeline.workspace,
        pipeline=pipeline,
        number=number,
        status=RunStatus.COMPLETED,
        snapshot={"graph": pipeline.graph, "plan": {}},
        pipeline_revision=pipeline.revision,
        **fields,
    )


def make_step(run: PipelineRun, status: str, **fields: Any) -> StepRun:
    return StepRun.objects.create(run=run, node_id="n0", module="enter_data", version="1.0.0", status=status, **fields)


def test_a_reused_steps_log_is_the_producing_runs_log_named_by_its_run(alice: Any, modules: None) -> None:
    workspace = services.workspace_default(user=alice)
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="reuse", graph=chain_graph(1))
    first = make_run(pipeline, 1)
    made = make_step(first, StepStatus.COMPLETED, log="read 8 rows\n")
    second = make_run(pipeline, 2)
    reused = make_step(second, StepStatus.REUSED, reused_from=made)
    # A resumed run reuses the reused step: the log is still the one of run #1.
    third = make_run(pipeline, 3, resumed_from=second)
    make_step(third, StepStatus.REUSED, reused_from=reused)
    client = APIClient()
    client.force_login(alice)

    own = client.get(f"/api/runs/{first.pk}/steps/n0/logs/").json()
    assert own == {"text": "read 8 rows\n", "made_by": None}
    for run in (second, third):
        body = client.get(f"/api/runs/{run.pk}/steps/n0/logs/").json()
        assert body == {"text": "read 8 rows\n", "made_by": {"run": first.pk, "number": 1, "node_id": "n0"}}

    # The producing step is gone (its run deleted): nothing to show, and no error.
    first.delete()
    body = client.get(f"/api/runs/{second.pk}/steps/n0/logs/").json()
    assert body == {"text": "", "made_by": None}
