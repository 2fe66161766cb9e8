from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.datasets import load_iris
from sklearn.ensemble import GradientBoostingClassifier

from runner.modules import BUILTIN_MODULES, BuiltinModule, boosted_tree_classifier, score_model, train_model


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the modules are in the registry, run them as if they were."""
    for module in (boosted_tree_classifier, train_model, score_model):
        slug = module.SPEC.slug
        builtin = BuiltinModule(module.SPEC, getattr(module, slug), Path(str(module.__file__)))
        monkeypatch.setitem(BUILTIN_MODULES, slug, BUILTIN_MODULES.get(slug, builtin))


@pytest.fixture(scope="module")
def iris() -> pd.DataFrame:
    frame = load_iris(as_frame=True).frame.rename(columns={"target": "species"})
    frame["species"] = frame["species"].map({0: "setosa", 1: "versicolor", 2: "virginica"})
    return frame


def test_trained_on_iris_with_text_labels_it_scores_like_sklearn(run_module: Any, iris: pd.DataFrame) -> None:
    params = {"n_estimators": 15, "learning_rate": 0.3, "max_depth": 2, "seed": 3}
    untrained = run_module("boosted_tree_classifier", params=params)
    trained = run_module(
        "train_model", params={"label_column": "species"}, model=untrained.outputs["model"], dataset=iris
    )
    scored = run_module("score_model", model=trained.outputs["model"], dataset=iris).outputs["scored"]

    X, y = iris.drop(columns="species"), iris["species"]
    direct = GradientBoostingClassifier(n_estimators=15, learning_rate=0.3, max_depth=2, random_state=3).fit(X, y)
    proba = direct.predict_proba(X)
    assert trained.outputs["model"].meta["classes"] == ["setosa", "versicolor", "virginica"]
    assert scored["Scored Labels"].tolist() == direct.predict(X).tolist()
    for index, cls in enumerate(direct.classes_):
        np.testing.assert_allclose(scored[f"Scored Probabilities_{cls}"], proba[:, index])
    np.testing.assert_allclose(scored["Scored Probabilities"], proba.max(axis=1))


def test_out_of_range_params_fail_naming_the_parameter(run_module: Any) -> None:
    assert run_module("boosted_tree_classifier", params={"learning_rate": 0}).error == (
        "parameter 'learning_rate' must be between 0.0001 and 10; got 0"
    )
    assert run_module("boosted_tree_classifier", params={"max_depth": 0}).error == (
        "parameter 'max_depth' must be between 1 and 100; got 0"
    )
    assert run_module("boosted_tree_classifier", params={"sweep": '{"learning_rate": [0.1, 20]}'}).error == (
        "parameter 'sweep': learning_rate value must be between 0.0001 and 10; got 20"
    )
