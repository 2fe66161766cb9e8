"""apply_transformation: re-apply what a transformation step learnt to another dataset."""

from __future__ import annotations

import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, PortSpec
from runner.step_runtime import ModelArtifact, ModuleError, StepContext

SPEC = ModuleSpec(
    slug="apply_transformation",
    version="1.0.0",
    name="Apply Transformation",
    category="Data transformation",
    description=(
        "Applies a transform made by another step (Clean Missing Data, Normalize Data) to a dataset, "
        "with the values that step learnt: for example the training set's means to the test set."
    ),
    inputs=(PortSpec("transform", "Transform"), PortSpec("dataset", "DataFrame")),
    outputs=(PortSpec("dataset", "DataFrame", description="The transformed dataset."),),
    params=(),
    keywords=(
        "Apply Transformation",
        "transform",
        "reuse transformation",
        "apply scaling",
        "apply cleaning",
        "inference",
    ),
    entrypoint="runner.modules.apply_transformation:apply_transformation",
)


def apply_transformation(ctx: StepContext, *, transform: object, dataset: pd.DataFrame) -> dict[str, object]:
    model = transform.model if isinstance(transform, ModelArtifact) else transform
    apply = getattr(model, "apply", None)
    if not callable(apply):
        raise ModuleError(
            f"input 'transform' holds a {type(model).__name__}, not a transform; connect the transform "
            "output of Clean Missing Data or Normalize Data"
        )
    result = apply(dataset)
    if not isinstance(result, pd.DataFrame):
        raise ModuleError(f"the transform returned a {type(result).__name__}, not a dataset")
    return {"dataset": result}


SCHEMA_RULE = design_schema.unknown_rule("the transform wired in decides the columns: known when it runs")
