from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeRegressor

from runner.modules import BUILTIN_MODULES, BuiltinModule, linear_regression, logistic_regression, train_model
from runner.step_runtime import ModelArtifact


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the modules are in the registry, run them as if they were."""
    for module in (logistic_regression, linear_regression, train_model):
        slug = module.SPEC.slug
        builtin = BuiltinModule(module.SPEC, getattr(module, slug), Path(str(module.__file__)))
        monkeypatch.setitem(BUILTIN_MODULES, slug, BUILTIN_MODULES.get(slug, builtin))


@pytest.fixture
def classifier(run_module: Any) -> ModelArtifact:
    model: ModelArtifact = run_module("logistic_regression").outputs["model"]
    return model


@pytest.fixture
def regressor(run_module: Any) -> ModelArtifact:
    model: ModelArtifact = run_module("linear_regression").outputs["model"]
    return model


@pytest.fixture
def small() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "x": [0.1, 0.4, 0.35, 0.8, 0.9, 0.2],
            "n": [1, 2, 3, 4, 5, 6],
            "flag": [True, False, True, False, True, False],
            "label": ["no", "no", "no", "yes", "yes", "yes"],
        }
    )


def test_the_trained_model_records_what_score_model_needs(run_module: Any, classifier: ModelArtifact) -> None:
    iris = load_iris(as_frame=True).frame.rename(columns={"target": "label"})

    run = run_module("train_model", model=classifier, dataset=iris)

    assert run.result.status == "completed", run.error
    artifact = run.outputs["model"]
    X = iris.drop(columns="label")
    direct = LogisticRegression(max_iter=1000).fit(X, iris["label"])
    np.testing.assert_allclose(artifact.model.coef_, direct.coef_)
    assert {k: v for k, v in artifact.meta.items() if k != "class"} == {
        "algorithm": "logistic_regression",
        "task": "classification",
        "label_column": "label",
        "feature_columns": list(X.columns),
        "classes": [0, 1, 2],
        "trained_rows": 150,
        "params": {"C": 1.0, "penalty": "l2", "max_iter": 1000},
    }


def test_booleans_and_whole_numbers_are_features_as_they_are(
    run_module: Any, classifier: ModelArtifact, small: pd.DataFrame
) -> None:
    run = run_module("train_model", model=classifier, dataset=small.astype({"n": "Int64"}))

    X = small[["x", "n", "flag"]].astype("float64")
    direct = LogisticRegression(max_iter=1000).fit(X, small["label"])
    assert run.outputs["model"].meta["feature_columns"] == ["x", "n", "flag"]
    assert run.outputs["model"].meta["classes"] == ["no", "yes"]
    np.testing.assert_allclose(run.outputs["model"].model.coef_, direct.coef_)


def test_any_scikit_learn_estimator_trains_with_its_task_inferred(run_module: Any, small: pd.DataFrame) -> None:
    dataset = small.assign(label=np.arange(6.0))

    run = run_module("train_model", model=ModelArtifact(DecisionTreeRegressor(random_state=0)), dataset=dataset)

    assert run.result.status == "completed", run.error
    assert run.outputs["model"].meta["task"] == "regression"
    assert run.outputs["model"].meta["algorithm"] == "DecisionTreeRegressor"


def test_a_missing_label_column_fails_listing_the_columns(
    run_module: Any, classifier: ModelArtifact, small: pd.DataFrame
) -> None:
    absent = run_module("train_model", params={"label_column": "target"}, model=classifier, dataset=small)
    empty = run_module("train_model", params={"label_column": " "}, model=classifier, dataset=small)

    assert absent.error == "column 'target' not found in input dataset; available: x, n, flag, label"
    assert empty.error == (
        "parameter 'label_column' is empty: name the column to predict; available: x, n, flag, label"
    )


def test_text_features_fail_naming_them_and_suggesting_convert_to_indicators(
    run_module: Any, classifier: ModelArtifact, small: pd.DataFrame
) -> None:
    dataset = small.assign(city=["a", "b", "a", "b", "a", "b"], when=pd.Timestamp("2024-01-01"))

    run = run_module("train_model", model=classifier, dataset=dataset)

    assert run.error == (
        "feature columns 'city' (str), 'when' (datetime64[us]) in input dataset are not numeric: turn categories "
        "into 0/1 columns with convert_to_indicators, or drop them with select_columns"
    )


def test_missing_values_fail_naming_the_column_and_suggesting_clean_missing_data(
    run_module: Any, classifier: ModelArtifact, small: pd.DataFrame
) -> None:
    feature = run_module("train_model", model=classifier, dataset=small.assign(x=[0.1, None, 0.3, None, 0.5, 0.6]))
    label = run_module(
        "train_model", model=classifier, dataset=small.assign(label=["no", None, "no", "yes", "yes", "yes"])
    )
    infinite = run_module("train_model", model=classifier, dataset=small.assign(x=[0.1, np.inf, 0.3, 0.4, 0.5, 0.6]))

    assert feature.error == (
        "feature column 'x' (2 of 6 rows) in input dataset has missing values: fill or remove them with "
        "clean_missing_data"
    )
    assert label.error == (
        "label column 'label' in input dataset has missing values in 1 of 6 rows: remove those rows with "
        "clean_missing_data (mode: remove row)"
    )
    assert infinite.error == "feature column 'x' in input dataset has infinite values; replace them before training"


def test_labels_that_do_not_fit_the_task_fail(
    run_module: Any, classifier: ModelArtifact, regressor: ModelArtifact, small: pd.DataFrame
) -> None:
    text_for_regression = run_module("train_model", model=regressor, dataset=small)
    numbers_for_classifier = run_module(
        "train_model", model=classifier, dataset=small.assign(label=np.linspace(0, 1, 6))
    )
    one_class = run_module("train_model", model=classifier, dataset=small.assign(label="yes"))
    no_features = run_module("train_model", model=classifier, dataset=small[["label"]])

    assert text_for_regression.error == (
        "label column 'label' in input dataset is not numeric (str): a regression model predicts numbers; use a "
        "classification algorithm to predict categories"
    )
    assert numbers_for_classifier.error.startswith("label column 'label' in input dataset holds continuous numbers")
    assert one_class.error == (
        "label column 'label' in input dataset has a single class (yes); a classifier needs at least two"
    )
    assert no_features.error.startswith("input dataset has no feature columns")


def test_an_empty_dataset_fails(run_module: Any, classifier: ModelArtifact, small: pd.DataFrame) -> None:
    assert run_module("train_model", model=classifier, dataset=small.iloc[0:0]).error == "input dataset has no rows"
