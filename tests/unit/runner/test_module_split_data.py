from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.model_selection import train_test_split


@pytest.fixture
def dataset() -> pd.DataFrame:
    rng = np.random.default_rng(0)
    return pd.DataFrame({"x": rng.normal(size=50), "group": ["a"] * 35 + ["b"] * 15, "id": np.arange(50)})


def _same_rows(actual: pd.DataFrame, expected: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(actual, expected.reset_index(drop=True))


def test_it_picks_the_same_rows_as_train_test_split(run_module: Any, dataset: pd.DataFrame) -> None:
    run = run_module("split_data", params={"fraction": 0.7, "seed": 7}, dataset=dataset)

    train, test = train_test_split(dataset, train_size=0.7, random_state=7)
    assert run.result.status == "completed", run.error
    _same_rows(run.outputs["train"], train)
    _same_rows(run.outputs["test"], test)


def test_a_stratified_split_matches_sklearn_and_keeps_proportions(run_module: Any, dataset: pd.DataFrame) -> None:
    run = run_module("split_data", params={"fraction": 0.6, "stratify_column": "group"}, dataset=dataset)

    train, test = train_test_split(dataset, train_size=0.6, random_state=42, stratify=dataset["group"])
    _same_rows(run.outputs["train"], train)
    _same_rows(run.outputs["test"], test)
    assert run.outputs["train"]["group"].value_counts().to_dict() == {"a": 21, "b": 9}


def test_without_randomize_rows_keep_their_order(run_module: Any, dataset: pd.DataFrame) -> None:
    run = run_module("split_data", params={"fraction": 0.5, "randomize": False}, dataset=dataset)

    assert run.outputs["train"]["id"].tolist() == list(range(25))
    assert run.outputs["test"]["id"].tolist() == list(range(25, 50))


def test_fraction_one_sends_every_row_to_train(run_module: Any, dataset: pd.DataFrame) -> None:
    run = run_module("split_data", params={"fraction": 1.0, "randomize": False}, dataset=dataset)

    _same_rows(run.outputs["train"], dataset)
    assert len(run.outputs["test"]) == 0
    assert list(run.outputs["test"].columns) == ["x", "group", "id"]


def test_bad_stratify_columns_fail_naming_the_column(run_module: Any, dataset: pd.DataFrame) -> None:
    missing = run_module("split_data", params={"stratify_column": "label"}, dataset=dataset)
    lonely = run_module("split_data", params={"stratify_column": "id"}, dataset=dataset)
    ordered = run_module("split_data", params={"stratify_column": "group", "randomize": False}, dataset=dataset)

    assert missing.error == "column 'label' not found in input dataset; available: x, group, id"
    assert lonely.error.startswith("cannot stratify on 'id': value '0' occurs in only one row")
    assert ordered.error.startswith("a stratified split needs randomize on")


def test_an_empty_dataset_fails(run_module: Any, dataset: pd.DataFrame) -> None:
    run = run_module("split_data", dataset=dataset.iloc[0:0])

    assert run.error == "input dataset has no rows"
