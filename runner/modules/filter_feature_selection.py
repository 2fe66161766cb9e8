"""filter_feature_selection: keep the k features that score best against the label."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from pandas.api import types as ptypes

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import (
    choice_param,
    int_param,
    is_numeric,
    label_column_of,
    require_columns,
    require_no_missing,
    require_rows,
)
from runner.step_runtime import ModuleError, StepContext

METHODS: tuple[str, ...] = ("pearson", "chi2", "mutual_info")
# mutual information is estimated with random noise and nearest neighbours: fixed seed, same scores.
RANDOM_STATE = 0

SPEC = ModuleSpec(
    slug="filter_feature_selection",
    version="1.0.0",
    name="Filter Based Feature Selection",
    category="Features and statistics",
    description=(
        "Scores every numeric (or boolean) column against the label and keeps the top k of them, plus "
        "the label; other columns are dropped. The scores output lists every scored feature, best first."
    ),
    inputs=(PortSpec("dataset", "DataFrame"),),
    outputs=(
        PortSpec("dataset", "DataFrame", description="The top k features and the label, in their original order."),
        PortSpec("scores", "DataFrame", description="Columns feature and score, highest score first."),
    ),
    params=(
        ParamSpec(
            "label_column",
            "string",
            default="",
            help="The column to predict; empty uses the label marked with Edit Metadata.",
        ),
        ParamSpec(
            "method",
            "choice",
            default="pearson",
            choices=METHODS,
            help=(
                "pearson: absolute Pearson correlation with a numeric label (rows with a missing feature "
                "value are skipped for that feature); chi2: chi-squared statistic for a class label, "
                "features must be non-negative counts or indicators; mutual_info: mutual information, for "
                "class labels or (when the label has fractional values) numeric ones. chi2 and "
                "mutual_info need features without missing values."
            ),
        ),
        ParamSpec(
            "top_k",
            "int",
            default=5,
            min=1,
            max=100_000,
            help="How many features to keep; all of them when there are fewer.",
        ),
    ),
    keywords=(
        "Filter Based Feature Selection",
        "feature selection",
        "select features",
        "top k",
        "correlation",
        "Pearson",
        "chi-squared",
        "mutual information",
    ),
    entrypoint="runner.modules.filter_feature_selection:filter_feature_selection",
)


def filter_feature_selection(ctx: StepContext, *, dataset: pd.DataFrame) -> dict[str, object]:
    method = choice_param(ctx.params, "method", METHODS)
    top_k = int_param(ctx.params, "top_k", minimum=1, maximum=100_000)
    label = str(ctx.params["label_column"] or "").strip() or label_column_of(dataset)
    if not label:
        raise ModuleError(
            "parameter 'label_column' is empty and no label is marked: name the label column "
            "(or mark one with Edit Metadata)"
        )
    require_columns(dataset, [label], port="dataset")
    require_rows(dataset, port="dataset")
    target = dataset[label]
    require_no_missing(dataset, [label], port="dataset")

    features = [
        str(c)
        for c in dataset.columns
        if c != label and (is_numeric(dataset[c]) or ptypes.is_bool_dtype(dataset[c].dtype))
    ]
    if not features:
        raise ModuleError(
            "input dataset has no numeric columns besides the label to score; convert text columns with "
            "Convert to Indicator Values first"
        )
    X = dataset[features].astype("float64")
    if method == "pearson":
        scores = _pearson(X, target, label)
    else:
        require_no_missing(dataset, features, port="dataset")
        scores = _chi2(X, target, label) if method == "chi2" else _mutual_info(X, target)

    table = pd.DataFrame({"feature": features, "score": np.nan_to_num(scores, nan=0.0)})
    table = table.sort_values("score", ascending=False, kind="stable").reset_index(drop=True)
    keep = set(table["feature"][:top_k])
    result = dataset[[c for c in dataset.columns if c in keep or c == label]]
    return {"dataset": result, "scores": table}


def _pearson(X: pd.DataFrame, target: pd.Series, label: str) -> np.ndarray:
    if not (is_numeric(target) or ptypes.is_bool_dtype(target.dtype)):
        raise ModuleError(
            f"method 'pearson' needs a numeric label; '{label}' holds {target.dtype}: use chi2 or mutual_info"
        )
    y = target.astype("float64")
    return np.array([abs(X[c].corr(y)) for c in X.columns], dtype="float64")


def _chi2(X: pd.DataFrame, target: pd.Series, label: str) -> np.ndarray:
    from sklearn.feature_selection import chi2

    if _is_continuous(target):
        raise ModuleError(
            f"method 'chi2' needs a label with classes; '{label}' has fractional values: use pearson or mutual_info"
        )
    negative = [c for c in X.columns if (X[c] < 0).any()]
    if negative:
        raise ModuleError(
            f"column '{negative[0]}' has negative values; method 'chi2' needs non-negative features "
            "(counts, indicators, or min-max normalized values)"
        )
    scores, _ = chi2(X.to_numpy(), _classes(target))
    return np.asarray(scores, dtype="float64")


def _mutual_info(X: pd.DataFrame, target: pd.Series) -> np.ndarray:
    from sklearn.feature_selection import mutual_info_classif, mutual_info_regression

    if _is_continuous(target):
        scores = mutual_info_regression(X.to_numpy(), target.to_numpy(dtype="float64"), random_state=RANDOM_STATE)
    else:
        scores = mutual_info_classif(X.to_numpy(), _classes(target), random_state=RANDOM_STATE)
    return np.asarray(scores, dtype="float64")


def _is_continuous(target: pd.Series) -> bool:
    if not ptypes.is_float_dtype(target.dtype):
        return False
    values = target.to_numpy(dtype="float64")
    return bool((values % 1 != 0).any())


def _classes(target: pd.Series) -> np.ndarray:
    """Class labels as sklearn takes them: text and categories as strings."""
    if is_numeric(target) or ptypes.is_bool_dtype(target.dtype):
        return np.asarray(target.to_numpy())
    return np.asarray(target.astype("str").to_numpy())


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """The scores table is always the same shape. Which features win depends on the data,
    unless top_k keeps all of them: then the numeric and true/false features and the label."""
    scores = design_schema.table([("feature", "str"), ("score", "float64")])
    dataset = inputs.need("dataset")
    label = str(params.get("label_column") or "").strip() or dataset.label
    if not label:
        raise design_schema.Unknowable("name the label column (or mark one with Edit Metadata)")
    design_schema.require_columns(dataset, [label], port="dataset")
    features = [
        c.name
        for c in dataset.columns
        if c.name != label and (design_schema.is_numeric_type(c.type) or design_schema.is_bool_type(c.type))
    ]
    top_k = params.get("top_k")
    if not isinstance(top_k, int) or top_k < len(features):
        return {
            "scores": scores,
            "dataset": design_schema.Unknown("which features score highest is known when it runs"),
        }
    kept = dataset.with_columns(c for c in dataset.columns if c.name in features or c.name == label)
    return {"scores": scores, "dataset": kept}


SCHEMA_RULE = schema_rule
