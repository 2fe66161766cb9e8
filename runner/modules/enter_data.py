"""enter_data: a small dataset typed or pasted into the node as CSV or TSV text."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from designer.graph.schema import Answer, RuleInputs, Unknowable, table
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.step_runtime import ModuleError, StepContext

DELIMITERS: dict[str, str] = {"comma": ",", "tab": "\t", "semicolon": ";"}

SPEC = ModuleSpec(
    slug="enter_data",
    version="1.0.0",
    name="Enter Data Manually",
    category="Data input and output",
    description="Turns CSV or TSV text typed or pasted into the node into a dataset.",
    outputs=(PortSpec("dataset", "DataFrame", description="The entered rows."),),
    params=(
        ParamSpec("text", "text", default="", required=True, help="The data, one row per line."),
        ParamSpec(
            "has_header",
            "bool",
            default=True,
            help="The first line holds column names. Without it columns are named Col1, Col2, ...",
        ),
        ParamSpec(
            "delimiter",
            "choice",
            default="auto",
            choices=("auto", "comma", "tab", "semicolon"),
            help="What separates values on a line; auto picks the one that splits every line evenly.",
        ),
    ),
    keywords=("Enter Data Manually", "manual", "type", "paste", "CSV", "TSV", "inline data", "table"),
    entrypoint="runner.modules.enter_data:enter_data",
)

_FIELD_COUNT_ERROR = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


def enter_data(ctx: StepContext) -> dict[str, object]:
    return {"dataset": parse(ctx.params)}


def parse(params: Mapping[str, Any]) -> pd.DataFrame:
    """The entered text as a table; ModuleError saying what is wrong with it."""
    text = str(params["text"])
    if not text.strip():
        raise ModuleError("no data entered: paste CSV or TSV text into the 'text' parameter")
    choice = params["delimiter"]
    if choice != "auto" and choice not in DELIMITERS:
        raise ModuleError(f"parameter 'delimiter': unknown choice '{choice}'; choose auto, {', '.join(DELIMITERS)}")
    delimiter = guess_delimiter(text) if choice == "auto" else DELIMITERS[choice]
    has_header = bool(params["has_header"])
    try:
        frame = pd.read_csv(io.StringIO(text), sep=delimiter, header=0 if has_header else None, skipinitialspace=True)
    except pd.errors.EmptyDataError as exc:
        raise ModuleError("no data entered: the text has no rows") from exc
    except pd.errors.ParserError as exc:
        raise ModuleError(f"could not parse the entered data: {_explain(str(exc))}") from exc
    if not has_header:
        frame.columns = [f"Col{i + 1}" for i in range(frame.shape[1])]
    return frame


def schema_rule(inputs: RuleInputs, params: Mapping[str, Any]) -> dict[str, Answer]:
    """Declared: the text is read as the step reads it (it is at most the node's
    parameter size, 1 MB), so the columns and their types are the step's own."""
    try:
        frame = parse(params)
    except ModuleError as exc:
        raise Unknowable(str(exc)) from None
    return {"dataset": table((str(name), str(dtype)) for name, dtype in frame.dtypes.items())}


SCHEMA_RULE = schema_rule


def guess_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of fields,
    preferring more fields; comma when none does.

    csv.Sniffer guesses wrongly on short inputs and decimal commas ("1,5;2,5"), which
    is exactly what people paste.
    """
    lines = [line for line in text.splitlines() if line.strip()][:20]
    best, best_fields = ",", 1
    for delimiter in ("\t", ";", ","):
        counts = {len(row) for row in csv.reader(lines, delimiter=delimiter)}
        if len(counts) == 1 and (fields := counts.pop()) > best_fields:
            best, best_fields = delimiter, fields
    return best


def _explain(message: str) -> str:
    match = _FIELD_COUNT_ERROR.search(message)
    if match:
        expected, line, saw = match.groups()
        return f"line {line} has {saw} values but earlier lines have {expected}"
    if "EOF inside string" in message:
        return 'a quoted value is never closed (check for a stray " character)'
    return message.strip().removeprefix("Error tokenizing data. C error: ")
