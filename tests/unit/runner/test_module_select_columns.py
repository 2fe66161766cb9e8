from __future__ import annotations

from typing import Any

import pandas as pd
import pytest


@pytest.fixture
def people() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "name": ["ann", "bob"],
            "age": [31, 42],
            "member": [True, False],
            "joined": pd.to_datetime(["2020-01-01", "2021-06-30"]),
            "city": pd.Categorical(["Oslo", "Rome"]),
            "score": [1.5, 2.5],
        }
    )


def test_include_keeps_the_named_columns_in_the_order_picked(run_module: Any, people: pd.DataFrame) -> None:
    run = run_module("select_columns", params={"columns": ["score", "name"]}, dataset=people)

    pd.testing.assert_frame_equal(run.outputs["dataset"], people[["score", "name"]])


def test_exclude_drops_the_named_columns(run_module: Any, people: pd.DataFrame) -> None:
    run = run_module("select_columns", params={"columns": ["age"], "mode": "exclude"}, dataset=people)

    pd.testing.assert_frame_equal(run.outputs["dataset"], people.drop(columns=["age"]))


@pytest.mark.parametrize(
    "column_type, expected",
    [
        ("numeric", ["age", "score"]),
        ("categorical", ["name", "city"]),
        ("boolean", ["member"]),
        ("datetime", ["joined"]),
        ("all", ["name", "age", "member", "joined", "city", "score"]),
    ],
)
def test_columns_can_be_picked_by_type(
    run_module: Any, people: pd.DataFrame, column_type: str, expected: list[str]
) -> None:
    run = run_module("select_columns", params={"column_type": column_type}, dataset=people)

    assert list(run.outputs["dataset"].columns) == expected


def test_names_and_a_type_combine_and_exclude_applies_to_both(run_module: Any, people: pd.DataFrame) -> None:
    run = run_module(
        "select_columns", params={"columns": ["name"], "column_type": "numeric", "mode": "exclude"}, dataset=people
    )

    assert list(run.outputs["dataset"].columns) == ["member", "joined", "city"]


def test_a_missing_column_fails_listing_the_available_ones(run_module: Any, people: pd.DataFrame) -> None:
    run = run_module("select_columns", params={"columns": ["price"]}, dataset=people)

    assert run.result.status == "failed"
    assert run.error == ("column 'price' not found in input dataset; available: name, age, member, joined, city, score")


def test_selecting_nothing_or_excluding_everything_fails(run_module: Any, people: pd.DataFrame) -> None:
    nothing = run_module("select_columns", dataset=people)
    everything = run_module("select_columns", params={"column_type": "all", "mode": "exclude"}, dataset=people)

    assert nothing.error == "no columns selected: name some columns or pick a column type"
    assert everything.error == "excluding the selected columns leaves no columns"
