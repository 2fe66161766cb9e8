"""The endpoint's NumPy row scorer answers exactly what score_model's frame answers, row for
row, for every estimator the built-in learners make; and leaves to score_model every
request it could read differently."""

from __future__ import annotations

import json
import random
import zlib
from typing import Any

import pandas as pd
import pytest
from sklearn.calibration import CalibratedClassifierCV
from sklearn.datasets import load_breast_cancer, load_diabetes, load_iris
from sklearn.ensemble import (
    GradientBoostingClassifier,
    GradientBoostingRegressor,
    RandomForestClassifier,
    RandomForestRegressor,
)
from sklearn.linear_model import Lasso, LinearRegression, LogisticRegression, Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

from runner.row_scorer import NumericRowScorer, RowScorer, score_with_frame
from runner.step_runtime import ModelArtifact, ModuleError
from tests.unit.runner.test_module_score_model import trained


def iris() -> pd.DataFrame:
    frame = load_iris(as_frame=True).frame.rename(columns={"target": "species"})
    frame["species"] = frame["species"].map({0: "setosa", 1: "versicolor", 2: "virginica"})
    return frame


def cancer() -> pd.DataFrame:
    return load_breast_cancer(as_frame=True).frame.iloc[:, [0, 1, 2, 3, -1]]


def diabetes() -> pd.DataFrame:
    return load_diabetes(as_frame=True, scaled=False).frame.iloc[:, [0, 2, 3, 4, -1]]


MODELS = {
    "logistic, three text classes": lambda: trained(
        LogisticRegression(max_iter=2000), iris(), "species", "classification"
    ),
    "logistic, two number classes": lambda: trained(
        LogisticRegression(max_iter=5000), cancer(), "target", "classification"
    ),
    "forest classifier": lambda: trained(
        RandomForestClassifier(n_estimators=20, random_state=0), iris(), "species", "classification"
    ),
    "boosted classifier": lambda: trained(
        GradientBoostingClassifier(n_estimators=20, random_state=0), cancer(), "target", "classification"
    ),
    "svm without probabilities": lambda: trained(SVC(), iris(), "species", "classification"),
    "calibrated svm": lambda: trained(CalibratedClassifierCV(SVC(), cv=3), cancer(), "target", "classification"),
    "linear regression": lambda: trained(LinearRegression(), diabetes(), "target", "regression"),
    "ridge": lambda: trained(Ridge(), diabetes(), "target", "regression"),
    "lasso": lambda: trained(Lasso(), diabetes(), "target", "regression"),
    "forest regressor": lambda: trained(
        RandomForestRegressor(n_estimators=20, random_state=0), diabetes(), "target", "regression"
    ),
    "boosted regressor": lambda: trained(
        GradientBoostingRegressor(n_estimators=20, random_state=0), diabetes(), "target", "regression"
    ),
}


def requests_for(model: ModelArtifact, seed: int) -> list[list[dict[str, Any]]]:
    """Rows as callers send them, through JSON: floats, whole numbers, extra fields, the
    label or not, alone and in batches."""
    randomness = random.Random(seed)
    features = list(model.meta["feature_columns"])
    label = model.meta["label_column"]
    labels: list[Any] = ["setosa", 1, 0.5, None, True, "x" * 3]

    def row() -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name in features:
            number = randomness.uniform(-5, 300)
            values[name] = round(number) if randomness.random() < 0.3 else number
        if randomness.random() < 0.3:
            values["note"] = "extra"
        return values

    requests: list[list[dict[str, Any]]] = []
    for _ in range(40):
        single = row()
        if randomness.random() < 0.5:
            single[label] = randomness.choice(labels)
        requests.append([single])
    requests += [[row() for _ in range(randomness.randint(2, 6))] for _ in range(10)]
    return [json.loads(json.dumps(r)) for r in requests]


@pytest.mark.parametrize("name", sorted(MODELS))
def test_the_numpy_answer_is_score_models_row_for_row(name: str) -> None:
    model = MODELS[name]()
    numeric = NumericRowScorer.for_model(model, has_transform=False)
    assert numeric is not None, f"{name}: a bare learner on numbers is scored on arrays"
    for seed, rows in enumerate(requests_for(model, seed=zlib.crc32(name.encode()))):
        fast = numeric.score(rows)
        assert fast is not None, rows
        expected = score_with_frame(model, None, rows)
        # Equal values, keys in the same order, and the same JSON text.
        assert [list(r.items()) for r in fast] == [list(r.items()) for r in expected], (seed, rows)
        assert json.dumps(fast) == json.dumps(expected)


def test_rows_it_could_read_differently_go_through_score_model() -> None:
    model = MODELS["logistic, three text classes"]()
    scorer = RowScorer(model, None)
    assert scorer.numeric is not None
    good = {"sepal length (cm)": 5.9, "sepal width (cm)": 3.0, "petal length (cm)": 4.2, "petal width (cm)": 1.5}
    for rows in (
        [{k: v for k, v in good.items() if k != "petal width (cm)"}],  # a missing feature
        [{**good, "petal width (cm)": "1.5"}],  # text
        [{**good, "petal width (cm)": True}],  # a boolean
        [{**good, "petal width (cm)": None}],
        [{**good, "petal width (cm)": float("nan")}],
        [{**good, "petal width (cm)": 2**60}],  # beyond float64's exact integers
        [{**good, "species": "setosa"}, {**good, "species": 1}],  # labels of two types
        [{**good, "species": ["setosa"]}],
    ):
        assert scorer.numeric.score(rows) is None, rows
    # And score_model answers them as it always did: an error that says what is wrong,
    # or the same scores.
    with pytest.raises(ModuleError, match="lacks the feature column 'petal width"):
        scorer.score([{k: v for k, v in good.items() if k != "petal width (cm)"}])
    with pytest.raises(ModuleError, match="'petal width \\(cm\\)' \\(object\\) in input dataset is not numeric"):
        scorer.score([{**good, "petal width (cm)": None}])
    assert scorer.score([{**good, "petal width (cm)": True}]) == score_with_frame(
        model, None, [{**good, "petal width (cm)": True}]
    )


def test_models_that_read_their_columns_by_name_keep_the_frame() -> None:
    frame = iris()
    wrapped = trained(make_pipeline(StandardScaler(), LogisticRegression()), frame, "species", "classification")
    assert NumericRowScorer.for_model(wrapped, has_transform=False) is None
    bare = trained(LogisticRegression(max_iter=2000), frame, "species", "classification")
    assert NumericRowScorer.for_model(bare, has_transform=True) is None
    prepared = ModelArtifact(bare.model, {**bare.meta, "preparation": {"numeric": ["a"], "categorical": ["b"]}})
    assert NumericRowScorer.for_model(prepared, has_transform=False) is None
    # Feature columns recorded in another order than the estimator saw them: score_model's
    # frame is refused by scikit-learn, an array would be read in the wrong order.
    reordered = ModelArtifact(
        bare.model, {**bare.meta, "feature_columns": list(reversed(bare.meta["feature_columns"]))}
    )
    assert NumericRowScorer.for_model(reordered, has_transform=False) is None
