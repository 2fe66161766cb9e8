from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sklearn.datasets import load_iris

from runner.modules import BUILTIN_MODULES, BuiltinModule
from runner.modules import remove_duplicate_rows as module
from runner.modules.sample_dataset import penguins


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        BUILTIN_MODULES,
        "remove_duplicate_rows",
        BuiltinModule(module.SPEC, module.remove_duplicate_rows, Path(module.__file__)),
    )


def test_all_columns_by_default_like_drop_duplicates(run_module: Any) -> None:
    iris = load_iris(as_frame=True).frame  # has one repeated flower
    run = run_module("remove_duplicate_rows", dataset=iris)

    assert run.result.status == "completed", run.error
    assert len(run.outputs["dataset"]) == 149
    pd.testing.assert_frame_equal(run.outputs["dataset"], iris.drop_duplicates().reset_index(drop=True))


@pytest.mark.parametrize("keep_first, keep", [(True, "first"), (False, "last")])
def test_key_columns_and_which_row_stays(run_module: Any, keep_first: bool, keep: str) -> None:
    data = penguins()
    run = run_module(
        "remove_duplicate_rows",
        params={"key_columns": ["species", "island", "sex"], "keep_first": keep_first},
        dataset=data,
    )

    expected = data.drop_duplicates(subset=["species", "island", "sex"], keep=keep).reset_index(drop=True)
    pd.testing.assert_frame_equal(run.outputs["dataset"], expected)


def test_bad_key_columns_fail_and_empty_data_passes(run_module: Any) -> None:
    data = penguins()
    missing = run_module("remove_duplicate_rows", params={"key_columns": ["species", "colour"]}, dataset=data)
    empty = run_module("remove_duplicate_rows", dataset=data.iloc[0:0])
    text = run_module("remove_duplicate_rows", params={"key_columns": "species"}, dataset=data)
    number = run_module("remove_duplicate_rows", params={"key_columns": 3}, dataset=data)

    assert missing.error.startswith("column 'colour' not found in input dataset; available: species, island,")
    assert empty.result.status == "completed"
    assert len(text.outputs["dataset"]) == 3  # a comma-separated list is read as names
    assert number.error == "parameter 'key_columns' must be a list of column names"
