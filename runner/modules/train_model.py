"""train_model: fit an untrained classification or regression model to a labelled dataset."""

from __future__ import annotations

import pandas as pd

from designer.graph.spec import ModuleSpec, PortSpec
from runner.modules._models import LABEL_PARAM, fit, recipe_of, require_supervised, trained_meta, training_data
from runner.step_runtime import ModelArtifact, StepContext

SPEC = ModuleSpec(
    slug="train_model",
    version="1.0.0",
    name="Train Model",
    category="Training, scoring, evaluation",
    description=(
        "Fits a classification or regression algorithm to a dataset. The label column is what "
        "the model learns to predict; every other column is a feature. Features must be numeric "
        "or boolean and complete: text or category columns fail the step (make 0/1 columns of them "
        "with convert_to_indicators, or drop them with select_columns), and so do missing values "
        "(clean_missing_data). Clustering models are trained with train_clustering_model."
    ),
    inputs=(
        PortSpec("model", "UntrainedModel", description="An algorithm, e.g. logistic_regression."),
        PortSpec("dataset", "DataFrame", description="Training rows: the label and the features."),
    ),
    outputs=(
        PortSpec(
            "model",
            "Model",
            description="The trained model, with its label, feature columns and classes, for score_model.",
        ),
    ),
    params=(LABEL_PARAM,),
    entrypoint="runner.modules.train_model:train_model",
)


def train_model(ctx: StepContext, *, model: ModelArtifact, dataset: pd.DataFrame) -> dict[str, object]:
    from sklearn.base import clone

    recipe = recipe_of(model)
    require_supervised(recipe, "train_model")
    label = ctx.params["label_column"]
    X, y, features = training_data(dataset, label, recipe.task, port="dataset")
    ctx.progress(0.0, f"training {recipe.algorithm} on {len(X)} rows")
    fitted = fit(clone(recipe.estimator), X, y, what=f"training {recipe.algorithm}")
    meta = trained_meta(recipe, fitted, label=label, features=features, rows=len(X))
    return {"model": ModelArtifact(model=fitted, meta=meta)}
