"""Runs of one experiment side by side: the values each ran with, its scalar metrics
and its ROC curve (the answer of GET /api/experiments/{id}/compare/).

Per run, the parameters are those its frozen plan ran with: every module parameter
of every step, pipeline parameters already substituted, defaults filled in, so two
runs differ exactly where their steps were given different values; which ones came
from a pipeline parameter is read from the frozen graph. The rows, the difference
flags and the chart series are built by the page from these (frontend/src/compare/).

Metrics come from the metric index, as in the runs table; ROC curves are read from
the Metrics artifacts, and only for the few runs asked for (at most
MAX_COMPARED_RUNS), see docs/decisions.md "Experiments".

The caller found the experiment through the user's workspaces
(runner.experiments.experiment_get); a run id that is not one of that experiment's
runs is refused with the same answer whether the run exists elsewhere or not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.db.models import QuerySet

from designer.errors import ApplicationError
from designer.graph.document import binding_name
from runner.experiments import main_metrics, read_metrics_documents
from runner.models import Experiment, PipelineRun, RunMetric

# Beyond a screenful of columns a side-by-side table stops being readable, and every
# run costs a read of its Metrics artifacts.
MAX_COMPARED_RUNS = 20


def parse_run_ids(raw: str) -> list[int]:
    """`1,2,3` as distinct run ids in the order given; a 400 names what is wrong."""
    ids: list[int] = []
    for part in raw.split(","):
        text = part.strip()
        if not text:
            continue
        if not text.isdigit() or len(text) > 18:
            raise ApplicationError(
                f"runs must be run ids separated by commas, got {text[:40]!r}", extra={"field": "runs"}
            )
        number = int(text)
        if number not in ids:
            ids.append(number)
    if len(ids) < 2:
        raise ApplicationError("choose at least two runs to compare", extra={"field": "runs"})
    if len(ids) > MAX_COMPARED_RUNS:
        raise ApplicationError(f"compare at most {MAX_COMPARED_RUNS} runs at once", extra={"field": "runs"})
    return ids


def runs_to_compare(*, experiment: Experiment, run_ids: Sequence[int]) -> QuerySet[PipelineRun]:
    """The runs, oldest first, once each is known to be one of the experiment's; a 400
    names the first that is not (a run of another experiment, of another workspace, or
    of none: the same answer)."""
    runs = PipelineRun.objects.filter(experiment=experiment, pk__in=list(run_ids)).select_related("pipeline")
    found = set(runs.values_list("pk", flat=True))
    strangers = [run_id for run_id in run_ids if run_id not in found]
    if strangers:
        raise ApplicationError(
            f"run {strangers[0]} is not a run of the experiment {experiment.name!r}",
            extra={"field": "runs", "runs": strangers},
        )
    return runs.order_by("pk")


def experiment_compare(*, experiment: Experiment, run_ids: Sequence[int]) -> dict[str, Any]:
    """The chosen runs of the experiment, oldest first, each with its parameters per
    step, its metrics and its ROC curve."""
    ordered = list(runs_to_compare(experiment=experiment, run_ids=run_ids).prefetch_related("steps"))
    metrics = _metrics([run.pk for run in ordered])
    mains = main_metrics([run.pk for run in ordered])
    return {
        "experiment": {"id": experiment.pk, "name": experiment.name},
        "runs": [_run(run, metrics.get(run.pk, {}), mains.get(run.pk)) for run in ordered],
    }


def _metrics(run_ids: list[int]) -> dict[int, dict[str, float]]:
    """Each run's scalar metrics by name; the earliest node's value of a name shared by
    several, as in the runs table."""
    by_run: dict[int, dict[str, float]] = {}
    rows = RunMetric.objects.filter(run_id__in=run_ids).order_by("position", "id")
    for run_id, name, value in rows.values_list("run_id", "name", "value"):
        by_run.setdefault(run_id, {}).setdefault(name, value)
    return by_run


def _run(run: PipelineRun, metrics: dict[str, float], main_metric: dict[str, Any] | None) -> dict[str, Any]:
    snapshot: dict[str, Any] = run.snapshot if isinstance(run.snapshot, dict) else {}
    plan: dict[str, Any] = snapshot["plan"] if isinstance(snapshot.get("plan"), dict) else {}
    planned = [step for step in plan.get("steps") or [] if isinstance(step, dict) and step.get("node_id")]
    bindings = _bindings(snapshot.get("graph"))
    parameters = plan.get("parameters")
    if not isinstance(parameters, dict):
        parameters = run.parameters if isinstance(run.parameters, dict) else {}
    return {
        "id": run.pk,
        "number": run.number,
        "pipeline": run.pipeline_id,
        "pipeline_name": run.pipeline.name,
        "status": run.status,
        "created_at": run.created_at,
        "parameters": parameters,
        "steps": [
            {
                "node_id": step["node_id"],
                "label": str(step.get("label") or step.get("module") or step["node_id"]),
                "module": str(step.get("module") or ""),
                "params": step.get("params") if isinstance(step.get("params"), dict) else {},
                "bound": bindings.get(step["node_id"], {}),
            }
            for step in planned
        ],
        "metrics": metrics,
        "main_metric": main_metric,
        "roc": _roc(run, planned),
    }


def _bindings(graph: object) -> dict[str, dict[str, str]]:
    """{node: {module parameter: the pipeline parameter it was bound to}} of a frozen graph."""
    found: dict[str, dict[str, str]] = {}
    nodes = graph.get("nodes") if isinstance(graph, dict) else None
    for node in nodes if isinstance(nodes, list) else []:
        params = node.get("params") if isinstance(node, dict) else None
        if not isinstance(params, dict):
            continue
        bound = {name: pipeline_param for name, value in params.items() if (pipeline_param := binding_name(value))}
        if bound:
            found[str(node.get("id"))] = bound
    return found


def _roc(run: PipelineRun, planned: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The ROC curve of the run's first binary classification evaluated (plan order):
    {node_id, label, auc, points: [[fpr, tpr], ...]}, or None when it has none."""
    steps = {step.node_id: step for step in run.steps.all()}
    for planned_step in planned:
        step = steps.get(planned_step["node_id"])
        output_types = planned_step.get("outputs")
        if step is None or not isinstance(output_types, Mapping) or "Metrics" not in output_types.values():
            continue
        outputs = step.outputs if isinstance(step.outputs, dict) else {}
        for document in read_metrics_documents(outputs, output_types):
            curves = document.get("curves")
            points = curves.get("roc") if isinstance(curves, dict) else None
            if not _is_curve(points):
                continue
            auc = (document.get("metrics") or {}).get("auc")
            return {
                "node_id": planned_step["node_id"],
                "label": str(planned_step.get("label") or planned_step["node_id"]),
                "auc": auc if isinstance(auc, int | float) and not isinstance(auc, bool) else None,
                "points": points,
            }
    return None


def _is_curve(points: object) -> bool:
    return (
        isinstance(points, list)
        and len(points) >= 2
        and all(
            isinstance(point, list)
            and len(point) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
            for point in points
        )
    )
