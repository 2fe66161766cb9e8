"""Score Model for a real-time request: on NumPy arrays where it can, through score_model's
own frame where it must.

An endpoint's scorer answers with score_model's own code (runner.scoring), and for a
one-row request most of that time is pandas: building a one-row DataFrame, checking
it, building the score frame and turning it back into dicts, about 2.5 ms against the
model's 0.1 ms. `NumericRowScorer` answers the common request the same way score_model
would, on NumPy arrays: a built-in scikit-learn learner whose features are all numbers,
no fitted transform and no feature preparation, every row carrying every feature as a
finite JSON number. Anything else (a missing or non-numeric feature, a model that
prepares its own features, a wrapped estimator) returns None and goes through
score_model, which answers it or explains what is wrong; so the errors stay
score_model's own.

The answer must be score_model's row for row: the estimator gets exactly the float64
array score_model's frame turns into (the same values, in the same column-major
layout), only without column names, and the reply is built from the same scores
through the same JSON conversion. tests/unit/runner/test_row_scorer.py compares the two
on every built-in learner.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np

from runner.modules._models import (
    CLASSIFICATION,
    REGRESSION,
    SCORED_LABELS,
    SCORED_PROBABILITIES,
    FeaturePreparation,
    has_probabilities,
    infer_task,
    probability_column,
)
from runner.step_runtime import ModelArtifact, StepContext, to_json_safe

# The estimators the built-in learners and Tune Model Hyperparameters produce. Each
# reads its input through scikit-learn's own array checks and uses column names only
# to check them, so an array with the same values in the same order is the same input.
# Anything else (a pipeline that picks columns by name, a custom model) keeps the frame.
_PLAIN_ESTIMATORS = frozenset(
    {
        "sklearn.linear_model._logistic.LogisticRegression",
        "sklearn.linear_model._base.LinearRegression",
        "sklearn.linear_model._ridge.Ridge",
        "sklearn.linear_model._coordinate_descent.Lasso",
        "sklearn.ensemble._forest.RandomForestClassifier",
        "sklearn.ensemble._forest.RandomForestRegressor",
        "sklearn.ensemble._gb.GradientBoostingClassifier",
        "sklearn.ensemble._gb.GradientBoostingRegressor",
        "sklearn.svm._classes.SVC",
        "sklearn.calibration.CalibratedClassifierCV",
    }
)
# Integers beyond this lose precision as float64 in ways that depend on the path they
# take there; such rows go through score_model.
_EXACT_INTEGER = 2**53
# A row's label value is copied into the reply as score_model would show it only for
# these types; others (lists, objects) go through score_model.
_SCALARS = (str, int, float, bool, type(None))


def _qualified(estimator: object) -> str:
    cls = type(estimator)
    return f"{cls.__module__}.{cls.__qualname__}"


def _feature_value(value: Any) -> float | None:
    """The float64 score_model's frame would hold for a JSON feature value, or None when
    that value needs score_model's own reading (or its error)."""
    kind = type(value)
    if kind is float:
        return value if math.isfinite(value) else None
    if kind is int and -_EXACT_INTEGER <= value <= _EXACT_INTEGER:
        return float(value)
    return None  # bool, str, None, nested values, huge integers


class NumericRowScorer:
    """score_model with append_score_columns off, for rows of numeric features."""

    def __init__(self, estimator: Any, task: str, features: Sequence[str], label: str | None) -> None:
        self.estimator = estimator
        self.task = task
        self.features = list(features)
        self.label = label
        self.classes = list(estimator.classes_) if task == CLASSIFICATION else None
        self.probabilities = task == CLASSIFICATION and has_probabilities(estimator)
        self.class_columns = [probability_column(c) for c in self.classes or []]

    @classmethod
    def for_model(cls, model: ModelArtifact, *, has_transform: bool) -> NumericRowScorer | None:
        """A scorer for `model`, or None when its requests must go through score_model."""
        from sklearn.exceptions import NotFittedError
        from sklearn.utils.validation import check_is_fitted

        estimator = model.model
        meta = model.meta or {}
        if has_transform or FeaturePreparation.from_meta(meta) is not None:
            return None
        if _qualified(estimator) not in _PLAIN_ESTIMATORS:
            return None
        task = str(meta.get("task") or infer_task(estimator))
        if task not in (CLASSIFICATION, REGRESSION):
            return None
        try:
            check_is_fitted(estimator)
        except (NotFittedError, TypeError):
            return None  # score_model says what is wrong, every time
        features = [str(c) for c in (meta.get("feature_columns") or getattr(estimator, "feature_names_in_", []))]
        names = getattr(estimator, "feature_names_in_", None)
        # With another order than the estimator's, score_model's frame is refused by
        # scikit-learn's name check; an array would be taken silently, in the wrong order.
        if not features or (names is not None and [str(n) for n in names] != features):
            return None
        label = meta.get("label_column")
        scorer = cls(estimator, task, features, str(label) if label else None)
        if scorer.label in (SCORED_LABELS, SCORED_PROBABILITIES, *scorer.class_columns):
            return None
        return scorer

    def score(self, rows: Sequence[Any]) -> list[dict[str, Any]] | None:
        """The reply's rows, or None when these rows need score_model."""
        if not rows:
            return None
        width = len(self.features)
        # Column-major, as the float64 block of score_model's frame is handed to the estimator.
        X = np.empty((len(rows), width), dtype="float64", order="F")
        for i, row in enumerate(rows):
            if type(row) is not dict:
                return None
            for j, name in enumerate(self.features):
                value = _feature_value(row.get(name))
                if value is None:
                    return None
                X[i, j] = value
        usable, labels = self._label_values(rows)
        if not usable:
            return None
        with warnings.catch_warnings():
            # Fitted on a frame, given an array with the same columns: nothing to warn about.
            warnings.filterwarnings("ignore", message="X does not have valid feature names")
            predicted = self.estimator.predict(X)
            proba = np.asarray(self.estimator.predict_proba(X), dtype="float64") if self.probabilities else None
        replies: list[dict[str, Any]] = []
        for i in range(len(rows)):
            reply: dict[str, Any] = {} if labels is None or self.label is None else {self.label: labels[i]}
            reply[SCORED_LABELS] = to_json_safe(predicted[i])
            if proba is not None:
                if len(self.class_columns) == 2:
                    reply[SCORED_PROBABILITIES] = to_json_safe(proba[i, 1])
                else:
                    reply[SCORED_PROBABILITIES] = to_json_safe(proba[i].max())
                    for j, column in enumerate(self.class_columns):
                        reply[column] = to_json_safe(proba[i, j])
            replies.append(reply)
        return replies

    def _label_values(self, rows: Sequence[dict[str, Any]]) -> tuple[bool, list[Any] | None]:
        """(whether these rows can be answered here, the label column of the reply or
        None when the rows have none). Several rows carrying a label go through the
        frame: pandas gives the column one type for all of them."""
        if self.label is None or not any(self.label in row for row in rows):
            return True, None
        value = rows[0][self.label]
        if len(rows) > 1 or not isinstance(value, _SCALARS):
            return False, None
        return True, [to_json_safe(value)]


def score_with_frame(
    model: ModelArtifact, transform: ModelArtifact | None, rows: Sequence[Any]
) -> list[dict[str, Any]]:
    """What a pipeline's score_model step (append_score_columns off) answers for `rows`,
    after the deployed transform if there is one; a ModuleError says why it cannot."""
    from pathlib import Path

    import pandas as pd

    from runner.modules.score_model import score_model

    frame = pd.DataFrame.from_records(rows)
    if transform is not None:
        frame = transform.model.apply(frame)
    ctx = StepContext(params={"append_score_columns": False}, workdir=Path("/dev/shm"), control=None)
    scored = score_model(ctx, model=model, dataset=frame)["scored"]
    assert isinstance(scored, pd.DataFrame)
    answer: list[dict[str, Any]] = to_json_safe(scored.to_dict(orient="records"))
    return answer


class RowScorer:
    """An endpoint's answers for one model: NumericRowScorer where it applies, else the frame."""

    def __init__(self, model: ModelArtifact, transform: ModelArtifact | None) -> None:
        self.model, self.transform = model, transform
        self.numeric = NumericRowScorer.for_model(model, has_transform=transform is not None)

    def score(self, rows: Sequence[Any]) -> list[dict[str, Any]]:
        answer = self.numeric.score(rows) if self.numeric is not None else None
        return answer if answer is not None else score_with_frame(self.model, self.transform, rows)
