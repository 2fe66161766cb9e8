"""Two runs compared: the graphs they froze, the values they ran with, and per node how
each run's step went, whether its outputs are the same artifacts, and how its metrics
moved.

The graphs are compared by designer/graph/diff.py (nodes matched by id). Outputs are
compared by artifact digest: the store is content-addressed, so equal digests are
equal outputs, whether a step made them again or reused them. Metrics come from the
metric index (`RunMetric`, runner/experiments.py), never from artifacts, and each
delta is `b - a`.

The caller found both runs through the user's workspaces (runner.selectors.run_get),
so nothing here can reach a run the user may not read.
"""

from __future__ import annotations

from typing import Any

from designer.errors import ApplicationError
from designer.graph.diff import catalog_param_types, diff_graphs, readable_document, value_changes
from designer.graph.document import DocumentError, GraphDocument
from designer.selectors import catalog_for_workspace
from runner.experiments import main_metrics
from runner.models import PipelineRun, RunMetric, StepRun, StepStatus


def run_diff(*, a: PipelineRun, b: PipelineRun) -> dict[str, Any]:
    """What changed from run `a` to run `b` (the answer of GET /api/runs/diff/)."""
    documents = [_frozen_document(run) for run in (a, b)]
    catalogs = [catalog_for_workspace(workspace=b.workspace)]
    if a.workspace_id != b.workspace_id:
        catalogs.append(catalog_for_workspace(workspace=a.workspace))
    graph = diff_graphs(documents[0], documents[1], param_types=catalog_param_types(*catalogs))
    graph_changes = {node.id: node.change for node in graph.nodes}

    steps = {run.pk: {s.node_id: s for s in run.steps.select_related("reused_from")} for run in (a, b)}
    metrics = _metrics_by_node([a.pk, b.pk])
    mains = main_metrics([a.pk, b.pk])
    node_ids = set(documents[0].node_ids()) | set(documents[1].node_ids()) | steps[a.pk].keys() | steps[b.pk].keys()
    nodes = []
    for node_id in sorted(node_ids):
        step_a, step_b = steps[a.pk].get(node_id), steps[b.pk].get(node_id)
        outputs = _output_comparison(step_a, step_b)
        nodes.append(
            {
                "node_id": node_id,
                "graph_change": graph_changes.get(node_id, "unchanged"),
                "a": _step_summary(step_a),
                "b": _step_summary(step_b),
                "outputs": outputs,
                "outputs_equal": (all(port["equal"] for port in outputs) if outputs and step_a and step_b else None),
                "metrics": _metric_deltas(metrics.get((a.pk, node_id), {}), metrics.get((b.pk, node_id), {})),
            }
        )
    main_a, main_b = mains.get(a.pk), mains.get(b.pk)
    return {
        "a": _run_summary(a, main_a),
        "b": _run_summary(b, main_b),
        "graph": graph.to_dict(),
        "parameters": [change.to_dict() for change in value_changes(_values(a), _values(b))],
        "main_metric_delta": (
            main_b["value"] - main_a["value"] if main_a and main_b and main_a["name"] == main_b["name"] else None
        ),
        "nodes": nodes,
    }


def _frozen_document(run: PipelineRun) -> GraphDocument:
    try:
        return readable_document((run.snapshot or {}).get("graph"))
    except DocumentError as exc:
        raise ApplicationError(f"the graph run {run.pk} froze cannot be compared: {exc}") from None


def _values(run: PipelineRun) -> dict[str, Any]:
    return run.parameters if isinstance(run.parameters, dict) else {}


def _run_summary(run: PipelineRun, main_metric: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "id": run.pk,
        "pipeline": run.pipeline_id,
        "pipeline_name": run.pipeline.name,
        "number": run.number,
        "status": run.status,
        "pipeline_revision": run.pipeline_revision,
        "experiment": run.experiment.name if run.experiment is not None else "",
        "created_at": run.created_at.isoformat(),
        "main_metric": main_metric,
    }


def _step_summary(step: StepRun | None) -> dict[str, Any] | None:
    if step is None:
        return None
    return {
        "status": step.status,
        "module": step.module,
        "version": step.version,
        "reused": step.status == StepStatus.REUSED,
        "reused_from_run": step.reused_from.run_id if step.reused_from_id and step.reused_from else None,
        "error": step.error,
    }


def _output_comparison(step_a: StepRun | None, step_b: StepRun | None) -> list[dict[str, Any]]:
    outputs_a = step_a.outputs if step_a is not None and isinstance(step_a.outputs, dict) else {}
    outputs_b = step_b.outputs if step_b is not None and isinstance(step_b.outputs, dict) else {}
    return [
        {
            "port": port,
            "a": outputs_a.get(port),
            "b": outputs_b.get(port),
            "equal": bool(outputs_a.get(port)) and outputs_a.get(port) == outputs_b.get(port),
        }
        for port in sorted(outputs_a.keys() | outputs_b.keys())
    ]


def _metrics_by_node(run_ids: list[int]) -> dict[tuple[int, str], dict[str, float]]:
    """{(run, node): {name: value}}, each in the order the run recorded them: one query."""
    by_node: dict[tuple[int, str], dict[str, float]] = {}
    rows = RunMetric.objects.filter(run_id__in=run_ids).order_by("run_id", "position", "id")
    for run_id, node_id, name, value in rows.values_list("run_id", "node_id", "name", "value"):
        by_node.setdefault((run_id, node_id), {})[name] = value
    return by_node


def _metric_deltas(metrics_a: dict[str, float], metrics_b: dict[str, float]) -> list[dict[str, Any]]:
    """Every metric either run's step recorded: those of `a` in its order, then those
    only `b` has; `delta` is b - a where both have it."""
    names = list(metrics_a) + [name for name in metrics_b if name not in metrics_a]
    return [
        {
            "name": name,
            "a": metrics_a.get(name),
            "b": metrics_b.get(name),
            "delta": metrics_b[name] - metrics_a[name] if name in metrics_a and name in metrics_b else None,
        }
        for name in names
    ]
