"""score_model: predictions of a trained model for every row of a dataset."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import require_rows
from runner.modules._models import (
    ATTRS_KEY,
    CLASSIFICATION,
    CLUSTERING,
    SCORED_LABELS,
    SCORED_PROBABILITIES,
    FeaturePreparation,
    feature_frame,
    has_probabilities,
    infer_task,
    log,
    prepared_features,
    probability_column,
    scored_attrs,
    scored_info,
)
from runner.step_runtime import ModelArtifact, ModuleError, StepContext

SPEC = ModuleSpec(
    slug="score_model",
    version="1.0.0",
    name="Score Model",
    category="Training, scoring, evaluation",
    description=(
        f"Predicts every row with a trained model. Adds '{SCORED_LABELS}' (the predicted class or "
        f"number); classifiers also add '{SCORED_PROBABILITIES}' (two classes: the probability of "
        "the positive class, the second in sort order; more classes: the probability of the "
        f"predicted class) and, with more than two classes, '{SCORED_PROBABILITIES}_<class>' for "
        "each class. The dataset needs the feature columns the model was trained on (as they came to "
        "Train Model: a model that prepares its features one-hot encodes and fills them itself); the "
        "label column is optional (Evaluate Model compares it with the scores)."
    ),
    inputs=(
        PortSpec("model", "Model", description="A model from Train Model or Tune Model Hyperparameters."),
        PortSpec("dataset", "DataFrame", description="Rows to score, with the model's feature columns."),
    ),
    outputs=(PortSpec("scored", "DataFrame", description="The scores, for Evaluate Model."),),
    params=(
        ParamSpec(
            "append_score_columns",
            "bool",
            default=True,
            help=(
                "On: every input column followed by the score columns. Off: only the label column (when "
                "the dataset has it) and the score columns."
            ),
        ),
    ),
    keywords=("Score Model", "predict", "prediction", "predictions", "inference", "scoring", "probabilities"),
    entrypoint="runner.modules.score_model:score_model",
)


def score_model(ctx: StepContext, *, model: ModelArtifact, dataset: pd.DataFrame) -> dict[str, object]:
    from sklearn.exceptions import NotFittedError
    from sklearn.utils.validation import check_is_fitted

    append = ctx.params["append_score_columns"]
    if not isinstance(append, bool):
        raise ModuleError(f"parameter 'append_score_columns' must be true or false; got {append!r}")
    estimator = model.model
    meta = model.meta or {}
    task = str(meta.get("task") or infer_task(estimator))
    if task == CLUSTERING:
        raise ModuleError("a clustering model has no labels to score: use assign_to_clusters instead of score_model")
    try:
        check_is_fitted(estimator)
    except NotFittedError:
        raise ModuleError(
            "the model is not trained: connect the output of train_model or tune_hyperparameters"
        ) from None
    except TypeError:
        raise ModuleError(f"the model ({type(estimator).__name__}) is not a scikit-learn estimator") from None
    features = list(meta.get("feature_columns") or getattr(estimator, "feature_names_in_", []))
    if not features:
        raise ModuleError("the model does not record its feature columns: train it with train_model")
    label = meta.get("label_column")
    require_rows(dataset, port="dataset")
    # A model trained with prepare_features encodes and fills its features itself; it
    # gets them as training gave them (the same reading), whatever their types here.
    preparation = FeaturePreparation.from_meta(meta)
    if preparation is None:
        X = feature_frame(dataset, features, port="dataset")
    else:
        X = prepared_features(dataset, preparation, port="dataset")

    scores: dict[str, object] = {SCORED_LABELS: estimator.predict(X)}
    classes = list(estimator.classes_) if task == CLASSIFICATION else None
    probabilities = task == CLASSIFICATION and has_probabilities(estimator)
    if classes is not None and probabilities:
        proba = np.asarray(estimator.predict_proba(X), dtype="float64")
        if len(classes) == 2:
            scores[SCORED_PROBABILITIES] = proba[:, 1]
        else:
            scores[SCORED_PROBABILITIES] = proba.max(axis=1)
            for j, cls in enumerate(classes):
                scores[probability_column(cls)] = proba[:, j]
    score_frame = pd.DataFrame(scores, index=dataset.index)

    if append:
        # Scoring a scored dataset again replaces the old scores instead of duplicating them.
        previous = (scored_info(dataset) or {}).get("score_columns") or []
        stale = [
            c
            for c in dataset.columns
            if (c in score_frame.columns or c in previous) and c not in features and c != label
        ]
        if stale:
            log(f"score_model: replacing the input's score columns {', '.join(map(str, stale))}")
        scored = pd.concat([dataset.drop(columns=stale), score_frame], axis=1)
    elif label and label in dataset.columns:
        scored = pd.concat([dataset[[label]], score_frame], axis=1)
    else:
        scored = score_frame
    scored.attrs = {
        **dataset.attrs,
        ATTRS_KEY: scored_attrs(task, label, classes, probabilities=probabilities),
    }
    return {"scored": scored}


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """The input's columns (or only the label) then the score columns. Which probability
    columns come depends on the classes: listed when the label's values are known, else
    said to follow."""
    dataset = inputs.need("dataset")
    model = inputs.model("model")
    if model.task == CLUSTERING:
        raise design_schema.Unknowable("a clustering model has no labels to score: use Assign Data to Clusters")
    label = model.label
    scores = [design_schema.Column(SCORED_LABELS, "float64" if model.task == "regression" else model.label_type or "")]
    more = ""
    if model.task == CLASSIFICATION:
        scores.append(design_schema.Column(SCORED_PROBABILITIES, "float64"))
        if model.label_values is None:
            more = f"with more than two classes, one '{probability_column('<class>')}' column per class"
        elif len(model.label_values) > 2:
            scores += [design_schema.Column(probability_column(c), "float64") for c in model.label_values]
    elif model.task is None:
        more = f"'{SCORED_PROBABILITIES}' columns when the model is a classifier"
    score_names = {c.name for c in scores}
    if params.get("append_score_columns", True):
        kept = [c for c in dataset.columns if c.name not in score_names]
    else:
        kept = [c for c in dataset.columns if c.name == label]
    result = dataset.with_columns([*kept, *scores])
    return {"scored": replace(result, label=label if label in result.names() else None, incomplete=more)}


SCHEMA_RULE = schema_rule
