"""Inference pipelines: made from a completed training run, deployed as real-time
endpoints, or published to score datasets in batches.

`inference_pipeline_create` turns the run's frozen graph into a new draft pipeline
(designer.graph.inference has the rules); its Trained Model and Trained Transform nodes
name artifacts of the run, which `resolve_run_artifact` checks and freezes whenever the
pipeline runs. `pipeline_deploy` freezes a real-time inference pipeline's scoring graph
into a new version of a real-time endpoint; runner.inference_scorer runs that graph per
request, in the endpoint's confined scorer process.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Max

from designer.errors import ApplicationError
from designer.graph import GraphDocument, PlannedStep, Problem, compile_plan, validate_graph
from designer.graph.compile import CompileError, ExecutionPlan
from designer.graph.inference import (
    BATCH,
    KINDS,
    REALTIME,
    TRAINED_MODEL,
    TRAINED_TRANSFORM,
    WEB_SERVICE_INPUT,
    WEB_SERVICE_OUTPUT,
    InferenceError,
    TrainingRun,
    dataset_name,
    inference_graph,
)
from designer.graph.spec import ModuleSpec
from designer.models import Pipeline, Workspace
from designer.roles import EDITOR, require_role
from designer.selectors import catalog_for_workspace
from runner import tables
from runner.artifacts import default_store
from runner.endpoints import version_make_live
from runner.models import (
    STEP_SUCCEEDED,
    Endpoint,
    EndpointKind,
    EndpointVersion,
    LiveChange,
    PipelineRun,
    PublishedPipeline,
    RunStatus,
    StepRun,
)
from runner.publishing import ENDPOINT_NAME, pipeline_publish

# Where the scorer reads its artifacts from: every node of these modules names one.
ARTIFACT_MODULES = frozenset({TRAINED_MODEL, TRAINED_TRANSFORM})


def inference_pipeline_create(
    *,
    run: PipelineRun,
    user: User,
    kind: str = REALTIME,
    model_node: str | None = None,
    endpoint_name: str = "",
) -> tuple[Pipeline, PublishedPipeline | None]:
    """A new draft pipeline in the run's workspace that scores with what the run trained;
    a batch one is also published under `endpoint_name` when one is given. 400 when the
    run is not completed or trained nothing."""
    from designer.services import pipeline_create

    require_role(user=user, workspace=run.workspace, role=EDITOR, action="create inference pipelines")
    if kind not in KINDS:
        raise ApplicationError(f"kind must be one of {', '.join(KINDS)}; got {kind!r}")
    if run.status != RunStatus.COMPLETED:
        raise ApplicationError(
            f"run #{run.number} of {run.pipeline.name!r} is {run.status}; only a completed training run "
            "can make an inference pipeline"
        )
    if endpoint_name and kind != BATCH:
        raise ApplicationError("only a batch inference pipeline is published; deploy a real-time one instead")
    if endpoint_name and not ENDPOINT_NAME.fullmatch(endpoint_name):
        raise ApplicationError(f"endpoint name {endpoint_name!r} must be lower case letters, digits and '-'")
    what = "real-time" if kind == REALTIME else "batch"
    try:
        built = inference_graph(
            training_run(run),
            kind=kind,
            model_node=model_node or None,
            output_dataset=dataset_name(f"{run.pipeline.name} scores"),
        )
    except InferenceError as exc:
        raise ApplicationError(str(exc), extra={"run": run.pk}) from None
    pipeline = pipeline_create(
        workspace=run.workspace,
        user=user,
        name=f"{run.pipeline.name} ({what} inference, run #{run.number})"[:200],
        description=(
            f"Scores with the model node {built.trainer!r} trained in run #{run.number} of {run.pipeline.name!r}."
        ),
        graph=built.graph,
    )
    published = pipeline_publish(pipeline=pipeline, user=user, endpoint_name=endpoint_name) if endpoint_name else None
    return pipeline, published


def training_run(run: PipelineRun) -> TrainingRun:
    """What the graph rules need to know of a run: its graph, its nodes' specs as it
    ran them, the artifacts of its steps that succeeded and their datasets' columns."""
    snapshot = PipelineRun.objects.values_list("snapshot", flat=True).get(pk=run.pk)
    plan = ExecutionPlan.from_dict(snapshot["plan"])
    catalog = catalog_for_workspace(workspace=run.workspace)
    specs: dict[str, ModuleSpec] = {}
    for step in plan.steps:
        entry = catalog.get(step.module, step.version) or catalog.get(step.module, None)
        if entry is not None:
            specs[step.node_id] = entry.spec
    outputs = {
        node_id: dict(ports)
        for node_id, ports in StepRun.objects.filter(run=run, status__in=STEP_SUCCEEDED).values_list(
            "node_id", "outputs"
        )
    }
    store = default_store()

    def columns_of(node_id: str, port: str) -> list[tuple[str, str]] | None:
        digest = outputs.get(node_id, {}).get(port)
        if not digest:
            return None
        file = tables.table_file(store.path(digest))
        if file is None:
            return None
        schema = tables.read_table(file).schema
        frame = schema.empty_table().to_pandas()
        return [(str(name), str(dtype)) for name, dtype in frame.dtypes.items()]

    return TrainingRun(
        run_id=run.pk,
        graph=snapshot["graph"],
        specs=specs,
        outputs=outputs,
        columns_of=columns_of,
        parameters=dict(run.parameters or {}),
    )


# --------------------------------------------------------------------------- artifacts of a run


def run_artifact(*, workspace: Workspace, params: dict[str, Any]) -> tuple[str | None, str]:
    """The digest of the artifact a trained_model / trained_transform node names, and
    why not when it cannot be used: the run must be of this workspace, its step must
    have succeeded and made that output, the same one the node pins."""
    try:
        run_id = int(params.get("run") or 0)
    except (TypeError, ValueError):
        run_id = 0
    node, port, pinned = str(params.get("node") or ""), str(params.get("port") or ""), str(params.get("digest") or "")
    step = (
        StepRun.objects.filter(run_id=run_id, run__workspace=workspace, node_id=node, status__in=STEP_SUCCEEDED)
        .only("outputs")
        .first()
    )
    if step is None:
        # Says the same for a run of another workspace as for none at all.
        return None, f"no run {run_id} with a finished step {node!r} in this workspace"
    digest = str((step.outputs or {}).get(port) or "")
    if not digest:
        return None, f"step {node!r} of run {run_id} has no output {port!r}"
    if pinned and pinned != digest:
        return None, f"step {node!r} of run {run_id} made another {port!r} than this node names"
    return digest, ""


def resolve_run_artifact(workspace: Workspace, step: PlannedStep) -> tuple[dict[str, Any] | None, Problem | None]:
    """ON_SUBMIT of trained_model and trained_transform: the artifact's folder, handed to
    the step as its hidden source_file input, and its digest, in the step's cache key."""
    digest, problem = run_artifact(workspace=workspace, params=step.params)
    if digest is None:
        return None, Problem(node_id=step.node_id, param="run", message=problem)
    return {"path": str(default_store().path(digest)), "digest": digest, "artifact": True}, None


# --------------------------------------------------------------------------- deploying


def pipeline_deploy(
    *, pipeline: Pipeline, user: User, endpoint_name: str, make_live: bool = False, description: str = ""
) -> EndpointVersion:
    """Freeze a real-time inference pipeline into the next version of the named real-time
    endpoint (created on first deploy). The first version is live; a later one only when
    `make_live` says so: deploying never changes what callers get unless asked to."""
    require_role(user=user, workspace=pipeline.workspace, role=EDITOR, action="deploy endpoints")
    if not ENDPOINT_NAME.fullmatch(endpoint_name or ""):
        raise ApplicationError(
            f"endpoint name {endpoint_name!r} must be 1-63 lower case letters, digits and '-', "
            "starting with a letter or digit"
        )
    frozen, model = freeze_inference_graph(pipeline)
    meta = _model_meta(model)
    mirror = {
        "model_digest": model,
        "transform_digest": "",
        "task": str(meta.get("task") or ""),
        "feature_columns": list(meta.get("feature_columns") or []),
    }
    try:
        endpoint, _ = Endpoint.objects.get_or_create(
            workspace=pipeline.workspace, name=endpoint_name, defaults={**mirror}
        )
    except IntegrityError:  # created by a concurrent deploy
        endpoint = Endpoint.objects.get(workspace=pipeline.workspace, name=endpoint_name)
    with transaction.atomic():
        endpoint = Endpoint.objects.select_for_update().get(pk=endpoint.pk)
        number = (endpoint.versions.aggregate(n=Max("version"))["n"] or 0) + 1
        version = EndpointVersion.objects.create(
            endpoint=endpoint,
            version=number,
            kind=EndpointKind.PIPELINE,
            graph=frozen,
            created_by=user,
            **mirror,
        )
        if make_live or endpoint.live_id is None:
            version_make_live(endpoint, version, action=LiveChange.DEPLOY, user_id=user.pk)
    return version


def freeze_inference_graph(pipeline: Pipeline) -> tuple[dict[str, Any], str]:
    """The scoring graph of a real-time inference pipeline as its endpoint runs it: the
    compiled plan (module versions and parameters resolved), the artifact each Trained
    Model / Transform node gives, and its input and output nodes. Also the model's digest."""
    catalog = catalog_for_workspace(workspace=pipeline.workspace)
    result = validate_graph(pipeline.graph, catalog)
    if result.errors or result.document is None:
        raise ApplicationError(
            "the pipeline has problems; fix them before deploying it",
            extra={"errors": [p.to_dict() for p in result.problems]},
        )
    document: GraphDocument = result.document
    inputs = [n.id for n in document.nodes if n.module == WEB_SERVICE_INPUT]
    outputs = [n.id for n in document.nodes if n.module == WEB_SERVICE_OUTPUT]
    if len(inputs) != 1 or len(outputs) != 1:
        raise ApplicationError(
            "a real-time inference pipeline has one Web Service Input and one Web Service Output node; "
            f"this one has {len(inputs)} and {len(outputs)} (make one from a training run's "
            "'Create inference pipeline')"
        )
    try:
        plan = compile_plan(document, catalog, {})
    except CompileError as exc:
        raise ApplicationError(
            "the pipeline cannot be compiled", extra={"errors": [p.to_dict() for p in exc.problems]}
        ) from None
    # What feeds the input node only gives sample rows on the canvas; the endpoint
    # puts the request's rows in their place.
    skipped = set(plan.ancestors(inputs[0]))
    if outputs[0] not in plan.descendants(inputs[0]):
        raise ApplicationError("the Web Service Output node does not get its rows from the Web Service Input node")
    steps = [
        dataclasses.replace(s, inputs={}, input_types={}) if s.node_id == inputs[0] else s
        for s in plan.steps
        if s.node_id not in skipped
    ]
    unsupported = [s.label for s in steps if not _runs_in_scorer(pipeline.workspace, s)]
    if unsupported:
        raise ApplicationError(
            "an endpoint runs built-in modules and scripts only, and no node that reads or writes the "
            f"workspace: {', '.join(unsupported)}"
        )
    artifacts: dict[str, str] = {}
    problems: list[str] = []
    for step in steps:
        if step.module in ARTIFACT_MODULES:
            digest, problem = run_artifact(workspace=pipeline.workspace, params=step.params)
            if digest is None:
                problems.append(f"{step.label}: {problem}")
            else:
                artifacts[step.node_id] = digest
    if problems:
        raise ApplicationError("the pipeline names artifacts it cannot use", extra={"errors": problems})
    models = [artifacts[s.node_id] for s in steps if s.module == TRAINED_MODEL]
    if not models:
        raise ApplicationError("the pipeline has no Trained Model node: there is nothing to score with")
    frozen = {
        "pipeline": pipeline.pk,
        "pipeline_revision": pipeline.revision,
        "input": inputs[0],
        "output": outputs[0],
        "plan": ExecutionPlan(steps=tuple(steps), parameters=plan.parameters).to_dict(),
        "artifacts": artifacts,
    }
    return frozen, models[0]


def _runs_in_scorer(workspace: Workspace, step: PlannedStep) -> bool:
    """Whether the endpoint's scorer can run the step: a built-in that leaves nothing in
    the workspace when it completes and, when submitted, resolves nothing from it (a
    script in its own parameter does not; one running a source snapshot, or Import
    Data, does, and the scorer has no workspace to read)."""
    from runner.modules import BUILTIN_MODULES
    from runner.modules.hooks import load_submit_hook

    if step.module in ARTIFACT_MODULES:
        return True
    builtin = BUILTIN_MODULES.get(step.module)
    if builtin is None or builtin.on_completed is not None:
        return False
    if builtin.on_submit is None:
        return True
    resolved, problem = load_submit_hook(builtin.on_submit)(workspace, step)
    return resolved is None and problem is None


def _model_meta(digest: str) -> dict[str, Any]:
    try:
        meta = json.loads((default_store().path(digest) / "meta.json").read_text())
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}
