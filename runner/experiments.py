"""Experiments: the named groups runs belong to, and the metric index their tables read.

Every run belongs to one experiment of its workspace. A submit (the canvas, the API,
the SDK, a pipeline endpoint's trigger, a schedule) names one; a name the workspace
does not have yet creates it, as Azure ML's SDK does, and no name means the experiment
named after the run's pipeline (`experiment_for_run`). Experiments are renamed and
archived, never deleted, so a run never loses its experiment.

When a step completes (or is reused), its scalar metrics go into `RunMetric` rows in
the transaction that records its outcome (`metric_rows`, `reused_metric_rows`): the
numbers it logged with log_metric (Evaluate Model logs every number of its Metrics
document) and those of any Metrics document it output. An experiment's runs table
(`experiment_runs`) then reads two small queries, never an artifact. Each run's main
metric is the lowest-ranked row (`main_metric_name` and MAIN_RANK_*, documented in
docs/decisions.md "Experiments").
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, OuterRef, QuerySet, Subquery

from designer.errors import ApplicationError, Conflict, NotFound
from designer.models import Pipeline, Workspace
from designer.roles import EDITOR, require_role
from designer.selectors import User as AnyUser
from designer.selectors import workspace_list
from runner.models import Experiment, PipelineRun, RunMetric, RunStatus, StepRun

NAME_LIMIT = 200
# A row from a step's Metrics document that is its kind's headline number ranks before
# the first number a step logged itself; among equal ranks the earlier node wins.
MAIN_RANK_EVALUATION = 0
MAIN_RANK_LOGGED = 1


# --------------------------------------------------------------------------- writes


def _clean_name(name: object, *, field_name: str = "name") -> str:
    if not isinstance(name, str) or not name.strip():
        raise ApplicationError("an experiment needs a name", extra={"field": field_name})
    cleaned = name.strip()
    if len(cleaned) > NAME_LIMIT:
        raise ApplicationError(f"an experiment name has at most {NAME_LIMIT} characters", extra={"field": field_name})
    return cleaned


def default_experiment_name(pipeline: Pipeline) -> str:
    """Where a run goes when its submitter named no experiment: the pipeline's name,
    as the Azure ML designer suggests for a pipeline's first submit."""
    return pipeline.name.strip()[:NAME_LIMIT] or f"pipeline {pipeline.pk}"


def experiment_named(*, workspace: Workspace, name: str, user: User | None) -> Experiment:
    """The workspace's experiment of that name, created if there is none; an archived
    one is brought back (a new run in it means it is in use). The caller has checked
    the user's role (submitting a run needs the editor role, as creating does)."""
    name = _clean_name(name, field_name="experiment")
    experiment = Experiment.objects.filter(workspace=workspace, name=name).first()
    if experiment is None:
        try:
            # A savepoint: two submits naming one new experiment at once both end up in it.
            with transaction.atomic():
                experiment = Experiment.objects.create(workspace=workspace, name=name, created_by=user)
        except IntegrityError:
            experiment = Experiment.objects.get(workspace=workspace, name=name)
    if experiment.archived:
        Experiment.objects.filter(pk=experiment.pk).update(archived=False)
        experiment.archived = False
    return experiment


def experiment_for_run(*, pipeline: Pipeline, name: str, user: User | None) -> Experiment:
    """The experiment a new run of the pipeline goes to: the one named, else the
    pipeline's default."""
    return experiment_named(
        workspace=pipeline.workspace, name=name.strip() or default_experiment_name(pipeline), user=user
    )


def experiment_create(*, workspace: Workspace, user: User, name: object, description: object = "") -> Experiment:
    require_role(user=user, workspace=workspace, role=EDITOR, action="create experiments")
    cleaned = _clean_name(name)
    if not isinstance(description, str):
        raise ApplicationError("description must be text", extra={"field": "description"})
    try:
        with transaction.atomic():
            return Experiment.objects.create(
                workspace=workspace, name=cleaned, description=description, created_by=user
            )
    except IntegrityError:
        raise Conflict(f"an experiment named {cleaned!r} exists already in this workspace") from None


def experiment_update(*, experiment: Experiment, user: User, fields: Mapping[str, Any]) -> Experiment:
    """Rename, describe, archive or unarchive; the runs stay where they are."""
    require_role(user=user, workspace=experiment.workspace, role=EDITOR, action="change experiments")
    if "name" in fields:
        experiment.name = _clean_name(fields["name"])
    if "description" in fields:
        if not isinstance(fields["description"], str):
            raise ApplicationError("description must be text", extra={"field": "description"})
        experiment.description = fields["description"]
    if "archived" in fields:
        if not isinstance(fields["archived"], bool):
            raise ApplicationError("archived must be true or false", extra={"field": "archived"})
        experiment.archived = fields["archived"]
    try:
        with transaction.atomic():
            experiment.save(update_fields=["name", "description", "archived"])
    except IntegrityError:
        raise Conflict(f"an experiment named {experiment.name!r} exists already in this workspace") from None
    return experiment


# --------------------------------------------------------------------------- reads


def experiment_list(
    *, user: AnyUser, workspace_id: int | None = None, include_archived: bool = False
) -> QuerySet[Experiment]:
    """The user's experiments with `run_count`, `last_run_at` and `last_run_id`."""
    last = PipelineRun.objects.filter(experiment=OuterRef("pk")).order_by("-id").values("id")[:1]
    experiments = Experiment.objects.filter(workspace__in=workspace_list(user=user))
    if workspace_id is not None:
        experiments = experiments.filter(workspace_id=workspace_id)
    if not include_archived:
        experiments = experiments.filter(archived=False)
    return (
        experiments.select_related("workspace", "created_by")
        .annotate(run_count=Count("runs"), last_run_at=Max("runs__created_at"), last_run_id=Subquery(last))
        .order_by("name", "id")
    )


def experiment_get(*, user: AnyUser, experiment_id: int) -> Experiment:
    experiment = experiment_list(user=user, include_archived=True).filter(pk=experiment_id).first()
    if experiment is None:
        raise NotFound("experiment not found")
    return experiment


# --------------------------------------------------------------------------- the metric index


def main_metric_name(document: Mapping[str, Any]) -> str | None:
    """The headline number of a Metrics document: AUC for a binary classifier (accuracy
    when AUC could not be computed), accuracy for a multiclass one, R² for a regression,
    the silhouette for a clustering; None when the document has none of them."""
    metrics = document.get("metrics")
    if not isinstance(metrics, Mapping):
        return None
    kind = document.get("kind")
    if kind == "classification":
        preferred: tuple[str, ...] = ("auc", "accuracy") if "positive_class" in document else ("accuracy",)
    elif kind == "regression":
        preferred = ("r2",)
    elif kind == "clustering":
        preferred = ("silhouette",)
    else:
        preferred = ()
    return next((name for name in preferred if _number(metrics.get(name)) is not None), None)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


@dataclass(frozen=True)
class MetricEntry:
    name: str
    value: float
    main_rank: int | None


def metric_entries(logged: Mapping[str, Any], documents: Iterable[Mapping[str, Any]]) -> list[MetricEntry]:
    """A step's scalar metrics, in the order it logged them, then those only its
    Metrics documents hold; the main-metric candidates ranked (see MAIN_RANK_*)."""
    values: dict[str, float] = {}
    for name, value in logged.items():
        number = _number(value)
        if number is not None:
            values[str(name)[:NAME_LIMIT]] = number
    main: str | None = None
    for document in documents:
        for name, value in (document.get("metrics") or {}).items():
            number = _number(value)
            if number is not None:
                values.setdefault(str(name)[:NAME_LIMIT], number)
        main = main or main_metric_name(document)
    first_logged = next(iter(values), None)
    entries = []
    for name, value in values.items():
        rank = MAIN_RANK_EVALUATION if name == main else MAIN_RANK_LOGGED if name == first_logged else None
        entries.append(MetricEntry(name=name, value=value, main_rank=rank))
    return entries


def read_metrics_documents(outputs: Mapping[str, str], output_types: Mapping[str, str]) -> list[dict[str, Any]]:
    """The step's Metrics documents, read from the artifact store (each a small JSON
    file the step has just written)."""
    from runner.artifacts import default_store
    from runner.step_runtime import METRICS_FILE

    documents = []
    store = default_store()
    for port, port_type in output_types.items():
        digest = outputs.get(port)
        if port_type != "Metrics" or not digest:
            continue
        try:
            document = json.loads((store.path(digest) / METRICS_FILE).read_text())
        except (OSError, ValueError):
            continue  # a missing or broken document only costs the index its numbers
        if isinstance(document, dict):
            documents.append(document)
    return documents


def metric_rows(
    *,
    step: StepRun,
    logged: Mapping[str, Any],
    outputs: Mapping[str, str],
    output_types: Mapping[str, str],
    position: int,
) -> list[RunMetric]:
    """The index rows of a step that has just completed (unsaved)."""
    return [
        RunMetric(
            run_id=step.run_id,
            node_id=step.node_id,
            name=entry.name,
            value=entry.value,
            position=position,
            main_rank=entry.main_rank,
        )
        for entry in metric_entries(logged, read_metrics_documents(outputs, output_types))
    ]


def reused_metric_rows(reused: Iterable[tuple[StepRun, StepRun, Mapping[str, str], int]]) -> list[RunMetric]:
    """The index rows of steps that reuse earlier results, given as (step, hit, the
    step's output port types, its position): copies of each hit's rows in one query,
    or, for a hit recorded before the index existed, rows worked out from its metrics
    and outputs."""
    reused = list(reused)
    if not reused:
        return []
    by_source: dict[tuple[int, str], list[RunMetric]] = {}
    sources = RunMetric.objects.filter(run_id__in={hit.run_id for _, hit, _, _ in reused})
    for row in sources:
        by_source.setdefault((row.run_id, row.node_id), []).append(row)
    rows: list[RunMetric] = []
    for step, hit, output_types, position in reused:
        source = by_source.get((hit.run_id, hit.node_id))
        if source is None:
            if hit.metrics or "Metrics" in output_types.values():
                rows += metric_rows(
                    step=step, logged=hit.metrics, outputs=hit.outputs, output_types=output_types, position=position
                )
            continue
        rows += [
            RunMetric(
                run_id=step.run_id,
                node_id=step.node_id,
                name=row.name,
                value=row.value,
                position=position,
                main_rank=row.main_rank,
            )
            for row in source
        ]
    return rows


def main_metrics(run_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Each run's main metric ({name, value, node_id}), for the runs that have one:
    one query over the index."""
    best: dict[int, tuple[tuple[int, int, int], dict[str, Any]]] = {}
    rows = RunMetric.objects.filter(run_id__in=list(run_ids), main_rank__isnull=False).values_list(
        "run_id", "main_rank", "position", "id", "name", "value", "node_id"
    )
    for run_id, rank, position, row_id, name, value, node_id in rows:
        key = (rank or 0, position, row_id)  # never None: filtered above
        if run_id not in best or key < best[run_id][0]:
            best[run_id] = (key, {"name": name, "value": value, "node_id": node_id})
    return {run_id: entry for run_id, (_, entry) in best.items()}


# --------------------------------------------------------------------------- the runs table

FIXED_SORT_KEYS = ("number", "created_at", "started_at", "finished_at", "status", "pipeline", "main_metric")


@dataclass
class RunsQuery:
    """How to cut an experiment's runs table: statuses to keep, value ranges per
    column ("param.NAME" / "metric.NAME" -> (low, high), either may be None), and one
    column to sort by (a leading "-" sorts descending; missing values always last)."""

    statuses: frozenset[str] = frozenset()
    ranges: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    sort: str = "-number"
    pipeline_id: int | None = None


def parse_runs_query(params: Mapping[str, str], *, sort: str = "", status: str = "") -> RunsQuery:
    """A RunsQuery from a request's query string: `status=completed,failed`,
    `sort=-metric.auc`, and `param.NAME.min`, `param.NAME.max`, `metric.NAME.min`,
    `metric.NAME.max` (numbers). A 400 names the first thing that is wrong."""
    query = RunsQuery(sort=sort or "-number")
    if status:
        statuses = frozenset(s.strip() for s in status.split(",") if s.strip())
        unknown = sorted(statuses - set(RunStatus.values))
        if unknown:
            raise ApplicationError(
                f"unknown run status {unknown[0]!r}; use {', '.join(RunStatus.values)}", extra={"field": "status"}
            )
        query.statuses = statuses
    column = query.sort.removeprefix("-")
    if column not in FIXED_SORT_KEYS and not _is_value_column(column):
        raise ApplicationError(
            f"cannot sort by {column!r}: use {', '.join(FIXED_SORT_KEYS)}, param.NAME or metric.NAME",
            extra={"field": "sort"},
        )
    for key, raw in params.items():
        if not key.startswith(("param.", "metric.")) or raw == "":
            continue
        column, _, bound = key.rpartition(".")
        if bound not in ("min", "max") or not _is_value_column(column):
            raise ApplicationError(
                f"unknown filter {key!r}: use param.NAME.min, param.NAME.max, metric.NAME.min or metric.NAME.max",
                extra={"field": key},
            )
        try:
            number = float(raw)
        except ValueError:
            raise ApplicationError(f"{key} must be a number, got {raw!r}", extra={"field": key}) from None
        if not math.isfinite(number):
            raise ApplicationError(f"{key} must be a finite number", extra={"field": key})
        low, high = query.ranges.get(column, (None, None))
        query.ranges[column] = (number, high) if bound == "min" else (low, number)
    return query


def _is_value_column(column: str) -> bool:
    prefix, _, name = column.partition(".")
    return prefix in ("param", "metric") and bool(name)


@dataclass
class RunsTable:
    parameters: list[str]
    metrics: list[str]
    rows: list[dict[str, Any]]


def experiment_runs(*, experiment: Experiment, query: RunsQuery) -> RunsTable:
    """The experiment's runs as rows of parameters and metrics, filtered and sorted.

    Two queries (the runs, then their index rows) and the rest in Python: parameters
    are JSON of any type per run, and sorting them numerically where they are numbers
    (and textually where not) the same way on PostgreSQL and SQLite is simpler here.
    Measured in docs/decisions.md "Experiments": a few milliseconds per thousand runs."""
    runs = PipelineRun.objects.filter(experiment=experiment).select_related("pipeline", "created_by")
    if query.statuses:
        runs = runs.filter(status__in=query.statuses)
    if query.pipeline_id is not None:
        runs = runs.filter(pipeline_id=query.pipeline_id)
    fields = (
        "id", "number", "status", "parameters", "created_at", "started_at", "finished_at",
        "pipeline_id", "pipeline__name", "created_by__username",
    )  # fmt: skip
    records = list(runs.order_by("-id").values(*fields))
    metrics: dict[int, dict[str, float]] = {r["id"]: {} for r in records}
    main: dict[int, tuple[tuple[int, int, int], dict[str, Any]]] = {}
    metric_names: dict[str, None] = {}
    index = RunMetric.objects.filter(run__experiment=experiment, run_id__in=list(metrics)).order_by("position", "id")
    for run_id, name, value, node_id, position, rank, row_id in index.values_list(
        "run_id", "name", "value", "node_id", "position", "main_rank", "id"
    ):
        metrics[run_id].setdefault(name, value)  # the earliest node's value of a name
        metric_names.setdefault(name, None)
        if rank is not None:
            key = (rank, position, row_id)
            if run_id not in main or key < main[run_id][0]:
                main[run_id] = (key, {"name": name, "value": value, "node_id": node_id})
    parameter_names: dict[str, None] = {}
    rows = []
    for record in records:
        parameters = record["parameters"] if isinstance(record["parameters"], dict) else {}
        for name in parameters:
            parameter_names.setdefault(name, None)
        rows.append(
            {
                "id": record["id"],
                "number": record["number"],
                "pipeline": record["pipeline_id"],
                "pipeline_name": record["pipeline__name"],
                "status": record["status"],
                "created_by": record["created_by__username"],
                "created_at": record["created_at"],
                "started_at": record["started_at"],
                "finished_at": record["finished_at"],
                "parameters": parameters,
                "metrics": metrics[record["id"]],
                "main_metric": main[record["id"]][1] if record["id"] in main else None,
            }
        )
    rows = [row for row in rows if _in_ranges(row, query.ranges)]
    _sort(rows, query.sort)
    return RunsTable(parameters=sorted(parameter_names), metrics=sorted(metric_names), rows=rows)


def _cell(row: Mapping[str, Any], column: str) -> Any:
    if column == "pipeline":
        return row["pipeline_name"]
    if column == "main_metric":
        return row["main_metric"]["value"] if row["main_metric"] else None
    prefix, _, name = column.partition(".")
    if prefix == "param":
        return row["parameters"].get(name)
    if prefix == "metric":
        return row["metrics"].get(name)
    return row[column]


def _in_ranges(row: Mapping[str, Any], ranges: Mapping[str, tuple[float | None, float | None]]) -> bool:
    for column, (low, high) in ranges.items():
        value = _number(_cell(row, column))
        if value is None or (low is not None and value < low) or (high is not None and value > high):
            return False
    return True


def _sort(rows: list[dict[str, Any]], sort: str) -> None:
    """Sort in place by one column: numbers by value, then text, then anything else by
    its JSON; missing values last in either direction; ties by run id, newest first."""
    descending = sort.startswith("-")
    column = sort.removeprefix("-")

    def key(row: Mapping[str, Any]) -> tuple[int, Any]:
        value = _cell(row, column)
        if value is None:
            return (3, 0)
        if isinstance(value, bool):
            return (2, json.dumps(value))
        if isinstance(value, int | float):
            return (0, float(value))
        if isinstance(value, str):
            return (1, value)
        return (2, json.dumps(value, sort_keys=True, default=str))

    rows.sort(key=lambda row: -row["id"])
    present = [row for row in rows if _cell(row, column) is not None]
    missing = [row for row in rows if _cell(row, column) is None]
    present.sort(key=key, reverse=descending)
    rows[:] = present + missing
