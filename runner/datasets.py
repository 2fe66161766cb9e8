"""What runs read from and write to the workspace: datasets and endpoints.

Registered datasets: what import_data reads and export_data writes.

Steps never touch the database. At submit, each import_data node's dataset name and
version are resolved to the content digest of that version, frozen into the run's
snapshot, and handed to the step as its hidden `source` input (so they are part of the
cache key). When an export_data step completes, the artifact it received is recorded
as the next version of the named dataset. Likewise, when deploy_model completes, the
named endpoint is pointed at the model and transform artifacts the step received.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from designer.errors import ApplicationError
from designer.graph import ExecutionPlan, PlannedStep, Problem
from designer.models import Dataset, DatasetVersion, Workspace
from designer.services import dataset_version_add
from runner.artifacts import default_store
from runner.modules.import_data import SOURCE_INPUT

IMPORT_MODULE = "import_data"
EXPORT_MODULE = "export_data"
DEPLOY_MODULE = "deploy_model"


def resolve_imports(*, plan: ExecutionPlan, workspace: Workspace) -> dict[str, dict[str, Any]]:
    """{node_id: {"name", "version", "digest"}} for every import_data step, or a 400
    naming each node whose dataset or version does not exist."""
    resolved: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    for step in plan.steps:
        if step.module != IMPORT_MODULE:
            continue
        name, version = str(step.params.get("dataset") or ""), int(step.params.get("version") or 0)
        versions = DatasetVersion.objects.filter(dataset__workspace=workspace, dataset__name=name)
        row = versions.filter(version=version).first() if version else versions.order_by("-version").first()
        if row is not None:
            resolved[step.node_id] = {"name": name, "version": row.version, "digest": row.digest}
            continue
        if versions.exists():
            known = ", ".join(str(v) for v in versions.order_by("version").values_list("version", flat=True))
            message = f"{name!r} has no version {version}; it has {known}"
            problems.append(Problem(node_id=step.node_id, param="version", message=message))
        else:
            names = ", ".join(Dataset.objects.filter(workspace=workspace).values_list("name", flat=True)) or "none"
            problems.append(
                Problem(node_id=step.node_id, param="dataset", message=f"no dataset named {name!r}; datasets: {names}")
            )
    if problems:
        raise ApplicationError(
            "the pipeline imports datasets that do not exist", extra={"errors": [p.to_dict() for p in problems]}
        )
    return resolved


def import_inputs(imports: dict[str, dict[str, Any]], node_id: str) -> dict[str, str]:
    """The hidden input digests of one step ({} for any step but import_data)."""
    entry = imports.get(node_id)
    return {SOURCE_INPUT: entry["digest"]} if entry else {}


def register_export(*, workspace: Workspace, planned: PlannedStep, input_digest: str, user_id: int | None) -> None:
    from django.contrib.auth.models import User

    data_file = default_store().path(input_digest) / "data.parquet"
    metadata = pq.read_metadata(Path(data_file))
    dataset_version_add(
        workspace=workspace,
        user=User.objects.filter(pk=user_id).first() if user_id else None,
        name=str(planned.params["destination"]).strip(),
        digest=input_digest,
        row_count=metadata.num_rows,
        column_count=metadata.num_columns,
        source_name=f"export_data node {planned.node_id}",
    )


def register_deployment(*, step_id: int, planned: PlannedStep, input_digests: dict[str, str]) -> None:
    """Point the named endpoint at the model (and transform) a deploy_model step received."""
    import json

    from runner.models import Endpoint, StepRun

    step = StepRun.objects.select_related("run").get(pk=step_id)
    meta = json.loads((default_store().path(input_digests["model"]) / "meta.json").read_text())
    Endpoint.objects.update_or_create(
        workspace_id=step.run.workspace_id,
        name=str(planned.params["endpoint_name"]).strip(),
        defaults={
            "model_digest": input_digests["model"],
            "transform_digest": input_digests.get("transform", ""),
            "task": meta.get("task", ""),
            "feature_columns": meta.get("feature_columns", []),
            "deployed_by_step": step,
        },
    )
