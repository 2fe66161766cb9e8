from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.datasets import load_breast_cancer, load_diabetes, load_iris
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import Lasso, LogisticRegression, Ridge
from sklearn.metrics import roc_auc_score, root_mean_squared_error
from sklearn.model_selection import GridSearchCV, KFold, ParameterSampler, StratifiedKFold, train_test_split

from runner.modules import (
    BUILTIN_MODULES,
    BuiltinModule,
    decision_forest_classifier,
    kmeans,
    linear_regression,
    logistic_regression,
    tune_hyperparameters,
)


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the modules are in the registry, run them as if they were."""
    for module in (logistic_regression, linear_regression, decision_forest_classifier, kmeans, tune_hyperparameters):
        slug = module.SPEC.slug
        builtin = BuiltinModule(module.SPEC, getattr(module, slug), Path(str(module.__file__)))
        monkeypatch.setitem(BUILTIN_MODULES, slug, BUILTIN_MODULES.get(slug, builtin))


@pytest.fixture(scope="module")
def iris() -> pd.DataFrame:
    return load_iris(as_frame=True).frame.rename(columns={"target": "label"})


def _algorithm(run_module: Any, slug: str, **params: Any) -> Any:
    run = run_module(slug, params=params)
    assert run.result.status == "completed", run.error
    return run.outputs["model"]


def test_a_grid_without_validation_ranks_like_grid_search_cv(run_module: Any, iris: pd.DataFrame) -> None:
    untrained = _algorithm(run_module, "logistic_regression", sweep='{"C": [0.01, 0.1, 1.0], "max_iter": [200, 1000]}')

    run = run_module("tune_hyperparameters", params={"seed": 5}, model=untrained, train=iris)

    assert run.result.status == "completed", run.error
    X, y = iris.drop(columns="label"), iris["label"]
    search = GridSearchCV(
        LogisticRegression(),
        {"C": [0.01, 0.1, 1.0], "max_iter": [200, 1000]},
        scoring="accuracy",
        cv=StratifiedKFold(n_splits=3, shuffle=True, random_state=5),
    ).fit(X, y)
    results = run.outputs["results"]
    assert list(results.columns) == ["rank", "run", "C", "max_iter", "accuracy"]
    assert results["rank"].tolist() == [1, 2, 3, 4, 5, 6]
    by_params = {(row.C, row.max_iter): row.accuracy for row in results.itertuples()}
    for params, score in zip(search.cv_results_["params"], search.cv_results_["mean_test_score"], strict=True):
        assert by_params[(params["C"], params["max_iter"])] == pytest.approx(score)
    assert results["accuracy"].is_monotonic_decreasing
    best = run.outputs["model"]
    assert {"C": results["C"][0], "max_iter": results["max_iter"][0]} == search.best_params_
    np.testing.assert_allclose(best.model.coef_, search.best_estimator_.coef_)
    assert best.meta["params"] == {**search.best_params_, "penalty": "l2"}
    assert best.meta["tuning"]["best_params"] == search.best_params_
    assert run.result.metrics == {"accuracy": pytest.approx(search.best_score_)}
    assert [e["fraction"] for e in run.events if e["event"] == "progress"][-1] < 1


def test_regression_minimizes_rmse_like_a_direct_loop(run_module: Any) -> None:
    diabetes = load_diabetes(as_frame=True).frame.rename(columns={"target": "label"})
    sweep = '{"regularization": ["ridge", "lasso"], "alpha": [0.05, 2.0]}'
    untrained = _algorithm(run_module, "linear_regression", sweep=sweep)

    run = run_module("tune_hyperparameters", params={"metric": "rmse"}, model=untrained, train=diabetes)

    X, y = diabetes.drop(columns="label"), diabetes["label"]
    expected = {}
    for name, kind in (("ridge", Ridge), ("lasso", Lasso)):
        for alpha in (0.05, 2.0):
            scores = [
                root_mean_squared_error(
                    y.iloc[test], kind(alpha=alpha).fit(X.iloc[train], y.iloc[train]).predict(X.iloc[test])
                )
                for train, test in KFold(n_splits=3, shuffle=True, random_state=42).split(X)
            ]
            expected[(name, alpha)] = float(np.mean(scores))
    results = run.outputs["results"]
    actual = {(row.regularization, row.alpha): row.rmse for row in results.itertuples()}
    assert actual == pytest.approx(expected)
    assert results["rmse"].is_monotonic_increasing
    best = min(expected, key=lambda key: expected[key])
    assert (results["regularization"][0], results["alpha"][0]) == best


def test_with_validation_rows_runs_are_ranked_on_them(run_module: Any) -> None:
    cancer = load_breast_cancer(as_frame=True).frame.rename(columns={"target": "label"})
    train, validation = train_test_split(cancer, test_size=0.3, random_state=0)
    sweep = '{"max_depth": [1, 2, 0], "min_samples_leaf": [1, 20]}'
    untrained = _algorithm(run_module, "decision_forest_classifier", n_estimators=5, sweep=sweep)

    run = run_module(
        "tune_hyperparameters", params={"metric": "auc"}, model=untrained, train=train, validation=validation
    )

    assert run.result.status == "completed", run.error
    expected = {}
    for depth in (1, 2, 0):
        for leaf in (1, 20):
            forest = RandomForestClassifier(
                n_estimators=5, max_depth=depth or None, min_samples_leaf=leaf, random_state=42
            ).fit(train.drop(columns="label"), train["label"])
            probability = forest.predict_proba(validation.drop(columns="label"))[:, 1]
            expected[(depth, leaf)] = roc_auc_score(validation["label"], probability)
    results = run.outputs["results"]
    assert {(row.max_depth, row.min_samples_leaf): row.auc for row in results.itertuples()} == pytest.approx(expected)
    assert results["auc"].is_monotonic_decreasing
    assert run.outputs["model"].meta["trained_rows"] == len(train)
    assert run.outputs["model"].meta["tuning"]["ranked_on"] == "validation"


def test_a_random_sweep_draws_max_runs_combinations_with_the_seed(run_module: Any, iris: pd.DataFrame) -> None:
    sweep = {"C": [0.01, 0.1, 1.0, 10.0], "max_iter": [100, 300, 1000]}
    untrained = _algorithm(run_module, "logistic_regression", sweep=json.dumps(sweep))

    run = run_module(
        "tune_hyperparameters",
        params={"sweep_mode": "random", "max_runs": 4, "seed": 3},
        model=untrained,
        train=iris,
    )

    drawn = list(ParameterSampler(sweep, n_iter=4, random_state=3))
    results = run.outputs["results"].sort_values("run")
    assert [(row.C, row.max_iter) for row in results.itertuples()] == [(d["C"], d["max_iter"]) for d in drawn]


def test_a_grid_larger_than_max_runs_is_cut_with_a_warning(
    run_module: Any, iris: pd.DataFrame, capsys: pytest.CaptureFixture[str]
) -> None:
    untrained = _algorithm(run_module, "logistic_regression", sweep='{"C": [0.01, 0.1, 1.0, 10.0]}')

    run = run_module("tune_hyperparameters", params={"max_runs": 2}, model=untrained, train=iris)

    assert sorted(run.outputs["results"]["C"]) == [0.01, 0.1]
    assert (
        "warning: the sweep grid has 4 combinations; max_runs=2 tries only the first 2 "
        "(raise max_runs or use sweep_mode random)"
    ) in capsys.readouterr().err


def test_bad_settings_fail_saying_why(run_module: Any, iris: pd.DataFrame) -> None:
    classifier = _algorithm(run_module, "logistic_regression")
    clusters = _algorithm(run_module, "kmeans")

    wrong_metric = run_module("tune_hyperparameters", params={"metric": "mae"}, model=classifier, train=iris)
    no_label = run_module("tune_hyperparameters", params={"label_column": "y"}, model=classifier, train=iris)
    runs = run_module("tune_hyperparameters", params={"max_runs": 0}, model=classifier, train=iris)
    clustering = run_module("tune_hyperparameters", model=clusters, train=iris)
    validation = run_module(
        "tune_hyperparameters", model=classifier, train=iris, validation=iris.drop(columns="petal width (cm)")
    )

    assert wrong_metric.error == (
        "parameter 'metric': mae does not apply to a classification model; choose auto or one of "
        "accuracy, f1, auc, precision, recall"
    )
    assert no_label.error.startswith("column 'y' not found in input train; available: sepal length (cm), ")
    assert runs.error == "parameter 'max_runs' must be between 1 and 1000; got 0"
    assert clustering.error.startswith("kmeans is a clustering model")
    assert validation.error.startswith("input validation lacks the feature column 'petal width (cm)'")


def test_text_columns_are_prepared_in_every_run_and_in_the_best_model(
    run_module: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from runner.modules.sample_dataset import titanic

    frame = titanic(150)[["Sex", "Age", "Embarked", "Survived"]]
    untrained = _algorithm(run_module, "logistic_regression", sweep='{"C": [0.1, 1.0]}')

    run = run_module("tune_hyperparameters", params={"label_column": "Survived"}, model=untrained, train=frame)
    validated = run_module(
        "tune_hyperparameters",
        params={"label_column": "Survived"},
        model=untrained,
        train=frame.iloc[:100],
        validation=frame.iloc[100:],
    )

    assert run.result.status == "completed", run.error
    assert validated.result.status == "completed", validated.error
    model = run.outputs["model"]
    assert model.meta["preparation"] == {"numeric": ["Age"], "categorical": ["Sex", "Embarked"]}
    assert list(run.outputs["results"]["accuracy"].notna()) == [True, True]
    assert "Sex: text, one-hot (2 categories)" in capsys.readouterr().err
    scored = run_module("score_model", model=model, dataset=frame.assign(Embarked="nowhere"))
    assert scored.result.status == "completed", scored.error
