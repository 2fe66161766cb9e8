from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.datasets import load_diabetes
from sklearn.ensemble import GradientBoostingRegressor

from runner.modules import BUILTIN_MODULES, BuiltinModule, boosted_tree_regressor, score_model, train_model


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the modules are in the registry, run them as if they were."""
    for module in (boosted_tree_regressor, train_model, score_model):
        slug = module.SPEC.slug
        builtin = BuiltinModule(module.SPEC, getattr(module, slug), Path(str(module.__file__)))
        monkeypatch.setitem(BUILTIN_MODULES, slug, BUILTIN_MODULES.get(slug, builtin))


@pytest.fixture(scope="module")
def diabetes() -> pd.DataFrame:
    return load_diabetes(as_frame=True).frame.rename(columns={"target": "progression"})


def test_trained_on_diabetes_it_predicts_like_sklearn(run_module: Any, diabetes: pd.DataFrame) -> None:
    params = {"n_estimators": 20, "learning_rate": 0.2, "max_depth": 2, "seed": 11}
    untrained = run_module("boosted_tree_regressor", params=params)
    trained = run_module(
        "train_model", params={"label_column": "progression"}, model=untrained.outputs["model"], dataset=diabetes
    )
    scored = run_module(
        "score_model", params={"append_score_columns": False}, model=trained.outputs["model"], dataset=diabetes
    ).outputs["scored"]

    X, y = diabetes.drop(columns="progression"), diabetes["progression"]
    direct = GradientBoostingRegressor(n_estimators=20, learning_rate=0.2, max_depth=2, random_state=11).fit(X, y)
    assert list(scored.columns) == ["progression", "Scored Labels"]
    np.testing.assert_allclose(scored["Scored Labels"], direct.predict(X))
    assert trained.outputs["model"].meta["label_column"] == "progression"


def test_bad_params_fail_naming_the_parameter(run_module: Any) -> None:
    assert run_module("boosted_tree_regressor", params={"n_estimators": 1.5}).error == (
        "parameter 'n_estimators' must be a whole number; got 1.5"
    )
    assert run_module("boosted_tree_regressor", params={"sweep": '{"max_depth": [2, "deep"]}'}).error == (
        "parameter 'sweep': max_depth value must be a number; got 'deep'"
    )
