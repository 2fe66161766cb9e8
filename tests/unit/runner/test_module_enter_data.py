from __future__ import annotations

import io
from typing import Any

import pandas as pd

from runner.modules.enter_data import guess_delimiter


def test_csv_with_a_header_reads_like_pandas(run_module: Any) -> None:
    text = "name,age,score\nann,31,1.5\nbob,,2.25\n"

    run = run_module("enter_data", params={"text": text})

    assert run.result.status == "completed", run.error
    pd.testing.assert_frame_equal(run.outputs["dataset"], pd.read_csv(io.StringIO(text)))


def test_auto_finds_tabs_and_semicolons_even_with_decimal_commas(run_module: Any) -> None:
    tabbed = run_module("enter_data", params={"text": "a\tb\n1\t2\n3\t4"})
    semicolons = run_module("enter_data", params={"text": "price;qty\n1,5;2\n2,25;3"})

    assert tabbed.outputs["dataset"].to_dict("list") == {"a": [1, 3], "b": [2, 4]}
    assert semicolons.outputs["dataset"].to_dict("list") == {"price": ["1,5", "2,25"], "qty": [2, 3]}
    assert guess_delimiter("just one column\nvalue") == ","


def test_without_a_header_columns_are_named_col1_col2(run_module: Any) -> None:
    run = run_module("enter_data", params={"text": "1;x\n2;y", "has_header": False, "delimiter": "semicolon"})

    assert run.outputs["dataset"].to_dict("list") == {"Col1": [1, 2], "Col2": ["x", "y"]}


def test_a_line_with_too_many_values_fails_naming_the_line(run_module: Any) -> None:
    run = run_module("enter_data", params={"text": "a,b\n1,2\n3,4,5\n"})

    assert run.result.status == "failed"
    assert run.error == "could not parse the entered data: line 3 has 3 values but earlier lines have 2"


def test_an_unclosed_quote_and_empty_text_fail_clearly(run_module: Any) -> None:
    quote = run_module("enter_data", params={"text": 'a,b\n"x,1\n2,3'})
    empty = run_module("enter_data", params={"text": "  \n"})

    assert "a quoted value is never closed" in quote.error
    assert empty.error == "no data entered: paste CSV or TSV text into the 'text' parameter"
