from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from runner.modules import BUILTIN_MODULES, BuiltinModule
from runner.modules import clean_missing_data as module
from runner.modules._transforms import CleaningTransform
from runner.modules.sample_dataset import cars, penguins


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        BUILTIN_MODULES,
        "clean_missing_data",
        BuiltinModule(module.SPEC, module.clean_missing_data, Path(module.__file__)),
    )


@pytest.mark.parametrize("mode", ["mean", "median"])
def test_mean_and_median_fill_every_numeric_column_like_pandas(run_module: Any, mode: str) -> None:
    data = penguins()
    run = run_module("clean_missing_data", params={"mode": mode}, dataset=data)

    assert run.result.status == "completed", run.error
    numbers = data.select_dtypes("number")  # the measurements and year
    fills = numbers.mean() if mode == "mean" else numbers.median()
    expected = data.fillna(fills.to_dict())
    pd.testing.assert_frame_equal(run.outputs["dataset"], expected)
    assert run.outputs["dataset"]["sex"].isna().sum() == 11  # text is not numeric: untouched
    transform = run.outputs["cleaning_transform"]
    assert isinstance(transform.model, CleaningTransform)
    assert transform.meta["fill_values"] == pytest.approx(fills.to_dict())


def test_mode_and_value_fill_text_columns(run_module: Any) -> None:
    data = penguins()
    by_mode = run_module("clean_missing_data", params={"mode": "mode", "columns": ["sex"]}, dataset=data)
    by_value = run_module(
        "clean_missing_data",
        params={"mode": "value", "columns": ["sex", "body_mass_g"], "replacement_value": "4000"},
        dataset=data,
    )

    assert by_mode.outputs["dataset"]["sex"].tolist() == data["sex"].fillna(data["sex"].mode()[0]).tolist()
    pd.testing.assert_frame_equal(by_value.outputs["dataset"], data.fillna({"sex": "4000", "body_mass_g": 4000.0}))


def test_remove_row_and_remove_column_match_dropna(run_module: Any) -> None:
    data = cars()
    rows = run_module("clean_missing_data", params={"mode": "remove_row"}, dataset=data)
    columns = run_module("clean_missing_data", params={"mode": "remove_column"}, dataset=data)

    pd.testing.assert_frame_equal(rows.outputs["dataset"], data.dropna().reset_index(drop=True))
    pd.testing.assert_frame_equal(columns.outputs["dataset"], data.dropna(axis=1))


def test_only_columns_within_the_missing_ratio_range_are_cleaned(run_module: Any) -> None:
    data = penguins()  # 2/344 missing in each measurement, 11/344 in sex
    run = run_module("clean_missing_data", params={"mode": "remove_column", "min_missing_ratio": 0.02}, dataset=data)

    assert list(run.outputs["dataset"].columns) == [c for c in data.columns if c != "sex"]


def test_the_transform_reapplies_the_learnt_values_to_other_data(run_module: Any) -> None:
    data = cars()
    train, test = data.iloc[:200], data.iloc[200:].reset_index(drop=True)
    run = run_module("clean_missing_data", params={"mode": "mean"}, dataset=train)
    transform = run.outputs["cleaning_transform"]

    cleaned = transform.model.apply(test)

    means = train.select_dtypes("number").mean()
    pd.testing.assert_frame_equal(cleaned, test.fillna(means.to_dict()))
    assert cleaned["Horsepower"].isna().sum() == 0


def test_bad_input_fails_naming_the_column_or_parameter(run_module: Any) -> None:
    data = penguins()
    missing = run_module("clean_missing_data", params={"columns": ["beak"]}, dataset=data)
    text_mean = run_module("clean_missing_data", params={"columns": ["sex"], "mode": "mean"}, dataset=data)
    bad_value = run_module(
        "clean_missing_data", params={"columns": ["body_mass_g"], "replacement_value": "heavy"}, dataset=data
    )
    ratio = run_module("clean_missing_data", params={"max_missing_ratio": 1.5}, dataset=data)
    crossed = run_module(
        "clean_missing_data", params={"min_missing_ratio": 0.5, "max_missing_ratio": 0.1}, dataset=data
    )
    empty = run_module("clean_missing_data", dataset=data.iloc[0:0])
    all_missing = run_module(
        "clean_missing_data", params={"mode": "median"}, dataset=pd.DataFrame({"x": [np.nan, np.nan]})
    )

    assert missing.error.startswith("column 'beak' not found in input dataset; available: species, island")
    assert text_mean.error.startswith("column 'sex' is not numeric (it holds str); mode 'mean' needs numbers")
    assert bad_value.error == (
        "parameter 'replacement_value': 'heavy' cannot go into column 'body_mass_g' (float64): it is not a number"
    )
    assert ratio.error == "parameter 'max_missing_ratio' must be between 0.0 and 1.0; got 1.5"
    assert crossed.error == "parameter 'min_missing_ratio' (0.5) is greater than 'max_missing_ratio' (0.1)"
    assert empty.error == "input dataset has no rows"
    assert all_missing.error.startswith("column 'x' has no values to compute the median from")


def test_a_value_for_all_columns_skips_complete_columns_of_another_type(run_module: Any) -> None:
    data = cars()  # Year holds dates and has no missing values
    run = run_module("clean_missing_data", params={"mode": "value", "replacement_value": "0"}, dataset=data)

    assert run.result.status == "completed", run.error
    pd.testing.assert_frame_equal(run.outputs["dataset"], data.fillna(0))
    assert "Year" not in run.outputs["cleaning_transform"].meta["fill_values"]
    with_gap = data.assign(Year=data["Year"].where(data.index != 3))
    failed = run_module("clean_missing_data", params={"mode": "value"}, dataset=with_gap)
    assert failed.error == (
        "parameter 'replacement_value': '0' cannot go into column 'Year' (datetime64[us]): it is not a date"
    )
