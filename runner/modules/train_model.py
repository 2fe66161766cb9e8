"""train_model: fit an untrained classification or regression model to a labelled dataset.

Version 1.1.0 added `prepare_features` (on by default): text, category and true/false
columns and missing values are prepared by scikit-learn inside the trained model
(runner.modules._models.FeaturePreparation). A node pinned to 1.0.0 has no such
parameter and keeps refusing them, so published pipelines behave as they did.
"""

from __future__ import annotations

import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, PortSpec
from runner.modules._models import (
    LABEL_PARAM,
    PREPARE_PARAM,
    fit,
    log_preparation,
    prepare_param,
    recipe_of,
    require_supervised,
    supervised_data,
    trained_meta,
)
from runner.step_runtime import ModelArtifact, StepContext

SPEC = ModuleSpec(
    slug="train_model",
    version="1.1.0",
    name="Train Model",
    category="Training, scoring, evaluation",
    description=(
        "Fits a classification or regression algorithm to a dataset. The label column is what "
        "the model learns to predict; every other column is a feature. Features are taken as they "
        "come: numbers, text, categories and true/false, with missing values. Text, category and "
        "true/false columns are one-hot encoded and missing values filled inside the trained model "
        "(prepare_features), so Score Model and deployed endpoints apply the very same; the log says "
        "what was done per column. With prepare_features off, features must be numeric or true/false "
        "and complete (Convert to Indicator Values, Clean Missing Data, Select Columns in Dataset). "
        "Clustering models are trained with Train Clustering Model."
    ),
    inputs=(
        PortSpec("model", "UntrainedModel", description="An algorithm, e.g. Logistic Regression."),
        PortSpec("dataset", "DataFrame", description="Training rows: the label and the features."),
    ),
    outputs=(
        PortSpec(
            "model",
            "Model",
            description="The trained model, with its label, feature columns and classes, for Score Model.",
        ),
    ),
    params=(LABEL_PARAM, PREPARE_PARAM),
    keywords=(
        "Train Model",
        "fit",
        "training",
        "learn",
        "supervised",
        "classification",
        "regression",
        "one-hot",
        "impute",
    ),
    entrypoint="runner.modules.train_model:train_model",
)


def train_model(ctx: StepContext, *, model: ModelArtifact, dataset: pd.DataFrame) -> dict[str, object]:
    from sklearn.base import clone

    recipe = recipe_of(model)
    require_supervised(recipe, "train_model")
    label = ctx.params["label_column"]
    data = supervised_data(dataset, label, recipe.task, port="dataset", prepare=prepare_param(ctx.params))
    ctx.progress(0.0, f"training {recipe.algorithm} on {len(data.X)} rows")
    fitted = fit(data.learner(clone(recipe.estimator)), data.X, data.y, what=f"training {recipe.algorithm}")
    log_preparation(data, fitted)
    meta = trained_meta(recipe, fitted, label=label, features=data.features, rows=len(data.X))
    return {"model": ModelArtifact(model=fitted, meta={**meta, **data.meta()})}


SCHEMA_RULE = design_schema.trained_rule("dataset")
