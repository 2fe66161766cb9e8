"""cross_validate: how well an algorithm generalizes, fold by fold."""

from __future__ import annotations

import numpy as np
import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._models import (
    CLASSIFICATION,
    LABEL_PARAM,
    PREPARE_PARAM,
    evaluate,
    finite_metrics,
    fit,
    fold_splitter,
    has_probabilities,
    log,
    log_preparation,
    metric_names,
    prepare_param,
    read_params,
    recipe_of,
    require_supervised,
    supervised_data,
)
from runner.step_runtime import ModelArtifact, ModuleError, StepContext

PARAMS = (
    LABEL_PARAM,
    ParamSpec("folds", "int", default=10, min=2, max=20, help="Number of folds; each row is tested once."),
    ParamSpec("seed", "int", default=42, min=0, max=2**32 - 1, help="Random seed for shuffling rows into folds."),
    PREPARE_PARAM,
)

SPEC = ModuleSpec(
    slug="cross_validate",
    version="1.1.0",
    name="Cross Validate Model",
    category="Training, scoring, evaluation",
    description=(
        "Splits the rows into folds (shuffled; stratified by class for classifiers), trains the "
        "algorithm on all folds but one and measures it on the one left out, once per fold. "
        "Classification: accuracy, precision, recall, f1 (two classes: of the positive class, the "
        "second in sort order; more: macro averages), auc and log_loss; regression: mae, rmse, r2. "
        "Features follow Train Model's rules: with prepare_features on, text columns are one-hot "
        "encoded and missing values filled inside each fold's model, learnt from that fold's training "
        "rows only."
    ),
    inputs=(
        PortSpec("model", "UntrainedModel", description="An algorithm, e.g. Logistic Regression."),
        PortSpec("dataset", "DataFrame", description="Labelled rows: the label and the features."),
    ),
    outputs=(
        PortSpec(
            "scores",
            "DataFrame",
            description="One row per fold (fold, train_rows, test_rows, metrics), then the mean and the std.",
        ),
        PortSpec("per_fold", "Metrics", description="The mean metrics, with each fold's under 'folds'."),
    ),
    params=PARAMS,
    keywords=("Cross Validate Model", "cross-validation", "cross validation", "k-fold", "folds", "CV", "validate"),
    entrypoint="runner.modules.cross_validate:cross_validate",
)


def cross_validate(ctx: StepContext, *, model: ModelArtifact, dataset: pd.DataFrame) -> dict[str, object]:
    from sklearn.base import clone

    recipe = recipe_of(model)
    require_supervised(recipe, "cross_validate")
    # prepare_features is read by prepare_param, not with its default: a node pinned to 1.0.0 lacks it.
    params = read_params(ctx.params, [p for p in PARAMS[1:] if p is not PREPARE_PARAM])
    folds, seed = int(params["folds"]), int(params["seed"])
    label = ctx.params["label_column"]
    data = supervised_data(dataset, label, recipe.task, port="dataset", prepare=prepare_param(ctx.params))
    log_preparation(data, None)
    X, y = data.X, data.y
    if len(X) < folds:
        raise ModuleError(f"parameter 'folds' is {folds}, but input dataset has only {len(X)} rows")
    classes: list[object] = []
    if recipe.task == CLASSIFICATION:
        counts = pd.Series(y).value_counts()
        classes = list(np.unique(y))
        if counts.max() < folds:
            raise ModuleError(
                f"parameter 'folds' is {folds}, but no class of label column '{label}' has that many rows "
                f"(the largest has {int(counts.max())}); use fewer folds"
            )
        if counts.min() < folds:
            log(
                f"warning: class '{counts.idxmin()}' has only {int(counts.min())} rows, fewer than the "
                f"{folds} folds; some folds will not test it"
            )
    names = metric_names(recipe.task, probabilities=has_probabilities(recipe.estimator))

    rows: list[dict[str, object]] = []
    for number, (train_rows, test_rows) in enumerate(fold_splitter(recipe.task, folds, seed).split(X, y), start=1):
        learner = data.learner(clone(recipe.estimator))
        fitted = fit(learner, X.iloc[train_rows], y[train_rows], what=f"training {recipe.algorithm}")
        metrics = evaluate(fitted, X.iloc[test_rows], y[test_rows], recipe.task, classes, names)
        rows.append({"fold": number, "train_rows": len(train_rows), "test_rows": len(test_rows), **metrics})
        ctx.progress(number / folds, f"fold {number} of {folds}")

    per_fold = pd.DataFrame(rows)
    mean = {name: float(np.mean(per_fold[name])) for name in names}
    std = {name: float(np.std(per_fold[name])) for name in names}
    summary = pd.DataFrame([{"fold": "mean", **mean}, {"fold": "std", **std}])
    scores = pd.concat([per_fold.astype({"fold": "str"}), summary], ignore_index=True)
    scores = scores.astype({"fold": "str", "train_rows": "Int64", "test_rows": "Int64"})
    for name, value in mean.items():
        ctx.log_metric(name, value)
    document = {
        "kind": recipe.task,
        "metrics": finite_metrics(mean),
        "std": finite_metrics(std),
        "folds": [
            {
                "fold": row["fold"],
                "train_rows": row["train_rows"],
                "test_rows": row["test_rows"],
                "metrics": finite_metrics({name: row[name] for name in names}),  # type: ignore[misc]
            }
            for row in rows
        ],
    }
    return {"scores": scores, "per_fold": document}


SCHEMA_RULE = design_schema.unknown_rule("one column per metric of the model's task: known when it runs")
