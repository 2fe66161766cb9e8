from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import RandomForestClassifier

from runner.modules import BUILTIN_MODULES, BuiltinModule, decision_forest_classifier, score_model, train_model


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the modules are in the registry, run them as if they were."""
    for module in (decision_forest_classifier, train_model, score_model):
        slug = module.SPEC.slug
        builtin = BuiltinModule(module.SPEC, getattr(module, slug), Path(str(module.__file__)))
        monkeypatch.setitem(BUILTIN_MODULES, slug, BUILTIN_MODULES.get(slug, builtin))


@pytest.fixture(scope="module")
def cancer() -> pd.DataFrame:
    return load_breast_cancer(as_frame=True).frame.rename(columns={"target": "label"})


@pytest.mark.parametrize("max_depth, sklearn_depth", [(0, None), (4, 4)])
def test_trained_on_breast_cancer_it_scores_like_sklearn(
    run_module: Any, cancer: pd.DataFrame, max_depth: int, sklearn_depth: int | None
) -> None:
    params = {"n_estimators": 8, "max_depth": max_depth, "min_samples_leaf": 3, "seed": 7}
    untrained = run_module("decision_forest_classifier", params=params)
    trained = run_module("train_model", model=untrained.outputs["model"], dataset=cancer)
    scored = run_module("score_model", model=trained.outputs["model"], dataset=cancer).outputs["scored"]

    X, y = cancer.drop(columns="label"), cancer["label"]
    direct = RandomForestClassifier(n_estimators=8, max_depth=sklearn_depth, min_samples_leaf=3, random_state=7)
    direct.fit(X, y)
    assert trained.outputs["model"].meta["params"] == params
    assert scored["Scored Labels"].tolist() == direct.predict(X).tolist()
    np.testing.assert_allclose(scored["Scored Probabilities"], direct.predict_proba(X)[:, 1])


def test_the_seed_makes_training_repeatable_and_matters(run_module: Any, cancer: pd.DataFrame) -> None:
    def probabilities(seed: int) -> list[float]:
        untrained = run_module("decision_forest_classifier", params={"n_estimators": 3, "seed": seed})
        trained = run_module("train_model", model=untrained.outputs["model"], dataset=cancer)
        scored = run_module("score_model", model=trained.outputs["model"], dataset=cancer)
        return list(scored.outputs["scored"]["Scored Probabilities"])

    assert probabilities(1) == probabilities(1)
    assert probabilities(1) != probabilities(2)


def test_out_of_range_params_fail_naming_the_parameter(run_module: Any) -> None:
    assert run_module("decision_forest_classifier", params={"n_estimators": 0}).error == (
        "parameter 'n_estimators' must be between 1 and 5000; got 0"
    )
    assert run_module("decision_forest_classifier", params={"max_depth": -1}).error == (
        "parameter 'max_depth' must be between 0 and 1000; got -1"
    )
    assert run_module("decision_forest_classifier", params={"seed": "x"}).error == (
        "parameter 'seed' must be a number; got 'x'"
    )
    assert run_module("decision_forest_classifier", params={"sweep": '{"seed": [1, 2]}'}).error == (
        "parameter 'sweep': unknown hyper-parameter seed; sweepable: n_estimators, max_depth, min_samples_leaf"
    )
