"""assign_to_clusters: put new rows into the clusters of a trained clustering model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, PortSpec
from runner.modules._common import list_names, require_rows
from runner.modules._metrics import assignments_frame, assignments_schema, clustering_features, require_clustering_model
from runner.step_runtime import ModelArtifact, ModuleError, StepContext

SPEC = ModuleSpec(
    slug="assign_to_clusters",
    version="1.0.0",
    name="Assign Data to Clusters",
    category="Training, scoring, evaluation",
    description=(
        "Assigns each row to the nearest cluster of a model trained with Train Clustering Model, using the "
        "feature columns the model was trained on."
    ),
    inputs=(
        PortSpec("model", "Model", description="A model from Train Clustering Model."),
        PortSpec("dataset", "DataFrame", description="Rows with the model's feature columns."),
    ),
    outputs=(
        PortSpec(
            "assignments",
            "DataFrame",
            description=(
                "The dataset plus 'Assignments' (the cluster of each row) and 'DistancesToClusterCenter no.<i>' "
                "(the distance to each cluster centre)."
            ),
        ),
    ),
    params=(),
    keywords=("Assign Data to Clusters", "cluster assignment", "predict cluster", "clustering", "k-means"),
    entrypoint="runner.modules.assign_to_clusters:assign_to_clusters",
)


def assign_to_clusters(ctx: StepContext, *, model: ModelArtifact, dataset: pd.DataFrame) -> dict[str, object]:
    estimator = require_clustering_model(model, module="assign_to_clusters")
    named = model.meta.get("feature_columns")
    if not named:
        named = [str(c) for c in getattr(estimator, "feature_names_in_", [])]
    if not isinstance(named, list) or not named:
        raise ModuleError("input model does not record its feature columns; train it with train_clustering_model")
    feature_columns = [str(c) for c in named]
    available = [str(c) for c in dataset.columns]
    missing = [c for c in feature_columns if c not in available]
    if missing:
        raise ModuleError(
            f"input dataset lacks the model's feature columns {list_names(missing)}; "
            f"available: {list_names(available) or '(none)'}"
        )
    require_rows(dataset, port="dataset")
    features = clustering_features(dataset, feature_columns, port="dataset")
    return {"assignments": assignments_frame(dataset, estimator, features, feature_columns)}


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    return {"assignments": assignments_schema(inputs.need("dataset"))}


SCHEMA_RULE = schema_rule
