from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

from runner.modules import BUILTIN_MODULES, BuiltinModule, logistic_regression, score_model, train_model


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the modules are in the registry, run them as if they were."""
    for module in (logistic_regression, train_model, score_model):
        slug = module.SPEC.slug
        builtin = BuiltinModule(module.SPEC, getattr(module, slug), Path(str(module.__file__)))
        monkeypatch.setitem(BUILTIN_MODULES, slug, BUILTIN_MODULES.get(slug, builtin))


@pytest.fixture(scope="module")
def iris() -> pd.DataFrame:
    return load_iris(as_frame=True).frame.rename(columns={"target": "label"})


def _train_and_score(run_module: Any, params: dict[str, Any], dataset: pd.DataFrame) -> tuple[Any, pd.DataFrame]:
    untrained = run_module("logistic_regression", params=params)
    assert untrained.result.status == "completed", untrained.error
    trained = run_module("train_model", model=untrained.outputs["model"], dataset=dataset)
    assert trained.result.status == "completed", trained.error
    scored = run_module("score_model", model=trained.outputs["model"], dataset=dataset)
    assert scored.result.status == "completed", scored.error
    return trained.outputs["model"], scored.outputs["scored"]


def test_the_untrained_model_carries_algorithm_task_params_and_sweep(run_module: Any) -> None:
    run = run_module("logistic_regression", params={"C": 0.5, "sweep": '{"C": [0.1, 1], "penalty": ["l1", "l2"]}'})

    artifact = run.outputs["model"]
    assert isinstance(artifact.model, LogisticRegression)
    assert not hasattr(artifact.model, "coef_")
    assert artifact.meta["algorithm"] == "logistic_regression"
    assert artifact.meta["task"] == "classification"
    assert artifact.meta["params"] == {"C": 0.5, "penalty": "l2", "max_iter": 1000}
    assert artifact.meta["sweep"] == {"C": [0.1, 1.0], "penalty": ["l1", "l2"]}


def test_trained_on_iris_it_predicts_like_sklearn(run_module: Any, iris: pd.DataFrame) -> None:
    model, scored = _train_and_score(run_module, {"C": 0.3}, iris)

    X, y = iris.drop(columns="label"), iris["label"]
    direct = LogisticRegression(C=0.3, max_iter=1000).fit(X, y)
    np.testing.assert_allclose(model.model.coef_, direct.coef_)
    assert scored["Scored Labels"].tolist() == direct.predict(X).tolist()
    for index, cls in enumerate(direct.classes_):
        np.testing.assert_allclose(scored[f"Scored Probabilities_{cls}"], direct.predict_proba(X)[:, index])


@pytest.mark.parametrize(
    "penalty, expected",
    [
        ("l1", LogisticRegression(C=0.5, l1_ratio=1.0, solver="saga", max_iter=5000, random_state=0)),
        ("none", LogisticRegression(C=np.inf, max_iter=5000)),
    ],
)
def test_penalties_map_to_the_matching_sklearn_settings(
    run_module: Any, iris: pd.DataFrame, penalty: str, expected: LogisticRegression
) -> None:
    model, scored = _train_and_score(run_module, {"C": 0.5, "penalty": penalty, "max_iter": 5000}, iris)

    X = iris.drop(columns="label")
    direct = expected.fit(X, iris["label"])
    np.testing.assert_allclose(model.model.coef_, direct.coef_)
    assert scored["Scored Labels"].tolist() == direct.predict(X).tolist()


def test_out_of_range_and_mistyped_params_fail_naming_the_parameter(run_module: Any) -> None:
    small = run_module("logistic_regression", params={"C": 0})
    penalty = run_module("logistic_regression", params={"penalty": "elasticnet"})
    iterations = run_module("logistic_regression", params={"max_iter": 2.5})

    assert small.error == "parameter 'C' must be between 1e-06 and 1000000; got 0"
    assert penalty.error == "parameter 'penalty' must be one of l2, l1, none; got 'elasticnet'"
    assert iterations.error == "parameter 'max_iter' must be a whole number; got 2.5"


@pytest.mark.parametrize(
    "sweep, error",
    [
        ("{C: [1]}", "parameter 'sweep' is not valid JSON (Expecting property name enclosed in double quotes"),
        ("[1, 2]", "parameter 'sweep' must be a JSON object from hyper-parameter name to a list of values; got list"),
        (
            '{"C": [1], "gamma": [1], "degree": [2]}',
            "parameter 'sweep': unknown hyper-parameters gamma, degree; sweepable: C, penalty, max_iter",
        ),
        ('{"C": 1}', "parameter 'sweep': 'C' must be a non-empty list of values, like [1, 2]; got 1"),
        ('{"C": []}', "parameter 'sweep': 'C' must be a non-empty list of values, like [1, 2]; got []"),
        ('{"C": [1, -1]}', "parameter 'sweep': C value must be between 1e-06 and 1000000; got -1"),
        ('{"penalty": ["l3"]}', "parameter 'sweep': penalty value must be one of l2, l1, none; got 'l3'"),
    ],
)
def test_bad_sweep_ranges_fail_saying_what_is_wrong(run_module: Any, sweep: str, error: str) -> None:
    run = run_module("logistic_regression", params={"sweep": sweep})

    assert run.result.status == "failed"
    assert run.error.startswith(error), run.error


def test_an_empty_sweep_means_no_sweep_and_the_default_is_valid_json(run_module: Any) -> None:
    empty = run_module("logistic_regression", params={"sweep": "  "})
    default = logistic_regression.SPEC.param("sweep")

    assert empty.outputs["model"].meta["sweep"] == {}
    assert default is not None and json.loads(default.default) == {"C": [0.01, 0.1, 1.0, 10.0, 100.0]}
