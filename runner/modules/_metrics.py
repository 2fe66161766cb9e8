"""Scored and clustered datasets, and the metrics computed on them.

The column names here are the contract between the modules that score (score_model,
train_clustering_model, assign_to_clusters) and evaluate_model; the metric functions
build the parts of a Metrics document (see docs/decisions.md, "The Metrics format"). Every
number is the scikit-learn one on the same data. A metric that is undefined on the data
(AUC with one class, R2 of a constant label) is left out and explained in a note, never
reported as zero.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Literal

import numpy as np
import pandas as pd
from pandas.api import types as ptypes

from designer.graph import schema as design_schema
from runner.modules._common import list_names
from runner.step_runtime import ModelArtifact, ModuleError

SCORED_LABELS = "Scored Labels"
SCORED_PROBABILITIES = "Scored Probabilities"
ASSIGNMENTS = "Assignments"
DISTANCE_PREFIX = "DistancesToClusterCenter no."
# frame.attrs key under which the producing module describes a scored dataset.
ATTRS_KEY = "pipewright"

# Charts need the shape of a curve, not every threshold of a million-row test set.
MAX_CURVE_POINTS = 200
# The viewer's threshold slider: counts at 0, 1/200, ..., 1 (201 thresholds, 0.5 among
# them exactly), enough to move in half-percent steps and small at any row count.
THRESHOLD_STEPS = 200
DEFAULT_THRESHOLD = 0.5
# Cumulative gains at every percent of the rows, best-scored first.
GAIN_STEPS = 100
MAX_RESIDUALS = 1000
# silhouette_score is quadratic in the rows; above this it runs on a sample.
SILHOUETTE_SAMPLE = 5000
SAMPLE_SEED = 0
# Probabilities of one row must add up to 1 within this.
_SUM_TOLERANCE = 1e-6


def probability_column(label: object) -> str:
    """The score column holding the probability of one class (multiclass models)."""
    return f"{SCORED_PROBABILITIES}_{label}"


def distance_column(cluster: int) -> str:
    return f"{DISTANCE_PREFIX}{cluster}"


def finite(value: object) -> float | None:
    """A metric as a plain float, or None when it is NaN or infinite."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def downsample_curve(xs: np.ndarray, ys: np.ndarray, limit: int = MAX_CURVE_POINTS) -> list[list[float]]:
    """[[x, y], ...] with at most `limit` points, evenly spaced along the curve, both ends kept."""
    count = len(xs)
    if count > limit:
        keep = np.unique(np.round(np.linspace(0, count - 1, limit)).astype(int))
        xs, ys = xs[keep], ys[keep]
    return [[float(x), float(y)] for x, y in zip(xs, ys, strict=True)]


def _put(metrics: dict[str, float], notes: list[str], name: str, value: object, why: str) -> None:
    number = finite(value)
    if number is None:
        notes.append(f"{name} left out: {why}")
    else:
        metrics[name] = number


# ---------------------------------------------------------------------------------
# Classification


def classification_document(
    y_true: np.ndarray,
    y_pred: np.ndarray,
    *,
    labels: Sequence[Any],
    positive_class: Any = None,
    positive_probability: np.ndarray | None = None,
    probability_classes: Sequence[Any] | None = None,
    probabilities: np.ndarray | None = None,
    notes: Sequence[str] = (),
) -> dict[str, Any]:
    """Metrics of a classifier. Binary (two labels or fewer): precision, recall and F1 of
    `positive_class`, AUC, log loss and curves from `positive_probability`. Multiclass:
    macro averages, one-vs-rest AUC and log loss from `probabilities`, whose columns are
    the classes `probability_classes` in sorted order. `notes` explain what the caller
    already left out."""
    from sklearn import metrics as skm

    notes = list(notes)
    metrics: dict[str, float] = {"accuracy": float(skm.accuracy_score(y_true, y_pred))}
    document: dict[str, Any] = {"kind": "classification", "metrics": metrics}
    binary = len(labels) <= 2
    with warnings.catch_warnings():
        # Undefined cases are detected and explained below; sklearn's warnings would only
        # repeat them in the step log.
        warnings.simplefilter("ignore")
        if binary:
            document["positive_class"] = positive_class
            _binary_metrics(metrics, document, notes, y_true, y_pred, positive_class, positive_probability)
        else:
            _multiclass_metrics(metrics, notes, y_true, y_pred, probability_classes, probabilities)
    document["confusion_matrix"] = {
        "labels": list(labels),
        "matrix": skm.confusion_matrix(y_true, y_pred, labels=list(labels)).tolist(),
    }
    if notes:
        document["notes"] = notes
    return document


def _binary_metrics(
    metrics: dict[str, float],
    document: dict[str, Any],
    notes: list[str],
    y_true: np.ndarray,
    y_pred: np.ndarray,
    positive: Any,
    probability: np.ndarray | None,
) -> None:
    from sklearn import metrics as skm

    kwargs: dict[str, Any] = {"pos_label": positive, "average": "binary", "zero_division": np.nan}
    _put(
        metrics,
        notes,
        "precision",
        skm.precision_score(y_true, y_pred, **kwargs),
        f"no row was predicted as the positive class '{positive}'",
    )
    _put(
        metrics,
        notes,
        "recall",
        skm.recall_score(y_true, y_pred, **kwargs),
        f"no row has the positive class '{positive}' as its true label",
    )
    _put(
        metrics,
        notes,
        "f1",
        skm.f1_score(y_true, y_pred, **kwargs),
        f"neither the true nor the predicted labels include the positive class '{positive}'",
    )
    if probability is None:
        return
    is_positive = y_true == positive
    _put(
        metrics,
        notes,
        "log_loss",
        skm.log_loss(is_positive, probability, labels=[False, True]),
        "the probabilities are not finite",
    )
    if is_positive.all() or not is_positive.any():
        only = "positive" if is_positive.all() else "negative"
        notes.append(f"auc left out: every true label is {only}, so ROC AUC is undefined; so are the ROC and PR curves")
        return
    _put(metrics, notes, "auc", skm.roc_auc_score(is_positive, probability), "ROC AUC is undefined on these scores")
    fpr, tpr, _ = skm.roc_curve(is_positive, probability)
    precision, recall, _ = skm.precision_recall_curve(is_positive, probability)
    document["curves"] = {
        "roc": downsample_curve(fpr, tpr),
        "pr": downsample_curve(recall, precision),
        "gains": cumulative_gains(is_positive, probability),
    }
    predicted_positive = y_pred == positive
    document["thresholds"] = threshold_table(is_positive, probability, predicted_positive)
    unlike = document["thresholds"]["unlike_scored_labels"]
    if unlike:
        notes.append(
            f"thresholds: at {DEFAULT_THRESHOLD} the probabilities disagree with '{SCORED_LABELS}' in {unlike} "
            f"row{'s' if unlike > 1 else ''}: the model's labels do not come from its probabilities at "
            f"{DEFAULT_THRESHOLD}, so the threshold slider's numbers at {DEFAULT_THRESHOLD} differ from the metrics"
        )


def threshold_table(is_positive: np.ndarray, probability: np.ndarray, predicted_positive: np.ndarray) -> dict[str, Any]:
    """True and false positives if every row whose positive-class probability passes a
    threshold were predicted positive, at THRESHOLD_STEPS + 1 evenly spaced thresholds:
    what a viewer needs to redraw the confusion matrix, precision, recall and F1 at any
    of them. "Passes" is the comparison (">" or ">=") under which the thresholds at 0.5
    give back the model's own labels: a forest's 50/50 vote is the negative class (">"),
    the complement of the scored class wins its ties (">="); when neither matches every
    row (probabilities calibrated apart from the labels, labels a script wrote), the
    comparison with fewer disagreements is kept and their number is reported."""
    thresholds = np.arange(THRESHOLD_STEPS + 1) / THRESHOLD_STEPS
    unlike = {
        ">=": int(((probability >= DEFAULT_THRESHOLD) != predicted_positive).sum()),
        ">": int(((probability > DEFAULT_THRESHOLD) != predicted_positive).sum()),
    }
    comparison = ">" if unlike[">"] < unlike[">="] else ">="
    side: Literal["left", "right"] = "left" if comparison == ">=" else "right"
    positive_scores = np.sort(probability[is_positive])
    negative_scores = np.sort(probability[~is_positive])
    # Rows passing t: those not below it (">=") or not at or below it (">").
    tp = len(positive_scores) - np.searchsorted(positive_scores, thresholds, side=side)
    fp = len(negative_scores) - np.searchsorted(negative_scores, thresholds, side=side)
    return {
        "predicted_positive": comparison,
        "default": DEFAULT_THRESHOLD,
        "values": thresholds.tolist(),
        "tp": tp.tolist(),
        "fp": fp.tolist(),
        "positives": len(positive_scores),
        "negatives": len(negative_scores),
        "unlike_scored_labels": unlike[comparison],
    }


def cumulative_gains(is_positive: np.ndarray, probability: np.ndarray) -> list[list[float]]:
    """[[fraction of rows, fraction of the positives among them], ...] taking rows from the
    highest probability down, at every 1/GAIN_STEPS of the rows. Rows with the same
    probability cannot be ordered, so a cut through them takes their positives pro rata
    (the curve is straight across a tie), and the result does not depend on row order."""
    _, first = np.unique(-probability, return_inverse=True)  # index of each row's score, best first
    rows_per_score = np.bincount(first)
    positives_per_score = np.bincount(first, weights=is_positive.astype(float))
    rows = np.concatenate([[0.0], np.cumsum(rows_per_score)])
    captured = np.concatenate([[0.0], np.cumsum(positives_per_score)]) / max(1, int(is_positive.sum()))
    fractions = np.arange(GAIN_STEPS + 1) / GAIN_STEPS
    gains = np.interp(fractions * len(probability), rows, captured)
    return [[float(f), float(g)] for f, g in zip(fractions, gains, strict=True)]


def _multiclass_metrics(
    metrics: dict[str, float],
    notes: list[str],
    y_true: np.ndarray,
    y_pred: np.ndarray,
    classes: Sequence[Any] | None,
    probabilities: np.ndarray | None,
) -> None:
    # sklearn's macro average: a class never predicted counts with precision 0.
    from sklearn import metrics as skm

    for name, function in (("precision", skm.precision_score), ("recall", skm.recall_score), ("f1", skm.f1_score)):
        metrics[name] = float(function(y_true, y_pred, average="macro", zero_division=0.0))
    if probabilities is None or classes is None:
        return
    unknown = sorted({str(v) for v in y_true} - {str(c) for c in classes})
    if unknown:
        notes.append(
            f"auc and log_loss left out: true labels {list_names(unknown)} have no probability column "
            f"(columns for: {list_names(classes)})"
        )
        return
    sums = probabilities.sum(axis=1)
    if not np.allclose(sums, 1.0, atol=_SUM_TOLERANCE, rtol=0):
        worst = int(np.argmax(np.abs(sums - 1.0)))
        notes.append(
            f"auc and log_loss left out: the class probabilities of a row must add up to 1; row {worst} adds up "
            f"to {sums[worst]:.6g}"
        )
        return
    _put(
        metrics,
        notes,
        "log_loss",
        skm.log_loss(y_true, probabilities, labels=list(classes)),
        "the probabilities are not finite",
    )
    missing = [c for c in classes if not (y_true == c).any()]
    if missing:
        notes.append(
            f"auc left out: one-vs-rest ROC AUC needs every class among the true labels; missing: {list_names(missing)}"
        )
        return
    _put(
        metrics,
        notes,
        "auc",
        skm.roc_auc_score(y_true, probabilities, multi_class="ovr", average="macro", labels=list(classes)),
        "ROC AUC is undefined on these scores",
    )


# ---------------------------------------------------------------------------------
# Regression


def regression_document(y_true: np.ndarray, y_pred: np.ndarray) -> dict[str, Any]:
    """MAE, RMSE, RAE, RSE and R2 (RAE and RSE relative to predicting the mean), and the
    residuals (true - predicted), sampled when there are many."""
    from sklearn import metrics as skm

    notes: list[str] = []
    y_true = y_true.astype(float)
    y_pred = y_pred.astype(float)
    errors = y_true - y_pred
    spread = y_true - y_true.mean()
    metrics: dict[str, float] = {
        "mae": float(skm.mean_absolute_error(y_true, y_pred)),
        "rmse": float(skm.root_mean_squared_error(y_true, y_pred)),
    }
    constant = "the true label is the same in every row"
    absolute_spread = float(np.abs(spread).sum())
    squared_spread = float((spread**2).sum())
    _put(metrics, notes, "rae", np.abs(errors).sum() / absolute_spread if absolute_spread else math.nan, constant)
    _put(metrics, notes, "rse", (errors**2).sum() / squared_spread if squared_spread else math.nan, constant)
    _put(
        metrics,
        notes,
        "r2",
        skm.r2_score(y_true, y_pred) if squared_spread else math.nan,
        constant,
    )
    residuals = errors
    if len(errors) > MAX_RESIDUALS:
        picked = np.sort(np.random.default_rng(SAMPLE_SEED).choice(len(errors), MAX_RESIDUALS, replace=False))
        residuals = errors[picked]
        notes.append(
            f"residuals: {MAX_RESIDUALS} of {len(errors)} rows, picked at random (seed {SAMPLE_SEED}), in row order"
        )
    document: dict[str, Any] = {"kind": "regression", "metrics": metrics, "residuals": residuals.tolist()}
    if notes:
        document["notes"] = notes
    return document


# ---------------------------------------------------------------------------------
# Clustering


def clustering_document(
    assignments: np.ndarray,
    *,
    n_clusters: int,
    distances: np.ndarray | None,
    features: np.ndarray | None,
    why_no_features: str = "",
) -> dict[str, Any]:
    """Silhouette (on `features`), inertia and mean distance to the assigned centre (from
    `distances`, one column per cluster), and per cluster its row count and mean distance."""
    from sklearn import metrics as skm

    notes: list[str] = []
    metrics: dict[str, float] = {}
    rows = len(assignments)
    found = len(np.unique(assignments))
    if features is None:
        notes.append(f"silhouette left out: {why_no_features}")
    elif not 2 <= found <= rows - 1:
        notes.append(f"silhouette left out: it needs 2 to {rows - 1} clusters among {rows} rows; found {found}")
    else:
        sample = SILHOUETTE_SAMPLE if rows > SILHOUETTE_SAMPLE else None
        if sample:
            notes.append(f"silhouette: on {sample} of {rows} rows, picked at random (seed {SAMPLE_SEED})")
        try:
            value = skm.silhouette_score(features, assignments, sample_size=sample, random_state=SAMPLE_SEED)
        except ValueError as exc:  # the sample can hold a single cluster
            notes.append(f"silhouette left out: {exc}")
        else:
            _put(metrics, notes, "silhouette", value, "it is not finite on these features")

    own: np.ndarray | None = None
    if distances is not None:
        own = distances[np.arange(rows), assignments]
        if rows:
            metrics["inertia"] = float((own**2).sum())
            metrics["mean_distance"] = float(own.mean())
    else:
        notes.append("inertia and mean distances left out: the dataset has no distance columns")

    clusters: list[dict[str, Any]] = []
    for cluster in range(n_clusters):
        members = assignments == cluster
        entry: dict[str, Any] = {"cluster": cluster, "count": int(members.sum())}
        if own is not None and members.any():
            entry["mean_distance"] = float(own[members].mean())
        clusters.append(entry)
    document: dict[str, Any] = {"kind": "clustering", "metrics": metrics, "clusters": clusters}
    if notes:
        document["notes"] = notes
    return document


# ---------------------------------------------------------------------------------
# Clustering datasets


def require_clustering_model(model: ModelArtifact, *, module: str) -> Any:
    """The estimator inside `model`, refused unless it is a clustering model that can assign rows."""
    from sklearn.base import is_clusterer

    task = model.meta.get("task")
    algorithm = model.meta.get("algorithm") or type(model.model).__name__
    try:
        clusterer = is_clusterer(model.model)
    except AttributeError:  # not a scikit-learn estimator at all
        clusterer = False
    if task not in (None, "clustering") or not clusterer:
        kind = f"is a {task} model" if task else "is not a clustering model"
        other = "score it with score_model" if module == "assign_to_clusters" else "train it with train_model"
        raise ModuleError(
            f"input model ({algorithm}) {kind}; {module} needs a clustering model such as kmeans ({other})"
        )
    if not hasattr(model.model, "predict"):
        raise ModuleError(f"input model ({algorithm}) cannot assign rows to clusters: it has no predict method")
    return model.model


def numeric_columns(frame: pd.DataFrame) -> list[str]:
    return [str(c) for c in frame.columns if ptypes.is_numeric_dtype(frame[c]) and not ptypes.is_bool_dtype(frame[c])]


def clustering_features(frame: pd.DataFrame, columns: Sequence[str], *, port: str) -> pd.DataFrame:
    """The feature columns, checked: present, numeric, without missing values."""
    available = [str(c) for c in frame.columns]
    missing = [c for c in columns if c not in available]
    if missing:
        raise ModuleError(
            f"feature column{'s' if len(missing) > 1 else ''} {list_names(repr(c) for c in missing)} not found "
            f"in input {port}; available: {list_names(available) or '(none)'}"
        )
    for column in columns:
        series = frame[column]
        if not ptypes.is_numeric_dtype(series):
            raise ModuleError(
                f"column '{column}' is not numeric ({series.dtype}); clustering needs numbers: "
                "convert it with convert_to_indicators or leave it out of the feature columns"
            )
        gaps = int(series.isna().sum())
        if gaps:
            raise ModuleError(
                f"column '{column}' has {gaps} missing value{'s' if gaps > 1 else ''}; "
                "fill or remove them with clean_missing_data first"
            )
    return frame[list(columns)].astype(float)


def assignments_frame(
    dataset: pd.DataFrame, model: Any, features: pd.DataFrame, feature_columns: Sequence[str]
) -> pd.DataFrame:
    """The dataset plus "Assignments" and, for models with centres, the distance to each."""
    from sklearn.exceptions import NotFittedError

    try:
        labels = np.asarray(model.predict(features), dtype=np.int64)
        distances = np.asarray(model.transform(features), dtype=float) if hasattr(model, "cluster_centers_") else None
    except NotFittedError as exc:
        raise ModuleError("input model is not trained; train it with train_clustering_model first") from exc
    except ValueError as exc:
        raise ModuleError(f"the clustering model cannot assign these rows: {exc}") from exc
    n_clusters = int(distances.shape[1]) if distances is not None else int(labels.max(initial=-1)) + 1
    # A dataset that was clustered before gets its old assignment columns replaced.
    stale = [c for c in dataset.columns if str(c) == ASSIGNMENTS or str(c).startswith(DISTANCE_PREFIX)]
    if stale:
        print(f"replacing earlier assignment columns: {list_names(stale)}")
    frame = dataset.drop(columns=stale).reset_index(drop=True)
    added: dict[str, Any] = {ASSIGNMENTS: labels}
    if distances is not None:
        added.update({distance_column(i): distances[:, i] for i in range(n_clusters)})
    frame = pd.concat([frame, pd.DataFrame(added)], axis=1)
    frame.attrs = {
        ATTRS_KEY: {
            "task": "clustering",
            "feature_columns": [str(c) for c in feature_columns],
            "n_clusters": n_clusters,
        }
    }
    return frame


def assignments_schema(dataset: design_schema.Table) -> design_schema.Table:
    """What assignments_frame gives, before running: the dataset, then Assignments and
    one distance column per cluster (how many clusters is the model's, known when it runs)."""
    kept = [c for c in dataset.columns if c.name != ASSIGNMENTS and not c.name.startswith(DISTANCE_PREFIX)]
    result = dataset.with_columns([*kept, design_schema.Column(ASSIGNMENTS, "int64")])
    return replace(result, incomplete=f"one '{DISTANCE_PREFIX}<i>' column per cluster")
