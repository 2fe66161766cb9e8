"""evaluate_model: metrics of scored (or clustered) data, the same numbers scikit-learn gives."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from pandas.api import types as ptypes

from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import list_names, require_columns, require_rows
from runner.modules._metrics import (
    ASSIGNMENTS,
    ATTRS_KEY,
    DISTANCE_PREFIX,
    SCORED_LABELS,
    SCORED_PROBABILITIES,
    classification_document,
    clustering_document,
    distance_column,
    probability_column,
    regression_document,
)
from runner.step_runtime import ModuleError, StepContext

TASKS = ("auto", "classification", "regression", "clustering")
# Without the scorer's description, whole-number predictions with at most this many
# distinct values could be classes or numbers: the user has to say which.
_MAX_AMBIGUOUS_VALUES = 20

SPEC = ModuleSpec(
    slug="evaluate_model",
    version="1.1.0",
    name="Evaluate Model",
    category="Training, scoring, evaluation",
    description=(
        "Measures how good a model's predictions are. Classification: accuracy, precision, recall, F1, "
        "AUC, log loss, the confusion matrix and the ROC and PR curves; with two classes also the counts at "
        "thresholds from 0 to 1 (the viewer's threshold slider) and the cumulative gains and lift. Regression: "
        "MAE, RMSE, RAE, RSE, R2 and the residuals. Clustering: silhouette, inertia and per-cluster counts and "
        "distances. With a second scored dataset wired, both models are measured side by side."
    ),
    inputs=(
        PortSpec("scored", "DataFrame", description="Output of Score Model or Assign Data to Clusters."),
        PortSpec(
            "scored_right",
            "DataFrame",
            optional=True,
            description="A second model's scored dataset, to compare with the first.",
        ),
    ),
    outputs=(PortSpec("metrics", "Metrics", description="The metrics, charts and confusion matrix."),),
    params=(
        ParamSpec(
            "label_column",
            "string",
            default="",
            help=(
                "Column with the true labels. Empty: the label column the model was trained on, which "
                "Score Model records; set it when the scored dataset was rebuilt (e.g. by a Python script)."
            ),
        ),
        ParamSpec(
            "task",
            "choice",
            default="auto",
            choices=TASKS,
            help=(
                "What kind of model made the scores. auto: as Score Model recorded it, else guessed from the "
                "columns (probabilities mean classification, fractional predictions mean regression)."
            ),
        ),
        ParamSpec(
            "positive_class",
            "string",
            default="",
            help=(
                "Two-class models only: the class precision, recall, F1, AUC and the curves are about. Empty: "
                "the class the model scores, the second of the two in sorted order. With more than two classes "
                "precision, recall and F1 are macro averages (the plain mean over the classes) and AUC is the "
                "one-vs-rest macro average."
            ),
        ),
    ),
    keywords=(
        "Evaluate Model",
        "metrics",
        "accuracy",
        "AUC",
        "ROC",
        "precision",
        "recall",
        "F1",
        "confusion matrix",
        "RMSE",
        "R2",
        "compare models",
    ),
    entrypoint="runner.modules.evaluate_model:evaluate_model",
)


def evaluate_model(
    ctx: StepContext, *, scored: pd.DataFrame, scored_right: pd.DataFrame | None = None
) -> dict[str, object]:
    task = str(ctx.params["task"] or "auto")
    if task not in TASKS:
        raise ModuleError(f"parameter 'task': unknown task '{task}'; choose {', '.join(TASKS)}")
    label_column = str(ctx.params["label_column"] or "").strip()
    positive_class = str(ctx.params["positive_class"] or "").strip()

    document = _evaluate(scored, "scored", task, label_column, positive_class)
    _report(ctx, document, suffix="")
    if scored_right is not None:
        right = _evaluate(scored_right, "scored_right", task, label_column, positive_class)
        if right["kind"] != document["kind"]:
            raise ModuleError(
                f"cannot compare a {document['kind']} model (input scored) with a {right['kind']} model "
                "(input scored_right); wire two models of the same kind"
            )
        _report(ctx, right, suffix="_right")
        document["compare"] = right
    return {"metrics": document}


def _report(ctx: StepContext, document: Mapping[str, Any], *, suffix: str) -> None:
    side = " (scored_right)" if suffix else ""
    for note in document.get("notes", []):
        print(f"{note}{side}")
    for name, value in document["metrics"].items():
        ctx.log_metric(f"{name}{suffix}", value)


def _evaluate(frame: pd.DataFrame, port: str, task: str, label_column: str, positive_class: str) -> dict[str, Any]:
    require_rows(frame, port=port)
    raw = frame.attrs.get(ATTRS_KEY)
    info: dict[str, Any] = dict(raw) if isinstance(raw, Mapping) else {}
    if task == "auto":
        task = str(info.get("task") or "") or _infer_task(frame, port)
    if task == "classification":
        return _classification(frame, port, info, label_column, positive_class)
    if task == "regression":
        return _regression(frame, port, info, label_column)
    if task == "clustering":
        return _clustering(frame, port, info)
    raise ModuleError(f"input {port} is described as a '{task}' model's output, which evaluate_model does not know")


def _columns(frame: pd.DataFrame) -> list[str]:
    return [str(c) for c in frame.columns]


def _probability_columns(frame: pd.DataFrame) -> list[str]:
    return [c for c in _columns(frame) if c == SCORED_PROBABILITIES or c.startswith(f"{SCORED_PROBABILITIES}_")]


def _infer_task(frame: pd.DataFrame, port: str) -> str:
    columns = _columns(frame)
    if SCORED_LABELS not in columns:
        if ASSIGNMENTS in columns:
            return "clustering"
        raise ModuleError(
            f"input {port} has no '{SCORED_LABELS}' column (nor '{ASSIGNMENTS}'): connect the output of "
            f"score_model or assign_to_clusters; available: {list_names(columns) or '(none)'}"
        )
    if _probability_columns(frame):
        return "classification"
    predictions = frame[SCORED_LABELS]
    if not ptypes.is_float_dtype(predictions):
        return "classification"  # text, categories, booleans and integers are classes
    values = predictions.dropna()
    if (values != values.round()).any() or values.nunique() > _MAX_AMBIGUOUS_VALUES:
        return "regression"
    raise ModuleError(
        f"cannot tell whether input {port} holds a classifier's or a regression model's scores: "
        f"'{SCORED_LABELS}' has only {values.nunique()} distinct whole numbers and there is no "
        f"'{SCORED_PROBABILITIES}' column; set parameter 'task'"
    )


def _label_column(frame: pd.DataFrame, port: str, info: Mapping[str, Any], label_column: str) -> str:
    name = label_column or str(info.get("label_column") or "")
    if not name:
        raise ModuleError(
            f"input {port} does not say which column holds the true labels; set parameter 'label_column' "
            f"(available: {list_names(_columns(frame)) or '(none)'})"
        )
    require_columns(frame, [name], port=port)
    return name


def _values(frame: pd.DataFrame, column: str, port: str, why: str) -> pd.Series:
    require_columns(frame, [column], port=port)
    series = frame[column]
    gaps = int(series.isna().sum())
    if gaps:
        raise ModuleError(f"column '{column}' of input {port} has {gaps} missing value{'s' if gaps > 1 else ''}; {why}")
    return series


def _label_values(frame: pd.DataFrame, column: str, port: str) -> pd.Series:
    return _values(frame, column, port, "every row needs a true label: remove those rows first (clean_missing_data)")


def _score_values(frame: pd.DataFrame, column: str, port: str) -> pd.Series:
    return _values(frame, column, port, "every row needs a score: score the rows again with score_model")


# ---------------------------------------------------------------------------------
# Classification


def _is_numeric(values: np.ndarray) -> bool:
    return values.dtype.kind in "biuf"


def _classification(
    frame: pd.DataFrame, port: str, info: Mapping[str, Any], label_column: str, positive_param: str
) -> dict[str, Any]:
    from sklearn.utils.multiclass import unique_labels

    truth = _label_column(frame, port, info, label_column)
    y_true = _label_values(frame, truth, port).to_numpy()
    y_pred = _score_values(frame, SCORED_LABELS, port).to_numpy()
    classes = list(info.get("classes") or [])
    # A script may have turned one side into text ("1" against 1): compare as text then.
    as_text = _is_numeric(y_true) != _is_numeric(y_pred)
    if as_text:
        y_true, y_pred = y_true.astype(str), y_pred.astype(str)
        classes = [str(c) for c in classes]
    try:
        present = list(unique_labels(y_true, y_pred))
    except ValueError as exc:
        raise ModuleError(f"cannot compare column '{truth}' with '{SCORED_LABELS}' in input {port}: {exc}") from exc
    labels = classes + [label for label in present if label not in classes]
    # Classes neither true nor predicted here still count when the model scored them.
    labels += _classes_of_probability_columns(frame, labels)
    probabilities = _probability_columns(frame)
    for column in probabilities:
        _check_probabilities(frame, column, port)

    if len(labels) <= 2:
        positive = _positive_class(labels, info, positive_param, as_text)
        return classification_document(
            y_true,
            y_pred,
            labels=labels,
            positive_class=positive,
            positive_probability=_positive_probability(frame, labels, info, positive, as_text),
        )
    notes = [f"parameter 'positive_class' ignored: there are {len(labels)} classes"] if positive_param else []
    probability_classes, matrix = _class_probabilities(frame, labels, notes)
    return classification_document(
        y_true, y_pred, labels=labels, probability_classes=probability_classes, probabilities=matrix, notes=notes
    )


def _classes_of_probability_columns(frame: pd.DataFrame, labels: Sequence[Any]) -> list[Any]:
    """Classes named by "Scored Probabilities_<class>" columns that are not among `labels`,
    as values of the labels' type (the name is text; the labels may be numbers)."""
    prefix = f"{SCORED_PROBABILITIES}_"
    known = {str(label) for label in labels}
    numeric = bool(labels) and all(isinstance(v, int | float | np.number) and not isinstance(v, bool) for v in labels)
    found: list[Any] = []
    for column in _columns(frame):
        name = column[len(prefix) :]
        if not column.startswith(prefix) or name in known:
            continue
        if not numeric:
            found.append(name)
            continue
        try:
            number = float(name)
        except ValueError:
            continue  # reported when the probabilities are matched to the classes
        found.append(int(number) if number.is_integer() and "." not in name else number)
    return found


def _check_probabilities(frame: pd.DataFrame, column: str, port: str) -> None:
    series = _score_values(frame, column, port)
    if not ptypes.is_numeric_dtype(series) or ptypes.is_bool_dtype(series):
        raise ModuleError(f"column '{column}' of input {port} must hold probabilities; it holds {series.dtype}")
    outside = int(((series < 0) | (series > 1)).sum())
    if outside:
        raise ModuleError(
            f"column '{column}' of input {port} has {outside} values outside 0..1; it must hold probabilities"
        )


def _positive_class(labels: list[Any], info: Mapping[str, Any], chosen: str, as_text: bool) -> Any:
    if chosen:
        match = [label for label in labels if str(label) == chosen]
        if not match:
            raise ModuleError(
                f"parameter 'positive_class': '{chosen}' is not one of the labels; they are: {list_names(labels)}"
            )
        return match[0]
    recorded = info.get("positive_class")
    if recorded is not None:
        return str(recorded) if as_text else recorded
    return labels[-1]  # sklearn scores classes_[1], the greater of the two


def _positive_probability(
    frame: pd.DataFrame, labels: list[Any], info: Mapping[str, Any], positive: Any, as_text: bool
) -> np.ndarray | None:
    columns = _columns(frame)
    if SCORED_PROBABILITIES in columns:
        values: np.ndarray = frame[SCORED_PROBABILITIES].to_numpy(dtype=float)
        # The column is the probability of the class the model scores; the other class
        # gets the complement.
        recorded = info.get("positive_class")
        scored = (str(recorded) if as_text else recorded) if recorded is not None else labels[-1]
        same = bool(scored == positive) or len(labels) < 2
        return values if same else 1.0 - values
    column = probability_column(positive)
    if column in columns:
        own: np.ndarray = frame[column].to_numpy(dtype=float)
        return own
    return None


def _class_probabilities(
    frame: pd.DataFrame, labels: Sequence[Any], notes: list[str]
) -> tuple[list[Any] | None, np.ndarray | None]:
    """The classes with a probability column, in sorted order, and those columns."""
    prefix = f"{SCORED_PROBABILITIES}_"
    columns = [c for c in _columns(frame) if c.startswith(prefix)]
    if not columns:
        return None, None
    by_text = {str(label): label for label in labels}
    unmatched = [c for c in columns if c[len(prefix) :] not in by_text]
    if unmatched:
        notes.append(
            f"auc and log_loss left out: probability columns {list_names(unmatched)} are for classes that are "
            "neither true nor predicted labels, and the model's classes are not recorded"
        )
        return None, None
    column_of = {by_text[c[len(prefix) :]]: c for c in columns}
    # sklearn reads probability columns in the sorted order of the classes.
    ordered = sorted(column_of)
    return ordered, frame[[column_of[c] for c in ordered]].to_numpy(dtype=float)


# ---------------------------------------------------------------------------------
# Regression


def _regression(frame: pd.DataFrame, port: str, info: Mapping[str, Any], label_column: str) -> dict[str, Any]:
    truth = _label_column(frame, port, info, label_column)
    y_true = _label_values(frame, truth, port)
    y_pred = _score_values(frame, SCORED_LABELS, port)
    for column, series in ((truth, y_true), (SCORED_LABELS, y_pred)):
        if not ptypes.is_numeric_dtype(series) or ptypes.is_bool_dtype(series):
            raise ModuleError(
                f"column '{column}' of input {port} is not numeric ({series.dtype}); regression metrics need "
                "numbers (for a classifier set parameter 'task' to classification)"
            )
    return regression_document(y_true.to_numpy(dtype=float), y_pred.to_numpy(dtype=float))


# ---------------------------------------------------------------------------------
# Clustering


def _clustering(frame: pd.DataFrame, port: str, info: Mapping[str, Any]) -> dict[str, Any]:
    columns = _columns(frame)
    column = ASSIGNMENTS if ASSIGNMENTS in columns else SCORED_LABELS
    if column not in columns:
        raise ModuleError(
            f"input {port} has no '{ASSIGNMENTS}' column: connect the output of train_clustering_model or "
            f"assign_to_clusters; available: {list_names(columns) or '(none)'}"
        )
    series = _score_values(frame, column, port)
    if not ptypes.is_numeric_dtype(series) or (series != series.round()).any() or (series < 0).any():
        raise ModuleError(f"column '{column}' of input {port} must hold cluster numbers (0, 1, 2, ...)")
    assignments = series.to_numpy(dtype=np.int64)

    distance_count = sum(1 for c in columns if c.startswith(DISTANCE_PREFIX))
    n_clusters = max(int(info.get("n_clusters") or 0), distance_count, int(assignments.max()) + 1)
    distances = None
    wanted = [distance_column(i) for i in range(n_clusters)]
    if all(c in columns for c in wanted):
        for c in wanted:
            _score_values(frame, c, port)
        distances = frame[wanted].to_numpy(dtype=float)
    elif distance_count:
        missing = [c for c in wanted if c not in columns]
        raise ModuleError(f"input {port} has distance columns for some clusters only; missing: {list_names(missing)}")

    features, why = _clustering_features(frame, info)
    return clustering_document(
        assignments, n_clusters=n_clusters, distances=distances, features=features, why_no_features=why
    )


def _clustering_features(frame: pd.DataFrame, info: Mapping[str, Any]) -> tuple[np.ndarray | None, str]:
    named = info.get("feature_columns")
    if not isinstance(named, list) or not named:
        return None, "the dataset does not record which columns the model clustered on"
    columns = [str(c) for c in named]
    missing = [c for c in columns if c not in _columns(frame)]
    if missing:
        return None, f"feature columns {list_names(missing)} are missing from the dataset"
    features = frame[columns]
    unusable = [c for c in columns if not ptypes.is_numeric_dtype(features[c]) or features[c].isna().any()]
    if unusable:
        return None, f"feature columns {list_names(unusable)} are not numeric or have missing values"
    return features.to_numpy(dtype=float), ""
