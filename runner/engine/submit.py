"""The start of a run's life: submit, resume and clone.

`run_submit` validates the pipeline against the workspace's catalogue and compute
targets, compiles it with the run's parameter values and freezes the snapshot the run
reads from then on (see snapshot.py); `run_resume` submits a failed or canceled run
again with a copy of its snapshot, and `run_resume_with_fix` with the pipeline's saved
draft instead (the failed node fixed), both reusing what finished in it;
`run_submit_published` compiles a published version's frozen graph against the module
versions frozen with it. All end in `_run_create`: one transaction numbers the run,
creates it with one pending step per node, and on commit sends `run.status` and the
`run_advance` task, which hands the run to scheduling.py. `run_clone` makes a new
draft pipeline from a run and starts nothing.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max

from designer import compute
from designer.errors import ApplicationError
from designer.graph import CompileError, ExecutionPlan, GraphDocument, compile_plan, validate_graph
from designer.graph.catalog import Catalog, CatalogEntry, DictCatalog
from designer.graph.spec import ModuleSpec
from designer.models import Pipeline
from designer.roles import EDITOR, require_role
from designer.selectors import catalog_for_workspace
from designer.snapshots import snapshots_owned
from runner import datasets
from runner.engine.dispatch import emit_run, enqueue_advance
from runner.engine.snapshot import step_target
from runner.experiments import experiment_for_run
from runner.models import PipelineRun, PublishedPipeline, RunStatus, RunTrigger, Schedule, StepRun, StepStatus


def run_submit(
    *,
    pipeline: Pipeline,
    user: User,
    parameters: dict[str, Any] | None = None,
    force_rerun: bool = False,
    experiment: str = "",
    continue_on_failure: bool = False,
) -> PipelineRun:
    """Validate, freeze a snapshot, create the run and its steps, then advance on commit."""
    require_role(user=user, workspace=pipeline.workspace, role=EDITOR, action="start runs")
    snapshot = _draft_snapshot(pipeline=pipeline, parameters=parameters or {})
    return _run_create(
        pipeline=pipeline,
        user=user,
        snapshot=snapshot,
        parameters=snapshot.pop("parameters"),
        force_rerun=force_rerun,
        experiment=experiment,
        continue_on_failure=continue_on_failure,
    )


def run_submit_published(
    *,
    published: PublishedPipeline,
    user: User | None,
    parameters: dict[str, Any] | None = None,
    experiment: str = "",
    trigger: str = RunTrigger.ENDPOINT,
    schedule: Schedule | None = None,
) -> PipelineRun:
    """Start a run of a published version: its frozen graph, compiled against the module
    versions and compute targets frozen with it, whatever the draft and the catalogue
    became since. Dataset versions are resolved now (a schedule runs on new data).
    `user` is who asked (a token's user, a schedule's owner); None only for a schedule
    whose owner was deleted, which the caller refuses before."""
    snapshot = published_snapshot(published=published, user=user, parameters=parameters)
    return run_create_published(
        published=published, user=user, snapshot=snapshot, experiment=experiment, trigger=trigger, schedule=schedule
    )


def published_snapshot(
    *, published: PublishedPipeline, user: User | None, parameters: dict[str, Any] | None
) -> dict[str, Any]:
    """The first half of run_submit_published: the version compiled with these
    parameter values (a 400 for bad ones), writing nothing. A trigger does this before
    it takes its endpoint's lock."""
    workspace = published.endpoint.workspace
    if user is not None:
        require_role(user=user, workspace=workspace, role=EDITOR, action="start runs")
    frozen = published.snapshot
    return _freeze(
        document=GraphDocument.from_dict(frozen["graph"]),
        catalog=published_catalog(frozen),
        parameters=parameters or {},
        pipeline=published.pipeline,
        targets=frozen["targets"],
    )


def run_create_published(
    *,
    published: PublishedPipeline,
    user: User | None,
    snapshot: dict[str, Any],
    experiment: str = "",
    trigger: str = RunTrigger.ENDPOINT,
    schedule: Schedule | None = None,
) -> PipelineRun:
    """The second half: the run and its steps, from a snapshot published_snapshot made
    for this version."""
    snapshot = dict(snapshot)
    return _run_create(
        pipeline=published.pipeline,
        user=user,
        snapshot=snapshot,
        parameters=snapshot.pop("parameters"),
        force_rerun=False,
        experiment=experiment,
        continue_on_failure=False,
        revision=published.pipeline_revision,
        trigger=trigger,
        published_version=published,
        schedule=schedule,
    )


def published_catalog(frozen: dict[str, Any]) -> DictCatalog:
    """The catalogue a published version was frozen with: exactly its nodes' module
    versions, specs and digests."""
    return DictCatalog(
        CatalogEntry(
            spec=ModuleSpec.from_dict(entry["spec"]),
            status=entry["status"],
            code_digest=entry["code_digest"],
            environment_digest=entry["environment_digest"],
        )
        for entry in frozen["modules"]
    )


def validated_draft(
    pipeline: Pipeline, *, purpose: str = "running it"
) -> tuple[GraphDocument, Catalog, dict[str, Any]]:
    """The pipeline's saved draft checked against the workspace's catalogue and compute
    targets (a 400 listing every problem, "fix them before <purpose>"), with that
    catalogue and those targets. Runs and publishing both start from it."""
    catalog = catalog_for_workspace(workspace=pipeline.workspace)
    targets = compute.targets_for_workspace(workspace=pipeline.workspace)
    result = validate_graph(
        pipeline.graph,
        catalog,
        compute_targets=targets.keys(),
        source_snapshots=snapshots_owned(workspace=pipeline.workspace, graph=pipeline.graph),
    )
    if result.errors or result.document is None:
        raise ApplicationError(
            f"the pipeline has problems; fix them before {purpose}",
            extra={"errors": [p.to_dict() for p in result.problems]},
        )
    return result.document, catalog, targets


def _draft_snapshot(*, pipeline: Pipeline, parameters: dict[str, Any]) -> dict[str, Any]:
    """The snapshot of a run of the pipeline's saved draft with these parameter values."""
    document, catalog, targets = validated_draft(pipeline)
    return _freeze(document=document, catalog=catalog, parameters=parameters, pipeline=pipeline, targets=targets)


def _freeze(
    *,
    document: GraphDocument,
    catalog: Catalog,
    parameters: dict[str, Any],
    pipeline: Pipeline,
    targets: dict[str, Any],
) -> dict[str, Any]:
    """Compile the document with the run's parameter values and freeze what the run
    reads from then on; `parameters` in the answer are the resolved values."""
    try:
        plan = compile_plan(document, catalog, parameters)
    except CompileError as exc:
        raise ApplicationError(
            "the run parameters are not valid",
            extra={"errors": [p.to_dict() for p in exc.problems]},
        ) from None

    imports = datasets.resolve_imports(plan=plan, workspace=pipeline.workspace)
    # Only the targets the steps use are frozen: the run must not depend on later edits.
    used = {step.compute or compute.DEFAULT_TARGET for step in plan.steps}
    return {
        "graph": document.to_dict(),
        "plan": plan.to_dict(),
        "imports": imports,
        "targets": {name: targets[name] for name in sorted(used)},
        "parameters": plan.parameters,
    }


def run_resume(*, run: PipelineRun, user: User) -> PipelineRun:
    """Submit a failed or canceled run again, exactly as it was frozen: the steps that
    finished there are reused (even non-deterministic ones), only the rest runs."""
    require_role(user=user, workspace=run.workspace, role=EDITOR, action="resume runs")
    _require_resumable(run)
    return _run_create(
        pipeline=run.pipeline,
        user=user,
        snapshot=PipelineRun.objects.values_list("snapshot", flat=True).get(pk=run.pk),
        parameters=run.parameters,
        force_rerun=False,
        experiment=run.experiment.name if run.experiment is not None else "",
        continue_on_failure=run.continue_on_failure,
        resumed_from=run,
        revision=run.pipeline_revision,
    )


def run_resume_with_fix(*, run: PipelineRun, user: User) -> PipelineRun:
    """Resume a failed or canceled run with the pipeline's saved draft: the user fixed
    the node that failed (its parameters or its script), saved, and wants the run to go
    on from there rather than start over.

    The draft is compiled afresh, with the run's parameter values (those the draft still
    declares). A step that finished in the run is reused, even a non-deterministic one,
    wherever its cache key is the same, that is where its module, code, parameters and
    inputs are unchanged (run_advance, through ReuseIndex.resumed); so the fixed node,
    everything downstream of it and every other node whose definition changed run."""
    require_role(user=user, workspace=run.workspace, role=EDITOR, action="resume runs")
    _require_resumable(run)
    # The draft as saved now, whenever the caller read the run and its pipeline.
    pipeline = Pipeline.objects.get(pk=run.pipeline_id)
    draft_nodes = {n.get("id") for n in pipeline.graph.get("nodes", []) if isinstance(n, dict)}
    run_nodes = set(run.steps.values_list("node_id", flat=True))
    failed = sorted(run.steps.filter(status=StepStatus.FAILED).values_list("node_id", flat=True))
    gone = [node_id for node_id in failed if node_id not in draft_nodes]
    if gone:
        names = ", ".join(gone)
        raise ApplicationError(
            f"run #{run.number} failed at {names}, which the pipeline no longer has: "
            "there is nothing to resume; start a new run instead",
            extra={"missing_nodes": gone},
        )
    if not run_nodes & draft_nodes:
        raise ApplicationError(
            f"the pipeline no longer has any of run #{run.number}'s steps: "
            "there is nothing to resume; start a new run instead"
        )
    document, catalog, targets = validated_draft(pipeline)
    declared = {parameter.name for parameter in document.parameters}
    snapshot = _freeze(
        document=document,
        catalog=catalog,
        # A parameter removed since is dropped; a new one takes its default.
        parameters={name: value for name, value in run.parameters.items() if name in declared},
        pipeline=pipeline,
        targets=targets,
    )
    return _run_create(
        pipeline=pipeline,
        user=user,
        snapshot=snapshot,
        parameters=snapshot.pop("parameters"),
        force_rerun=False,
        experiment=run.experiment.name if run.experiment is not None else "",
        continue_on_failure=run.continue_on_failure,
        resumed_from=run,
    )


def _require_resumable(run: PipelineRun) -> None:
    if run.status not in (RunStatus.FAILED, RunStatus.CANCELED):
        raise ApplicationError(f"only a failed or canceled run can be resumed; run #{run.number} is {run.status}")


def _run_create(
    *,
    pipeline: Pipeline,
    user: User | None,
    snapshot: dict[str, Any],
    parameters: dict[str, Any],
    force_rerun: bool,
    experiment: str,
    continue_on_failure: bool,
    resumed_from: PipelineRun | None = None,
    revision: int | None = None,
    trigger: str = RunTrigger.MANUAL,
    published_version: PublishedPipeline | None = None,
    schedule: Schedule | None = None,
) -> PipelineRun:
    """Number and create the run with its pending steps from a frozen snapshot, in the
    experiment named (created if new; the pipeline's default when `experiment` is
    blank); on commit, announce it and send it to be advanced."""
    plan = ExecutionPlan.from_dict(snapshot["plan"])
    targets = snapshot.get("targets", {})
    with transaction.atomic():
        # Lock the pipeline so concurrent submits get distinct run numbers.
        locked = Pipeline.objects.select_for_update().get(pk=pipeline.pk)
        number = (locked.runs.aggregate(n=Max("number"))["n"] or 0) + 1
        run = PipelineRun.objects.create(
            workspace_id=locked.workspace_id,
            pipeline=locked,
            number=number,
            experiment=experiment_for_run(pipeline=locked, name=experiment, user=user),
            parameters=parameters,
            force_rerun=force_rerun,
            continue_on_failure=continue_on_failure,
            resumed_from=resumed_from,
            snapshot=snapshot,
            pipeline_revision=revision or locked.revision,
            trigger=trigger,
            published_version=published_version,
            schedule=schedule,
            created_by=user,
        )
        steps = []
        for step in plan.steps:
            target = step_target(targets, step)
            steps.append(
                StepRun(
                    run=run,
                    node_id=step.node_id,
                    module=step.module,
                    version=step.version,
                    compute=target["name"],
                    queue=target["queue"],
                )
            )
        StepRun.objects.bulk_create(steps)
        emit_run(run)
        enqueue_advance(run.pk)
    return run


def run_clone(*, run: PipelineRun, user: User) -> Pipeline:
    """A new draft pipeline in the run's workspace: the graph the run froze, with its
    parameter values as the parameters' defaults, so running the draft repeats the run."""
    from designer.services import pipeline_create

    require_role(user=user, workspace=run.workspace, role=EDITOR, action="clone runs")
    graph = dict(run.snapshot["graph"])
    graph["parameters"] = [
        {**parameter, "default": run.parameters.get(parameter["name"], parameter.get("default"))}
        for parameter in graph.get("parameters", [])
    ]
    return pipeline_create(
        workspace=run.workspace,
        user=user,
        name=f"{run.pipeline.name} (copy of run #{run.number})"[:200],
        description=f"Cloned from run #{run.number} of {run.pipeline.name}.",
        graph=graph,
    )
