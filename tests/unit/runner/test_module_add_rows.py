from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from runner.modules import BUILTIN_MODULES, BuiltinModule
from runner.modules import add_rows as module
from runner.modules.sample_dataset import penguins


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(BUILTIN_MODULES, "add_rows", BuiltinModule(module.SPEC, module.add_rows, Path(module.__file__)))


@pytest.fixture(scope="module")
def data() -> pd.DataFrame:
    return penguins()


def test_it_concatenates_like_pandas_in_the_top_column_order(run_module: Any, data: pd.DataFrame) -> None:
    top, bottom = data.iloc[:100], data.iloc[100:]
    run = run_module("add_rows", top=top, bottom=bottom[list(reversed(bottom.columns))])

    assert run.result.status == "completed", run.error
    pd.testing.assert_frame_equal(run.outputs["dataset"], pd.concat([top, bottom], ignore_index=True))


def test_an_empty_side_adds_nothing(run_module: Any, data: pd.DataFrame) -> None:
    run = run_module("add_rows", top=data, bottom=data.iloc[0:0])

    pd.testing.assert_frame_equal(run.outputs["dataset"], data)


def test_different_columns_or_types_fail_listing_the_difference(run_module: Any, data: pd.DataFrame) -> None:
    renamed = run_module("add_rows", top=data, bottom=data.rename(columns={"sex": "gender"}).drop(columns="year"))
    retyped = run_module("add_rows", top=data, bottom=data.assign(year=data["year"].astype("str")))

    assert renamed.error == (
        "inputs top and bottom must have the same columns; only in top: sex, year; only in bottom: gender"
    )
    assert retyped.error.startswith("column 'year' holds int64 in top but str in bottom")
