"""trained_transform: a transform a completed training run learnt, for an inference pipeline.

The node names the run, the node and its output port, and the artifact's digest. At
submit the engine checks that the run is of this workspace and that its step made that
artifact (runner.inference.resolve_run_artifact), then hands the artifact's folder to
the step as its hidden input: the digest is part of the step's cache key.
"""

from __future__ import annotations

from designer.graph.spec import ModuleSpec, PortSpec
from runner.modules._common import RUN_ARTIFACT_PARAMS, load_run_artifact
from runner.step_runtime import StepContext

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
    params=RUN_ARTIFACT_PARAMS,
    keywords=("trained transform", "saved transform", "inference pipeline", "reuse transform"),
    entrypoint="runner.modules.trained_transform:trained_transform",
)


def trained_transform(ctx: StepContext, **inputs: object) -> dict[str, object]:
    return {"transform": load_run_artifact(ctx, inputs, port_type="Transform", what="transform")}


# At submit, the run's artifact is checked and frozen into the run (the step gets its
# folder as the hidden source_file input).
ON_SUBMIT = "runner.inference:resolve_run_artifact"
