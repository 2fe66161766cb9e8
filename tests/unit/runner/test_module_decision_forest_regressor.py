from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.datasets import load_diabetes
from sklearn.ensemble import RandomForestRegressor

from runner.modules import BUILTIN_MODULES, BuiltinModule, decision_forest_regressor, score_model, train_model


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the modules are in the registry, run them as if they were."""
    for module in (decision_forest_regressor, train_model, score_model):
        slug = module.SPEC.slug
        builtin = BuiltinModule(module.SPEC, getattr(module, slug), Path(str(module.__file__)))
        monkeypatch.setitem(BUILTIN_MODULES, slug, BUILTIN_MODULES.get(slug, builtin))


@pytest.fixture(scope="module")
def diabetes() -> pd.DataFrame:
    return load_diabetes(as_frame=True).frame.rename(columns={"target": "label"})


@pytest.mark.parametrize("max_depth, sklearn_depth", [(0, None), (3, 3)])
def test_trained_on_diabetes_it_predicts_like_sklearn(
    run_module: Any, diabetes: pd.DataFrame, max_depth: int, sklearn_depth: int | None
) -> None:
    untrained = run_module("decision_forest_regressor", params={"n_estimators": 6, "max_depth": max_depth, "seed": 5})
    trained = run_module("train_model", model=untrained.outputs["model"], dataset=diabetes)
    scored = run_module("score_model", model=trained.outputs["model"], dataset=diabetes).outputs["scored"]

    X, y = diabetes.drop(columns="label"), diabetes["label"]
    direct = RandomForestRegressor(n_estimators=6, max_depth=sklearn_depth, random_state=5).fit(X, y)
    np.testing.assert_allclose(scored["Scored Labels"], direct.predict(X))
    assert scored.attrs["pipewright"]["score_columns"] == ["Scored Labels"]


def test_bad_params_fail_naming_the_parameter(run_module: Any) -> None:
    assert run_module("decision_forest_regressor", params={"n_estimators": 10_000}).error == (
        "parameter 'n_estimators' must be between 1 and 5000; got 10000"
    )
    assert run_module("decision_forest_regressor", params={"seed": -3}).error == (
        "parameter 'seed' must be between 0 and 4294967295; got -3"
    )
