from __future__ import annotations

from typing import Any

import pandas as pd

from runner.step_contract import gather_inputs


def test_it_stacks_any_number_of_datasets_in_wire_order_matching_columns_by_name(run_module: Any) -> None:
    first = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    second = pd.DataFrame({"b": ["z"], "a": [3]})
    third = pd.DataFrame({"a": [4, 5, 6], "b": ["p", "q", "r"]})
    run = run_module("combine_rows", datasets=[first, second, third])

    assert run.result.status == "completed", run.result.error
    expected = pd.DataFrame({"a": [1, 2, 3, 4, 5, 6], "b": ["x", "y", "z", "p", "q", "r"]})
    pd.testing.assert_frame_equal(run.outputs["dataset"], expected)
    swapped = run_module("combine_rows", datasets=[third, first])
    assert list(swapped.outputs["dataset"]["a"]) == [4, 5, 6, 1, 2]


def test_missing_columns_fail_by_default_and_can_be_filled_or_dropped(run_module: Any) -> None:
    first = pd.DataFrame({"a": [1], "b": ["x"]})
    second = pd.DataFrame({"a": [2], "c": [True]})

    failed = run_module("combine_rows", datasets=[first, second])
    assert failed.result.status == "failed"
    assert "input 1 lacks c" in failed.result.error and "input 2 lacks b" in failed.result.error

    filled = run_module("combine_rows", datasets=[first, second], params={"missing_columns": "fill"})
    assert list(filled.outputs["dataset"].columns) == ["a", "b", "c"]
    assert filled.outputs["dataset"]["b"].isna().tolist() == [False, True]

    dropped = run_module(
        "combine_rows", datasets=[first, second], params={"missing_columns": "drop", "source_column": "from"}
    )
    assert dropped.outputs["dataset"].to_dict("list") == {"a": [1, 2], "from": [1, 2]}


def test_a_column_of_different_kinds_is_refused(run_module: Any) -> None:
    run = run_module("combine_rows", datasets=[pd.DataFrame({"a": [1]}), pd.DataFrame({"a": ["one"]})])
    assert run.result.status == "failed" and "column 'a' holds number and text" in run.result.error


def test_wires_are_gathered_in_index_order_and_an_unwired_list_is_empty() -> None:
    values = {"datasets[10]": "k", "datasets[2]": "c", "datasets[0]": "a", "other": 1}
    assert gather_inputs(values, ["datasets", "more"]) == {"datasets": ["a", "c", "k"], "more": [], "other": 1}
