"""train_clustering_model: fit a clustering algorithm (kmeans) and assign the training rows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import require_rows
from runner.modules._metrics import (
    assignments_frame,
    assignments_schema,
    clustering_features,
    numeric_columns,
    require_clustering_model,
)
from runner.step_runtime import ModelArtifact, ModuleError, StepContext, to_json_safe

SPEC = ModuleSpec(
    slug="train_clustering_model",
    version="1.0.0",
    name="Train Clustering Model",
    category="Training, scoring, evaluation",
    description=(
        "Fits a clustering algorithm (such as K-Means) on the feature columns and assigns every row to a "
        "cluster. With the same seed the clusters are exactly scikit-learn's."
    ),
    inputs=(
        PortSpec("model", "UntrainedModel", description="A clustering algorithm, e.g. K-Means Clustering."),
        PortSpec("dataset", "DataFrame", description="The rows to cluster."),
    ),
    outputs=(
        PortSpec("model", "Model", description="The fitted clustering model, for Assign Data to Clusters."),
        PortSpec(
            "assignments",
            "DataFrame",
            description=(
                "The dataset plus 'Assignments' (the cluster of each row) and 'DistancesToClusterCenter no.<i>' "
                "(the distance to each cluster centre)."
            ),
        ),
    ),
    params=(
        ParamSpec(
            "feature_columns",
            "columns",
            default=[],
            help="Columns to cluster on; they must be numeric. Empty: every numeric column.",
        ),
    ),
    keywords=("Train Clustering Model", "fit clusters", "clustering", "unsupervised", "k-means"),
    entrypoint="runner.modules.train_clustering_model:train_clustering_model",
)


def train_clustering_model(ctx: StepContext, *, model: ModelArtifact, dataset: pd.DataFrame) -> dict[str, object]:
    from sklearn.base import clone

    named = ctx.params["feature_columns"]
    if not isinstance(named, list) or not all(isinstance(c, str) for c in named):
        raise ModuleError("parameter 'feature_columns' must be a list of column names")
    estimator = require_clustering_model(model, module="train_clustering_model")
    require_rows(dataset, port="dataset")

    feature_columns = list(dict.fromkeys(named)) or numeric_columns(dataset)
    if not feature_columns:
        raise ModuleError(
            "input dataset has no numeric columns to cluster on; convert text columns with convert_to_indicators"
        )
    features = clustering_features(dataset, feature_columns, port="dataset")
    wanted = getattr(estimator, "n_clusters", None)
    if isinstance(wanted, int) and len(features) < wanted:
        raise ModuleError(f"cannot make {wanted} clusters from {len(features)} rows; use fewer clusters or more rows")

    fitted = clone(estimator)
    try:
        fitted.fit(features)
    except ValueError as exc:
        raise ModuleError(f"clustering failed: {exc}") from exc
    assignments = assignments_frame(dataset, fitted, features, feature_columns)
    n_clusters = int(assignments.attrs["pipewright"]["n_clusters"])
    meta: dict[str, Any] = {
        **model.meta,
        "algorithm": str(model.meta.get("algorithm") or type(estimator).__name__.lower()),
        "task": "clustering",
        "feature_columns": feature_columns,
        "n_clusters": n_clusters,
        "trained_rows": len(features),
        "params": model.meta.get("params") or to_json_safe(fitted.get_params(deep=False)),
    }
    inertia = getattr(fitted, "inertia_", None)
    if inertia is not None:
        ctx.log_metric("inertia", float(inertia))
    return {"model": ModelArtifact(model=fitted, meta=meta), "assignments": assignments}


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    model = design_schema.ModelInfo(task=inputs.model("model").task)
    return {"model": model, "assignments": assignments_schema(inputs.need("dataset"))}


SCHEMA_RULE = schema_rule
