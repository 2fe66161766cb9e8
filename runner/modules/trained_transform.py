"""trained_transform: a transform a completed training run learnt, for an inference pipeline.

The node names the run, the node and its output port, and the artifact's digest. At
submit the engine checks that the run is of this workspace and that its step made that
artifact (runner.inference.resolve_run_artifact), then hands the artifact's folder to
the step as its hidden input: the digest is part of the step's cache key.
"""

from __future__ import annotations

from pathlib import Path

from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules.import_data import SOURCE_FILE_INPUT
from runner.step_runtime import ModelArtifact, ModuleError, StepContext, load_input

SPEC = ModuleSpec(
    slug="trained_transform",
    version="1.0.0",
    name="Trained Transform",
    category="Web service",
    description=(
        "A transform a node of a completed training run learnt (Normalize Data's scaling, Clean "
        "Missing Data's fill values), for Apply Transformation: new rows get the training set's values."
    ),
    outputs=(PortSpec("transform", "Transform", description="The learnt transform, for Apply Transformation."),),
    params=(
        ParamSpec("run", "int", default=0, min=0, help="The training run that made it."),
        ParamSpec("node", "string", default="", help="The node of that run that made it."),
        ParamSpec("port", "string", default="", help="The node's output port."),
        ParamSpec(
            "digest",
            "string",
            default="",
            help="Its content digest, filled in by Create inference pipeline; empty: whatever that step made.",
        ),
    ),
    entrypoint="runner.modules.trained_transform:trained_transform",
)


def trained_transform(ctx: StepContext, **inputs: object) -> dict[str, object]:
    folder = inputs.get(SOURCE_FILE_INPUT)
    if not isinstance(folder, Path):
        raise ModuleError(f"the transform of run {ctx.params['run']}, node {ctx.params['node']!r} was not resolved")
    artifact = load_input(folder, "Transform", "transform")
    assert isinstance(artifact, ModelArtifact)
    return {"transform": artifact}


# At submit, the run's artifact is checked and frozen into the run (the step gets its
# folder as the hidden source_file input).
ON_SUBMIT = "runner.inference:resolve_run_artifact"
