from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.base import BaseEstimator
from sklearn.datasets import load_diabetes
from sklearn.linear_model import Lasso, LinearRegression, Ridge

from runner.modules import BUILTIN_MODULES, BuiltinModule, linear_regression, score_model, train_model


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the modules are in the registry, run them as if they were."""
    for module in (linear_regression, train_model, score_model):
        slug = module.SPEC.slug
        builtin = BuiltinModule(module.SPEC, getattr(module, slug), Path(str(module.__file__)))
        monkeypatch.setitem(BUILTIN_MODULES, slug, BUILTIN_MODULES.get(slug, builtin))


@pytest.fixture(scope="module")
def diabetes() -> pd.DataFrame:
    return load_diabetes(as_frame=True).frame.rename(columns={"target": "label"})


@pytest.mark.parametrize(
    "params, direct",
    [
        ({"regularization": "none"}, LinearRegression()),
        ({"regularization": "none", "fit_intercept": False}, LinearRegression(fit_intercept=False)),
        ({"regularization": "ridge", "alpha": 0.5}, Ridge(alpha=0.5)),
        ({"regularization": "lasso", "alpha": 0.2}, Lasso(alpha=0.2)),
    ],
)
def test_trained_on_diabetes_it_predicts_like_sklearn(
    run_module: Any, diabetes: pd.DataFrame, params: dict[str, Any], direct: BaseEstimator
) -> None:
    untrained = run_module("linear_regression", params=params)
    trained = run_module("train_model", model=untrained.outputs["model"], dataset=diabetes)
    scored = run_module("score_model", model=trained.outputs["model"], dataset=diabetes).outputs["scored"]

    X, y = diabetes.drop(columns="label"), diabetes["label"]
    expected = direct.fit(X, y).predict(X)  # type: ignore[attr-defined]
    assert type(trained.outputs["model"].model) is type(direct)
    np.testing.assert_allclose(scored["Scored Labels"], expected)
    assert list(scored.columns) == [*diabetes.columns, "Scored Labels"]
    assert "classes" not in trained.outputs["model"].meta


def test_bad_params_fail_naming_the_parameter(run_module: Any) -> None:
    assert run_module("linear_regression", params={"alpha": -0.1}).error == (
        "parameter 'alpha' must be between 0 and 1000000; got -0.1"
    )
    assert run_module("linear_regression", params={"fit_intercept": "yes"}).error == (
        "parameter 'fit_intercept' must be true or false; got 'yes'"
    )
    assert run_module("linear_regression", params={"regularization": "elastic"}).error == (
        "parameter 'regularization' must be one of none, ridge, lasso; got 'elastic'"
    )
