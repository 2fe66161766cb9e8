from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from runner.modules import BUILTIN_MODULES, BuiltinModule
from runner.modules import convert_to_indicators as module
from runner.modules._common import with_label_column
from runner.modules.sample_dataset import penguins


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        BUILTIN_MODULES,
        "convert_to_indicators",
        BuiltinModule(module.SPEC, module.convert_to_indicators, Path(module.__file__)),
    )


def test_it_matches_get_dummies_and_a_missing_value_gives_all_zeros(run_module: Any) -> None:
    data = penguins()
    run = run_module("convert_to_indicators", params={"columns": ["island", "sex"]}, dataset=data)

    assert run.result.status == "completed", run.error
    expected = pd.get_dummies(data, columns=["island", "sex"], prefix_sep="-", dtype="int64")
    pd.testing.assert_frame_equal(run.outputs["dataset"], expected)
    assert "sex-female" in expected.columns
    assert (expected.loc[data["sex"].isna(), ["sex-female", "sex-male"]] == 0).all().all()


def test_without_overwrite_the_columns_stay_and_empty_columns_mean_all_text_but_the_label(run_module: Any) -> None:
    data = with_label_column(penguins(), "species")
    run = run_module("convert_to_indicators", params={"overwrite": False}, dataset=data)

    indicators = pd.get_dummies(data[["island", "sex"]], prefix_sep="-", dtype="int64")
    pd.testing.assert_frame_equal(run.outputs["dataset"], pd.concat([data, indicators], axis=1))


def test_bad_columns_fail_naming_them(run_module: Any) -> None:
    data = penguins()
    missing = run_module("convert_to_indicators", params={"columns": ["colour"]}, dataset=data)
    numeric = run_module("convert_to_indicators", params={"columns": ["year"]}, dataset=data)
    no_text = run_module("convert_to_indicators", dataset=data[["year"]])
    clash = run_module(
        "convert_to_indicators",
        params={"columns": ["sex"], "overwrite": False},
        dataset=data.assign(**{"sex-male": 1}),
    )

    assert missing.error.startswith("column 'colour' not found in input dataset; available: species, island")
    assert numeric.error == "column 'year' in input dataset is not text or categorical (it holds int64)"
    assert no_text.error == "input dataset has no text or categorical columns to convert"
    assert clash.error.startswith("indicator columns would replace existing columns: sex-male")
    many = pd.DataFrame({"id": [f"row{i}" for i in range(1001)]})
    assert run_module("convert_to_indicators", dataset=many).error.startswith(
        "column 'id' has 1001 distinct values (at most 1000 can become indicators)"
    )
