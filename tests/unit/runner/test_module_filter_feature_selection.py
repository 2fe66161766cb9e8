from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.datasets import load_diabetes, load_wine
from sklearn.feature_selection import chi2, mutual_info_classif, mutual_info_regression

from runner.modules import BUILTIN_MODULES, BuiltinModule
from runner.modules import filter_feature_selection as module
from runner.modules._common import label_column_of, with_label_column
from runner.modules.sample_dataset import penguins


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        BUILTIN_MODULES,
        "filter_feature_selection",
        BuiltinModule(module.SPEC, module.filter_feature_selection, Path(module.__file__)),
    )


@pytest.fixture(scope="module")
def wine() -> pd.DataFrame:
    return load_wine(as_frame=True).frame


def _check(run: Any, data: pd.DataFrame, label: str, scores: np.ndarray, k: int) -> None:
    assert run.result.status == "completed", run.error
    features = [c for c in data.columns if c != label]
    expected = (
        pd.DataFrame({"feature": features, "score": scores})
        .sort_values("score", ascending=False, kind="stable")
        .reset_index(drop=True)
    )
    pd.testing.assert_frame_equal(run.outputs["scores"], expected, check_exact=False, rtol=1e-9)
    top = set(expected["feature"][:k])
    assert list(run.outputs["dataset"].columns) == [c for c in data.columns if c in top or c == label]
    pd.testing.assert_frame_equal(run.outputs["dataset"], data[list(run.outputs["dataset"].columns)])


def test_pearson_is_the_absolute_correlation_with_the_label(run_module: Any) -> None:
    data = load_diabetes(as_frame=True).frame
    run = run_module(
        "filter_feature_selection", params={"label_column": "target", "method": "pearson", "top_k": 3}, dataset=data
    )

    scores = data.drop(columns="target").corrwith(data["target"]).abs().to_numpy()
    _check(run, data, "target", scores, 3)
    assert run.outputs["scores"]["feature"][:3].tolist() == ["bmi", "s5", "bp"]


def test_chi2_matches_sklearn(run_module: Any, wine: pd.DataFrame) -> None:
    run = run_module(
        "filter_feature_selection", params={"label_column": "target", "method": "chi2", "top_k": 4}, dataset=wine
    )

    X, y = wine.drop(columns="target"), wine["target"]
    _check(run, wine, "target", chi2(X, y)[0], 4)


def test_mutual_info_matches_sklearn_with_its_fixed_seed_for_classes_and_numbers(run_module: Any) -> None:
    data = with_label_column(load_wine(as_frame=True).frame.iloc[:, [0, 1, 2, 6, 9, 13]], "target")
    classes = run_module("filter_feature_selection", params={"method": "mutual_info", "top_k": 2}, dataset=data)

    X, y = data.drop(columns="target"), data["target"]
    _check(classes, data, "target", mutual_info_classif(X, y, random_state=0), 2)
    assert label_column_of(classes.outputs["dataset"]) == "target"

    numbers = run_module(
        "filter_feature_selection", params={"method": "mutual_info", "label_column": "alcohol"}, dataset=data
    )
    X, y = data.drop(columns="alcohol"), data["alcohol"]
    _check(numbers, data, "alcohol", mutual_info_regression(X, y, random_state=0), 5)


def test_bad_input_fails_naming_the_column_or_parameter(run_module: Any, wine: pd.DataFrame) -> None:
    data = penguins()

    def error(dataset: pd.DataFrame = data, **params: Any) -> str:
        return str(run_module("filter_feature_selection", params=params, dataset=dataset).error)

    assert error(label_column="kind").startswith("column 'kind' not found in input dataset; available: species,")
    assert error().startswith("parameter 'label_column' is empty and no label is marked")
    assert error(label_column="sex").startswith("column 'sex' in input dataset has 11 missing values")
    assert error(label_column="species").startswith(
        "method 'pearson' needs a numeric label; 'species' holds str: use chi2 or mutual_info"
    )
    assert error(label_column="species", method="chi2").startswith(
        "column 'bill_length_mm' in input dataset has 2 missing values"
    )
    assert error(wine.assign(ash=-wine["ash"]), label_column="target", method="chi2").startswith(
        "column 'ash' has negative values; method 'chi2' needs non-negative features"
    )
    assert error(wine, label_column="alcohol", method="chi2").startswith(
        "method 'chi2' needs a label with classes; 'alcohol' has fractional values"
    )
    assert error(label_column="year", top_k=0) == "parameter 'top_k' must be between 1 and 100000; got 0"
    assert error(data[["species", "year"]], label_column="year").startswith(
        "input dataset has no numeric columns besides the label"
    )
    assert error(data.iloc[0:0], label_column="year") == "input dataset has no rows"
