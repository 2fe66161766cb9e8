from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.datasets import load_breast_cancer, load_diabetes, load_iris
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import make_scorer, roc_auc_score
from sklearn.model_selection import KFold, StratifiedKFold
from sklearn.model_selection import cross_validate as sk_cross_validate

from runner.modules import (
    BUILTIN_MODULES,
    BuiltinModule,
    boosted_tree_regressor,
    cross_validate,
    kmeans,
    logistic_regression,
)


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the modules are in the registry, run them as if they were."""
    for module in (logistic_regression, boosted_tree_regressor, kmeans, cross_validate):
        slug = module.SPEC.slug
        builtin = BuiltinModule(module.SPEC, getattr(module, slug), Path(str(module.__file__)))
        monkeypatch.setitem(BUILTIN_MODULES, slug, BUILTIN_MODULES.get(slug, builtin))


def _algorithm(run_module: Any, slug: str, **params: Any) -> Any:
    run = run_module(slug, params=params)
    assert run.result.status == "completed", run.error
    return run.outputs["model"]


def _check(run: Any, expected: dict[str, np.ndarray], folds: int) -> None:
    assert run.result.status == "completed", run.error
    scores = run.outputs["scores"]
    assert scores["fold"].tolist() == [*map(str, range(1, folds + 1)), "mean", "std"]
    document = run.outputs["per_fold"]
    for name, values in expected.items():
        np.testing.assert_allclose(scores[name][:folds], values, err_msg=name)
        assert scores[name][folds] == pytest.approx(values.mean())
        assert scores[name][folds + 1] == pytest.approx(values.std())
        assert document["metrics"][name] == pytest.approx(values.mean())
        assert [fold["metrics"][name] for fold in document["folds"]] == pytest.approx(list(values))
        assert run.result.metrics[name] == pytest.approx(values.mean())
    assert set(document["metrics"]) == set(expected)


def test_binary_classification_equals_sklearn_cross_validate(run_module: Any) -> None:
    cancer = load_breast_cancer(as_frame=True).frame.iloc[:, [0, 1, 4, 7, -1]].rename(columns={"target": "label"})
    untrained = _algorithm(run_module, "logistic_regression", C=0.5, max_iter=5000)

    run = run_module("cross_validate", params={"folds": 4, "seed": 1}, model=untrained, dataset=cancer)

    X, y = cancer.drop(columns="label"), cancer["label"]
    sk = sk_cross_validate(
        LogisticRegression(C=0.5, max_iter=5000),
        X,
        y,
        cv=StratifiedKFold(n_splits=4, shuffle=True, random_state=1),
        scoring={
            "accuracy": "accuracy",
            "precision": "precision",
            "recall": "recall",
            "f1": "f1",
            "auc": make_scorer(roc_auc_score, response_method="predict_proba"),
            "log_loss": "neg_log_loss",
        },
    )
    expected = {name: sk[f"test_{name}"] for name in ("accuracy", "precision", "recall", "f1", "auc")}
    _check(run, {**expected, "log_loss": -sk["test_log_loss"]}, 4)
    assert run.outputs["per_fold"]["kind"] == "classification"
    assert run.outputs["per_fold"]["folds"][0]["test_rows"] == 143
    assert run.outputs["scores"]["test_rows"].tolist()[:4] == [143, 142, 142, 142]


def test_multiclass_classification_uses_macro_averages_like_sklearn(run_module: Any) -> None:
    iris = load_iris(as_frame=True).frame.rename(columns={"target": "label"})
    untrained = _algorithm(run_module, "logistic_regression")

    run = run_module("cross_validate", params={"folds": 5}, model=untrained, dataset=iris)

    sk = sk_cross_validate(
        LogisticRegression(max_iter=1000),
        iris.drop(columns="label"),
        iris["label"],
        cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=42),
        scoring=["accuracy", "precision_macro", "recall_macro", "f1_macro", "roc_auc_ovr", "neg_log_loss"],
    )
    expected = {
        "accuracy": sk["test_accuracy"],
        "precision": sk["test_precision_macro"],
        "recall": sk["test_recall_macro"],
        "f1": sk["test_f1_macro"],
        "auc": sk["test_roc_auc_ovr"],
        "log_loss": -sk["test_neg_log_loss"],
    }
    _check(run, expected, 5)


def test_regression_equals_sklearn_cross_validate(run_module: Any) -> None:
    diabetes = load_diabetes(as_frame=True).frame.rename(columns={"target": "label"})
    untrained = _algorithm(run_module, "boosted_tree_regressor", n_estimators=10, seed=2)

    run = run_module("cross_validate", params={"folds": 3, "seed": 8}, model=untrained, dataset=diabetes)

    sk = sk_cross_validate(
        GradientBoostingRegressor(n_estimators=10, random_state=2),
        diabetes.drop(columns="label"),
        diabetes["label"],
        cv=KFold(n_splits=3, shuffle=True, random_state=8),
        scoring=["neg_mean_absolute_error", "neg_root_mean_squared_error", "r2"],
    )
    expected = {
        "mae": -sk["test_neg_mean_absolute_error"],
        "rmse": -sk["test_neg_root_mean_squared_error"],
        "r2": sk["test_r2"],
    }
    _check(run, expected, 3)
    assert run.outputs["per_fold"]["kind"] == "regression"
    assert list(run.outputs["scores"].columns) == ["fold", "train_rows", "test_rows", "mae", "rmse", "r2"]


def test_bad_input_fails_saying_why(run_module: Any) -> None:
    small = pd.DataFrame({"x": np.arange(12.0), "label": [0, 1] * 6})
    classifier = _algorithm(run_module, "logistic_regression")

    too_many = run_module("cross_validate", params={"folds": 20}, model=classifier, dataset=small)
    out_of_range = run_module("cross_validate", params={"folds": 1}, model=classifier, dataset=small)
    no_label = run_module("cross_validate", params={"label_column": "y"}, model=classifier, dataset=small)
    clustering = run_module("cross_validate", model=_algorithm(run_module, "kmeans"), dataset=small)
    few_per_class = run_module(
        "cross_validate", params={"folds": 8}, model=classifier, dataset=small.assign(label=[0] * 6 + [1] * 6)
    )

    assert too_many.error == "parameter 'folds' is 20, but input dataset has only 12 rows"
    assert out_of_range.error == "parameter 'folds' must be between 2 and 20; got 1"
    assert no_label.error == "column 'y' not found in input dataset; available: x, label"
    assert clustering.error.startswith("kmeans is a clustering model")
    assert few_per_class.error == (
        "parameter 'folds' is 8, but no class of label column 'label' has that many rows (the largest has 6); "
        "use fewer folds"
    )


def test_text_columns_and_gaps_are_prepared_inside_each_fold(run_module: Any) -> None:
    from sklearn.compose import make_column_transformer
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder

    from runner.modules.sample_dataset import titanic

    frame = titanic(200)[["Sex", "Age", "Pclass", "Survived"]].rename(columns={"Survived": "label"})
    untrained = _algorithm(run_module, "logistic_regression")

    run = run_module("cross_validate", params={"folds": 3, "seed": 2}, model=untrained, dataset=frame)
    off = run_module("cross_validate", params={"folds": 3, "prepare_features": False}, model=untrained, dataset=frame)

    # Each fold's imputer and encoder learn from that fold's training rows only, as in a
    # scikit-learn Pipeline under cross-validation.
    by_hand = make_pipeline(
        make_column_transformer(
            (SimpleImputer(strategy="median"), ["Age", "Pclass"]),
            (make_pipeline(SimpleImputer(strategy="constant", fill_value="(missing)"), OneHotEncoder()), ["Sex"]),
        ),
        LogisticRegression(max_iter=1000),
    )
    X = frame.drop(columns="label").astype({"Sex": object})
    expected = sk_cross_validate(by_hand, X, frame["label"], cv=StratifiedKFold(3, shuffle=True, random_state=2))
    assert run.result.status == "completed", run.error
    np.testing.assert_allclose(run.outputs["scores"]["accuracy"][:3], expected["test_score"])
    assert off.error.startswith("feature column 'Sex' (str) in input dataset is not numeric")
