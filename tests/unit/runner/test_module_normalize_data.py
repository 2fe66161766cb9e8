from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from sklearn.datasets import load_wine
from sklearn.preprocessing import MinMaxScaler, StandardScaler

from runner.modules import BUILTIN_MODULES, BuiltinModule
from runner.modules import normalize_data as module
from runner.modules._common import with_label_column
from runner.modules._transforms import NormalizeTransform
from runner.modules.sample_dataset import penguins


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        BUILTIN_MODULES, "normalize_data", BuiltinModule(module.SPEC, module.normalize_data, Path(module.__file__))
    )


@pytest.fixture(scope="module")
def wine() -> pd.DataFrame:
    return load_wine(as_frame=True).frame


@pytest.mark.parametrize("method, scaler", [("zscore", StandardScaler), ("minmax", MinMaxScaler)])
def test_zscore_and_minmax_match_sklearn(run_module: Any, wine: pd.DataFrame, method: str, scaler: Any) -> None:
    features = [c for c in wine.columns if c != "target"]
    run = run_module("normalize_data", params={"method": method, "columns": features}, dataset=wine)

    assert run.result.status == "completed", run.error
    expected = wine.copy()
    expected[features] = scaler().fit_transform(wine[features])
    pd.testing.assert_frame_equal(run.outputs["dataset"], expected, check_exact=False, rtol=1e-12)
    transform = run.outputs["transform"]
    assert isinstance(transform.model, NormalizeTransform)
    assert transform.meta["method"] == method


def test_the_fixed_functions_and_lognormal(run_module: Any, wine: pd.DataFrame) -> None:
    columns = ["alcohol", "magnesium"]
    x = wine[columns]

    def run(method: str) -> pd.DataFrame:
        result = run_module("normalize_data", params={"method": method, "columns": columns}, dataset=wine)
        assert result.result.status == "completed", result.error
        return result.outputs["dataset"][columns]

    pd.testing.assert_frame_equal(run("logistic"), 1 / (1 + np.exp(-x)))
    pd.testing.assert_frame_equal(run("tanh"), np.tanh(x))
    logs = np.log(x)
    expected = pd.DataFrame(stats.norm.cdf((logs - logs.mean()) / logs.std(ddof=0)), columns=columns)
    pd.testing.assert_frame_equal(run("lognormal"), expected, check_exact=False, rtol=1e-9)


def test_by_default_every_numeric_column_but_the_label_is_scaled_and_missing_values_stay(run_module: Any) -> None:
    data = with_label_column(penguins(), "year")
    run = run_module("normalize_data", dataset=data)

    numbers = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]
    out = run.outputs["dataset"]
    expected = StandardScaler().fit_transform(data[numbers])  # sklearn ignores NaN when fitting
    np.testing.assert_allclose(out[numbers].to_numpy(), expected, rtol=1e-12)
    assert out["year"].tolist() == data["year"].tolist()
    assert out[numbers].isna().sum().tolist() == [2, 2, 2, 2]


def test_a_constant_column_becomes_zero_as_in_sklearn(run_module: Any) -> None:
    data = pd.DataFrame({"c": [5.0, 5.0, 5.0], "x": [1.0, 2.0, 4.0]})
    run = run_module("normalize_data", params={"method": "minmax"}, dataset=data)

    assert run.outputs["dataset"]["c"].tolist() == [0.0, 0.0, 0.0]


def test_bad_input_fails_naming_the_column(run_module: Any) -> None:
    data = penguins()
    missing = run_module("normalize_data", params={"columns": ["beak"]}, dataset=data)
    text = run_module("normalize_data", params={"columns": ["species"]}, dataset=data)
    only_text = run_module("normalize_data", dataset=data[["species", "island"]])
    negative = run_module("normalize_data", params={"method": "lognormal"}, dataset=pd.DataFrame({"x": [1.0, -2.0]}))
    method = run_module("normalize_data", params={"method": "robust"}, dataset=data)
    empty = run_module("normalize_data", dataset=data.iloc[0:0])

    assert missing.error.startswith("column 'beak' not found in input dataset; available: species, island,")
    assert text.error == "column 'species' in input dataset is not numeric (it holds str)"
    assert only_text.error == "input dataset has no numeric columns to normalize"
    assert negative.error.startswith("column 'x' in input dataset has values <= 0")
    assert method.error == (
        "parameter 'method': unknown choice 'robust'; choose one of zscore, minmax, logistic, lognormal, tanh"
    )
    assert empty.error == "input dataset has no rows"
