"""tune_hyperparameters: try an algorithm's sweep ranges and keep the best model."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import require_columns, require_rows
from runner.modules._models import (
    CLASSIFICATION,
    LABEL_PARAM,
    LOWER_IS_BETTER,
    PREPARE_PARAM,
    Recipe,
    TrainingData,
    evaluate,
    fit,
    fold_splitter,
    has_probabilities,
    label_values,
    log,
    log_preparation,
    prepare_param,
    read_params,
    recipe_of,
    require_supervised,
    supervised_data,
    trained_meta,
)
from runner.step_runtime import ModelArtifact, ModuleError, StepContext, to_json_safe

TASK_METRICS: dict[str, tuple[str, ...]] = {
    "classification": ("accuracy", "f1", "auc", "precision", "recall"),
    "regression": ("mae", "rmse", "r2"),
}
DEFAULT_METRIC = {"classification": "accuracy", "regression": "rmse"}
CV_FOLDS = 3

PARAMS = (
    LABEL_PARAM,
    ParamSpec(
        "sweep_mode",
        "choice",
        default="grid",
        choices=("grid", "random"),
        help=(
            "grid: every combination of the sweep ranges, in order, at most max_runs of them; random: "
            "max_runs combinations drawn at random (without repeats) using the seed."
        ),
    ),
    ParamSpec(
        "max_runs",
        "int",
        default=20,
        min=1,
        max=1000,
        help="Most combinations to try; a larger grid is cut to its first max_runs (the log says so).",
    ),
    ParamSpec(
        "metric",
        "choice",
        default="auto",
        choices=("auto", *TASK_METRICS["classification"], *TASK_METRICS["regression"]),
        help=(
            "What ranks the runs. Classification: accuracy, f1, auc, precision, recall (two classes: of "
            "the positive class, the second in sort order; more: macro averages). Regression: mae, rmse "
            "(lower is better), r2. auto: accuracy or rmse."
        ),
    ),
    ParamSpec("seed", "int", default=42, min=0, max=2**32 - 1, help="Random seed for random sweeps and the 3 folds."),
    PREPARE_PARAM,
)

SPEC = ModuleSpec(
    slug="tune_hyperparameters",
    version="1.1.0",
    name="Tune Model Hyperparameters",
    category="Training, scoring, evaluation",
    description=(
        "Trains the algorithm with each combination of its sweep ranges (set on the algorithm "
        "node) and ranks them by a metric: on the validation dataset when one is connected, "
        "otherwise by 3-fold cross-validation on the training rows (stratified for classifiers). "
        "Outputs the best combination trained on all training rows, and every run's result. "
        "Features follow Train Model's rules: with prepare_features on, text columns are one-hot "
        "encoded and missing values filled inside every model tried, learnt from its own training rows."
    ),
    inputs=(
        PortSpec("model", "UntrainedModel", description="An algorithm with sweep ranges."),
        PortSpec("train", "DataFrame", description="Training rows: the label and the features."),
        PortSpec(
            "validation",
            "DataFrame",
            optional=True,
            description="Rows to rank the runs on; without them, 3-fold cross-validation on train.",
        ),
    ),
    outputs=(
        PortSpec("model", "Model", description="The best combination, trained on all training rows."),
        PortSpec(
            "results",
            "DataFrame",
            description="One row per run, best first: rank, run number, the swept values and the metric.",
        ),
    ),
    params=PARAMS,
    keywords=(
        "Tune Model Hyperparameters",
        "hyperparameter tuning",
        "hyper-parameters",
        "grid search",
        "random search",
        "sweep",
        "parameter sweep",
        "GridSearchCV",
        "optimize",
    ),
    entrypoint="runner.modules.tune_hyperparameters:tune_hyperparameters",
)


def tune_hyperparameters(
    ctx: StepContext,
    *,
    model: ModelArtifact,
    train: pd.DataFrame,
    validation: pd.DataFrame | None = None,
) -> dict[str, object]:
    recipe = recipe_of(model)
    require_supervised(recipe, "tune_hyperparameters")
    # prepare_features is read by prepare_param, not with its default: a node pinned to 1.0.0 lacks it.
    params = read_params(ctx.params, [p for p in PARAMS[1:] if p is not PREPARE_PARAM])
    label = ctx.params["label_column"]
    metric = _metric(str(params["metric"]), recipe.task)
    if metric == "auc" and not has_probabilities(recipe.estimator):
        raise ModuleError(f"metric 'auc' needs class probabilities, which {recipe.algorithm} does not give")

    data = supervised_data(train, label, recipe.task, port="train", prepare=prepare_param(ctx.params))
    X, y, features = data.X, data.y, data.features
    classes = list(np.unique(y)) if recipe.task == CLASSIFICATION else []
    holdout: tuple[pd.DataFrame, np.ndarray] | None = None
    if validation is not None:
        require_columns(validation, [label], port="validation")
        require_rows(validation, port="validation")
        holdout = (
            data.features_of(validation, port="validation"),
            label_values(validation, label, recipe.task, port="validation"),
        )
        classes = sorted(set(classes) | set(holdout[1])) if recipe.task == CLASSIFICATION else []
    elif recipe.task == CLASSIFICATION and pd.Series(y).value_counts().max() < CV_FOLDS:
        raise ModuleError(
            f"3-fold cross-validation needs at least {CV_FOLDS} rows of some class in label column '{label}'; "
            "connect a validation dataset or add rows"
        )
    elif len(X) < CV_FOLDS:
        raise ModuleError(f"3-fold cross-validation needs at least {CV_FOLDS} rows in input train; got {len(X)}")

    trials = _trials(recipe.sweep, str(params["sweep_mode"]), int(params["max_runs"]), int(params["seed"]))
    how = "the validation dataset" if holdout is not None else f"{CV_FOLDS}-fold cross-validation"
    log(f"tune_hyperparameters: {len(trials)} run(s) of {recipe.algorithm}, ranked by {metric} on {how}")
    rows: list[dict[str, Any]] = []
    first_error = ""
    for number, trial in enumerate(trials, start=1):
        described = ", ".join(f"{k}={v}" for k, v in trial.items()) or "the algorithm's own values"
        try:
            value = _run(recipe, trial, data, holdout, classes, metric, int(params["seed"]))
        except ModuleError as exc:
            value, first_error = math.nan, first_error or f"run {number} ({described}): {exc}"
            log(f"run {number}/{len(trials)} ({described}) failed: {exc}")
        else:
            log(f"run {number}/{len(trials)} ({described}): {metric} = {value:.6g}")
        rows.append({"run": number, **trial, metric: value})
        ctx.progress(number / (len(trials) + 1), f"run {number} of {len(trials)}: {metric} {value:.4g}")

    results = pd.DataFrame(rows).sort_values(
        metric, ascending=metric in LOWER_IS_BETTER, na_position="last", kind="stable"
    )
    results.insert(0, "rank", np.arange(1, len(results) + 1))
    best_value = float(results[metric].iloc[0])
    if math.isnan(best_value):
        raise ModuleError(f"no run gave a {metric} value; the first failure: {first_error or 'metric undefined'}")
    best = trials[int(results["run"].iloc[0]) - 1]
    ctx.log_metric(metric, best_value)
    ctx.progress(len(trials) / (len(trials) + 1), "training the best combination on all rows")
    fitted = fit(data.learner(recipe.build({**recipe.params, **best})), X, y, what=f"training {recipe.algorithm}")
    log_preparation(data, fitted)
    best_recipe = Recipe(
        algorithm=recipe.algorithm,
        task=recipe.task,
        params={**recipe.params, **best},
        sweep=recipe.sweep,
        estimator=fitted,
        build=recipe.build,
    )
    meta = trained_meta(best_recipe, fitted, label=label, features=features, rows=len(X))
    meta["tuning"] = to_json_safe(
        {
            "metric": metric,
            "value": best_value,
            "sweep_mode": params["sweep_mode"],
            "runs": len(trials),
            "ranked_on": "validation" if holdout is not None else f"{CV_FOLDS}-fold cross-validation",
            "best_params": best,
        }
    )
    return {
        "model": ModelArtifact(model=fitted, meta={**meta, **data.meta()}),
        "results": results.reset_index(drop=True),
    }


def _metric(choice: str, task: str) -> str:
    if choice == "auto":
        return DEFAULT_METRIC[task]
    if choice not in TASK_METRICS[task]:
        raise ModuleError(
            f"parameter 'metric': {choice} does not apply to a {task} model; choose auto or one of "
            f"{', '.join(TASK_METRICS[task])}"
        )
    return choice


def _trials(sweep: Mapping[str, Sequence[Any]], mode: str, max_runs: int, seed: int) -> list[dict[str, Any]]:
    """The combinations to try: the grid in order, or a random draw from it."""
    from sklearn.model_selection import ParameterGrid, ParameterSampler

    if not sweep:
        log("tune_hyperparameters: the algorithm has no sweep ranges; one run with its own values")
        return [{}]
    grid = {name: list(values) for name, values in sweep.items()}
    size = len(ParameterGrid(grid))
    if mode == "random":
        drawn = ParameterSampler(grid, n_iter=min(max_runs, size), random_state=seed)
        return [{name: combo[name] for name in grid} for combo in drawn]
    if size > max_runs:
        log(
            f"warning: the sweep grid has {size} combinations; max_runs={max_runs} tries only the first "
            f"{max_runs} (raise max_runs or use sweep_mode random)"
        )
    return [{name: combo[name] for name in grid} for combo in list(ParameterGrid(grid))[:max_runs]]


def _run(
    recipe: Recipe,
    trial: Mapping[str, Any],
    data: TrainingData,
    holdout: tuple[pd.DataFrame, np.ndarray] | None,
    classes: Sequence[Any],
    metric: str,
    seed: int,
) -> float:
    """One combination's metric: on the holdout, or the mean over the folds."""
    params = {**recipe.params, **trial}
    what = f"training {recipe.algorithm}"
    X, y = data.X, data.y
    if holdout is not None:
        fitted = fit(data.learner(recipe.build(params)), X, y, what=what)
        return evaluate(fitted, holdout[0], holdout[1], recipe.task, classes, [metric])[metric]
    values = []
    for train_rows, test_rows in fold_splitter(recipe.task, CV_FOLDS, seed).split(X, y):
        fitted = fit(data.learner(recipe.build(params)), X.iloc[train_rows], y[train_rows], what=what)
        values.append(evaluate(fitted, X.iloc[test_rows], y[test_rows], recipe.task, classes, [metric])[metric])
    return float(np.mean(values))


_trained = design_schema.trained_rule("train")


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """The model as Train Model's; the results' columns are the swept hyper-parameters and
    the metrics, known when it runs."""
    return {
        **_trained(inputs, params),
        "results": design_schema.Unknown("one column per swept hyper-parameter and metric: known when it runs"),
    }


SCHEMA_RULE = schema_rule
