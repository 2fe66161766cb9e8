"""trained_model: the model a completed training run trained, for an inference pipeline.

The node names the run, the node and its output port, and the artifact's digest. At
submit the engine checks that the run is of this workspace and that its step made that
artifact (runner.inference.resolve_run_artifact), then hands the artifact's folder to
the step as its hidden input: the digest is part of the step's cache key.
"""

from __future__ import annotations

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, PortSpec
from runner.modules._common import RUN_ARTIFACT_PARAMS, load_run_artifact
from runner.step_runtime import ModelArtifact, StepContext

SPEC = ModuleSpec(
    slug="trained_model",
    version="1.0.0",
    name="Trained Model",
    category="Web service",
    description=(
        "The model a node of a completed training run trained, as that run left it: an inference "
        "pipeline scores with it instead of training again."
    ),
    outputs=(PortSpec("model", "Model", description="The trained model, for Score Model."),),
    params=RUN_ARTIFACT_PARAMS,
    keywords=("trained model", "saved model", "inference pipeline", "reuse model", "registered model"),
    entrypoint="runner.modules.trained_model:trained_model",
)


def trained_model(ctx: StepContext, **inputs: object) -> dict[str, object]:
    artifact = load_run_artifact(ctx, inputs, port_type="Model", what="model")
    assert isinstance(artifact, ModelArtifact)
    return {"model": artifact}


# At submit, the run's artifact is checked and frozen into the run (the step gets its
# folder as the hidden source_file input).
ON_SUBMIT = "runner.inference:resolve_run_artifact"


# What the past run trained it for is in its artifact, read when the run is submitted.
SCHEMA_RULE = design_schema.unknown_rule("the model of a past run is read when the run is submitted")
