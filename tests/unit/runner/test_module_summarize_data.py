from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from runner.modules import BUILTIN_MODULES, BuiltinModule
from runner.modules import summarize_data as module
from runner.modules.sample_dataset import cars


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        BUILTIN_MODULES, "summarize_data", BuiltinModule(module.SPEC, module.summarize_data, Path(module.__file__))
    )


def test_it_gives_describe_with_missing_counts_one_row_per_column(run_module: Any) -> None:
    data = cars()
    run = run_module("summarize_data", dataset=data)

    assert run.result.status == "completed", run.error
    summary = run.outputs["summary"].set_index("name")
    assert list(summary.index) == list(data.columns)
    assert list(summary.columns) == [
        "dtype", "count", "missing", "unique", "mean", "std", "min", "25%", "median", "75%", "max", "mode"
    ]  # fmt: skip
    described = data.describe(include="all").T
    numbers = data.select_dtypes("number").columns
    for column in data.columns:
        row = summary.loc[column]
        assert row["count"] == described.loc[column, "count"]
        assert row["missing"] == data[column].isna().sum()
        assert row["unique"] == data[column].nunique()
        assert row["dtype"] == str(data[column].dtype)
        assert row["mode"] == str(data[column].mode()[0])
    expected = described.loc[numbers, ["mean", "std", "min", "25%", "50%", "75%", "max"]].astype("float64")
    np.testing.assert_allclose(
        summary.loc[numbers, ["mean", "std", "min", "25%", "median", "75%", "max"]].to_numpy(),
        expected.to_numpy(),
        rtol=1e-12,
    )
    assert summary.loc["Horsepower", "missing"] == 6
    assert summary.loc["Origin", "mode"] == "USA"
    assert np.isnan(summary.loc["Origin", "mean"])


def test_no_rows_still_summarizes_but_no_columns_fails(run_module: Any) -> None:
    empty = run_module("summarize_data", dataset=pd.DataFrame({"x": pd.Series([], dtype="float64")}))
    nothing = run_module("summarize_data", dataset=pd.DataFrame(index=range(3)))

    assert empty.result.status == "completed", empty.error
    assert empty.outputs["summary"]["count"].tolist() == [0]
    assert nothing.error == "input dataset has no columns"
