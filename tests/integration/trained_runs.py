"""A completed training run made without a worker, for tests that need one to exist
(roles, isolation, the fuzzer) rather than to run: its model and dataset are real
artifacts in the store, its snapshot is what submit would freeze."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

from designer import services
from designer.graph import GraphDocument, compile_plan
from designer.models import Workspace
from designer.selectors import catalog_for_workspace
from runner.artifacts import default_store
from runner.models import PipelineRun, RunStatus, StepRun, StepStatus
from runner.step_runtime import ModelArtifact, save_output
from tests.integration.graphs import edge, node


def training_graph() -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            node("load", "sample_dataset", {"name": "iris"}),
            node("algorithm", "logistic_regression", {}),
            node("train", "train_model", {"label_column": "label"}),
            node("score", "score_model", {}),
        ],
        "edges": [
            edge("load", "dataset", "train", "dataset"),
            edge("algorithm", "model", "train", "model"),
            edge("train", "model", "score", "model"),
            edge("load", "dataset", "score", "dataset"),
        ],
        "parameters": [],
    }


def _stored(value: object, port_type: str) -> str:
    # The work folder is made by whatever runs first in a process; a test may be first.
    Path(settings.WORK_ROOT).mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=settings.WORK_ROOT)) / "artifact"
    save_output(value, port_type, folder, "out")
    return default_store().put_directory(folder, port_type=port_type)


def completed_training_run(*, workspace: Workspace, user: Any) -> PipelineRun:
    graph = training_graph()
    pipeline = services.pipeline_create(workspace=workspace, user=user, name="trained", graph=graph)
    plan = compile_plan(GraphDocument.from_dict(graph), catalog_for_workspace(workspace=workspace), {})
    data = load_iris(as_frame=True)
    frame = data.data.assign(label=data.target)
    features = list(data.data.columns)
    model = LogisticRegression(max_iter=1000).fit(frame[features], frame["label"])
    meta = {"task": "classification", "feature_columns": features, "label_column": "label", "algorithm": "lr"}
    outputs = {
        "load": {"dataset": _stored(frame, "DataFrame")},
        "train": {"model": _stored(ModelArtifact(model=model, meta=meta), "Model")},
    }
    run = PipelineRun.objects.create(
        workspace=workspace,
        pipeline=pipeline,
        number=1,
        status=RunStatus.COMPLETED,
        snapshot={"graph": graph, "plan": plan.to_dict(), "imports": {}, "targets": {}},
        pipeline_revision=pipeline.revision,
        created_by=user,
    )
    StepRun.objects.bulk_create(
        StepRun(
            run=run,
            node_id=step.node_id,
            module=step.module,
            version=step.version,
            status=StepStatus.COMPLETED,
            outputs=outputs.get(step.node_id, {}),
        )
        for step in plan.steps
    )
    return run
