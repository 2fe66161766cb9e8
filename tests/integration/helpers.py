"""Helpers the engine-level integration tests share: an API client for alice, and
submitting and waiting on runs through the real worker."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import psutil
from django.conf import settings
from rest_framework.test import APIClient

from designer import services
from designer.models import Pipeline
from runner.models import RUN_FINISHED, PipelineRun, StepRun


def make_pipeline(user: Any, graph: dict[str, Any], name: str = "test") -> Pipeline:
    workspace = services.workspace_default(user=user)
    return services.pipeline_create(workspace=workspace, user=user, name=name, graph=graph)


def submit(client: APIClient, pipeline: Pipeline, **body: Any) -> dict[str, Any]:
    response = client.post(f"/api/pipelines/{pipeline.pk}/runs/", body, format="json")
    assert response.status_code == 201, response.content
    return dict(response.json())


def wait_for_run(run_id: int, timeout: float = 60) -> PipelineRun:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run = PipelineRun.objects.get(pk=run_id)
        if run.status in RUN_FINISHED:
            return run
        time.sleep(0.05)
    states = list(StepRun.objects.filter(run_id=run_id).values_list("node_id", "status"))
    raise AssertionError(f"run {run_id} did not finish within {timeout} s: {states}")


def wait_for_step(run_id: int, node_id: str, status: str, timeout: float = 30) -> StepRun:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        step = StepRun.objects.get(run_id=run_id, node_id=node_id)
        if step.status == status:
            return step
        time.sleep(0.05)
    raise AssertionError(f"step {node_id} never became {status}")


def steps_of(run_id: int) -> dict[str, StepRun]:
    return {s.node_id: s for s in StepRun.objects.filter(run_id=run_id)}


def update_graph(client: APIClient, pipeline: Pipeline, graph: dict[str, Any]) -> None:
    pipeline.refresh_from_db()
    response = client.patch(
        f"/api/pipelines/{pipeline.pk}/", {"revision": pipeline.revision, "graph": graph}, format="json"
    )
    assert response.status_code == 200, response.content


def step_process(step: StepRun, timeout: float = 10) -> psutil.Process:
    """The step's own process: the one working in the step's work directory."""
    prefix = str(Path(settings.WORK_ROOT) / f"step-{step.pk}-")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in psutil.process_iter(["pid"]):
            try:
                if process.cwd().startswith(prefix):
                    return process
            except (psutil.AccessDenied, psutil.NoSuchProcess, psutil.ZombieProcess):
                continue
        time.sleep(0.05)
    raise AssertionError(f"no process works in {prefix}*")
