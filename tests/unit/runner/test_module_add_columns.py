from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sklearn.datasets import load_iris

from runner.modules import BUILTIN_MODULES, BuiltinModule
from runner.modules import add_columns as module


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        BUILTIN_MODULES, "add_columns", BuiltinModule(module.SPEC, module.add_columns, Path(module.__file__))
    )


@pytest.fixture(scope="module")
def iris() -> pd.DataFrame:
    return load_iris(as_frame=True).frame


def test_columns_go_side_by_side_like_concat(run_module: Any, iris: pd.DataFrame) -> None:
    left, right = iris.iloc[:, :2], iris.iloc[:, 2:]
    run = run_module("add_columns", left=left, right=right)

    assert run.result.status == "completed", run.error
    pd.testing.assert_frame_equal(run.outputs["dataset"], pd.concat([left, right], axis=1))


def test_rows_pair_up_by_position_and_taken_names_get_a_suffix(run_module: Any, iris: pd.DataFrame) -> None:
    left = iris.iloc[100:].reset_index(drop=True)
    right = iris[["target", "petal width (cm)"]].iloc[:50].assign(target_right=1)
    run = run_module("add_columns", left=left, right=right)

    out = run.outputs["dataset"]
    assert list(out.columns) == [*left.columns, "target_right2", "petal width (cm)_right", "target_right"]
    assert out["target_right2"].tolist() == iris["target"][:50].tolist()
    assert out["target"].tolist() == iris["target"][100:].tolist()


def test_different_row_counts_fail(run_module: Any, iris: pd.DataFrame) -> None:
    run = run_module("add_columns", left=iris, right=iris.iloc[:10])

    assert run.error == "inputs left and right must have the same number of rows; left has 150, right has 10"
    empty = run_module("add_columns", left=iris.iloc[0:0, :2], right=iris.iloc[0:0, 2:])
    assert list(empty.outputs["dataset"].columns) == list(iris.columns)
