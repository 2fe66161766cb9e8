from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.calibration import CalibratedClassifierCV
from sklearn.datasets import load_breast_cancer
from sklearn.svm import SVC

from runner.modules import BUILTIN_MODULES, BuiltinModule, score_model, svm_classifier, train_model


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the modules are in the registry, run them as if they were."""
    for module in (svm_classifier, train_model, score_model):
        slug = module.SPEC.slug
        builtin = BuiltinModule(module.SPEC, getattr(module, slug), Path(str(module.__file__)))
        monkeypatch.setitem(BUILTIN_MODULES, slug, BUILTIN_MODULES.get(slug, builtin))


@pytest.fixture(scope="module")
def cancer() -> pd.DataFrame:
    frame = load_breast_cancer(as_frame=True).frame.rename(columns={"target": "label"})
    # Scaled, as an SVM wants (normalize_data's zscore does the same in a pipeline).
    features = frame.columns.drop("label")
    frame[features] = (frame[features] - frame[features].mean()) / frame[features].std()
    return frame


@pytest.mark.parametrize("kernel", ["rbf", "linear"])
def test_it_gives_calibrated_probabilities_like_sklearn(run_module: Any, cancer: pd.DataFrame, kernel: str) -> None:
    untrained = run_module("svm_classifier", params={"C": 2.0, "kernel": kernel})
    trained = run_module("train_model", model=untrained.outputs["model"], dataset=cancer)
    scored = run_module("score_model", model=trained.outputs["model"], dataset=cancer).outputs["scored"]

    X, y = cancer.drop(columns="label"), cancer["label"]
    direct = CalibratedClassifierCV(SVC(C=2.0, kernel=kernel), ensemble=False).fit(X, y)
    assert scored["Scored Labels"].tolist() == direct.predict(X).tolist()
    np.testing.assert_allclose(scored["Scored Probabilities"], direct.predict_proba(X)[:, 1])
    assert scored.attrs["pipewright"]["positive_class"] == 1


def test_bad_params_fail_naming_the_parameter(run_module: Any) -> None:
    assert run_module("svm_classifier", params={"kernel": "precomputed"}).error == (
        "parameter 'kernel' must be one of rbf, linear, poly, sigmoid; got 'precomputed'"
    )
    assert run_module("svm_classifier", params={"C": -1.0}).error == (
        "parameter 'C' must be between 1e-06 and 1000000; got -1"
    )
